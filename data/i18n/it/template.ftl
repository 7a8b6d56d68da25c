# OpenTRM - the transnational referral template (data/template/referral.v1.toml), in Italian (italiano):
# section titles, field labels, help texts and code-list values.
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.
# Draft translation: to be reviewed by a native speaker working with victims.

## The template

template-title = Referral transnazionale
template-subtitle = Seguito del referral transnazionale di una persona trafficata

## Sections

section-header = Intestazione
section-general = Informazioni generali
section-first_assistance = Prima assistenza ricevuta nel Paese di sfruttamento
section-needs = Breve descrizione dei bisogni di assistenza nel Paese di origine o in un Paese terzo
section-perspective = Punto di vista della vittima
section-return = Informazioni sul rientro / dati di viaggio
section-long_term = Assistenza a lungo termine offerta nel Paese di origine o nel Paese terzo
section-proceedings = Procedimenti civili e penali
section-contacts = Contatti nel Paese di sfruttamento e nel Paese di origine/Paese terzo
section-child = Scheda per il minore che deve rientrare
    .help = Una scheda per ciascun minore che deve rientrare: un minore vittima di tratta o un minore che viaggia con la persona trafficata.

## Groups

group-header = Data ed enti che compilano la scheda
group-consents = Consensi della persona trafficata
    .help = Entrambi i consensi sono informati, datati e revocabili. Nessun dato viene inviato a un altro Paese senza il consenso alla condivisione dei dati.
group-personal = Informazioni personali
group-case = Informazioni sul caso
group-first_basic = Bisogni primari
group-first_legal = Assistenza legale
group-first_protection = Protezione
group-needs_basic = Bisogni primari
group-health = Salute
    .help = Categorie particolari di dati: compilare solo ciò che serve ai servizi di accoglienza per prendersi cura della persona.
group-safety = Aspetti di sicurezza
group-retrafficking = Rischio di ricaduta nella tratta (re-trafficking)
group-perspective = Punto di vista della vittima
group-travel = Dati sul rientro e sul viaggio
group-lt_basic = Bisogni primari
group-lt_measures = Misure di assistenza a lungo termine e di inclusione sociale
    .help = Per ciascuna misura, indicare se è stata offerta alla persona trafficata e se la persona l'ha accettata.
group-lt_legal = Assistenza legale e amministrativa
group-lt_protection = Protezione
group-proceedings_exploitation = Nel Paese di sfruttamento
group-proceedings_origin = Nel Paese di origine
group-contacts = Contatti per ciascuna procedura TRM
group-child = Il minore
group-child_safeguards = Tutore e superiore interesse del minore
    .help = Un minore rientra solo dopo la determinazione del suo superiore interesse e la nomina di un tutore.
group-child_needs = Presa in carico e bisogni al rientro

## Fields: header

field-header-date = Data
field-header-exploitation_institution = Ente/organizzazione che compila la scheda nel Paese di sfruttamento
field-header-origin_institution = Ente/organizzazione che compila la scheda nel Paese di origine
field-consents-share_data = Consenso della vittima alla condivisione dei dati tra il Paese di sfruttamento e il Paese di origine
field-consents-share_data_comments = Osservazioni sul consenso alla condivisione dei dati
field-consents-return = Consenso della vittima al rientro nel Paese di origine/Paese terzo
field-consents-return_comments = Osservazioni sul consenso al rientro

## Fields: 1.1 personal information

field-personal-name = Nome e cognome della persona trafficata
field-personal-other_names = Nomi precedenti, soprannomi
field-personal-sex = Sesso
field-personal-place_of_birth = Luogo di nascita
field-personal-date_of_birth = Data di nascita
field-personal-age_group = Età
    .help = Se la data di nascita non è nota, indicare un'età stimata.
