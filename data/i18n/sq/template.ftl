# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Albanian:
# section titles, field labels, help texts and code-list values, in Albanian (shqip).
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.

## The template

template-title = Referim transnacional
template-subtitle = Ndjekja e referimit transnacional të një personi të trafikuar

## Sections

section-header = Kreu i formularit
section-general = Informacion i përgjithshëm
section-first_assistance = Asistenca fillestare e marrë në vendin e shfrytëzimit
section-needs = Përmbledhje e shkurtër e nevojave për asistencë në vendin e origjinës ose në një vend të tretë
section-perspective = Këndvështrimi i viktimës
section-return = Informacion për kthimin / të dhënat e udhëtimit
section-long_term = Asistenca afatgjatë e ofruar në vendin e origjinës ose në vendin e tretë
section-proceedings = Procedimet civile dhe penale
section-contacts = Kontaktet në vendin e shfrytëzimit dhe në vendin e origjinës/vendin e tretë
section-child = Formulari për fëmijën që do të kthehet
    .help = Një regjistrim për secilin fëmijë që do të kthehet: fëmijë i trafikuar ose fëmijë që udhëton me personin e trafikuar.

## Groups

group-header = Data dhe institucionet që plotësojnë formularin
group-consents = Pëlqimet e personit të trafikuar
    .help = Të dy pëlqimet jepen pasi personi është informuar, mbajnë datë dhe mund të tërhiqen. Asgjë nuk i dërgohet një vendi tjetër pa pëlqimin për ndarjen e të dhënave.
group-personal = Të dhëna personale
group-case = Informacion për rastin
group-first_basic = Nevojat bazë
group-first_legal = Asistenca ligjore
group-first_protection = Mbrojtja
group-needs_basic = Nevojat bazë
group-health = Shëndeti
    .help = Të dhëna të kategorive të veçanta: plotësoni vetëm atë që u nevojitet shërbimeve pritëse për t'u kujdesur për personin.
group-safety = Shqetësime për sigurinë
group-retrafficking = Rreziku i ritrafikimit
group-perspective = Këndvështrimi i viktimës
group-travel = Të dhënat e kthimit dhe të udhëtimit
group-lt_basic = Nevojat bazë
group-lt_measures = Masat e asistencës afatgjatë dhe të përfshirjes sociale
    .help = Për secilën masë, shënoni nëse i është ofruar personit të trafikuar dhe nëse personi e ka pranuar.
group-lt_legal = Asistenca ligjore dhe administrative
group-lt_protection = Mbrojtja
group-proceedings_exploitation = Në vendin e shfrytëzimit
group-proceedings_origin = Në vendin e origjinës
group-contacts = Kontaktet për secilën procedurë të Mekanizmit Transnacional të Referimit
group-child = Fëmija
group-child_safeguards = Kujdestari dhe interesi më i lartë i fëmijës
    .help = Fëmija kthehet vetëm pas përcaktimit të interesit më të lartë të fëmijës dhe pasi i është caktuar një kujdestar.
group-child_needs = Kujdesi dhe nevojat pas kthimit

## Fields: header

field-header-date = Data
field-header-exploitation_institution = Institucioni/organizata që plotëson formularin në vendin e shfrytëzimit
field-header-origin_institution = Institucioni/organizata që plotëson formularin në vendin e origjinës
field-consents-share_data = Pëlqimi i viktimës për ndarjen e të dhënave ndërmjet vendit të shfrytëzimit dhe vendit të origjinës
field-consents-share_data_comments = Komente për pëlqimin për ndarjen e të dhënave
field-consents-return = Pëlqimi i viktimës për t'u kthyer në vendin e origjinës/vendin e tretë
field-consents-return_comments = Komente për pëlqimin për kthimin

## Fields: 1.1 personal information

field-personal-name = Emri i personit të trafikuar
field-personal-other_names = Emra të mëparshëm, nofka
field-personal-sex = Gjinia
field-personal-place_of_birth = Vendi i lindjes
field-personal-date_of_birth = Data e lindjes
field-personal-age_group = Mosha
    .help = Nëse data e lindjes nuk dihet, jepni një moshë të përafërt.
