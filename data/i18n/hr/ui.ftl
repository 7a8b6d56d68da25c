# OpenTRM - the web interface: every string a person reads on its pages, in English.
# Every other language has the same keys; `trm template check` and the tests fail on any gap.
# Code-list labels are ui-<list>-<code>; measure titles ui-measure-<sop>-<measure>.

## Layout

ui-skip = Skip to main content
ui-nav-label = Main menu
ui-nav-dashboard = Dashboard
ui-nav-cases = Cases
ui-nav-knowledge = Knowledge
ui-nav-account = My account
ui-language = Language
ui-language-apply = Change
ui-logout = Log out
ui-draft-translation = This translation is a draft awaiting review by native speakers who work with victims. Where in doubt, the English version applies.
ui-footer = OpenTRM – Transnational Referral Mechanism. Assistance never depends on cooperation with the police or courts.
ui-continue = Continue
ui-save = Save
ui-yes = Yes
ui-no = No
ui-choose = Not known
ui-unknown = Not known
ui-notes = Notes
ui-next-page = Next page
ui-child = Child
ui-overdue = Overdue
ui-days-left = { $days } days left
ui-form-errors = Please correct the following
ui-hint-date = Date as YYYY-MM-DD, for example 2026-03-31
ui-hint-comma = Several? Separate them with commas
ui-hint-country = Two-letter country code, for example AL
ui-hint-countries = Two-letter country codes separated by commas, for example AL, MD
ui-hint-language = Two-letter language code, for example sq
ui-hint-languages = Two-letter language codes separated by commas, for example sq, it

## Errors

ui-error-title = Something stopped this page
ui-error-forbidden = Your role does not allow this.
ui-error-csrf = This form was not sent from this site's page, or the page is too old. Go back, reload the page and try again.
ui-error-not-found = There is nothing here, or you may not see it.
ui-error-conflict = Someone else changed this meanwhile. Reload the page and try again.
ui-error-invalid = The request could not be read.
ui-error-internal = The node had a problem. Try again; if it happens again, tell your administrator.
ui-error-back = Back to the dashboard

## Login and second factor

ui-login-title = Log in
ui-login-username = Username
ui-login-password = Password
ui-login-code = Code from your authenticator app
ui-login-code-hint = 6 digits, or one of your recovery codes. Leave empty at your very first login.
ui-login-submit = Log in
ui-login-failed = The username, the password or the code is wrong.
ui-login-locked = Too many failed attempts: try again in { $minutes } minutes.
ui-demo-title = Demo node: logins
ui-demo-explain = This is a demo node with synthetic data. These accounts and their current codes are shown only on demo nodes.
ui-demo-code = Current code
ui-demo-valid = The codes change every 30 seconds (this one for { $seconds } more seconds); reload the page for new ones. Each code works once.
ui-enrol-title = Set up your authenticator app
ui-enrol-step-app = Open an authenticator app on your phone (any app for time-based codes).
ui-enrol-step-secret = Add an account and type in this key:
ui-enrol-uri = The same key as a link, for apps that accept one
ui-enrol-step-code = Type the 6-digit code the app now shows.
ui-enrol-code = Code from the app
ui-enrol-submit = Confirm
ui-enrol-done = Your second factor is set up
ui-enrol-recovery = Keep these recovery codes somewhere safe, apart from your phone. Each logs you in once if you lose the phone. They are shown only now.
ui-enrol-done-already = Your account already has a second factor.

## Dashboard

ui-dashboard-hello = Hello, { $name }
ui-dashboard-my-cases = My cases
ui-dashboard-no-cases = No cases yet.
ui-dashboard-all-cases = All { $count } cases
ui-dashboard-overdue = Measures overdue
ui-dashboard-none-overdue = No measure is overdue.
ui-dashboard-overdue-count = { $count } overdue
ui-dashboard-reflection = Reflection periods ending within { $days } days
ui-dashboard-none-reflection = No reflection period ends soon.
ui-dashboard-messages = Messages waiting
ui-dashboard-no-messages = No messages are waiting for you.

## Cases

