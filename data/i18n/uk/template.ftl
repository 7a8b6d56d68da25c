# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Ukrainian (українська):
# section titles, field labels, help texts and code-list values.
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.
# "Trafficked person" is rendered as "особа, яка постраждала від торгівлі людьми" / "постраждала особа"
# (term of the Law of Ukraine "On Combating Trafficking in Human Beings").

## The template

template-title = Транснаціональне перенаправлення
template-subtitle = Подальші дії щодо транснаціонального перенаправлення особи, яка постраждала від торгівлі людьми

## Sections

section-header = Заголовна частина
section-general = Загальна інформація
section-first_assistance = Первинна допомога, отримана в країні експлуатації
section-needs = Стислий опис потреб у допомозі в країні походження або в третій країні
section-perspective = Позиція постраждалої особи
section-return = Інформація про повернення / дані про поїздку
section-long_term = Довгострокова допомога, запропонована в країні походження або третій країні
section-proceedings = Цивільне та кримінальне провадження
section-contacts = Контакти в країні експлуатації та країні походження/третій країні
section-child = Форма для дитини, яка повертається
    .help = Окремий запис для кожної дитини, яка повертається: дитини, яка постраждала від торгівлі людьми, або дитини, яка подорожує разом із постраждалою особою.

## Groups

group-header = Дата та установи, що заповнюють форму
group-consents = Згоди особи, яка постраждала від торгівлі людьми
    .help = Обидві згоди є поінформованими, датованими й можуть бути відкликані. Жодні дані не передаються до іншої країни без згоди на обмін даними.
group-personal = Особисті дані
group-case = Інформація про випадок
group-first_basic = Базові потреби
group-first_legal = Правова допомога
group-first_protection = Захист
group-needs_basic = Базові потреби
group-health = Здоров'я
    .help = Дані особливої категорії: зазначайте лише те, що потрібно службам, які приймають особу, для догляду за нею.
group-safety = Питання безпеки
group-retrafficking = Ризик повторного потрапляння в ситуацію торгівлі людьми
group-perspective = Позиція постраждалої особи
group-travel = Дані про повернення та поїздку
group-lt_basic = Базові потреби
group-lt_measures = Заходи довгострокової допомоги та соціальної інтеграції
    .help = Для кожного заходу зазначте, чи його було запропоновано постраждалій особі та чи особа його прийняла.
group-lt_legal = Правова та адміністративна допомога
group-lt_protection = Захист
group-proceedings_exploitation = У країні експлуатації
group-proceedings_origin = У країні походження
group-contacts = Контакти за процедурами TRM
group-child = Дитина
group-child_safeguards = Опікун і найкращі інтереси дитини
    .help = Дитина повертається лише після визначення її найкращих інтересів і призначення опікуна.
group-child_needs = Догляд і потреби після повернення

## Fields: header

field-header-date = Дата
field-header-exploitation_institution = Установа/організація, яка заповнює форму в країні експлуатації
field-header-origin_institution = Установа/організація, яка заповнює форму в країні походження
field-consents-share_data = Згода постраждалої особи на обмін даними між країною експлуатації та країною походження
field-consents-share_data_comments = Коментарі щодо згоди на обмін даними
field-consents-return = Згода постраждалої особи на повернення до країни походження/третьої країни
field-consents-return_comments = Коментарі щодо згоди на повернення

## Fields: 1.1 personal information

field-personal-name = Прізвище та ім'я особи, яка постраждала від торгівлі людьми
field-personal-other_names = Попередні прізвища/імена, прізвиська
field-personal-sex = Стать
field-personal-place_of_birth = Місце народження
field-personal-date_of_birth = Дата народження
field-personal-age_group = Вік
    .help = Якщо дата народження невідома, зазначте приблизний вік.
