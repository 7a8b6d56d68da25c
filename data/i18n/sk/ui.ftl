# OpenTRM - the web interface: every string a person reads on its pages, in Slovak (slovenčina).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Preskočiť na hlavný obsah
ui-nav-label = Hlavná ponuka
ui-nav-dashboard = Prehľad
ui-nav-cases = Prípady
ui-nav-knowledge = Vedomosti
ui-nav-account = Môj účet
ui-language = Jazyk
ui-language-apply = Zmeniť
ui-logout = Odhlásiť
ui-draft-translation = Tento preklad je koncept, ktorý čaká na kontrolu rodenými hovoriacimi pracujúcimi s obeťami. V prípade pochybností platí anglická verzia.
ui-footer = OpenTRM – Nadnárodný mechanizmus odovzdávania. Pomoc nikdy nezávisí od spolupráce s políciou alebo súdmi.
ui-continue = Pokračovať
ui-save = Uložiť
ui-yes = Áno
ui-no = Nie
ui-choose = Neznáme
ui-unknown = Neznáme
ui-notes = Poznámky
ui-next-page = Ďalšia strana
ui-child = Dieťa
ui-overdue = Po termíne
ui-days-left = Zostáva dní: { $days }
ui-form-errors = Opravte, prosím, nasledujúce
ui-hint-date = Dátum v tvare RRRR-MM-DD, napríklad 2026-03-31
ui-hint-comma = Viac? Oddeľte ich čiarkami
ui-hint-country = Dvojpísmenový kód krajiny, napríklad AL
ui-hint-countries = Dvojpísmenové kódy krajín oddelené čiarkami, napríklad AL, MD
ui-hint-language = Dvojpísmenový kód jazyka, napríklad sq
ui-hint-languages = Dvojpísmenové kódy jazykov oddelené čiarkami, napríklad sq, it

## Errors

ui-error-title = Niečo zastavilo túto stránku
ui-error-forbidden = Vaša rola to nedovoľuje.
ui-error-csrf = Tento formulár nebol odoslaný zo stránky tejto lokality alebo je stránka príliš stará. Vráťte sa, znovu načítajte stránku a skúste to znova.
ui-error-not-found = Nič tu nie je, alebo to nesmiete vidieť.
ui-error-conflict = Niekto iný to medzitým zmenil. Znovu načítajte stránku a skúste to znova.
ui-error-invalid = Požiadavku nebolo možné prečítať.
ui-error-internal = Uzol mal problém. Skúste to znova; ak sa to zopakuje, informujte správcu.
ui-error-back = Späť na prehľad

## Login and second factor

ui-login-title = Prihlásenie
ui-login-username = Používateľské meno
ui-login-password = Heslo
ui-login-code = Kód z overovacej aplikácie
ui-login-code-hint = 6 číslic alebo jeden z kódov na obnovenie. Pri úplne prvom prihlásení nechajte prázdne.
ui-login-submit = Prihlásiť
ui-login-failed = Používateľské meno, heslo alebo kód sú nesprávne.
ui-login-locked = Príliš veľa neúspešných pokusov: skúste to znova o { $minutes } min.
ui-demo-title = Ukážkový uzol: prihlásenia
ui-demo-explain = Toto je ukážkový uzol so syntetickými údajmi. Tieto účty a ich aktuálne kódy sa zobrazujú iba na ukážkových uzloch.
ui-demo-code = Aktuálny kód
ui-demo-valid = Kódy sa menia každých 30 sekúnd (tento platí ešte { $seconds } s); pre nové znovu načítajte stránku. Každý kód funguje raz.
ui-enrol-title = Nastavte si overovaciu aplikáciu
ui-enrol-step-app = Otvorte overovaciu aplikáciu v telefóne (akúkoľvek aplikáciu na časové kódy).
ui-enrol-step-secret = Pridajte účet a zadajte tento kľúč:
ui-enrol-uri = Ten istý kľúč ako odkaz, pre aplikácie, ktoré ho prijímajú
ui-enrol-step-code = Zadajte 6-ciferný kód, ktorý aplikácia práve zobrazuje.
ui-enrol-code = Kód z aplikácie
ui-enrol-submit = Potvrdiť
ui-enrol-done = Druhý faktor je nastavený
ui-enrol-recovery = Uschovajte tieto kódy na obnovenie na bezpečnom mieste, oddelene od telefónu. Každý vás raz prihlási, ak telefón stratíte. Zobrazujú sa iba teraz.
ui-enrol-done-already = Váš účet už má druhý faktor.

