# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Romanian (română):
# section titles, field labels, help texts and code-list values.
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## The template

template-title = Referire transnațională
template-subtitle = Monitorizarea referirii transnaționale a unei persoane traficate

## Sections

section-header = Antet
section-general = Informații generale
section-first_assistance = Prima asistență primită în țara de exploatare
section-needs = Scurtă prezentare a nevoilor de asistență în țara de origine sau într-o țară terță
section-perspective = Perspectiva victimei
section-return = Informații privind returnarea / datele călătoriei
section-long_term = Asistență pe termen lung oferită în țara de origine sau în țara terță
section-proceedings = Proceduri civile și penale
section-contacts = Persoane de contact în țara de exploatare și în țara de origine/țara terță
section-child = Formular pentru copilul care urmează să fie returnat
    .help = Câte o înregistrare pentru fiecare copil care urmează să fie returnat: un copil traficat sau un copil care călătorește împreună cu persoana traficată.

## Groups

group-header = Data și instituțiile care completează formularul
group-consents = Consimțămintele persoanei traficate
    .help = Ambele consimțăminte sunt informate, datate și pot fi retrase. Nicio informație nu este transmisă în altă țară fără consimțământul pentru transmiterea datelor.
group-personal = Informații personale
group-case = Informații despre caz
group-first_basic = Nevoi de bază
group-first_legal = Asistență juridică
group-first_protection = Protecție
group-needs_basic = Nevoi de bază
group-health = Sănătate
    .help = Categorii speciale de date: completați numai informațiile de care serviciile care preiau persoana au nevoie pentru a o îngriji.
group-safety = Aspecte privind siguranța
group-retrafficking = Riscul de retraficare
group-perspective = Perspectiva victimei
group-travel = Returnarea și datele călătoriei
group-lt_basic = Nevoi de bază
group-lt_measures = Măsuri de asistență pe termen lung și de incluziune socială
    .help = Pentru fiecare măsură, înregistrați dacă a fost oferită persoanei traficate și dacă persoana a acceptat-o.
group-lt_legal = Asistență juridică și administrativă
group-lt_protection = Protecție
group-proceedings_exploitation = În țara de exploatare
group-proceedings_origin = În țara de origine
group-contacts = Persoane de contact pentru fiecare procedură TRM
group-child = Copilul
group-child_safeguards = Tutorele și interesul superior al copilului
    .help = Un copil este returnat numai după determinarea interesului superior al copilului și după desemnarea unui tutore.
group-child_needs = Îngrijire și nevoi la întoarcere

## Fields: header

field-header-date = Data
field-header-exploitation_institution = Instituția/organizația care completează formularul în țara de exploatare
field-header-origin_institution = Instituția/organizația care completează formularul în țara de origine
field-consents-share_data = Consimțământul victimei pentru transmiterea datelor între țara de exploatare și țara de origine
field-consents-share_data_comments = Observații privind consimțământul pentru transmiterea datelor
field-consents-return = Consimțământul victimei pentru returnarea în țara de origine/țara terță
field-consents-return_comments = Observații privind consimțământul pentru returnare

## Fields: 1.1 personal information

field-personal-name = Numele persoanei traficate
field-personal-other_names = Nume anterioare, porecle
field-personal-sex = Sex
field-personal-place_of_birth = Locul nașterii
field-personal-date_of_birth = Data nașterii
field-personal-age_group = Vârsta
    .help = Dacă data nașterii nu este cunoscută, indicați o vârstă estimată.
field-personal-residence_address = Adresa de reședință
field-personal-residence_country = Țara de reședință
field-personal-citizenship = Cetățenia
field-personal-marital_status = Starea civilă
field-personal-valid_travel_document = Deține un document de călătorie valabil
field-personal-travel_documents = Documente de călătorie
field-personal-travel_document_comments = Observații privind documentele de călătorie
field-personal-identity_confirmed = Identitate confirmată
field-personal-identity_confirmed_by = Identitate confirmată de
field-personal-identity_confirmed_by_other = Identitate confirmată de (altele)
field-personal-identity_comments = Observații privind identitatea
field-personal-children_to_return = Copii care urmează să fie returnați
    .help = Dacă da, completați formularul pentru copil pentru fiecare copil.
field-personal-languages = Limba (limbile) vorbită (vorbite) de persoana traficată
field-personal-reflection_period = Perioadă de recuperare și reflecție acordată
field-personal-reflection_start = Perioada de recuperare și reflecție: data de început
field-personal-reflection_end = Perioada de recuperare și reflecție: data de sfârșit

## Fields: 1.2 case information