field-personal-residence_address = Адреса проживання
field-personal-residence_country = Країна проживання
field-personal-citizenship = Громадянство
field-personal-marital_status = Сімейний стан
field-personal-valid_travel_document = Має дійсний проїзний документ
field-personal-travel_documents = Проїзні документи
field-personal-travel_document_comments = Коментарі щодо проїзних документів
field-personal-identity_confirmed = Особу підтверджено
field-personal-identity_confirmed_by = Ким підтверджено особу
field-personal-identity_confirmed_by_other = Ким підтверджено особу (інше)
field-personal-identity_comments = Коментарі щодо встановлення особи
field-personal-children_to_return = Діти, які повертаються
    .help = Якщо так, заповніть форму для дитини на кожну дитину.
field-personal-languages = Мови, якими володіє постраждала особа
field-personal-reflection_period = Надано період відновлення та роздумів
field-personal-reflection_start = Період відновлення та роздумів: дата початку
field-personal-reflection_end = Період відновлення та роздумів: дата закінчення

## Fields: 1.2 case information

field-case-exploitation_types = Вид експлуатації
field-case-exploitation_other = Вид експлуатації (інше)
field-case-exploitation_comments = Коментарі щодо експлуатації
field-case-recruitment_means = Спосіб вербування
field-case-recruitment_other = Спосіб вербування (інше)
field-case-recruitment_comments = Коментарі щодо вербування
field-case-recruitment_country = Країна вербування
field-case-transit_countries = Країна (країни) транзиту під час поїздки
field-case-exploitation_countries = Країна (країни) експлуатації
field-case-exploitation_began = Дата початку торгівлі людьми/експлуатації
field-case-exploitation_ended = Дата виходу із ситуації торгівлі людьми/експлуатації
field-case-identification_country = Країна ідентифікації
field-case-formal_identification = Офіційна ідентифікація
field-case-identified_on = Дата ідентифікації
field-case-previously_trafficked = Особа раніше постраждала від торгівлі людьми
field-case-previous_exploitation_countries = Країна (країни) попередньої експлуатації

## Fields: 2. first assistance

field-first_basic-received = Отримана допомога
field-first_basic-comments = Коментарі щодо первинної допомоги
field-first_legal-residence_permit = Посвідка на тимчасове проживання
field-first_legal-legal_representative = Надано правового представника
field-first_legal-other_procedures = Розпочато інші процедури
field-first_protection-safety_measures = Надані заходи безпеки
field-first_protection-safety_other = Заходи безпеки (інше)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Розміщення в країні походження
field-needs_basic-accommodation_other = Розміщення (інше)
field-needs_basic-needs = Необхідна допомога
field-needs_basic-other_assistance = Інша допомога
field-health-medical_history = Медичний анамнез
field-health-chronic_diseases = Хронічні захворювання
field-health-addiction = Залежність
field-health-medication = Призначені лікарські засоби
field-health-comments = Коментарі щодо здоров'я
field-safety-risk_assessment = Проведено оцінку ризиків
field-safety-harm_sources = Особи, які можуть заподіяти шкоду
field-safety-harm_other = Особи, які можуть заподіяти шкоду (інше)
field-safety-unsafe_locations = Місця, які можуть бути небезпечними
field-safety-comments = Коментарі щодо безпеки
field-retrafficking-risk_level = Ризик повторного потрапляння в ситуацію торгівлі людьми
field-retrafficking-assessment_done = Проведено оцінку ризику
field-retrafficking-assessed_with = Проведено у співпраці з
field-retrafficking-comments = Коментарі щодо ризику повторного потрапляння в ситуацію торгівлі людьми

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Бажає взяти участь у програмі допомоги в країні походження або третій країні
field-perspective-informed_of_programme = Отримано інформацію про програму допомоги в країні походження або третій країні

## Fields: 5. return and travel data

