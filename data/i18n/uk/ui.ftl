# OpenTRM - the web interface: every string a person reads on its pages, in Ukrainian (українська).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Перейти до основного вмісту
ui-nav-label = Головне меню
ui-nav-dashboard = Панель
ui-nav-cases = Справи
ui-nav-knowledge = Знання
ui-nav-account = Мій обліковий запис
ui-language = Мова
ui-language-apply = Змінити
ui-logout = Вийти
ui-draft-translation = Цей переклад є чернеткою, що очікує перевірки носіями мови, які працюють із постраждалими. У разі сумнівів діє англійська версія.
ui-footer = OpenTRM – Транснаціональний механізм перенаправлення. Допомога ніколи не залежить від співпраці з поліцією чи судами.
ui-continue = Продовжити
ui-save = Зберегти
ui-yes = Так
ui-no = Ні
ui-choose = Невідомо
ui-unknown = Невідомо
ui-notes = Примітки
ui-next-page = Наступна сторінка
ui-child = Дитина
ui-overdue = Прострочено
ui-days-left = Залишилося днів: { $days }
ui-form-errors = Будь ласка, виправте таке
ui-hint-date = Дата у форматі РРРР-ММ-ДД, наприклад 2026-03-31
ui-hint-comma = Кілька? Розділіть їх комами
ui-hint-country = Дволітерний код країни, наприклад AL
ui-hint-countries = Дволітерні коди країн через кому, наприклад AL, MD
ui-hint-language = Дволітерний код мови, наприклад sq
ui-hint-languages = Дволітерні коди мов через кому, наприклад sq, it

## Errors

ui-error-title = Щось зупинило цю сторінку
ui-error-forbidden = Ваша роль цього не дозволяє.
ui-error-csrf = Цю форму надіслано не зі сторінки цього сайту, або сторінка застаріла. Поверніться, оновіть сторінку й спробуйте ще раз.
ui-error-not-found = Тут нічого немає, або ви не маєте права це бачити.
ui-error-conflict = Хтось інший тим часом це змінив. Оновіть сторінку й спробуйте ще раз.
ui-error-invalid = Запит не вдалося прочитати.
ui-error-internal = У вузла виникла проблема. Спробуйте ще раз; якщо повториться, повідомте адміністратора.
ui-error-back = Назад до панелі

## Login and second factor

ui-login-title = Вхід
ui-login-username = Ім'я користувача
ui-login-password = Пароль
ui-login-code = Код із застосунку автентифікації
ui-login-code-hint = 6 цифр або один із кодів відновлення. Під час найпершого входу залиште порожнім.
ui-login-submit = Увійти
ui-login-failed = Ім'я користувача, пароль або код неправильні.
ui-login-locked = Забагато невдалих спроб: спробуйте ще раз через { $minutes } хв.
ui-demo-title = Демонстраційний вузол: облікові записи
ui-demo-explain = Це демонстраційний вузол із синтетичними даними. Ці облікові записи та їхні поточні коди показано лише на демонстраційних вузлах.
ui-demo-code = Поточний код
ui-demo-valid = Коди змінюються кожні 30 секунд (цей дійсний ще { $seconds } с); оновіть сторінку, щоб отримати нові. Кожен код діє один раз.
ui-enrol-title = Налаштуйте застосунок автентифікації
ui-enrol-step-app = Відкрийте застосунок автентифікації на телефоні (будь-який застосунок для часових кодів).
ui-enrol-step-secret = Додайте обліковий запис і введіть цей ключ:
ui-enrol-uri = Той самий ключ як посилання, для застосунків, що його приймають
ui-enrol-step-code = Введіть 6-значний код, який зараз показує застосунок.
ui-enrol-code = Код із застосунку
ui-enrol-submit = Підтвердити
ui-enrol-done = Другий фактор налаштовано
ui-enrol-recovery = Зберігайте ці коди відновлення в безпечному місці, окремо від телефону. Кожен дає змогу увійти один раз, якщо ви загубите телефон. Їх показано лише зараз.
ui-enrol-done-already = Ваш обліковий запис уже має другий фактор.

## Dashboard

ui-dashboard-hello = Вітаємо, { $name }
ui-dashboard-my-cases = Мої справи
ui-dashboard-no-cases = Справ поки немає.
ui-dashboard-all-cases = Усі справи ({ $count })
ui-dashboard-overdue = Прострочені заходи
ui-dashboard-none-overdue = Жоден захід не прострочено.
ui-dashboard-overdue-count = прострочено: { $count }
ui-dashboard-reflection = Періоди для роздумів, що закінчуються протягом { $days } днів
ui-dashboard-none-reflection = Жоден період для роздумів незабаром не закінчується.
ui-dashboard-messages = Повідомлення, що очікують
ui-dashboard-no-messages = На вас не чекає жодне повідомлення.

