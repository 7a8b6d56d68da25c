# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Bulgarian:
# section titles, field labels, help texts and code-list values, in Bulgarian (български).
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.

## The template

template-title = Транснационално насочване
template-subtitle = Проследяване на транснационалното насочване на жертва на трафик

## Sections

section-header = Заглавна част
section-general = Обща информация
section-first_assistance = Първоначална помощ, получена в държавата на експлоатация
section-needs = Кратко описание на нуждите от помощ в държавата на произход или в трета държава
section-perspective = Гледната точка на жертвата
section-return = Информация за завръщането / данни за пътуването
section-long_term = Дългосрочна помощ, предложена в държавата на произход или в трета държава
section-proceedings = Граждански и наказателни производства
section-contacts = Контакти в държавата на експлоатация и в държавата на произход/третата държава
section-child = Формуляр за дете, което предстои да бъде върнато
    .help = По един запис за всяко дете, което предстои да бъде върнато: дете – жертва на трафик, или дете, което пътува с жертвата на трафик.

## Groups

group-header = Дата и институции, попълващи формуляра
group-consents = Съгласия на жертвата на трафик
    .help = И двете съгласия се дават след информиране, датирани са и могат да бъдат оттеглени. Нищо не се изпраща в друга държава без съгласие за споделяне на данни.
group-personal = Лични данни
group-case = Информация за случая
group-first_basic = Основни нужди
group-first_legal = Правна помощ
group-first_protection = Закрила
group-needs_basic = Основни нужди
group-health = Здраве
    .help = Специални категории лични данни: попълнете само това, от което приемащите служби се нуждаят, за да се грижат за лицето.
group-safety = Рискове за сигурността
group-retrafficking = Риск от повторно попадане в трафик
group-perspective = Гледната точка на жертвата
group-travel = Данни за завръщането и пътуването
group-lt_basic = Основни нужди
group-lt_measures = Мерки за дългосрочна помощ и социално включване
    .help = За всяка мярка отбележете дали е била предложена на жертвата и дали жертвата я е приела.
group-lt_legal = Правна и административна помощ
group-lt_protection = Закрила
group-proceedings_exploitation = В държавата на експлоатация
group-proceedings_origin = В държавата на произход
group-contacts = Контакти по процедури на транснационалния механизъм за насочване
group-child = Детето
group-child_safeguards = Настойник/попечител и най-добър интерес на детето
    .help = Детето се връща само след оценка на най-добрия му интерес и след назначаване на настойник/попечител.
group-child_needs = Грижа и нужди след завръщането

## Fields: header

field-header-date = Дата
field-header-exploitation_institution = Институция/организация, попълваща формуляра в държавата на експлоатация
field-header-origin_institution = Институция/организация, попълваща формуляра в държавата на произход
field-consents-share_data = Съгласие на жертвата за споделяне на данни между държавата на експлоатация и държавата на произход
field-consents-share_data_comments = Бележки относно съгласието за споделяне на данни
field-consents-return = Съгласие на жертвата за завръщане в държавата на произход/трета държава
field-consents-return_comments = Бележки относно съгласието за завръщане

## Fields: 1.1 personal information

field-personal-name = Име на жертвата на трафик
field-personal-other_names = Предишни имена, прякори
field-personal-sex = Пол
field-personal-place_of_birth = Място на раждане
field-personal-date_of_birth = Дата на раждане
field-personal-age_group = Възраст
    .help = Ако датата на раждане не е известна, посочете приблизителна възраст.
field-personal-residence_address = Адрес на местоживеене
field-personal-residence_country = Държава на пребиваване
field-personal-citizenship = Гражданство
field-personal-marital_status = Семейно положение
field-personal-valid_travel_document = Притежава валиден документ за пътуване
field-personal-travel_documents = Документи за пътуване
field-personal-travel_document_comments = Бележки относно документите за пътуване
field-personal-identity_confirmed = Самоличността е потвърдена
field-personal-identity_confirmed_by = Самоличността е потвърдена от
field-personal-identity_confirmed_by_other = Самоличността е потвърдена от (друго)
field-personal-identity_comments = Бележки относно самоличността
field-personal-children_to_return = Деца, които предстои да бъдат върнати
    .help = Ако отговорът е да, попълнете формуляра за дете за всяко дете.
field-personal-languages = Език/езици, които говори жертвата на трафик
field-personal-reflection_period = Предоставен период за размисъл
field-personal-reflection_start = Период за размисъл: начална дата
field-personal-reflection_end = Период за размисъл: крайна дата

## Fields: 1.2 case information

