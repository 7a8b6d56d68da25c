# OpenTRM - requests between countries' nodes and their replies, in Bosnian (bosanski):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Informacije o
request-category-checks = Provjere
request-category-issuance = Izdavanje
request-category-execution = Izvršenje

## Kinds (the rows of Table 9)
request-kind-information-persons = Pretpostavljene ili identificirane žrtve trgovine ljudima, trgovci ljudima, osumnjičeni, saučesnici
request-kind-information-services = Dostupne socijalne i zaštitne usluge
request-kind-information-social_history = Historija socijalne zaštite osobe kojoj se pruža pomoć
request-kind-information-legislation = Zakonodavstvo protiv trgovine ljudima i povezane odredbe na snazi
request-kind-information-contacts = Kontakti nevladinih i međunarodnih organizacija, državnih socijalnih službi, službi za zaštitu djece, policije, pravosuđa
request-kind-information-agency_reliability = Pouzdanost određenih agencija za borbu protiv trgovine ljudima
request-kind-checks-identity = Identitet osobe kojoj se pruža pomoć
request-kind-checks-evidence = Dokazi prikupljeni za policijske i sudske svrhe
request-kind-checks-family = Porodična situacija osobe kojoj se pruža pomoć
request-kind-checks-safety = Sigurnosni uslovi za upućivanje ili povratak
request-kind-issuance-passport = Pasoš
request-kind-issuance-visa = Viza
request-kind-issuance-birth_certificate = Izvod iz matične knjige rođenih
request-kind-issuance-criminal_record = Kopija uvjerenja o krivičnoj evidenciji
request-kind-issuance-medical_records = Kopija medicinske dokumentacije
request-kind-issuance-school_certificate = Kopija školskih svjedočanstava
request-kind-issuance-marriage_certificate = Izvod iz matične knjige vjenčanih
request-kind-execution-evidence_taking = Izvođenje dokaza
request-kind-execution-statement_taking = Uzimanje izjava
request-kind-execution-searches = Pretresi, pregled predmeta i mjesta
request-kind-execution-proceeds_tracing = Praćenje imovinske koristi od krivičnog djela i imovine
request-kind-execution-return_of_nationals = Potpomognuti dobrovoljni povratak državljanina
request-kind-execution-return_of_foreigners = Potpomognuti dobrovoljni povratak stranog državljanina
request-kind-execution-offender_transfer = Transfer počinilaca

## Outcomes of a reply
request-outcome-provided = Dostavljeno
request-outcome-partly_provided = Djelimično dostavljeno
request-outcome-not_available = Nije dostupno
request-outcome-refused = Odbijeno

## States of a request
request-state-queued = U redu čekanja
request-state-delivered = Isporučeno
request-state-opened = Otvoreno
request-state-dispatched = Proslijeđeno
request-state-answered = Odgovoreno

request-overdue = Rok istekao