field-personal-residence_address = Adresa e vendbanimit
field-personal-residence_country = Shteti i banimit
field-personal-citizenship = Shtetësia
field-personal-marital_status = Gjendja civile
field-personal-valid_travel_document = Zotëron dokument udhëtimi të vlefshëm
field-personal-travel_documents = Dokumentet e udhëtimit
field-personal-travel_document_comments = Komente për dokumentet e udhëtimit
field-personal-identity_confirmed = Identiteti është konfirmuar
field-personal-identity_confirmed_by = Identiteti u konfirmua nga
field-personal-identity_confirmed_by_other = Identiteti u konfirmua nga (tjetër)
field-personal-identity_comments = Komente për identitetin
field-personal-children_to_return = Fëmijë që do të kthehen
    .help = Nëse po, plotësoni formularin e fëmijës për secilin fëmijë.
field-personal-languages = Gjuha/gjuhët që flet personi i trafikuar
field-personal-reflection_period = Është dhënë periudha e reflektimit
field-personal-reflection_start = Periudha e reflektimit: data e fillimit
field-personal-reflection_end = Periudha e reflektimit: data e përfundimit

## Fields: 1.2 case information

field-case-exploitation_types = Lloji i shfrytëzimit
field-case-exploitation_other = Lloji i shfrytëzimit (tjetër)
field-case-exploitation_comments = Komente për shfrytëzimin
field-case-recruitment_means = Mënyra e rekrutimit
field-case-recruitment_other = Mënyra e rekrutimit (tjetër)
field-case-recruitment_comments = Komente për rekrutimin
field-case-recruitment_country = Shteti i rekrutimit
field-case-transit_countries = Shteti/shtetet e tranzitit gjatë udhëtimit
field-case-exploitation_countries = Vendi/vendet e shfrytëzimit
field-case-exploitation_began = Data kur filloi trafikimi/shfrytëzimi
field-case-exploitation_ended = Data e daljes nga trafikimi/shfrytëzimi
field-case-identification_country = Shteti i identifikimit
field-case-formal_identification = Identifikimi formal
field-case-identified_on = Data e identifikimit
field-case-previously_trafficked = Personi është trafikuar më parë
field-case-previous_exploitation_countries = Vendi/vendet e shfrytëzimit të mëparshëm

## Fields: 2. first assistance

field-first_basic-received = Asistenca e marrë
field-first_basic-comments = Komente për asistencën fillestare
field-first_legal-residence_permit = Leje qëndrimi e përkohshme
field-first_legal-legal_representative = Është siguruar përfaqësues ligjor
field-first_legal-other_procedures = Procedurë/procedura të tjera të nisura
field-first_protection-safety_measures = Masat e sigurisë të ofruara
field-first_protection-safety_other = Masat e sigurisë (tjetër)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Strehimi në vendin e origjinës
field-needs_basic-accommodation_other = Strehimi (tjetër)
field-needs_basic-needs = Asistenca e nevojshme
field-needs_basic-other_assistance = Asistencë tjetër
field-health-medical_history = Historiku mjekësor
field-health-chronic_diseases = Sëmundje kronike
field-health-addiction = Varësi
field-health-medication = Barna me recetë
field-health-comments = Komente për shëndetin
field-safety-risk_assessment = Është bërë vlerësimi i rrezikut
field-safety-harm_sources = Persona që mund të shkaktojnë dëm
field-safety-harm_other = Persona që mund të shkaktojnë dëm (tjetër)
field-safety-unsafe_locations = Vende që mund të mos jenë të sigurta
field-safety-comments = Komente për sigurinë
field-retrafficking-risk_level = Rreziku i ritrafikimit
field-retrafficking-assessment_done = Është kryer vlerësimi i rrezikut
field-retrafficking-assessed_with = Kryer në bashkëpunim me
field-retrafficking-comments = Komente për rrezikun e ritrafikimit

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Dëshiron të përfshihet në një program asistence në vendin e origjinës ose në vendin e tretë
field-perspective-informed_of_programme = Ka marrë informacion për programin e asistencës në vendin e origjinës ose në vendin e tretë

## Fields: 5. return and travel data

