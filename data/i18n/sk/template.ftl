# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Slovak (slovenčina):
# section titles, field labels, help texts and code-list values.
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## The template

template-title = Nadnárodné postúpenie prípadu
template-subtitle = Následné kroky po nadnárodnom postúpení prípadu obchodovanej osoby

## Sections

section-header = Hlavička
section-general = Všeobecné informácie
section-first_assistance = Prvotná pomoc poskytnutá v krajine vykorisťovania
section-needs = Stručný prehľad potrieb pomoci v krajine pôvodu alebo v tretej krajine
section-perspective = Stanovisko obete
section-return = Informácie o návrate / údaje o ceste
section-long_term = Dlhodobá pomoc ponúknutá v krajine pôvodu alebo v tretej krajine
section-proceedings = Občianskoprávne a trestné konanie
section-contacts = Kontakty v krajine vykorisťovania a v krajine pôvodu/tretej krajine
section-child = Formulár pre dieťa, ktoré sa má vrátiť
    .help = Jeden záznam pre každé dieťa, ktoré sa má vrátiť: obchodované dieťa alebo dieťa, ktoré cestuje spolu s obchodovanou osobou.

## Groups

group-header = Dátum a inštitúcie vypĺňajúce formulár
group-consents = Súhlasy obchodovanej osoby
    .help = Oba súhlasy sú informované, datované a možno ich odvolať. Bez súhlasu so zdieľaním údajov sa do inej krajiny nič neodošle.
group-personal = Osobné informácie
group-case = Informácie o prípade
group-first_basic = Základné potreby
group-first_legal = Právna pomoc
group-first_protection = Ochrana
group-needs_basic = Základné potreby
group-health = Zdravie
    .help = Osobitné kategórie údajov: uveďte len to, čo prijímajúce služby potrebujú na zabezpečenie starostlivosti o osobu.
group-safety = Bezpečnostné riziká
group-retrafficking = Riziko opätovného obchodovania
group-perspective = Stanovisko obete
group-travel = Údaje o návrate a ceste
group-lt_basic = Základné potreby
group-lt_measures = Dlhodobá pomoc a opatrenia na sociálne začlenenie
    .help = Pri každom opatrení zaznamenajte, či bolo obchodovanej osobe ponúknuté a či ho osoba prijala.
group-lt_legal = Právna a administratívna pomoc
group-lt_protection = Ochrana
group-proceedings_exploitation = V krajine vykorisťovania
group-proceedings_origin = V krajine pôvodu
group-contacts = Kontakty podľa postupov TRM
group-child = Dieťa
group-child_safeguards = Opatrovník a najlepší záujem dieťaťa
    .help = Dieťa sa vráti až po určení jeho najlepšieho záujmu a po ustanovení opatrovníka.
group-child_needs = Starostlivosť a potreby po návrate

## Fields: header

field-header-date = Dátum
field-header-exploitation_institution = Inštitúcia/organizácia, ktorá vypĺňa formulár v krajine vykorisťovania
field-header-origin_institution = Inštitúcia/organizácia, ktorá vypĺňa formulár v krajine pôvodu
field-consents-share_data = Súhlas obete so zdieľaním údajov medzi krajinou vykorisťovania a krajinou pôvodu
field-consents-share_data_comments = Poznámky k súhlasu so zdieľaním údajov
field-consents-return = Súhlas obete s návratom do krajiny pôvodu/tretej krajiny
field-consents-return_comments = Poznámky k súhlasu s návratom

## Fields: 1.1 personal information

field-personal-name = Meno a priezvisko obchodovanej osoby
field-personal-other_names = Predchádzajúce mená, prezývky
field-personal-sex = Pohlavie
field-personal-place_of_birth = Miesto narodenia
field-personal-date_of_birth = Dátum narodenia
field-personal-age_group = Vek
    .help = Ak dátum narodenia nie je známy, uveďte odhadovaný vek.
