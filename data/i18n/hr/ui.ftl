# OpenTRM - the web interface: every string a person reads on its pages, in Croatian (hrvatski).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Preskoči na glavni sadržaj
ui-nav-label = Glavni izbornik
ui-nav-dashboard = Nadzorna ploča
ui-nav-cases = Slučajevi
ui-nav-knowledge = Znanje
ui-nav-account = Moj račun
ui-language = Jezik
ui-language-apply = Promijeni
ui-logout = Odjava
ui-draft-translation = Ovaj je prijevod nacrt koji čeka reviziju izvornih govornika koji rade sa žrtvama. U slučaju dvojbe vrijedi engleska verzija.
ui-footer = OpenTRM – Transnacionalni mehanizam upućivanja. Pomoć nikada ne ovisi o suradnji s policijom ili sudovima.
ui-continue = Nastavi
ui-save = Spremi
ui-yes = Da
ui-no = Ne
ui-choose = Nepoznato
ui-unknown = Nepoznato
ui-notes = Bilješke
ui-next-page = Sljedeća stranica
ui-child = Dijete
ui-overdue = Kasni
ui-days-left = Preostalo dana: { $days }
ui-form-errors = Molimo ispravite sljedeće
ui-hint-date = Datum u obliku GGGG-MM-DD, na primjer 2026-03-31
ui-hint-comma = Više njih? Odvojite ih zarezima
ui-hint-country = Dvoslovna oznaka države, na primjer AL
ui-hint-countries = Dvoslovne oznake država odvojene zarezima, na primjer AL, MD
ui-hint-language = Dvoslovna oznaka jezika, na primjer sq
ui-hint-languages = Dvoslovne oznake jezika odvojene zarezima, na primjer sq, it

## Errors

ui-error-title = Nešto je zaustavilo ovu stranicu
ui-error-forbidden = Vaša uloga to ne dopušta.
ui-error-csrf = Ovaj obrazac nije poslan sa stranice ove web-lokacije ili je stranica prestara. Vratite se, ponovno učitajte stranicu i pokušajte opet.
ui-error-not-found = Ovdje nema ničega ili to ne smijete vidjeti.
ui-error-conflict = Netko je drugi u međuvremenu to promijenio. Ponovno učitajte stranicu i pokušajte opet.
ui-error-invalid = Zahtjev nije moguće pročitati.
ui-error-internal = Čvor je imao problem. Pokušajte ponovno; ako se ponovi, obavijestite administratora.
ui-error-back = Natrag na nadzornu ploču

## Login and second factor

ui-login-title = Prijava
ui-login-username = Korisničko ime
ui-login-password = Lozinka
ui-login-code = Kôd iz aplikacije za autentifikaciju
ui-login-code-hint = 6 znamenki ili jedan od kodova za oporavak. Ostavite prazno pri prvoj prijavi.
ui-login-submit = Prijava
ui-login-failed = Korisničko ime, lozinka ili kôd nisu točni.
ui-login-locked = Previše neuspjelih pokušaja: pokušajte ponovno za { $minutes } min.
ui-demo-title = Demonstracijski čvor: prijave
ui-demo-explain = Ovo je demonstracijski čvor sa sintetičkim podacima. Ovi računi i njihovi trenutačni kodovi prikazuju se samo na demonstracijskim čvorovima.
ui-demo-code = Trenutačni kôd
ui-demo-valid = Kodovi se mijenjaju svakih 30 sekundi (ovaj vrijedi još { $seconds } s); ponovno učitajte stranicu za nove. Svaki kôd radi jednom.
ui-enrol-title = Postavite aplikaciju za autentifikaciju
ui-enrol-step-app = Otvorite aplikaciju za autentifikaciju na telefonu (bilo koju aplikaciju za vremenske kodove).
ui-enrol-step-secret = Dodajte račun i upišite ovaj ključ:
ui-enrol-uri = Isti ključ kao poveznica, za aplikacije koje je prihvaćaju
ui-enrol-step-code = Upišite šesteroznamenkasti kôd koji aplikacija sada prikazuje.
ui-enrol-code = Kôd iz aplikacije
ui-enrol-submit = Potvrdi
ui-enrol-done = Drugi faktor je postavljen
ui-enrol-recovery = Čuvajte ove kodove za oporavak na sigurnom mjestu, odvojeno od telefona. Svaki vas jednom prijavljuje ako izgubite telefon. Prikazuju se samo sada.
ui-enrol-done-already = Vaš račun već ima drugi faktor.