field-travel-arrival = Дата й час прибуття до країни походження або третьої країни
field-travel-transport_modes = Вид транспорту
field-travel-transport_details = Пункт пропуску через державний кордон, назва перевізника, номер і розклад рейсу
field-travel-escorts = Ім'я та контактні дані супровідника (супровідників)
field-travel-security_measures = Заходи безпеки
field-travel-medical_treatment = Медична допомога під час поїздки
field-travel-receiving_person = Особа, яка зустрічає

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Розміщення
field-lt_basic-accommodation_other = Розміщення (інше)
field-lt_basic-comments = Коментарі щодо розміщення
field-lt_measures-medical = Довгострокова медична допомога
field-lt_measures-psychological = Психологічне консультування
field-lt_measures-education = Освіта
field-lt_measures-vocational_training = Професійне навчання
field-lt_measures-job_placement = Сприяння у працевлаштуванні
field-lt_measures-financial_support = Фінансова підтримка
field-lt_measures-housing = Житлова субсидія/допомога з житлом
field-lt_measures-interpretation = Усний переклад
field-lt_measures-family_mediation = Сімейна медіація
field-lt_measures-family_therapy = Сімейна терапія/консультування
field-lt_measures-family_contact = Постраждала особа регулярно підтримує зв'язок із сім'єю
field-lt_measures-family_contact_comments = Коментарі щодо зв'язку із сім'єю
field-lt_legal-assistance = Надана правова та адміністративна допомога
field-lt_legal-other = Правова та адміністративна допомога (інше)
field-lt_protection-safety_measures = Застосовані заходи безпеки

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Провадження розпочато
field-proceedings_exploitation-kinds = Вид провадження
field-proceedings_exploitation-statement_taken = Поліція отримала показання постраждалої особи
field-proceedings_exploitation-testified = Постраждала особа давала показання в суді
field-proceedings_exploitation-compensation_claimed = Постраждала особа подала вимогу про компенсацію
field-proceedings_exploitation-compensation_obtained = Постраждала особа отримала компенсацію
field-proceedings_exploitation-court_decision = Рішення суду
field-proceedings_exploitation-legal_status = Правовий статус постраждалої особи
field-proceedings_exploitation-comments = Коментарі щодо провадження
field-proceedings_origin-case_initiated = Провадження розпочато
field-proceedings_origin-statement_taken = Поліція отримала показання постраждалої особи
field-proceedings_origin-testified = Постраждала особа давала показання в суді
field-proceedings_origin-compensation_claimed = Постраждала особа подала вимогу про компенсацію
field-proceedings_origin-compensation_obtained = Постраждала особа отримала компенсацію
field-proceedings_origin-court_decision = Рішення суду
field-proceedings_origin-comments = Коментарі щодо провадження

## Fields: 8. contacts

field-contacts-identification_exploitation = Ідентифікація: країна експлуатації
field-contacts-identification_origin = Ідентифікація: країна походження
field-contacts-first_assistance_exploitation = Первинна допомога та захист: країна експлуатації
field-contacts-first_assistance_origin = Первинна допомога та захист: країна походження
field-contacts-long_term_exploitation = Довгострокова допомога та соціальна інтеграція: країна експлуатації
field-contacts-long_term_origin = Довгострокова допомога та соціальна інтеграція: країна походження
field-contacts-return_exploitation = Повернення: країна експлуатації
field-contacts-return_origin = Повернення: країна походження
field-contacts-proceedings_exploitation = Кримінальне та цивільне провадження: країна експлуатації
field-contacts-proceedings_origin = Кримінальне та цивільне провадження: країна походження
field-contacts-interpreter_exploitation = Ім'я перекладача: країна експлуатації
field-contacts-interpreter_origin = Ім'я перекладача: країна походження

## Fields: the child's template

