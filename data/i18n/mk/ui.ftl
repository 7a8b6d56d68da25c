# OpenTRM - the web interface: every string a person reads on its pages, in Macedonian (македонски).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Премини на главната содржина
ui-nav-label = Главно мени
ui-nav-dashboard = Контролна табла
ui-nav-cases = Случаи
ui-nav-knowledge = Знаење
ui-nav-account = Мојата сметка
ui-language = Јазик
ui-language-apply = Промени
ui-logout = Одјава
ui-draft-translation = Овој превод е нацрт што чека преглед од мајчини говорители кои работат со жртви. Во случај на сомнеж важи англиската верзија.
ui-footer = OpenTRM – Транснационален механизам за упатување. Помошта никогаш не зависи од соработка со полицијата или судовите.
ui-continue = Продолжи
ui-save = Зачувај
ui-yes = Да
ui-no = Не
ui-choose = Непознато
ui-unknown = Непознато
ui-notes = Белешки
ui-next-page = Следна страница
ui-child = Дете
ui-overdue = Задоцнета
ui-days-left = Преостануваат { $days } дена
ui-form-errors = Ве молиме поправете го следново
ui-hint-date = Датум во облик ГГГГ-ММ-ДД, на пример 2026-03-31
ui-hint-comma = Повеќе од едно? Одделете ги со запирки
ui-hint-country = Двобуквена ознака на држава, на пример AL
ui-hint-countries = Двобуквени ознаки на држави одделени со запирки, на пример AL, MD
ui-hint-language = Двобуквена ознака на јазик, на пример sq
ui-hint-languages = Двобуквени ознаки на јазици одделени со запирки, на пример sq, it

## Errors

ui-error-title = Нешто ја запре оваа страница
ui-error-forbidden = Вашата улога не го дозволува ова.
ui-error-csrf = Овој образец не е испратен од страница на ова место или страницата е премногу стара. Вратете се, повторно вчитајте ја страницата и обидете се пак.
ui-error-not-found = Тука нема ништо или немате право да го видите.
ui-error-conflict = Некој друг го промени ова во меѓувреме. Повторно вчитајте ја страницата и обидете се пак.
ui-error-invalid = Барањето не можеше да се прочита.
ui-error-internal = Јазолот имаше проблем. Обидете се повторно; ако се повтори, известете го администраторот.
ui-error-back = Назад на контролната табла

## Login and second factor

ui-login-title = Најава
ui-login-username = Корисничко име
ui-login-password = Лозинка
ui-login-code = Код од апликацијата за автентикација
ui-login-code-hint = 6 цифри или еден од кодовите за враќање. Оставете празно при првата најава.
ui-login-submit = Најави се
ui-login-failed = Корисничкото име, лозинката или кодот се погрешни.
ui-login-locked = Премногу неуспешни обиди: обидете се повторно за { $minutes } мин.
ui-demo-title = Демонстрациски јазол: најави
ui-demo-explain = Ова е демонстрациски јазол со синтетички податоци. Овие сметки и нивните тековни кодови се прикажуваат само на демонстрациски јазли.
ui-demo-code = Тековен код
ui-demo-valid = Кодовите се менуваат на секои 30 секунди (овој важи уште { $seconds } с); повторно вчитајте ја страницата за нови. Секој код работи еднаш.
ui-enrol-title = Поставете ја апликацијата за автентикација
ui-enrol-step-app = Отворете апликација за автентикација на телефонот (која било апликација за временски кодови).
ui-enrol-step-secret = Додајте сметка и внесете го овој клуч:
ui-enrol-uri = Истиот клуч како врска, за апликации што ја прифаќаат
ui-enrol-step-code = Внесете го 6-цифрениот код што апликацијата го прикажува сега.
ui-enrol-code = Код од апликацијата
ui-enrol-submit = Потврди
ui-enrol-done = Вториот фактор е поставен
ui-enrol-recovery = Чувајте ги овие кодови за враќање на безбедно место, одвоено од телефонот. Секој ви овозможува една најава ако го изгубите телефонот. Се прикажуваат само сега.
ui-enrol-done-already = Вашата сметка веќе има втор фактор.

## Dashboard

ui-dashboard-hello = Добар ден, { $name }
ui-dashboard-my-cases = Мои случаи
ui-dashboard-no-cases = Сѐ уште нема случаи.
ui-dashboard-all-cases = Сите случаи ({ $count })
ui-dashboard-overdue = Задоцнети мерки
ui-dashboard-none-overdue = Ниту една мерка не е задоцнета.
ui-dashboard-overdue-count = задоцнети: { $count }
ui-dashboard-reflection = Периоди за размислување што завршуваат во рок од { $days } дена
ui-dashboard-none-reflection = Ниту еден период за размислување не завршува наскоро.
ui-dashboard-messages = Пораки што чекаат
ui-dashboard-no-messages = Нема пораки што ве чекаат.

