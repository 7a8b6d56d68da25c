# OpenTRM - the web interface: every string a person reads on its pages, in Albanian (shqip).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Kalo te përmbajtja kryesore
ui-nav-label = Menyja kryesore
ui-nav-dashboard = Paneli
ui-nav-cases = Rastet
ui-nav-knowledge = Njohuri
ui-nav-account = Llogaria ime
ui-language = Gjuha
ui-language-apply = Ndrysho
ui-logout = Dil
ui-draft-translation = Ky përkthim është draft dhe pret rishikimin nga folës amtarë që punojnë me viktimat. Në rast dyshimi vlen versioni në anglisht.
ui-footer = OpenTRM – Mekanizmi Transnacional i Referimit. Asistenca nuk varet kurrë nga bashkëpunimi me policinë ose gjykatat.
ui-continue = Vazhdo
ui-save = Ruaj
ui-yes = Po
ui-no = Jo
ui-choose = I panjohur
ui-unknown = I panjohur
ui-notes = Shënime
ui-next-page = Faqja tjetër
ui-child = Fëmijë
ui-overdue = E vonuar
ui-days-left = Kanë mbetur { $days } ditë
ui-form-errors = Ju lutemi korrigjoni sa vijon
ui-hint-date = Data si VVVV-MM-DD, për shembull 2026-03-31
ui-hint-comma = Më shumë se një? Ndajini me presje
ui-hint-country = Kodi dyshkronjësh i vendit, për shembull AL
ui-hint-countries = Kode dyshkronjëshe vendesh të ndara me presje, për shembull AL, MD
ui-hint-language = Kodi dyshkronjësh i gjuhës, për shembull sq
ui-hint-languages = Kode dyshkronjëshe gjuhësh të ndara me presje, për shembull sq, it

## Errors

ui-error-title = Diçka e ndaloi këtë faqe
ui-error-forbidden = Roli juaj nuk e lejon këtë.
ui-error-csrf = Ky formular nuk u dërgua nga faqja e kësaj faqeje interneti, ose faqja është shumë e vjetër. Kthehuni, ringarkoni faqen dhe provoni përsëri.
ui-error-not-found = Këtu nuk ka asgjë, ose nuk keni të drejtë ta shihni.
ui-error-conflict = Dikush tjetër e ndryshoi këtë ndërkohë. Ringarkoni faqen dhe provoni përsëri.
ui-error-invalid = Kërkesa nuk mund të lexohej.
ui-error-internal = Nyja pati një problem. Provoni përsëri; nëse ndodh sërish, njoftoni administratorin.
ui-error-back = Kthehu te paneli

## Login and second factor

ui-login-title = Hyr
ui-login-username = Emri i përdoruesit
ui-login-password = Fjalëkalimi
ui-login-code = Kodi nga aplikacioni i vërtetimit
ui-login-code-hint = 6 shifra, ose një nga kodet e rikuperimit. Lëreni bosh në hyrjen tuaj të parë.
ui-login-submit = Hyr
ui-login-failed = Emri i përdoruesit, fjalëkalimi ose kodi është i gabuar.
ui-login-locked = Shumë përpjekje të dështuara: provoni përsëri pas { $minutes } minutash.
ui-demo-title = Nyje demonstrimi: hyrjet
ui-demo-explain = Kjo është një nyje demonstrimi me të dhëna sintetike. Këto llogari dhe kodet e tyre aktuale shfaqen vetëm në nyjet e demonstrimit.
ui-demo-code = Kodi aktual
ui-demo-valid = Kodet ndryshojnë çdo 30 sekonda (ky vlen edhe { $seconds } sekonda); ringarkoni faqen për kode të reja. Çdo kod funksionon një herë.
ui-enrol-title = Konfiguroni aplikacionin e vërtetimit
ui-enrol-step-app = Hapni një aplikacion vërtetimi në telefon (çdo aplikacion për kode me bazë kohe).
ui-enrol-step-secret = Shtoni një llogari dhe shkruani këtë çelës:
ui-enrol-uri = I njëjti çelës si lidhje, për aplikacionet që e pranojnë
ui-enrol-step-code = Shkruani kodin 6-shifror që tregon tani aplikacioni.
ui-enrol-code = Kodi nga aplikacioni
ui-enrol-submit = Konfirmo
ui-enrol-done = Faktori i dytë është konfiguruar
ui-enrol-recovery = Ruajini këto kode rikuperimi në një vend të sigurt, larg telefonit. Secili ju lejon të hyni një herë nëse e humbni telefonin. Shfaqen vetëm tani.
ui-enrol-done-already = Llogaria juaj ka tashmë një faktor të dytë.