field-child-name = Прізвище та ім'я дитини
field-child-relation = Ким є дитина
field-child-sex = Стать
field-child-date_of_birth = Дата народження
field-child-age_group = Вік
field-child-citizenship = Громадянство
field-child-accompanied = Подорожує з одним із батьків або законним представником
field-child_safeguards-guardian_appointed = Опікуна призначено
field-child_safeguards-guardian = Опікун
field-child_safeguards-best_interests_done = Визначення найкращих інтересів дитини проведено
field-child_safeguards-best_interests_date = Дата визначення найкращих інтересів дитини
field-child_safeguards-best_interests_summary = Стислий виклад визначення найкращих інтересів дитини
field-child_safeguards-family_tracing = Розшук сім'ї
field-child_needs-care_on_return = Організація догляду після повернення
field-child_needs-schooling = Шкільне навчання
field-child_needs-health_needs = Потреби щодо здоров'я
field-child_needs-comments = Коментарі

## Code lists

list-sex-male = Чоловіча
list-sex-female = Жіноча
list-sex-other = Інша
list-sex-unknown = Невідомо
list-age_group-under_18 = До 18 років
list-age_group-over_18 = Понад 18 років
list-age_group-unknown = Невідомо
list-marital_status-single = Неодружений/незаміжня
list-marital_status-married = Одружений/заміжня
list-marital_status-divorced = Розлучений/розлучена
list-marital_status-widowed = Вдівець/вдова
list-marital_status-partnership = Партнерство
list-marital_status-unknown = Невідомо
list-travel_document-passport = Паспорт
list-travel_document-laissez_passer = Laissez-passer (тимчасовий проїзний документ)
list-travel_document-identity_card = Посвідчення особи
list-identity_confirmer-police = Поліція
list-identity_confirmer-embassy_or_consulate = Посольство або консульська установа
list-identity_confirmer-civil_registry = Орган місцевого самоврядування/орган реєстрації актів цивільного стану
list-identity_confirmer-other = Інше
list-exploitation_type-sexual = Сексуальна експлуатація
list-exploitation_type-labour = Трудова експлуатація
list-exploitation_type-begging = Жебрацтво
list-exploitation_type-removal_of_organs = Вилучення органів
list-exploitation_type-adoption = Усиновлення
list-exploitation_type-forced_criminality = Залучення до злочинної діяльності (примусова злочинність)
list-exploitation_type-other = Інше
list-recruitment_means-personal_contact = Через особисті контакти
list-recruitment_means-advertisement = Через оголошення
list-recruitment_means-travel_agency = Через туристичну агенцію
list-recruitment_means-employment_agency = Через агенцію з працевлаштування
list-recruitment_means-family_member = Через члена сім'ї
list-recruitment_means-abduction_force = Викрадення/застосування сили
list-recruitment_means-other = Інше
list-recruitment_means-unknown = Невідомо
list-first_assistance-accommodation = Розміщення
list-first_assistance-medical = Медичний огляд/допомога/оцінка стану здоров'я
list-first_assistance-psychological = Психологічне консультування/психосоціальна підтримка
list-first_assistance-interpretation = Усний переклад
list-first_assistance-family_contact = Встановлено зв'язок із сім'єю або іншими близькими особами
list-first_assistance-legal_adviser = Призначено юридичного радника
list-first_assistance-guardian = Призначено опікуна
list-permit_status-obtained = Отримано
list-permit_status-not_obtained = Не отримано
list-permit_status-procedure_started = Процедуру розпочато
list-safety_measure-shelter = Розміщення в притулку
list-safety_measure-victim_protection = Захист постраждалої особи
list-safety_measure-physical_protection = Фізичний захист
list-safety_measure-resettlement_third_country = Переселення до третьої країни
list-safety_measure-other = Інше
list-accommodation-shelter = Притулок
list-accommodation-own_family = Власна сім'я
list-accommodation-alternative = Альтернативне розміщення
list-accommodation-other = Інше
list-origin_need-medical = Медичний огляд/допомога/оцінка стану здоров'я
list-origin_need-psychological = Психологічне консультування/психосоціальна підтримка
list-origin_need-family_contact = Встановлення зв'язку із сім'єю або іншими близькими особами
list-origin_need-legal_adviser = Юридичний радник
list-origin_need-guardian = Опікун
list-origin_need-other = Інше
list-harm_source-family_member = Член сім'ї
list-harm_source-partner = Партнер/партнерка
list-harm_source-friend = Друг/подруга
list-harm_source-community_member = Член громади
list-harm_source-other = Інше
list-risk_level-very_high = Дуже високий
list-risk_level-high = Високий
list-risk_level-medium = Середній
list-risk_level-low = Низький
list-risk_participant-trafficked_person = Постраждала особа
list-risk_participant-relatives = Родичі
list-risk_participant-authorities_origin = Органи влади країни походження
list-risk_participant-authorities_destination = Органи влади країни призначення
list-risk_participant-guardian = Опікун
list-risk_participant-ngo = Неурядова організація
list-risk_participant-other = Інше
list-transport_mode-air = Повітряним транспортом
list-transport_mode-land = Наземним транспортом
list-transport_mode-sea = Морським транспортом
list-legal_assistance-identity_documents = Оформлення документів, що посвідчують особу
list-legal_assistance-guardian = Призначення опікуна
list-legal_assistance-health_insurance_card = Оформлення картки медичного страхування
list-legal_assistance-legal_counselling = Юридичне консультування
list-legal_assistance-legal_representation = Правове представництво
list-legal_assistance-other = Інше
list-proceedings_kind-civil = Цивільне провадження
list-proceedings_kind-criminal = Кримінальне провадження
list-court_decision-sentenced = Торговця людьми засуджено
list-court_decision-released = Торговця людьми звільнено
list-court_decision-underway = Провадження триває
list-child_relation-trafficked_person = Особа, яка постраждала від торгівлі людьми
list-child_relation-child_of_person = Дитина постраждалої особи
list-child_relation-other = Інша дитина, яка перебуває під доглядом постраждалої особи
list-family_tracing-not_needed = Не потрібен
list-family_tracing-not_started = Не розпочато
list-family_tracing-in_progress = Триває
list-family_tracing-family_found = Сім'ю знайдено
list-family_tracing-not_found = Сім'ю не знайдено

