# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Polish (polski):
# section titles, field labels, help texts and code-list values.
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## The template

template-title = Skierowanie transnarodowe
template-subtitle = Działania następcze po transnarodowym skierowaniu ofiary handlu ludźmi

## Sections

section-header = Nagłówek
section-general = Informacje ogólne
section-first_assistance = Wstępna pomoc otrzymana w kraju wyzysku
section-needs = Krótki opis potrzeb w zakresie pomocy w kraju pochodzenia lub w kraju trzecim
section-perspective = Stanowisko ofiary
section-return = Informacje o powrocie / dane dotyczące podróży
section-long_term = Długoterminowa pomoc oferowana w kraju pochodzenia lub w kraju trzecim
section-proceedings = Postępowanie cywilne i karne
section-contacts = Osoby kontaktowe w kraju wyzysku i w kraju pochodzenia/kraju trzecim
section-child = Formularz dla dziecka, które ma powrócić
    .help = Jeden wpis dla każdego dziecka, które ma powrócić: dziecka będącego ofiarą handlu ludźmi lub dziecka podróżującego z ofiarą handlu ludźmi.

## Groups

group-header = Data oraz instytucje wypełniające formularz
group-consents = Zgody ofiary handlu ludźmi
    .help = Obie zgody są świadome, opatrzone datą i mogą zostać wycofane. Żadne dane nie są przekazywane do innego kraju bez zgody na udostępnianie danych.
group-personal = Informacje o osobie
group-case = Informacje o sprawie
group-first_basic = Podstawowe potrzeby
group-first_legal = Pomoc prawna
group-first_protection = Ochrona
group-needs_basic = Podstawowe potrzeby
group-health = Zdrowie
    .help = Szczególne kategorie danych: należy podać wyłącznie informacje potrzebne służbom przyjmującym do zapewnienia osobie opieki.
group-safety = Kwestie bezpieczeństwa
group-retrafficking = Ryzyko ponownego stania się ofiarą handlu ludźmi
group-perspective = Stanowisko ofiary
group-travel = Dane dotyczące powrotu i podróży
group-lt_basic = Podstawowe potrzeby
group-lt_measures = Długoterminowa pomoc i działania na rzecz włączenia społecznego
    .help = Dla każdego działania należy odnotować, czy zostało zaproponowane ofierze handlu ludźmi i czy ofiara je przyjęła.
group-lt_legal = Pomoc prawna i administracyjna
group-lt_protection = Ochrona
group-proceedings_exploitation = W kraju wyzysku
group-proceedings_origin = W kraju pochodzenia
group-contacts = Osoby kontaktowe według procedur TRM
group-child = Dziecko
group-child_safeguards = Opiekun i najlepszy interes dziecka
    .help = Dziecko może powrócić dopiero po ustaleniu jego najlepszego interesu i ustanowieniu opiekuna.
group-child_needs = Opieka i potrzeby po powrocie

## Fields: header

field-header-date = Data
field-header-exploitation_institution = Instytucja/organizacja wypełniająca formularz w kraju wyzysku
field-header-origin_institution = Instytucja/organizacja wypełniająca formularz w kraju pochodzenia
field-consents-share_data = Zgoda ofiary na udostępnianie danych między krajem wyzysku a krajem pochodzenia
field-consents-share_data_comments = Uwagi dotyczące zgody na udostępnianie danych
field-consents-return = Zgoda ofiary na powrót do kraju pochodzenia/kraju trzeciego
field-consents-return_comments = Uwagi dotyczące zgody na powrót

## Fields: 1.1 personal information

field-personal-name = Imię i nazwisko ofiary handlu ludźmi
field-personal-other_names = Poprzednie imiona i nazwiska, pseudonimy
field-personal-sex = Płeć
field-personal-place_of_birth = Miejsce urodzenia
field-personal-date_of_birth = Data urodzenia
field-personal-age_group = Wiek
    .help = Jeżeli data urodzenia nie jest znana, należy podać wiek szacunkowy.