field-personal-residence_address = Adresa pobytu
field-personal-residence_country = Krajina pobytu
field-personal-citizenship = Štátne občianstvo
field-personal-marital_status = Rodinný stav
field-personal-valid_travel_document = Má platný cestovný doklad
field-personal-travel_documents = Cestovné doklady
field-personal-travel_document_comments = Poznámky k cestovným dokladom
field-personal-identity_confirmed = Totožnosť potvrdená
field-personal-identity_confirmed_by = Totožnosť potvrdil
field-personal-identity_confirmed_by_other = Totožnosť potvrdil (iné)
field-personal-identity_comments = Poznámky k totožnosti
field-personal-children_to_return = Deti, ktoré sa majú vrátiť
    .help = Ak áno, vyplňte formulár pre dieťa za každé dieťa.
field-personal-languages = Jazyk(y), ktorým(i) obchodovaná osoba hovorí
field-personal-reflection_period = Poskytnuté obdobie na zotavenie a rozmyslenie
field-personal-reflection_start = Obdobie na zotavenie a rozmyslenie: dátum začiatku
field-personal-reflection_end = Obdobie na zotavenie a rozmyslenie: dátum skončenia

## Fields: 1.2 case information

field-case-exploitation_types = Druh vykorisťovania
field-case-exploitation_other = Druh vykorisťovania (iný)
field-case-exploitation_comments = Poznámky k vykorisťovaniu
field-case-recruitment_means = Spôsob náboru
field-case-recruitment_other = Spôsob náboru (iný)
field-case-recruitment_comments = Poznámky k náboru
field-case-recruitment_country = Krajina náboru
field-case-transit_countries = Tranzitná(-é) krajina(-y) počas cesty
field-case-exploitation_countries = Krajina(-y) vykorisťovania
field-case-exploitation_began = Dátum začiatku obchodovania/vykorisťovania
field-case-exploitation_ended = Dátum vymanenia sa z obchodovania/vykorisťovania
field-case-identification_country = Krajina identifikácie
field-case-formal_identification = Formálna identifikácia
field-case-identified_on = Dátum identifikácie
field-case-previously_trafficked = Osoba bola obchodovaná už v minulosti
field-case-previous_exploitation_countries = Krajina(-y) predchádzajúceho vykorisťovania

## Fields: 2. first assistance

field-first_basic-received = Poskytnutá pomoc
field-first_basic-comments = Poznámky k prvotnej pomoci
field-first_legal-residence_permit = Povolenie na prechodný pobyt
field-first_legal-legal_representative = Zabezpečený právny zástupca
field-first_legal-other_procedures = Iné začaté konania
field-first_protection-safety_measures = Poskytnuté bezpečnostné opatrenia
field-first_protection-safety_other = Bezpečnostné opatrenia (iné)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Ubytovanie v krajine pôvodu
field-needs_basic-accommodation_other = Ubytovanie (iné)
field-needs_basic-needs = Potrebná pomoc
field-needs_basic-other_assistance = Iná pomoc
field-health-medical_history = Anamnéza
field-health-chronic_diseases = Chronické ochorenia
field-health-addiction = Závislosť
field-health-medication = Lieky na predpis
field-health-comments = Poznámky k zdraviu
field-safety-risk_assessment = Vykonané posúdenie rizík
field-safety-harm_sources = Osoby, ktoré môžu spôsobiť ujmu
field-safety-harm_other = Osoby, ktoré môžu spôsobiť ujmu (iné)
field-safety-unsafe_locations = Miesta, ktoré nemusia byť bezpečné
field-safety-comments = Poznámky k bezpečnosti
field-retrafficking-risk_level = Riziko opätovného obchodovania
field-retrafficking-assessment_done = Vykonané posúdenie rizika
field-retrafficking-assessed_with = Vykonané v spolupráci s
field-retrafficking-comments = Poznámky k riziku opätovného obchodovania

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Chce vstúpiť do programu pomoci v krajine pôvodu alebo v tretej krajine
field-perspective-informed_of_programme = Dostal(a) informácie o programe pomoci v krajine pôvodu alebo v tretej krajine

## Fields: 5. return and travel data

