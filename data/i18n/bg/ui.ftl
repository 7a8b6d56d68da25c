# OpenTRM - the web interface: every string a person reads on its pages, in Bulgarian (български).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Към основното съдържание
ui-nav-label = Главно меню
ui-nav-dashboard = Табло
ui-nav-cases = Случаи
ui-nav-knowledge = Знания
ui-nav-account = Моят профил
ui-language = Език
ui-language-apply = Смени
ui-logout = Изход
ui-draft-translation = Този превод е чернова, която очаква преглед от носители на езика, работещи с жертви. При съмнение важи английската версия.
ui-footer = OpenTRM – Транснационален механизъм за насочване. Помощта никога не зависи от сътрудничество с полицията или съда.
ui-continue = Продължи
ui-save = Запази
ui-yes = Да
ui-no = Не
ui-choose = Неизвестно
ui-unknown = Неизвестно
ui-notes = Бележки
ui-next-page = Следваща страница
ui-child = Дете
ui-overdue = Просрочена
ui-days-left = Остават { $days } дни
ui-form-errors = Моля, коригирайте следното
ui-hint-date = Дата във формат ГГГГ-ММ-ДД, например 2026-03-31
ui-hint-comma = Повече от едно? Разделете ги със запетаи
ui-hint-country = Двубуквен код на държава, например AL
ui-hint-countries = Двубуквени кодове на държави, разделени със запетаи, например AL, MD
ui-hint-language = Двубуквен код на език, например sq
ui-hint-languages = Двубуквени кодове на езици, разделени със запетаи, например sq, it

## Errors

ui-error-title = Нещо спря тази страница
ui-error-forbidden = Вашата роля не позволява това.
ui-error-csrf = Този формуляр не е изпратен от страница на този сайт или страницата е твърде стара. Върнете се, презаредете страницата и опитайте отново.
ui-error-not-found = Тук няма нищо или нямате право да го видите.
ui-error-conflict = Някой друг е променил това междувременно. Презаредете страницата и опитайте отново.
ui-error-invalid = Заявката не можа да бъде прочетена.
ui-error-internal = Възелът срещна проблем. Опитайте отново; ако се повтори, уведомете администратора.
ui-error-back = Обратно към таблото

## Login and second factor

ui-login-title = Вход
ui-login-username = Потребителско име
ui-login-password = Парола
ui-login-code = Код от приложението за удостоверяване
ui-login-code-hint = 6 цифри или един от кодовете за възстановяване. Оставете празно при първото влизане.
ui-login-submit = Вход
ui-login-failed = Потребителското име, паролата или кодът са грешни.
ui-login-locked = Твърде много неуспешни опити: опитайте отново след { $minutes } мин.
ui-demo-title = Демонстрационен възел: профили
ui-demo-explain = Това е демонстрационен възел със синтетични данни. Тези профили и текущите им кодове се показват само на демонстрационни възли.
ui-demo-code = Текущ код
ui-demo-valid = Кодовете се сменят на всеки 30 секунди (този важи още { $seconds } с); презаредете страницата за нови. Всеки код работи веднъж.
ui-enrol-title = Настройте приложението за удостоверяване
ui-enrol-step-app = Отворете приложение за удостоверяване на телефона (всяко приложение за времеви кодове).
ui-enrol-step-secret = Добавете профил и въведете този ключ:
ui-enrol-uri = Същият ключ като връзка, за приложения, които я приемат
ui-enrol-step-code = Въведете 6-цифрения код, който приложението показва сега.
ui-enrol-code = Код от приложението
ui-enrol-submit = Потвърди
ui-enrol-done = Вторият фактор е настроен
ui-enrol-recovery = Пазете тези кодове за възстановяване на сигурно място, отделно от телефона. Всеки ви позволява да влезете веднъж, ако загубите телефона. Показват се само сега.
ui-enrol-done-already = Вашият профил вече има втори фактор.

## Dashboard

ui-dashboard-hello = Здравейте, { $name }
ui-dashboard-my-cases = Моите случаи
ui-dashboard-no-cases = Все още няма случаи.
ui-dashboard-all-cases = Всички случаи ({ $count })
ui-dashboard-overdue = Просрочени мерки
ui-dashboard-none-overdue = Няма просрочена мярка.
ui-dashboard-overdue-count = просрочени: { $count }
ui-dashboard-reflection = Периоди за размисъл, които изтичат до { $days } дни
ui-dashboard-none-reflection = Никой период за размисъл не изтича скоро.
ui-dashboard-messages = Чакащи съобщения
ui-dashboard-no-messages = Няма съобщения, които да ви чакат.

## Cases