field-personal-residence_address = Adres zamieszkania
field-personal-residence_country = Kraj zamieszkania
field-personal-citizenship = Obywatelstwo
field-personal-marital_status = Stan cywilny
field-personal-valid_travel_document = Posiada ważny dokument podróży
field-personal-travel_documents = Dokumenty podróży
field-personal-travel_document_comments = Uwagi dotyczące dokumentów podróży
field-personal-identity_confirmed = Tożsamość potwierdzona
field-personal-identity_confirmed_by = Tożsamość potwierdzona przez
field-personal-identity_confirmed_by_other = Tożsamość potwierdzona przez (inne)
field-personal-identity_comments = Uwagi dotyczące tożsamości
field-personal-children_to_return = Dzieci, które mają powrócić
    .help = Jeżeli tak, należy wypełnić formularz dla dziecka dla każdego dziecka.
field-personal-languages = Języki, którymi posługuje się ofiara handlu ludźmi
field-personal-reflection_period = Przyznano okres na zastanowienie się
field-personal-reflection_start = Okres na zastanowienie się: data rozpoczęcia
field-personal-reflection_end = Okres na zastanowienie się: data zakończenia

## Fields: 1.2 case information

field-case-exploitation_types = Forma wyzysku
field-case-exploitation_other = Forma wyzysku (inna)
field-case-exploitation_comments = Uwagi dotyczące wyzysku
field-case-recruitment_means = Sposób werbunku
field-case-recruitment_other = Sposób werbunku (inny)
field-case-recruitment_comments = Uwagi dotyczące werbunku
field-case-recruitment_country = Kraj werbunku
field-case-transit_countries = Kraj(e) tranzytu w czasie podróży
field-case-exploitation_countries = Kraj(e) wyzysku
field-case-exploitation_began = Data rozpoczęcia handlu ludźmi/wyzysku
field-case-exploitation_ended = Data wyjścia z sytuacji handlu ludźmi/wyzysku
field-case-identification_country = Kraj identyfikacji
field-case-formal_identification = Formalna identyfikacja
field-case-identified_on = Data identyfikacji
field-case-previously_trafficked = Osoba była wcześniej ofiarą handlu ludźmi
field-case-previous_exploitation_countries = Kraj(e) wcześniejszego wyzysku

## Fields: 2. first assistance

field-first_basic-received = Otrzymana pomoc
field-first_basic-comments = Uwagi dotyczące wstępnej pomocy
field-first_legal-residence_permit = Zezwolenie na pobyt czasowy
field-first_legal-legal_representative = Zapewniono przedstawiciela prawnego
field-first_legal-other_procedures = Wszczęte inne postępowania
field-first_protection-safety_measures = Zapewnione środki bezpieczeństwa
field-first_protection-safety_other = Środki bezpieczeństwa (inne)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Zakwaterowanie w kraju pochodzenia
field-needs_basic-accommodation_other = Zakwaterowanie (inne)
field-needs_basic-needs = Potrzebna pomoc
field-needs_basic-other_assistance = Inna pomoc
field-health-medical_history = Historia choroby
field-health-chronic_diseases = Choroby przewlekłe
field-health-addiction = Uzależnienia
field-health-medication = Przyjmowane leki na receptę
field-health-comments = Uwagi dotyczące zdrowia
field-safety-risk_assessment = Przeprowadzono ocenę ryzyka
field-safety-harm_sources = Osoby, które mogą wyrządzić krzywdę
field-safety-harm_other = Osoby, które mogą wyrządzić krzywdę (inne)
field-safety-unsafe_locations = Miejsca, które mogą być niebezpieczne
field-safety-comments = Uwagi dotyczące bezpieczeństwa
field-retrafficking-risk_level = Ryzyko ponownego stania się ofiarą handlu ludźmi
field-retrafficking-assessment_done = Przeprowadzono ocenę ryzyka
field-retrafficking-assessed_with = Przeprowadzona we współpracy z
field-retrafficking-comments = Uwagi dotyczące ryzyka ponownego stania się ofiarą handlu ludźmi

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Chce wziąć udział w programie pomocy w kraju pochodzenia lub w kraju trzecim
field-perspective-informed_of_programme = Otrzymała/otrzymał informacje o programie pomocy w kraju pochodzenia lub w kraju trzecim

## Fields: 5. return and travel data

