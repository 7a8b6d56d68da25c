# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Macedonian:
# section titles, field labels, help texts and code-list values, in Macedonian (македонски).
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.

## The template

template-title = Транснационално упатување
template-subtitle = Следење на транснационалното упатување на жртва на трговија со луѓе

## Sections

section-header = Заглавие
section-general = Општи информации
section-first_assistance = Првична помош добиена во земјата на експлоатација
section-needs = Краток преглед на потребите од помош во земјата на потекло или во трета земја
section-perspective = Ставот на жртвата
section-return = Информации за враќањето / податоци за патувањето
section-long_term = Долгорочна помош понудена во земјата на потекло или во трета земја
section-proceedings = Граѓански и кривични постапки
section-contacts = Контакти во земјата на експлоатација и во земјата на потекло/третата земја
section-child = Образец за дете што треба да се врати
    .help = Еден внес за секое дете што треба да се врати: дете жртва на трговија со луѓе или дете што патува со жртвата на трговија со луѓе.

## Groups

group-header = Датум и институции што го пополнуваат образецот
group-consents = Согласности на жртвата на трговија со луѓе
    .help = Двете согласности се даваат по претходно информирање, датирани се и можат да се повлечат. Ништо не се испраќа во друга земја без согласност за споделување податоци.
group-personal = Лични податоци
group-case = Информации за случајот
group-first_basic = Основни потреби
group-first_legal = Правна помош
group-first_protection = Заштита
group-needs_basic = Основни потреби
group-health = Здравје
    .help = Посебни категории лични податоци: внесете само она што им е потребно на службите што го прифаќаат лицето за да се грижат за него.
group-safety = Безбедносни ризици
group-retrafficking = Ризик од повторна трговија со луѓе
group-perspective = Ставот на жртвата
group-travel = Податоци за враќањето и патувањето
group-lt_basic = Основни потреби
group-lt_measures = Мерки за долгорочна помош и социјална вклученост
    .help = За секоја мерка наведете дали ѝ била понудена на жртвата и дали жртвата ја прифатила.
group-lt_legal = Правна и административна помош
group-lt_protection = Заштита
group-proceedings_exploitation = Во земјата на експлоатација
group-proceedings_origin = Во земјата на потекло
group-contacts = Контакти по постапки на транснационалниот механизам за упатување
group-child = Детето
group-child_safeguards = Старател и најдобар интерес на детето
    .help = Детето се враќа само по извршена проценка на најдобриот интерес на детето и по назначување старател.
group-child_needs = Згрижување и потреби по враќањето

## Fields: header

field-header-date = Датум
field-header-exploitation_institution = Институција/организација што го пополнува образецот во земјата на експлоатација
field-header-origin_institution = Институција/организација што го пополнува образецот во земјата на потекло
field-consents-share_data = Согласност на жртвата за споделување податоци меѓу земјата на експлоатација и земјата на потекло
field-consents-share_data_comments = Забелешки за согласноста за споделување податоци
field-consents-return = Согласност на жртвата за враќање во земјата на потекло/трета земја
field-consents-return_comments = Забелешки за согласноста за враќање

## Fields: 1.1 personal information

field-personal-name = Име и презиме на жртвата на трговија со луѓе
field-personal-other_names = Претходни имиња, прекари
field-personal-sex = Пол
field-personal-place_of_birth = Место на раѓање
field-personal-date_of_birth = Датум на раѓање
field-personal-age_group = Возраст
    .help = Ако датумот на раѓање не е познат, наведете проценета возраст.
field-personal-residence_address = Адреса на живеалиште
field-personal-residence_country = Земја на живеалиште
field-personal-citizenship = Државјанство
field-personal-marital_status = Брачна состојба
field-personal-valid_travel_document = Поседува важечка патна исправа
field-personal-travel_documents = Патни исправи
field-personal-travel_document_comments = Забелешки за патните исправи
field-personal-identity_confirmed = Идентитетот е потврден
field-personal-identity_confirmed_by = Орган што го потврдил идентитетот
field-personal-identity_confirmed_by_other = Орган што го потврдил идентитетот (друго)
field-personal-identity_comments = Забелешки за идентитетот
field-personal-children_to_return = Деца што треба да се вратат
    .help = Ако одговорот е да, пополнете го образецот за дете за секое дете.
field-personal-languages = Јазик/јазици што ги зборува жртвата на трговија со луѓе
field-personal-reflection_period = Одобрен период за размислување
field-personal-reflection_start = Период за размислување: датум на почеток
field-personal-reflection_end = Период за размислување: датум на завршување

## Fields: 1.2 case information

