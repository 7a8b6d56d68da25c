# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Bosnian (Latin script):
# section titles, field labels, help texts and code-list values, in Bosnian (bosanski).
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.

## The template

template-title = Transnacionalno upućivanje
template-subtitle = Praćenje transnacionalnog upućivanja žrtve trgovine ljudima

## Sections

section-header = Zaglavlje
section-general = Opće informacije
section-first_assistance = Početna pomoć pružena u zemlji eksploatacije
section-needs = Kratak pregled potreba za pomoći u zemlji porijekla ili u trećoj zemlji
section-perspective = Stav žrtve
section-return = Informacije o povratku / podaci o putovanju
section-long_term = Dugoročna pomoć ponuđena u zemlji porijekla ili u trećoj zemlji
section-proceedings = Parnični i krivični postupci
section-contacts = Kontakti u zemlji eksploatacije i u zemlji porijekla/trećoj zemlji
section-child = Obrazac za dijete koje se vraća
    .help = Jedan unos za svako dijete koje se vraća: dijete žrtva trgovine ljudima ili dijete koje putuje sa žrtvom trgovine ljudima.

## Groups

group-header = Datum i institucije koje popunjavaju obrazac
group-consents = Saglasnosti žrtve trgovine ljudima
    .help = Obje saglasnosti daju se nakon informisanja, datirane su i mogu se povući. Ništa se ne šalje u drugu zemlju bez saglasnosti za razmjenu podataka.
group-personal = Lični podaci
group-case = Podaci o slučaju
group-first_basic = Osnovne potrebe
group-first_legal = Pravna pomoć
group-first_protection = Zaštita
group-needs_basic = Osnovne potrebe
group-health = Zdravlje
    .help = Posebne kategorije ličnih podataka: unesite samo ono što je službama koje prihvataju osobu potrebno da bi se o njoj brinule.
group-safety = Sigurnosni rizici
group-retrafficking = Rizik od ponovne trgovine ljudima
group-perspective = Stav žrtve
group-travel = Podaci o povratku i putovanju
group-lt_basic = Osnovne potrebe
group-lt_measures = Mjere dugoročne pomoći i socijalne uključenosti
    .help = Za svaku mjeru navedite da li je ponuđena žrtvi trgovine ljudima i da li ju je žrtva prihvatila.
group-lt_legal = Pravna i administrativna pomoć
group-lt_protection = Zaštita
group-proceedings_exploitation = U zemlji eksploatacije
group-proceedings_origin = U zemlji porijekla
group-contacts = Kontakti po postupcima transnacionalnog mehanizma upućivanja
group-child = Dijete
group-child_safeguards = Staratelj i najbolji interes djeteta
    .help = Dijete se vraća tek nakon procjene najboljeg interesa djeteta i postavljenja staratelja.
group-child_needs = Zbrinjavanje i potrebe po povratku

## Fields: header

field-header-date = Datum
field-header-exploitation_institution = Institucija/organizacija koja popunjava obrazac u zemlji eksploatacije
field-header-origin_institution = Institucija/organizacija koja popunjava obrazac u zemlji porijekla
field-consents-share_data = Saglasnost žrtve za razmjenu podataka između zemlje eksploatacije i zemlje porijekla
field-consents-share_data_comments = Napomene o saglasnosti za razmjenu podataka
field-consents-return = Saglasnost žrtve za povratak u zemlju porijekla/treću zemlju
field-consents-return_comments = Napomene o saglasnosti za povratak

## Fields: 1.1 personal information

field-personal-name = Ime i prezime žrtve trgovine ljudima
field-personal-other_names = Prethodna imena, nadimci
field-personal-sex = Spol
field-personal-place_of_birth = Mjesto rođenja
field-personal-date_of_birth = Datum rođenja
field-personal-age_group = Starosna dob
    .help = Ako datum rođenja nije poznat, navedite procjenu.