field-travel-arrival = Data i godzina przybycia do kraju pochodzenia lub kraju trzeciego
field-travel-transport_modes = Środki transportu
field-travel-transport_details = Przejście graniczne, nazwa przewoźnika, numer i rozkład kursu
field-travel-escorts = Imiona i nazwiska oraz dane kontaktowe osób towarzyszących
field-travel-security_measures = Środki bezpieczeństwa
field-travel-medical_treatment = Opieka medyczna w czasie podróży
field-travel-receiving_person = Osoba przyjmująca

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Zakwaterowanie
field-lt_basic-accommodation_other = Zakwaterowanie (inne)
field-lt_basic-comments = Uwagi dotyczące zakwaterowania
field-lt_measures-medical = Długoterminowa opieka medyczna
field-lt_measures-psychological = Poradnictwo psychologiczne
field-lt_measures-education = Edukacja
field-lt_measures-vocational_training = Szkolenie zawodowe
field-lt_measures-job_placement = Pomoc w znalezieniu zatrudnienia
field-lt_measures-financial_support = Wsparcie finansowe
field-lt_measures-housing = Dopłata do mieszkania/pomoc mieszkaniowa
field-lt_measures-interpretation = Tłumaczenie ustne
field-lt_measures-family_mediation = Mediacja rodzinna
field-lt_measures-family_therapy = Terapia rodzinna/poradnictwo rodzinne
field-lt_measures-family_contact = Ofiara utrzymuje regularny kontakt z rodziną
field-lt_measures-family_contact_comments = Uwagi dotyczące kontaktu z rodziną
field-lt_legal-assistance = Zapewniona pomoc prawna i administracyjna
field-lt_legal-other = Pomoc prawna i administracyjna (inna)
field-lt_protection-safety_measures = Zastosowane środki bezpieczeństwa

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Wszczęto postępowanie
field-proceedings_exploitation-kinds = Rodzaj postępowania
field-proceedings_exploitation-statement_taken = Policja przyjęła zeznania ofiary
field-proceedings_exploitation-testified = Ofiara zeznawała przed sądem
field-proceedings_exploitation-compensation_claimed = Ofiara wystąpiła z roszczeniem o odszkodowanie
field-proceedings_exploitation-compensation_obtained = Ofiara uzyskała odszkodowanie
field-proceedings_exploitation-court_decision = Orzeczenie sądu
field-proceedings_exploitation-legal_status = Status prawny ofiary
field-proceedings_exploitation-comments = Uwagi dotyczące postępowania
field-proceedings_origin-case_initiated = Wszczęto postępowanie
field-proceedings_origin-statement_taken = Policja przyjęła zeznania ofiary
field-proceedings_origin-testified = Ofiara zeznawała przed sądem
field-proceedings_origin-compensation_claimed = Ofiara wystąpiła z roszczeniem o odszkodowanie
field-proceedings_origin-compensation_obtained = Ofiara uzyskała odszkodowanie
field-proceedings_origin-court_decision = Orzeczenie sądu
field-proceedings_origin-comments = Uwagi dotyczące postępowania

## Fields: 8. contacts

field-contacts-identification_exploitation = Identyfikacja: kraj wyzysku
field-contacts-identification_origin = Identyfikacja: kraj pochodzenia
field-contacts-first_assistance_exploitation = Wstępna pomoc i ochrona: kraj wyzysku
field-contacts-first_assistance_origin = Wstępna pomoc i ochrona: kraj pochodzenia
field-contacts-long_term_exploitation = Pomoc długoterminowa i włączenie społeczne: kraj wyzysku
field-contacts-long_term_origin = Pomoc długoterminowa i włączenie społeczne: kraj pochodzenia
field-contacts-return_exploitation = Powrót: kraj wyzysku
field-contacts-return_origin = Powrót: kraj pochodzenia
field-contacts-proceedings_exploitation = Postępowanie karne i cywilne: kraj wyzysku
field-contacts-proceedings_origin = Postępowanie karne i cywilne: kraj pochodzenia
field-contacts-interpreter_exploitation = Imię i nazwisko tłumacza: kraj wyzysku
field-contacts-interpreter_origin = Imię i nazwisko tłumacza: kraj pochodzenia

## Fields: the child's template