field-travel-arrival = Data dhe ora e mbërritjes në vendin e origjinës ose në vendin e tretë
field-travel-transport_modes = Mjeti i transportit
field-travel-transport_details = Pika e kalimit kufitar, emri i transportuesit, numri dhe orari
field-travel-escorts = Emri dhe të dhënat e kontaktit të shoqëruesit/shoqëruesve
field-travel-security_measures = Masat e sigurisë
field-travel-medical_treatment = Trajtimi mjekësor gjatë udhëtimit
field-travel-receiving_person = Personi që e pret

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Strehimi
field-lt_basic-accommodation_other = Strehimi (tjetër)
field-lt_basic-comments = Komente për strehimin
field-lt_measures-medical = Asistencë mjekësore afatgjatë
field-lt_measures-psychological = Këshillim psikologjik
field-lt_measures-education = Arsimim
field-lt_measures-vocational_training = Formim profesional
field-lt_measures-job_placement = Ndihmë për punësim
field-lt_measures-financial_support = Mbështetje financiare
field-lt_measures-housing = Subvencion/ndihmë për strehim
field-lt_measures-interpretation = Përkthim gojor (interpretim)
field-lt_measures-family_mediation = Ndërmjetësim familjar
field-lt_measures-family_therapy = Terapi/këshillim familjar
field-lt_measures-family_contact = Personi i trafikuar mban kontakt të rregullt me familjen
field-lt_measures-family_contact_comments = Komente për kontaktin me familjen
field-lt_legal-assistance = Asistenca ligjore dhe administrative e ofruar
field-lt_legal-other = Asistencë ligjore dhe administrative (tjetër)
field-lt_protection-safety_measures = Masat e sigurisë të zbatuara

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Është nisur procedimi
field-proceedings_exploitation-kinds = Lloji i procedimit
field-proceedings_exploitation-statement_taken = Policia ka marrë deklaratën e personit të trafikuar
field-proceedings_exploitation-testified = Personi i trafikuar ka dëshmuar në gjykatë
field-proceedings_exploitation-compensation_claimed = Personi i trafikuar ka paraqitur kërkesë për kompensim
field-proceedings_exploitation-compensation_obtained = Personi i trafikuar ka përfituar kompensim
field-proceedings_exploitation-court_decision = Vendimi i gjykatës
field-proceedings_exploitation-legal_status = Statusi ligjor i viktimës
field-proceedings_exploitation-comments = Komente për procedimet
field-proceedings_origin-case_initiated = Është nisur procedimi
field-proceedings_origin-statement_taken = Policia ka marrë deklaratën e personit të trafikuar
field-proceedings_origin-testified = Personi i trafikuar ka dëshmuar në gjykatë
field-proceedings_origin-compensation_claimed = Personi i trafikuar ka paraqitur kërkesë për kompensim
field-proceedings_origin-compensation_obtained = Personi i trafikuar ka përfituar kompensim
field-proceedings_origin-court_decision = Vendimi i gjykatës
field-proceedings_origin-comments = Komente për procedimet

## Fields: 8. contacts

field-contacts-identification_exploitation = Identifikimi: vendi i shfrytëzimit
field-contacts-identification_origin = Identifikimi: vendi i origjinës
field-contacts-first_assistance_exploitation = Asistenca fillestare dhe mbrojtja: vendi i shfrytëzimit
field-contacts-first_assistance_origin = Asistenca fillestare dhe mbrojtja: vendi i origjinës
field-contacts-long_term_exploitation = Asistenca afatgjatë dhe përfshirja sociale: vendi i shfrytëzimit
field-contacts-long_term_origin = Asistenca afatgjatë dhe përfshirja sociale: vendi i origjinës
field-contacts-return_exploitation = Kthimi: vendi i shfrytëzimit
field-contacts-return_origin = Kthimi: vendi i origjinës
field-contacts-proceedings_exploitation = Procedimet penale dhe civile: vendi i shfrytëzimit
field-contacts-proceedings_origin = Procedimet penale dhe civile: vendi i origjinës
field-contacts-interpreter_exploitation = Emri i përkthyesit: vendi i shfrytëzimit
field-contacts-interpreter_origin = Emri i përkthyesit: vendi i origjinës

## Fields: the child's template

