# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Croatian:
# section titles, field labels, help texts and code-list values, in Croatian (hrvatski).
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.

## The template

template-title = Transnacionalno upućivanje
template-subtitle = Praćenje transnacionalnog upućivanja žrtve trgovanja ljudima

## Sections

section-header = Zaglavlje
section-general = Opće informacije
section-first_assistance = Početna pomoć pružena u zemlji iskorištavanja
section-needs = Kratak pregled potreba za pomoći u zemlji podrijetla ili u trećoj zemlji
section-perspective = Stav žrtve
section-return = Informacije o povratku / podaci o putovanju
section-long_term = Dugoročna pomoć ponuđena u zemlji podrijetla ili u trećoj zemlji
section-proceedings = Parnični i kazneni postupci
section-contacts = Kontakti u zemlji iskorištavanja i u zemlji podrijetla/trećoj zemlji
section-child = Obrazac za dijete koje se vraća
    .help = Jedan unos za svako dijete koje se vraća: dijete žrtva trgovanja ljudima ili dijete koje putuje sa žrtvom trgovanja ljudima.

## Groups

group-header = Datum i institucije koje ispunjavaju obrazac
group-consents = Privola i pristanak žrtve trgovanja ljudima
    .help = Obje izjave daju se nakon informiranja, datirane su i mogu se povući. Ništa se ne šalje u drugu zemlju bez privole za razmjenu podataka.
group-personal = Osobni podaci
group-case = Podaci o slučaju
group-first_basic = Osnovne potrebe
group-first_legal = Pravna pomoć
group-first_protection = Zaštita
group-needs_basic = Osnovne potrebe
group-health = Zdravlje
    .help = Posebne kategorije osobnih podataka: unesite samo ono što je službama koje prihvaćaju osobu potrebno kako bi se za nju skrbile.
group-safety = Sigurnosni rizici
group-retrafficking = Rizik od ponovnog trgovanja ljudima
group-perspective = Stav žrtve
group-travel = Podaci o povratku i putovanju
group-lt_basic = Osnovne potrebe
group-lt_measures = Mjere dugoročne pomoći i socijalnog uključivanja
    .help = Za svaku mjeru navedite je li ponuđena žrtvi trgovanja ljudima i je li ju žrtva prihvatila.
group-lt_legal = Pravna i administrativna pomoć
group-lt_protection = Zaštita
group-proceedings_exploitation = U zemlji iskorištavanja
group-proceedings_origin = U zemlji podrijetla
group-contacts = Kontakti po postupcima transnacionalnog mehanizma upućivanja
group-child = Dijete
group-child_safeguards = Skrbnik i najbolji interes djeteta
    .help = Dijete se vraća tek nakon procjene najboljeg interesa djeteta i imenovanja skrbnika.
group-child_needs = Skrb i potrebe nakon povratka

## Fields: header

field-header-date = Datum
field-header-exploitation_institution = Institucija/organizacija koja ispunjava obrazac u zemlji iskorištavanja
field-header-origin_institution = Institucija/organizacija koja ispunjava obrazac u zemlji podrijetla
field-consents-share_data = Privola žrtve za razmjenu podataka između zemlje iskorištavanja i zemlje podrijetla
field-consents-share_data_comments = Napomene o privoli za razmjenu podataka
field-consents-return = Pristanak žrtve na povratak u zemlju podrijetla/treću zemlju
field-consents-return_comments = Napomene o pristanku na povratak

## Fields: 1.1 personal information

field-personal-name = Ime i prezime žrtve trgovanja ljudima
field-personal-other_names = Prijašnja imena, nadimci
field-personal-sex = Spol
field-personal-place_of_birth = Mjesto rođenja
field-personal-date_of_birth = Datum rođenja
field-personal-age_group = Dob
    .help = Ako datum rođenja nije poznat, navedite procjenu.
field-personal-residence_address = Adresa prebivališta
field-personal-residence_country = Zemlja prebivališta
field-personal-citizenship = Državljanstvo
field-personal-marital_status = Bračno stanje
field-personal-valid_travel_document = Posjeduje valjanu putnu ispravu
field-personal-travel_documents = Putne isprave
field-personal-travel_document_comments = Napomene o putnim ispravama
field-personal-identity_confirmed = Identitet potvrđen
field-personal-identity_confirmed_by = Tijelo koje je potvrdilo identitet
field-personal-identity_confirmed_by_other = Tijelo koje je potvrdilo identitet (drugo)
field-personal-identity_comments = Napomene o identitetu
field-personal-children_to_return = Djeca koja se vraćaju
    .help = Ako je odgovor da, ispunite obrazac za dijete za svako dijete.
