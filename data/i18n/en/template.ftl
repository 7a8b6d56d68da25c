# OpenTRM - the transnational referral template (data/template/referral.v1.toml):
# section titles, field labels, help texts and code-list values, in English.
# Source wording: seed 004, Annex I "DRAFT Template for Transnational Referral".
# Every other language has the same keys; `trm template check` fails on any gap.

## The template

template-title = Transnational referral
template-subtitle = Follow-up of a transnational referral of a trafficked person

## Sections

section-header = Header
section-general = General information
section-first_assistance = First assistance received in the country of exploitation
section-needs = Short outline of assistance needs in the country of origin or in a third country
section-perspective = Perspective of the victim
section-return = Information on return / travel data
section-long_term = Long-term assistance offered in the country of origin or third country
section-proceedings = Civil and criminal proceedings
section-contacts = Contacts in the country of exploitation and origin/third country
section-child = Template for a child to be returned
    .help = One entry for each child to be returned: a trafficked child, or a child travelling with the trafficked person.

## Groups

group-header = Date and completing institutions
group-consents = Consents of the trafficked person
    .help = Both consents are informed, dated and can be withdrawn. Nothing is sent to another country without consent to share data.
group-personal = Personal information
group-case = Case information
group-first_basic = Basic needs
group-first_legal = Legal assistance
group-first_protection = Protection
group-needs_basic = Basic needs
group-health = Health
    .help = Special-category data: fill in only what the receiving services need to care for the person.
group-safety = Safety concerns
group-retrafficking = Risk of re-trafficking
group-perspective = Perspective of the victim
group-travel = Return and travel data
group-lt_basic = Basic needs
group-lt_measures = Long-term assistance and social inclusion measures
    .help = For each measure, record whether it was offered to the trafficked person and whether the person accepted it.
group-lt_legal = Legal and administrative assistance
group-lt_protection = Protection
group-proceedings_exploitation = In the country of exploitation
group-proceedings_origin = In the country of origin
group-contacts = Contacts per TRM procedure
group-child = The child
group-child_safeguards = Guardian and best interests
    .help = A child is returned only after a best-interests determination, with a guardian appointed.
group-child_needs = Care and needs on return

## Fields: header

field-header-date = Date
field-header-exploitation_institution = Institution/organisation completing the template in the country of exploitation
field-header-origin_institution = Institution/organisation completing the template in the country of origin
field-consents-share_data = Victim's consent for data to be shared between country of exploitation and country of origin
field-consents-share_data_comments = Comments on the consent to share data
field-consents-return = Victim's consent to return to country of origin/third country
field-consents-return_comments = Comments on the consent to return

## Fields: 1.1 personal information

field-personal-name = Name of the trafficked person
field-personal-other_names = Previous names, nicknames
field-personal-sex = Sex
field-personal-place_of_birth = Place of birth
field-personal-date_of_birth = Date of birth
field-personal-age_group = Age
    .help = If the date of birth is unknown, give an estimate.
field-personal-residence_address = Address of residence
field-personal-residence_country = Country of residence
field-personal-citizenship = Citizenship
field-personal-marital_status = Marital status
field-personal-valid_travel_document = In possession of a valid travel document
field-personal-travel_documents = Travel documents
field-personal-travel_document_comments = Comments on the travel documents
field-personal-identity_confirmed = Identity confirmed
field-personal-identity_confirmed_by = Identity confirmed by
field-personal-identity_confirmed_by_other = Identity confirmed by (other)
field-personal-identity_comments = Comments on the identity
field-personal-children_to_return = Children to be returned
    .help = If yes, fill in the child's template for each child.
field-personal-languages = Language(s) spoken by the trafficked person
field-personal-reflection_period = Reflection period provided
field-personal-reflection_start = Reflection period: start date
field-personal-reflection_end = Reflection period: end date

## Fields: 1.2 case information

