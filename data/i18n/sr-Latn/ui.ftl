# OpenTRM - the web interface: every string a person reads on its pages, in Serbian, Latin script (srpski).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Pređi na glavni sadržaj
ui-nav-label = Glavni meni
ui-nav-dashboard = Kontrolna tabla
ui-nav-cases = Slučajevi
ui-nav-knowledge = Znanje
ui-nav-account = Moj nalog
ui-language = Jezik
ui-language-apply = Promeni
ui-logout = Odjava
ui-draft-translation = Ovaj prevod je nacrt koji čeka reviziju izvornih govornika koji rade sa žrtvama. U slučaju nedoumice važi engleska verzija.
ui-footer = OpenTRM – Transnacionalni mehanizam upućivanja. Pomoć nikada ne zavisi od saradnje sa policijom ili sudovima.
ui-continue = Nastavi
ui-save = Sačuvaj
ui-yes = Da
ui-no = Ne
ui-choose = Nepoznato
ui-unknown = Nepoznato
ui-notes = Beleške
ui-next-page = Sledeća strana
ui-child = Dete
ui-overdue = Kasni
ui-days-left = Preostalo dana: { $days }
ui-form-errors = Molimo ispravite sledeće
ui-hint-date = Datum u obliku GGGG-MM-DD, na primer 2026-03-31
ui-hint-comma = Više njih? Odvojite ih zarezima
ui-hint-country = Dvoslovna oznaka države, na primer AL
ui-hint-countries = Dvoslovne oznake država odvojene zarezima, na primer AL, MD
ui-hint-language = Dvoslovna oznaka jezika, na primer sq
ui-hint-languages = Dvoslovne oznake jezika odvojene zarezima, na primer sq, it

## Errors

ui-error-title = Nešto je zaustavilo ovu stranu
ui-error-forbidden = Vaša uloga to ne dozvoljava.
ui-error-csrf = Ovaj obrazac nije poslat sa strane ovog sajta ili je strana prestara. Vratite se, ponovo učitajte stranu i pokušajte ponovo.
ui-error-not-found = Ovde nema ničega ili to ne smete da vidite.
ui-error-conflict = Neko drugi je u međuvremenu ovo promenio. Ponovo učitajte stranu i pokušajte ponovo.
ui-error-invalid = Zahtev nije moguće pročitati.
ui-error-internal = Čvor je imao problem. Pokušajte ponovo; ako se ponovi, obavestite administratora.
ui-error-back = Nazad na kontrolnu tablu

## Login and second factor

ui-login-title = Prijava
ui-login-username = Korisničko ime
ui-login-password = Lozinka
ui-login-code = Kod iz aplikacije za autentifikaciju
ui-login-code-hint = 6 cifara ili jedan od kodova za oporavak. Ostavite prazno pri prvoj prijavi.
ui-login-submit = Prijavi se
ui-login-failed = Korisničko ime, lozinka ili kod nisu tačni.
ui-login-locked = Previše neuspelih pokušaja: pokušajte ponovo za { $minutes } min.
ui-demo-title = Demonstracioni čvor: prijave
ui-demo-explain = Ovo je demonstracioni čvor sa sintetičkim podacima. Ovi nalozi i njihovi trenutni kodovi prikazuju se samo na demonstracionim čvorovima.
ui-demo-code = Trenutni kod
ui-demo-valid = Kodovi se menjaju svakih 30 sekundi (ovaj važi još { $seconds } s); ponovo učitajte stranu za nove. Svaki kod radi jednom.
ui-enrol-title = Podesite aplikaciju za autentifikaciju
ui-enrol-step-app = Otvorite aplikaciju za autentifikaciju na telefonu (bilo koju aplikaciju za vremenske kodove).
ui-enrol-step-secret = Dodajte nalog i upišite ovaj ključ:
ui-enrol-uri = Isti ključ kao link, za aplikacije koje ga prihvataju
ui-enrol-step-code = Upišite šestocifreni kod koji aplikacija sada prikazuje.
ui-enrol-code = Kod iz aplikacije
ui-enrol-submit = Potvrdi
ui-enrol-done = Drugi faktor je podešen
ui-enrol-recovery = Čuvajte ove kodove za oporavak na sigurnom mestu, odvojeno od telefona. Svaki vas jednom prijavljuje ako izgubite telefon. Prikazuju se samo sada.
ui-enrol-done-already = Vaš nalog već ima drugi faktor.

