# OpenTRM - the web interface: every string a person reads on its pages, in Romanian (română).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Salt la conținutul principal
ui-nav-label = Meniul principal
ui-nav-dashboard = Tablou de bord
ui-nav-cases = Cazuri
ui-nav-knowledge = Cunoștințe
ui-nav-account = Contul meu
ui-language = Limba
ui-language-apply = Schimbă
ui-logout = Ieșire
ui-draft-translation = Această traducere este o ciornă care așteaptă revizuirea de către vorbitori nativi care lucrează cu victimele. În caz de îndoială, se aplică versiunea în engleză.
ui-footer = OpenTRM – Mecanismul transnațional de referire. Asistența nu depinde niciodată de cooperarea cu poliția sau instanțele.
ui-continue = Continuă
ui-save = Salvează
ui-yes = Da
ui-no = Nu
ui-choose = Necunoscut
ui-unknown = Necunoscut
ui-notes = Note
ui-next-page = Pagina următoare
ui-child = Copil
ui-overdue = Întârziată
ui-days-left = { $days } zile rămase
ui-form-errors = Vă rugăm să corectați următoarele
ui-hint-date = Data în formatul AAAA-LL-ZZ, de exemplu 2026-03-31
ui-hint-comma = Mai multe? Separați-le prin virgule
ui-hint-country = Codul de două litere al țării, de exemplu AL
ui-hint-countries = Coduri de țară de două litere separate prin virgule, de exemplu AL, MD
ui-hint-language = Codul de două litere al limbii, de exemplu sq
ui-hint-languages = Coduri de limbă de două litere separate prin virgule, de exemplu sq, it

## Errors

ui-error-title = Ceva a oprit această pagină
ui-error-forbidden = Rolul dumneavoastră nu permite acest lucru.
ui-error-csrf = Acest formular nu a fost trimis de pe pagina acestui site sau pagina este prea veche. Reveniți, reîncărcați pagina și încercați din nou.
ui-error-not-found = Aici nu există nimic sau nu aveți dreptul să vedeți.
ui-error-conflict = Altcineva a modificat între timp aceste date. Reîncărcați pagina și încercați din nou.
ui-error-invalid = Cererea nu a putut fi citită.
ui-error-internal = Nodul a avut o problemă. Încercați din nou; dacă se repetă, anunțați administratorul.
ui-error-back = Înapoi la tabloul de bord

## Login and second factor

ui-login-title = Autentificare
ui-login-username = Nume de utilizator
ui-login-password = Parolă
ui-login-code = Codul din aplicația de autentificare
ui-login-code-hint = 6 cifre sau unul dintre codurile de recuperare. Lăsați gol la prima autentificare.
ui-login-submit = Autentificare
ui-login-failed = Numele de utilizator, parola sau codul sunt greșite.
ui-login-locked = Prea multe încercări eșuate: încercați din nou peste { $minutes } minute.
ui-demo-title = Nod demonstrativ: conturi
ui-demo-explain = Acesta este un nod demonstrativ cu date sintetice. Aceste conturi și codurile lor actuale sunt afișate doar pe nodurile demonstrative.
ui-demo-code = Codul actual
ui-demo-valid = Codurile se schimbă la fiecare 30 de secunde (acesta mai este valabil { $seconds } secunde); reîncărcați pagina pentru coduri noi. Fiecare cod funcționează o singură dată.
ui-enrol-title = Configurați aplicația de autentificare
ui-enrol-step-app = Deschideți o aplicație de autentificare pe telefon (orice aplicație pentru coduri bazate pe timp).
ui-enrol-step-secret = Adăugați un cont și introduceți această cheie:
ui-enrol-uri = Aceeași cheie ca link, pentru aplicațiile care îl acceptă
ui-enrol-step-code = Introduceți codul de 6 cifre afișat acum de aplicație.
ui-enrol-code = Codul din aplicație
ui-enrol-submit = Confirmă
ui-enrol-done = Al doilea factor este configurat
ui-enrol-recovery = Păstrați aceste coduri de recuperare într-un loc sigur, separat de telefon. Fiecare vă permite o autentificare dacă pierdeți telefonul. Sunt afișate doar acum.
ui-enrol-done-already = Contul dumneavoastră are deja un al doilea factor.