field-case-exploitation_types = Type of exploitation
field-case-exploitation_other = Type of exploitation (other)
field-case-exploitation_comments = Comments on the exploitation
field-case-recruitment_means = Means of recruitment
field-case-recruitment_other = Means of recruitment (other)
field-case-recruitment_comments = Comments on the recruitment
field-case-recruitment_country = Country of recruitment
field-case-transit_countries = Country/ies transited during the travel
field-case-exploitation_countries = Country/ies of exploitation
field-case-exploitation_began = Date when trafficking/exploitation began
field-case-exploitation_ended = Date exited trafficking/exploitation
field-case-identification_country = Country of identification
field-case-formal_identification = Formal identification
field-case-identified_on = Date of identification
field-case-previously_trafficked = Person trafficked previously
field-case-previous_exploitation_countries = Country/ies of previous exploitation

## Fields: 2. first assistance

field-first_basic-received = Assistance received
field-first_basic-comments = Comments on the first assistance
field-first_legal-residence_permit = Temporary residence permit
field-first_legal-legal_representative = Legal representative provided
field-first_legal-other_procedures = Other procedure(s) initiated
field-first_protection-safety_measures = Safety measures provided
field-first_protection-safety_other = Safety measures (other)

## Fields: 3. assistance needs

field-needs_basic-accommodation = Accommodation in the country of origin
field-needs_basic-accommodation_other = Accommodation (other)
field-needs_basic-needs = Assistance needed
field-needs_basic-other_assistance = Other assistance
field-health-medical_history = Medical history
field-health-chronic_diseases = Chronic diseases
field-health-addiction = Addiction
field-health-medication = Prescription medication(s)
field-health-comments = Comments on health
field-safety-risk_assessment = Risk assessment made
field-safety-harm_sources = Individuals who may cause harm
field-safety-harm_other = Individuals who may cause harm (other)
field-safety-unsafe_locations = Locations that may not be safe
field-safety-comments = Comments on safety
field-retrafficking-risk_level = Risk of re-trafficking
field-retrafficking-assessment_done = Risk assessment carried out
field-retrafficking-assessed_with = Carried out in cooperation with
field-retrafficking-comments = Comments on the risk of re-trafficking

## Fields: 4. perspective of the victim

field-perspective-wishes_programme = Wishes to enter an assistance programme in the country of origin or third country
field-perspective-informed_of_programme = Has received information on the assistance programme in the country of origin or third country

## Fields: 5. return and travel data

field-travel-arrival = Date and time of arrival in the country of origin or third country
field-travel-transport_modes = Means of transportation
field-travel-transport_details = Border crossing point, carrier's name, number and schedule
field-travel-escorts = Name and contact details of escort(s)
field-travel-security_measures = Security measures
field-travel-medical_treatment = Medical treatment during travel
field-travel-receiving_person = Receiving person

## Fields: 6. long-term assistance

field-lt_basic-accommodation = Accommodation
field-lt_basic-accommodation_other = Accommodation (other)
field-lt_basic-comments = Comments on the accommodation
field-lt_measures-medical = Long-term medical assistance
field-lt_measures-psychological = Psychological counselling
field-lt_measures-education = Education
field-lt_measures-vocational_training = Vocational training
field-lt_measures-job_placement = Job placement assistance
field-lt_measures-financial_support = Financial support
field-lt_measures-housing = Housing subsidy/assistance
field-lt_measures-interpretation = Language interpretation
field-lt_measures-family_mediation = Family mediation
field-lt_measures-family_therapy = Family therapy/consulting
field-lt_measures-family_contact = Trafficked person in regular contact with family
field-lt_measures-family_contact_comments = Comments on contact with family
field-lt_legal-assistance = Legal and administrative assistance provided
field-lt_legal-other = Legal and administrative assistance (other)
field-lt_protection-safety_measures = Safety measures applied

## Fields: 7. proceedings