field-case-exploitation_types = Вид на експлоатација
field-case-exploitation_other = Вид на експлоатација (друго)
field-case-exploitation_comments = Забелешки за експлоатацијата
field-case-recruitment_means = Начин на врбување
field-case-recruitment_other = Начин на врбување (друго)
field-case-recruitment_comments = Забелешки за врбувањето
field-case-recruitment_country = Земја на врбување
field-case-transit_countries = Земја/земји на транзит за време на патувањето
field-case-exploitation_countries = Земја/земји на експлоатација
field-case-exploitation_began = Датум на почеток на трговијата со луѓе/експлоатацијата
field-case-exploitation_ended = Датум на излегување од трговијата со луѓе/експлоатацијата
field-case-identification_country = Земја на идентификација
field-case-formal_identification = Формална идентификација
field-case-identified_on = Датум на идентификација
field-case-previously_trafficked = Лицето претходно било жртва на трговија со луѓе
field-case-previous_exploitation_countries = Земја/земји на претходна експлоатација

## Fields: 2. first assistance

field-first_basic-received = Добиена помош
field-first_basic-comments = Забелешки за првичната помош
field-first_legal-residence_permit = Дозвола за привремен престој
field-first_legal-legal_representative = Обезбеден правен застапник
field-first_legal-other_procedures = Покренати други постапки
field-first_protection-safety_measures = Обезбедени безбедносни мерки
field-first_protection-safety_other = Безбедносни мерки (друго)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Сместување во земјата на потекло
field-needs_basic-accommodation_other = Сместување (друго)
field-needs_basic-needs = Потребна помош
field-needs_basic-other_assistance = Друга помош
field-health-medical_history = Медицинска историја
field-health-chronic_diseases = Хронични болести
field-health-addiction = Зависност
field-health-medication = Лекови на рецепт
field-health-comments = Забелешки за здравјето
field-safety-risk_assessment = Извршена проценка на ризикот
field-safety-harm_sources = Лица што можат да ѝ наштетат на жртвата
field-safety-harm_other = Лица што можат да ѝ наштетат на жртвата (друго)
field-safety-unsafe_locations = Места што можеби не се безбедни
field-safety-comments = Забелешки за безбедноста
field-retrafficking-risk_level = Ризик од повторна трговија со луѓе
field-retrafficking-assessment_done = Извршена проценка на ризикот
field-retrafficking-assessed_with = Проценката е извршена во соработка со
field-retrafficking-comments = Забелешки за ризикот од повторна трговија со луѓе

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Жртвата сака да биде вклучена во програма за помош во земјата на потекло или во трета земја
field-perspective-informed_of_programme = Жртвата добила информации за програмата за помош во земјата на потекло или во трета земја

## Fields: 5. return and travel data

field-travel-arrival = Датум и време на пристигнување во земјата на потекло или во трета земја
field-travel-transport_modes = Начин на превоз
field-travel-transport_details = Граничен премин, назив на превозникот, број и возен ред
field-travel-escorts = Име и податоци за контакт на придружникот/придружниците
field-travel-security_measures = Безбедносни мерки
field-travel-medical_treatment = Медицински третман за време на патувањето
field-travel-receiving_person = Лице што ја прифаќа жртвата

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Сместување
field-lt_basic-accommodation_other = Сместување (друго)
field-lt_basic-comments = Забелешки за сместувањето
field-lt_measures-medical = Долгорочна медицинска помош
field-lt_measures-psychological = Психолошко советување
field-lt_measures-education = Образование
field-lt_measures-vocational_training = Стручна обука
field-lt_measures-job_placement = Помош при вработување
field-lt_measures-financial_support = Финансиска поддршка
field-lt_measures-housing = Субвенција/помош за домување
field-lt_measures-interpretation = Усно преведување (толкување)
field-lt_measures-family_mediation = Семејна медијација
field-lt_measures-family_therapy = Семејна терапија/советување
field-lt_measures-family_contact = Жртвата е во редовен контакт со семејството
field-lt_measures-family_contact_comments = Забелешки за контактот со семејството
field-lt_legal-assistance = Обезбедена правна и административна помош
field-lt_legal-other = Правна и административна помош (друго)
field-lt_protection-safety_measures = Применети безбедносни мерки

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Покрената постапка
field-proceedings_exploitation-kinds = Вид на постапка
field-proceedings_exploitation-statement_taken = Полицијата зела изјава од жртвата
field-proceedings_exploitation-testified = Жртвата сведочела пред суд
field-proceedings_exploitation-compensation_claimed = Жртвата поднела барање за надомест на штета
field-proceedings_exploitation-compensation_obtained = Жртвата добила надомест на штета
field-proceedings_exploitation-court_decision = Судска одлука
field-proceedings_exploitation-legal_status = Правен статус на жртвата
field-proceedings_exploitation-comments = Забелешки за постапките
field-proceedings_origin-case_initiated = Покрената постапка
field-proceedings_origin-statement_taken = Полицијата зела изјава од жртвата
field-proceedings_origin-testified = Жртвата сведочела пред суд
field-proceedings_origin-compensation_claimed = Жртвата поднела барање за надомест на штета
field-proceedings_origin-compensation_obtained = Жртвата добила надомест на штета
field-proceedings_origin-court_decision = Судска одлука
field-proceedings_origin-comments = Забелешки за постапките