## Dashboard

ui-dashboard-hello = Dobar dan, { $name }
ui-dashboard-my-cases = Moji slučajevi
ui-dashboard-no-cases = Još nema slučajeva.
ui-dashboard-all-cases = Svi slučajevi ({ $count })
ui-dashboard-overdue = Mjere koje kasne
ui-dashboard-none-overdue = Nijedna mjera ne kasni.
ui-dashboard-overdue-count = kasni: { $count }
ui-dashboard-reflection = Razdoblja razmišljanja koja završavaju u sljedećih { $days } dana
ui-dashboard-none-reflection = Nijedno razdoblje razmišljanja ne završava uskoro.
ui-dashboard-messages = Poruke na čekanju
ui-dashboard-no-messages = Nema poruka koje vas čekaju.

## Cases

ui-case = Slučaj
ui-case-new = Novi slučaj
ui-case-new-intro = Potrebni su samo status, ime (ili nadimak) i spol; sve ostalo može se dodati kasnije.
ui-case-create = Otvori slučaj
ui-case-person = Osoba
ui-case-status = Status
ui-case-status-hint = Pretpostavljene žrtve imaju pravo na isto postupanje kao identificirane žrtve.
ui-case-change-status = Promijeni status ili razdoblje razmišljanja
ui-case-unnamed = (ime nije zabilježeno)
ui-case-reflection = Razdoblje oporavka i razmišljanja
ui-case-no-reflection = Nije zabilježeno
ui-case-sections = Na ovoj stranici
ui-case-unconditional = Pomoć je bezuvjetna: nikada ne ovisi o suradnji osobe s policijom ili sudovima.
ui-cases-all = Svi slučajevi
ui-cases-overdue-only = Samo slučajevi s mjerama koje kasne
ui-cases-open-measures = Otvorene mjere
ui-cases-overdue = Mjere koje kasne
ui-person-given-name = Ime
ui-person-family-name = Prezime
ui-person-nicknames = Nadimci
ui-person-sex = Spol
ui-person-dob = Datum rođenja
ui-person-age = Dob, ako datum rođenja nije poznat
ui-person-age-hint = Osoba nepoznate dobi koja bi mogla biti mlađa od 18 godina smatra se djetetom.
ui-person-citizenships = Državljanstva
ui-person-languages = Jezici
ui-reflection-starts = Početak razdoblja razmišljanja
ui-reflection-ends = Kraj razdoblja razmišljanja

## The SOP board and measures

ui-board-title = Pet SOP-ova
ui-board-a-la-carte = SOP-ovi su à la carte: otvorite bilo koju mjeru koja je osobi potrebna, bilo kojim redom. Nijedna mjera nije uvjet za drugu.
ui-sop-number = SOP { $number }
ui-measure-not-opened = nije otvorena
ui-measure-open = Otvori ovu mjeru
ui-measure-status = Status mjere
ui-measure-due = Rok
ui-measure-responsible = Odgovorna organizacija
ui-guidance = Smjernice
ui-guidance-english = Tekst smjernica je na engleskom dok ne bude preveden.
ui-guidance-what = Što
ui-guidance-when = Kada
ui-guidance-who = Tko
ui-guidance-how = Kako

## Consent