field-personal-residence_address = Indirizzo di residenza
field-personal-residence_country = Paese di residenza
field-personal-citizenship = Cittadinanza
field-personal-marital_status = Stato civile
field-personal-valid_travel_document = In possesso di un documento di viaggio valido
field-personal-travel_documents = Documenti di viaggio
field-personal-travel_document_comments = Osservazioni sui documenti di viaggio
field-personal-identity_confirmed = Identità confermata
field-personal-identity_confirmed_by = Identità confermata da
field-personal-identity_confirmed_by_other = Identità confermata da (altro)
field-personal-identity_comments = Osservazioni sull'identità
field-personal-children_to_return = Minori che devono rientrare
    .help = In caso affermativo, compilare la scheda del minore per ciascun minore.
field-personal-languages = Lingua/e parlata/e dalla persona trafficata
field-personal-reflection_period = Periodo di riflessione concesso
field-personal-reflection_start = Periodo di riflessione: data di inizio
field-personal-reflection_end = Periodo di riflessione: data di fine

## Fields: 1.2 case information

field-case-exploitation_types = Forma di sfruttamento
field-case-exploitation_other = Forma di sfruttamento (altro)
field-case-exploitation_comments = Osservazioni sullo sfruttamento
field-case-recruitment_means = Modalità di reclutamento
field-case-recruitment_other = Modalità di reclutamento (altro)
field-case-recruitment_comments = Osservazioni sul reclutamento
field-case-recruitment_country = Paese di reclutamento
field-case-transit_countries = Paese/i di transito durante il viaggio
field-case-exploitation_countries = Paese/i di sfruttamento
field-case-exploitation_began = Data di inizio della tratta/dello sfruttamento
field-case-exploitation_ended = Data di uscita dalla tratta/dallo sfruttamento
field-case-identification_country = Paese di identificazione
field-case-formal_identification = Identificazione formale
field-case-identified_on = Data di identificazione
field-case-previously_trafficked = Persona già vittima di tratta in passato
field-case-previous_exploitation_countries = Paese/i di sfruttamento precedente

## Fields: 2. first assistance

field-first_basic-received = Assistenza ricevuta
field-first_basic-comments = Osservazioni sulla prima assistenza
field-first_legal-residence_permit = Permesso di soggiorno temporaneo
field-first_legal-legal_representative = Rappresentante legale assegnato
field-first_legal-other_procedures = Altre procedure avviate
field-first_protection-safety_measures = Misure di sicurezza adottate
field-first_protection-safety_other = Misure di sicurezza (altro)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Alloggio nel Paese di origine
field-needs_basic-accommodation_other = Alloggio (altro)
field-needs_basic-needs = Assistenza necessaria
field-needs_basic-other_assistance = Altra assistenza
field-health-medical_history = Anamnesi
field-health-chronic_diseases = Malattie croniche
field-health-addiction = Dipendenze
field-health-medication = Farmaci prescritti
field-health-comments = Osservazioni sulla salute
field-safety-risk_assessment = Valutazione dei rischi effettuata
field-safety-harm_sources = Persone che potrebbero arrecare danno
field-safety-harm_other = Persone che potrebbero arrecare danno (altro)
field-safety-unsafe_locations = Luoghi potenzialmente non sicuri
field-safety-comments = Osservazioni sulla sicurezza
field-retrafficking-risk_level = Rischio di ricaduta nella tratta
field-retrafficking-assessment_done = Valutazione del rischio effettuata
field-retrafficking-assessed_with = Effettuata in collaborazione con
field-retrafficking-comments = Osservazioni sul rischio di ricaduta nella tratta

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Desidera aderire a un programma di assistenza nel Paese di origine o in un Paese terzo
field-perspective-informed_of_programme = Ha ricevuto informazioni sul programma di assistenza nel Paese di origine o nel Paese terzo

## Fields: 5. return and travel data