ui-case = Case
ui-case-new = New case
ui-case-new-intro = Only the status, a name (or nickname) and the sex are needed; everything else can be added later.
ui-case-create = Create the case
ui-case-person = Person
ui-case-status = Status
ui-case-status-hint = Presumed victims are entitled to the same treatment as identified victims.
ui-case-change-status = Change the status or the reflection period
ui-case-unnamed = (no name recorded)
ui-case-reflection = Recovery and reflection period
ui-case-no-reflection = None recorded
ui-case-sections = On this page
ui-case-unconditional = Assistance is unconditional: it never depends on the person's cooperation with the police or courts.
ui-cases-all = All cases
ui-cases-overdue-only = Only cases with overdue measures
ui-cases-open-measures = Open measures
ui-cases-overdue = Overdue measures
ui-person-given-name = Given name
ui-person-family-name = Family name
ui-person-nicknames = Nicknames
ui-person-sex = Sex
ui-person-dob = Date of birth
ui-person-age = Age, if the date of birth is not known
ui-person-age-hint = A person whose age is not known and may be under 18 is treated as a child.
ui-person-citizenships = Citizenships
ui-person-languages = Languages
ui-reflection-starts = Reflection period starts
ui-reflection-ends = Reflection period ends

## The SOP board and measures

ui-board-title = The five SOPs
ui-board-a-la-carte = The SOPs are à la carte: open any measure the person needs, in any order. No measure is a condition for another.
ui-sop-number = SOP { $number }
ui-measure-not-opened = not opened
ui-measure-open = Open this measure
ui-measure-status = Status of the measure
ui-measure-due = Due
ui-measure-responsible = Responsible organisation
ui-guidance = Guidance
ui-guidance-english = The guidance text is in English until it is translated.
ui-guidance-what = What
ui-guidance-when = When
ui-guidance-who = Who
ui-guidance-how = How

## Consent

ui-consents-title = Consent
ui-consents-explain = Informed consent is recorded, dated, scoped and can be withdrawn at any time. Nothing personal is sent to another country without consent to share data.
ui-consents-current = Consent now
ui-consents-none = No consent recorded yet.
ui-consents-records = Records
ui-consent-scope = For
ui-consent-scope-share = sharing data with { $country } for { $purpose }
ui-consent-scope-return = return to { $country }
ui-consent-kind = Consent to
ui-consent-kind-share_data = share data with another country
ui-consent-kind-return = return to a country
ui-consent-country = Country
ui-consent-purpose = Purpose of sharing
ui-consent-purpose-hint = Only for consent to share data.
ui-consent-decision = Decision
ui-consent-decided-on = Decided on
ui-consent-language = Language the person was informed in
ui-consent-interpreter = Interpreter present
ui-consent-record = Record consent
ui-consent-revoked = Withdrawn
ui-consent-revoke = Withdraw
ui-consent-revoke-reason = Reason (optional)

## Child safeguards

ui-safeguards-title = Child safeguards
ui-safeguards-rule-guardian = For a child, family tracing and every return measure can be marked done only once a guardian is recorded on the case.
ui-safeguards-rule-bid = The decision to return and the transfer itself also need a best-interests determination.
ui-safeguards-nothing-blocked = Nothing is held back: the guardian and a best-interests determination are recorded.
ui-safeguards-blocked = These measures cannot be marked done yet:
ui-safeguards-needs-guardian = needs a guardian recorded on the case
ui-safeguards-needs-bid = needs a best-interests determination
ui-guardian = Guardian
ui-guardian-none = No guardian recorded.
ui-guardian-name = Name of the guardian
ui-guardian-organisation = Organisation
ui-guardian-appointed = Appointed on
ui-bi-title = Best interests
ui-bi-none = No best-interests assessment or determination recorded.
ui-bi-kind = Kind
ui-bi-decided-on = Decided on
ui-bi-decided-by = By (authority or staff)
ui-bi-summary = Summary
ui-bi-add = Add this record

## Risk and assistance plan

