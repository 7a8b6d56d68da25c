# OpenTRM - requests between countries' nodes and their replies, in Ukrainian (українська):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Інформація про
request-category-checks = Перевірка
request-category-issuance = Видача
request-category-execution = Виконання

## Kinds (the rows of Table 9)
request-kind-information-persons = Імовірні або встановлені постраждалі особи, торговці людьми, підозрювані, спільники
request-kind-information-services = Наявні соціальні та захисні послуги
request-kind-information-social_history = Історія соціального захисту постраждалої особи
request-kind-information-legislation = Законодавство про протидію торгівлі людьми та чинні пов'язані положення
request-kind-information-contacts = Контакти НУО, міжнародних організацій, державних соціальних служб, служб у справах дітей, правоохоронних органів, судів
request-kind-information-agency_reliability = Надійність окремих агентств із протидії торгівлі людьми
request-kind-checks-identity = Особа постраждалої особи
request-kind-checks-evidence = Докази, зібрані для поліцейських і судових цілей
request-kind-checks-family = Сімейний стан постраждалої особи
request-kind-checks-safety = Умови безпеки для направлення або повернення
request-kind-issuance-passport = Паспорт
request-kind-issuance-visa = Віза
request-kind-issuance-birth_certificate = Свідоцтво про народження
request-kind-issuance-criminal_record = Копія довідки про несудимість
request-kind-issuance-medical_records = Копія медичної документації
request-kind-issuance-school_certificate = Копія шкільних документів
request-kind-issuance-marriage_certificate = Свідоцтво про шлюб
request-kind-execution-evidence_taking = Отримання доказів
request-kind-execution-statement_taking = Отримання показань
request-kind-execution-searches = Обшуки, огляд предметів і місць
request-kind-execution-proceeds_tracing = Відстеження доходів від злочину та майна
request-kind-execution-return_of_nationals = Сприяння добровільному поверненню громадянина
request-kind-execution-return_of_foreigners = Сприяння добровільному поверненню іноземця
request-kind-execution-offender_transfer = Передача засуджених

## Outcomes of a reply
request-outcome-provided = Надано
request-outcome-partly_provided = Надано частково
request-outcome-not_available = Немає в наявності
request-outcome-refused = Відмовлено

## States of a request
request-state-queued = У черзі
request-state-delivered = Доставлено
request-state-opened = Відкрито
request-state-dispatched = Передано виконавцю
request-state-answered = Відповідь надано

request-overdue = Прострочено