field-travel-arrival = Data e ora di arrivo nel Paese di origine o nel Paese terzo
field-travel-transport_modes = Mezzi di trasporto
field-travel-transport_details = Valico di frontiera, nome del vettore, numero e orario del volo o della corsa
field-travel-escorts = Nome e recapiti dell'accompagnatore/degli accompagnatori
field-travel-security_measures = Misure di sicurezza
field-travel-medical_treatment = Cure mediche durante il viaggio
field-travel-receiving_person = Persona incaricata dell'accoglienza all'arrivo

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Alloggio
field-lt_basic-accommodation_other = Alloggio (altro)
field-lt_basic-comments = Osservazioni sull'alloggio
field-lt_measures-medical = Assistenza sanitaria a lungo termine
field-lt_measures-psychological = Consulenza psicologica
field-lt_measures-education = Istruzione
field-lt_measures-vocational_training = Formazione professionale
field-lt_measures-job_placement = Sostegno all'inserimento lavorativo
field-lt_measures-financial_support = Sostegno economico
field-lt_measures-housing = Contributo/assistenza per l'alloggio
field-lt_measures-interpretation = Interpretariato
field-lt_measures-family_mediation = Mediazione familiare
field-lt_measures-family_therapy = Terapia/consulenza familiare
field-lt_measures-family_contact = La persona trafficata ha contatti regolari con la famiglia
field-lt_measures-family_contact_comments = Osservazioni sui contatti con la famiglia
field-lt_legal-assistance = Assistenza legale e amministrativa fornita
field-lt_legal-other = Assistenza legale e amministrativa (altro)
field-lt_protection-safety_measures = Misure di sicurezza applicate

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Procedimento avviato
field-proceedings_exploitation-kinds = Tipo di procedimento
field-proceedings_exploitation-statement_taken = Dichiarazioni della persona trafficata raccolte dalla polizia
field-proceedings_exploitation-testified = La persona trafficata ha testimoniato in giudizio
field-proceedings_exploitation-compensation_claimed = Domanda di risarcimento presentata dalla persona trafficata
field-proceedings_exploitation-compensation_obtained = Risarcimento ottenuto dalla persona trafficata
field-proceedings_exploitation-court_decision = Decisione giudiziaria
field-proceedings_exploitation-legal_status = Posizione giuridica della vittima
field-proceedings_exploitation-comments = Osservazioni sui procedimenti
field-proceedings_origin-case_initiated = Procedimento avviato
field-proceedings_origin-statement_taken = Dichiarazioni della persona trafficata raccolte dalla polizia
field-proceedings_origin-testified = La persona trafficata ha testimoniato in giudizio
field-proceedings_origin-compensation_claimed = Domanda di risarcimento presentata dalla persona trafficata
field-proceedings_origin-compensation_obtained = Risarcimento ottenuto dalla persona trafficata
field-proceedings_origin-court_decision = Decisione giudiziaria
field-proceedings_origin-comments = Osservazioni sui procedimenti

## Fields: 8. contacts

field-contacts-identification_exploitation = Identificazione: Paese di sfruttamento
field-contacts-identification_origin = Identificazione: Paese di origine
field-contacts-first_assistance_exploitation = Prima assistenza e protezione: Paese di sfruttamento
field-contacts-first_assistance_origin = Prima assistenza e protezione: Paese di origine
field-contacts-long_term_exploitation = Assistenza a lungo termine e inclusione sociale: Paese di sfruttamento
field-contacts-long_term_origin = Assistenza a lungo termine e inclusione sociale: Paese di origine
field-contacts-return_exploitation = Rientro: Paese di sfruttamento
field-contacts-return_origin = Rientro: Paese di origine
field-contacts-proceedings_exploitation = Procedimenti penali e civili: Paese di sfruttamento
field-contacts-proceedings_origin = Procedimenti penali e civili: Paese di origine
field-contacts-interpreter_exploitation = Nome dell'interprete: Paese di sfruttamento
field-contacts-interpreter_origin = Nome dell'interprete: Paese di origine

## Fields: the child's template