field-travel-arrival = Dátum a čas príchodu do krajiny pôvodu alebo tretej krajiny
field-travel-transport_modes = Spôsob dopravy
field-travel-transport_details = Hraničný priechod, názov dopravcu, číslo spoja a cestovný poriadok
field-travel-escorts = Meno a kontaktné údaje sprevádzajúcej osoby (osôb)
field-travel-security_measures = Bezpečnostné opatrenia
field-travel-medical_treatment = Lekárske ošetrenie počas cesty
field-travel-receiving_person = Prijímajúca osoba

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Ubytovanie
field-lt_basic-accommodation_other = Ubytovanie (iné)
field-lt_basic-comments = Poznámky k ubytovaniu
field-lt_measures-medical = Dlhodobá zdravotná starostlivosť
field-lt_measures-psychological = Psychologické poradenstvo
field-lt_measures-education = Vzdelávanie
field-lt_measures-vocational_training = Odborná príprava
field-lt_measures-job_placement = Pomoc pri hľadaní zamestnania
field-lt_measures-financial_support = Finančná podpora
field-lt_measures-housing = Príspevok na bývanie/pomoc s bývaním
field-lt_measures-interpretation = Tlmočenie
field-lt_measures-family_mediation = Rodinná mediácia
field-lt_measures-family_therapy = Rodinná terapia/poradenstvo
field-lt_measures-family_contact = Obchodovaná osoba je v pravidelnom kontakte s rodinou
field-lt_measures-family_contact_comments = Poznámky ku kontaktu s rodinou
field-lt_legal-assistance = Poskytnutá právna a administratívna pomoc
field-lt_legal-other = Právna a administratívna pomoc (iná)
field-lt_protection-safety_measures = Uplatnené bezpečnostné opatrenia

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Konanie začaté
field-proceedings_exploitation-kinds = Druh konania
field-proceedings_exploitation-statement_taken = Polícia zaznamenala výpoveď obchodovanej osoby
field-proceedings_exploitation-testified = Obchodovaná osoba svedčila pred súdom
field-proceedings_exploitation-compensation_claimed = Obchodovaná osoba uplatnila nárok na odškodnenie
field-proceedings_exploitation-compensation_obtained = Obchodovaná osoba získala odškodnenie
field-proceedings_exploitation-court_decision = Rozhodnutie súdu
field-proceedings_exploitation-legal_status = Právne postavenie obete
field-proceedings_exploitation-comments = Poznámky ku konaniu
field-proceedings_origin-case_initiated = Konanie začaté
field-proceedings_origin-statement_taken = Polícia zaznamenala výpoveď obchodovanej osoby
field-proceedings_origin-testified = Obchodovaná osoba svedčila pred súdom
field-proceedings_origin-compensation_claimed = Obchodovaná osoba uplatnila nárok na odškodnenie
field-proceedings_origin-compensation_obtained = Obchodovaná osoba získala odškodnenie
field-proceedings_origin-court_decision = Rozhodnutie súdu
field-proceedings_origin-comments = Poznámky ku konaniu

## Fields: 8. contacts

field-contacts-identification_exploitation = Identifikácia: krajina vykorisťovania
field-contacts-identification_origin = Identifikácia: krajina pôvodu
field-contacts-first_assistance_exploitation = Prvotná pomoc a ochrana: krajina vykorisťovania
field-contacts-first_assistance_origin = Prvotná pomoc a ochrana: krajina pôvodu
field-contacts-long_term_exploitation = Dlhodobá pomoc a sociálne začlenenie: krajina vykorisťovania
field-contacts-long_term_origin = Dlhodobá pomoc a sociálne začlenenie: krajina pôvodu
field-contacts-return_exploitation = Návrat: krajina vykorisťovania
field-contacts-return_origin = Návrat: krajina pôvodu
field-contacts-proceedings_exploitation = Trestné a občianskoprávne konanie: krajina vykorisťovania
field-contacts-proceedings_origin = Trestné a občianskoprávne konanie: krajina pôvodu
field-contacts-interpreter_exploitation = Meno tlmočníka: krajina vykorisťovania
field-contacts-interpreter_origin = Meno tlmočníka: krajina pôvodu

## Fields: the child's template