field-case-exploitation_types = Вид експлоатация
field-case-exploitation_other = Вид експлоатация (друго)
field-case-exploitation_comments = Бележки относно експлоатацията
field-case-recruitment_means = Начин на набиране
field-case-recruitment_other = Начин на набиране (друго)
field-case-recruitment_comments = Бележки относно набирането
field-case-recruitment_country = Държава на набиране
field-case-transit_countries = Държава/държави на транзит по време на пътуването
field-case-exploitation_countries = Държава/държави на експлоатация
field-case-exploitation_began = Дата на начало на трафика/експлоатацията
field-case-exploitation_ended = Дата на излизане от трафика/експлоатацията
field-case-identification_country = Държава на идентификация
field-case-formal_identification = Формална идентификация
field-case-identified_on = Дата на идентификация
field-case-previously_trafficked = Лицето е било жертва на трафик и преди
field-case-previous_exploitation_countries = Държава/държави на предишна експлоатация

## Fields: 2. first assistance

field-first_basic-received = Получена помощ
field-first_basic-comments = Бележки относно първоначалната помощ
field-first_legal-residence_permit = Разрешение за временно пребиваване
field-first_legal-legal_representative = Осигурен правен представител
field-first_legal-other_procedures = Започнати други процедури
field-first_protection-safety_measures = Предоставени мерки за безопасност
field-first_protection-safety_other = Мерки за безопасност (друго)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Настаняване в държавата на произход
field-needs_basic-accommodation_other = Настаняване (друго)
field-needs_basic-needs = Необходима помощ
field-needs_basic-other_assistance = Друга помощ
field-health-medical_history = Медицинска история
field-health-chronic_diseases = Хронични заболявания
field-health-addiction = Зависимост
field-health-medication = Лекарства по лекарско предписание
field-health-comments = Бележки относно здравето
field-safety-risk_assessment = Извършена оценка на риска
field-safety-harm_sources = Лица, които могат да причинят вреда на жертвата
field-safety-harm_other = Лица, които могат да причинят вреда на жертвата (друго)
field-safety-unsafe_locations = Места, които може да не са безопасни
field-safety-comments = Бележки относно безопасността
field-retrafficking-risk_level = Риск от повторно попадане в трафик
field-retrafficking-assessment_done = Извършена оценка на риска
field-retrafficking-assessed_with = Оценката е извършена в сътрудничество с
field-retrafficking-comments = Бележки относно риска от повторно попадане в трафик

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Жертвата желае да бъде включена в програма за помощ в държавата на произход или в трета държава
field-perspective-informed_of_programme = Жертвата е получила информация за програмата за помощ в държавата на произход или в трета държава

## Fields: 5. return and travel data

field-travel-arrival = Дата и час на пристигане в държавата на произход или в трета държава
field-travel-transport_modes = Вид транспорт
field-travel-transport_details = Граничен контролно-пропускателен пункт, име на превозвача, номер и разписание
field-travel-escorts = Име и данни за контакт на придружителя/придружителите
field-travel-security_measures = Мерки за сигурност
field-travel-medical_treatment = Медицинско лечение по време на пътуването
field-travel-receiving_person = Лице, което посреща жертвата

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Настаняване
field-lt_basic-accommodation_other = Настаняване (друго)
field-lt_basic-comments = Бележки относно настаняването
field-lt_measures-medical = Дългосрочна медицинска помощ
field-lt_measures-psychological = Психологическо консултиране
field-lt_measures-education = Образование
field-lt_measures-vocational_training = Професионално обучение
field-lt_measures-job_placement = Съдействие за намиране на работа
field-lt_measures-financial_support = Финансова подкрепа
field-lt_measures-housing = Жилищна помощ/субсидия
field-lt_measures-interpretation = Устен превод
field-lt_measures-family_mediation = Семейна медиация
field-lt_measures-family_therapy = Семейна терапия/консултиране
field-lt_measures-family_contact = Жертвата поддържа редовен контакт със семейството си
field-lt_measures-family_contact_comments = Бележки относно контакта със семейството
field-lt_legal-assistance = Предоставена правна и административна помощ
field-lt_legal-other = Правна и административна помощ (друго)
field-lt_protection-safety_measures = Приложени мерки за безопасност

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Образувано производство
field-proceedings_exploitation-kinds = Вид производство
field-proceedings_exploitation-statement_taken = Жертвата е дала показания пред полицията
field-proceedings_exploitation-testified = Жертвата е свидетелствала в съда
field-proceedings_exploitation-compensation_claimed = Жертвата е предявила иск за обезщетение
field-proceedings_exploitation-compensation_obtained = Жертвата е получила обезщетение
field-proceedings_exploitation-court_decision = Съдебно решение
field-proceedings_exploitation-legal_status = Правен статут на жертвата
field-proceedings_exploitation-comments = Бележки относно производствата
field-proceedings_origin-case_initiated = Образувано производство
field-proceedings_origin-statement_taken = Жертвата е дала показания пред полицията
field-proceedings_origin-testified = Жертвата е свидетелствала в съда
field-proceedings_origin-compensation_claimed = Жертвата е предявила иск за обезщетение
field-proceedings_origin-compensation_obtained = Жертвата е получила обезщетение
field-proceedings_origin-court_decision = Съдебно решение
field-proceedings_origin-comments = Бележки относно производствата

