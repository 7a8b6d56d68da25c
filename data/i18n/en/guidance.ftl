# OpenTRM - the guidance of the five TRM SOPs (WHAT, WHEN, WHO, HOW of each measure)
# and the working definitions of seed 004, as the case board and the knowledge page
# show them. The structure (codes, sources, child safeguards) is in
# data/sop/catalogue.toml and data/knowledge/definitions.toml; the texts are here, one
# file per language. A node may edit the texts to match its national referral
# mechanism; keep the keys. Titles are in ui.ftl (ui-sop-N, ui-measure-*, ui-term-*).
#
# Keys: guide-sop-<number>-purpose, guide-measure-<sop>-<measure>-what|when|who|how,
# guide-term-<code>.

## SOP 1 - Identification

guide-sop-1-purpose = Detect presumed trafficked persons early, refer them quickly to the right service, meet their urgent needs and give them time to recover. Where the person agrees, the competent authority then decides formally whether the person is a victim of trafficking; until then, presumed victims are treated like identified victims.

guide-measure-sop1-initial_referral-what = The first hand-over of a possible victim. Anyone who sees signs of trafficking (police, border guard, labour inspector, NGO, consulate, social worker, reception centre staff) passes the case quickly to the body responsible, so that a case manager is named and support can start.
guide-measure-sop1-initial_referral-when = As soon as there are first signs of trafficking: at a border check, police action, labour inspection, hotline call, in an asylum or reception centre, or when a person asks for help. Do not wait for proof; a reasonable suspicion is enough to refer.
guide-measure-sop1-initial_referral-who = The frontline actor who meets the person; the first point of notification (national anti-trafficking office or designated agency/NGO), which names the case manager; child protection services for children. In cross-border cases, the TRM contact point of the other country.
guide-measure-sop1-initial_referral-how = Use the national indicators and referral form. Tell the person, in a language they understand, who you are and what happens next. Share only needed data, with the person's consent unless life is in immediate danger. Do not detain or punish the person for offences they were forced to commit. If the person may be a child, treat them as a child and call child protection.

guide-measure-sop1-basic_needs_information-what = Meet urgent needs at once: a safe place to sleep, food, clothes, hygiene, emergency medical care and, if safe, contact with family or a trusted person. At the same time, give simple information on the person's rights, the help available and the next steps.
guide-measure-sop1-basic_needs_information-when = Immediately after first contact and during the whole identification phase, before any interview about the crime. The person does not need to be formally identified, or to talk to the police, to receive this help.
guide-measure-sop1-basic_needs_information-who = The case manager and the service provider (NGO shelter, state social services), health staff and interpreters. Police or border officials who made the first contact make sure the person gets access. The consulate can help its own nationals.
guide-measure-sop1-basic_needs_information-how = Ask first about immediate needs and safety. Give information orally and in writing, in a language and form the person understands, and check that it was understood. Do not give too much at once. Record what was provided (for example: accommodation, medical check, psychological support, interpretation, contact with family, legal adviser, guardian).

guide-measure-sop1-early_risk_assessment-what = A first, quick check of the dangers for the person and for others (family at home, staff): threats from traffickers, health risks, risk of self-harm, risk of being trafficked again, and risks from phones and social media, for example traffickers tracking or contacting the person online.
guide-measure-sop1-early_risk_assessment-when = At first contact, before decisions on accommodation, transport or contact with family. Repeat it whenever the situation changes, for example if traffickers make contact or the person moves.
guide-measure-sop1-early_risk_assessment-who = The case manager with the police (for threat information) and the service provider; for children, the guardian and child protection services. If someone in another country is in immediate danger, the TRM contact point there is informed at once.
guide-measure-sop1-early_risk_assessment-how = Use a short checklist and ask the person what they fear. Note who may cause harm (family member, partner, community) and which places are unsafe. Rate the risk as very high, high, medium or low. Agree simple safety steps (protected shelter, new SIM card, privacy settings, no photos online). Share the result only with those who need it.

guide-measure-sop1-interpretation_mediation-what = Make sure the person understands and is understood at every step, with a qualified interpreter and, where useful, a cultural mediator who helps the person and the services understand each other's cultural background.
guide-measure-sop1-interpretation_mediation-when = From the first contact and in every interview, medical visit, legal step and decision. Victims meet language and cultural barriers at all stages of referral, so plan interpretation from the start, not only for court.
guide-measure-sop1-interpretation_mediation-who = Trained, neutral interpreters and cultural mediators bound by confidentiality, arranged by the case manager. Offer an interpreter of the same gender if the person wishes. Do not use fellow victims, relatives or persons linked to the traffickers.
guide-measure-sop1-interpretation_mediation-how = First check the person's language or dialect and whether they accept the interpreter. Brief the interpreter on confidentiality and calm, respectful conduct. Keep sentences short. For children, make sure extra people do not confuse the child or leak information. Record the interpreter's name in the case file.

