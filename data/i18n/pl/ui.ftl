# OpenTRM - the web interface: every string a person reads on its pages, in Polish (polski).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Przejdź do treści głównej
ui-nav-label = Menu główne
ui-nav-dashboard = Pulpit
ui-nav-cases = Sprawy
ui-nav-knowledge = Wiedza
ui-nav-account = Moje konto
ui-language = Język
ui-language-apply = Zmień
ui-logout = Wyloguj
ui-draft-translation = To tłumaczenie jest wersją roboczą czekającą na przegląd przez rodzimych użytkowników języka pracujących z ofiarami. W razie wątpliwości obowiązuje wersja angielska.
ui-footer = OpenTRM – Międzynarodowy mechanizm kierowania. Pomoc nigdy nie zależy od współpracy z policją ani sądami.
ui-continue = Dalej
ui-save = Zapisz
ui-yes = Tak
ui-no = Nie
ui-choose = Nieznane
ui-unknown = Nieznane
ui-notes = Uwagi
ui-next-page = Następna strona
ui-child = Dziecko
ui-overdue = Po terminie
ui-days-left = Pozostało dni: { $days }
ui-form-errors = Proszę poprawić następujące pola
ui-hint-date = Data w formacie RRRR-MM-DD, na przykład 2026-03-31
ui-hint-comma = Kilka? Oddziel je przecinkami
ui-hint-country = Dwuliterowy kod państwa, na przykład AL
ui-hint-countries = Dwuliterowe kody państw oddzielone przecinkami, na przykład AL, MD
ui-hint-language = Dwuliterowy kod języka, na przykład sq
ui-hint-languages = Dwuliterowe kody języków oddzielone przecinkami, na przykład sq, it

## Errors

ui-error-title = Coś zatrzymało tę stronę
ui-error-forbidden = Twoja rola na to nie pozwala.
ui-error-csrf = Ten formularz nie został wysłany ze strony tego serwisu albo strona jest zbyt stara. Wróć, odśwież stronę i spróbuj ponownie.
ui-error-not-found = Nic tu nie ma albo nie możesz tego zobaczyć.
ui-error-conflict = Ktoś inny w międzyczasie to zmienił. Odśwież stronę i spróbuj ponownie.
ui-error-invalid = Nie udało się odczytać żądania.
ui-error-internal = Węzeł napotkał problem. Spróbuj ponownie; jeśli się powtórzy, powiadom administratora.
ui-error-back = Powrót do pulpitu

## Login and second factor

ui-login-title = Logowanie
ui-login-username = Nazwa użytkownika
ui-login-password = Hasło
ui-login-code = Kod z aplikacji uwierzytelniającej
ui-login-code-hint = 6 cyfr albo jeden z kodów odzyskiwania. Przy pierwszym logowaniu pozostaw puste.
ui-login-submit = Zaloguj
ui-login-failed = Nazwa użytkownika, hasło lub kod są nieprawidłowe.
ui-login-locked = Zbyt wiele nieudanych prób: spróbuj ponownie za { $minutes } min.
ui-demo-title = Węzeł demonstracyjny: logowania
ui-demo-explain = To węzeł demonstracyjny z danymi syntetycznymi. Te konta i ich bieżące kody są pokazywane tylko na węzłach demonstracyjnych.
ui-demo-code = Bieżący kod
ui-demo-valid = Kody zmieniają się co 30 sekund (ten jest ważny jeszcze { $seconds } s); odśwież stronę, aby zobaczyć nowe. Każdy kod działa raz.
ui-enrol-title = Skonfiguruj aplikację uwierzytelniającą
ui-enrol-step-app = Otwórz aplikację uwierzytelniającą w telefonie (dowolną aplikację do kodów czasowych).
ui-enrol-step-secret = Dodaj konto i wpisz ten klucz:
ui-enrol-uri = Ten sam klucz jako link, dla aplikacji, które go przyjmują
ui-enrol-step-code = Wpisz 6-cyfrowy kod, który teraz pokazuje aplikacja.
ui-enrol-code = Kod z aplikacji
ui-enrol-submit = Potwierdź
ui-enrol-done = Drugi składnik jest skonfigurowany
ui-enrol-recovery = Przechowuj te kody odzyskiwania w bezpiecznym miejscu, z dala od telefonu. Każdy pozwala zalogować się raz, jeśli zgubisz telefon. Są pokazywane tylko teraz.
ui-enrol-done-already = Twoje konto ma już drugi składnik.

