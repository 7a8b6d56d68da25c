# OpenTRM - requests between countries' nodes and their replies, in Slovak (slovenčina):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Informácie o
request-category-checks = Overenie
request-category-issuance = Vydanie
request-category-execution = Výkon

## Kinds (the rows of Table 9)
request-kind-information-persons = Predpokladané alebo identifikované obete obchodovania s ľuďmi, obchodníci, podozriví, spolupáchatelia
request-kind-information-services = Dostupné sociálne a ochranné služby
request-kind-information-social_history = História sociálnej ochrany podporovanej osoby
request-kind-information-legislation = Právne predpisy proti obchodovaniu s ľuďmi a súvisiace platné ustanovenia
request-kind-information-contacts = Kontakty mimovládnych a medzinárodných organizácií, štátnych sociálnych služieb, služieb na ochranu detí, polície, justície
request-kind-information-agency_reliability = Spoľahlivosť určitých agentúr proti obchodovaniu s ľuďmi
request-kind-checks-identity = Totožnosť podporovanej osoby
request-kind-checks-evidence = Dôkazy zhromaždené na policajné a súdne účely
request-kind-checks-family = Rodinná situácia podporovanej osoby
request-kind-checks-safety = Bezpečnostné podmienky odovzdania alebo návratu
request-kind-issuance-passport = Cestovný pas
request-kind-issuance-visa = Víza
request-kind-issuance-birth_certificate = Rodný list
request-kind-issuance-criminal_record = Kópia výpisu z registra trestov
request-kind-issuance-medical_records = Kópia zdravotnej dokumentácie
request-kind-issuance-school_certificate = Kópia školských vysvedčení
request-kind-issuance-marriage_certificate = Sobášny list
request-kind-execution-evidence_taking = Vykonanie dôkazov
request-kind-execution-statement_taking = Výsluch
request-kind-execution-searches = Prehliadky, obhliadka predmetov a miest
request-kind-execution-proceeds_tracing = Sledovanie výnosov z trestnej činnosti a majetku
request-kind-execution-return_of_nationals = Asistovaný dobrovoľný návrat občana
request-kind-execution-return_of_foreigners = Asistovaný dobrovoľný návrat cudzinca
request-kind-execution-offender_transfer = Odovzdanie páchateľov

## Outcomes of a reply
request-outcome-provided = Poskytnuté
request-outcome-partly_provided = Čiastočne poskytnuté
request-outcome-not_available = Nie je k dispozícii
request-outcome-refused = Odmietnuté

## States of a request
request-state-queued = V poradí
request-state-delivered = Doručené
request-state-opened = Otvorené
request-state-dispatched = Pridelené
request-state-answered = Zodpovedané

request-overdue = Po termíne