## Cases

ui-case = Случај
ui-case-new = Нов случај
ui-case-new-intro = Потребни се само статусот, име (или прекар) и полот; сѐ друго може да се додаде подоцна.
ui-case-create = Создај го случајот
ui-case-person = Лице
ui-case-status = Статус
ui-case-status-hint = Претпоставените жртви имаат право на ист третман како идентификуваните жртви.
ui-case-change-status = Промени го статусот или периодот за размислување
ui-case-unnamed = (нема запишано име)
ui-case-reflection = Период за закрепнување и размислување
ui-case-no-reflection = Не е запишан
ui-case-sections = На оваа страница
ui-case-unconditional = Помошта е безусловна: никогаш не зависи од соработката на лицето со полицијата или судовите.
ui-cases-all = Сите случаи
ui-cases-overdue-only = Само случаи со задоцнети мерки
ui-cases-open-measures = Отворени мерки
ui-cases-overdue = Задоцнети мерки
ui-person-given-name = Име
ui-person-family-name = Презиме
ui-person-nicknames = Прекари
ui-person-sex = Пол
ui-person-dob = Датум на раѓање
ui-person-age = Возраст, ако датумот на раѓање не е познат
ui-person-age-hint = Лице со непозната возраст кое може да е помладо од 18 години се третира како дете.
ui-person-citizenships = Државјанства
ui-person-languages = Јазици
ui-reflection-starts = Почеток на периодот за размислување
ui-reflection-ends = Крај на периодот за размислување

## The SOP board and measures

ui-board-title = Петте СОП
ui-board-a-la-carte = СОП се à la carte: отворете која било мерка што му е потребна на лицето, по кој било редослед. Ниту една мерка не е услов за друга.
ui-sop-number = СОП { $number }
ui-measure-not-opened = неотворена
ui-measure-open = Отвори ја оваа мерка
ui-measure-status = Состојба на мерката
ui-measure-due = Рок
ui-measure-responsible = Одговорна организација
ui-guidance = Насоки
ui-guidance-english = Текстот на насоките е на англиски додека не биде преведен.
ui-guidance-what = Што
ui-guidance-when = Кога
ui-guidance-who = Кој
ui-guidance-how = Како

## Consent

ui-consents-title = Согласност
ui-consents-explain = Информираната согласност се запишува со датум и опсег и може да се повлече во секое време. Ништо лично не се испраќа во друга држава без согласност за споделување податоци.
ui-consents-current = Тековна согласност
ui-consents-none = Сѐ уште нема запишана согласност.
ui-consents-records = Записи
ui-consent-scope = За
ui-consent-scope-share = споделување податоци со { $country } за: { $purpose }
ui-consent-scope-return = враќање во { $country }
ui-consent-kind = Согласност за
ui-consent-kind-share_data = споделување податоци со друга држава
ui-consent-kind-return = враќање во држава
ui-consent-country = Држава
ui-consent-purpose = Цел на споделувањето
ui-consent-purpose-hint = Само за согласност за споделување податоци.
ui-consent-decision = Одлука
ui-consent-decided-on = Датум на одлуката
ui-consent-language = Јазик на кој лицето е информирано
ui-consent-interpreter = Присутен преведувач
ui-consent-record = Запиши согласност
ui-consent-revoked = Повлечена
ui-consent-revoke = Повлечи
ui-consent-revoke-reason = Причина (незадолжително)

## Child safeguards

ui-safeguards-title = Заштита на детето
ui-safeguards-rule-guardian = За дете, пребарувањето на семејството и секоја мерка за враќање може да се означат како завршени дури откако во случајот е запишан старател.
ui-safeguards-rule-bid = Одлуката за враќање и самиот трансфер бараат и утврдување на најдобриот интерес на детето.
ui-safeguards-nothing-blocked = Ништо не е задржано: старателот и утврдувањето на најдобриот интерес се запишани.
ui-safeguards-blocked = Овие мерки сѐ уште не може да се означат како завршени:
ui-safeguards-needs-guardian = потребен е старател запишан во случајот
ui-safeguards-needs-bid = потребно е утврдување на најдобриот интерес
ui-guardian = Старател
ui-guardian-none = Нема запишан старател.
ui-guardian-name = Име на старателот
ui-guardian-organisation = Организација
ui-guardian-appointed = Назначен на
ui-bi-title = Најдобар интерес
ui-bi-none = Нема запишана проценка или утврдување на најдобриот интерес.
ui-bi-kind = Вид
ui-bi-decided-on = Датум на одлуката
ui-bi-decided-by = Од (орган или персонал)
ui-bi-summary = Резиме
ui-bi-add = Додај го овој запис

## Risk and assistance plan