field-child-name = Meno a priezvisko dieťaťa
field-child-relation = Dieťa je
field-child-sex = Pohlavie
field-child-date_of_birth = Dátum narodenia
field-child-age_group = Vek
field-child-citizenship = Štátne občianstvo
field-child-accompanied = Cestuje s rodičom alebo zákonným zástupcom
field-child_safeguards-guardian_appointed = Opatrovník ustanovený
field-child_safeguards-guardian = Opatrovník
field-child_safeguards-best_interests_done = Určenie najlepšieho záujmu dieťaťa vykonané
field-child_safeguards-best_interests_date = Dátum určenia najlepšieho záujmu dieťaťa
field-child_safeguards-best_interests_summary = Zhrnutie určenia najlepšieho záujmu dieťaťa
field-child_safeguards-family_tracing = Pátranie po rodine
field-child_needs-care_on_return = Zabezpečenie starostlivosti po návrate
field-child_needs-schooling = Školská dochádzka
field-child_needs-health_needs = Zdravotné potreby
field-child_needs-comments = Poznámky

## Code lists

list-sex-male = Muž
list-sex-female = Žena
list-sex-other = Iné
list-sex-unknown = Neznáme
list-age_group-under_18 = Menej ako 18 rokov
list-age_group-over_18 = Viac ako 18 rokov
list-age_group-unknown = Neznámy
list-marital_status-single = Slobodný/slobodná
list-marital_status-married = Ženatý/vydatá
list-marital_status-divorced = Rozvedený/rozvedená
list-marital_status-widowed = Vdovec/vdova
list-marital_status-partnership = Partnerský zväzok
list-marital_status-unknown = Neznámy
list-travel_document-passport = Cestovný pas
list-travel_document-laissez_passer = Laissez-passer (náhradný cestovný doklad)
list-travel_document-identity_card = Preukaz totožnosti
list-identity_confirmer-police = Polícia
list-identity_confirmer-embassy_or_consulate = Veľvyslanectvo alebo konzulárny úrad
list-identity_confirmer-civil_registry = Obecný úrad/matrika
list-identity_confirmer-other = Iné
list-exploitation_type-sexual = Sexuálne vykorisťovanie
list-exploitation_type-labour = Pracovné vykorisťovanie
list-exploitation_type-begging = Žobranie
list-exploitation_type-removal_of_organs = Odoberanie orgánov
list-exploitation_type-adoption = Osvojenie (adopcia)
list-exploitation_type-forced_criminality = Delikvencia (nútené páchanie trestnej činnosti)
list-exploitation_type-other = Iné
list-recruitment_means-personal_contact = Prostredníctvom osobného kontaktu
list-recruitment_means-advertisement = Prostredníctvom inzerátu
list-recruitment_means-travel_agency = Prostredníctvom cestovnej kancelárie
list-recruitment_means-employment_agency = Prostredníctvom sprostredkovateľa zamestnania
list-recruitment_means-family_member = Prostredníctvom rodinného príslušníka
list-recruitment_means-abduction_force = Únos/použitie násilia
list-recruitment_means-other = Iné
list-recruitment_means-unknown = Neznámy
list-first_assistance-accommodation = Ubytovanie
list-first_assistance-medical = Lekárske vyšetrenie/pomoc/posúdenie
list-first_assistance-psychological = Psychologické poradenstvo/psychosociálna podpora
list-first_assistance-interpretation = Tlmočenie
list-first_assistance-family_contact = Nadviazaný kontakt s rodinou alebo inými blízkymi osobami
list-first_assistance-legal_adviser = Ustanovený právny poradca
list-first_assistance-guardian = Ustanovený opatrovník
list-permit_status-obtained = Získané
list-permit_status-not_obtained = Nezískané
list-permit_status-procedure_started = Konanie začaté
list-safety_measure-shelter = Ubytovanie v útulku (bezpečné ubytovanie)
list-safety_measure-victim_protection = Ochrana obete
list-safety_measure-physical_protection = Fyzická ochrana
list-safety_measure-resettlement_third_country = Presídlenie do tretej krajiny
list-safety_measure-other = Iné
list-accommodation-shelter = Útulok (bezpečné ubytovanie)
list-accommodation-own_family = Vlastná rodina
list-accommodation-alternative = Alternatívne ubytovanie
list-accommodation-other = Iné
list-origin_need-medical = Lekárske vyšetrenie/pomoc/posúdenie
list-origin_need-psychological = Psychologické poradenstvo/psychosociálna podpora
list-origin_need-family_contact = Nadviazanie kontaktu s rodinou alebo inými blízkymi osobami
list-origin_need-legal_adviser = Právny poradca
list-origin_need-guardian = Opatrovník
list-origin_need-other = Iné
list-harm_source-family_member = Rodinný príslušník
list-harm_source-partner = Partner/partnerka
list-harm_source-friend = Priateľ/priateľka
list-harm_source-community_member = Člen komunity
list-harm_source-other = Iné
list-risk_level-very_high = Veľmi vysoké
list-risk_level-high = Vysoké
list-risk_level-medium = Stredné
list-risk_level-low = Nízke
list-risk_participant-trafficked_person = Obchodovaná osoba
list-risk_participant-relatives = Príbuzní
list-risk_participant-authorities_origin = Orgány krajiny pôvodu
list-risk_participant-authorities_destination = Orgány krajiny určenia
list-risk_participant-guardian = Opatrovník
list-risk_participant-ngo = Mimovládna organizácia
list-risk_participant-other = Iné
list-transport_mode-air = Leteckou dopravou
list-transport_mode-land = Pozemnou dopravou
list-transport_mode-sea = Námornou dopravou
list-legal_assistance-identity_documents = Vydanie dokladov totožnosti
list-legal_assistance-guardian = Ustanovenie opatrovníka
list-legal_assistance-health_insurance_card = Vydanie preukazu zdravotného poistenia
list-legal_assistance-legal_counselling = Právne poradenstvo
list-legal_assistance-legal_representation = Právne zastupovanie
list-legal_assistance-other = Iné
list-proceedings_kind-civil = Občianskoprávne konanie
list-proceedings_kind-criminal = Trestné konanie
list-court_decision-sentenced = Páchateľ odsúdený
list-court_decision-released = Páchateľ prepustený
list-court_decision-underway = Konanie prebieha
list-child_relation-trafficked_person = Obchodovaná osoba
list-child_relation-child_of_person = Dieťa obchodovanej osoby
list-child_relation-other = Iné dieťa v starostlivosti obchodovanej osoby
list-family_tracing-not_needed = Nie je potrebné
list-family_tracing-not_started = Nezačaté
list-family_tracing-in_progress = Prebieha
list-family_tracing-family_found = Rodina nájdená
list-family_tracing-not_found = Rodina nenájdená

