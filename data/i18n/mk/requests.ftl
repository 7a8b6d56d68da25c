# OpenTRM - requests between countries' nodes and their replies, in Macedonian (македонски):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Информации за
request-category-checks = Проверки на
request-category-issuance = Издавање на
request-category-execution = Извршување на

## Kinds (the rows of Table 9)
request-kind-information-persons = Претпоставени или идентификувани жртви на трговија со луѓе, трговци со луѓе, осомничени, соучесници
request-kind-information-services = Достапни социјални и заштитни услуги
request-kind-information-social_history = Историја на социјална заштита на лицето на кое му се помага
request-kind-information-legislation = Законодавство против трговија со луѓе и поврзани одредби што важат
request-kind-information-contacts = Контакти на невладини и меѓународни организации, државни социјални служби, служби за заштита на децата, полиција, судство
request-kind-information-agency_reliability = Веродостојност на одредени агенции против трговија со луѓе
request-kind-checks-identity = Идентитет на лицето на кое му се помага
request-kind-checks-evidence = Докази собрани за полициски и судски цели
request-kind-checks-family = Семејна состојба на лицето на кое му се помага
request-kind-checks-safety = Безбедносни услови за упатување или враќање
request-kind-issuance-passport = Пасош
request-kind-issuance-visa = Виза
request-kind-issuance-birth_certificate = Извод од матична книга на родени
request-kind-issuance-criminal_record = Копија од уверение за неосудуваност
request-kind-issuance-medical_records = Копија од медицинска документација
request-kind-issuance-school_certificate = Копија од училишни свидетелства
request-kind-issuance-marriage_certificate = Извод од матична книга на венчани
request-kind-execution-evidence_taking = Изведување докази
request-kind-execution-statement_taking = Земање изјави
request-kind-execution-searches = Претреси, преглед на предмети и места
request-kind-execution-proceeds_tracing = Следење на имотна корист прибавена со кривично дело и на имот
request-kind-execution-return_of_nationals = Потпомогнато доброволно враќање на државјанин
request-kind-execution-return_of_foreigners = Потпомогнато доброволно враќање на странец
request-kind-execution-offender_transfer = Трансфер на сторители

## Outcomes of a reply
request-outcome-provided = Доставено
request-outcome-partly_provided = Делумно доставено
request-outcome-not_available = Не е достапно
request-outcome-refused = Одбиено

## States of a request
request-state-queued = Во редица
request-state-delivered = Доставено до јазолот
request-state-opened = Отворено
request-state-dispatched = Препратено
request-state-answered = Одговорено

request-overdue = Рокот истече