## Dashboard

ui-dashboard-hello = Dobar dan, { $name }
ui-dashboard-my-cases = Moji slučajevi
ui-dashboard-no-cases = Još nema slučajeva.
ui-dashboard-all-cases = Svi slučajevi ({ $count })
ui-dashboard-overdue = Mere koje kasne
ui-dashboard-none-overdue = Nijedna mera ne kasni.
ui-dashboard-overdue-count = kasni: { $count }
ui-dashboard-reflection = Periodi razmišljanja koji ističu u narednih { $days } dana
ui-dashboard-none-reflection = Nijedan period razmišljanja ne ističe uskoro.
ui-dashboard-messages = Poruke na čekanju
ui-dashboard-no-messages = Nema poruka koje vas čekaju.

## Cases

ui-case = Slučaj
ui-case-new = Novi slučaj
ui-case-new-intro = Potrebni su samo status, ime (ili nadimak) i pol; sve ostalo može se dodati kasnije.
ui-case-create = Otvori slučaj
ui-case-person = Osoba
ui-case-status = Status
ui-case-status-hint = Pretpostavljene žrtve imaju pravo na isti tretman kao identifikovane žrtve.
ui-case-change-status = Promeni status ili period razmišljanja
ui-case-unnamed = (ime nije zabeleženo)
ui-case-reflection = Period oporavka i razmišljanja
ui-case-no-reflection = Nije zabeležen
ui-case-sections = Na ovoj strani
ui-case-unconditional = Pomoć je bezuslovna: nikada ne zavisi od saradnje osobe sa policijom ili sudovima.
ui-cases-all = Svi slučajevi
ui-cases-overdue-only = Samo slučajevi sa merama koje kasne
ui-cases-open-measures = Otvorene mere
ui-cases-overdue = Mere koje kasne
ui-person-given-name = Ime
ui-person-family-name = Prezime
ui-person-nicknames = Nadimci
ui-person-sex = Pol
ui-person-dob = Datum rođenja
ui-person-age = Uzrast, ako datum rođenja nije poznat
ui-person-age-hint = Osoba nepoznatog uzrasta koja bi mogla biti mlađa od 18 godina smatra se detetom.
ui-person-citizenships = Državljanstva
ui-person-languages = Jezici
ui-reflection-starts = Početak perioda razmišljanja
ui-reflection-ends = Kraj perioda razmišljanja

## The SOP board and measures

ui-board-title = Pet SOP-ova
ui-board-a-la-carte = SOP-ovi su à la carte: otvorite bilo koju meru koja je osobi potrebna, bilo kojim redom. Nijedna mera nije uslov za drugu.
ui-sop-number = SOP { $number }
ui-measure-not-opened = nije otvorena
ui-measure-open = Otvori ovu meru
ui-measure-status = Status mere
ui-measure-due = Rok
ui-measure-responsible = Odgovorna organizacija
ui-guidance = Smernice
ui-guidance-english = Tekst smernica je na engleskom dok ne bude preveden.
ui-guidance-what = Šta
ui-guidance-when = Kada
ui-guidance-who = Ko
ui-guidance-how = Kako

## Consent

