# OpenTRM - requests between countries' nodes and their replies, in English:
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.

## Categories (the columns of Table 9)
request-category-information = Information on
request-category-checks = Checks on
request-category-issuance = Issuance of
request-category-execution = Execution of

## Kinds (the rows of Table 9)
request-kind-information-persons = Presumed or identified trafficked persons, traffickers, suspects, accomplices
request-kind-information-services = Available social and protection services
request-kind-information-social_history = Social protection history of the person assisted
request-kind-information-legislation = Anti-trafficking legislation and related provisions in place
request-kind-information-contacts = Contact details of NGOs, IOs, state social services, child welfare services, law enforcement, the judiciary
request-kind-information-agency_reliability = Reliability of given anti-trafficking agencies
request-kind-checks-identity = Identity of the person assisted
request-kind-checks-evidence = Evidence gathered for police and judicial purposes
request-kind-checks-family = Family situation of the person assisted
request-kind-checks-safety = Safety conditions for the referral or return
request-kind-issuance-passport = Passport
request-kind-issuance-visa = Visa
request-kind-issuance-birth_certificate = Birth certificate
request-kind-issuance-criminal_record = Copy of criminal records
request-kind-issuance-medical_records = Copy of medical records
request-kind-issuance-school_certificate = Copy of school certificates
request-kind-issuance-marriage_certificate = Marriage certificate
request-kind-execution-evidence_taking = Evidence taking
request-kind-execution-statement_taking = Statement taking
request-kind-execution-searches = Searches, examination of objects and sites
request-kind-execution-proceeds_tracing = Tracing of proceeds of crime and property
request-kind-execution-return_of_nationals = Assisted voluntary return of a national
request-kind-execution-return_of_foreigners = Assisted voluntary return of a foreign national
request-kind-execution-offender_transfer = Transfer of offenders

## Outcomes of a reply
request-outcome-provided = Provided
request-outcome-partly_provided = Partly provided
request-outcome-not_available = Not available
request-outcome-refused = Refused

## States of a request
request-state-queued = Queued
request-state-delivered = Delivered
request-state-opened = Opened
request-state-dispatched = Dispatched
request-state-answered = Answered

request-overdue = Overdue