field-personal-languages = Jezik/jezici kojima govori žrtva trgovanja ljudima
field-personal-reflection_period = Odobreno razdoblje za oporavak i razmišljanje
field-personal-reflection_start = Razdoblje za oporavak i razmišljanje: datum početka
field-personal-reflection_end = Razdoblje za oporavak i razmišljanje: datum završetka

## Fields: 1.2 case information

field-case-exploitation_types = Oblik iskorištavanja
field-case-exploitation_other = Oblik iskorištavanja (drugo)
field-case-exploitation_comments = Napomene o iskorištavanju
field-case-recruitment_means = Način vrbovanja
field-case-recruitment_other = Način vrbovanja (drugo)
field-case-recruitment_comments = Napomene o vrbovanju
field-case-recruitment_country = Zemlja vrbovanja
field-case-transit_countries = Zemlja/zemlje tranzita tijekom putovanja
field-case-exploitation_countries = Zemlja/zemlje iskorištavanja
field-case-exploitation_began = Datum početka trgovanja ljudima/iskorištavanja
field-case-exploitation_ended = Datum izlaska iz trgovanja ljudima/iskorištavanja
field-case-identification_country = Zemlja identifikacije
field-case-formal_identification = Formalna identifikacija
field-case-identified_on = Datum identifikacije
field-case-previously_trafficked = Osoba je ranije bila žrtva trgovanja ljudima
field-case-previous_exploitation_countries = Zemlja/zemlje ranijeg iskorištavanja

## Fields: 2. first assistance

field-first_basic-received = Primljena pomoć
field-first_basic-comments = Napomene o početnoj pomoći
field-first_legal-residence_permit = Dozvola privremenog boravka
field-first_legal-legal_representative = Osiguran pravni zastupnik
field-first_legal-other_procedures = Pokrenuti drugi postupci
field-first_protection-safety_measures = Osigurane sigurnosne mjere
field-first_protection-safety_other = Sigurnosne mjere (drugo)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Smještaj u zemlji podrijetla
field-needs_basic-accommodation_other = Smještaj (drugo)
field-needs_basic-needs = Potrebna pomoć
field-needs_basic-other_assistance = Druga pomoć
field-health-medical_history = Povijest bolesti
field-health-chronic_diseases = Kronične bolesti
field-health-addiction = Ovisnost
field-health-medication = Lijekovi na recept
field-health-comments = Napomene o zdravlju
field-safety-risk_assessment = Provedena procjena rizika
field-safety-harm_sources = Osobe koje mogu nauditi žrtvi
field-safety-harm_other = Osobe koje mogu nauditi žrtvi (drugo)
field-safety-unsafe_locations = Mjesta koja možda nisu sigurna
field-safety-comments = Napomene o sigurnosti
field-retrafficking-risk_level = Rizik od ponovnog trgovanja ljudima
field-retrafficking-assessment_done = Provedena procjena rizika
field-retrafficking-assessed_with = Procjena provedena u suradnji s
field-retrafficking-comments = Napomene o riziku od ponovnog trgovanja ljudima

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Žrtva želi biti uključena u program pomoći u zemlji podrijetla ili u trećoj zemlji
field-perspective-informed_of_programme = Žrtva je dobila informacije o programu pomoći u zemlji podrijetla ili u trećoj zemlji

## Fields: 5. return and travel data

field-travel-arrival = Datum i vrijeme dolaska u zemlju podrijetla ili u treću zemlju
field-travel-transport_modes = Vrsta prijevoza
field-travel-transport_details = Granični prijelaz, naziv prijevoznika, broj i vozni red
field-travel-escorts = Ime i kontakt podaci pratitelja
field-travel-security_measures = Sigurnosne mjere
field-travel-medical_treatment = Medicinska skrb tijekom putovanja
field-travel-receiving_person = Osoba koja prihvaća žrtvu

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Smještaj
field-lt_basic-accommodation_other = Smještaj (drugo)
field-lt_basic-comments = Napomene o smještaju
field-lt_measures-medical = Dugoročna zdravstvena pomoć
field-lt_measures-psychological = Psihološko savjetovanje
field-lt_measures-education = Obrazovanje
field-lt_measures-vocational_training = Strukovno osposobljavanje
field-lt_measures-job_placement = Pomoć pri zapošljavanju
field-lt_measures-financial_support = Financijska potpora
field-lt_measures-housing = Subvencija/pomoć za stanovanje
field-lt_measures-interpretation = Usmeno prevođenje
field-lt_measures-family_mediation = Obiteljska medijacija
field-lt_measures-family_therapy = Obiteljska terapija/savjetovanje
field-lt_measures-family_contact = Žrtva je u redovitom kontaktu s obitelji
field-lt_measures-family_contact_comments = Napomene o kontaktu s obitelji
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