## Dashboard

ui-dashboard-hello = Bună ziua, { $name }
ui-dashboard-my-cases = Cazurile mele
ui-dashboard-no-cases = Încă nu există cazuri.
ui-dashboard-all-cases = Toate cele { $count } cazuri
ui-dashboard-overdue = Măsuri întârziate
ui-dashboard-none-overdue = Nicio măsură nu este întârziată.
ui-dashboard-overdue-count = { $count } întârziate
ui-dashboard-reflection = Perioade de reflecție care se încheie în { $days } zile
ui-dashboard-none-reflection = Nicio perioadă de reflecție nu se încheie curând.
ui-dashboard-messages = Mesaje în așteptare
ui-dashboard-no-messages = Niciun mesaj nu vă așteaptă.

## Cases

ui-case = Caz
ui-case-new = Caz nou
ui-case-new-intro = Sunt necesare doar statutul, un nume (sau poreclă) și sexul; restul poate fi adăugat mai târziu.
ui-case-create = Creează cazul
ui-case-person = Persoana
ui-case-status = Statut
ui-case-status-hint = Victimele prezumate au dreptul la același tratament ca victimele identificate.
ui-case-change-status = Modifică statutul sau perioada de reflecție
ui-case-unnamed = (niciun nume înregistrat)
ui-case-reflection = Perioada de recuperare și reflecție
ui-case-no-reflection = Nu este înregistrată
ui-case-sections = Pe această pagină
ui-case-unconditional = Asistența este necondiționată: nu depinde niciodată de cooperarea persoanei cu poliția sau instanțele.
ui-cases-all = Toate cazurile
ui-cases-overdue-only = Doar cazurile cu măsuri întârziate
ui-cases-open-measures = Măsuri deschise
ui-cases-overdue = Măsuri întârziate
ui-person-given-name = Prenume
ui-person-family-name = Nume de familie
ui-person-nicknames = Porecle
ui-person-sex = Sex
ui-person-dob = Data nașterii
ui-person-age = Vârsta, dacă data nașterii nu este cunoscută
ui-person-age-hint = O persoană a cărei vârstă nu este cunoscută și care poate avea sub 18 ani este tratată ca un copil.
ui-person-citizenships = Cetățenii
ui-person-languages = Limbi
ui-reflection-starts = Începutul perioadei de reflecție
ui-reflection-ends = Sfârșitul perioadei de reflecție

## The SOP board and measures

ui-board-title = Cele cinci POS
ui-board-a-la-carte = POS sunt à la carte: deschideți orice măsură de care persoana are nevoie, în orice ordine. Nicio măsură nu este condiția alteia.
ui-sop-number = POS { $number }
ui-measure-not-opened = nedeschisă
ui-measure-open = Deschide această măsură
ui-measure-status = Stadiul măsurii
ui-measure-due = Termen
ui-measure-responsible = Organizația responsabilă
ui-guidance = Îndrumări
ui-guidance-english = Textul îndrumărilor este în engleză până la traducere.
ui-guidance-what = Ce
ui-guidance-when = Când
ui-guidance-who = Cine
ui-guidance-how = Cum

## Consent