ui-case = Случай
ui-case-new = Нов случай
ui-case-new-intro = Нужни са само статусът, име (или прякор) и полът; всичко останало може да се добави по-късно.
ui-case-create = Създай случая
ui-case-person = Лице
ui-case-status = Статус
ui-case-status-hint = Предполагаемите жертви имат право на същото отношение като идентифицираните жертви.
ui-case-change-status = Промени статуса или периода за размисъл
ui-case-unnamed = (няма записано име)
ui-case-reflection = Период за възстановяване и размисъл
ui-case-no-reflection = Не е записан
ui-case-sections = На тази страница
ui-case-unconditional = Помощта е безусловна: никога не зависи от сътрудничеството на лицето с полицията или съда.
ui-cases-all = Всички случаи
ui-cases-overdue-only = Само случаи с просрочени мерки
ui-cases-open-measures = Отворени мерки
ui-cases-overdue = Просрочени мерки
ui-person-given-name = Име
ui-person-family-name = Фамилия
ui-person-nicknames = Прякори
ui-person-sex = Пол
ui-person-dob = Дата на раждане
ui-person-age = Възраст, ако датата на раждане не е известна
ui-person-age-hint = Лице с неизвестна възраст, което може да е под 18 години, се третира като дете.
ui-person-citizenships = Гражданства
ui-person-languages = Езици
ui-reflection-starts = Начало на периода за размисъл
ui-reflection-ends = Край на периода за размисъл

## The SOP board and measures

ui-board-title = Петте СОП
ui-board-a-la-carte = СОП са à la carte: отворете всяка мярка, от която лицето се нуждае, в произволен ред. Никоя мярка не е условие за друга.
ui-sop-number = СОП { $number }
ui-measure-not-opened = неотворена
ui-measure-open = Отвори тази мярка
ui-measure-status = Състояние на мярката
ui-measure-due = Срок
ui-measure-responsible = Отговорна организация
ui-guidance = Насоки
ui-guidance-english = Текстът на насоките е на английски, докато не бъде преведен.
ui-guidance-what = Какво
ui-guidance-when = Кога
ui-guidance-who = Кой
ui-guidance-how = Как

## Consent

ui-consents-title = Съгласие
ui-consents-explain = Информираното съгласие се записва с дата и обхват и може да бъде оттеглено по всяко време. Нищо лично не се изпраща в друга държава без съгласие за споделяне на данни.
ui-consents-current = Текущо съгласие
ui-consents-none = Все още няма записано съгласие.
ui-consents-records = Записи
ui-consent-scope = За
ui-consent-scope-share = споделяне на данни с { $country } за целите на: { $purpose }
ui-consent-scope-return = завръщане в { $country }
ui-consent-kind = Съгласие за
ui-consent-kind-share_data = споделяне на данни с друга държава
ui-consent-kind-return = завръщане в държава
ui-consent-country = Държава
ui-consent-purpose = Цел на споделянето
ui-consent-purpose-hint = Само за съгласие за споделяне на данни.
ui-consent-decision = Решение
ui-consent-decided-on = Дата на решението
ui-consent-language = Език, на който лицето е информирано
ui-consent-interpreter = Присъства преводач
ui-consent-record = Запиши съгласието
ui-consent-revoked = Оттеглено
ui-consent-revoke = Оттегли
ui-consent-revoke-reason = Причина (по избор)

## Child safeguards

ui-safeguards-title = Защита на детето
ui-safeguards-rule-guardian = За дете издирването на семейството и всяка мярка за завръщане могат да се отбележат като изпълнени само след като в случая е записан настойник.
ui-safeguards-rule-bid = Решението за завръщане и самото преместване изискват и определяне на най-добрия интерес на детето.
ui-safeguards-nothing-blocked = Нищо не е задържано: настойникът и определянето на най-добрия интерес са записани.
ui-safeguards-blocked = Тези мерки все още не могат да бъдат отбелязани като изпълнени:
ui-safeguards-needs-guardian = нужен е настойник, записан в случая
ui-safeguards-needs-bid = нужно е определяне на най-добрия интерес
ui-guardian = Настойник
ui-guardian-none = Няма записан настойник.
ui-guardian-name = Име на настойника
ui-guardian-organisation = Организация
ui-guardian-appointed = Назначен на
ui-bi-title = Най-добър интерес
ui-bi-none = Няма записана оценка или определяне на най-добрия интерес.
ui-bi-kind = Вид
ui-bi-decided-on = Дата на решението
ui-bi-decided-by = От (орган или служители)
ui-bi-summary = Резюме
ui-bi-add = Добави този запис

## Risk and assistance plan

