# OpenTRM - requests between countries' nodes and their replies, in Romanian (română):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Informații despre
request-category-checks = Verificări privind
request-category-issuance = Eliberarea de
request-category-execution = Executarea de

## Kinds (the rows of Table 9)
request-kind-information-persons = Persoane presupuse sau identificate ca victime ale traficului, traficanți, suspecți, complici
request-kind-information-services = Servicii sociale și de protecție disponibile
request-kind-information-social_history = Istoricul protecției sociale a persoanei asistate
request-kind-information-legislation = Legislația împotriva traficului și dispozițiile conexe în vigoare
request-kind-information-contacts = Date de contact ale ONG-urilor, organizațiilor internaționale, serviciilor sociale de stat, serviciilor de protecție a copilului, poliției, justiției
request-kind-information-agency_reliability = Fiabilitatea anumitor agenții de combatere a traficului
request-kind-checks-identity = Identitatea persoanei asistate
request-kind-checks-evidence = Probe strânse în scopuri polițienești și judiciare
request-kind-checks-family = Situația familială a persoanei asistate
request-kind-checks-safety = Condițiile de siguranță pentru referire sau întoarcere
request-kind-issuance-passport = Pașaport
request-kind-issuance-visa = Viză
request-kind-issuance-birth_certificate = Certificat de naștere
request-kind-issuance-criminal_record = Copie a cazierului judiciar
request-kind-issuance-medical_records = Copie a dosarului medical
request-kind-issuance-school_certificate = Copie a actelor de studii
request-kind-issuance-marriage_certificate = Certificat de căsătorie
request-kind-execution-evidence_taking = Administrarea probelor
request-kind-execution-statement_taking = Luarea declarațiilor
request-kind-execution-searches = Percheziții, examinarea obiectelor și a locurilor
request-kind-execution-proceeds_tracing = Urmărirea produselor infracțiunii și a bunurilor
request-kind-execution-return_of_nationals = Întoarcerea voluntară asistată a unui cetățean
request-kind-execution-return_of_foreigners = Întoarcerea voluntară asistată a unui cetățean străin
request-kind-execution-offender_transfer = Transferul infractorilor

## Outcomes of a reply
request-outcome-provided = Furnizat
request-outcome-partly_provided = Furnizat parțial
request-outcome-not_available = Indisponibil
request-outcome-refused = Refuzat

## States of a request
request-state-queued = În așteptare
request-state-delivered = Livrat
request-state-opened = Deschis
request-state-dispatched = Repartizat
request-state-answered = Răspuns primit

request-overdue = Termen depășit