guide-measure-sop1-reflection_period-what = A period in which the presumed victim can rest, recover and escape the traffickers' influence, and then decide calmly whether to cooperate with the authorities. The person keeps access to assistance and may not be expelled. Under the Council of Europe Convention (Art. 13) it lasts at least 30 days.
guide-measure-sop1-reflection_period-when = Offer it as soon as there are reasonable grounds to believe the person is a victim, before any statement is requested. National law may give a longer period. For foreign nationals it also protects against removal from the country.
guide-measure-sop1-reflection_period-who = The competent authority named in national law (often police or migration authority) grants it, on request of the case manager or NGO. Service providers give assistance during the period; for children, the guardian is involved.
guide-measure-sop1-reflection_period-how = Explain the period and its rights in the person's language. Give written confirmation with start and end dates. Do not pressure the person to give a statement, and do not make help depend on cooperation. Before the period ends, plan the next step with the person: residence permit, longer stay, or return.

guide-measure-sop1-formal_identification-what = The decision, based on indicators and interviews, that a person is a victim of trafficking. It opens formal rights such as a residence permit or entry into an assistance programme. A person who is not yet identified, or refuses formal identification, stays a presumed victim with the same treatment.
guide-measure-sop1-formal_identification-when = After the person has received first help and had time to recover, not in the middle of a crisis. Identification can be formal (by the authority) or informal (by a specialised organisation), depending on national rules.
guide-measure-sop1-formal_identification-who = The authority named in national law (police, prosecutor or a multidisciplinary team with specialised NGOs and social services); labour inspectors for labour exploitation; child protection for children. Counterparts abroad can help check identity and facts through TRM contacts.
guide-measure-sop1-formal_identification-how = Use standard indicators and interview guides. Interview once if possible, in a safe place, with an interpreter; never talk to a child without the guardian. Check identity with police or embassy only with consent. Apply non-punishment: do not charge or punish the person for offences they were forced to commit. Tell the person the decision in writing.

## SOP 2 - First assistance and protection

guide-sop-2-purpose = Give the presumed or identified victim safety, care and clear information right after identification, assess needs and start protection. This assistance is unconditional: it never depends on cooperation with police, prosecution or courts.

guide-measure-sop2-assistance_information-what = Clear information about the help on offer: shelter or non-residential programme, medical and psychological care, material help, legal counselling, and the rules of each service (house rules, duration, confidentiality, right to leave). Say clearly that help does not depend on cooperating with police or prosecution.
guide-measure-sop2-assistance_information-when = At the start of first assistance, before the person agrees to any programme, and again whenever the options change. Give the person time to think and to ask questions.
guide-measure-sop2-assistance_information-who = The case manager or service provider (NGO, state social services), with an interpreter or cultural mediator. In cross-border cases, the counterpart organisation in the other country explains the programmes available there.
guide-measure-sop2-assistance_information-how = Explain orally and with a short leaflet in the person's language. Cover rights and duties, open or closed shelter, and the right to refuse a service without losing other help. Ask the person to repeat the main points in their own words. Record that information was given and what the person chose.

guide-measure-sop2-legal_information-what = Information on the person's legal situation and choices: reflection period, residence permit, asylum, right to a lawyer, rights as a victim in criminal proceedings, compensation and return. Reporting the crime or testifying is the person's choice; assistance continues whatever they decide.
guide-measure-sop2-legal_information-when = Early in first assistance, before the person is asked to give a statement or to decide about cooperation, residence or return. Repeat it when the legal situation changes.
guide-measure-sop2-legal_information-who = A legal counsellor or lawyer (often from an NGO), together with the case manager; the migration authority for residence status; for children, the guardian and a legal representative.
guide-measure-sop2-legal_information-how = Use simple words and an interpreter. Explain the steps, time limits and possible risks of each option, and give contact details. If the person wants, help start procedures (residence permit, legal representative). Record the steps taken in the case file.