ui-risk-title = Оценка на риска
ui-risk-none = Няма записана оценка на риска.
ui-risk-level = Риск от повторен трафик
ui-risk-assessed-on = Дата на оценката
ui-plan-title = Индивидуален план за помощ
ui-plan-explain = Писмено споразумение, изготвено съвместно с лицето.
ui-plan-none = Няма записан план.
ui-plan-agreed-on = Дата на съгласуване
ui-plan-goals = Цели
ui-plan-goals-hint = По една цел на ред.
ui-timeline-title = Хронология

## Identification screening

ui-screening-title = Скрининг за идентификация
ui-screening-explain = Отбележете какво сте забелязали. Скринингът го записва в случая и предлага следващи стъпки.
ui-screening-never-decides = Скринингът никога не решава статуса на лицето: помага ви да забележите и да насочите. Основателното подозрение е достатъчно за насочване.
ui-screening-record = Запиши какво забелязах
ui-screening-recorded = Записано в случая (СОП 1, първоначално насочване).
ui-screening-next = Мерки за обмисляне
ui-screening-nothing = Не е отбелязан признак: нищо не се предлага.
ui-ind-group-recruitment = Набиране
ui-ind-group-control = Контрол
ui-ind-group-exploitation = Труд и експлоатация
ui-ind-group-wellbeing = Здраве и страх
ui-ind-group-child = Деца
ui-ind-deceptive_offer = Обещаните на лицето работа, брак или пътуване се оказаха различни
ui-ind-debt = Лицето дължи на вербовчика или работодателя (пътуване, жилище, такси) дълг, който все расте
ui-ind-documents_withheld = Някой друг държи паспорта или документите за самоличност на лицето
ui-ind-restricted_movement = Лицето не може свободно да идва и да си отива
ui-ind-threats = На лицето или семейството му са отправяни заплахи
ui-ind-isolation = Лицето не знае къде живее или работи или няма връзка със семейството си
ui-ind-accompanied = Някой винаги придружава лицето или отговаря вместо него
ui-ind-wages_withheld = Заплатата се задържа, много ниска е или се изплаща на друг
ui-ind-excessive_hours = Много дълго работно време без почивни дни
ui-ind-forced_activities = Лицето е принуждавано да проси, краде, предлага сексуални услуги или извършва престъпления
ui-ind-injuries = Признаци на физическо насилие, занемаряване или нелекувана болест
ui-ind-fear_of_authorities = Лицето се страхува от полицията, от експулсиране или да говори
ui-ind-child_unaccompanied = Дете без родители или законен представител
ui-ind-child_working = Дете, което работи, проси или не ходи на училище

## Knowledge

ui-knowledge-sops = Петте СОП и техните мерки
ui-knowledge-definitions = Работни определения
ui-knowledge-definitions-source = От насоките за ТМН (ICMPD, 2012), "Working Definitions and Terminology". Определенията са на английски, докато не бъдат преведени.
ui-term-at_risk = Лице в риск от трафик
ui-term-potential_victim = Потенциална жертва
ui-term-presumed_victim = Предполагаема жертва
ui-term-victim = Жертва на трафик на хора
ui-term-trafficked_child = Дете – жертва на трафик
ui-term-separated_child = Разделено дете
ui-term-informed_consent = Информирано съгласие
ui-term-risk_assessment = Оценка на риска
ui-term-risk_management_plan = План за управление на риска
ui-term-return = Завръщане
ui-term-social_inclusion = Социално включване
ui-term-trm = Транснационален механизъм за насочване

## Account

ui-account-role = Роля
ui-account-totp = Втори фактор
ui-account-totp-on = Настроено е приложение за удостоверяване.
ui-account-totp-off = Все още не е настроено приложение за удостоверяване.
ui-account-recovery-left = Остават { $count } кода за възстановяване.
ui-account-password = Парола
ui-account-current-password = Текуща парола
ui-account-new-password = Нова парола
ui-account-password-rule = Поне 12 знака; няколко думи правят добра парола.
ui-account-password-change = Смени паролата
ui-account-password-changed = Паролата е сменена. Другите ви сесии са прекратени.
ui-account-sessions = Къде сте влезли
ui-account-session-started = Начало
ui-account-session-used = Последно използване
ui-account-session-ends = Изтича най-късно
ui-account-session-end = Прекрати тази сесия
ui-account-session-this = Тази сесия

## SOPs and measures