ui-consents-title = Pristanak
ui-consents-explain = Informirani pristanak bilježi se s datumom i opsegom i može se povući u bilo kojem trenutku. Ništa osobno ne šalje se drugoj državi bez pristanka na dijeljenje podataka.
ui-consents-current = Trenutačni pristanak
ui-consents-none = Još nije zabilježen pristanak.
ui-consents-records = Zapisi
ui-consent-scope = Za
ui-consent-scope-share = dijeljenje podataka s { $country } radi: { $purpose }
ui-consent-scope-return = povratak u { $country }
ui-consent-kind = Pristanak na
ui-consent-kind-share_data = dijeljenje podataka s drugom državom
ui-consent-kind-return = povratak u državu
ui-consent-country = Država
ui-consent-purpose = Svrha dijeljenja
ui-consent-purpose-hint = Samo za pristanak na dijeljenje podataka.
ui-consent-decision = Odluka
ui-consent-decided-on = Odlučeno dana
ui-consent-language = Jezik na kojem je osoba informirana
ui-consent-interpreter = Prisutan tumač
ui-consent-record = Zabilježi pristanak
ui-consent-revoked = Povučen
ui-consent-revoke = Povuci
ui-consent-revoke-reason = Razlog (neobavezno)

## Child safeguards

ui-safeguards-title = Zaštita djeteta
ui-safeguards-rule-guardian = Za dijete se traženje obitelji i svaka mjera povratka mogu označiti dovršenima tek kada je u slučaju zabilježen skrbnik.
ui-safeguards-rule-bid = Odluka o povratku i sam premještaj zahtijevaju i utvrđivanje najboljeg interesa djeteta.
ui-safeguards-nothing-blocked = Ništa nije zadržano: skrbnik i utvrđivanje najboljeg interesa su zabilježeni.
ui-safeguards-blocked = Ove se mjere još ne mogu označiti dovršenima:
ui-safeguards-needs-guardian = potreban je skrbnik zabilježen u slučaju
ui-safeguards-needs-bid = potrebno je utvrđivanje najboljeg interesa
ui-guardian = Skrbnik
ui-guardian-none = Skrbnik nije zabilježen.
ui-guardian-name = Ime skrbnika
ui-guardian-organisation = Organizacija
ui-guardian-appointed = Imenovan dana
ui-bi-title = Najbolji interes
ui-bi-none = Nije zabilježena procjena ni utvrđivanje najboljeg interesa.
ui-bi-kind = Vrsta
ui-bi-decided-on = Odlučeno dana
ui-bi-decided-by = Tko (tijelo ili osoblje)
ui-bi-summary = Sažetak
ui-bi-add = Dodaj ovaj zapis

## Risk and assistance plan

ui-risk-title = Procjena rizika
ui-risk-none = Procjena rizika nije zabilježena.
ui-risk-level = Rizik ponovnog trgovanja
ui-risk-assessed-on = Procijenjeno dana
ui-plan-title = Individualni plan pomoći
ui-plan-explain = Pisani dogovor sastavljen zajedno s osobom.
ui-plan-none = Plan nije zabilježen.
ui-plan-agreed-on = Dogovoreno dana
ui-plan-goals = Ciljevi
ui-plan-goals-hint = Jedan cilj po retku.
ui-timeline-title = Vremenski slijed

## Identification screening

ui-screening-title = Probir za identifikaciju
ui-screening-explain = Označite što ste uočili. Probir to bilježi u slučaju i predlaže sljedeće korake.
ui-screening-never-decides = Probir nikada ne odlučuje o statusu osobe: pomaže vam uočiti i uputiti. Razumna sumnja dovoljna je za upućivanje.
ui-screening-record = Zabilježi što sam uočio/la
ui-screening-recorded = Zabilježeno u slučaju (SOP 1, početno upućivanje).
ui-screening-next = Mjere koje treba razmotriti
ui-screening-nothing = Nije označen nijedan znak: ništa se ne predlaže.
ui-ind-group-recruitment = Vrbovanje
ui-ind-group-control = Kontrola
ui-ind-group-exploitation = Rad i iskorištavanje
ui-ind-group-wellbeing = Zdravlje i strah
ui-ind-group-child = Djeca
ui-ind-deceptive_offer = Posao, brak ili putovanje koji su osobi obećani pokazali su se drukčijima
ui-ind-debt = Osoba duguje vrbovatelju ili poslodavcu (put, smještaj, naknade) i dug stalno raste
ui-ind-documents_withheld = Netko drugi drži putovnicu ili osobne dokumente osobe
ui-ind-restricted_movement = Osoba ne može slobodno dolaziti i odlaziti
ui-ind-threats = Osobi ili njezinoj obitelji prijetilo se
ui-ind-isolation = Osoba ne zna gdje živi ili radi, ili nema kontakt s obitelji
ui-ind-accompanied = Netko uvijek prati osobu ili odgovara umjesto nje
ui-ind-wages_withheld = Plaća se zadržava, vrlo je niska ili se isplaćuje nekom drugom
ui-ind-excessive_hours = Vrlo dugo radno vrijeme bez slobodnih dana
ui-ind-forced_activities = Osobu se prisiljava na prosjačenje, krađu, prodaju seksualnih usluga ili kaznena djela
ui-ind-injuries = Znakovi fizičkog zlostavljanja, zanemarivanja ili neliječene bolesti
ui-ind-fear_of_authorities = Osoba se boji policije, protjerivanja ili razgovora
ui-ind-child_unaccompanied = Dijete bez roditelja ili zakonskog skrbnika
ui-ind-child_working = Dijete koje radi, prosi ili ne ide u školu