## Dashboard

ui-dashboard-hello = Dzień dobry, { $name }
ui-dashboard-my-cases = Moje sprawy
ui-dashboard-no-cases = Nie ma jeszcze spraw.
ui-dashboard-all-cases = Wszystkie sprawy ({ $count })
ui-dashboard-overdue = Działania po terminie
ui-dashboard-none-overdue = Żadne działanie nie jest po terminie.
ui-dashboard-overdue-count = po terminie: { $count }
ui-dashboard-reflection = Okresy do namysłu kończące się w ciągu { $days } dni
ui-dashboard-none-reflection = Żaden okres do namysłu nie kończy się wkrótce.
ui-dashboard-messages = Oczekujące wiadomości
ui-dashboard-no-messages = Nie czekają na ciebie żadne wiadomości.

## Cases

ui-case = Sprawa
ui-case-new = Nowa sprawa
ui-case-new-intro = Potrzebne są tylko status, imię (lub pseudonim) i płeć; resztę można dodać później.
ui-case-create = Utwórz sprawę
ui-case-person = Osoba
ui-case-status = Status
ui-case-status-hint = Domniemane ofiary mają prawo do takiego samego traktowania jak ofiary zidentyfikowane.
ui-case-change-status = Zmień status lub okres do namysłu
ui-case-unnamed = (nie zapisano imienia)
ui-case-reflection = Okres na powrót do równowagi i namysł
ui-case-no-reflection = Nie zapisano
ui-case-sections = Na tej stronie
ui-case-unconditional = Pomoc jest bezwarunkowa: nigdy nie zależy od współpracy osoby z policją ani sądami.
ui-cases-all = Wszystkie sprawy
ui-cases-overdue-only = Tylko sprawy z działaniami po terminie
ui-cases-open-measures = Otwarte działania
ui-cases-overdue = Działania po terminie
ui-person-given-name = Imię
ui-person-family-name = Nazwisko
ui-person-nicknames = Pseudonimy
ui-person-sex = Płeć
ui-person-dob = Data urodzenia
ui-person-age = Wiek, jeśli data urodzenia nie jest znana
ui-person-age-hint = Osoba w nieznanym wieku, która może mieć mniej niż 18 lat, jest traktowana jak dziecko.
ui-person-citizenships = Obywatelstwa
ui-person-languages = Języki
ui-reflection-starts = Początek okresu do namysłu
ui-reflection-ends = Koniec okresu do namysłu

## The SOP board and measures

ui-board-title = Pięć SPO
ui-board-a-la-carte = SPO są à la carte: otwórz dowolne działanie, którego osoba potrzebuje, w dowolnej kolejności. Żadne działanie nie jest warunkiem innego.
ui-sop-number = SPO { $number }
ui-measure-not-opened = nieotwarte
ui-measure-open = Otwórz to działanie
ui-measure-status = Stan działania
ui-measure-due = Termin
ui-measure-responsible = Organizacja odpowiedzialna
ui-guidance = Wskazówki
ui-guidance-english = Tekst wskazówek jest po angielsku do czasu przetłumaczenia.
ui-guidance-what = Co
ui-guidance-when = Kiedy
ui-guidance-who = Kto
ui-guidance-how = Jak

## Consent

ui-consents-title = Zgoda
ui-consents-explain = Świadoma zgoda jest zapisywana z datą i zakresem i może zostać wycofana w każdej chwili. Nic osobistego nie jest wysyłane do innego państwa bez zgody na udostępnienie danych.
ui-consents-current = Obecna zgoda
ui-consents-none = Nie zapisano jeszcze żadnej zgody.
ui-consents-records = Zapisy
ui-consent-scope = Na
ui-consent-scope-share = udostępnienie danych { $country } w celu: { $purpose }
ui-consent-scope-return = powrót do { $country }
ui-consent-kind = Zgoda na
ui-consent-kind-share_data = udostępnienie danych innemu państwu
ui-consent-kind-return = powrót do państwa
ui-consent-country = Państwo
ui-consent-purpose = Cel udostępnienia
ui-consent-purpose-hint = Tylko dla zgody na udostępnienie danych.
ui-consent-decision = Decyzja
ui-consent-decided-on = Data decyzji
ui-consent-language = Język, w którym poinformowano osobę
ui-consent-interpreter = Obecny tłumacz
ui-consent-record = Zapisz zgodę
ui-consent-revoked = Wycofana
ui-consent-revoke = Wycofaj
ui-consent-revoke-reason = Powód (opcjonalnie)