guide-measure-sop2-intake_needs_assessment-what = A structured conversation to understand the person's situation and needs (health, mental health, safety, legal status, family and children, money, education, work) so that services can be planned. It is the basis for the later individual assistance plan.
guide-measure-sop2-intake_needs_assessment-when = When the person has accepted assistance and is stable enough, usually in the first days of the programme, not at the first crisis contact. Update it when needs change, and before the individual assistance plan is written.
guide-measure-sop2-intake_needs_assessment-who = The case manager with a social worker, psychologist and health staff, with an interpreter; the guardian for children. The person takes part fully and can refuse to answer questions.
guide-measure-sop2-intake_needs_assessment-how = Use a standard intake form. Collect only the data you need, explain why, and ask for informed consent to store and share it. Do not repeat questions other services already asked, to avoid new harm. Note chronic illness, medication and addiction, and the needs of any children with the person. Keep the file secure.

guide-measure-sop2-assistance_protection-what = Delivery of first assistance and protection: safe accommodation, medical care, psychological support, material help, legal aid and safety measures (protected shelter, physical or witness protection). Assistance is unconditional: it must never depend on cooperation with police or prosecution.
guide-measure-sop2-assistance_protection-when = From the start of first assistance, through the reflection period, until longer-term support (SOP 3) or a return (SOP 4) is arranged. Presumed victims get the same treatment as identified victims.
guide-measure-sop2-assistance_protection-who = Service providers (NGOs, state social services, international organisations), health services, police for physical protection, and the case manager who coordinates. For children: the guardian and accommodation suited to children.
guide-measure-sop2-assistance_protection-how = Provide the services agreed with the person, based on the needs and risk assessments. Review safety regularly. Respect privacy and freedom of movement as far as safety allows. Record services given and safety measures. Inform a counterpart abroad only with the person's consent.

## SOP 3 - Longer-term assistance and social inclusion

guide-sop-3-purpose = Support the person's recovery and independent life over the longer term, in the destination country, the country of origin or a third country, through an individual assistance plan agreed with the person. Support is unconditional and does not depend on cooperation with police or courts.

guide-measure-sop3-individual_assistance_plan-what = A written plan (IAP) that the case manager and the person develop together. It sets the person's goals and the activities and services needed to reach them: housing, health, education, work, legal matters, family.
guide-measure-sop3-individual_assistance_plan-when = After intake and needs assessment, once urgent needs are met and the person wants longer-term support, whether in the destination country, after return in the country of origin, or in a third country. Review it regularly.
guide-measure-sop3-individual_assistance_plan-who = The case manager and the assisted person as partners, with a team of professionals (social worker, psychologist, legal adviser). For children: the guardian, who also acts as case manager, and the child, whose views count according to age and maturity.
guide-measure-sop3-individual_assistance_plan-how = Start from the person's own goals. Break them into small, concrete steps with a responsible person and a date for each. Use plain language and an interpreter, and give the person a copy. Say clearly that the plan and the support do not depend on cooperation with police or courts. Review and adjust the plan together.

guide-measure-sop3-iap_consent-what = The procedure to obtain the person's free and informed consent to the IAP and to each service in it, including any sharing of personal data with other organisations or with another country.
guide-measure-sop3-iap_consent-when = Before the IAP starts, before a new service or a change to the plan, and before any data is shared inside the country or across borders. The person can withdraw consent at any time.
guide-measure-sop3-iap_consent-who = The case manager and the assisted person; for children, the guardian together with the child, according to the child's age and maturity. The organisation's data protection officer, where there is one.
guide-measure-sop3-iap_consent-how = Explain each part of the plan, its benefits, risks and alternatives, in the person's language; allow time for questions. Use a consent form that lists which data goes to whom and why. Record refusals too. A 'no' to one service or to data sharing must not stop the other support.

guide-measure-sop3-social_inclusion-what = Help for the person to rebuild an independent life and take part in society: stable housing, health care, education, vocational training, job placement, financial support, family mediation, and access to public services and rights.
guide-measure-sop3-social_inclusion-when = After first assistance, as set out in the IAP. It can take place in the destination country (as an alternative to return), in the country of origin or in a third country, and lasts as long as needed, with follow-up.
guide-measure-sop3-social_inclusion-who = The case manager, NGOs, social welfare centres, employment and education services, health services and local authorities; employers and the community. In cross-border cases, the organisations in both countries.
guide-measure-sop3-social_inclusion-how = Link the person to ordinary public services and accompany them at first. Where safe, use non-residential support that builds on the person's own network. Monitor progress and the risk of re-trafficking. Record which services were offered and which were accepted. Support is not conditional on cooperation with police.