## Knowledge

ui-knowledge-sops = Pet SOP-ova i njihove mjere
ui-knowledge-definitions = Radne definicije
ui-knowledge-definitions-source = Iz smjernica TRM-a (ICMPD, 2012), "Working Definitions and Terminology". Definicije su na engleskom dok ne budu prevedene.
ui-term-at_risk = Osoba u riziku od trgovanja ljudima
ui-term-potential_victim = Potencijalna žrtva
ui-term-presumed_victim = Pretpostavljena žrtva
ui-term-victim = Žrtva trgovanja ljudima
ui-term-trafficked_child = Dijete žrtva trgovanja
ui-term-separated_child = Odvojeno dijete
ui-term-informed_consent = Informirani pristanak
ui-term-risk_assessment = Procjena rizika
ui-term-risk_management_plan = Plan upravljanja rizikom
ui-term-return = Povratak
ui-term-social_inclusion = Socijalna uključenost
ui-term-trm = Transnacionalni mehanizam upućivanja

## Account

ui-account-role = Uloga
ui-account-totp = Drugi faktor
ui-account-totp-on = Aplikacija za autentifikaciju je postavljena.
ui-account-totp-off = Aplikacija za autentifikaciju još nije postavljena.
ui-account-recovery-left = Preostalo kodova za oporavak: { $count }.
ui-account-password = Lozinka
ui-account-current-password = Trenutačna lozinka
ui-account-new-password = Nova lozinka
ui-account-password-rule = Najmanje 12 znakova; nekoliko riječi čini dobru lozinku.
ui-account-password-change = Promijeni lozinku
ui-account-password-changed = Lozinka je promijenjena. Vaše ostale sesije su završene.
ui-account-sessions = Gdje ste prijavljeni
ui-account-session-started = Početak
ui-account-session-used = Zadnja upotreba
ui-account-session-ends = Završava najkasnije
ui-account-session-end = Završi ovu sesiju
ui-account-session-this = Ova sesija

## SOPs and measures

ui-sop-1 = Identifikacija
ui-sop-2 = Prva pomoć i zaštita
ui-sop-3 = Dugoročna pomoć i socijalna uključenost
ui-sop-4 = Povratak i socijalna uključenost
ui-sop-5 = Kazneni i građanski postupci
ui-measure-sop1-initial_referral = Početno upućivanje
ui-measure-sop1-basic_needs_information = Pristup osnovnim potrebama i informacijama
ui-measure-sop1-early_risk_assessment = Rana procjena rizika
ui-measure-sop1-interpretation_mediation = Usmeno prevođenje i kulturno posredovanje
ui-measure-sop1-reflection_period = Razdoblje oporavka i razmišljanja
ui-measure-sop1-formal_identification = (Formalna) identifikacija
ui-measure-sop2-assistance_information = Informacije o mogućnostima i uvjetima pomoći
ui-measure-sop2-legal_information = Informacije o pravnim mogućnostima i uvjetima
ui-measure-sop2-intake_needs_assessment = Prijem i procjena potreba
ui-measure-sop2-assistance_protection = Pružanje pomoći i zaštite
ui-measure-sop3-individual_assistance_plan = Zajednička izrada individualnog plana pomoći
ui-measure-sop3-iap_consent = Postupci pristanka za provedbu plana pomoći
ui-measure-sop3-social_inclusion = Prilagodba i socijalna uključenost
ui-measure-sop3-legal_support = Pravna potpora i pomoć
ui-measure-sop4-informed_decision = Informirana odluka o povratku
ui-measure-sop4-risk_assessment = Procjena rizika i rizika za socijalnu uključenost
ui-measure-sop4-risk_management_plan = Plan upravljanja rizikom
ui-measure-sop4-family_tracing = Traženje obitelji
ui-measure-sop4-documentation = Dokumenti
ui-measure-sop4-information_sharing = Razmjena informacija između organizacija i s osobom
ui-measure-sop4-safe_transfer = Siguran premještaj i pomoć po dolasku
ui-measure-sop5-evidence_gathering = Prikupljanje dokaza
ui-measure-sop5-pretrial_support = Priprema žrtve-svjedoka prije suđenja
ui-measure-sop5-trial_support = Potpora žrtvi-svjedoku tijekom suđenja
ui-measure-sop5-post_trial_support = Potpora žrtvi-svjedoku nakon suđenja
ui-measure-sop5-compensation_claims = Potpora zahtjevima za naknadu štete