ui-consents-title = Consimțământ
ui-consents-explain = Consimțământul informat este înregistrat, datat, limitat ca scop și poate fi retras oricând. Nimic personal nu este trimis altei țări fără consimțământul pentru partajarea datelor.
ui-consents-current = Consimțământul actual
ui-consents-none = Încă nu este înregistrat niciun consimțământ.
ui-consents-records = Înregistrări
ui-consent-scope = Pentru
ui-consent-scope-share = partajarea datelor cu { $country } pentru { $purpose }
ui-consent-scope-return = întoarcerea în { $country }
ui-consent-kind = Consimțământ pentru
ui-consent-kind-share_data = partajarea datelor cu o altă țară
ui-consent-kind-return = întoarcerea într-o țară
ui-consent-country = Țara
ui-consent-purpose = Scopul partajării
ui-consent-purpose-hint = Doar pentru consimțământul de partajare a datelor.
ui-consent-decision = Decizia
ui-consent-decided-on = Decisă la
ui-consent-language = Limba în care a fost informată persoana
ui-consent-interpreter = Interpret prezent
ui-consent-record = Înregistrează consimțământul
ui-consent-revoked = Retras
ui-consent-revoke = Retrage
ui-consent-revoke-reason = Motivul (opțional)

## Child safeguards

ui-safeguards-title = Garanții pentru copii
ui-safeguards-rule-guardian = Pentru un copil, căutarea familiei și orice măsură de întoarcere pot fi marcate ca finalizate doar după ce un tutore este înregistrat în caz.
ui-safeguards-rule-bid = Decizia de întoarcere și transferul însuși necesită și o determinare a interesului superior.
ui-safeguards-nothing-blocked = Nimic nu este blocat: tutorele și o determinare a interesului superior sunt înregistrate.
ui-safeguards-blocked = Aceste măsuri nu pot fi încă marcate ca finalizate:
ui-safeguards-needs-guardian = necesită un tutore înregistrat în caz
ui-safeguards-needs-bid = necesită o determinare a interesului superior
ui-guardian = Tutore
ui-guardian-none = Niciun tutore înregistrat.
ui-guardian-name = Numele tutorelui
ui-guardian-organisation = Organizația
ui-guardian-appointed = Numit la
ui-bi-title = Interesul superior
ui-bi-none = Nicio evaluare sau determinare a interesului superior înregistrată.
ui-bi-kind = Tipul
ui-bi-decided-on = Decisă la
ui-bi-decided-by = De către (autoritate sau personal)
ui-bi-summary = Rezumat
ui-bi-add = Adaugă această înregistrare

## Risk and assistance plan

ui-risk-title = Evaluarea riscului
ui-risk-none = Nicio evaluare a riscului înregistrată.
ui-risk-level = Riscul de retraficare
ui-risk-assessed-on = Evaluat la
ui-plan-title = Planul individual de asistență
ui-plan-explain = Un acord scris întocmit împreună cu persoana.
ui-plan-none = Niciun plan înregistrat.
ui-plan-agreed-on = Convenit la
ui-plan-goals = Obiective
ui-plan-goals-hint = Un obiectiv pe rând.
ui-timeline-title = Cronologie

## Identification screening

ui-screening-title = Examinare pentru identificare
ui-screening-explain = Bifați ce ați observat. Examinarea înregistrează aceasta în caz și sugerează pașii următori.
ui-screening-never-decides = O examinare nu decide niciodată statutul unei persoane: vă ajută să observați și să referiți. O suspiciune rezonabilă este suficientă pentru referire.
ui-screening-record = Înregistrează ce am observat
ui-screening-recorded = Înregistrat în caz (POS 1, referirea inițială).
ui-screening-next = Măsuri de luat în considerare
ui-screening-nothing = Niciun semn bifat: nu se sugerează nimic.
ui-ind-group-recruitment = Recrutare
ui-ind-group-control = Control
ui-ind-group-exploitation = Muncă și exploatare
ui-ind-group-wellbeing = Sănătate și frică
ui-ind-group-child = Copii
ui-ind-deceptive_offer = Munca, căsătoria sau călătoria promise persoanei s-au dovedit a fi altfel
ui-ind-debt = Persoana datorează recrutorului sau angajatorului (călătorie, cazare, taxe) o datorie care tot crește
ui-ind-documents_withheld = Altcineva păstrează pașaportul sau actele de identitate ale persoanei
ui-ind-restricted_movement = Persoana nu poate pleca și veni liber
ui-ind-threats = Persoana sau familia sa au fost amenințate
ui-ind-isolation = Persoana nu știe unde locuiește sau lucrează ori nu are contact cu familia
ui-ind-accompanied = Cineva însoțește mereu persoana sau răspunde în locul ei
ui-ind-wages_withheld = Salariul este reținut, foarte mic sau plătit altcuiva
ui-ind-excessive_hours = Program de lucru foarte lung, fără zile libere
ui-ind-forced_activities = Persoana este obligată să cerșească, să fure, să practice prostituția sau să comită infracțiuni
ui-ind-injuries = Semne de abuz fizic, neglijare sau boli netratate
ui-ind-fear_of_authorities = Persoana se teme de poliție, de expulzare sau să vorbească
ui-ind-child_unaccompanied = Un copil fără părinți sau reprezentant legal
ui-ind-child_working = Un copil care muncește, cerșește sau nu merge la școală