guide-measure-sop3-legal_support-what = Ongoing legal advice and representation on residence status, identity documents, labour rights and unpaid wages, family and custody matters, the person's role in criminal proceedings, and compensation.
guide-measure-sop3-legal_support-when = Throughout longer-term assistance, whenever a legal question comes up, and especially before deadlines (permits, claims) and before any decision on return.
guide-measure-sop3-legal_support-who = Lawyers and legal counsellors (NGO legal aid, free legal aid schemes), the case manager, the guardian or legal representative for children, and the embassy or consulate for documents.
guide-measure-sop3-legal_support-how = Explain the options simply, with an interpreter. Help fill in applications and go with the person to hearings. Get documents from abroad through TRM contacts. Legal support is a right of the person and does not depend on cooperating with police or prosecution.

## SOP 4 - Return and social inclusion

guide-sop-4-purpose = Make any return to the country of origin or a third country voluntary, informed, safe and dignified, prepared jointly by the referring and receiving organisations, and followed by assistance for social inclusion after arrival. A return is never forced and happens only with the person's informed consent.

guide-measure-sop4-informed_decision-what = Make sure that return is the person's own free choice, based on full and true information about the situation in the country of origin (safety, services, legal matters, family) and about alternatives: staying, a residence permit, asylum or a third country.
guide-measure-sop4-informed_decision-when = Before any return is planned or booked and before travel documents are requested. Never under pressure; the person's consent to return is recorded. For a child, only after a best interests determination.
guide-measure-sop4-informed_decision-who = The case manager in the destination country, with the receiving organisation in the country of origin, which gives information on local support; a legal adviser. For children: the guardian and the competent child protection authority.
guide-measure-sop4-informed_decision-how = Share information on assistance programmes in the country of origin. Discuss the risks openly and give the person time. Record the consent in writing (Annex I has a consent field). A child returns only if a formal best interests determination shows that return is in the child's best interests.

guide-measure-sop4-risk_assessment-what = A formal assessment of the risks of return and of social inclusion in the country of origin or a third country: threats from traffickers, risk of re-trafficking, stigma, family situation, health, debts, housing and income, and online risks such as new recruitment through social media.
guide-measure-sop4-risk_assessment-when = Before the decision to return and before travel is booked, so that the person can decide knowing the risks. Update it just before departure, again after arrival, and whenever new threats appear.
guide-measure-sop4-risk_assessment-who = The case managers in both countries and the person; police in both countries for threat information; social services. Relatives only if this is safe. For children: the guardian and child protection services in both countries.
guide-measure-sop4-risk_assessment-how = Identify who may cause harm and which places are unsafe. Rate the risk of re-trafficking as very high, high, medium or low, and note with whom the assessment was made. Check whether traffickers can find or contact the person by phone, social media or online accounts. Share results only with consent.

guide-measure-sop4-risk_management_plan-what = A plan of concrete steps to reduce each risk found in the risk assessment and to manage the return and inclusion activities: safe route, escort, safe place to stay on arrival, contact plan and emergency contacts.
guide-measure-sop4-risk_management_plan-when = After the risk assessment and before any travel or other planned activity (for example assisted voluntary return). The case manager and the person review and update it regularly, especially after arrival.
guide-measure-sop4-risk_management_plan-who = The case manager and the person, the receiving organisation in the country of origin, police where protection or escort is needed, and the guardian for children.
guide-measure-sop4-risk_management_plan-how = For each risk, write the action, the person responsible and the timing. Agree what the person should do in an emergency and whom to call. Share the relevant parts with the receiving organisation, with consent. Update the plan at each follow-up.

guide-measure-sop4-family_tracing-what = Finding the family of a person who cannot contact or reach them. For an adult, only if the person wants to return home and live with the family. For a child, only when it is in the child's best interests, because sometimes family members are part of the trafficking.
guide-measure-sop4-family_tracing-when = When an adult asks for it, or for a child after a best interests assessment or determination. Always before any family reunification, and together with a risk assessment.
guide-measure-sop4-family_tracing-who = The case manager, with social services, police, civil registry, NGOs and international organisations in the country of origin, contacted through TRM contacts; the guardian for a child.
guide-measure-sop4-family_tracing-how = Share only the minimum data needed, with consent. Approach the family discreetly so as not to alert traffickers or cause stigma. Assess the family situation and safety and report back. Reunite only after a thorough risk assessment, and plan follow-up visits.