## Dashboard

ui-dashboard-hello = Dobrý deň, { $name }
ui-dashboard-my-cases = Moje prípady
ui-dashboard-no-cases = Zatiaľ žiadne prípady.
ui-dashboard-all-cases = Všetky prípady ({ $count })
ui-dashboard-overdue = Opatrenia po termíne
ui-dashboard-none-overdue = Žiadne opatrenie nie je po termíne.
ui-dashboard-overdue-count = po termíne: { $count }
ui-dashboard-reflection = Obdobia na zotavenie a rozmyslenie, ktoré sa končia do { $days } dní
ui-dashboard-none-reflection = Žiadne obdobie na rozmyslenie sa čoskoro nekončí.
ui-dashboard-messages = Čakajúce správy
ui-dashboard-no-messages = Nečakajú na vás žiadne správy.

## Cases

ui-case = Prípad
ui-case-new = Nový prípad
ui-case-new-intro = Potrebný je len status, meno (alebo prezývka) a pohlavie; všetko ostatné možno doplniť neskôr.
ui-case-create = Vytvoriť prípad
ui-case-person = Osoba
ui-case-status = Status
ui-case-status-hint = Predpokladané obete majú nárok na rovnaké zaobchádzanie ako identifikované obete.
ui-case-change-status = Zmeniť status alebo obdobie na rozmyslenie
ui-case-unnamed = (meno nie je zaznamenané)
ui-case-reflection = Obdobie na zotavenie a rozmyslenie
ui-case-no-reflection = Nie je zaznamenané
ui-case-sections = Na tejto stránke
ui-case-unconditional = Pomoc je bezpodmienečná: nikdy nezávisí od spolupráce osoby s políciou alebo súdmi.
ui-cases-all = Všetky prípady
ui-cases-overdue-only = Iba prípady s opatreniami po termíne
ui-cases-open-measures = Otvorené opatrenia
ui-cases-overdue = Opatrenia po termíne
ui-person-given-name = Meno
ui-person-family-name = Priezvisko
ui-person-nicknames = Prezývky
ui-person-sex = Pohlavie
ui-person-dob = Dátum narodenia
ui-person-age = Vek, ak dátum narodenia nie je známy
ui-person-age-hint = Osoba neznámeho veku, ktorá môže mať menej ako 18 rokov, sa považuje za dieťa.
ui-person-citizenships = Štátne občianstva
ui-person-languages = Jazyky
ui-reflection-starts = Začiatok obdobia na rozmyslenie
ui-reflection-ends = Koniec obdobia na rozmyslenie

## The SOP board and measures

ui-board-title = Päť ŠPP
ui-board-a-la-carte = ŠPP sú à la carte: otvorte akékoľvek opatrenie, ktoré osoba potrebuje, v akomkoľvek poradí. Žiadne opatrenie nie je podmienkou iného.
ui-sop-number = ŠPP { $number }
ui-measure-not-opened = neotvorené
ui-measure-open = Otvoriť toto opatrenie
ui-measure-status = Stav opatrenia
ui-measure-due = Termín
ui-measure-responsible = Zodpovedná organizácia
ui-guidance = Usmernenie
ui-guidance-english = Text usmernenia je v angličtine, kým nebude preložený.
ui-guidance-what = Čo
ui-guidance-when = Kedy
ui-guidance-who = Kto
ui-guidance-how = Ako

## Consent