field-child-name = Imię i nazwisko dziecka
field-child-relation = Kim jest dziecko
field-child-sex = Płeć
field-child-date_of_birth = Data urodzenia
field-child-age_group = Wiek
field-child-citizenship = Obywatelstwo
field-child-accompanied = Podróżuje z rodzicem lub opiekunem prawnym
field-child_safeguards-guardian_appointed = Ustanowiono opiekuna
field-child_safeguards-guardian = Opiekun
field-child_safeguards-best_interests_done = Przeprowadzono ustalenie najlepszego interesu dziecka
field-child_safeguards-best_interests_date = Data ustalenia najlepszego interesu dziecka
field-child_safeguards-best_interests_summary = Podsumowanie ustalenia najlepszego interesu dziecka
field-child_safeguards-family_tracing = Poszukiwanie rodziny
field-child_needs-care_on_return = Organizacja opieki po powrocie
field-child_needs-schooling = Nauka szkolna
field-child_needs-health_needs = Potrzeby zdrowotne
field-child_needs-comments = Uwagi

## Code lists

list-sex-male = Mężczyzna
list-sex-female = Kobieta
list-sex-other = Inna
list-sex-unknown = Nieznana
list-age_group-under_18 = Poniżej 18 lat
list-age_group-over_18 = Powyżej 18 lat
list-age_group-unknown = Nieznany
list-marital_status-single = Kawaler/panna
list-marital_status-married = Żonaty/zamężna
list-marital_status-divorced = Rozwiedziony/rozwiedziona
list-marital_status-widowed = Wdowiec/wdowa
list-marital_status-partnership = Związek partnerski
list-marital_status-unknown = Nieznany
list-travel_document-passport = Paszport
list-travel_document-laissez_passer = Laissez-passer (tymczasowy dokument podróży)
list-travel_document-identity_card = Dowód osobisty
list-identity_confirmer-police = Policja
list-identity_confirmer-embassy_or_consulate = Ambasada lub urząd konsularny
list-identity_confirmer-civil_registry = Urząd gminy/urząd stanu cywilnego
list-identity_confirmer-other = Inne
list-exploitation_type-sexual = Wyzysk seksualny
list-exploitation_type-labour = Wyzysk w pracy
list-exploitation_type-begging = Żebractwo
list-exploitation_type-removal_of_organs = Pobranie narządów
list-exploitation_type-adoption = Adopcja
list-exploitation_type-forced_criminality = Przestępczość (zmuszanie do popełniania przestępstw)
list-exploitation_type-other = Inne
list-recruitment_means-personal_contact = Poprzez kontakt osobisty
list-recruitment_means-advertisement = Poprzez ogłoszenie
list-recruitment_means-travel_agency = Poprzez biuro podróży
list-recruitment_means-employment_agency = Poprzez agencję zatrudnienia
list-recruitment_means-family_member = Poprzez członka rodziny
list-recruitment_means-abduction_force = Uprowadzenie/użycie przemocy
list-recruitment_means-other = Inne
list-recruitment_means-unknown = Nieznany
list-first_assistance-accommodation = Zakwaterowanie
list-first_assistance-medical = Badanie/pomoc/ocena medyczna
list-first_assistance-psychological = Poradnictwo psychologiczne/wsparcie psychospołeczne
list-first_assistance-interpretation = Tłumaczenie ustne
list-first_assistance-family_contact = Nawiązano kontakt z rodziną lub innymi bliskimi osobami
list-first_assistance-legal_adviser = Wyznaczono doradcę prawnego
list-first_assistance-guardian = Ustanowiono opiekuna
list-permit_status-obtained = Uzyskano
list-permit_status-not_obtained = Nie uzyskano
list-permit_status-procedure_started = Wszczęto procedurę
list-safety_measure-shelter = Zakwaterowanie w schronisku
list-safety_measure-victim_protection = Ochrona ofiary
list-safety_measure-physical_protection = Ochrona fizyczna
list-safety_measure-resettlement_third_country = Przesiedlenie do kraju trzeciego
list-safety_measure-other = Inne
list-accommodation-shelter = Schronisko
list-accommodation-own_family = Własna rodzina
list-accommodation-alternative = Zakwaterowanie alternatywne
list-accommodation-other = Inne
list-origin_need-medical = Badanie/pomoc/ocena medyczna
list-origin_need-psychological = Poradnictwo psychologiczne/wsparcie psychospołeczne
list-origin_need-family_contact = Nawiązanie kontaktu z rodziną lub innymi bliskimi osobami
list-origin_need-legal_adviser = Doradca prawny
list-origin_need-guardian = Opiekun
list-origin_need-other = Inne
list-harm_source-family_member = Członek rodziny
list-harm_source-partner = Partner/partnerka
list-harm_source-friend = Przyjaciel/przyjaciółka
list-harm_source-community_member = Członek społeczności
list-harm_source-other = Inne
list-risk_level-very_high = Bardzo wysokie
list-risk_level-high = Wysokie
list-risk_level-medium = Średnie
list-risk_level-low = Niskie
list-risk_participant-trafficked_person = Ofiara handlu ludźmi
list-risk_participant-relatives = Krewni
list-risk_participant-authorities_origin = Organy władzy kraju pochodzenia
list-risk_participant-authorities_destination = Organy władzy kraju docelowego
list-risk_participant-guardian = Opiekun
list-risk_participant-ngo = Organizacja pozarządowa
list-risk_participant-other = Inne
list-transport_mode-air = Drogą lotniczą
list-transport_mode-land = Drogą lądową
list-transport_mode-sea = Drogą morską
list-legal_assistance-identity_documents = Wydanie dokumentów tożsamości
list-legal_assistance-guardian = Ustanowienie opiekuna
list-legal_assistance-health_insurance_card = Wydanie karty ubezpieczenia zdrowotnego
list-legal_assistance-legal_counselling = Poradnictwo prawne
list-legal_assistance-legal_representation = Reprezentacja prawna
list-legal_assistance-other = Inne
list-proceedings_kind-civil = Postępowanie cywilne
list-proceedings_kind-criminal = Postępowanie karne
list-court_decision-sentenced = Sprawca skazany
list-court_decision-released = Sprawca zwolniony
list-court_decision-underway = Postępowanie w toku
list-child_relation-trafficked_person = Ofiara handlu ludźmi
list-child_relation-child_of_person = Dziecko ofiary handlu ludźmi
list-child_relation-other = Inne dziecko pod opieką ofiary handlu ludźmi
list-family_tracing-not_needed = Niepotrzebne
list-family_tracing-not_started = Nierozpoczęte
list-family_tracing-in_progress = W toku
list-family_tracing-family_found = Odnaleziono rodzinę
list-family_tracing-not_found = Nie odnaleziono rodziny

