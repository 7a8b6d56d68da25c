# OpenTRM - the web interface: every string a person reads on its pages, in Italian (italiano).
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.
# Draft translation: to be reviewed by a native speaker working with victims.

## Layout

ui-skip = Vai al contenuto principale
ui-nav-label = Menu principale
ui-nav-dashboard = Pannello
ui-nav-cases = Casi
ui-nav-knowledge = Conoscenze
ui-nav-account = Il mio account
ui-language = Lingua
ui-language-apply = Cambia
ui-logout = Esci
ui-draft-translation = Questa traduzione è una bozza in attesa di revisione da parte di madrelingua che lavorano con le vittime. In caso di dubbio vale la versione inglese.
ui-footer = OpenTRM – Meccanismo transnazionale di referral. L'assistenza non dipende mai dalla collaborazione con la polizia o i tribunali.
ui-continue = Continua
ui-save = Salva
ui-yes = Sì
ui-no = No
ui-choose = Non noto
ui-unknown = Non noto
ui-notes = Note
ui-next-page = Pagina successiva
ui-child = Minore
ui-overdue = Scaduta
ui-days-left = { $days } giorni rimanenti
ui-form-errors = Correggere quanto segue
ui-hint-date = Data nel formato AAAA-MM-GG, per esempio 2026-03-31
ui-hint-comma = Più di uno? Separarli con virgole
ui-hint-country = Codice paese di due lettere, per esempio AL
ui-hint-countries = Codici paese di due lettere separati da virgole, per esempio AL, MD
ui-hint-language = Codice lingua di due lettere, per esempio sq
ui-hint-languages = Codici lingua di due lettere separati da virgole, per esempio sq, it

## Errors

ui-error-title = Qualcosa ha fermato questa pagina
ui-error-forbidden = Il suo ruolo non lo consente.
ui-error-csrf = Questo modulo non è stato inviato dalla pagina di questo sito, oppure la pagina è troppo vecchia. Torni indietro, ricarichi la pagina e riprovi.
ui-error-not-found = Qui non c'è nulla, oppure non può vederlo.
ui-error-conflict = Qualcun altro ha modificato questi dati nel frattempo. Ricarichi la pagina e riprovi.
ui-error-invalid = La richiesta non può essere letta.
ui-error-internal = Il nodo ha avuto un problema. Riprovi; se succede di nuovo, avvisi l'amministratore.
ui-error-back = Torna al pannello

## Login and second factor

ui-login-title = Accedi
ui-login-username = Nome utente
ui-login-password = Password
ui-login-code = Codice dell'app di autenticazione
ui-login-code-hint = 6 cifre, oppure uno dei codici di recupero. Lasciare vuoto al primissimo accesso.
ui-login-submit = Accedi
ui-login-failed = Il nome utente, la password o il codice non sono corretti.
ui-login-locked = Troppi tentativi falliti: riprovi tra { $minutes } minuti.
ui-demo-title = Nodo dimostrativo: accessi
ui-demo-explain = Questo è un nodo dimostrativo con dati sintetici. Questi account e i loro codici attuali sono mostrati solo sui nodi dimostrativi.
ui-demo-code = Codice attuale
ui-demo-valid = I codici cambiano ogni 30 secondi (questo vale ancora { $seconds } secondi); ricarichi la pagina per averne di nuovi. Ogni codice funziona una sola volta.
ui-enrol-title = Configuri la sua app di autenticazione
ui-enrol-step-app = Apra un'app di autenticazione sul telefono (qualsiasi app per codici basati sul tempo).
ui-enrol-step-secret = Aggiunga un account e digiti questa chiave:
ui-enrol-uri = La stessa chiave come link, per le app che lo accettano
ui-enrol-step-code = Digiti il codice di 6 cifre che l'app mostra ora.
ui-enrol-code = Codice dell'app
ui-enrol-submit = Conferma
ui-enrol-done = Il secondo fattore è configurato
ui-enrol-recovery = Conservi questi codici di recupero in un luogo sicuro, lontano dal telefono. Ognuno permette un accesso se perde il telefono. Sono mostrati solo ora.
ui-enrol-done-already = Il suo account ha già un secondo fattore.