ui-consents-title = Súhlas
ui-consents-explain = Informovaný súhlas sa zaznamenáva s dátumom a rozsahom a možno ho kedykoľvek odvolať. Nič osobné sa neposiela do inej krajiny bez súhlasu so zdieľaním údajov.
ui-consents-current = Súčasný súhlas
ui-consents-none = Zatiaľ nie je zaznamenaný žiadny súhlas.
ui-consents-records = Záznamy
ui-consent-scope = Na
ui-consent-scope-share = zdieľanie údajov s { $country } na účel: { $purpose }
ui-consent-scope-return = návrat do { $country }
ui-consent-kind = Súhlas s
ui-consent-kind-share_data = zdieľaním údajov s inou krajinou
ui-consent-kind-return = návratom do krajiny
ui-consent-country = Krajina
ui-consent-purpose = Účel zdieľania
ui-consent-purpose-hint = Iba pre súhlas so zdieľaním údajov.
ui-consent-decision = Rozhodnutie
ui-consent-decided-on = Dátum rozhodnutia
ui-consent-language = Jazyk, v ktorom bola osoba informovaná
ui-consent-interpreter = Prítomný tlmočník
ui-consent-record = Zaznamenať súhlas
ui-consent-revoked = Odvolaný
ui-consent-revoke = Odvolať
ui-consent-revoke-reason = Dôvod (nepovinné)

## Child safeguards

ui-safeguards-title = Ochrana dieťaťa
ui-safeguards-rule-guardian = Pri dieťati možno pátranie po rodine a každé opatrenie návratu označiť za dokončené až po zaznamenaní opatrovníka v prípade.
ui-safeguards-rule-bid = Rozhodnutie o návrate a samotný presun vyžadujú aj určenie najlepšieho záujmu dieťaťa.
ui-safeguards-nothing-blocked = Nič nie je pozastavené: opatrovník aj určenie najlepšieho záujmu sú zaznamenané.
ui-safeguards-blocked = Tieto opatrenia zatiaľ nemožno označiť za dokončené:
ui-safeguards-needs-guardian = vyžaduje opatrovníka zaznamenaného v prípade
ui-safeguards-needs-bid = vyžaduje určenie najlepšieho záujmu
ui-guardian = Opatrovník
ui-guardian-none = Opatrovník nie je zaznamenaný.
ui-guardian-name = Meno opatrovníka
ui-guardian-organisation = Organizácia
ui-guardian-appointed = Ustanovený dňa
ui-bi-title = Najlepší záujem
ui-bi-none = Nie je zaznamenané posúdenie ani určenie najlepšieho záujmu.
ui-bi-kind = Druh
ui-bi-decided-on = Dátum rozhodnutia
ui-bi-decided-by = Kto (orgán alebo pracovníci)
ui-bi-summary = Zhrnutie
ui-bi-add = Pridať tento záznam

## Risk and assistance plan

ui-risk-title = Posúdenie rizika
ui-risk-none = Posúdenie rizika nie je zaznamenané.
ui-risk-level = Riziko opätovného obchodovania
ui-risk-assessed-on = Dátum posúdenia
ui-plan-title = Individuálny plán pomoci
ui-plan-explain = Písomná dohoda vypracovaná spoločne s osobou.
ui-plan-none = Plán nie je zaznamenaný.
ui-plan-agreed-on = Dátum dohody
ui-plan-goals = Ciele
ui-plan-goals-hint = Jeden cieľ na riadok.
ui-timeline-title = Časová os

## Identification screening

ui-screening-title = Skríning na identifikáciu
ui-screening-explain = Označte, čo ste spozorovali. Skríning to zaznamená v prípade a navrhne ďalšie kroky.
ui-screening-never-decides = Skríning nikdy nerozhoduje o statuse osoby: pomáha vám všimnúť si a odovzdať. Dôvodné podozrenie stačí na odovzdanie.
ui-screening-record = Zaznamenať, čo som spozoroval/a
ui-screening-recorded = Zaznamenané v prípade (ŠPP 1, prvotné odovzdanie).
ui-screening-next = Opatrenia na zváženie
ui-screening-nothing = Nebol označený žiadny znak: nič sa nenavrhuje.
ui-ind-group-recruitment = Nábor
ui-ind-group-control = Kontrola
ui-ind-group-exploitation = Práca a vykorisťovanie
ui-ind-group-wellbeing = Zdravie a strach
ui-ind-group-child = Deti
ui-ind-deceptive_offer = Práca, manželstvo alebo cesta, ktoré osobe sľúbili, sa ukázali byť iné
ui-ind-debt = Osoba dlhuje náborárovi alebo zamestnávateľovi (cesta, ubytovanie, poplatky) a dlh stále rastie
ui-ind-documents_withheld = Niekto iný má u seba pas alebo doklady totožnosti osoby
ui-ind-restricted_movement = Osoba nemôže voľne prichádzať a odchádzať
ui-ind-threats = Osobe alebo jej rodine sa vyhrážali
ui-ind-isolation = Osoba nevie, kde býva alebo pracuje, alebo nemá kontakt s rodinou
ui-ind-accompanied = Niekto osobu stále sprevádza alebo odpovedá za ňu
ui-ind-wages_withheld = Mzda je zadržiavaná, veľmi nízka alebo vyplácaná niekomu inému
ui-ind-excessive_hours = Veľmi dlhý pracovný čas bez dní voľna
ui-ind-forced_activities = Osobu nútia žobrať, kradnúť, predávať sex alebo páchať trestné činy
ui-ind-injuries = Známky fyzického týrania, zanedbávania alebo neliečenej choroby
ui-ind-fear_of_authorities = Osoba sa bojí polície, vyhostenia alebo rozprávať
ui-ind-child_unaccompanied = Dieťa bez rodičov alebo zákonného zástupcu
ui-ind-child_working = Dieťa, ktoré pracuje, žobre alebo nechodí do školy