## Who fills what, and what kind of data

side-exploitation = Wypełnia kraj wyzysku
side-origin = Wypełnia kraj pochodzenia lub kraj trzeci po powrocie ofiary
side-either = Może wypełnić każdy z krajów
data-institutional = Dane instytucjonalne
data-personal = Dane osobowe
data-special = Szczególne kategorie danych

## Values

value-yes = Tak
value-no = Nie
value-empty = Nie wypełniono
value-offered = Zaproponowano ofierze
value-accepted = Ofiara przyjęła
value-not-offered = Nie zaproponowano
value-written-in = język: { $language }
contact-organisation = Instytucja/organizacja
contact-person = Osoby kontaktowe
contact-title = Stanowisko
contact-address = Adres
contact-telephone = Telefon
contact-fax = Faks
contact-mobile = Telefon komórkowy
contact-email = E-mail
contact-other = Inny kontakt (np. identyfikator w komunikatorze)

## The printed referral

print-confidential = Poufne: zawiera dane osobowe i szczególne kategorie danych dotyczące ofiary handlu ludźmi. Nie kopiować ani nie przekazywać dalej.
print-referral = Skierowanie
print-version = Wersja { $version }
print-template-version = Wersja formularza { $template }, profil krajowy { $country }, wersja { $profile }
print-state-draft = Wersja robocza: nie wysłano
print-state-sent = Wysłano
print-state-received = Odebrano
print-from-to = Nadawca: { $from }; odbiorca: { $to }
print-child-number = Dziecko { $number }
print-added-by-profile = Pole dodane przez profil krajowy: { $country }
print-unknown-field = Pole nieobecne w formularzu tego węzła, wyświetlone z etykietą nadaną przez nadawcę
print-page-footer = Skierowanie transnarodowe OpenTRM. Wydrukowano { $date }.
print-no-children = Nie załączono formularza dla dziecka.