field-personal-residence_address = Adresa prebivališta
field-personal-residence_country = Zemlja prebivališta
field-personal-citizenship = Državljanstvo
field-personal-marital_status = Bračno stanje
field-personal-valid_travel_document = Posjeduje važeću putnu ispravu
field-personal-travel_documents = Putne isprave
field-personal-travel_document_comments = Napomene o putnim ispravama
field-personal-identity_confirmed = Identitet potvrđen
field-personal-identity_confirmed_by = Organ koji je potvrdio identitet
field-personal-identity_confirmed_by_other = Organ koji je potvrdio identitet (drugo)
field-personal-identity_comments = Napomene o identitetu
field-personal-children_to_return = Djeca koja se vraćaju
    .help = Ako je odgovor da, popunite obrazac za dijete za svako dijete.
field-personal-languages = Jezik/jezici kojima govori žrtva trgovine ljudima
field-personal-reflection_period = Odobren period za oporavak i razmišljanje
field-personal-reflection_start = Period za oporavak i razmišljanje: datum početka
field-personal-reflection_end = Period za oporavak i razmišljanje: datum završetka

## Fields: 1.2 case information

field-case-exploitation_types = Vrsta eksploatacije
field-case-exploitation_other = Vrsta eksploatacije (drugo)
field-case-exploitation_comments = Napomene o eksploataciji
field-case-recruitment_means = Način vrbovanja
field-case-recruitment_other = Način vrbovanja (drugo)
field-case-recruitment_comments = Napomene o vrbovanju
field-case-recruitment_country = Zemlja vrbovanja
field-case-transit_countries = Zemlja/zemlje tranzita tokom putovanja
field-case-exploitation_countries = Zemlja/zemlje eksploatacije
field-case-exploitation_began = Datum početka trgovine ljudima/eksploatacije
field-case-exploitation_ended = Datum izlaska iz trgovine ljudima/eksploatacije
field-case-identification_country = Zemlja identifikacije
field-case-formal_identification = Formalna identifikacija
field-case-identified_on = Datum identifikacije
field-case-previously_trafficked = Osoba je ranije bila žrtva trgovine ljudima
field-case-previous_exploitation_countries = Zemlja/zemlje ranije eksploatacije

## Fields: 2. first assistance

field-first_basic-received = Primljena pomoć
field-first_basic-comments = Napomene o početnoj pomoći
field-first_legal-residence_permit = Dozvola privremenog boravka
field-first_legal-legal_representative = Osiguran pravni zastupnik
field-first_legal-other_procedures = Pokrenuti drugi postupci
field-first_protection-safety_measures = Osigurane sigurnosne mjere
field-first_protection-safety_other = Sigurnosne mjere (drugo)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Smještaj u zemlji porijekla
field-needs_basic-accommodation_other = Smještaj (drugo)
field-needs_basic-needs = Potrebna pomoć
field-needs_basic-other_assistance = Druga pomoć
field-health-medical_history = Historija bolesti
field-health-chronic_diseases = Hronične bolesti
field-health-addiction = Ovisnost
field-health-medication = Lijekovi na recept
field-health-comments = Napomene o zdravlju
field-safety-risk_assessment = Izvršena procjena rizika
field-safety-harm_sources = Osobe koje mogu nauditi žrtvi
field-safety-harm_other = Osobe koje mogu nauditi žrtvi (drugo)
field-safety-unsafe_locations = Mjesta koja možda nisu sigurna
field-safety-comments = Napomene o sigurnosti
field-retrafficking-risk_level = Rizik od ponovne trgovine ljudima
field-retrafficking-assessment_done = Izvršena procjena rizika
field-retrafficking-assessed_with = Procjena izvršena u saradnji sa
field-retrafficking-comments = Napomene o riziku od ponovne trgovine ljudima

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Žrtva želi da bude uključena u program pomoći u zemlji porijekla ili u trećoj zemlji
field-perspective-informed_of_programme = Žrtva je dobila informacije o programu pomoći u zemlji porijekla ili u trećoj zemlji

## Fields: 5. return and travel data