## Knowledge

ui-knowledge-sops = Päť ŠPP a ich opatrenia
ui-knowledge-definitions = Pracovné definície
ui-knowledge-definitions-source = Z usmernení TRM (ICMPD, 2012), "Working Definitions and Terminology". Definície sú v angličtine, kým nebudú preložené.
ui-term-at_risk = Osoba ohrozená obchodovaním
ui-term-potential_victim = Potenciálna obeť
ui-term-presumed_victim = Predpokladaná obeť
ui-term-victim = Obeť obchodovania s ľuďmi
ui-term-trafficked_child = Dieťa – obeť obchodovania
ui-term-separated_child = Odlúčené dieťa
ui-term-informed_consent = Informovaný súhlas
ui-term-risk_assessment = Posúdenie rizika
ui-term-risk_management_plan = Plán riadenia rizika
ui-term-return = Návrat
ui-term-social_inclusion = Sociálne začlenenie
ui-term-trm = Nadnárodný mechanizmus odovzdávania

## Account

ui-account-role = Rola
ui-account-totp = Druhý faktor
ui-account-totp-on = Overovacia aplikácia je nastavená.
ui-account-totp-off = Overovacia aplikácia ešte nie je nastavená.
ui-account-recovery-left = Zostávajúce kódy na obnovenie: { $count }.
ui-account-password = Heslo
ui-account-current-password = Súčasné heslo
ui-account-new-password = Nové heslo
ui-account-password-rule = Aspoň 12 znakov; niekoľko slov tvorí dobré heslo.
ui-account-password-change = Zmeniť heslo
ui-account-password-changed = Heslo je zmenené. Vaše ostatné relácie boli ukončené.
ui-account-sessions = Kde ste prihlásený
ui-account-session-started = Začiatok
ui-account-session-used = Naposledy použité
ui-account-session-ends = Končí najneskôr
ui-account-session-end = Ukončiť túto reláciu
ui-account-session-this = Táto relácia

## SOPs and measures

ui-sop-1 = Identifikácia
ui-sop-2 = Prvotná pomoc a ochrana
ui-sop-3 = Dlhodobá pomoc a sociálne začlenenie
ui-sop-4 = Návrat a sociálne začlenenie
ui-sop-5 = Trestné a občianske konania
ui-measure-sop1-initial_referral = Prvotné odovzdanie
ui-measure-sop1-basic_needs_information = Prístup k základným potrebám a informáciám
ui-measure-sop1-early_risk_assessment = Včasné posúdenie rizika
ui-measure-sop1-interpretation_mediation = Tlmočenie a kultúrna mediácia
ui-measure-sop1-reflection_period = Obdobie na zotavenie a rozmyslenie
ui-measure-sop1-formal_identification = (Formálna) identifikácia
ui-measure-sop2-assistance_information = Informácie o možnostiach a podmienkach pomoci
ui-measure-sop2-legal_information = Informácie o právnych možnostiach a podmienkach
ui-measure-sop2-intake_needs_assessment = Prijatie a posúdenie potrieb
ui-measure-sop2-assistance_protection = Poskytovanie pomoci a ochrany
ui-measure-sop3-individual_assistance_plan = Spoločná príprava individuálneho plánu pomoci
ui-measure-sop3-iap_consent = Postupy súhlasu na realizáciu plánu pomoci
ui-measure-sop3-social_inclusion = Prispôsobenie a sociálne začlenenie
ui-measure-sop3-legal_support = Právna podpora a pomoc
ui-measure-sop4-informed_decision = Informované rozhodnutie o návrate
ui-measure-sop4-risk_assessment = Posúdenie rizika a rizika pre sociálne začlenenie
ui-measure-sop4-risk_management_plan = Plán riadenia rizika
ui-measure-sop4-family_tracing = Pátranie po rodine
ui-measure-sop4-documentation = Doklady
ui-measure-sop4-information_sharing = Výmena informácií medzi organizáciami a s osobou
ui-measure-sop4-safe_transfer = Bezpečný presun a pomoc po príchode
ui-measure-sop5-evidence_gathering = Zhromažďovanie dôkazov
ui-measure-sop5-pretrial_support = Príprava obete-svedka pred procesom
ui-measure-sop5-trial_support = Podpora obete-svedka počas procesu
ui-measure-sop5-post_trial_support = Podpora obete-svedka po procese
ui-measure-sop5-compensation_claims = Podpora pri nárokoch na odškodnenie