## Code lists

ui-status-at_risk = U riziku
ui-status-potential_victim = Potencijalna žrtva
ui-status-presumed_victim = Pretpostavljena žrtva
ui-status-identified_formal = Identificirana žrtva (formalno)
ui-status-identified_informal = Identificirana žrtva (neformalno)
ui-status-declined_identification = Odbila formalnu identifikaciju
ui-status-not_a_victim = Nije žrtva trgovanja ljudima
ui-mstatus-planned = Planirana
ui-mstatus-in_progress = U tijeku
ui-mstatus-done = Dovršena
ui-mstatus-declined_by_person = Osoba ju je odbila
ui-mstatus-not_applicable = Nije primjenjivo
ui-sex-male = Muški
ui-sex-female = Ženski
ui-sex-other = Drugo
ui-sex-unknown = Nepoznato
ui-age-under_18 = Mlađi od 18
ui-age-over_18 = 18 ili stariji
ui-age-unknown = Nepoznato
ui-decision-given = Dan
ui-decision-refused = Odbijen
ui-purpose-referral = upućivanje
ui-purpose-assistance = pomoć
ui-purpose-return = povratak
ui-purpose-family_tracing = traženje obitelji
ui-purpose-proceedings = postupci
ui-cstate-given = dan
ui-cstate-refused = odbijen
ui-cstate-revoked = povučen
ui-cstate-not_recorded = nije zabilježen
ui-risk-very_high = Vrlo visok
ui-risk-high = Visok
ui-risk-medium = Srednji
ui-risk-low = Nizak
ui-bi-assessment = Procjena najboljeg interesa
ui-bi-determination = Utvrđivanje najboljeg interesa
ui-role-administrator = Administrator
ui-role-focal_point = Kontaktna točka
ui-role-case_manager = Voditelj slučaja
ui-role-case_worker = Stručni radnik
ui-role-law_enforcement = Tijela za provedbu zakona
ui-role-prosecutor = Državni odvjetnik
ui-role-guardian = Skrbnik
ui-role-monitor = Neovisni nadzornik
ui-role-directory_editor = Urednik imenika
ui-event-case_opened = Slučaj otvoren
ui-event-case_updated = Slučaj promijenjen
ui-event-measure_opened = Mjera otvorena
ui-event-measure_updated = Mjera promijenjena
ui-event-consent_recorded = Pristanak zabilježen
ui-event-consent_revoked = Pristanak povučen
ui-event-case_shared = Slučaj podijeljen
ui-event-share_withdrawn = Dijeljenje povučeno
ui-event-break_glass = Hitni pristup administratora
ui-event-case_restricted = Obrada ograničena
ui-event-case_unrestricted = Ograničenje ukinuto
ui-event-case_anonymised = Osobni podaci izbrisani
ui-event-referral_drafted = Uputnica sastavljena
ui-event-referral_edited = Uputnica izmijenjena
ui-event-referral_sent = Uputnica poslana
ui-event-referral_received = Uputnica primljena