## Dashboard

ui-dashboard-hello = Buongiorno, { $name }
ui-dashboard-my-cases = I miei casi
ui-dashboard-no-cases = Ancora nessun caso.
ui-dashboard-all-cases = Tutti i { $count } casi
ui-dashboard-overdue = Misure scadute
ui-dashboard-none-overdue = Nessuna misura è scaduta.
ui-dashboard-overdue-count = { $count } scadute
ui-dashboard-reflection = Periodi di riflessione che finiscono entro { $days } giorni
ui-dashboard-none-reflection = Nessun periodo di riflessione finisce a breve.
ui-dashboard-messages = Messaggi in attesa
ui-dashboard-no-messages = Nessun messaggio la attende.

## Cases

ui-case = Caso
ui-case-new = Nuovo caso
ui-case-new-intro = Servono solo lo status, un nome (o soprannome) e il sesso; tutto il resto si può aggiungere dopo.
ui-case-create = Crea il caso
ui-case-person = Persona
ui-case-status = Status
ui-case-status-hint = Le presunte vittime hanno diritto allo stesso trattamento delle vittime identificate.
ui-case-change-status = Modifica lo status o il periodo di riflessione
ui-case-unnamed = (nessun nome registrato)
ui-case-reflection = Periodo di recupero e riflessione
ui-case-no-reflection = Nessuno registrato
ui-case-sections = In questa pagina
ui-case-unconditional = L'assistenza è incondizionata: non dipende mai dalla collaborazione della persona con la polizia o i tribunali.
ui-cases-all = Tutti i casi
ui-cases-overdue-only = Solo casi con misure scadute
ui-cases-open-measures = Misure aperte
ui-cases-overdue = Misure scadute
ui-person-given-name = Nome
ui-person-family-name = Cognome
ui-person-nicknames = Soprannomi
ui-person-sex = Sesso
ui-person-dob = Data di nascita
ui-person-age = Età, se la data di nascita non è nota
ui-person-age-hint = Una persona di età non nota che potrebbe avere meno di 18 anni è trattata come minore.
ui-person-citizenships = Cittadinanze
ui-person-languages = Lingue
ui-reflection-starts = Inizio del periodo di riflessione
ui-reflection-ends = Fine del periodo di riflessione

## The SOP board and measures

ui-board-title = Le cinque SOP
ui-board-a-la-carte = Le SOP sono à la carte: apra qualsiasi misura di cui la persona ha bisogno, in qualsiasi ordine. Nessuna misura è condizione di un'altra.
ui-sop-number = SOP { $number }
ui-measure-not-opened = non aperta
ui-measure-open = Apri questa misura
ui-measure-status = Stato della misura
ui-measure-due = Scadenza
ui-measure-responsible = Organizzazione responsabile
ui-guidance = Indicazioni
ui-guidance-english = Il testo delle indicazioni è in inglese finché non sarà tradotto.
ui-guidance-what = Cosa
ui-guidance-when = Quando
ui-guidance-who = Chi
ui-guidance-how = Come

## Consent

ui-consents-title = Consenso
ui-consents-explain = Il consenso informato è registrato, datato, limitato a uno scopo e può essere ritirato in ogni momento. Nessun dato personale è inviato a un altro paese senza il consenso alla condivisione dei dati.
ui-consents-current = Consenso attuale
ui-consents-none = Nessun consenso ancora registrato.
ui-consents-records = Registrazioni
ui-consent-scope = Per
ui-consent-scope-share = condividere i dati con { $country } per { $purpose }
ui-consent-scope-return = ritorno in { $country }
ui-consent-kind = Consenso a
ui-consent-kind-share_data = condividere i dati con un altro paese
ui-consent-kind-return = ritornare in un paese
ui-consent-country = Paese
ui-consent-purpose = Scopo della condivisione
ui-consent-purpose-hint = Solo per il consenso alla condivisione dei dati.
ui-consent-decision = Decisione
ui-consent-decided-on = Decisa il
ui-consent-language = Lingua in cui la persona è stata informata
ui-consent-interpreter = Interprete presente
ui-consent-record = Registra il consenso
ui-consent-revoked = Ritirato
ui-consent-revoke = Ritira
ui-consent-revoke-reason = Motivo (facoltativo)