field-case-exploitation_types = Forma de exploatare
field-case-exploitation_other = Forma de exploatare (altele)
field-case-exploitation_comments = Observații privind exploatarea
field-case-recruitment_means = Modalitatea de recrutare
field-case-recruitment_other = Modalitatea de recrutare (altele)
field-case-recruitment_comments = Observații privind recrutarea
field-case-recruitment_country = Țara de recrutare
field-case-transit_countries = Țara (țările) de tranzit în timpul călătoriei
field-case-exploitation_countries = Țara (țările) de exploatare
field-case-exploitation_began = Data la care a început traficul/exploatarea
field-case-exploitation_ended = Data ieșirii din situația de trafic/exploatare
field-case-identification_country = Țara de identificare
field-case-formal_identification = Identificare formală
field-case-identified_on = Data identificării
field-case-previously_trafficked = Persoană traficată anterior
field-case-previous_exploitation_countries = Țara (țările) exploatării anterioare

## Fields: 2. first assistance

field-first_basic-received = Asistență primită
field-first_basic-comments = Observații privind prima asistență
field-first_legal-residence_permit = Permis de ședere temporară
field-first_legal-legal_representative = Reprezentant legal asigurat
field-first_legal-other_procedures = Alte proceduri inițiate
field-first_protection-safety_measures = Măsuri de siguranță asigurate
field-first_protection-safety_other = Măsuri de siguranță (altele)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Cazare în țara de origine
field-needs_basic-accommodation_other = Cazare (altele)
field-needs_basic-needs = Asistență necesară
field-needs_basic-other_assistance = Altă asistență
field-health-medical_history = Istoric medical
field-health-chronic_diseases = Boli cronice
field-health-addiction = Dependențe
field-health-medication = Medicamente prescrise
field-health-comments = Observații privind sănătatea
field-safety-risk_assessment = Evaluare a riscurilor efectuată
field-safety-harm_sources = Persoane care ar putea face rău
field-safety-harm_other = Persoane care ar putea face rău (altele)
field-safety-unsafe_locations = Locuri care ar putea să nu fie sigure
field-safety-comments = Observații privind siguranța
field-retrafficking-risk_level = Riscul de retraficare
field-retrafficking-assessment_done = Evaluarea riscului efectuată
field-retrafficking-assessed_with = Efectuată în cooperare cu
field-retrafficking-comments = Observații privind riscul de retraficare

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Dorește să fie inclusă/inclus într-un program de asistență în țara de origine sau într-o țară terță
field-perspective-informed_of_programme = A primit informații despre programul de asistență din țara de origine sau din țara terță

## Fields: 5. return and travel data

field-travel-arrival = Data și ora sosirii în țara de origine sau în țara terță
field-travel-transport_modes = Mijloace de transport
field-travel-transport_details = Punctul de trecere a frontierei, numele transportatorului, numărul cursei și orarul
field-travel-escorts = Numele și datele de contact ale însoțitorului (însoțitorilor)
field-travel-security_measures = Măsuri de securitate
field-travel-medical_treatment = Tratament medical în timpul călătoriei
field-travel-receiving_person = Persoana care preia victima la sosire

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Cazare
field-lt_basic-accommodation_other = Cazare (altele)
field-lt_basic-comments = Observații privind cazarea
field-lt_measures-medical = Asistență medicală pe termen lung
field-lt_measures-psychological = Consiliere psihologică
field-lt_measures-education = Educație
field-lt_measures-vocational_training = Formare profesională
field-lt_measures-job_placement = Sprijin pentru încadrarea în muncă
field-lt_measures-financial_support = Sprijin financiar
field-lt_measures-housing = Subvenție/asistență pentru locuință
field-lt_measures-interpretation = Interpretare
field-lt_measures-family_mediation = Mediere familială
field-lt_measures-family_therapy = Terapie/consiliere familială
field-lt_measures-family_contact = Persoana traficată are contact regulat cu familia
field-lt_measures-family_contact_comments = Observații privind contactul cu familia
field-lt_legal-assistance = Asistență juridică și administrativă acordată
field-lt_legal-other = Asistență juridică și administrativă (altele)
field-lt_protection-safety_measures = Măsuri de siguranță aplicate

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Dosar deschis
field-proceedings_exploitation-kinds = Tipul procedurii
field-proceedings_exploitation-statement_taken = Declarația persoanei traficate a fost luată de poliție
field-proceedings_exploitation-testified = Persoana traficată a depus mărturie în instanță
field-proceedings_exploitation-compensation_claimed = Cerere de despăgubire depusă de persoana traficată
field-proceedings_exploitation-compensation_obtained = Despăgubire obținută de persoana traficată
field-proceedings_exploitation-court_decision = Hotărârea instanței
field-proceedings_exploitation-legal_status = Statutul juridic al victimei
field-proceedings_exploitation-comments = Observații privind procedurile
field-proceedings_origin-case_initiated = Dosar deschis
field-proceedings_origin-statement_taken = Declarația persoanei traficate a fost luată de poliție
field-proceedings_origin-testified = Persoana traficată a depus mărturie în instanță
field-proceedings_origin-compensation_claimed = Cerere de despăgubire depusă de persoana traficată
field-proceedings_origin-compensation_obtained = Despăgubire obținută de persoana traficată
field-proceedings_origin-court_decision = Hotărârea instanței
field-proceedings_origin-comments = Observații privind procedurile