field-travel-arrival = Datum i vrijeme dolaska u zemlju porijekla ili u treću zemlju
field-travel-transport_modes = Vrsta prevoza
field-travel-transport_details = Granični prelaz, naziv prevoznika, broj i red vožnje
field-travel-escorts = Ime i kontakt podaci pratioca/pratilaca
field-travel-security_measures = Sigurnosne mjere
field-travel-medical_treatment = Medicinski tretman tokom putovanja
field-travel-receiving_person = Osoba koja prihvata žrtvu

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Smještaj
field-lt_basic-accommodation_other = Smještaj (drugo)
field-lt_basic-comments = Napomene o smještaju
field-lt_measures-medical = Dugoročna medicinska pomoć
field-lt_measures-psychological = Psihološko savjetovanje
field-lt_measures-education = Obrazovanje
field-lt_measures-vocational_training = Stručno osposobljavanje
field-lt_measures-job_placement = Pomoć pri zapošljavanju
field-lt_measures-financial_support = Finansijska podrška
field-lt_measures-housing = Subvencija/pomoć za stanovanje
field-lt_measures-interpretation = Usmeno prevođenje
field-lt_measures-family_mediation = Porodična medijacija
field-lt_measures-family_therapy = Porodična terapija/savjetovanje
field-lt_measures-family_contact = Žrtva je u redovnom kontaktu s porodicom
field-lt_measures-family_contact_comments = Napomene o kontaktu s porodicom
field-lt_legal-assistance = Pružena pravna i administrativna pomoć
field-lt_legal-other = Pravna i administrativna pomoć (drugo)
field-lt_protection-safety_measures = Primijenjene sigurnosne mjere

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Pokrenut postupak
field-proceedings_exploitation-kinds = Vrsta postupka
field-proceedings_exploitation-statement_taken = Policija je uzela izjavu od žrtve
field-proceedings_exploitation-testified = Žrtva je svjedočila pred sudom
field-proceedings_exploitation-compensation_claimed = Žrtva je podnijela zahtjev za naknadu štete
field-proceedings_exploitation-compensation_obtained = Žrtva je ostvarila naknadu štete
field-proceedings_exploitation-court_decision = Sudska odluka
field-proceedings_exploitation-legal_status = Pravni status žrtve
field-proceedings_exploitation-comments = Napomene o postupcima
field-proceedings_origin-case_initiated = Pokrenut postupak
field-proceedings_origin-statement_taken = Policija je uzela izjavu od žrtve
field-proceedings_origin-testified = Žrtva je svjedočila pred sudom
field-proceedings_origin-compensation_claimed = Žrtva je podnijela zahtjev za naknadu štete
field-proceedings_origin-compensation_obtained = Žrtva je ostvarila naknadu štete
field-proceedings_origin-court_decision = Sudska odluka
field-proceedings_origin-comments = Napomene o postupcima

## Fields: 8. contacts

field-contacts-identification_exploitation = Identifikacija: zemlja eksploatacije
field-contacts-identification_origin = Identifikacija: zemlja porijekla
field-contacts-first_assistance_exploitation = Početna pomoć i zaštita: zemlja eksploatacije
field-contacts-first_assistance_origin = Početna pomoć i zaštita: zemlja porijekla
field-contacts-long_term_exploitation = Dugoročna pomoć i socijalna uključenost: zemlja eksploatacije
field-contacts-long_term_origin = Dugoročna pomoć i socijalna uključenost: zemlja porijekla
field-contacts-return_exploitation = Povratak: zemlja eksploatacije
field-contacts-return_origin = Povratak: zemlja porijekla
field-contacts-proceedings_exploitation = Krivični i parnični postupci: zemlja eksploatacije
field-contacts-proceedings_origin = Krivični i parnični postupci: zemlja porijekla
field-contacts-interpreter_exploitation = Ime i prezime tumača: zemlja eksploatacije
field-contacts-interpreter_origin = Ime i prezime tumača: zemlja porijekla

## Fields: the child's template