## Fields: 8. contacts

field-contacts-identification_exploitation = Идентификация: държава на експлоатация
field-contacts-identification_origin = Идентификация: държава на произход
field-contacts-first_assistance_exploitation = Първоначална помощ и закрила: държава на експлоатация
field-contacts-first_assistance_origin = Първоначална помощ и закрила: държава на произход
field-contacts-long_term_exploitation = Дългосрочна помощ и социално включване: държава на експлоатация
field-contacts-long_term_origin = Дългосрочна помощ и социално включване: държава на произход
field-contacts-return_exploitation = Завръщане: държава на експлоатация
field-contacts-return_origin = Завръщане: държава на произход
field-contacts-proceedings_exploitation = Наказателни и граждански производства: държава на експлоатация
field-contacts-proceedings_origin = Наказателни и граждански производства: държава на произход
field-contacts-interpreter_exploitation = Име на преводача: държава на експлоатация
field-contacts-interpreter_origin = Име на преводача: държава на произход

## Fields: the child's template

field-child-name = Име на детето
field-child-relation = Детето е
field-child-sex = Пол
field-child-date_of_birth = Дата на раждане
field-child-age_group = Възраст
field-child-citizenship = Гражданство
field-child-accompanied = Пътува с родител или законен представител
field-child_safeguards-guardian_appointed = Назначен настойник/попечител
field-child_safeguards-guardian = Настойник/попечител
field-child_safeguards-best_interests_done = Извършена оценка на най-добрия интерес на детето
field-child_safeguards-best_interests_date = Дата на оценката на най-добрия интерес на детето
field-child_safeguards-best_interests_summary = Резюме на оценката на най-добрия интерес на детето
field-child_safeguards-family_tracing = Издирване на семейството
field-child_needs-care_on_return = Организация на грижата след завръщането
field-child_needs-schooling = Училищно обучение
field-child_needs-health_needs = Здравни нужди
field-child_needs-comments = Бележки

## Code lists