field-child-name = Emri i fëmijës
field-child-relation = Fëmija është
field-child-sex = Gjinia
field-child-date_of_birth = Data e lindjes
field-child-age_group = Mosha
field-child-citizenship = Shtetësia
field-child-accompanied = Udhëton me një prind ose me kujdestarin ligjor
field-child_safeguards-guardian_appointed = Është caktuar kujdestar
field-child_safeguards-guardian = Kujdestari
field-child_safeguards-best_interests_done = Është bërë përcaktimi i interesit më të lartë të fëmijës
field-child_safeguards-best_interests_date = Data e përcaktimit të interesit më të lartë të fëmijës
field-child_safeguards-best_interests_summary = Përmbledhje e përcaktimit të interesit më të lartë të fëmijës
field-child_safeguards-family_tracing = Gjurmimi i familjes
field-child_needs-care_on_return = Masat për kujdesin pas kthimit
field-child_needs-schooling = Shkollimi
field-child_needs-health_needs = Nevojat shëndetësore
field-child_needs-comments = Komente

## Code lists

list-sex-male = Mashkull
list-sex-female = Femër
list-sex-other = Tjetër
list-sex-unknown = Nuk dihet
list-age_group-under_18 = Nën 18 vjeç
list-age_group-over_18 = Mbi 18 vjeç
list-age_group-unknown = Nuk dihet
list-marital_status-single = Beqar/beqare
list-marital_status-married = I martuar/e martuar
list-marital_status-divorced = I divorcuar/e divorcuar
list-marital_status-widowed = I ve/e ve
list-marital_status-partnership = Bashkëjetesë
list-marital_status-unknown = Nuk dihet
list-travel_document-passport = Pasaportë
list-travel_document-laissez_passer = Leje kalimi (laissez-passer)
list-travel_document-identity_card = Kartë identiteti
list-identity_confirmer-police = Policia
list-identity_confirmer-embassy_or_consulate = Ambasada ose përfaqësia konsullore
list-identity_confirmer-civil_registry = Bashkia/zyra e gjendjes civile
list-identity_confirmer-other = Tjetër
list-exploitation_type-sexual = Shfrytëzim seksual
list-exploitation_type-labour = Shfrytëzim në punë
list-exploitation_type-begging = Lypje
list-exploitation_type-removal_of_organs = Heqje organesh
list-exploitation_type-adoption = Birësim
list-exploitation_type-forced_criminality = Kryerje e detyruar e veprave penale
list-exploitation_type-other = Tjetër
list-recruitment_means-personal_contact = Nëpërmjet kontaktit personal
list-recruitment_means-advertisement = Nëpërmjet njoftimit/reklamës
list-recruitment_means-travel_agency = Nëpërmjet agjencisë së udhëtimit
list-recruitment_means-employment_agency = Nëpërmjet agjencisë së punësimit
list-recruitment_means-family_member = Nëpërmjet një anëtari të familjes
list-recruitment_means-abduction_force = Rrëmbim/forcë
list-recruitment_means-other = Tjetër
list-recruitment_means-unknown = Nuk dihet
list-first_assistance-accommodation = Strehim
list-first_assistance-medical = Ekzaminim/asistencë/vlerësim mjekësor
list-first_assistance-psychological = Këshillim psikologjik/mbështetje psikosociale
list-first_assistance-interpretation = Përkthim gojor (interpretim)
list-first_assistance-family_contact = U vendos kontakt me familjen ose me persona të tjerë të rëndësishëm
list-first_assistance-legal_adviser = U caktua këshilltar ligjor
list-first_assistance-guardian = U caktua kujdestar
list-permit_status-obtained = Është marrë
list-permit_status-not_obtained = Nuk është marrë
list-permit_status-procedure_started = Procedura ka filluar
list-safety_measure-shelter = Strehim në qendër strehimi
list-safety_measure-victim_protection = Mbrojtja e viktimës
list-safety_measure-physical_protection = Mbrojtje fizike
list-safety_measure-resettlement_third_country = Rivendosje në një vend të tretë
list-safety_measure-other = Tjetër
list-accommodation-shelter = Qendër strehimi
list-accommodation-own_family = Familja e vet
list-accommodation-alternative = Strehim alternativ
list-accommodation-other = Tjetër
list-origin_need-medical = Ekzaminim/asistencë/vlerësim mjekësor
list-origin_need-psychological = Këshillim psikologjik/mbështetje psikosociale
list-origin_need-family_contact = Vendosja e kontaktit me familjen ose me persona të tjerë të rëndësishëm
list-origin_need-legal_adviser = Këshilltar ligjor
list-origin_need-guardian = Kujdestar
list-origin_need-other = Tjetër
list-harm_source-family_member = Anëtar i familjes
list-harm_source-partner = Partner
list-harm_source-friend = Mik/shok
list-harm_source-community_member = Anëtar i komunitetit
list-harm_source-other = Tjetër
list-risk_level-very_high = Shumë i lartë
list-risk_level-high = I lartë
list-risk_level-medium = Mesatar
list-risk_level-low = I ulët
list-risk_participant-trafficked_person = Personi i trafikuar
list-risk_participant-relatives = Të afërmit
list-risk_participant-authorities_origin = Autoritetet në vendin e origjinës
list-risk_participant-authorities_destination = Autoritetet në vendin e destinacionit
list-risk_participant-guardian = Kujdestari
list-risk_participant-ngo = Organizatë joqeveritare
list-risk_participant-other = Tjetër
list-transport_mode-air = Me rrugë ajrore
list-transport_mode-land = Me rrugë tokësore
list-transport_mode-sea = Me rrugë detare
list-legal_assistance-identity_documents = Lëshimi i dokumenteve të identitetit
list-legal_assistance-guardian = Caktimi i një kujdestari
list-legal_assistance-health_insurance_card = Lëshimi i kartës së sigurimit shëndetësor
list-legal_assistance-legal_counselling = Këshillim ligjor
list-legal_assistance-legal_representation = Përfaqësim ligjor
list-legal_assistance-other = Tjetër
list-proceedings_kind-civil = Procedim civil
list-proceedings_kind-criminal = Procedim penal
list-court_decision-sentenced = Trafikanti u dënua
list-court_decision-released = Trafikanti u lirua
list-court_decision-underway = Procedimi është në vazhdim
list-child_relation-trafficked_person = Personi i trafikuar
list-child_relation-child_of_person = Fëmijë i personit të trafikuar
list-child_relation-other = Fëmijë tjetër nën kujdesin e personit të trafikuar
list-family_tracing-not_needed = Nuk nevojitet
list-family_tracing-not_started = Nuk ka filluar
list-family_tracing-in_progress = Në proces
list-family_tracing-family_found = Familja u gjet
list-family_tracing-not_found = Familja nuk u gjet