ui-consents-title = Pristanak
ui-consents-explain = Informisani pristanak se beleži sa datumom i obimom i može se povući u svakom trenutku. Ništa lično se ne šalje drugoj državi bez pristanka na deljenje podataka.
ui-consents-current = Trenutni pristanak
ui-consents-none = Još nije zabeležen pristanak.
ui-consents-records = Zapisi
ui-consent-scope = Za
ui-consent-scope-share = deljenje podataka sa { $country } radi: { $purpose }
ui-consent-scope-return = povratak u { $country }
ui-consent-kind = Pristanak na
ui-consent-kind-share_data = deljenje podataka sa drugom državom
ui-consent-kind-return = povratak u državu
ui-consent-country = Država
ui-consent-purpose = Svrha deljenja
ui-consent-purpose-hint = Samo za pristanak na deljenje podataka.
ui-consent-decision = Odluka
ui-consent-decided-on = Odlučeno dana
ui-consent-language = Jezik na kojem je osoba informisana
ui-consent-interpreter = Prisutan prevodilac
ui-consent-record = Zabeleži pristanak
ui-consent-revoked = Povučen
ui-consent-revoke = Povuci
ui-consent-revoke-reason = Razlog (nije obavezno)

## Child safeguards

ui-safeguards-title = Zaštita deteta
ui-safeguards-rule-guardian = Za dete se traženje porodice i svaka mera povratka mogu označiti kao završene tek kada je u slučaju zabeležen staratelj.
ui-safeguards-rule-bid = Odluka o povratku i sam transfer zahtevaju i utvrđivanje najboljeg interesa deteta.
ui-safeguards-nothing-blocked = Ništa nije zadržano: staratelj i utvrđivanje najboljeg interesa su zabeleženi.
ui-safeguards-blocked = Ove mere se još ne mogu označiti kao završene:
ui-safeguards-needs-guardian = potreban je staratelj zabeležen u slučaju
ui-safeguards-needs-bid = potrebno je utvrđivanje najboljeg interesa
ui-guardian = Staratelj
ui-guardian-none = Staratelj nije zabeležen.
ui-guardian-name = Ime staratelja
ui-guardian-organisation = Organizacija
ui-guardian-appointed = Postavljen dana
ui-bi-title = Najbolji interes
ui-bi-none = Nije zabeležena procena ni utvrđivanje najboljeg interesa.
ui-bi-kind = Vrsta
ui-bi-decided-on = Odlučeno dana
ui-bi-decided-by = Ko (organ ili osoblje)
ui-bi-summary = Rezime
ui-bi-add = Dodaj ovaj zapis

## Risk and assistance plan

ui-risk-title = Procena rizika
ui-risk-none = Procena rizika nije zabeležena.
ui-risk-level = Rizik od ponovne trgovine
ui-risk-assessed-on = Procenjeno dana
ui-plan-title = Individualni plan pomoći
ui-plan-explain = Pisani dogovor sačinjen zajedno sa osobom.
ui-plan-none = Plan nije zabeležen.
ui-plan-agreed-on = Dogovoreno dana
ui-plan-goals = Ciljevi
ui-plan-goals-hint = Jedan cilj po redu.
ui-timeline-title = Hronologija

## Identification screening

ui-screening-title = Provera za identifikaciju
ui-screening-explain = Označite šta ste primetili. Provera to beleži u slučaju i predlaže sledeće korake.
ui-screening-never-decides = Provera nikada ne odlučuje o statusu osobe: pomaže vam da primetite i uputite. Osnovana sumnja je dovoljna za upućivanje.
ui-screening-record = Zabeleži šta sam primetio/la
ui-screening-recorded = Zabeleženo u slučaju (SOP 1, početno upućivanje).
ui-screening-next = Mere koje treba razmotriti
ui-screening-nothing = Nije označen nijedan znak: ništa se ne predlaže.
ui-ind-group-recruitment = Vrbovanje
ui-ind-group-control = Kontrola
ui-ind-group-exploitation = Rad i eksploatacija
ui-ind-group-wellbeing = Zdravlje i strah
ui-ind-group-child = Deca
ui-ind-deceptive_offer = Posao, brak ili putovanje koji su osobi obećani pokazali su se drugačijim
ui-ind-debt = Osoba duguje vrbovatelju ili poslodavcu (put, smeštaj, troškovi) i dug stalno raste
ui-ind-documents_withheld = Neko drugi drži pasoš ili lična dokumenta osobe
ui-ind-restricted_movement = Osoba ne može slobodno da dolazi i odlazi
ui-ind-threats = Osobi ili njenoj porodici se pretilo
ui-ind-isolation = Osoba ne zna gde živi ili radi, ili nema kontakt sa porodicom
ui-ind-accompanied = Neko uvek prati osobu ili odgovara umesto nje
ui-ind-wages_withheld = Plata se zadržava, veoma je niska ili se isplaćuje nekom drugom
ui-ind-excessive_hours = Veoma dugo radno vreme bez slobodnih dana
ui-ind-forced_activities = Osobu primoravaju da prosi, krade, prodaje seksualne usluge ili čini krivična dela
ui-ind-injuries = Znaci fizičkog zlostavljanja, zanemarivanja ili nelečene bolesti
ui-ind-fear_of_authorities = Osoba se boji policije, proterivanja ili razgovora
ui-ind-child_unaccompanied = Dete bez roditelja ili zakonskog staratelja
ui-ind-child_working = Dete koje radi, prosi ili ne ide u školu