## Child safeguards

ui-safeguards-title = Ochrona dziecka
ui-safeguards-rule-guardian = W przypadku dziecka poszukiwanie rodziny i każde działanie dotyczące powrotu można oznaczyć jako wykonane dopiero po zapisaniu opiekuna w sprawie.
ui-safeguards-rule-bid = Decyzja o powrocie i sam transfer wymagają także ustalenia najlepszego interesu dziecka.
ui-safeguards-nothing-blocked = Nic nie jest wstrzymane: opiekun i ustalenie najlepszego interesu są zapisane.
ui-safeguards-blocked = Tych działań nie można jeszcze oznaczyć jako wykonane:
ui-safeguards-needs-guardian = wymaga opiekuna zapisanego w sprawie
ui-safeguards-needs-bid = wymaga ustalenia najlepszego interesu
ui-guardian = Opiekun
ui-guardian-none = Nie zapisano opiekuna.
ui-guardian-name = Imię i nazwisko opiekuna
ui-guardian-organisation = Organizacja
ui-guardian-appointed = Data ustanowienia
ui-bi-title = Najlepszy interes
ui-bi-none = Nie zapisano oceny ani ustalenia najlepszego interesu.
ui-bi-kind = Rodzaj
ui-bi-decided-on = Data decyzji
ui-bi-decided-by = Przez (organ lub personel)
ui-bi-summary = Podsumowanie
ui-bi-add = Dodaj ten zapis

## Risk and assistance plan

ui-risk-title = Ocena ryzyka
ui-risk-none = Nie zapisano oceny ryzyka.
ui-risk-level = Ryzyko ponownego handlu ludźmi
ui-risk-assessed-on = Data oceny
ui-plan-title = Indywidualny plan pomocy
ui-plan-explain = Pisemne porozumienie zawarte wspólnie z osobą.
ui-plan-none = Nie zapisano planu.
ui-plan-agreed-on = Data uzgodnienia
ui-plan-goals = Cele
ui-plan-goals-hint = Jeden cel w wierszu.
ui-timeline-title = Oś czasu

## Identification screening

ui-screening-title = Wstępna ocena identyfikacyjna
ui-screening-explain = Zaznacz, co zaobserwowano. Ocena zapisuje to w sprawie i proponuje kolejne kroki.
ui-screening-never-decides = Ocena nigdy nie rozstrzyga o statusie osoby: pomaga zauważyć i skierować. Uzasadnione podejrzenie wystarcza do skierowania.
ui-screening-record = Zapisz, co zaobserwowałem/-am
ui-screening-recorded = Zapisano w sprawie (SPO 1, wstępne skierowanie).
ui-screening-next = Działania do rozważenia
ui-screening-nothing = Nie zaznaczono żadnego sygnału: nic nie jest proponowane.
ui-ind-group-recruitment = Werbunek
ui-ind-group-control = Kontrola
ui-ind-group-exploitation = Praca i wyzysk
ui-ind-group-wellbeing = Zdrowie i strach
ui-ind-group-child = Dzieci
ui-ind-deceptive_offer = Obiecana osobie praca, małżeństwo lub podróż okazały się czymś innym
ui-ind-debt = Osoba ma u werbownika lub pracodawcy dług (podróż, zakwaterowanie, opłaty), który ciągle rośnie
ui-ind-documents_withheld = Ktoś inny przechowuje paszport lub dokumenty tożsamości osoby
ui-ind-restricted_movement = Osoba nie może swobodnie przychodzić i wychodzić
ui-ind-threats = Grożono osobie lub jej rodzinie
ui-ind-isolation = Osoba nie wie, gdzie mieszka lub pracuje, albo nie ma kontaktu z rodziną
ui-ind-accompanied = Ktoś zawsze towarzyszy osobie lub odpowiada za nią
ui-ind-wages_withheld = Wynagrodzenie jest zatrzymywane, bardzo niskie lub wypłacane komuś innemu
ui-ind-excessive_hours = Bardzo długie godziny pracy bez dni wolnych
ui-ind-forced_activities = Osoba jest zmuszana do żebrania, kradzieży, prostytucji lub popełniania przestępstw
ui-ind-injuries = Oznaki przemocy fizycznej, zaniedbania lub nieleczonej choroby
ui-ind-fear_of_authorities = Osoba boi się policji, wydalenia lub rozmowy
ui-ind-child_unaccompanied = Dziecko bez rodziców lub opiekuna prawnego
ui-ind-child_working = Dziecko, które pracuje, żebrze lub nie chodzi do szkoły