## Fields: 8. contacts

field-contacts-identification_exploitation = Идентификација: земја на експлоатација
field-contacts-identification_origin = Идентификација: земја на потекло
field-contacts-first_assistance_exploitation = Првична помош и заштита: земја на експлоатација
field-contacts-first_assistance_origin = Првична помош и заштита: земја на потекло
field-contacts-long_term_exploitation = Долгорочна помош и социјална вклученост: земја на експлоатација
field-contacts-long_term_origin = Долгорочна помош и социјална вклученост: земја на потекло
field-contacts-return_exploitation = Враќање: земја на експлоатација
field-contacts-return_origin = Враќање: земја на потекло
field-contacts-proceedings_exploitation = Кривични и граѓански постапки: земја на експлоатација
field-contacts-proceedings_origin = Кривични и граѓански постапки: земја на потекло
field-contacts-interpreter_exploitation = Име и презиме на толкувачот: земја на експлоатација
field-contacts-interpreter_origin = Име и презиме на толкувачот: земја на потекло

## Fields: the child's template

field-child-name = Име и презиме на детето
field-child-relation = Детето е
field-child-sex = Пол
field-child-date_of_birth = Датум на раѓање
field-child-age_group = Возраст
field-child-citizenship = Државјанство
field-child-accompanied = Патува со родител или старател
field-child_safeguards-guardian_appointed = Назначен старател
field-child_safeguards-guardian = Старател
field-child_safeguards-best_interests_done = Извршена проценка на најдобриот интерес на детето
field-child_safeguards-best_interests_date = Датум на проценката на најдобриот интерес на детето
field-child_safeguards-best_interests_summary = Резиме на проценката на најдобриот интерес на детето
field-child_safeguards-family_tracing = Пронаоѓање на семејството
field-child_needs-care_on_return = Начин на згрижување по враќањето
field-child_needs-schooling = Школување
field-child_needs-health_needs = Здравствени потреби
field-child_needs-comments = Забелешки

## Code lists