## Code lists

ui-status-at_risk = Ohrozená
ui-status-potential_victim = Potenciálna obeť
ui-status-presumed_victim = Predpokladaná obeť
ui-status-identified_formal = Identifikovaná obeť (formálne)
ui-status-identified_informal = Identifikovaná obeť (neformálne)
ui-status-declined_identification = Odmietla formálnu identifikáciu
ui-status-not_a_victim = Nie je obeťou obchodovania
ui-mstatus-planned = Plánované
ui-mstatus-in_progress = Prebieha
ui-mstatus-done = Dokončené
ui-mstatus-declined_by_person = Osoba odmietla
ui-mstatus-not_applicable = Neuplatňuje sa
ui-sex-male = Muž
ui-sex-female = Žena
ui-sex-other = Iné
ui-sex-unknown = Neznáme
ui-age-under_18 = Menej ako 18
ui-age-over_18 = 18 alebo viac
ui-age-unknown = Neznámy
ui-decision-given = Udelený
ui-decision-refused = Odmietnutý
ui-purpose-referral = odovzdanie
ui-purpose-assistance = pomoc
ui-purpose-return = návrat
ui-purpose-family_tracing = pátranie po rodine
ui-purpose-proceedings = konania
ui-cstate-given = udelený
ui-cstate-refused = odmietnutý
ui-cstate-revoked = odvolaný
ui-cstate-not_recorded = nezaznamenaný
ui-risk-very_high = Veľmi vysoké
ui-risk-high = Vysoké
ui-risk-medium = Stredné
ui-risk-low = Nízke
ui-bi-assessment = Posúdenie najlepšieho záujmu
ui-bi-determination = Určenie najlepšieho záujmu
ui-role-administrator = Správca
ui-role-focal_point = Kontaktné miesto
ui-role-case_manager = Manažér prípadu
ui-role-case_worker = Pracovník prípadu
ui-role-law_enforcement = Orgány presadzovania práva
ui-role-prosecutor = Prokurátor
ui-role-guardian = Opatrovník
ui-role-monitor = Nezávislý pozorovateľ
ui-role-directory_editor = Redaktor adresára
ui-event-case_opened = Prípad otvorený
ui-event-case_updated = Prípad zmenený
ui-event-measure_opened = Opatrenie otvorené
ui-event-measure_updated = Opatrenie zmenené
ui-event-consent_recorded = Súhlas zaznamenaný
ui-event-consent_revoked = Súhlas odvolaný
ui-event-case_shared = Prípad zdieľaný
ui-event-share_withdrawn = Zdieľanie zrušené
ui-event-break_glass = Núdzový prístup správcu
ui-event-case_restricted = Spracúvanie obmedzené
ui-event-case_unrestricted = Obmedzenie zrušené
ui-event-case_anonymised = Osobné údaje vymazané
ui-event-referral_drafted = Odovzdanie pripravené
ui-event-referral_edited = Odovzdanie upravené
ui-event-referral_sent = Odovzdanie odoslané
ui-event-referral_received = Odovzdanie prijaté