## Child safeguards

ui-safeguards-title = Tutele per i minori
ui-safeguards-rule-guardian = Per un minore, la ricerca della famiglia e ogni misura di ritorno possono essere segnate come concluse solo dopo che un tutore è registrato nel caso.
ui-safeguards-rule-bid = Anche la decisione di ritorno e il trasferimento stesso richiedono una determinazione del superiore interesse.
ui-safeguards-nothing-blocked = Nulla è bloccato: il tutore e una determinazione del superiore interesse sono registrati.
ui-safeguards-blocked = Queste misure non possono ancora essere segnate come concluse:
ui-safeguards-needs-guardian = serve un tutore registrato nel caso
ui-safeguards-needs-bid = serve una determinazione del superiore interesse
ui-guardian = Tutore
ui-guardian-none = Nessun tutore registrato.
ui-guardian-name = Nome del tutore
ui-guardian-organisation = Organizzazione
ui-guardian-appointed = Nominato il
ui-bi-title = Superiore interesse
ui-bi-none = Nessuna valutazione o determinazione del superiore interesse registrata.
ui-bi-kind = Tipo
ui-bi-decided-on = Decisa il
ui-bi-decided-by = Da (autorità o personale)
ui-bi-summary = Sintesi
ui-bi-add = Aggiungi questa registrazione

## Risk and assistance plan

ui-risk-title = Valutazione del rischio
ui-risk-none = Nessuna valutazione del rischio registrata.
ui-risk-level = Rischio di nuova tratta
ui-risk-assessed-on = Valutato il
ui-plan-title = Piano individuale di assistenza
ui-plan-explain = Un accordo scritto redatto insieme alla persona.
ui-plan-none = Nessun piano registrato.
ui-plan-agreed-on = Concordato il
ui-plan-goals = Obiettivi
ui-plan-goals-hint = Un obiettivo per riga.
ui-timeline-title = Cronologia

## Identification screening

ui-screening-title = Screening per l'identificazione
ui-screening-explain = Spunti ciò che ha osservato. Lo screening lo registra nel caso e suggerisce i passi successivi.
ui-screening-never-decides = Uno screening non decide mai lo status di una persona: aiuta a notare e a segnalare. Un ragionevole sospetto basta per il referral.
ui-screening-record = Registra ciò che ho osservato
ui-screening-recorded = Registrato nel caso (SOP 1, referral iniziale).
ui-screening-next = Misure da considerare
ui-screening-nothing = Nessun segnale spuntato: non si suggerisce nulla.
ui-ind-group-recruitment = Reclutamento
ui-ind-group-control = Controllo
ui-ind-group-exploitation = Lavoro e sfruttamento
ui-ind-group-wellbeing = Salute e paura
ui-ind-group-child = Minori
ui-ind-deceptive_offer = Il lavoro, il matrimonio o il viaggio promessi alla persona si sono rivelati diversi
ui-ind-debt = La persona ha un debito con il reclutatore o il datore di lavoro (viaggio, alloggio, spese) che continua a crescere
ui-ind-documents_withheld = Qualcun altro tiene il passaporto o i documenti d'identità della persona
ui-ind-restricted_movement = La persona non può andare e venire liberamente
ui-ind-threats = La persona o la sua famiglia sono state minacciate
ui-ind-isolation = La persona non sa dove vive o lavora, oppure non ha contatti con la famiglia
ui-ind-accompanied = Qualcuno accompagna sempre la persona o risponde al suo posto
ui-ind-wages_withheld = Il salario è trattenuto, molto basso o pagato a qualcun altro
ui-ind-excessive_hours = Orari di lavoro molto lunghi senza giorni di riposo
ui-ind-forced_activities = La persona è costretta a mendicare, rubare, prostituirsi o commettere reati
ui-ind-injuries = Segni di violenza fisica, trascuratezza o malattie non curate
ui-ind-fear_of_authorities = La persona ha paura della polizia, dell'espulsione o di parlare
ui-ind-child_unaccompanied = Un minore senza genitori né altro responsabile legale
ui-ind-child_working = Un minore che lavora, mendica o non va a scuola