field-proceedings_exploitation-case_initiated = Case initiated
field-proceedings_exploitation-kinds = Kind of proceedings
field-proceedings_exploitation-statement_taken = Trafficked person's statement taken by the police
field-proceedings_exploitation-testified = Trafficked person testified in court
field-proceedings_exploitation-compensation_claimed = Compensation claim filed by the trafficked person
field-proceedings_exploitation-compensation_obtained = Compensation obtained by the trafficked person
field-proceedings_exploitation-court_decision = Court decision
field-proceedings_exploitation-legal_status = Legal status of the victim
field-proceedings_exploitation-comments = Comments on the proceedings
field-proceedings_origin-case_initiated = Case initiated
field-proceedings_origin-statement_taken = Trafficked person's statement taken by the police
field-proceedings_origin-testified = Trafficked person testified in court
field-proceedings_origin-compensation_claimed = Compensation claim filed by the trafficked person
field-proceedings_origin-compensation_obtained = Compensation obtained by the trafficked person
field-proceedings_origin-court_decision = Court decision
field-proceedings_origin-comments = Comments on the proceedings

## Fields: 8. contacts

field-contacts-identification_exploitation = Identification: country of exploitation
field-contacts-identification_origin = Identification: country of origin
field-contacts-first_assistance_exploitation = First assistance and protection: country of exploitation
field-contacts-first_assistance_origin = First assistance and protection: country of origin
field-contacts-long_term_exploitation = Long-term assistance and social inclusion: country of exploitation
field-contacts-long_term_origin = Long-term assistance and social inclusion: country of origin
field-contacts-return_exploitation = Return: country of exploitation
field-contacts-return_origin = Return: country of origin
field-contacts-proceedings_exploitation = Criminal and civil proceedings: country of exploitation
field-contacts-proceedings_origin = Criminal and civil proceedings: country of origin
field-contacts-interpreter_exploitation = Name of interpreter: country of exploitation
field-contacts-interpreter_origin = Name of interpreter: country of origin

## Fields: the child's template

field-child-name = Name of the child
field-child-relation = The child is
field-child-sex = Sex
field-child-date_of_birth = Date of birth
field-child-age_group = Age
field-child-citizenship = Citizenship
field-child-accompanied = Travels with a parent or legal guardian
field-child_safeguards-guardian_appointed = Guardian appointed
field-child_safeguards-guardian = Guardian
field-child_safeguards-best_interests_done = Best-interests determination made
field-child_safeguards-best_interests_date = Date of the best-interests determination
field-child_safeguards-best_interests_summary = Summary of the best-interests determination
field-child_safeguards-family_tracing = Family tracing
field-child_needs-care_on_return = Care arrangements on return
field-child_needs-schooling = Schooling
field-child_needs-health_needs = Health needs
field-child_needs-comments = Comments

## Code lists