ui-risk-title = Проценка на ризикот
ui-risk-none = Нема запишана проценка на ризикот.
ui-risk-level = Ризик од повторно тргување
ui-risk-assessed-on = Датум на проценката
ui-plan-title = Индивидуален план за помош
ui-plan-explain = Писмен договор изготвен заедно со лицето.
ui-plan-none = Нема запишан план.
ui-plan-agreed-on = Датум на договорот
ui-plan-goals = Цели
ui-plan-goals-hint = По една цел во ред.
ui-timeline-title = Хронологија

## Identification screening

ui-screening-title = Проверка за идентификација
ui-screening-explain = Означете што забележавте. Проверката го запишува тоа во случајот и предлага следни чекори.
ui-screening-never-decides = Проверката никогаш не одлучува за статусот на лицето: ви помага да забележите и да упатите. Основано сомнение е доволно за упатување.
ui-screening-record = Запиши што забележав
ui-screening-recorded = Запишано во случајот (СОП 1, почетно упатување).
ui-screening-next = Мерки што треба да се разгледаат
ui-screening-nothing = Не е означен ниту еден знак: ништо не се предлага.
ui-ind-group-recruitment = Регрутирање
ui-ind-group-control = Контрола
ui-ind-group-exploitation = Работа и експлоатација
ui-ind-group-wellbeing = Здравје и страв
ui-ind-group-child = Деца
ui-ind-deceptive_offer = Работата, бракот или патувањето ветени на лицето се покажаа поинакви
ui-ind-debt = Лицето му должи на регрутерот или работодавачот (патување, сместување, такси) долг што постојано расте
ui-ind-documents_withheld = Некој друг ги чува пасошот или документите за идентитет на лицето
ui-ind-restricted_movement = Лицето не може слободно да доаѓа и да заминува
ui-ind-threats = На лицето или на неговото семејство им е заканувано
ui-ind-isolation = Лицето не знае каде живее или работи, или нема контакт со семејството
ui-ind-accompanied = Некој секогаш го придружува лицето или одговара наместо него
ui-ind-wages_withheld = Платата се задржува, многу е ниска или му се исплаќа на друг
ui-ind-excessive_hours = Многу долго работно време без слободни денови
ui-ind-forced_activities = Лицето е принудено да проси, да краде, да продава секс или да врши кривични дела
ui-ind-injuries = Знаци на физичко насилство, занемарување или нелекувана болест
ui-ind-fear_of_authorities = Лицето се плаши од полицијата, од протерување или да зборува
ui-ind-child_unaccompanied = Дете без родители или законски старател
ui-ind-child_working = Дете што работи, проси или не оди на училиште

## Knowledge

ui-knowledge-sops = Петте СОП и нивните мерки
ui-knowledge-definitions = Работни дефиниции
ui-knowledge-definitions-source = Од насоките за ТМУ (ICMPD, 2012), "Working Definitions and Terminology". Дефинициите се на англиски додека не бидат преведени.
ui-term-at_risk = Лице во ризик од трговија со луѓе
ui-term-potential_victim = Потенцијална жртва
ui-term-presumed_victim = Претпоставена жртва
ui-term-victim = Жртва на трговија со луѓе
ui-term-trafficked_child = Дете жртва на трговија со луѓе
ui-term-separated_child = Разделено дете
ui-term-informed_consent = Информирана согласност
ui-term-risk_assessment = Проценка на ризикот
ui-term-risk_management_plan = План за управување со ризикот
ui-term-return = Враќање
ui-term-social_inclusion = Социјална вклученост
ui-term-trm = Транснационален механизам за упатување

## Account

ui-account-role = Улога
ui-account-totp = Втор фактор
ui-account-totp-on = Поставена е апликација за автентикација.
ui-account-totp-off = Сѐ уште не е поставена апликација за автентикација.
ui-account-recovery-left = Преостануваат { $count } кодови за враќање.
ui-account-password = Лозинка
ui-account-current-password = Тековна лозинка
ui-account-new-password = Нова лозинка
ui-account-password-rule = Најмалку 12 знаци; неколку зборови прават добра лозинка.
ui-account-password-change = Промени ја лозинката
ui-account-password-changed = Лозинката е променета. Другите ваши сесии се завршени.
ui-account-sessions = Каде сте најавени
ui-account-session-started = Почеток
ui-account-session-used = Последна употреба
ui-account-session-ends = Завршува најдоцна
ui-account-session-end = Заврши ја оваа сесија
ui-account-session-this = Оваа сесија

## SOPs and measures