## Dashboard

ui-dashboard-hello = Përshëndetje, { $name }
ui-dashboard-my-cases = Rastet e mia
ui-dashboard-no-cases = Ende nuk ka raste.
ui-dashboard-all-cases = Të gjitha { $count } rastet
ui-dashboard-overdue = Masa të vonuara
ui-dashboard-none-overdue = Asnjë masë nuk është e vonuar.
ui-dashboard-overdue-count = { $count } të vonuara
ui-dashboard-reflection = Periudha reflektimi që mbarojnë brenda { $days } ditëve
ui-dashboard-none-reflection = Asnjë periudhë reflektimi nuk mbaron së shpejti.
ui-dashboard-messages = Mesazhe në pritje
ui-dashboard-no-messages = Nuk ka mesazhe që ju presin.

## Cases

ui-case = Rasti
ui-case-new = Rast i ri
ui-case-new-intro = Nevojiten vetëm statusi, një emër (ose nofkë) dhe gjinia; gjithçka tjetër mund të shtohet më vonë.
ui-case-create = Krijo rastin
ui-case-person = Personi
ui-case-status = Statusi
ui-case-status-hint = Viktimat e supozuara kanë të drejtë për të njëjtin trajtim si viktimat e identifikuara.
ui-case-change-status = Ndrysho statusin ose periudhën e reflektimit
ui-case-unnamed = (nuk është regjistruar emër)
ui-case-reflection = Periudha e rimëkëmbjes dhe reflektimit
ui-case-no-reflection = Nuk është regjistruar
ui-case-sections = Në këtë faqe
ui-case-unconditional = Asistenca është e pakushtëzuar: nuk varet kurrë nga bashkëpunimi i personit me policinë ose gjykatat.
ui-cases-all = Të gjitha rastet
ui-cases-overdue-only = Vetëm rastet me masa të vonuara
ui-cases-open-measures = Masa të hapura
ui-cases-overdue = Masa të vonuara
ui-person-given-name = Emri
ui-person-family-name = Mbiemri
ui-person-nicknames = Nofkat
ui-person-sex = Gjinia
ui-person-dob = Data e lindjes
ui-person-age = Mosha, nëse data e lindjes nuk dihet
ui-person-age-hint = Një person me moshë të panjohur që mund të jetë nën 18 vjeç trajtohet si fëmijë.
ui-person-citizenships = Shtetësitë
ui-person-languages = Gjuhët
ui-reflection-starts = Fillimi i periudhës së reflektimit
ui-reflection-ends = Mbarimi i periudhës së reflektimit

## The SOP board and measures

ui-board-title = Pesë POS-et
ui-board-a-la-carte = POS-et janë à la carte: hapni çdo masë që i nevojitet personit, në çdo rend. Asnjë masë nuk është kusht për një tjetër.
ui-sop-number = POS { $number }
ui-measure-not-opened = e pahapur
ui-measure-open = Hap këtë masë
ui-measure-status = Statusi i masës
ui-measure-due = Afati
ui-measure-responsible = Organizata përgjegjëse
ui-guidance = Udhëzime
ui-guidance-english = Teksti i udhëzimeve është në anglisht derisa të përkthehet.
ui-guidance-what = Çfarë
ui-guidance-when = Kur
ui-guidance-who = Kush
ui-guidance-how = Si

## Consent

ui-consents-title = Pëlqimi
ui-consents-explain = Pëlqimi i informuar regjistrohet, mban datë dhe qëllim, dhe mund të tërhiqet në çdo kohë. Asgjë personale nuk i dërgohet një vendi tjetër pa pëlqimin për ndarjen e të dhënave.
ui-consents-current = Pëlqimi tani
ui-consents-none = Ende nuk është regjistruar pëlqim.
ui-consents-records = Regjistrimet
ui-consent-scope = Për
ui-consent-scope-share = ndarjen e të dhënave me { $country } për { $purpose }
ui-consent-scope-return = kthimin në { $country }
ui-consent-kind = Pëlqim për
ui-consent-kind-share_data = ndarjen e të dhënave me një vend tjetër
ui-consent-kind-return = kthimin në një vend
ui-consent-country = Vendi
ui-consent-purpose = Qëllimi i ndarjes
ui-consent-purpose-hint = Vetëm për pëlqimin për ndarjen e të dhënave.
ui-consent-decision = Vendimi
ui-consent-decided-on = Vendosur më
ui-consent-language = Gjuha në të cilën u informua personi
ui-consent-interpreter = I pranishëm përkthyesi
ui-consent-record = Regjistro pëlqimin
ui-consent-revoked = Tërhequr
ui-consent-revoke = Tërhiq
ui-consent-revoke-reason = Arsyeja (opsionale)