ui-risk-title = Risk assessment
ui-risk-none = No risk assessment recorded.
ui-risk-level = Risk of re-trafficking
ui-risk-assessed-on = Assessed on
ui-plan-title = Individual assistance plan
ui-plan-explain = A written agreement made jointly with the person.
ui-plan-none = No plan recorded.
ui-plan-agreed-on = Agreed on
ui-plan-goals = Goals
ui-plan-goals-hint = One goal per line.
ui-timeline-title = Timeline

## Identification screening

ui-screening-title = Identification screening
ui-screening-explain = Tick what you observed. The screening records it on the case and suggests next steps.
ui-screening-never-decides = A screening never decides a person's status: it helps you notice and refer. A reasonable suspicion is enough to refer.
ui-screening-record = Record what I observed
ui-screening-recorded = Recorded on the case (SOP 1, initial referral).
ui-screening-next = Measures to consider next
ui-screening-nothing = No sign was ticked: nothing is suggested.
ui-ind-group-recruitment = Recruitment
ui-ind-group-control = Control
ui-ind-group-exploitation = Work and exploitation
ui-ind-group-wellbeing = Health and fear
ui-ind-group-child = Children
ui-ind-deceptive_offer = The job, marriage or travel the person was promised turned out to be different
ui-ind-debt = The person owes a debt to the recruiter or employer (travel, housing, fees) that keeps growing
ui-ind-documents_withheld = Someone else keeps the person's passport or identity documents
ui-ind-restricted_movement = The person cannot come and go freely
ui-ind-threats = The person or their family has been threatened
ui-ind-isolation = The person does not know where they live or work, or has no contact with family
ui-ind-accompanied = Someone always accompanies the person or answers for them
ui-ind-wages_withheld = Wages are withheld, very low or paid to someone else
ui-ind-excessive_hours = Very long working hours without rest days
ui-ind-forced_activities = The person is made to beg, steal, sell sex or commit offences
ui-ind-injuries = Signs of physical abuse, neglect or untreated illness
ui-ind-fear_of_authorities = The person is afraid of the police, of deportation or of talking
ui-ind-child_unaccompanied = A child without parents or a legal caregiver
ui-ind-child_working = A child working, begging or kept out of school

## Knowledge

ui-knowledge-sops = The five SOPs and their measures
ui-knowledge-definitions = Working definitions
ui-knowledge-definitions-source = From the TRM guidelines (ICMPD, 2012), "Working Definitions and Terminology". The definitions are in English until they are translated.
ui-term-at_risk = Person at risk of trafficking
ui-term-potential_victim = Potential victim
ui-term-presumed_victim = Presumed victim
ui-term-victim = Victim of trafficking
ui-term-trafficked_child = Trafficked child
ui-term-separated_child = Separated child
ui-term-informed_consent = Informed consent
ui-term-risk_assessment = Risk assessment
ui-term-risk_management_plan = Risk management plan
ui-term-return = Return
ui-term-social_inclusion = Social inclusion
ui-term-trm = Transnational referral mechanism

## Account

ui-account-role = Role
ui-account-totp = Second factor
ui-account-totp-on = An authenticator app is set up.
ui-account-totp-off = No authenticator app is set up yet.
ui-account-recovery-left = { $count } recovery codes left.
ui-account-password = Password
ui-account-current-password = Current password
ui-account-new-password = New password
ui-account-password-rule = At least 12 characters; a few words make a good password.
ui-account-password-change = Change the password
ui-account-password-changed = Your password is changed. Your other sessions have ended.
ui-account-sessions = Where you are logged in
ui-account-session-started = Started
ui-account-session-used = Last used
ui-account-session-ends = Ends at the latest
ui-account-session-end = End this session
ui-account-session-this = This session

## SOPs and measures