## Cases

ui-case = Справа
ui-case-new = Нова справа
ui-case-new-intro = Потрібні лише статус, ім'я (або прізвисько) і стать; усе інше можна додати пізніше.
ui-case-create = Створити справу
ui-case-person = Особа
ui-case-status = Статус
ui-case-status-hint = Імовірні постраждалі мають право на таке саме ставлення, як і встановлені постраждалі.
ui-case-change-status = Змінити статус або період для роздумів
ui-case-unnamed = (ім'я не записано)
ui-case-reflection = Період відновлення та роздумів
ui-case-no-reflection = Не записано
ui-case-sections = На цій сторінці
ui-case-unconditional = Допомога безумовна: вона ніколи не залежить від співпраці особи з поліцією чи судами.
ui-cases-all = Усі справи
ui-cases-overdue-only = Лише справи з простроченими заходами
ui-cases-open-measures = Відкриті заходи
ui-cases-overdue = Прострочені заходи
ui-person-given-name = Ім'я
ui-person-family-name = Прізвище
ui-person-nicknames = Прізвиська
ui-person-sex = Стать
ui-person-dob = Дата народження
ui-person-age = Вік, якщо дата народження невідома
ui-person-age-hint = Особу невідомого віку, якій може бути менше 18 років, вважають дитиною.
ui-person-citizenships = Громадянства
ui-person-languages = Мови
ui-reflection-starts = Початок періоду для роздумів
ui-reflection-ends = Кінець періоду для роздумів

## The SOP board and measures

ui-board-title = П'ять СОП
ui-board-a-la-carte = СОП працюють à la carte: відкрийте будь-який захід, потрібний особі, у будь-якому порядку. Жоден захід не є умовою іншого.
ui-sop-number = СОП { $number }
ui-measure-not-opened = не відкрито
ui-measure-open = Відкрити цей захід
ui-measure-status = Стан заходу
ui-measure-due = Строк
ui-measure-responsible = Відповідальна організація
ui-guidance = Настанови
ui-guidance-english = Текст настанов англійською, доки його не перекладено.
ui-guidance-what = Що
ui-guidance-when = Коли
ui-guidance-who = Хто
ui-guidance-how = Як

## Consent

ui-consents-title = Згода
ui-consents-explain = Поінформовану згоду записують із датою та обсягом, її можна відкликати будь-коли. Нічого особистого не надсилають до іншої країни без згоди на передання даних.
ui-consents-current = Чинна згода
ui-consents-none = Згоду ще не записано.
ui-consents-records = Записи
ui-consent-scope = Щодо
ui-consent-scope-share = передання даних до { $country } з метою: { $purpose }
ui-consent-scope-return = повернення до { $country }
ui-consent-kind = Згода на
ui-consent-kind-share_data = передання даних іншій країні
ui-consent-kind-return = повернення до країни
ui-consent-country = Країна
ui-consent-purpose = Мета передання
ui-consent-purpose-hint = Лише для згоди на передання даних.
ui-consent-decision = Рішення
ui-consent-decided-on = Дата рішення
ui-consent-language = Мова, якою особу поінформовано
ui-consent-interpreter = Присутній перекладач
ui-consent-record = Записати згоду
ui-consent-revoked = Відкликано
ui-consent-revoke = Відкликати
ui-consent-revoke-reason = Причина (необов'язково)

## Child safeguards

ui-safeguards-title = Захист дитини
ui-safeguards-rule-guardian = Для дитини пошук родини та кожен захід повернення можна позначити виконаними лише після того, як у справі записано опікуна.
ui-safeguards-rule-bid = Рішення про повернення та саме переміщення також потребують визначення найкращих інтересів дитини.
ui-safeguards-nothing-blocked = Нічого не затримано: опікуна й визначення найкращих інтересів записано.
ui-safeguards-blocked = Ці заходи ще не можна позначити виконаними:
ui-safeguards-needs-guardian = потрібен опікун, записаний у справі
ui-safeguards-needs-bid = потрібне визначення найкращих інтересів
ui-guardian = Опікун
ui-guardian-none = Опікуна не записано.
ui-guardian-name = Ім'я опікуна
ui-guardian-organisation = Організація
ui-guardian-appointed = Дата призначення
ui-bi-title = Найкращі інтереси
ui-bi-none = Оцінку чи визначення найкращих інтересів не записано.
ui-bi-kind = Вид
ui-bi-decided-on = Дата рішення
ui-bi-decided-by = Ким (орган або працівники)
ui-bi-summary = Короткий виклад
ui-bi-add = Додати цей запис

## Risk and assistance plan

ui-risk-title = Оцінка ризику
ui-risk-none = Оцінку ризику не записано.
ui-risk-level = Ризик повторної торгівлі людьми
ui-risk-assessed-on = Дата оцінки
ui-plan-title = Індивідуальний план допомоги
ui-plan-explain = Письмова домовленість, складена разом з особою.
ui-plan-none = План не записано.
ui-plan-agreed-on = Дата узгодження
ui-plan-goals = Цілі
ui-plan-goals-hint = Одна ціль на рядок.
ui-timeline-title = Хронологія

## Identification screening

ui-screening-title = Скринінг для ідентифікації
ui-screening-explain = Позначте, що ви помітили. Скринінг записує це у справі та пропонує наступні кроки.
ui-screening-never-decides = Скринінг ніколи не визначає статус особи: він допомагає помітити й перенаправити. Обґрунтованої підозри достатньо для перенаправлення.
ui-screening-record = Записати, що я помітив(-ла)
ui-screening-recorded = Записано у справі (СОП 1, первинне перенаправлення).
ui-screening-next = Заходи, які варто розглянути
ui-screening-nothing = Не позначено жодної ознаки: нічого не запропоновано.
ui-ind-group-recruitment = Вербування
ui-ind-group-control = Контроль
ui-ind-group-exploitation = Праця та експлуатація
ui-ind-group-wellbeing = Здоров'я та страх
ui-ind-group-child = Діти
ui-ind-deceptive_offer = Робота, шлюб чи подорож, обіцяні особі, виявилися іншими
ui-ind-debt = Особа має борг перед вербувальником або роботодавцем (дорога, житло, збори), який постійно зростає
ui-ind-documents_withheld = Хтось інший тримає паспорт або документи особи
ui-ind-restricted_movement = Особа не може вільно приходити й виходити
ui-ind-threats = Особі або її родині погрожували
ui-ind-isolation = Особа не знає, де живе чи працює, або не має зв'язку з родиною
ui-ind-accompanied = Хтось завжди супроводжує особу або відповідає замість неї
ui-ind-wages_withheld = Заробітну плату утримують, вона дуже низька або її виплачують комусь іншому
ui-ind-excessive_hours = Дуже довгий робочий день без вихідних
ui-ind-forced_activities = Особу змушують жебракувати, красти, надавати сексуальні послуги чи вчиняти правопорушення
ui-ind-injuries = Ознаки фізичного насильства, занедбаності чи нелікованої хвороби
ui-ind-fear_of_authorities = Особа боїться поліції, видворення або розмови
ui-ind-child_unaccompanied = Дитина без батьків чи законного представника
ui-ind-child_working = Дитина, яка працює, жебракує або не ходить до школи

## Knowledge

ui-knowledge-sops = П'ять СОП та їхні заходи
ui-knowledge-definitions = Робочі визначення
ui-knowledge-definitions-source = З настанов ТМП (ICMPD, 2012), "Working Definitions and Terminology". Визначення англійською, доки їх не перекладено.
ui-term-at_risk = Особа в групі ризику торгівлі людьми
ui-term-potential_victim = Потенційна постраждала особа
ui-term-presumed_victim = Імовірна постраждала особа
ui-term-victim = Особа, яка постраждала від торгівлі людьми
ui-term-trafficked_child = Дитина, яка постраждала від торгівлі людьми
ui-term-separated_child = Розлучена з родиною дитина
ui-term-informed_consent = Поінформована згода
ui-term-risk_assessment = Оцінка ризику
ui-term-risk_management_plan = План управління ризиками
ui-term-return = Повернення
ui-term-social_inclusion = Соціальна інтеграція
ui-term-trm = Транснаціональний механізм перенаправлення

## Account

ui-account-role = Роль
ui-account-totp = Другий фактор
ui-account-totp-on = Застосунок автентифікації налаштовано.
ui-account-totp-off = Застосунок автентифікації ще не налаштовано.
ui-account-recovery-left = Залишилося кодів відновлення: { $count }.
ui-account-password = Пароль
ui-account-current-password = Поточний пароль
ui-account-new-password = Новий пароль
ui-account-password-rule = Щонайменше 12 символів; кілька слів — добрий пароль.
ui-account-password-change = Змінити пароль
ui-account-password-changed = Пароль змінено. Інші ваші сеанси завершено.
ui-account-sessions = Де ви увійшли
ui-account-session-started = Початок
ui-account-session-used = Останнє використання
ui-account-session-ends = Закінчується не пізніше
ui-account-session-end = Завершити цей сеанс
ui-account-session-this = Цей сеанс

## SOPs and measures

ui-sop-1 = Ідентифікація
ui-sop-2 = Первинна допомога та захист
ui-sop-3 = Довгострокова допомога та соціальна інтеграція
ui-sop-4 = Повернення та соціальна інтеграція
ui-sop-5 = Кримінальне та цивільне провадження
ui-measure-sop1-initial_referral = Первинне перенаправлення
ui-measure-sop1-basic_needs_information = Доступ до базових потреб та інформації
ui-measure-sop1-early_risk_assessment = Рання оцінка ризику
ui-measure-sop1-interpretation_mediation = Усний переклад і культурне посередництво
ui-measure-sop1-reflection_period = Період відновлення та роздумів
ui-measure-sop1-formal_identification = (Формальна) ідентифікація
ui-measure-sop2-assistance_information = Інформація про можливості та умови допомоги
ui-measure-sop2-legal_information = Інформація про правові можливості та умови
ui-measure-sop2-intake_needs_assessment = Прийом та оцінка потреб
ui-measure-sop2-assistance_protection = Надання допомоги та захисту
ui-measure-sop3-individual_assistance_plan = Спільне складання індивідуального плану допомоги
ui-measure-sop3-iap_consent = Процедури згоди на виконання плану допомоги
ui-measure-sop3-social_inclusion = Адаптація та соціальна інтеграція
ui-measure-sop3-legal_support = Правова підтримка та допомога
ui-measure-sop4-informed_decision = Поінформоване рішення про повернення
ui-measure-sop4-risk_assessment = Оцінка ризику та ризику для соціальної інтеграції
ui-measure-sop4-risk_management_plan = План управління ризиками
ui-measure-sop4-family_tracing = Пошук родини
ui-measure-sop4-documentation = Документи
ui-measure-sop4-information_sharing = Обмін інформацією між організаціями та з особою
ui-measure-sop4-safe_transfer = Безпечне переміщення та допомога після прибуття
ui-measure-sop5-evidence_gathering = Збирання доказів
ui-measure-sop5-pretrial_support = Підготовка постраждалої особи-свідка до суду
ui-measure-sop5-trial_support = Підтримка постраждалої особи-свідка під час суду
ui-measure-sop5-post_trial_support = Підтримка постраждалої особи-свідка після суду
ui-measure-sop5-compensation_claims = Підтримка вимог про відшкодування

## Code lists

ui-status-at_risk = У групі ризику
ui-status-potential_victim = Потенційна постраждала особа
ui-status-presumed_victim = Імовірна постраждала особа
ui-status-identified_formal = Встановлена постраждала особа (формально)
ui-status-identified_informal = Встановлена постраждала особа (неформально)
ui-status-declined_identification = Відмовилася від формальної ідентифікації
ui-status-not_a_victim = Не постраждала від торгівлі людьми
ui-mstatus-planned = Заплановано
ui-mstatus-in_progress = Виконується
ui-mstatus-done = Виконано
ui-mstatus-declined_by_person = Особа відмовилася
ui-mstatus-not_applicable = Не застосовується
ui-sex-male = Чоловіча
ui-sex-female = Жіноча
ui-sex-other = Інша
ui-sex-unknown = Невідомо
ui-age-under_18 = До 18 років
ui-age-over_18 = 18 років і старше
ui-age-unknown = Невідомо
ui-decision-given = Надано
ui-decision-refused = Відмовлено
ui-purpose-referral = перенаправлення
ui-purpose-assistance = допомога
ui-purpose-return = повернення
ui-purpose-family_tracing = пошук родини
ui-purpose-proceedings = провадження
ui-cstate-given = надано
ui-cstate-refused = відмовлено
ui-cstate-revoked = відкликано
ui-cstate-not_recorded = не записано
ui-risk-very_high = Дуже високий
ui-risk-high = Високий
ui-risk-medium = Середній
ui-risk-low = Низький
ui-bi-assessment = Оцінка найкращих інтересів
ui-bi-determination = Визначення найкращих інтересів
ui-role-administrator = Адміністратор
ui-role-focal_point = Контактний пункт
ui-role-case_manager = Менеджер справи
ui-role-case_worker = Працівник справи
ui-role-law_enforcement = Правоохоронні органи
ui-role-prosecutor = Прокурор
ui-role-guardian = Опікун
ui-role-monitor = Незалежний спостерігач
ui-role-directory_editor = Редактор довідника
ui-event-case_opened = Справу відкрито
ui-event-case_updated = Справу змінено
ui-event-measure_opened = Захід відкрито
ui-event-measure_updated = Захід змінено
ui-event-consent_recorded = Згоду записано
ui-event-consent_revoked = Згоду відкликано
ui-event-case_shared = Справу надано для доступу
ui-event-share_withdrawn = Доступ відкликано
ui-event-break_glass = Екстрений доступ адміністратора
ui-event-case_restricted = Обробку обмежено
ui-event-case_unrestricted = Обмеження знято
ui-event-case_anonymised = Персональні дані видалено
ui-event-referral_drafted = Перенаправлення складено
ui-event-referral_edited = Перенаправлення змінено
ui-event-referral_sent = Перенаправлення надіслано
ui-event-referral_received = Перенаправлення отримано