## Who fills what, and what kind of data

side-exploitation = Vypĺňa krajina vykorisťovania
side-origin = Vypĺňa krajina pôvodu alebo tretia krajina po návrate obete
side-either = Môže vyplniť ktorákoľvek z krajín
data-institutional = Inštitucionálne údaje
data-personal = Osobné údaje
data-special = Osobitné kategórie údajov

## Values

value-yes = Áno
value-no = Nie
value-empty = Nevyplnené
value-offered = Ponúknuté obchodovanej osobe
value-accepted = Prijaté obchodovanou osobou
value-not-offered = Neponúknuté
value-written-in = jazyk: { $language }
contact-organisation = Inštitúcia/organizácia
contact-person = Kontaktná osoba (osoby)
contact-title = Funkcia
contact-address = Adresa
contact-telephone = Telefón
contact-fax = Fax
contact-mobile = Mobil
contact-email = E-mail
contact-other = Iný kontakt (napr. ID v komunikačnej aplikácii)

## The printed referral

print-confidential = Dôverné: obsahuje osobné údaje a osobitné kategórie údajov o obchodovanej osobe. Nekopírujte ani nepreposielajte.
print-referral = Postúpenie prípadu
print-version = Verzia { $version }
print-template-version = Verzia formulára { $template }, národný profil { $country }, verzia { $profile }
print-state-draft = Návrh: neodoslané
print-state-sent = Odoslané
print-state-received = Prijaté
print-from-to = Odosielateľ: { $from }; príjemca: { $to }
print-child-number = Dieťa { $number }
print-added-by-profile = Pole pridané národným profilom: { $country }
print-unknown-field = Pole, ktoré nie je vo formulári tohto uzla, zobrazené s označením od odosielateľa
print-page-footer = Nadnárodné postúpenie prípadu OpenTRM. Vytlačené { $date }.
print-no-children = Nie je priložený žiadny formulár pre dieťa.