guide-measure-sop4-documentation-what = Obtaining identity and travel documents (passport, identity card, laissez-passer) and other papers needed for return and a new start, such as birth certificates and school or medical records.
guide-measure-sop4-documentation-when = After the informed decision to return, and early enough that the person is not kept waiting in legal limbo while documents are processed. Documents may also be needed for staying in the destination country.
guide-measure-sop4-documentation-who = The embassy or consulate of the country of origin, police and civil registry in the country of origin, the migration authority in the destination country, and the case manager.
guide-measure-sop4-documentation-how = Request documents through the consulate or TRM contacts, with the person's consent. Share only the data needed for the document. Make sure documents do not show that the person is a trafficking victim. Follow up on delays and record which documents the person holds.

guide-measure-sop4-information_sharing-what = A structured exchange of information between the referring organisation (sending country) and the receiving organisation (country of origin or third country), and with the person, so that help continues without gaps after return.
guide-measure-sop4-information_sharing-when = Before return (to prepare arrival and services), on the day of arrival, and during follow-up after return, when the receiving side gives feedback on the case to the referring organisation.
guide-measure-sop4-information_sharing-who = The case managers of the referring and receiving organisations (a case manager is named in each country), national focal points or TRM contact points, and the assisted person.
guide-measure-sop4-information_sharing-how = Use the TRM referral template, with the person's written consent to data sharing. Send only what the receiving side needs, through secure channels (encrypted e-mail, initials instead of full names). Tell the person what was shared and with whom. Ask for feedback after return.

guide-measure-sop4-safe_transfer-what = Safe and dignified travel to the country of origin or a third country, and reception on arrival by the receiving organisation, so that the person is never simply left at the border.
guide-measure-sop4-safe_transfer-when = On the agreed date, only once travel documents, the risk management plan and reception on arrival are in place and the receiving organisation has confirmed in writing that it is ready.
guide-measure-sop4-safe_transfer-who = The case manager, an escort where needed (NGO, international organisation or police), border police on both sides, the receiving organisation, and for a child the guardian or a trained escort.
guide-measure-sop4-safe_transfer-how = Send the travel data in advance: date and time, carrier, border crossing, escort, security and medical needs, and the name of the receiving person. Meet the person on arrival and start the agreed assistance. Lack of funds should not decide how safe the return is.

## SOP 5 - Criminal and civil proceedings

guide-sop-5-purpose = Support the trafficked person as a victim and witness before, during and after criminal or civil proceedings, protect their safety and rights, avoid new harm and punishment for acts they were forced to commit, and help them claim compensation. It covers cooperation across borders on evidence and proceedings.

guide-measure-sop5-evidence_gathering-what = Collecting evidence on the crime so the case does not rest only on the victim's statement: documents, financial records, phone and online data, other witnesses, and evidence held abroad through cross-border cooperation.
guide-measure-sop5-evidence_gathering-when = From the start of the investigation. The victim's statement is taken only when the person is ready and willing, after the reflection period if they need it.
guide-measure-sop5-evidence_gathering-who = Police, prosecutors and investigating judges; labour inspectors; counterparts abroad through liaison officers, Interpol, Europol, Eurojust or joint investigation teams; the victim's lawyer and support worker.
guide-measure-sop5-evidence_gathering-how = Trace money and use digital evidence: online job ads, social media, messaging and payment apps used to recruit or exploit. Use a quick informal contact abroad, then a formal request. Take the victim's statement once, recorded, with an interpreter and a support person. Do not punish the victim for offences they were forced to commit.

guide-measure-sop5-pretrial_support-what = Preparing the person for their role as a witness: explaining the court process, their rights and the protection measures available, and giving practical and emotional support before the hearings.
guide-measure-sop5-pretrial_support-when = After the person has chosen to take part in the proceedings and before the hearings. Also when the person has returned home and must testify from abroad.
guide-measure-sop5-pretrial_support-who = The victim support worker or NGO, the lawyer or legal representative, the prosecutor, the witness protection unit, a psychologist; the guardian for children; the receiving organisation if the person has returned.
guide-measure-sop5-pretrial_support-how = Explain each step in the person's language and, if possible, visit the court beforehand. Request protection measures such as a separate waiting room, a closed hearing or testimony by video link. Plan travel, costs and safety. Make clear that support continues whatever the outcome of the case.