## Knowledge

ui-knowledge-sops = Le cinque SOP e le loro misure
ui-knowledge-definitions = Definizioni di lavoro
ui-knowledge-definitions-source = Dalle linee guida TRM (ICMPD, 2012), "Working Definitions and Terminology". Le definizioni sono in inglese finché non saranno tradotte.
ui-term-at_risk = Persona a rischio di tratta
ui-term-potential_victim = Vittima potenziale
ui-term-presumed_victim = Presunta vittima
ui-term-victim = Vittima di tratta
ui-term-trafficked_child = Minore vittima di tratta
ui-term-separated_child = Minore separato
ui-term-informed_consent = Consenso informato
ui-term-risk_assessment = Valutazione del rischio
ui-term-risk_management_plan = Piano di gestione del rischio
ui-term-return = Ritorno
ui-term-social_inclusion = Inclusione sociale
ui-term-trm = Meccanismo transnazionale di referral

## Account

ui-account-role = Ruolo
ui-account-totp = Secondo fattore
ui-account-totp-on = È configurata un'app di autenticazione.
ui-account-totp-off = Non è ancora configurata alcuna app di autenticazione.
ui-account-recovery-left = Restano { $count } codici di recupero.
ui-account-password = Password
ui-account-current-password = Password attuale
ui-account-new-password = Nuova password
ui-account-password-rule = Almeno 12 caratteri; alcune parole formano una buona password.
ui-account-password-change = Cambia la password
ui-account-password-changed = La password è cambiata. Le altre sessioni sono terminate.
ui-account-sessions = Dove ha effettuato l'accesso
ui-account-session-started = Iniziata
ui-account-session-used = Ultimo uso
ui-account-session-ends = Termina al più tardi
ui-account-session-end = Termina questa sessione
ui-account-session-this = Questa sessione

## SOPs and measures

ui-sop-1 = Identificazione
ui-sop-2 = Prima assistenza e protezione
ui-sop-3 = Assistenza a lungo termine e inclusione sociale
ui-sop-4 = Ritorno e inclusione sociale
ui-sop-5 = Procedimenti penali e civili
ui-measure-sop1-initial_referral = Referral iniziale
ui-measure-sop1-basic_needs_information = Accesso ai bisogni primari e all'informazione
ui-measure-sop1-early_risk_assessment = Valutazione precoce del rischio
ui-measure-sop1-interpretation_mediation = Interpretariato e mediazione culturale
ui-measure-sop1-reflection_period = Periodo di recupero e riflessione
ui-measure-sop1-formal_identification = Identificazione (formale)
ui-measure-sop2-assistance_information = Informazioni sulle opzioni e condizioni di assistenza
ui-measure-sop2-legal_information = Informazioni sulle opzioni e condizioni legali
ui-measure-sop2-intake_needs_assessment = Presa in carico e valutazione dei bisogni
ui-measure-sop2-assistance_protection = Erogazione di assistenza e protezione
ui-measure-sop3-individual_assistance_plan = Elaborazione congiunta del piano individuale di assistenza
ui-measure-sop3-iap_consent = Procedure di consenso per attuare il piano di assistenza
ui-measure-sop3-social_inclusion = Adattamento e inclusione sociale
ui-measure-sop3-legal_support = Sostegno e assistenza legale
ui-measure-sop4-informed_decision = Decisione informata sul ritorno
ui-measure-sop4-risk_assessment = Valutazione del rischio e del rischio per l'inclusione sociale
ui-measure-sop4-risk_management_plan = Piano di gestione del rischio
ui-measure-sop4-family_tracing = Ricerca della famiglia
ui-measure-sop4-documentation = Documenti
ui-measure-sop4-information_sharing = Scambio di informazioni tra le organizzazioni e con la persona
ui-measure-sop4-safe_transfer = Trasferimento sicuro e assistenza all'arrivo
ui-measure-sop5-evidence_gathering = Raccolta delle prove
ui-measure-sop5-pretrial_support = Preparazione della vittima-testimone prima del processo
ui-measure-sop5-trial_support = Sostegno alla vittima-testimone durante il processo
ui-measure-sop5-post_trial_support = Sostegno alla vittima-testimone dopo il processo
ui-measure-sop5-compensation_claims = Sostegno alle richieste di risarcimento