## Child safeguards

ui-safeguards-title = Mbrojtjet për fëmijët
ui-safeguards-rule-guardian = Për një fëmijë, gjurmimi i familjes dhe çdo masë kthimi mund të shënohen të kryera vetëm pasi të jetë regjistruar një kujdestar në rast.
ui-safeguards-rule-bid = Vendimi për kthim dhe vetë transferimi kërkojnë gjithashtu një përcaktim të interesit më të lartë.
ui-safeguards-nothing-blocked = Asgjë nuk është bllokuar: kujdestari dhe një përcaktim i interesit më të lartë janë regjistruar.
ui-safeguards-blocked = Këto masa nuk mund të shënohen ende të kryera:
ui-safeguards-needs-guardian = kërkon një kujdestar të regjistruar në rast
ui-safeguards-needs-bid = kërkon një përcaktim të interesit më të lartë
ui-guardian = Kujdestari
ui-guardian-none = Nuk është regjistruar kujdestar.
ui-guardian-name = Emri i kujdestarit
ui-guardian-organisation = Organizata
ui-guardian-appointed = Emëruar më
ui-bi-title = Interesi më i lartë
ui-bi-none = Nuk është regjistruar vlerësim ose përcaktim i interesit më të lartë.
ui-bi-kind = Lloji
ui-bi-decided-on = Vendosur më
ui-bi-decided-by = Nga (autoriteti ose stafi)
ui-bi-summary = Përmbledhje
ui-bi-add = Shto këtë regjistrim

## Risk and assistance plan

ui-risk-title = Vlerësimi i rrezikut
ui-risk-none = Nuk është regjistruar vlerësim rreziku.
ui-risk-level = Rreziku i ritrafikimit
ui-risk-assessed-on = Vlerësuar më
ui-plan-title = Plani individual i asistencës
ui-plan-explain = Një marrëveshje me shkrim e hartuar së bashku me personin.
ui-plan-none = Nuk është regjistruar plan.
ui-plan-agreed-on = Rënë dakord më
ui-plan-goals = Objektivat
ui-plan-goals-hint = Një objektiv për rresht.
ui-timeline-title = Kronologjia

## Identification screening

ui-screening-title = Shqyrtimi për identifikim
ui-screening-explain = Shënoni atë që vutë re. Shqyrtimi e regjistron në rast dhe sugjeron hapat e ardhshëm.
ui-screening-never-decides = Një shqyrtim nuk vendos kurrë statusin e një personi: ju ndihmon të vini re dhe të referoni. Një dyshim i arsyeshëm mjafton për referim.
ui-screening-record = Regjistro atë që vura re
ui-screening-recorded = U regjistrua në rast (POS 1, referimi fillestar).
ui-screening-next = Masa për t'u marrë parasysh
ui-screening-nothing = Nuk u shënua asnjë shenjë: nuk sugjerohet asgjë.
ui-ind-group-recruitment = Rekrutimi
ui-ind-group-control = Kontrolli
ui-ind-group-exploitation = Puna dhe shfrytëzimi
ui-ind-group-wellbeing = Shëndeti dhe frika
ui-ind-group-child = Fëmijët
ui-ind-deceptive_offer = Puna, martesa ose udhëtimi që iu premtua personit rezultoi ndryshe
ui-ind-debt = Personi i detyrohet një borxh rekrutuesit ose punëdhënësit (udhëtimi, strehimi, tarifat) që vazhdon të rritet
ui-ind-documents_withheld = Dikush tjetër mban pasaportën ose dokumentet e identitetit të personit
ui-ind-restricted_movement = Personi nuk mund të shkojë e të vijë lirisht
ui-ind-threats = Personi ose familja e tij/saj është kërcënuar
ui-ind-isolation = Personi nuk e di ku jeton ose punon, ose nuk ka kontakt me familjen
ui-ind-accompanied = Dikush e shoqëron gjithmonë personin ose përgjigjet në vend të tij/saj
ui-ind-wages_withheld = Pagat mbahen, janë shumë të ulëta ose i paguhen dikujt tjetër
ui-ind-excessive_hours = Orë pune shumë të gjata pa ditë pushimi
ui-ind-forced_activities = Personi detyrohet të lypë, të vjedhë, të shesë seks ose të kryejë vepra penale
ui-ind-injuries = Shenja dhune fizike, neglizhimi ose sëmundjesh të pakuruara
ui-ind-fear_of_authorities = Personi ka frikë nga policia, nga dëbimi ose nga të folurit
ui-ind-child_unaccompanied = Një fëmijë pa prindër ose kujdestar ligjor
ui-ind-child_working = Një fëmijë që punon, lyp ose mbahet jashtë shkollës