ui-sop-1 = Identification
ui-sop-2 = First assistance and protection
ui-sop-3 = Longer-term assistance and social inclusion
ui-sop-4 = Return and social inclusion
ui-sop-5 = Criminal and civil proceedings
ui-measure-sop1-initial_referral = Initial referral
ui-measure-sop1-basic_needs_information = Access to basic needs and information
ui-measure-sop1-early_risk_assessment = Early risk assessment
ui-measure-sop1-interpretation_mediation = Language interpretation and cultural mediation
ui-measure-sop1-reflection_period = Recovery and reflection period
ui-measure-sop1-formal_identification = (Formal) identification
ui-measure-sop2-assistance_information = Information on assistance options and conditions
ui-measure-sop2-legal_information = Information on legal options and conditions
ui-measure-sop2-intake_needs_assessment = Intake and needs assessment
ui-measure-sop2-assistance_protection = Assistance provision and protection
ui-measure-sop3-individual_assistance_plan = Joint development of the individual assistance plan
ui-measure-sop3-iap_consent = Consent procedures to implement the assistance plan
ui-measure-sop3-social_inclusion = Adjustment and social inclusion
ui-measure-sop3-legal_support = Legal support and assistance
ui-measure-sop4-informed_decision = Informed decision to return
ui-measure-sop4-risk_assessment = Risk and social inclusion risk assessment
ui-measure-sop4-risk_management_plan = Risk management plan
ui-measure-sop4-family_tracing = Family tracing
ui-measure-sop4-documentation = Documentation
ui-measure-sop4-information_sharing = Information sharing between the organisations and with the person
ui-measure-sop4-safe_transfer = Safe transfer and arrival assistance
ui-measure-sop5-evidence_gathering = Evidence gathering
ui-measure-sop5-pretrial_support = Preparing the victim-witness before the trial
ui-measure-sop5-trial_support = Victim-witness support during the trial
ui-measure-sop5-post_trial_support = Victim-witness support after the trial
ui-measure-sop5-compensation_claims = Support for compensation claims

## Code lists

ui-status-at_risk = At risk
ui-status-potential_victim = Potential victim
ui-status-presumed_victim = Presumed victim
ui-status-identified_formal = Identified victim (formal)
ui-status-identified_informal = Identified victim (informal)
ui-status-declined_identification = Declined formal identification
ui-status-not_a_victim = Not a victim of trafficking
ui-mstatus-planned = Planned
ui-mstatus-in_progress = In progress
ui-mstatus-done = Done
ui-mstatus-declined_by_person = Declined by the person
ui-mstatus-not_applicable = Not applicable
ui-sex-male = Male
ui-sex-female = Female
ui-sex-other = Other
ui-sex-unknown = Not known
ui-age-under_18 = Under 18
ui-age-over_18 = 18 or over
ui-age-unknown = Not known
ui-decision-given = Given
ui-decision-refused = Refused
ui-purpose-referral = referral
ui-purpose-assistance = assistance
ui-purpose-return = return
ui-purpose-family_tracing = family tracing
ui-purpose-proceedings = proceedings
ui-cstate-given = given
ui-cstate-refused = refused
ui-cstate-revoked = withdrawn
ui-cstate-not_recorded = not recorded
ui-risk-very_high = Very high
ui-risk-high = High
ui-risk-medium = Medium
ui-risk-low = Low
ui-bi-assessment = Best-interests assessment
ui-bi-determination = Best-interests determination
ui-role-administrator = Administrator
ui-role-focal_point = Focal point
ui-role-case_manager = Case manager
ui-role-case_worker = Case worker
ui-role-law_enforcement = Law enforcement
ui-role-prosecutor = Prosecutor
ui-role-guardian = Guardian
ui-role-monitor = Independent monitor
ui-role-directory_editor = Directory editor
ui-event-case_opened = Case opened
ui-event-case_updated = Case changed
ui-event-measure_opened = Measure opened
ui-event-measure_updated = Measure changed
ui-event-consent_recorded = Consent recorded
ui-event-consent_revoked = Consent withdrawn
ui-event-case_shared = Case shared
ui-event-share_withdrawn = Sharing withdrawn
ui-event-break_glass = Emergency access by an administrator
ui-event-case_restricted = Processing restricted
ui-event-case_unrestricted = Restriction lifted
ui-event-case_anonymised = Personal data erased
ui-event-referral_drafted = Referral drafted
ui-event-referral_edited = Referral edited
ui-event-referral_sent = Referral sent
ui-event-referral_received = Referral received