## Code lists

ui-status-at_risk = A rischio
ui-status-potential_victim = Vittima potenziale
ui-status-presumed_victim = Presunta vittima
ui-status-identified_formal = Vittima identificata (formalmente)
ui-status-identified_informal = Vittima identificata (informalmente)
ui-status-declined_identification = Ha rifiutato l'identificazione formale
ui-status-not_a_victim = Non vittima di tratta
ui-mstatus-planned = Prevista
ui-mstatus-in_progress = In corso
ui-mstatus-done = Conclusa
ui-mstatus-declined_by_person = Rifiutata dalla persona
ui-mstatus-not_applicable = Non applicabile
ui-sex-male = Maschile
ui-sex-female = Femminile
ui-sex-other = Altro
ui-sex-unknown = Non noto
ui-age-under_18 = Meno di 18 anni
ui-age-over_18 = 18 anni o più
ui-age-unknown = Non nota
ui-decision-given = Dato
ui-decision-refused = Rifiutato
ui-purpose-referral = referral
ui-purpose-assistance = assistenza
ui-purpose-return = ritorno
ui-purpose-family_tracing = ricerca della famiglia
ui-purpose-proceedings = procedimenti
ui-cstate-given = dato
ui-cstate-refused = rifiutato
ui-cstate-revoked = ritirato
ui-cstate-not_recorded = non registrato
ui-risk-very_high = Molto alto
ui-risk-high = Alto
ui-risk-medium = Medio
ui-risk-low = Basso
ui-bi-assessment = Valutazione del superiore interesse
ui-bi-determination = Determinazione del superiore interesse
ui-role-administrator = Amministratore
ui-role-focal_point = Punto focale
ui-role-case_manager = Responsabile del caso
ui-role-case_worker = Operatore
ui-role-law_enforcement = Forze dell'ordine
ui-role-prosecutor = Pubblico ministero
ui-role-guardian = Tutore
ui-role-monitor = Osservatore indipendente
ui-role-directory_editor = Redattore dell'elenco
ui-event-case_opened = Caso aperto
ui-event-case_updated = Caso modificato
ui-event-measure_opened = Misura aperta
ui-event-measure_updated = Misura modificata
ui-event-consent_recorded = Consenso registrato
ui-event-consent_revoked = Consenso ritirato
ui-event-case_shared = Caso condiviso
ui-event-share_withdrawn = Condivisione ritirata
ui-event-break_glass = Accesso di emergenza di un amministratore
ui-event-case_restricted = Trattamento limitato
ui-event-case_unrestricted = Limitazione revocata
ui-event-case_anonymised = Dati personali cancellati
ui-event-referral_drafted = Referral redatto
ui-event-referral_edited = Referral modificato
ui-event-referral_sent = Referral inviato
ui-event-referral_received = Referral ricevuto