## Knowledge

ui-knowledge-sops = Pięć SPO i ich działania
ui-knowledge-definitions = Definicje robocze
ui-knowledge-definitions-source = Z wytycznych TRM (ICMPD, 2012), "Working Definitions and Terminology". Definicje są po angielsku do czasu przetłumaczenia.
ui-term-at_risk = Osoba zagrożona handlem ludźmi
ui-term-potential_victim = Potencjalna ofiara
ui-term-presumed_victim = Domniemana ofiara
ui-term-victim = Ofiara handlu ludźmi
ui-term-trafficked_child = Dziecko – ofiara handlu ludźmi
ui-term-separated_child = Dziecko odłączone od rodziny
ui-term-informed_consent = Świadoma zgoda
ui-term-risk_assessment = Ocena ryzyka
ui-term-risk_management_plan = Plan zarządzania ryzykiem
ui-term-return = Powrót
ui-term-social_inclusion = Włączenie społeczne
ui-term-trm = Międzynarodowy mechanizm kierowania

## Account

ui-account-role = Rola
ui-account-totp = Drugi składnik
ui-account-totp-on = Aplikacja uwierzytelniająca jest skonfigurowana.
ui-account-totp-off = Aplikacja uwierzytelniająca nie jest jeszcze skonfigurowana.
ui-account-recovery-left = Pozostałe kody odzyskiwania: { $count }.
ui-account-password = Hasło
ui-account-current-password = Obecne hasło
ui-account-new-password = Nowe hasło
ui-account-password-rule = Co najmniej 12 znaków; kilka słów to dobre hasło.
ui-account-password-change = Zmień hasło
ui-account-password-changed = Hasło zostało zmienione. Pozostałe sesje zakończono.
ui-account-sessions = Gdzie jesteś zalogowany
ui-account-session-started = Rozpoczęta
ui-account-session-used = Ostatnie użycie
ui-account-session-ends = Kończy się najpóźniej
ui-account-session-end = Zakończ tę sesję
ui-account-session-this = Ta sesja

## SOPs and measures

ui-sop-1 = Identyfikacja
ui-sop-2 = Pierwsza pomoc i ochrona
ui-sop-3 = Długoterminowa pomoc i włączenie społeczne
ui-sop-4 = Powrót i włączenie społeczne
ui-sop-5 = Postępowania karne i cywilne
ui-measure-sop1-initial_referral = Wstępne skierowanie
ui-measure-sop1-basic_needs_information = Dostęp do podstawowych potrzeb i informacji
ui-measure-sop1-early_risk_assessment = Wczesna ocena ryzyka
ui-measure-sop1-interpretation_mediation = Tłumaczenie ustne i mediacja kulturowa
ui-measure-sop1-reflection_period = Okres na powrót do równowagi i namysł
ui-measure-sop1-formal_identification = Identyfikacja (formalna)
ui-measure-sop2-assistance_information = Informacja o możliwościach i warunkach pomocy
ui-measure-sop2-legal_information = Informacja o możliwościach i warunkach prawnych
ui-measure-sop2-intake_needs_assessment = Przyjęcie i ocena potrzeb
ui-measure-sop2-assistance_protection = Udzielanie pomocy i ochrony
ui-measure-sop3-individual_assistance_plan = Wspólne opracowanie indywidualnego planu pomocy
ui-measure-sop3-iap_consent = Procedury zgody na realizację planu pomocy
ui-measure-sop3-social_inclusion = Adaptacja i włączenie społeczne
ui-measure-sop3-legal_support = Wsparcie i pomoc prawna
ui-measure-sop4-informed_decision = Świadoma decyzja o powrocie
ui-measure-sop4-risk_assessment = Ocena ryzyka i ryzyka dla włączenia społecznego
ui-measure-sop4-risk_management_plan = Plan zarządzania ryzykiem
ui-measure-sop4-family_tracing = Poszukiwanie rodziny
ui-measure-sop4-documentation = Dokumenty
ui-measure-sop4-information_sharing = Wymiana informacji między organizacjami i z osobą
ui-measure-sop4-safe_transfer = Bezpieczny transfer i pomoc po przybyciu
ui-measure-sop5-evidence_gathering = Zbieranie dowodów
ui-measure-sop5-pretrial_support = Przygotowanie ofiary-świadka przed procesem
ui-measure-sop5-trial_support = Wsparcie ofiary-świadka podczas procesu
ui-measure-sop5-post_trial_support = Wsparcie ofiary-świadka po procesie
ui-measure-sop5-compensation_claims = Wsparcie w dochodzeniu odszkodowania