field-child-name = Ime i prezime djeteta
field-child-relation = Dijete je
field-child-sex = Spol
field-child-date_of_birth = Datum rođenja
field-child-age_group = Starosna dob
field-child-citizenship = Državljanstvo
field-child-accompanied = Putuje s roditeljem ili starateljem
field-child_safeguards-guardian_appointed = Postavljen staratelj
field-child_safeguards-guardian = Staratelj
field-child_safeguards-best_interests_done = Izvršena procjena najboljeg interesa djeteta
field-child_safeguards-best_interests_date = Datum procjene najboljeg interesa djeteta
field-child_safeguards-best_interests_summary = Sažetak procjene najboljeg interesa djeteta
field-child_safeguards-family_tracing = Traganje za porodicom
field-child_needs-care_on_return = Način zbrinjavanja po povratku
field-child_needs-schooling = Školovanje
field-child_needs-health_needs = Zdravstvene potrebe
field-child_needs-comments = Napomene

## Code lists

list-sex-male = Muški
list-sex-female = Ženski
list-sex-other = Drugo
list-sex-unknown = Nepoznato
list-age_group-under_18 = Ispod 18 godina
list-age_group-over_18 = Preko 18 godina
list-age_group-unknown = Nepoznato
list-marital_status-single = Neoženjen/neudata
list-marital_status-married = Oženjen/udata
list-marital_status-divorced = Razveden/razvedena
list-marital_status-widowed = Udovac/udovica
list-marital_status-partnership = Vanbračna zajednica
list-marital_status-unknown = Nepoznato
list-travel_document-passport = Pasoš
list-travel_document-laissez_passer = Putni list (laissez-passer)
list-travel_document-identity_card = Lična karta
list-identity_confirmer-police = Policija
list-identity_confirmer-embassy_or_consulate = Ambasada ili konzularno predstavništvo
list-identity_confirmer-civil_registry = Općina/matični ured
list-identity_confirmer-other = Drugo
list-exploitation_type-sexual = Seksualna eksploatacija
list-exploitation_type-labour = Radna eksploatacija
list-exploitation_type-begging = Prosjačenje
list-exploitation_type-removal_of_organs = Odstranjivanje organa
list-exploitation_type-adoption = Usvojenje
list-exploitation_type-forced_criminality = Prisilno vršenje krivičnih djela
list-exploitation_type-other = Drugo
list-recruitment_means-personal_contact = Putem ličnog kontakta
list-recruitment_means-advertisement = Putem oglasa
list-recruitment_means-travel_agency = Putem turističke agencije
list-recruitment_means-employment_agency = Putem agencije za zapošljavanje
list-recruitment_means-family_member = Putem člana porodice
list-recruitment_means-abduction_force = Otmica/sila
list-recruitment_means-other = Drugo
list-recruitment_means-unknown = Nepoznato
list-first_assistance-accommodation = Smještaj
list-first_assistance-medical = Medicinski pregled/pomoć/procjena
list-first_assistance-psychological = Psihološko savjetovanje/psihosocijalna podrška
list-first_assistance-interpretation = Usmeno prevođenje
list-first_assistance-family_contact = Uspostavljen kontakt s porodicom ili drugim bliskim osobama
list-first_assistance-legal_adviser = Određen pravni savjetnik
list-first_assistance-guardian = Postavljen staratelj
list-permit_status-obtained = Dobijena
list-permit_status-not_obtained = Nije dobijena
list-permit_status-procedure_started = Postupak pokrenut
list-safety_measure-shelter = Smještaj u sklonište (sigurnu kuću)
list-safety_measure-victim_protection = Zaštita žrtve
list-safety_measure-physical_protection = Fizička zaštita
list-safety_measure-resettlement_third_country = Preseljenje u treću zemlju
list-safety_measure-other = Drugo
list-accommodation-shelter = Sklonište (sigurna kuća)
list-accommodation-own_family = Vlastita porodica
list-accommodation-alternative = Alternativni smještaj
list-accommodation-other = Drugo
list-origin_need-medical = Medicinski pregled/pomoć/procjena
list-origin_need-psychological = Psihološko savjetovanje/psihosocijalna podrška
list-origin_need-family_contact = Uspostavljanje kontakta s porodicom ili drugim bliskim osobama
list-origin_need-legal_adviser = Pravni savjetnik
list-origin_need-guardian = Staratelj
list-origin_need-other = Drugo
list-harm_source-family_member = Član porodice
list-harm_source-partner = Partner
list-harm_source-friend = Prijatelj
list-harm_source-community_member = Član zajednice
list-harm_source-other = Drugo
list-risk_level-very_high = Veoma visok
list-risk_level-high = Visok
list-risk_level-medium = Srednji
list-risk_level-low = Nizak
list-risk_participant-trafficked_person = Žrtva trgovine ljudima
list-risk_participant-relatives = Rođaci
list-risk_participant-authorities_origin = Nadležni organi u zemlji porijekla
list-risk_participant-authorities_destination = Nadležni organi u zemlji odredišta
list-risk_participant-guardian = Staratelj
list-risk_participant-ngo = Nevladina organizacija
list-risk_participant-other = Drugo
list-transport_mode-air = Zračnim putem
list-transport_mode-land = Kopnenim putem
list-transport_mode-sea = Morskim putem
list-legal_assistance-identity_documents = Izdavanje ličnih dokumenata
list-legal_assistance-guardian = Postavljenje staratelja
list-legal_assistance-health_insurance_card = Izdavanje kartice zdravstvenog osiguranja
list-legal_assistance-legal_counselling = Pravno savjetovanje
list-legal_assistance-legal_representation = Pravno zastupanje
list-legal_assistance-other = Drugo
list-proceedings_kind-civil = Parnični postupak
list-proceedings_kind-criminal = Krivični postupak
list-court_decision-sentenced = Trgovac ljudima osuđen
list-court_decision-released = Trgovac ljudima oslobođen
list-court_decision-underway = Postupak u toku
list-child_relation-trafficked_person = Žrtva trgovine ljudima
list-child_relation-child_of_person = Dijete žrtve trgovine ljudima
list-child_relation-other = Drugo dijete o kojem se brine žrtva trgovine ljudima
list-family_tracing-not_needed = Nije potrebno
list-family_tracing-not_started = Nije započeto
list-family_tracing-in_progress = U toku
list-family_tracing-family_found = Porodica pronađena
list-family_tracing-not_found = Porodica nije pronađena