## Who fills what, and what kind of data

side-exploitation = Plotësohet nga vendi i shfrytëzimit
side-origin = Plotësohet nga vendi i origjinës ose vendi i tretë pas kthimit të viktimës
side-either = Mund ta plotësojë secili nga të dy vendet
data-institutional = Të dhëna institucionale
data-personal = Të dhëna personale
data-special = Të dhëna të kategorive të veçanta

## Values

value-yes = Po
value-no = Jo
value-empty = Nuk është plotësuar
value-offered = I është ofruar personit të trafikuar
value-accepted = Është pranuar nga personi i trafikuar
value-not-offered = Nuk është ofruar
value-written-in = shkruar në gjuhën: { $language }
contact-organisation = Institucioni/organizata
contact-person = Personi/personat e kontaktit
contact-title = Titulli/funksioni
contact-address = Adresa
contact-telephone = Telefoni
contact-fax = Faksi
contact-mobile = Celulari
contact-email = E-mail
contact-other = Kontakt tjetër (p.sh. identifikues në aplikacion mesazhesh)

## The printed referral

print-confidential = Konfidenciale: përmban të dhëna personale dhe të dhëna të kategorive të veçanta për një person të trafikuar. Mos e kopjoni dhe mos ia përcillni të tjerëve.
print-referral = Referimi
print-version = Versioni { $version }
print-template-version = Versioni i formularit { $template }, profili kombëtar { $country }, versioni { $profile }
print-state-draft = Projekt: nuk është dërguar
print-state-sent = Dërguar
print-state-received = Marrë
print-from-to = Nga { $from } për { $to }
print-child-number = Fëmija { $number }
print-added-by-profile = Fushë e shtuar nga profili kombëtar ({ $country })
print-unknown-field = Fushë që nuk gjendet në formularin e kësaj nyjeje, shfaqet me emërtimin e dërguesit
print-page-footer = Referim transnacional OpenTRM. Printuar më { $date }.
print-no-children = Nuk është bashkëngjitur asnjë formular fëmije.