field-contacts-identification_exploitation = Identifikacija: zemlja iskorištavanja
field-contacts-identification_origin = Identifikacija: zemlja podrijetla
field-contacts-first_assistance_exploitation = Početna pomoć i zaštita: zemlja iskorištavanja
field-contacts-first_assistance_origin = Početna pomoć i zaštita: zemlja podrijetla
field-contacts-long_term_exploitation = Dugoročna pomoć i socijalno uključivanje: zemlja iskorištavanja
field-contacts-long_term_origin = Dugoročna pomoć i socijalno uključivanje: zemlja podrijetla
field-contacts-return_exploitation = Povratak: zemlja iskorištavanja
field-contacts-return_origin = Povratak: zemlja podrijetla
field-contacts-proceedings_exploitation = Kazneni i parnični postupci: zemlja iskorištavanja
field-contacts-proceedings_origin = Kazneni i parnični postupci: zemlja podrijetla
field-contacts-interpreter_exploitation = Ime i prezime tumača: zemlja iskorištavanja
field-contacts-interpreter_origin = Ime i prezime tumača: zemlja podrijetla

## Fields: the child's template

field-child-name = Ime i prezime djeteta
field-child-relation = Dijete je
field-child-sex = Spol
field-child-date_of_birth = Datum rođenja
field-child-age_group = Dob
field-child-citizenship = Državljanstvo
field-child-accompanied = Putuje s roditeljem ili skrbnikom
field-child_safeguards-guardian_appointed = Imenovan skrbnik
field-child_safeguards-guardian = Skrbnik
field-child_safeguards-best_interests_done = Provedena procjena najboljeg interesa djeteta
field-child_safeguards-best_interests_date = Datum procjene najboljeg interesa djeteta
field-child_safeguards-best_interests_summary = Sažetak procjene najboljeg interesa djeteta
field-child_safeguards-family_tracing = Traženje obitelji
field-child_needs-care_on_return = Način zbrinjavanja nakon povratka
field-child_needs-schooling = Školovanje
field-child_needs-health_needs = Zdravstvene potrebe
field-child_needs-comments = Napomene

## Code lists