## Who fills what, and what kind of data

side-exploitation = Заповнює країна експлуатації
side-origin = Заповнює країна походження або третя країна після повернення постраждалої особи
side-either = Може заповнити будь-яка з країн
data-institutional = Інституційні дані
data-personal = Персональні дані
data-special = Дані особливої категорії

## Values

value-yes = Так
value-no = Ні
value-empty = Не заповнено
value-offered = Запропоновано постраждалій особі
value-accepted = Прийнято постраждалою особою
value-not-offered = Не запропоновано
value-written-in = мова запису: { $language }
contact-organisation = Установа/організація
contact-person = Контактна особа (особи)
contact-title = Посада
contact-address = Адреса
contact-telephone = Телефон
contact-fax = Факс
contact-mobile = Мобільний телефон
contact-email = Електронна пошта
contact-other = Інший контакт (напр., ідентифікатор у месенджері)

## The printed referral

print-confidential = Конфіденційно: містить персональні дані та дані особливої категорії щодо особи, яка постраждала від торгівлі людьми. Не копіювати й не пересилати.
print-referral = Перенаправлення
print-version = Версія { $version }
print-template-version = Версія форми { $template }, національний профіль { $country }, версія { $profile }
print-state-draft = Чернетка: не надіслано
print-state-sent = Надіслано
print-state-received = Отримано
print-from-to = Відправник: { $from }; одержувач: { $to }
print-child-number = Дитина { $number }
print-added-by-profile = Поле, додане національним профілем: { $country }
print-unknown-field = Поле відсутнє у формі цього вузла; показано з назвою, яку дав відправник
print-page-footer = Транснаціональне перенаправлення OpenTRM. Надруковано { $date }.
print-no-children = Форму для дитини не додано.