field-child-name = Nome e cognome del minore
field-child-relation = Il minore è
field-child-sex = Sesso
field-child-date_of_birth = Data di nascita
field-child-age_group = Età
field-child-citizenship = Cittadinanza
field-child-accompanied = Viaggia con un genitore o con il tutore legale
field-child_safeguards-guardian_appointed = Tutore nominato
field-child_safeguards-guardian = Tutore
field-child_safeguards-best_interests_done = Determinazione del superiore interesse effettuata
field-child_safeguards-best_interests_date = Data della determinazione del superiore interesse
field-child_safeguards-best_interests_summary = Sintesi della determinazione del superiore interesse
field-child_safeguards-family_tracing = Ricerca dei familiari
field-child_needs-care_on_return = Modalità di presa in carico al rientro
field-child_needs-schooling = Inserimento scolastico
field-child_needs-health_needs = Bisogni sanitari
field-child_needs-comments = Osservazioni

## Code lists

list-sex-male = Maschile
list-sex-female = Femminile
list-sex-other = Altro
list-sex-unknown = Non noto
list-age_group-under_18 = Minore di 18 anni
list-age_group-over_18 = Maggiore di 18 anni
list-age_group-unknown = Non nota
list-marital_status-single = Celibe/nubile
list-marital_status-married = Coniugato/a
list-marital_status-divorced = Divorziato/a
list-marital_status-widowed = Vedovo/a
list-marital_status-partnership = Unione civile o convivenza
list-marital_status-unknown = Non noto
list-travel_document-passport = Passaporto
list-travel_document-laissez_passer = Lasciapassare
list-travel_document-identity_card = Carta d'identità
list-identity_confirmer-police = Polizia
list-identity_confirmer-embassy_or_consulate = Ambasciata o rappresentanza consolare
list-identity_confirmer-civil_registry = Comune/ufficio di stato civile
list-identity_confirmer-other = Altro
list-exploitation_type-sexual = Sfruttamento sessuale
list-exploitation_type-labour = Sfruttamento lavorativo
list-exploitation_type-begging = Accattonaggio
list-exploitation_type-removal_of_organs = Prelievo di organi
list-exploitation_type-adoption = Adozione
list-exploitation_type-forced_criminality = Economie illegali forzate (costrizione ad attività illecite)
list-exploitation_type-other = Altro
list-recruitment_means-personal_contact = Tramite contatto personale
list-recruitment_means-advertisement = Tramite annuncio
list-recruitment_means-travel_agency = Tramite agenzia di viaggi
list-recruitment_means-employment_agency = Tramite agenzia per il lavoro
list-recruitment_means-family_member = Tramite un familiare
list-recruitment_means-abduction_force = Rapimento/uso della forza
list-recruitment_means-other = Altro
list-recruitment_means-unknown = Non nota
list-first_assistance-accommodation = Alloggio
list-first_assistance-medical = Visita/assistenza/valutazione medica
list-first_assistance-psychological = Consulenza psicologica/supporto psicosociale
list-first_assistance-interpretation = Interpretariato
list-first_assistance-family_contact = Contatto stabilito con la famiglia o con altre persone significative
list-first_assistance-legal_adviser = Consulente legale nominato
list-first_assistance-guardian = Tutore nominato
list-permit_status-obtained = Ottenuto
list-permit_status-not_obtained = Non ottenuto
list-permit_status-procedure_started = Procedura avviata
list-safety_measure-shelter = Accoglienza in struttura protetta
list-safety_measure-victim_protection = Protezione della vittima
list-safety_measure-physical_protection = Protezione fisica
list-safety_measure-resettlement_third_country = Reinsediamento in un Paese terzo
list-safety_measure-other = Altro
list-accommodation-shelter = Struttura protetta
list-accommodation-own_family = Propria famiglia
list-accommodation-alternative = Alloggio alternativo
list-accommodation-other = Altro
list-origin_need-medical = Visita/assistenza/valutazione medica
list-origin_need-psychological = Consulenza psicologica/supporto psicosociale
list-origin_need-family_contact = Stabilire un contatto con la famiglia o con altre persone significative
list-origin_need-legal_adviser = Consulente legale
list-origin_need-guardian = Tutore
list-origin_need-other = Altro
list-harm_source-family_member = Familiare
list-harm_source-partner = Partner
list-harm_source-friend = Amico/a
list-harm_source-community_member = Membro della comunità
list-harm_source-other = Altro
list-risk_level-very_high = Molto alto
list-risk_level-high = Alto
list-risk_level-medium = Medio
list-risk_level-low = Basso
list-risk_participant-trafficked_person = Persona trafficata
list-risk_participant-relatives = Parenti
list-risk_participant-authorities_origin = Autorità del Paese di origine
list-risk_participant-authorities_destination = Autorità del Paese di destinazione
list-risk_participant-guardian = Tutore
list-risk_participant-ngo = Organizzazione non governativa
list-risk_participant-other = Altro
list-transport_mode-air = Via aerea
list-transport_mode-land = Via terra
list-transport_mode-sea = Via mare
list-legal_assistance-identity_documents = Rilascio dei documenti d'identità
list-legal_assistance-guardian = Nomina di un tutore
list-legal_assistance-health_insurance_card = Rilascio della tessera sanitaria
list-legal_assistance-legal_counselling = Consulenza legale
list-legal_assistance-legal_representation = Rappresentanza legale
list-legal_assistance-other = Altro
list-proceedings_kind-civil = Procedimento civile
list-proceedings_kind-criminal = Procedimento penale
list-court_decision-sentenced = Trafficante condannato
list-court_decision-released = Trafficante rimesso in libertà
list-court_decision-underway = Procedimento in corso
list-child_relation-trafficked_person = La persona trafficata
list-child_relation-child_of_person = Un figlio o una figlia della persona trafficata
list-child_relation-other = Un altro minore affidato alla persona trafficata
list-family_tracing-not_needed = Non necessaria
list-family_tracing-not_started = Non avviata
list-family_tracing-in_progress = In corso
list-family_tracing-family_found = Famiglia rintracciata
list-family_tracing-not_found = Famiglia non rintracciata

