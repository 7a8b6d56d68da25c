# OpenTRM - requests between countries' nodes and their replies, in Italian (italiano):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Informazioni su
request-category-checks = Verifiche su
request-category-issuance = Rilascio di
request-category-execution = Esecuzione di

## Kinds (the rows of Table 9)
request-kind-information-persons = Presunte o accertate vittime di tratta, trafficanti, indagati, complici
request-kind-information-services = Servizi sociali e di protezione disponibili
request-kind-information-social_history = Storia della protezione sociale della persona assistita
request-kind-information-legislation = Legislazione contro la tratta e disposizioni collegate in vigore
request-kind-information-contacts = Contatti di ONG, organizzazioni internazionali, servizi sociali statali, servizi per la tutela dei minori, forze dell'ordine, autorità giudiziaria
request-kind-information-agency_reliability = Affidabilità di determinate agenzie antitratta
request-kind-checks-identity = Identità della persona assistita
request-kind-checks-evidence = Prove raccolte a fini di polizia e giudiziari
request-kind-checks-family = Situazione familiare della persona assistita
request-kind-checks-safety = Condizioni di sicurezza per il referral o il rimpatrio
request-kind-issuance-passport = Passaporto
request-kind-issuance-visa = Visto
request-kind-issuance-birth_certificate = Certificato di nascita
request-kind-issuance-criminal_record = Copia del casellario giudiziale
request-kind-issuance-medical_records = Copia della documentazione medica
request-kind-issuance-school_certificate = Copia dei certificati scolastici
request-kind-issuance-marriage_certificate = Certificato di matrimonio
request-kind-execution-evidence_taking = Assunzione di prove
request-kind-execution-statement_taking = Assunzione di dichiarazioni
request-kind-execution-searches = Perquisizioni, ispezione di oggetti e luoghi
request-kind-execution-proceeds_tracing = Tracciamento dei proventi di reato e dei beni
request-kind-execution-return_of_nationals = Rimpatrio volontario assistito di un cittadino
request-kind-execution-return_of_foreigners = Rimpatrio volontario assistito di uno straniero
request-kind-execution-offender_transfer = Trasferimento dei condannati

## Outcomes of a reply
request-outcome-provided = Fornito
request-outcome-partly_provided = Fornito in parte
request-outcome-not_available = Non disponibile
request-outcome-refused = Rifiutato

## States of a request
request-state-queued = In coda
request-state-delivered = Consegnata
request-state-opened = Aperta
request-state-dispatched = Assegnata
request-state-answered = Risposta ricevuta

request-overdue = Scaduta