list-sex-male = Male
list-sex-female = Female
list-sex-other = Other
list-sex-unknown = Unknown
list-age_group-under_18 = Under 18
list-age_group-over_18 = Over 18
list-age_group-unknown = Unknown
list-marital_status-single = Single
list-marital_status-married = Married
list-marital_status-divorced = Divorced
list-marital_status-widowed = Widow/widower
list-marital_status-partnership = Partnership
list-marital_status-unknown = Unknown
list-travel_document-passport = Passport
list-travel_document-laissez_passer = Laissez-passer
list-travel_document-identity_card = Identity card
list-identity_confirmer-police = Police
list-identity_confirmer-embassy_or_consulate = Embassy or consular representation
list-identity_confirmer-civil_registry = Local municipality/civil registry
list-identity_confirmer-other = Other
list-exploitation_type-sexual = Sexual exploitation
list-exploitation_type-labour = Labour exploitation
list-exploitation_type-begging = Begging
list-exploitation_type-removal_of_organs = Removal of organs
list-exploitation_type-adoption = Adoption
list-exploitation_type-forced_criminality = Delinquency (forced criminality)
list-exploitation_type-other = Other
list-recruitment_means-personal_contact = Via personal contact
list-recruitment_means-advertisement = Via advertisement
list-recruitment_means-travel_agency = Via travel agency
list-recruitment_means-employment_agency = Via employment agency
list-recruitment_means-family_member = Via family member
list-recruitment_means-abduction_force = Abduction/force
list-recruitment_means-other = Other
list-recruitment_means-unknown = Unknown
list-first_assistance-accommodation = Accommodation
list-first_assistance-medical = Medical examination/assistance/evaluation
list-first_assistance-psychological = Psychological counselling/psycho-social support
list-first_assistance-interpretation = Language interpretation
list-first_assistance-family_contact = Established contact with family or significant others
list-first_assistance-legal_adviser = Legal adviser appointed
list-first_assistance-guardian = Guardian appointed
list-permit_status-obtained = Obtained
list-permit_status-not_obtained = Not obtained
list-permit_status-procedure_started = Procedure started
list-safety_measure-shelter = Accommodation in shelter
list-safety_measure-victim_protection = Victim protection
list-safety_measure-physical_protection = Physical protection
list-safety_measure-resettlement_third_country = Resettlement in third country
list-safety_measure-other = Other
list-accommodation-shelter = Shelter
list-accommodation-own_family = Own family
list-accommodation-alternative = Alternative accommodation
list-accommodation-other = Other
list-origin_need-medical = Medical examination/assistance/evaluation
list-origin_need-psychological = Psychological counselling/psycho-social support
list-origin_need-family_contact = To establish contact with family or significant others
list-origin_need-legal_adviser = Legal adviser
list-origin_need-guardian = Guardian
list-origin_need-other = Other
list-harm_source-family_member = Family member
list-harm_source-partner = Partner
list-harm_source-friend = Friend
list-harm_source-community_member = Member of the community
list-harm_source-other = Other
list-risk_level-very_high = Very high
list-risk_level-high = High
list-risk_level-medium = Medium
list-risk_level-low = Low
list-risk_participant-trafficked_person = Trafficked person
list-risk_participant-relatives = Relatives
list-risk_participant-authorities_origin = Authorities in the country of origin
list-risk_participant-authorities_destination = Authorities in the country of destination
list-risk_participant-guardian = Guardian
list-risk_participant-ngo = Non-governmental organisation
list-risk_participant-other = Other
list-transport_mode-air = By air
list-transport_mode-land = By land
list-transport_mode-sea = By sea
list-legal_assistance-identity_documents = Issuing identity documents
list-legal_assistance-guardian = Appointment of a guardian
list-legal_assistance-health_insurance_card = Issuing of a health insurance card
list-legal_assistance-legal_counselling = Legal counselling
list-legal_assistance-legal_representation = Legal representation
list-legal_assistance-other = Other
list-proceedings_kind-civil = Civil proceedings
list-proceedings_kind-criminal = Criminal proceedings
list-court_decision-sentenced = Trafficker sentenced
list-court_decision-released = Trafficker released
list-court_decision-underway = Proceedings underway
list-child_relation-trafficked_person = The trafficked person
list-child_relation-child_of_person = A child of the trafficked person
list-child_relation-other = Another child in the trafficked person's care
list-family_tracing-not_needed = Not needed
list-family_tracing-not_started = Not started
list-family_tracing-in_progress = In progress
list-family_tracing-family_found = Family found
list-family_tracing-not_found = Family not found

## Who fills what, and what kind of data

side-exploitation = To be filled in by the country of exploitation
side-origin = To be filled in by the country of origin or third country after the victim's return
side-either = Either country may fill this in
data-institutional = Institutional data
data-personal = Personal data
data-special = Special-category data

## Values

value-yes = Yes
value-no = No
value-empty = Not filled in
value-offered = Offered to the trafficked person
value-accepted = Accepted by the trafficked person
value-not-offered = Not offered
value-written-in = written in { $language }
contact-organisation = Institution/organisation
contact-person = Contact person(s)
contact-title = Title
contact-address = Address
contact-telephone = Telephone
contact-fax = Fax
contact-mobile = Mobile
contact-email = E-mail
contact-other = Other contact (e.g. messaging id)

## The printed referral

print-confidential = Confidential: contains personal and special-category data about a trafficked person. Do not copy or forward.
print-referral = Referral
print-version = Version { $version }
print-template-version = Template version { $template }, national profile { $country } version { $profile }
print-state-draft = Draft: not sent
print-state-sent = Sent
print-state-received = Received
print-from-to = From { $from } to { $to }
print-child-number = Child { $number }
print-added-by-profile = Field added by the national profile of { $country }
print-unknown-field = Field not in this node's template, shown as the sender labelled it
print-page-footer = OpenTRM transnational referral. Printed { $date }.
print-no-children = No child's template attached.