list-sex-male = Мъжки
list-sex-female = Женски
list-sex-other = Друг
list-sex-unknown = Неизвестен
list-age_group-under_18 = Под 18 години
list-age_group-over_18 = Над 18 години
list-age_group-unknown = Неизвестна
list-marital_status-single = Неженен/неомъжена
list-marital_status-married = Женен/омъжена
list-marital_status-divorced = Разведен/разведена
list-marital_status-widowed = Вдовец/вдовица
list-marital_status-partnership = Фактическо съжителство
list-marital_status-unknown = Неизвестно
list-travel_document-passport = Паспорт
list-travel_document-laissez_passer = Временен паспорт (laissez-passer)
list-travel_document-identity_card = Лична карта
list-identity_confirmer-police = Полиция
list-identity_confirmer-embassy_or_consulate = Посолство или консулско представителство
list-identity_confirmer-civil_registry = Община/служба по гражданска регистрация
list-identity_confirmer-other = Друго
list-exploitation_type-sexual = Сексуална експлоатация
list-exploitation_type-labour = Трудова експлоатация
list-exploitation_type-begging = Просия
list-exploitation_type-removal_of_organs = Отнемане на органи
list-exploitation_type-adoption = Осиновяване
list-exploitation_type-forced_criminality = Принуждаване към престъпна дейност
list-exploitation_type-other = Друго
list-recruitment_means-personal_contact = Чрез личен контакт
list-recruitment_means-advertisement = Чрез обява
list-recruitment_means-travel_agency = Чрез туристическа агенция
list-recruitment_means-employment_agency = Чрез агенция за посредничество при наемане на работа
list-recruitment_means-family_member = Чрез член на семейството
list-recruitment_means-abduction_force = Отвличане/сила
list-recruitment_means-other = Друго
list-recruitment_means-unknown = Неизвестно
list-first_assistance-accommodation = Настаняване
list-first_assistance-medical = Медицински преглед/помощ/оценка
list-first_assistance-psychological = Психологическо консултиране/психосоциална подкрепа
list-first_assistance-interpretation = Устен превод
list-first_assistance-family_contact = Осъществен контакт със семейството или други близки лица
list-first_assistance-legal_adviser = Назначен правен съветник
list-first_assistance-guardian = Назначен настойник/попечител
list-permit_status-obtained = Получено
list-permit_status-not_obtained = Не е получено
list-permit_status-procedure_started = Започната процедура
list-safety_measure-shelter = Настаняване в приют
list-safety_measure-victim_protection = Закрила на жертвата
list-safety_measure-physical_protection = Физическа защита
list-safety_measure-resettlement_third_country = Презаселване в трета държава
list-safety_measure-other = Друго
list-accommodation-shelter = Приют
list-accommodation-own_family = Собственото семейство
list-accommodation-alternative = Алтернативно настаняване
list-accommodation-other = Друго
list-origin_need-medical = Медицински преглед/помощ/оценка
list-origin_need-psychological = Психологическо консултиране/психосоциална подкрепа
list-origin_need-family_contact = Осъществяване на контакт със семейството или други близки лица
list-origin_need-legal_adviser = Правен съветник
list-origin_need-guardian = Настойник/попечител
list-origin_need-other = Друго
list-harm_source-family_member = Член на семейството
list-harm_source-partner = Партньор
list-harm_source-friend = Приятел
list-harm_source-community_member = Член на общността
list-harm_source-other = Друго
list-risk_level-very_high = Много висок
list-risk_level-high = Висок
list-risk_level-medium = Среден
list-risk_level-low = Нисък
list-risk_participant-trafficked_person = Жертвата на трафик
list-risk_participant-relatives = Роднини
list-risk_participant-authorities_origin = Компетентните органи в държавата на произход
list-risk_participant-authorities_destination = Компетентните органи в държавата на местоназначение
list-risk_participant-guardian = Настойник/попечител
list-risk_participant-ngo = Неправителствена организация
list-risk_participant-other = Друго
list-transport_mode-air = По въздух
list-transport_mode-land = По суша
list-transport_mode-sea = По море
list-legal_assistance-identity_documents = Издаване на документи за самоличност
list-legal_assistance-guardian = Назначаване на настойник/попечител
list-legal_assistance-health_insurance_card = Издаване на здравноосигурителен документ
list-legal_assistance-legal_counselling = Правно консултиране
list-legal_assistance-legal_representation = Процесуално представителство
list-legal_assistance-other = Друго
list-proceedings_kind-civil = Гражданско производство
list-proceedings_kind-criminal = Наказателно производство
list-court_decision-sentenced = Трафикантът е осъден
list-court_decision-released = Трафикантът е освободен
list-court_decision-underway = Производството е в ход
list-child_relation-trafficked_person = Жертвата на трафик
list-child_relation-child_of_person = Дете на жертвата на трафик
list-child_relation-other = Друго дете, за което се грижи жертвата на трафик
list-family_tracing-not_needed = Не е необходимо
list-family_tracing-not_started = Не е започнато
list-family_tracing-in_progress = В ход
list-family_tracing-family_found = Семейството е открито
list-family_tracing-not_found = Семейството не е открито

## Who fills what, and what kind of data

side-exploitation = Попълва се от държавата на експлоатация
side-origin = Попълва се от държавата на произход или от третата държава след завръщането на жертвата
side-either = Може да се попълни от всяка от двете държави
data-institutional = Институционални данни
data-personal = Лични данни
data-special = Специални категории лични данни

## Values

value-yes = Да
value-no = Не
value-empty = Не е попълнено
value-offered = Предложено на жертвата
value-accepted = Прието от жертвата
value-not-offered = Не е предложено
value-written-in = написано на език: { $language }
contact-organisation = Институция/организация
contact-person = Лице/лица за контакт
contact-title = Длъжност
contact-address = Адрес
contact-telephone = Телефон
contact-fax = Факс
contact-mobile = Мобилен телефон
contact-email = Имейл
contact-other = Друг контакт (напр. идентификатор в приложение за съобщения)

## The printed referral

print-confidential = Поверително: съдържа лични данни и специални категории лични данни за жертва на трафик. Да не се копира и да не се препраща.
print-referral = Насочване
print-version = Версия { $version }
print-template-version = Версия на формуляра { $template }, национален профил { $country }, версия { $profile }
print-state-draft = Чернова: неизпратено
print-state-sent = Изпратено
print-state-received = Получено
print-from-to = От { $from } до { $to }
print-child-number = Дете { $number }
print-added-by-profile = Поле, добавено от националния профил ({ $country })
print-unknown-field = Поле, което липсва във формуляра на този възел, показано с етикета, даден от подателя
print-page-footer = Транснационално насочване OpenTRM. Отпечатано на { $date }.
print-no-children = Няма приложен формуляр за дете.