ui-sop-1 = Идентификација
ui-sop-2 = Прва помош и заштита
ui-sop-3 = Долгорочна помош и социјална вклученост
ui-sop-4 = Враќање и социјална вклученост
ui-sop-5 = Кривични и граѓански постапки
ui-measure-sop1-initial_referral = Почетно упатување
ui-measure-sop1-basic_needs_information = Пристап до основни потреби и информации
ui-measure-sop1-early_risk_assessment = Рана проценка на ризикот
ui-measure-sop1-interpretation_mediation = Усно преведување и културно посредување
ui-measure-sop1-reflection_period = Период за закрепнување и размислување
ui-measure-sop1-formal_identification = (Формална) идентификација
ui-measure-sop2-assistance_information = Информации за можностите и условите за помош
ui-measure-sop2-legal_information = Информации за правните можности и услови
ui-measure-sop2-intake_needs_assessment = Прием и проценка на потребите
ui-measure-sop2-assistance_protection = Давање помош и заштита
ui-measure-sop3-individual_assistance_plan = Заедничка изработка на индивидуалниот план за помош
ui-measure-sop3-iap_consent = Постапки за согласност за спроведување на планот за помош
ui-measure-sop3-social_inclusion = Прилагодување и социјална вклученост
ui-measure-sop3-legal_support = Правна поддршка и помош
ui-measure-sop4-informed_decision = Информирана одлука за враќање
ui-measure-sop4-risk_assessment = Проценка на ризикот и на ризикот за социјалната вклученост
ui-measure-sop4-risk_management_plan = План за управување со ризикот
ui-measure-sop4-family_tracing = Пребарување на семејството
ui-measure-sop4-documentation = Документи
ui-measure-sop4-information_sharing = Размена на информации меѓу организациите и со лицето
ui-measure-sop4-safe_transfer = Безбеден трансфер и помош при пристигнување
ui-measure-sop5-evidence_gathering = Собирање докази
ui-measure-sop5-pretrial_support = Подготовка на жртвата-сведок пред судењето
ui-measure-sop5-trial_support = Поддршка на жртвата-сведок за време на судењето
ui-measure-sop5-post_trial_support = Поддршка на жртвата-сведок по судењето
ui-measure-sop5-compensation_claims = Поддршка за барањата за обештетување

## Code lists

ui-status-at_risk = Во ризик
ui-status-potential_victim = Потенцијална жртва
ui-status-presumed_victim = Претпоставена жртва
ui-status-identified_formal = Идентификувана жртва (формално)
ui-status-identified_informal = Идентификувана жртва (неформално)
ui-status-declined_identification = Ја одбила формалната идентификација
ui-status-not_a_victim = Не е жртва на трговија со луѓе
ui-mstatus-planned = Планирана
ui-mstatus-in_progress = Во тек
ui-mstatus-done = Завршена
ui-mstatus-declined_by_person = Одбиена од лицето
ui-mstatus-not_applicable = Не се применува
ui-sex-male = Машки
ui-sex-female = Женски
ui-sex-other = Друго
ui-sex-unknown = Непознато
ui-age-under_18 = Под 18 години
ui-age-over_18 = 18 или повеќе години
ui-age-unknown = Непозната
ui-decision-given = Дадена
ui-decision-refused = Одбиена
ui-purpose-referral = упатување
ui-purpose-assistance = помош
ui-purpose-return = враќање
ui-purpose-family_tracing = пребарување на семејството
ui-purpose-proceedings = постапки
ui-cstate-given = дадена
ui-cstate-refused = одбиена
ui-cstate-revoked = повлечена
ui-cstate-not_recorded = незапишана
ui-risk-very_high = Многу висок
ui-risk-high = Висок
ui-risk-medium = Среден
ui-risk-low = Низок
ui-bi-assessment = Проценка на најдобриот интерес
ui-bi-determination = Утврдување на најдобриот интерес
ui-role-administrator = Администратор
ui-role-focal_point = Контакт-точка
ui-role-case_manager = Менаџер на случај
ui-role-case_worker = Работник на случај
ui-role-law_enforcement = Органи за спроведување на законот
ui-role-prosecutor = Обвинител
ui-role-guardian = Старател
ui-role-monitor = Независен набљудувач
ui-role-directory_editor = Уредник на именикот
ui-event-case_opened = Случајот е отворен
ui-event-case_updated = Случајот е променет
ui-event-measure_opened = Мерката е отворена
ui-event-measure_updated = Мерката е променета
ui-event-consent_recorded = Согласноста е запишана
ui-event-consent_revoked = Согласноста е повлечена
ui-event-case_shared = Случајот е споделен
ui-event-share_withdrawn = Споделувањето е повлечено
ui-event-break_glass = Итен пристап од администратор
ui-event-case_restricted = Обработката е ограничена
ui-event-case_unrestricted = Ограничувањето е укинато
ui-event-case_anonymised = Личните податоци се избришани
ui-event-referral_drafted = Упатот е изготвен
ui-event-referral_edited = Упатот е изменет
ui-event-referral_sent = Упатот е испратен
ui-event-referral_received = Упатот е примен
