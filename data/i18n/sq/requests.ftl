# OpenTRM - requests between countries' nodes and their replies, in Albanian (shqip):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Informacion për
request-category-checks = Verifikime për
request-category-issuance = Lëshim i
request-category-execution = Ekzekutim i

## Kinds (the rows of Table 9)
request-kind-information-persons = Persona të supozuar ose të identifikuar si të trafikuar, trafikantë, të dyshuar, bashkëpunëtorë
request-kind-information-services = Shërbimet sociale dhe të mbrojtjes në dispozicion
request-kind-information-social_history = Historiku i mbrojtjes sociale të personit të asistuar
request-kind-information-legislation = Legjislacioni kundër trafikimit dhe dispozitat përkatëse në fuqi
request-kind-information-contacts = Kontaktet e OJQ-ve, organizatave ndërkombëtare, shërbimeve sociale shtetërore, shërbimeve për mbrojtjen e fëmijëve, policisë, gjyqësorit
request-kind-information-agency_reliability = Besueshmëria e agjencive të caktuara kundër trafikimit
request-kind-checks-identity = Identiteti i personit të asistuar
request-kind-checks-evidence = Provat e mbledhura për qëllime policore dhe gjyqësore
request-kind-checks-family = Situata familjare e personit të asistuar
request-kind-checks-safety = Kushtet e sigurisë për referimin ose kthimin
request-kind-issuance-passport = Pasaportë
request-kind-issuance-visa = Vizë
request-kind-issuance-birth_certificate = Certifikatë lindjeje
request-kind-issuance-criminal_record = Kopje e dëshmisë së penalitetit
request-kind-issuance-medical_records = Kopje e kartelës mjekësore
request-kind-issuance-school_certificate = Kopje e dëftesave shkollore
request-kind-issuance-marriage_certificate = Certifikatë martese
request-kind-execution-evidence_taking = Marrja e provave
request-kind-execution-statement_taking = Marrja e deklaratave
request-kind-execution-searches = Kontrolle, ekzaminim i sendeve dhe vendeve
request-kind-execution-proceeds_tracing = Gjurmimi i produkteve të krimit dhe pasurive
request-kind-execution-return_of_nationals = Kthimi vullnetar i asistuar i një shtetasi
request-kind-execution-return_of_foreigners = Kthimi vullnetar i asistuar i një shtetasi të huaj
request-kind-execution-offender_transfer = Transferimi i autorëve të veprave penale

## Outcomes of a reply
request-outcome-provided = Dhënë
request-outcome-partly_provided = Dhënë pjesërisht
request-outcome-not_available = Nuk disponohet
request-outcome-refused = Refuzuar

## States of a request
request-state-queued = Në radhë
request-state-delivered = Dorëzuar
request-state-opened = Hapur
request-state-dispatched = Përcjellë
request-state-answered = Përgjigjur

request-overdue = Me vonesë