## Knowledge

ui-knowledge-sops = Pesë POS-et dhe masat e tyre
ui-knowledge-definitions = Përkufizimet e punës
ui-knowledge-definitions-source = Nga udhëzimet e TRM (ICMPD, 2012), "Working Definitions and Terminology". Përkufizimet janë në anglisht derisa të përkthehen.
ui-term-at_risk = Person në rrezik trafikimi
ui-term-potential_victim = Viktimë e mundshme
ui-term-presumed_victim = Viktimë e supozuar
ui-term-victim = Viktimë e trafikimit
ui-term-trafficked_child = Fëmijë i trafikuar
ui-term-separated_child = Fëmijë i ndarë
ui-term-informed_consent = Pëlqim i informuar
ui-term-risk_assessment = Vlerësimi i rrezikut
ui-term-risk_management_plan = Plani i menaxhimit të rrezikut
ui-term-return = Kthimi
ui-term-social_inclusion = Përfshirja sociale
ui-term-trm = Mekanizmi transnacional i referimit

## Account

ui-account-role = Roli
ui-account-totp = Faktori i dytë
ui-account-totp-on = Është konfiguruar një aplikacion vërtetimi.
ui-account-totp-off = Ende nuk është konfiguruar asnjë aplikacion vërtetimi.
ui-account-recovery-left = Kanë mbetur { $count } kode rikuperimi.
ui-account-password = Fjalëkalimi
ui-account-current-password = Fjalëkalimi aktual
ui-account-new-password = Fjalëkalimi i ri
ui-account-password-rule = Të paktën 12 karaktere; disa fjalë bëjnë një fjalëkalim të mirë.
ui-account-password-change = Ndrysho fjalëkalimin
ui-account-password-changed = Fjalëkalimi u ndryshua. Seancat e tjera tuaja përfunduan.
ui-account-sessions = Ku jeni i/e kyçur
ui-account-session-started = Filloi
ui-account-session-used = Përdorur së fundi
ui-account-session-ends = Mbaron më së voni
ui-account-session-end = Mbyll këtë seancë
ui-account-session-this = Kjo seancë

## SOPs and measures

ui-sop-1 = Identifikimi
ui-sop-2 = Asistenca e parë dhe mbrojtja
ui-sop-3 = Asistenca afatgjatë dhe përfshirja sociale
ui-sop-4 = Kthimi dhe përfshirja sociale
ui-sop-5 = Procedimet penale dhe civile
ui-measure-sop1-initial_referral = Referimi fillestar
ui-measure-sop1-basic_needs_information = Qasja në nevojat bazë dhe informacion
ui-measure-sop1-early_risk_assessment = Vlerësimi i hershëm i rrezikut
ui-measure-sop1-interpretation_mediation = Përkthimi gojor dhe ndërmjetësimi kulturor
ui-measure-sop1-reflection_period = Periudha e rimëkëmbjes dhe reflektimit
ui-measure-sop1-formal_identification = Identifikimi (formal)
ui-measure-sop2-assistance_information = Informacion për mundësitë dhe kushtet e asistencës
ui-measure-sop2-legal_information = Informacion për mundësitë dhe kushtet ligjore
ui-measure-sop2-intake_needs_assessment = Pranimi dhe vlerësimi i nevojave
ui-measure-sop2-assistance_protection = Ofrimi i asistencës dhe mbrojtjes
ui-measure-sop3-individual_assistance_plan = Hartimi i përbashkët i planit individual të asistencës
ui-measure-sop3-iap_consent = Procedurat e pëlqimit për zbatimin e planit të asistencës
ui-measure-sop3-social_inclusion = Përshtatja dhe përfshirja sociale
ui-measure-sop3-legal_support = Mbështetja dhe asistenca ligjore
ui-measure-sop4-informed_decision = Vendimi i informuar për kthim
ui-measure-sop4-risk_assessment = Vlerësimi i rrezikut dhe i rrezikut për përfshirjen sociale
ui-measure-sop4-risk_management_plan = Plani i menaxhimit të rrezikut
ui-measure-sop4-family_tracing = Gjurmimi i familjes
ui-measure-sop4-documentation = Dokumentet
ui-measure-sop4-information_sharing = Shkëmbimi i informacionit midis organizatave dhe me personin
ui-measure-sop4-safe_transfer = Transferimi i sigurt dhe asistenca në mbërritje
ui-measure-sop5-evidence_gathering = Mbledhja e provave
ui-measure-sop5-pretrial_support = Përgatitja e viktimës-dëshmitare para gjykimit
ui-measure-sop5-trial_support = Mbështetja e viktimës-dëshmitare gjatë gjykimit
ui-measure-sop5-post_trial_support = Mbështetja e viktimës-dëshmitare pas gjykimit
ui-measure-sop5-compensation_claims = Mbështetja për kërkesat për kompensim