## Who fills what, and what kind of data

side-exploitation = Da compilare a cura del Paese di sfruttamento
side-origin = Da compilare a cura del Paese di origine o del Paese terzo dopo il rientro della vittima
side-either = Può essere compilato da entrambi i Paesi
data-institutional = Dati istituzionali
data-personal = Dati personali
data-special = Categorie particolari di dati

## Values

value-yes = Sì
value-no = No
value-empty = Non compilato
value-offered = Offerto alla persona trafficata
value-accepted = Accettato dalla persona trafficata
value-not-offered = Non offerto
value-written-in = scritto in { $language }
contact-organisation = Ente/organizzazione
contact-person = Referente/i
contact-title = Qualifica
contact-address = Indirizzo
contact-telephone = Telefono
contact-fax = Fax
contact-mobile = Cellulare
contact-email = E-mail
contact-other = Altro recapito (ad es. ID di messaggistica)

## The printed referral

print-confidential = Riservato: contiene dati personali e categorie particolari di dati relativi a una persona trafficata. Non copiare né inoltrare.
print-referral = Referral
print-version = Versione { $version }
print-template-version = Versione della scheda { $template }, profilo nazionale { $country } versione { $profile }
print-state-draft = Bozza: non inviato
print-state-sent = Inviato
print-state-received = Ricevuto
print-from-to = Da { $from } a { $to }
print-child-number = Minore { $number }
print-added-by-profile = Campo aggiunto dal profilo nazionale: { $country }
print-unknown-field = Campo non presente nella scheda di questo nodo, mostrato con l'etichetta del mittente
print-page-footer = Referral transnazionale OpenTRM. Stampato il { $date }.
print-no-children = Nessuna scheda del minore allegata.
