# OpenTRM - requests between countries' nodes and their replies, in Bulgarian (български):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Информация за
request-category-checks = Проверки на
request-category-issuance = Издаване на
request-category-execution = Изпълнение на

## Kinds (the rows of Table 9)
request-kind-information-persons = Предполагаеми или идентифицирани жертви на трафик, трафиканти, заподозрени, съучастници
request-kind-information-services = Налични социални и защитни услуги
request-kind-information-social_history = История на социалната закрила на подпомаганото лице
request-kind-information-legislation = Законодателство срещу трафика на хора и свързаните разпоредби в сила
request-kind-information-contacts = Данни за контакт на НПО, международни организации, държавни социални служби, служби за закрила на детето, полиция, съдебна власт
request-kind-information-agency_reliability = Надеждност на определени агенции за борба с трафика
request-kind-checks-identity = Самоличност на подпомаганото лице
request-kind-checks-evidence = Доказателства, събрани за полицейски и съдебни цели
request-kind-checks-family = Семейно положение на подпомаганото лице
request-kind-checks-safety = Условия за безопасност при насочване или връщане
request-kind-issuance-passport = Паспорт
request-kind-issuance-visa = Виза
request-kind-issuance-birth_certificate = Удостоверение за раждане
request-kind-issuance-criminal_record = Копие от свидетелство за съдимост
request-kind-issuance-medical_records = Копие от медицинска документация
request-kind-issuance-school_certificate = Копие от училищни удостоверения
request-kind-issuance-marriage_certificate = Удостоверение за сключен брак
request-kind-execution-evidence_taking = Събиране на доказателства
request-kind-execution-statement_taking = Снемане на показания
request-kind-execution-searches = Претърсвания, оглед на предмети и места
request-kind-execution-proceeds_tracing = Проследяване на облаги от престъпление и имущество
request-kind-execution-return_of_nationals = Подпомогнато доброволно връщане на гражданин
request-kind-execution-return_of_foreigners = Подпомогнато доброволно връщане на чужденец
request-kind-execution-offender_transfer = Трансфер на извършители

## Outcomes of a reply
request-outcome-provided = Предоставено
request-outcome-partly_provided = Частично предоставено
request-outcome-not_available = Не е налично
request-outcome-refused = Отказано

## States of a request
request-state-queued = В опашката
request-state-delivered = Доставено
request-state-opened = Отворено
request-state-dispatched = Насочено
request-state-answered = Отговорено

request-overdue = Просрочено