## Knowledge

ui-knowledge-sops = Pet SOP-ova i njihove mere
ui-knowledge-definitions = Radne definicije
ui-knowledge-definitions-source = Iz smernica TRM-a (ICMPD, 2012), "Working Definitions and Terminology". Definicije su na engleskom dok ne budu prevedene.
ui-term-at_risk = Osoba u riziku od trgovine ljudima
ui-term-potential_victim = Potencijalna žrtva
ui-term-presumed_victim = Pretpostavljena žrtva
ui-term-victim = Žrtva trgovine ljudima
ui-term-trafficked_child = Dete žrtva trgovine ljudima
ui-term-separated_child = Razdvojeno dete
ui-term-informed_consent = Informisani pristanak
ui-term-risk_assessment = Procena rizika
ui-term-risk_management_plan = Plan upravljanja rizikom
ui-term-return = Povratak
ui-term-social_inclusion = Socijalna uključenost
ui-term-trm = Transnacionalni mehanizam upućivanja

## Account

ui-account-role = Uloga
ui-account-totp = Drugi faktor
ui-account-totp-on = Aplikacija za autentifikaciju je podešena.
ui-account-totp-off = Aplikacija za autentifikaciju još nije podešena.
ui-account-recovery-left = Preostalo kodova za oporavak: { $count }.
ui-account-password = Lozinka
ui-account-current-password = Trenutna lozinka
ui-account-new-password = Nova lozinka
ui-account-password-rule = Najmanje 12 znakova; nekoliko reči čini dobru lozinku.
ui-account-password-change = Promeni lozinku
ui-account-password-changed = Lozinka je promenjena. Vaše ostale sesije su završene.
ui-account-sessions = Gde ste prijavljeni
ui-account-session-started = Početak
ui-account-session-used = Poslednja upotreba
ui-account-session-ends = Ističe najkasnije
ui-account-session-end = Završi ovu sesiju
ui-account-session-this = Ova sesija

## SOPs and measures

ui-sop-1 = Identifikacija
ui-sop-2 = Prva pomoć i zaštita
ui-sop-3 = Dugoročna pomoć i socijalna uključenost
ui-sop-4 = Povratak i socijalna uključenost
ui-sop-5 = Krivični i građanski postupci
ui-measure-sop1-initial_referral = Početno upućivanje
ui-measure-sop1-basic_needs_information = Pristup osnovnim potrebama i informacijama
ui-measure-sop1-early_risk_assessment = Rana procena rizika
ui-measure-sop1-interpretation_mediation = Usmeno prevođenje i kulturna medijacija
ui-measure-sop1-reflection_period = Period oporavka i razmišljanja
ui-measure-sop1-formal_identification = (Formalna) identifikacija
ui-measure-sop2-assistance_information = Informacije o mogućnostima i uslovima pomoći
ui-measure-sop2-legal_information = Informacije o pravnim mogućnostima i uslovima
ui-measure-sop2-intake_needs_assessment = Prijem i procena potreba
ui-measure-sop2-assistance_protection = Pružanje pomoći i zaštite
ui-measure-sop3-individual_assistance_plan = Zajednička izrada individualnog plana pomoći
ui-measure-sop3-iap_consent = Postupci pristanka za sprovođenje plana pomoći
ui-measure-sop3-social_inclusion = Prilagođavanje i socijalna uključenost
ui-measure-sop3-legal_support = Pravna podrška i pomoć
ui-measure-sop4-informed_decision = Informisana odluka o povratku
ui-measure-sop4-risk_assessment = Procena rizika i rizika za socijalnu uključenost
ui-measure-sop4-risk_management_plan = Plan upravljanja rizikom
ui-measure-sop4-family_tracing = Traženje porodice
ui-measure-sop4-documentation = Dokumenta
ui-measure-sop4-information_sharing = Razmena informacija između organizacija i sa osobom
ui-measure-sop4-safe_transfer = Bezbedan transfer i pomoć po dolasku
ui-measure-sop5-evidence_gathering = Prikupljanje dokaza
ui-measure-sop5-pretrial_support = Priprema žrtve-svedoka pre suđenja
ui-measure-sop5-trial_support = Podrška žrtvi-svedoku tokom suđenja
ui-measure-sop5-post_trial_support = Podrška žrtvi-svedoku posle suđenja
ui-measure-sop5-compensation_claims = Podrška zahtevima za naknadu štete