## Code lists

ui-status-at_risk = Zagrożona
ui-status-potential_victim = Potencjalna ofiara
ui-status-presumed_victim = Domniemana ofiara
ui-status-identified_formal = Zidentyfikowana ofiara (formalnie)
ui-status-identified_informal = Zidentyfikowana ofiara (nieformalnie)
ui-status-declined_identification = Odmówiła formalnej identyfikacji
ui-status-not_a_victim = Nie jest ofiarą handlu ludźmi
ui-mstatus-planned = Zaplanowane
ui-mstatus-in_progress = W toku
ui-mstatus-done = Wykonane
ui-mstatus-declined_by_person = Odrzucone przez osobę
ui-mstatus-not_applicable = Nie dotyczy
ui-sex-male = Mężczyzna
ui-sex-female = Kobieta
ui-sex-other = Inna
ui-sex-unknown = Nieznana
ui-age-under_18 = Poniżej 18 lat
ui-age-over_18 = 18 lat lub więcej
ui-age-unknown = Nieznany
ui-decision-given = Udzielona
ui-decision-refused = Odmówiona
ui-purpose-referral = skierowanie
ui-purpose-assistance = pomoc
ui-purpose-return = powrót
ui-purpose-family_tracing = poszukiwanie rodziny
ui-purpose-proceedings = postępowania
ui-cstate-given = udzielona
ui-cstate-refused = odmówiona
ui-cstate-revoked = wycofana
ui-cstate-not_recorded = niezapisana
ui-risk-very_high = Bardzo wysokie
ui-risk-high = Wysokie
ui-risk-medium = Średnie
ui-risk-low = Niskie
ui-bi-assessment = Ocena najlepszego interesu
ui-bi-determination = Ustalenie najlepszego interesu
ui-role-administrator = Administrator
ui-role-focal_point = Punkt kontaktowy
ui-role-case_manager = Koordynator sprawy
ui-role-case_worker = Pracownik prowadzący
ui-role-law_enforcement = Organy ścigania
ui-role-prosecutor = Prokurator
ui-role-guardian = Opiekun
ui-role-monitor = Niezależny obserwator
ui-role-directory_editor = Redaktor katalogu
ui-event-case_opened = Sprawę otwarto
ui-event-case_updated = Sprawę zmieniono
ui-event-measure_opened = Działanie otwarto
ui-event-measure_updated = Działanie zmieniono
ui-event-consent_recorded = Zgodę zapisano
ui-event-consent_revoked = Zgodę wycofano
ui-event-case_shared = Sprawę udostępniono
ui-event-share_withdrawn = Udostępnienie wycofano
ui-event-break_glass = Dostęp awaryjny administratora
ui-event-case_restricted = Przetwarzanie ograniczono
ui-event-case_unrestricted = Ograniczenie zniesiono
ui-event-case_anonymised = Dane osobowe usunięto
ui-event-referral_drafted = Skierowanie przygotowano
ui-event-referral_edited = Skierowanie zmieniono
ui-event-referral_sent = Skierowanie wysłano
ui-event-referral_received = Skierowanie odebrano