## Who fills what, and what kind of data

side-exploitation = Popunjava zemlja eksploatacije
side-origin = Popunjava zemlja porijekla ili treća zemlja nakon povratka žrtve
side-either = Može popuniti bilo koja od dvije zemlje
data-institutional = Institucionalni podaci
data-personal = Lični podaci
data-special = Posebne kategorije ličnih podataka

## Values

value-yes = Da
value-no = Ne
value-empty = Nije popunjeno
value-offered = Ponuđeno žrtvi
value-accepted = Žrtva prihvatila
value-not-offered = Nije ponuđeno
value-written-in = napisano na jeziku: { $language }
contact-organisation = Institucija/organizacija
contact-person = Kontakt osoba/osobe
contact-title = Zvanje/funkcija
contact-address = Adresa
contact-telephone = Telefon
contact-fax = Faks
contact-mobile = Mobitel
contact-email = E-mail
contact-other = Drugi kontakt (npr. ID u aplikaciji za poruke)

## The printed referral

print-confidential = Povjerljivo: sadrži lične podatke i posebne kategorije ličnih podataka o žrtvi trgovine ljudima. Ne kopirati i ne prosljeđivati.
print-referral = Upućivanje
print-version = Verzija { $version }
print-template-version = Verzija obrasca { $template }, nacionalni profil { $country }, verzija { $profile }
print-state-draft = Nacrt: nije poslano
print-state-sent = Poslano
print-state-received = Primljeno
print-from-to = Od { $from } za { $to }
print-child-number = Dijete { $number }
print-added-by-profile = Polje koje je dodao nacionalni profil ({ $country })
print-unknown-field = Polje koje ne postoji u obrascu ovog čvora, prikazano onako kako ga je pošiljalac označio
print-page-footer = OpenTRM transnacionalno upućivanje. Odštampano { $date }.
print-no-children = Nije priložen nijedan obrazac za dijete.