ui-sop-1 = Идентификация
ui-sop-2 = Първоначална помощ и защита
ui-sop-3 = Дългосрочна помощ и социално включване
ui-sop-4 = Завръщане и социално включване
ui-sop-5 = Наказателни и граждански производства
ui-measure-sop1-initial_referral = Първоначално насочване
ui-measure-sop1-basic_needs_information = Достъп до основни нужди и информация
ui-measure-sop1-early_risk_assessment = Ранна оценка на риска
ui-measure-sop1-interpretation_mediation = Устен превод и културно посредничество
ui-measure-sop1-reflection_period = Период за възстановяване и размисъл
ui-measure-sop1-formal_identification = (Официална) идентификация
ui-measure-sop2-assistance_information = Информация за възможностите и условията за помощ
ui-measure-sop2-legal_information = Информация за правните възможности и условия
ui-measure-sop2-intake_needs_assessment = Приемане и оценка на нуждите
ui-measure-sop2-assistance_protection = Предоставяне на помощ и защита
ui-measure-sop3-individual_assistance_plan = Съвместно изготвяне на индивидуалния план за помощ
ui-measure-sop3-iap_consent = Процедури за съгласие за изпълнение на плана за помощ
ui-measure-sop3-social_inclusion = Адаптация и социално включване
ui-measure-sop3-legal_support = Правна подкрепа и помощ
ui-measure-sop4-informed_decision = Информирано решение за завръщане
ui-measure-sop4-risk_assessment = Оценка на риска и на риска за социалното включване
ui-measure-sop4-risk_management_plan = План за управление на риска
ui-measure-sop4-family_tracing = Издирване на семейството
ui-measure-sop4-documentation = Документи
ui-measure-sop4-information_sharing = Обмен на информация между организациите и с лицето
ui-measure-sop4-safe_transfer = Безопасно преместване и помощ при пристигане
ui-measure-sop5-evidence_gathering = Събиране на доказателства
ui-measure-sop5-pretrial_support = Подготовка на жертвата-свидетел преди процеса
ui-measure-sop5-trial_support = Подкрепа за жертвата-свидетел по време на процеса
ui-measure-sop5-post_trial_support = Подкрепа за жертвата-свидетел след процеса
ui-measure-sop5-compensation_claims = Подкрепа при искания за обезщетение

## Code lists

ui-status-at_risk = В риск
ui-status-potential_victim = Потенциална жертва
ui-status-presumed_victim = Предполагаема жертва
ui-status-identified_formal = Идентифицирана жертва (официално)
ui-status-identified_informal = Идентифицирана жертва (неофициално)
ui-status-declined_identification = Отказала официална идентификация
ui-status-not_a_victim = Не е жертва на трафик
ui-mstatus-planned = Планирана
ui-mstatus-in_progress = В изпълнение
ui-mstatus-done = Изпълнена
ui-mstatus-declined_by_person = Отказана от лицето
ui-mstatus-not_applicable = Неприложимо
ui-sex-male = Мъж
ui-sex-female = Жена
ui-sex-other = Друго
ui-sex-unknown = Неизвестно
ui-age-under_18 = Под 18 години
ui-age-over_18 = 18 или повече години
ui-age-unknown = Неизвестна
ui-decision-given = Дадено
ui-decision-refused = Отказано
ui-purpose-referral = насочване
ui-purpose-assistance = помощ
ui-purpose-return = завръщане
ui-purpose-family_tracing = издирване на семейството
ui-purpose-proceedings = производства
ui-cstate-given = дадено
ui-cstate-refused = отказано
ui-cstate-revoked = оттеглено
ui-cstate-not_recorded = незаписано
ui-risk-very_high = Много висок
ui-risk-high = Висок
ui-risk-medium = Среден
ui-risk-low = Нисък
ui-bi-assessment = Оценка на най-добрия интерес
ui-bi-determination = Определяне на най-добрия интерес
ui-role-administrator = Администратор
ui-role-focal_point = Звено за контакт
ui-role-case_manager = Водещ случая
ui-role-case_worker = Социален работник по случая
ui-role-law_enforcement = Правоприлагащи органи
ui-role-prosecutor = Прокурор
ui-role-guardian = Настойник
ui-role-monitor = Независим наблюдател
ui-role-directory_editor = Редактор на указателя
ui-event-case_opened = Случаят е открит
ui-event-case_updated = Случаят е променен
ui-event-measure_opened = Мярката е отворена
ui-event-measure_updated = Мярката е променена
ui-event-consent_recorded = Съгласието е записано
ui-event-consent_revoked = Съгласието е оттеглено
ui-event-case_shared = Случаят е споделен
ui-event-share_withdrawn = Споделянето е оттеглено
ui-event-break_glass = Спешен достъп от администратор
ui-event-case_restricted = Обработването е ограничено
ui-event-case_unrestricted = Ограничението е отменено
ui-event-case_anonymised = Личните данни са изтрити
ui-event-referral_drafted = Насочването е изготвено
ui-event-referral_edited = Насочването е променено
ui-event-referral_sent = Насочването е изпратено
ui-event-referral_received = Насочването е получено