guide-measure-sop5-trial_support-what = Support and protection during the hearings so that the person can testify safely and with dignity, without new harm (secondary victimisation) and without facing the accused.
guide-measure-sop5-trial_support-when = On every hearing day and during the whole trial period, including postponed hearings and appeals, whether the person lives in the country of the trial or has returned home and testifies from abroad.
guide-measure-sop5-trial_support-who = The support worker, the lawyer, the interpreter, the prosecutor, the judge who orders protection measures, police or the witness protection unit; the guardian for children.
guide-measure-sop5-trial_support-how = Accompany the person to court. Avoid contact with the accused and their supporters. Use video link, especially when the person is abroad, and make sure a qualified interpreter is present. Ask for breaks when needed. The person must not be charged for acts they were forced to commit as a result of trafficking.

guide-measure-sop5-post_trial_support-what = Follow-up after the trial: explain the verdict and what comes next (appeal, sentence, release of the offender), check safety again and continue assistance and protection as needed.
guide-measure-sop5-post_trial_support-when = Right after the verdict and in the following months, especially if the offender is released or appeals, or if the person has returned to another country and needs news of the case.
guide-measure-sop5-post_trial_support-who = The lawyer, the support worker or case manager, the prosecutor (who informs of the decision), police or the witness protection unit; counterparts in the country of origin if the person has returned.
guide-measure-sop5-post_trial_support-how = Explain the decision in simple words. Repeat the risk assessment if the offender is released or threats appear. Keep witness protection as long as needed. Record the outcome (case initiated, statement taken, testimony, court decision) and link the person to compensation support.

guide-measure-sop5-compensation_claims-what = Helping the person claim compensation for physical and psychological harm and lost wages, from the traffickers and/or from the State, through criminal proceedings, a civil action or a state compensation scheme.
guide-measure-sop5-compensation_claims-when = Inform the person early, from the first legal information. File claims within the legal deadlines, often during the criminal case, and continue the claim after the person has returned home.
guide-measure-sop5-compensation_claims-who = A lawyer or legal aid service, the victim support NGO, the prosecutor, the courts, the state compensation authority; labour inspectors or trade unions for unpaid wages; counterparts abroad after return.
guide-measure-sop5-compensation_claims-how = Document losses from the start (unpaid wages, medical costs, debts). File the claim and ask for criminal assets to be frozen so they can pay for it. Keep the person informed of progress. Record whether a claim was filed and compensation obtained, and help collect payment from abroad.

## Working definitions (seed 004)

guide-term-at_risk = Any person, child or adult, who has not been trafficked but whose profile, or the signs observed, show a greater possibility of being trafficked in the future.
guide-term-potential_victim = A person identified before being exploited who shows strong signs of being in the trafficking process.
guide-term-presumed_victim = A person presumed to be a victim of trafficking who has not been formally identified by the authorities, or who has declined to be formally or legally identified. Presumed victims are entitled to the same treatment as identified victims from the beginning of the identification process.
guide-term-victim = A person who is subject to the crime of trafficking in human beings: recruitment, transportation, transfer, harbouring or receipt of persons, by threat or use of force or other coercion, abduction, fraud, deception, abuse of power or of a position of vulnerability, or by payments to a person having control over another, for the purpose of exploitation.
guide-term-trafficked_child = Any person under eighteen who is recruited, transported, transferred, harboured or received for the purpose of exploitation, within or outside a country, even if no coercion, deception or other abuse is used.
guide-term-separated_child = A child under 18 outside their country of origin and separated from both parents or their previous legal or customary primary caregiver; alone or with extended family, and entitled to international protection.
guide-term-informed_consent = The person's agreement to a measure or to sharing their data, given after they have received, in a language and form they understand, the information needed to decide: what will be done, by whom, with which benefits and risks. It is dated, can be refused and can be withdrawn.
guide-term-risk_assessment = A formal procedure to identify and assess the risks of the trafficked person's situation and of the future plan of assistance in the country of origin, transit and destination.
guide-term-risk_management_plan = A plan of the steps and measures that reduce the risks to a minimum and manage the activities planned for the assisted person (for example a voluntary assisted return); reviewed regularly by the case manager with the person.
guide-term-return = Going back to one's country or community of origin. In anti-trafficking work it means not only the physical transport but also the means to make sure the return is voluntary, assisted, safe and dignified.
guide-term-social_inclusion = The process that gives those at risk of poverty and social exclusion the opportunities and resources to take part in economic and social life, with an acceptable standard of living and a say in the decisions that affect their lives.
guide-term-trm = The mechanisms and systems for the comprehensive assistance and transnational support of trafficked persons: they link the whole referral process, from identification through return and assistance, between countries of transit, destination and origin, with co-operation between government institutions and non-governmental actors.
