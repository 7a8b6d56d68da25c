# OpenTRM - requests between countries' nodes and their replies, in Polish (polski):
# the kinds of request (data/codes/request-kinds.toml; seed 004, Table 9 "Types of
# assistance required or provided in cases of transnational cooperation"), the outcomes
# of a reply and the states a request goes through.
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## Categories (the columns of Table 9)
request-category-information = Informacje o
request-category-checks = Weryfikacja
request-category-issuance = Wydanie
request-category-execution = Wykonanie

## Kinds (the rows of Table 9)
request-kind-information-persons = Domniemane lub zidentyfikowane ofiary handlu ludźmi, handlarze, podejrzani, wspólnicy
request-kind-information-services = Dostępne usługi socjalne i ochronne
request-kind-information-social_history = Historia pomocy społecznej udzielonej osobie
request-kind-information-legislation = Przepisy o zwalczaniu handlu ludźmi i obowiązujące przepisy powiązane
request-kind-information-contacts = Dane kontaktowe organizacji pozarządowych i międzynarodowych, państwowych służb socjalnych, służb ochrony dzieci, organów ścigania, sądów
request-kind-information-agency_reliability = Wiarygodność określonych instytucji zwalczających handel ludźmi
request-kind-checks-identity = Tożsamość osoby, której udzielana jest pomoc
request-kind-checks-evidence = Dowody zebrane do celów policyjnych i sądowych
request-kind-checks-family = Sytuacja rodzinna osoby, której udzielana jest pomoc
request-kind-checks-safety = Warunki bezpieczeństwa skierowania lub powrotu
request-kind-issuance-passport = Paszport
request-kind-issuance-visa = Wiza
request-kind-issuance-birth_certificate = Akt urodzenia
request-kind-issuance-criminal_record = Odpis z rejestru karnego
request-kind-issuance-medical_records = Kopia dokumentacji medycznej
request-kind-issuance-school_certificate = Kopia świadectw szkolnych
request-kind-issuance-marriage_certificate = Akt małżeństwa
request-kind-execution-evidence_taking = Przeprowadzenie dowodów
request-kind-execution-statement_taking = Przesłuchanie
request-kind-execution-searches = Przeszukania, oględziny przedmiotów i miejsc
request-kind-execution-proceeds_tracing = Ustalanie korzyści z przestępstwa i majątku
request-kind-execution-return_of_nationals = Wspomagany dobrowolny powrót obywatela
request-kind-execution-return_of_foreigners = Wspomagany dobrowolny powrót cudzoziemca
request-kind-execution-offender_transfer = Przekazanie sprawców

## Outcomes of a reply
request-outcome-provided = Udzielono
request-outcome-partly_provided = Udzielono częściowo
request-outcome-not_available = Niedostępne
request-outcome-refused = Odmówiono

## States of a request
request-state-queued = W kolejce
request-state-delivered = Doręczono
request-state-opened = Otwarto
request-state-dispatched = Przekazano
request-state-answered = Udzielono odpowiedzi

request-overdue = Po terminie