## Fields: 8. contacts

field-contacts-identification_exploitation = Identificare: țara de exploatare
field-contacts-identification_origin = Identificare: țara de origine
field-contacts-first_assistance_exploitation = Prima asistență și protecție: țara de exploatare
field-contacts-first_assistance_origin = Prima asistență și protecție: țara de origine
field-contacts-long_term_exploitation = Asistență pe termen lung și incluziune socială: țara de exploatare
field-contacts-long_term_origin = Asistență pe termen lung și incluziune socială: țara de origine
field-contacts-return_exploitation = Returnare: țara de exploatare
field-contacts-return_origin = Returnare: țara de origine
field-contacts-proceedings_exploitation = Proceduri penale și civile: țara de exploatare
field-contacts-proceedings_origin = Proceduri penale și civile: țara de origine
field-contacts-interpreter_exploitation = Numele interpretului: țara de exploatare
field-contacts-interpreter_origin = Numele interpretului: țara de origine

## Fields: the child's template

field-child-name = Numele copilului
field-child-relation = Copilul este
field-child-sex = Sex
field-child-date_of_birth = Data nașterii
field-child-age_group = Vârsta
field-child-citizenship = Cetățenia
field-child-accompanied = Călătorește împreună cu un părinte sau cu reprezentantul legal
field-child_safeguards-guardian_appointed = Tutore desemnat
field-child_safeguards-guardian = Tutore
field-child_safeguards-best_interests_done = Determinarea interesului superior al copilului efectuată
field-child_safeguards-best_interests_date = Data determinării interesului superior al copilului
field-child_safeguards-best_interests_summary = Rezumatul determinării interesului superior al copilului
field-child_safeguards-family_tracing = Căutarea familiei
field-child_needs-care_on_return = Măsuri de îngrijire la întoarcere
field-child_needs-schooling = Școlarizare
field-child_needs-health_needs = Nevoi medicale
field-child_needs-comments = Observații

## Code lists