list-sex-male = Машки
list-sex-female = Женски
list-sex-other = Друго
list-sex-unknown = Непознато
list-age_group-under_18 = Под 18 години
list-age_group-over_18 = Над 18 години
list-age_group-unknown = Непознато
list-marital_status-single = Неженет/немажена
list-marital_status-married = Женет/мажена
list-marital_status-divorced = Разведен/разведена
list-marital_status-widowed = Вдовец/вдовица
list-marital_status-partnership = Вонбрачна заедница
list-marital_status-unknown = Непознато
list-travel_document-passport = Пасош
list-travel_document-laissez_passer = Патен лист (laissez-passer)
list-travel_document-identity_card = Лична карта
list-identity_confirmer-police = Полиција
list-identity_confirmer-embassy_or_consulate = Амбасада или конзуларно претставништво
list-identity_confirmer-civil_registry = Општина/матична евиденција
list-identity_confirmer-other = Друго
list-exploitation_type-sexual = Сексуална експлоатација
list-exploitation_type-labour = Трудова експлоатација
list-exploitation_type-begging = Питачење
list-exploitation_type-removal_of_organs = Отстранување органи
list-exploitation_type-adoption = Посвојување
list-exploitation_type-forced_criminality = Присилно вршење кривични дела
list-exploitation_type-other = Друго
list-recruitment_means-personal_contact = Преку личен контакт
list-recruitment_means-advertisement = Преку оглас
list-recruitment_means-travel_agency = Преку туристичка агенција
list-recruitment_means-employment_agency = Преку агенција за вработување
list-recruitment_means-family_member = Преку член на семејството
list-recruitment_means-abduction_force = Грабнување/сила
list-recruitment_means-other = Друго
list-recruitment_means-unknown = Непознато
list-first_assistance-accommodation = Сместување
list-first_assistance-medical = Медицински преглед/помош/проценка
list-first_assistance-psychological = Психолошко советување/психосоцијална поддршка
list-first_assistance-interpretation = Усно преведување (толкување)
list-first_assistance-family_contact = Воспоставен контакт со семејството или со други блиски лица
list-first_assistance-legal_adviser = Назначен правен советник
list-first_assistance-guardian = Назначен старател
list-permit_status-obtained = Добиена
list-permit_status-not_obtained = Не е добиена
list-permit_status-procedure_started = Постапката е започната
list-safety_measure-shelter = Сместување во засолниште
list-safety_measure-victim_protection = Заштита на жртвата
list-safety_measure-physical_protection = Физичка заштита
list-safety_measure-resettlement_third_country = Преселување во трета земја
list-safety_measure-other = Друго
list-accommodation-shelter = Засолниште
list-accommodation-own_family = Сопственото семејство
list-accommodation-alternative = Алтернативно сместување
list-accommodation-other = Друго
list-origin_need-medical = Медицински преглед/помош/проценка
list-origin_need-psychological = Психолошко советување/психосоцијална поддршка
list-origin_need-family_contact = Воспоставување контакт со семејството или со други блиски лица
list-origin_need-legal_adviser = Правен советник
list-origin_need-guardian = Старател
list-origin_need-other = Друго
list-harm_source-family_member = Член на семејството
list-harm_source-partner = Партнер
list-harm_source-friend = Пријател
list-harm_source-community_member = Член на заедницата
list-harm_source-other = Друго
list-risk_level-very_high = Многу висок
list-risk_level-high = Висок
list-risk_level-medium = Среден
list-risk_level-low = Низок
list-risk_participant-trafficked_person = Жртвата на трговија со луѓе
list-risk_participant-relatives = Роднини
list-risk_participant-authorities_origin = Надлежните органи во земјата на потекло
list-risk_participant-authorities_destination = Надлежните органи во земјата на одредиште
list-risk_participant-guardian = Старател
list-risk_participant-ngo = Невладина организација
list-risk_participant-other = Друго
list-transport_mode-air = По воздушен пат
list-transport_mode-land = По копнен пат
list-transport_mode-sea = По морски пат
list-legal_assistance-identity_documents = Издавање лични документи
list-legal_assistance-guardian = Назначување старател
list-legal_assistance-health_insurance_card = Издавање картичка за здравствено осигурување
list-legal_assistance-legal_counselling = Правно советување
list-legal_assistance-legal_representation = Правно застапување
list-legal_assistance-other = Друго
list-proceedings_kind-civil = Граѓанска постапка
list-proceedings_kind-criminal = Кривична постапка
list-court_decision-sentenced = Трговецот со луѓе е осуден
list-court_decision-released = Трговецот со луѓе е ослободен
list-court_decision-underway = Постапката е во тек
list-child_relation-trafficked_person = Жртвата на трговија со луѓе
list-child_relation-child_of_person = Дете на жртвата на трговија со луѓе
list-child_relation-other = Друго дете за кое се грижи жртвата на трговија со луѓе
list-family_tracing-not_needed = Не е потребно
list-family_tracing-not_started = Не е започнато
list-family_tracing-in_progress = Во тек
list-family_tracing-family_found = Семејството е пронајдено
list-family_tracing-not_found = Семејството не е пронајдено

## Who fills what, and what kind of data

side-exploitation = Го пополнува земјата на експлоатација
side-origin = Го пополнува земјата на потекло или третата земја по враќањето на жртвата
side-either = Може да го пополни која било од двете земји
data-institutional = Институционални податоци
data-personal = Лични податоци
data-special = Посебни категории лични податоци

## Values

value-yes = Да
value-no = Не
value-empty = Не е пополнето
value-offered = Понудено на жртвата
value-accepted = Прифатено од жртвата
value-not-offered = Не е понудено
value-written-in = напишано на јазик: { $language }
contact-organisation = Институција/организација
contact-person = Лице/лица за контакт
contact-title = Звање/функција
contact-address = Адреса
contact-telephone = Телефон
contact-fax = Факс
contact-mobile = Мобилен телефон
contact-email = Е-пошта
contact-other = Друг контакт (на пр. ID во апликација за пораки)

## The printed referral

print-confidential = Доверливо: содржи лични податоци и посебни категории лични податоци за жртва на трговија со луѓе. Да не се копира и да не се проследува.
print-referral = Упатување
print-version = Верзија { $version }
print-template-version = Верзија на образецот { $template }, национален профил { $country }, верзија { $profile }
print-state-draft = Нацрт: не е испратено
print-state-sent = Испратено
print-state-received = Примено
print-from-to = Од { $from } до { $to }
print-child-number = Дете { $number }
print-added-by-profile = Поле додадено од националниот профил ({ $country })
print-unknown-field = Поле што не постои во образецот на овој јазол, прикажано онака како што го означил испраќачот
print-page-footer = Транснационално упатување OpenTRM. Печатено на { $date }.
print-no-children = Не е приложен образец за дете.