## Knowledge

ui-knowledge-sops = Cele cinci POS și măsurile lor
ui-knowledge-definitions = Definiții de lucru
ui-knowledge-definitions-source = Din ghidul TRM (ICMPD, 2012), "Working Definitions and Terminology". Definițiile sunt în engleză până la traducere.
ui-term-at_risk = Persoană expusă riscului de trafic
ui-term-potential_victim = Victimă potențială
ui-term-presumed_victim = Victimă prezumată
ui-term-victim = Victimă a traficului de persoane
ui-term-trafficked_child = Copil victimă a traficului
ui-term-separated_child = Copil separat
ui-term-informed_consent = Consimțământ informat
ui-term-risk_assessment = Evaluarea riscului
ui-term-risk_management_plan = Plan de gestionare a riscului
ui-term-return = Întoarcere
ui-term-social_inclusion = Incluziune socială
ui-term-trm = Mecanism transnațional de referire

## Account

ui-account-role = Rol
ui-account-totp = Al doilea factor
ui-account-totp-on = Este configurată o aplicație de autentificare.
ui-account-totp-off = Încă nu este configurată nicio aplicație de autentificare.
ui-account-recovery-left = Au rămas { $count } coduri de recuperare.
ui-account-password = Parolă
ui-account-current-password = Parola actuală
ui-account-new-password = Parola nouă
ui-account-password-rule = Cel puțin 12 caractere; câteva cuvinte fac o parolă bună.
ui-account-password-change = Schimbă parola
ui-account-password-changed = Parola a fost schimbată. Celelalte sesiuni ale dumneavoastră s-au încheiat.
ui-account-sessions = Unde sunteți autentificat
ui-account-session-started = Începută
ui-account-session-used = Ultima utilizare
ui-account-session-ends = Se încheie cel târziu
ui-account-session-end = Încheie această sesiune
ui-account-session-this = Această sesiune

## SOPs and measures

ui-sop-1 = Identificare
ui-sop-2 = Prima asistență și protecție
ui-sop-3 = Asistență pe termen lung și incluziune socială
ui-sop-4 = Întoarcere și incluziune socială
ui-sop-5 = Proceduri penale și civile
ui-measure-sop1-initial_referral = Referirea inițială
ui-measure-sop1-basic_needs_information = Acces la nevoile de bază și la informații
ui-measure-sop1-early_risk_assessment = Evaluarea timpurie a riscului
ui-measure-sop1-interpretation_mediation = Interpretare și mediere culturală
ui-measure-sop1-reflection_period = Perioada de recuperare și reflecție
ui-measure-sop1-formal_identification = Identificarea (formală)
ui-measure-sop2-assistance_information = Informații despre opțiunile și condițiile de asistență
ui-measure-sop2-legal_information = Informații despre opțiunile și condițiile juridice
ui-measure-sop2-intake_needs_assessment = Preluarea și evaluarea nevoilor
ui-measure-sop2-assistance_protection = Acordarea asistenței și protecției
ui-measure-sop3-individual_assistance_plan = Elaborarea comună a planului individual de asistență
ui-measure-sop3-iap_consent = Proceduri de consimțământ pentru aplicarea planului de asistență
ui-measure-sop3-social_inclusion = Adaptare și incluziune socială
ui-measure-sop3-legal_support = Sprijin și asistență juridică
ui-measure-sop4-informed_decision = Decizia informată de întoarcere
ui-measure-sop4-risk_assessment = Evaluarea riscului și a riscului pentru incluziunea socială
ui-measure-sop4-risk_management_plan = Plan de gestionare a riscului
ui-measure-sop4-family_tracing = Căutarea familiei
ui-measure-sop4-documentation = Documente
ui-measure-sop4-information_sharing = Schimb de informații între organizații și cu persoana
ui-measure-sop4-safe_transfer = Transfer în siguranță și asistență la sosire
ui-measure-sop5-evidence_gathering = Strângerea probelor
ui-measure-sop5-pretrial_support = Pregătirea victimei-martor înainte de proces
ui-measure-sop5-trial_support = Sprijinul victimei-martor în timpul procesului
ui-measure-sop5-post_trial_support = Sprijinul victimei-martor după proces
ui-measure-sop5-compensation_claims = Sprijin pentru cererile de despăgubire