list-sex-male = Muški
list-sex-female = Ženski
list-sex-other = Drugo
list-sex-unknown = Nepoznato
list-age_group-under_18 = Ispod 18 godina
list-age_group-over_18 = Iznad 18 godina
list-age_group-unknown = Nepoznato
list-marital_status-single = Neoženjen/neudana
list-marital_status-married = Oženjen/udana
list-marital_status-divorced = Razveden/razvedena
list-marital_status-widowed = Udovac/udovica
list-marital_status-partnership = Izvanbračna ili životna zajednica
list-marital_status-unknown = Nepoznato
list-travel_document-passport = Putovnica
list-travel_document-laissez_passer = Putni list (laissez-passer)
list-travel_document-identity_card = Osobna iskaznica
list-identity_confirmer-police = Policija
list-identity_confirmer-embassy_or_consulate = Veleposlanstvo ili konzularno predstavništvo
list-identity_confirmer-civil_registry = Lokalna samouprava/matični ured
list-identity_confirmer-other = Drugo
list-exploitation_type-sexual = Spolno iskorištavanje
list-exploitation_type-labour = Radno iskorištavanje
list-exploitation_type-begging = Prosjačenje
list-exploitation_type-removal_of_organs = Odstranjivanje organa
list-exploitation_type-adoption = Posvojenje
list-exploitation_type-forced_criminality = Prisilno činjenje kaznenih djela
list-exploitation_type-other = Drugo
list-recruitment_means-personal_contact = Putem osobnog kontakta
list-recruitment_means-advertisement = Putem oglasa
list-recruitment_means-travel_agency = Putem putničke agencije
list-recruitment_means-employment_agency = Putem agencije za zapošljavanje
list-recruitment_means-family_member = Putem člana obitelji
list-recruitment_means-abduction_force = Otmica/sila
list-recruitment_means-other = Drugo
list-recruitment_means-unknown = Nepoznato
list-first_assistance-accommodation = Smještaj
list-first_assistance-medical = Liječnički pregled/pomoć/procjena
list-first_assistance-psychological = Psihološko savjetovanje/psihosocijalna podrška
list-first_assistance-interpretation = Usmeno prevođenje
list-first_assistance-family_contact = Uspostavljen kontakt s obitelji ili drugim bliskim osobama
list-first_assistance-legal_adviser = Određen pravni savjetnik
list-first_assistance-guardian = Imenovan skrbnik
list-permit_status-obtained = Dobivena
list-permit_status-not_obtained = Nije dobivena
list-permit_status-procedure_started = Postupak pokrenut
list-safety_measure-shelter = Smještaj u sklonište
list-safety_measure-victim_protection = Zaštita žrtve
list-safety_measure-physical_protection = Fizička zaštita
list-safety_measure-resettlement_third_country = Preseljenje u treću zemlju
list-safety_measure-other = Drugo
list-accommodation-shelter = Sklonište
list-accommodation-own_family = Vlastita obitelj
list-accommodation-alternative = Alternativni smještaj
list-accommodation-other = Drugo
list-origin_need-medical = Liječnički pregled/pomoć/procjena
list-origin_need-psychological = Psihološko savjetovanje/psihosocijalna podrška
list-origin_need-family_contact = Uspostavljanje kontakta s obitelji ili drugim bliskim osobama
list-origin_need-legal_adviser = Pravni savjetnik
list-origin_need-guardian = Skrbnik
list-origin_need-other = Drugo
list-harm_source-family_member = Član obitelji
list-harm_source-partner = Partner
list-harm_source-friend = Prijatelj
list-harm_source-community_member = Član zajednice
list-harm_source-other = Drugo
list-risk_level-very_high = Vrlo visok
list-risk_level-high = Visok
list-risk_level-medium = Srednji
list-risk_level-low = Nizak
list-risk_participant-trafficked_person = Žrtva trgovanja ljudima
list-risk_participant-relatives = Rodbina
list-risk_participant-authorities_origin = Nadležna tijela u zemlji podrijetla
list-risk_participant-authorities_destination = Nadležna tijela u zemlji odredišta
list-risk_participant-guardian = Skrbnik
list-risk_participant-ngo = Nevladina organizacija (udruga)
list-risk_participant-other = Drugo
list-transport_mode-air = Zračnim putem
list-transport_mode-land = Kopnenim putem
list-transport_mode-sea = Morskim putem
list-legal_assistance-identity_documents = Izdavanje osobnih isprava
list-legal_assistance-guardian = Imenovanje skrbnika
list-legal_assistance-health_insurance_card = Izdavanje iskaznice zdravstvenog osiguranja
list-legal_assistance-legal_counselling = Pravno savjetovanje
list-legal_assistance-legal_representation = Pravno zastupanje
list-legal_assistance-other = Drugo
list-proceedings_kind-civil = Parnični postupak
list-proceedings_kind-criminal = Kazneni postupak
list-court_decision-sentenced = Počinitelj trgovanja ljudima osuđen
list-court_decision-released = Počinitelj trgovanja ljudima oslobođen
list-court_decision-underway = Postupak u tijeku
list-child_relation-trafficked_person = Žrtva trgovanja ljudima
list-child_relation-child_of_person = Dijete žrtve trgovanja ljudima
list-child_relation-other = Drugo dijete o kojem skrbi žrtva trgovanja ljudima
list-family_tracing-not_needed = Nije potrebno
list-family_tracing-not_started = Nije započeto
list-family_tracing-in_progress = U tijeku
list-family_tracing-family_found = Obitelj pronađena
list-family_tracing-not_found = Obitelj nije pronađena

## Who fills what, and what kind of data

side-exploitation = Ispunjava zemlja iskorištavanja
side-origin = Ispunjava zemlja podrijetla ili treća zemlja nakon povratka žrtve
side-either = Može ispuniti bilo koja od dviju zemalja
data-institutional = Institucionalni podaci
data-personal = Osobni podaci
data-special = Posebne kategorije osobnih podataka

## Values

value-yes = Da
value-no = Ne
value-empty = Nije ispunjeno
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
contact-email = E-pošta
contact-other = Drugi kontakt (npr. ID u aplikaciji za poruke)

## The printed referral

print-confidential = Povjerljivo: sadrži osobne podatke i posebne kategorije osobnih podataka o žrtvi trgovanja ljudima. Ne kopirati i ne prosljeđivati.
print-referral = Upućivanje
print-version = Verzija { $version }
print-template-version = Verzija obrasca { $template }, nacionalni profil { $country }, verzija { $profile }
print-state-draft = Nacrt: nije poslano
print-state-sent = Poslano
print-state-received = Primljeno
print-from-to = Od { $from } za { $to }
print-child-number = Dijete { $number }
print-added-by-profile = Polje koje je dodao nacionalni profil ({ $country })
print-unknown-field = Polje koje ne postoji u obrascu ovog čvora, prikazano onako kako ga je pošiljatelj označio
print-page-footer = OpenTRM transnacionalno upućivanje. Ispisano { $date }.
print-no-children = Nije priložen nijedan obrazac za dijete.