## Code lists

ui-status-at_risk = Në rrezik
ui-status-potential_victim = Viktimë e mundshme
ui-status-presumed_victim = Viktimë e supozuar
ui-status-identified_formal = Viktimë e identifikuar (formalisht)
ui-status-identified_informal = Viktimë e identifikuar (joformalisht)
ui-status-declined_identification = Refuzoi identifikimin formal
ui-status-not_a_victim = Nuk është viktimë trafikimi
ui-mstatus-planned = E planifikuar
ui-mstatus-in_progress = Në zbatim
ui-mstatus-done = E kryer
ui-mstatus-declined_by_person = E refuzuar nga personi
ui-mstatus-not_applicable = Nuk zbatohet
ui-sex-male = Mashkull
ui-sex-female = Femër
ui-sex-other = Tjetër
ui-sex-unknown = E panjohur
ui-age-under_18 = Nën 18 vjeç
ui-age-over_18 = 18 vjeç e lart
ui-age-unknown = E panjohur
ui-decision-given = Dhënë
ui-decision-refused = Refuzuar
ui-purpose-referral = referim
ui-purpose-assistance = asistencë
ui-purpose-return = kthim
ui-purpose-family_tracing = gjurmim familjeje
ui-purpose-proceedings = procedime
ui-cstate-given = dhënë
ui-cstate-refused = refuzuar
ui-cstate-revoked = tërhequr
ui-cstate-not_recorded = i paregjistruar
ui-risk-very_high = Shumë i lartë
ui-risk-high = I lartë
ui-risk-medium = Mesatar
ui-risk-low = I ulët
ui-bi-assessment = Vlerësimi i interesit më të lartë
ui-bi-determination = Përcaktimi i interesit më të lartë
ui-role-administrator = Administrator
ui-role-focal_point = Pikë kontakti
ui-role-case_manager = Menaxher rasti
ui-role-case_worker = Punonjës rasti
ui-role-law_enforcement = Zbatimi i ligjit
ui-role-prosecutor = Prokuror
ui-role-guardian = Kujdestar
ui-role-monitor = Monitorues i pavarur
ui-role-directory_editor = Redaktor i regjistrit
ui-event-case_opened = Rasti u hap
ui-event-case_updated = Rasti u ndryshua
ui-event-measure_opened = Masa u hap
ui-event-measure_updated = Masa u ndryshua
ui-event-consent_recorded = Pëlqimi u regjistrua
ui-event-consent_revoked = Pëlqimi u tërhoq
ui-event-case_shared = Rasti u nda
ui-event-share_withdrawn = Ndarja u tërhoq
ui-event-break_glass = Qasje emergjente nga një administrator
ui-event-case_restricted = Përpunimi u kufizua
ui-event-case_unrestricted = Kufizimi u hoq
ui-event-case_anonymised = Të dhënat personale u fshinë
ui-event-referral_drafted = Referimi u hartua
ui-event-referral_edited = Referimi u ndryshua
ui-event-referral_sent = Referimi u dërgua
ui-event-referral_received = Referimi u mor