## Code lists

ui-status-at_risk = În situație de risc
ui-status-potential_victim = Victimă potențială
ui-status-presumed_victim = Victimă prezumată
ui-status-identified_formal = Victimă identificată (formal)
ui-status-identified_informal = Victimă identificată (informal)
ui-status-declined_identification = A refuzat identificarea formală
ui-status-not_a_victim = Nu este victimă a traficului
ui-mstatus-planned = Planificată
ui-mstatus-in_progress = În curs
ui-mstatus-done = Finalizată
ui-mstatus-declined_by_person = Refuzată de persoană
ui-mstatus-not_applicable = Nu se aplică
ui-sex-male = Masculin
ui-sex-female = Feminin
ui-sex-other = Altul
ui-sex-unknown = Necunoscut
ui-age-under_18 = Sub 18 ani
ui-age-over_18 = 18 ani sau mai mult
ui-age-unknown = Necunoscută
ui-decision-given = Dat
ui-decision-refused = Refuzat
ui-purpose-referral = referire
ui-purpose-assistance = asistență
ui-purpose-return = întoarcere
ui-purpose-family_tracing = căutarea familiei
ui-purpose-proceedings = proceduri
ui-cstate-given = dat
ui-cstate-refused = refuzat
ui-cstate-revoked = retras
ui-cstate-not_recorded = neînregistrat
ui-risk-very_high = Foarte ridicat
ui-risk-high = Ridicat
ui-risk-medium = Mediu
ui-risk-low = Scăzut
ui-bi-assessment = Evaluarea interesului superior
ui-bi-determination = Determinarea interesului superior
ui-role-administrator = Administrator
ui-role-focal_point = Punct focal
ui-role-case_manager = Manager de caz
ui-role-case_worker = Asistent de caz
ui-role-law_enforcement = Organe de aplicare a legii
ui-role-prosecutor = Procuror
ui-role-guardian = Tutore
ui-role-monitor = Observator independent
ui-role-directory_editor = Editor al registrului
ui-event-case_opened = Caz deschis
ui-event-case_updated = Caz modificat
ui-event-measure_opened = Măsură deschisă
ui-event-measure_updated = Măsură modificată
ui-event-consent_recorded = Consimțământ înregistrat
ui-event-consent_revoked = Consimțământ retras
ui-event-case_shared = Caz partajat
ui-event-share_withdrawn = Partajare retrasă
ui-event-break_glass = Acces de urgență al unui administrator
ui-event-case_restricted = Prelucrare restricționată
ui-event-case_unrestricted = Restricție ridicată
ui-event-case_anonymised = Date personale șterse
ui-event-referral_drafted = Referire redactată
ui-event-referral_edited = Referire modificată
ui-event-referral_sent = Referire trimisă
ui-event-referral_received = Referire primită