list-sex-male = Masculin
list-sex-female = Feminin
list-sex-other = Altul
list-sex-unknown = Necunoscut
list-age_group-under_18 = Sub 18 ani
list-age_group-over_18 = Peste 18 ani
list-age_group-unknown = Necunoscută
list-marital_status-single = Necăsătorit(ă)
list-marital_status-married = Căsătorit(ă)
list-marital_status-divorced = Divorțat(ă)
list-marital_status-widowed = Văduv(ă)
list-marital_status-partnership = Parteneriat
list-marital_status-unknown = Necunoscută
list-travel_document-passport = Pașaport
list-travel_document-laissez_passer = Laissez-passer (titlu de călătorie)
list-travel_document-identity_card = Carte de identitate
list-identity_confirmer-police = Poliția
list-identity_confirmer-embassy_or_consulate = Ambasada sau oficiul consular
list-identity_confirmer-civil_registry = Primăria/serviciul de stare civilă
list-identity_confirmer-other = Altele
list-exploitation_type-sexual = Exploatare sexuală
list-exploitation_type-labour = Exploatare prin muncă
list-exploitation_type-begging = Cerșetorie
list-exploitation_type-removal_of_organs = Prelevare de organe
list-exploitation_type-adoption = Adopție
list-exploitation_type-forced_criminality = Delincvență (obligarea la săvârșirea de infracțiuni)
list-exploitation_type-other = Altele
list-recruitment_means-personal_contact = Prin contact personal
list-recruitment_means-advertisement = Prin anunț publicitar
list-recruitment_means-travel_agency = Prin agenție de turism
list-recruitment_means-employment_agency = Prin agenție de ocupare a forței de muncă
list-recruitment_means-family_member = Prin intermediul unui membru al familiei
list-recruitment_means-abduction_force = Răpire/constrângere
list-recruitment_means-other = Altele
list-recruitment_means-unknown = Necunoscută
list-first_assistance-accommodation = Cazare
list-first_assistance-medical = Examinare/asistență/evaluare medicală
list-first_assistance-psychological = Consiliere psihologică/sprijin psihosocial
list-first_assistance-interpretation = Interpretare
list-first_assistance-family_contact = Contact stabilit cu familia sau cu alte persoane apropiate
list-first_assistance-legal_adviser = Consilier juridic desemnat
list-first_assistance-guardian = Tutore desemnat
list-permit_status-obtained = Obținut
list-permit_status-not_obtained = Neobținut
list-permit_status-procedure_started = Procedură inițiată
list-safety_measure-shelter = Cazare în adăpost
list-safety_measure-victim_protection = Protecția victimei
list-safety_measure-physical_protection = Protecție fizică
list-safety_measure-resettlement_third_country = Relocare într-o țară terță
list-safety_measure-other = Altele
list-accommodation-shelter = Adăpost
list-accommodation-own_family = Propria familie
list-accommodation-alternative = Cazare alternativă
list-accommodation-other = Altele
list-origin_need-medical = Examinare/asistență/evaluare medicală
list-origin_need-psychological = Consiliere psihologică/sprijin psihosocial
list-origin_need-family_contact = Stabilirea contactului cu familia sau cu alte persoane apropiate
list-origin_need-legal_adviser = Consilier juridic
list-origin_need-guardian = Tutore
list-origin_need-other = Altele
list-harm_source-family_member = Membru al familiei
list-harm_source-partner = Partener
list-harm_source-friend = Prieten
list-harm_source-community_member = Membru al comunității
list-harm_source-other = Altele
list-risk_level-very_high = Foarte ridicat
list-risk_level-high = Ridicat
list-risk_level-medium = Mediu
list-risk_level-low = Scăzut
list-risk_participant-trafficked_person = Persoana traficată
list-risk_participant-relatives = Rudele
list-risk_participant-authorities_origin = Autoritățile din țara de origine
list-risk_participant-authorities_destination = Autoritățile din țara de destinație
list-risk_participant-guardian = Tutorele
list-risk_participant-ngo = Organizație neguvernamentală
list-risk_participant-other = Altele
list-transport_mode-air = Pe cale aeriană
list-transport_mode-land = Pe cale terestră
list-transport_mode-sea = Pe cale maritimă
list-legal_assistance-identity_documents = Eliberarea actelor de identitate
list-legal_assistance-guardian = Desemnarea unui tutore
list-legal_assistance-health_insurance_card = Eliberarea cardului de asigurări sociale de sănătate
list-legal_assistance-legal_counselling = Consiliere juridică
list-legal_assistance-legal_representation = Reprezentare juridică
list-legal_assistance-other = Altele
list-proceedings_kind-civil = Procedură civilă
list-proceedings_kind-criminal = Procedură penală
list-court_decision-sentenced = Traficant condamnat
list-court_decision-released = Traficant eliberat
list-court_decision-underway = Procedură în curs
list-child_relation-trafficked_person = Persoana traficată
list-child_relation-child_of_person = Un copil al persoanei traficate
list-child_relation-other = Un alt copil aflat în grija persoanei traficate
list-family_tracing-not_needed = Nu este necesară
list-family_tracing-not_started = Neîncepută
list-family_tracing-in_progress = În curs
list-family_tracing-family_found = Familia a fost găsită
list-family_tracing-not_found = Familia nu a fost găsită

## Who fills what, and what kind of data

side-exploitation = Se completează de țara de exploatare
side-origin = Se completează de țara de origine sau de țara terță după returnarea victimei
side-either = Poate fi completat de oricare dintre țări
data-institutional = Date instituționale
data-personal = Date cu caracter personal
data-special = Categorii speciale de date

## Values

value-yes = Da
value-no = Nu
value-empty = Necompletat
value-offered = Oferit persoanei traficate
value-accepted = Acceptat de persoana traficată
value-not-offered = Neoferit
value-written-in = scris în limba: { $language }
contact-organisation = Instituția/organizația
contact-person = Persoana (persoanele) de contact
contact-title = Funcția
contact-address = Adresa
contact-telephone = Telefon
contact-fax = Fax
contact-mobile = Mobil
contact-email = E-mail
contact-other = Alt contact (de ex. ID de mesagerie)

## The printed referral

print-confidential = Confidențial: conține date cu caracter personal și categorii speciale de date privind o persoană traficată. Nu copiați și nu transmiteți mai departe.
print-referral = Referire
print-version = Versiunea { $version }
print-template-version = Versiunea formularului { $template }, profilul național { $country }, versiunea { $profile }
print-state-draft = Ciornă: netrimisă
print-state-sent = Trimisă
print-state-received = Primită
print-from-to = De la { $from } către { $to }
print-child-number = Copilul { $number }
print-added-by-profile = Câmp adăugat de profilul național: { $country }
print-unknown-field = Câmp care nu există în formularul acestui nod, afișat cu eticheta dată de expeditor
print-page-footer = Referire transnațională OpenTRM. Tipărit la { $date }.
print-no-children = Nu este atașat niciun formular pentru copil.