## Code lists

ui-status-at_risk = U riziku
ui-status-potential_victim = Potencijalna žrtva
ui-status-presumed_victim = Pretpostavljena žrtva
ui-status-identified_formal = Identifikovana žrtva (formalno)
ui-status-identified_informal = Identifikovana žrtva (neformalno)
ui-status-declined_identification = Odbila formalnu identifikaciju
ui-status-not_a_victim = Nije žrtva trgovine ljudima
ui-mstatus-planned = Planirana
ui-mstatus-in_progress = U toku
ui-mstatus-done = Završena
ui-mstatus-declined_by_person = Osoba ju je odbila
ui-mstatus-not_applicable = Nije primenljivo
ui-sex-male = Muški
ui-sex-female = Ženski
ui-sex-other = Drugo
ui-sex-unknown = Nepoznato
ui-age-under_18 = Mlađi od 18
ui-age-over_18 = 18 ili stariji
ui-age-unknown = Nepoznato
ui-decision-given = Dat
ui-decision-refused = Odbijen
ui-purpose-referral = upućivanje
ui-purpose-assistance = pomoć
ui-purpose-return = povratak
ui-purpose-family_tracing = traženje porodice
ui-purpose-proceedings = postupci
ui-cstate-given = dat
ui-cstate-refused = odbijen
ui-cstate-revoked = povučen
ui-cstate-not_recorded = nije zabeležen
ui-risk-very_high = Veoma visok
ui-risk-high = Visok
ui-risk-medium = Srednji
ui-risk-low = Nizak
ui-bi-assessment = Procena najboljeg interesa
ui-bi-determination = Utvrđivanje najboljeg interesa
ui-role-administrator = Administrator
ui-role-focal_point = Kontakt tačka
ui-role-case_manager = Menadžer slučaja
ui-role-case_worker = Stručni radnik
ui-role-law_enforcement = Organi za sprovođenje zakona
ui-role-prosecutor = Tužilac
ui-role-guardian = Staratelj
ui-role-monitor = Nezavisni posmatrač
ui-role-directory_editor = Urednik imenika
ui-event-case_opened = Slučaj otvoren
ui-event-case_updated = Slučaj promenjen
ui-event-measure_opened = Mera otvorena
ui-event-measure_updated = Mera promenjena
ui-event-consent_recorded = Pristanak zabeležen
ui-event-consent_revoked = Pristanak povučen
ui-event-case_shared = Slučaj podeljen
ui-event-share_withdrawn = Deljenje povučeno
ui-event-break_glass = Hitan pristup administratora
ui-event-case_restricted = Obrada ograničena
ui-event-case_unrestricted = Ograničenje ukinuto
ui-event-case_anonymised = Lični podaci izbrisani
ui-event-referral_drafted = Uput sačinjen
ui-event-referral_edited = Uput izmenjen
ui-event-referral_sent = Uput poslat
ui-event-referral_received = Uput primljen
