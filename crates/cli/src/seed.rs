//! `trm gen`: synthetic cases, printed as JSON lines or written into a node.

use std::io::Write;
use std::path::Path;

use time::OffsetDateTime;
use tokio::task::JoinSet;
use trm_domain::access::Section;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::case::Case;
use trm_domain::consent::ConsentRecord;
use trm_domain::ids::{CaseId, ConsentId, EventId, MeasureId, UserId};
use trm_domain::measure::Measure;
use trm_domain::timeline::{Actor, CaseEvent, EventKind};
use trm_store::{CaseChange, Change, NodeRecord, Store};
use trm_synth::SyntheticCase;
use uuid::Uuid;

/// How writes made by `trm gen` are attributed in the timeline and the audit trail.
pub const GEN_COMMAND: &str = "trm gen";

use crate::node::CliError;

/// How many cases are in flight to the writer at once (they share commits).
const IN_FLIGHT: usize = 256;

pub async fn gen_command(count: usize, seed: u64, data: Option<&Path>) -> Result<(), CliError> {
    match data {
        None => {
            let today = OffsetDateTime::now_utc().date();
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            for i in 0..count as u64 {
                let case = trm_synth::generate_one(seed, i, today);
                let line =
                    serde_json::to_string(&case).map_err(|e| CliError::Usage(e.to_string()))?;
                writeln!(out, "{line}").map_err(|e| CliError::Usage(e.to_string()))?;
            }
            out.flush().map_err(|e| CliError::Usage(e.to_string()))?;
            Ok(())
        }
        Some(dir) => {
            let (_, state) = crate::node::open(dir).await?;
            let written = write_synthetic(&state.store, &state.node, count, seed).await?;
            state.store.close().await;
            println!("wrote {written} synthetic cases into {}", dir.display());
            Ok(())
        }
    }
}

/// Turns one synthetic case into the change a case worker's requests would have made,
/// held by the node's own organisation, with the command as the actor.
pub fn synthetic_change(
    node: &NodeRecord,
    synthetic: SyntheticCase,
    now: OffsetDateTime,
) -> Result<CaseChange, CliError> {
    let actor = Actor::Command {
        command: GEN_COMMAND.into(),
    };
    // Records made by a command have no user; the nil id stands for "the node itself".
    let recorded_by = UserId::from_uuid(Uuid::nil());
    let case = Case::open(
        CaseId::from_uuid(Uuid::now_v7()),
        node.organisation,
        synthetic.case,
        now,
    )
    .map_err(|e| CliError::Usage(format!("generated case rejected: {e}")))?;
    let event = |kind, subject: Option<String>| CaseEvent {
        id: EventId::from_uuid(Uuid::now_v7()),
        case_id: case.id,
        at: now,
        actor: actor.clone(),
        kind,
        subject,
        changed: Vec::new(),
    };
    let mut events = vec![event(EventKind::CaseOpened, None)];
    let mut measures = Vec::new();
    for m in synthetic.measures {
        let m = Measure::open(MeasureId::from_uuid(Uuid::now_v7()), &case, m, now)
            .map_err(|e| CliError::Usage(format!("generated measure rejected: {e}")))?;
        events.push(event(EventKind::MeasureOpened, Some(m.code.to_string())));
        measures.push(m);
    }
    let mut consents = Vec::new();
    for c in synthetic.consents {
        let c = ConsentRecord::record(
            ConsentId::from_uuid(Uuid::now_v7()),
            case.id,
            c,
            recorded_by,
            now,
        )
        .map_err(|e| CliError::Usage(format!("generated consent rejected: {e}")))?;
        events.push(event(EventKind::ConsentRecorded, Some(c.id.to_string())));
        consents.push(c);
    }
    Ok(CaseChange {
        case,
        expected_version: None,
        measures,
        consents,
        shares: Vec::new(),
        referrals: Vec::new(),
        erase_referrals: false,
        outbox: Vec::new(),
        events,
    })
}

pub async fn write_synthetic(
    store: &Store,
    node: &NodeRecord,
    count: usize,
    seed: u64,
) -> Result<usize, CliError> {
    let now = OffsetDateTime::now_utc();
    let mut in_flight = JoinSet::new();
    let mut written = 0;
    for i in 0..count as u64 {
        let change = synthetic_change(node, trm_synth::generate_one(seed, i, now.date()), now)?;
        let store = store.clone();
        // Audited like any other write, with the command as the actor.
        let audit = AuditEvent::new(
            now,
            AuditActor::Command {
                command: GEN_COMMAND.into(),
            },
            AuditAction::CaseCreated,
        )
        .case(change.case.id)
        .sections(Section::ALL);
        in_flight.spawn(async move {
            store
                .write_audited(Change::Case(Box::new(change)), vec![audit])
                .await
        });
        if in_flight.len() >= IN_FLIGHT
            && let Some(done) = in_flight.join_next().await
        {
            done.map_err(|e| CliError::Usage(e.to_string()))??;
            written += 1;
        }
    }
    while let Some(done) = in_flight.join_next().await {
        done.map_err(|e| CliError::Usage(e.to_string()))??;
        written += 1;
    }
    Ok(written)
}

/// What drafting a demo referral at `node` needs: its adapted template, the organisation
/// completing the form and the language of its free text.
struct DemoDrafter {
    profile: trm_domain::template::Profile,
    template: trm_domain::template::Template,
    holder: Option<trm_domain::org::Organisation>,
    language: trm_domain::codes::LanguageCode,
}

impl DemoDrafter {
    async fn new(store: &Store, node: &NodeRecord) -> Result<DemoDrafter, CliError> {
        use trm_domain::template::{embedded, profile_for};
        let broken = |e: trm_domain::DomainError| {
            CliError::Usage(format!("the referral template is broken: {e}"))
        };
        let profile = profile_for(node.country).map_err(broken)?;
        let template = profile
            .apply(embedded().map_err(broken)?.current())
            .map_err(broken)?;
        Ok(DemoDrafter {
            profile,
            template,
            holder: store.organisation(node.organisation).await?,
            language: trm_domain::codes::working_language(node.country),
        })
    }

    /// A first draft to `recipient`, prefilled from the case.
    fn draft(
        &self,
        record: (&Case, &[ConsentRecord], &[Measure]),
        recipient: trm_domain::codes::CountryCode,
        author: UserId,
        now: OffsetDateTime,
    ) -> (
        trm_domain::referral::Referral,
        trm_domain::referral::ReferralVersion,
    ) {
        let (case, consents, measures) = record;
        let id = trm_domain::ids::ReferralId::from_uuid(Uuid::now_v7());
        let referral =
            trm_domain::referral::Referral::outgoing(id, case.id, case.holder, recipient, now);
        let ctx = trm_domain::template::PrefillContext {
            case,
            consents,
            measures,
            holder: self.holder.as_ref(),
            recipient,
            language: self.language,
            today: now.date(),
        };
        let values = trm_domain::template::prefill(&self.template, &ctx);
        let draft = trm_domain::referral::first_draft(
            &referral,
            &self.profile,
            self.language,
            values,
            author,
            now,
        );
        (referral, draft)
    }
}

/// Draft referrals for the demo: for the first `count` cases of a person from another
/// country, a referral to that country, prefilled from the case as a case worker's
/// request would make it. Returns the referral ids.
pub async fn demo_referrals(
    store: &Store,
    node: &NodeRecord,
    author: UserId,
    count: usize,
) -> Result<Vec<trm_domain::ids::ReferralId>, CliError> {
    const DEMO_COMMAND: &str = "trm demo";
    let drafter = DemoDrafter::new(store, node).await?;
    let mut made = Vec::new();
    for case in store.all_cases().await? {
        if made.len() >= count {
            break;
        }
        let Some(recipient) = case
            .person
            .citizenships
            .iter()
            .copied()
            .find(|c| *c != node.country)
        else {
            continue;
        };
        let Some(record) = store.case(case.id).await? else {
            continue;
        };
        let now = OffsetDateTime::now_utc();
        let (referral, draft) = drafter.draft(
            (&record.case, &record.consents, &record.measures),
            recipient,
            author,
            now,
        );
        let id = referral.id;
        let event = CaseEvent {
            id: EventId::from_uuid(Uuid::now_v7()),
            case_id: case.id,
            at: now,
            actor: Actor::Command {
                command: DEMO_COMMAND.into(),
            },
            kind: EventKind::ReferralDrafted,
            subject: Some(format!("referral {id} v1")),
            changed: Vec::new(),
        };
        let mut change = CaseChange::beside(&record.case, now, event);
        change.referrals = vec![trm_store::ReferralWrite {
            referral,
            version: Some(draft),
        }];
        let audit = AuditEvent::new(
            now,
            AuditActor::Command {
                command: DEMO_COMMAND.into(),
            },
            AuditAction::ReferralDrafted,
        )
        .case(case.id)
        .sections(Section::ALL)
        .subject(format!("referral {id}"));
        store
            .write_audited(Change::Case(Box::new(change)), vec![audit])
            .await?;
        made.push(id);
    }
    Ok(made)
}

/// For the demo: a new synthetic person from `recipient`, with consent recorded to share
/// data with it for a referral, and a complete draft referral to it, ready to send.
pub async fn demo_ready_referral(
    store: &Store,
    node: &NodeRecord,
    author: UserId,
    recipient: trm_domain::codes::CountryCode,
) -> Result<trm_domain::ids::ReferralId, CliError> {
    use trm_domain::consent::NewConsent;
    use trm_domain::referral::{DraftInput, edit_draft};

    const DEMO_COMMAND: &str = "trm demo";
    let usage = |e: String| CliError::Usage(format!("the demo referral: {e}"));
    let now = OffsetDateTime::now_utc();
    let input: trm_domain::NewCase = serde_json::from_value(serde_json::json!({
        "status": "presumed_victim",
        "person": {"given_name": "Demo", "family_name": "Fictiva (SYNTHETIC)", "sex": "female", "age_estimate": "over_18",
                   "citizenships": [recipient], "languages": ["sq"]},
        "case_info": {"exploitation_types": ["labour"], "exploitation_countries": [node.country], "recruitment_means": ["advertisement"]},
        "cooperation": "not_asked"
    }))
    .map_err(|e| usage(e.to_string()))?;
    let case_id = CaseId::from_uuid(Uuid::now_v7());
    let case =
        Case::open(case_id, node.organisation, input, now).map_err(|e| usage(e.to_string()))?;
    let consent_input: NewConsent = serde_json::from_value(serde_json::json!({
        "scope": {"kind": "share_data", "country": recipient, "purpose": "referral"},
        "decision": "given", "decided_on": now.date().to_string(),
        "informed": {"language": "sq", "interpreter_present": true, "notes": "Synthetic demo consent"}
    }))
    .map_err(|e| usage(e.to_string()))?;
    let consent = ConsentRecord::record(
        ConsentId::from_uuid(Uuid::now_v7()),
        case_id,
        consent_input,
        author,
        now,
    )
    .map_err(|e| usage(e.to_string()))?;

    let drafter = DemoDrafter::new(store, node).await?;
    let (referral, draft) = drafter.draft(
        (&case, std::slice::from_ref(&consent), &[]),
        recipient,
        author,
        now,
    );
    let id = referral.id;
    let mut fields = draft.document.fields.clone();
    fields.insert(
        "perspective.wishes_programme".into(),
        serde_json::json!(true),
    );
    fields.insert(
        "perspective.informed_of_programme".into(),
        serde_json::json!(true),
    );
    fields.insert(
        "personal.children_to_return".into(),
        serde_json::json!(false),
    );
    fields.insert(
        "travel.transport_details".into(),
        serde_json::json!("Ferry Bari–Durrës, synthetic demo line"),
    );
    let templates = trm_domain::template::embedded().map_err(|e| usage(e.to_string()))?;
    let complete = edit_draft(
        templates,
        std::slice::from_ref(&draft),
        DraftInput {
            language: None,
            fields,
            children: Vec::new(),
        },
    )
    .map_err(|e| usage(e.to_string()))?;

    let actor = Actor::Command {
        command: DEMO_COMMAND.into(),
    };
    let event = |kind: EventKind, subject: Option<String>| CaseEvent {
        id: EventId::from_uuid(Uuid::now_v7()),
        case_id,
        at: now,
        actor: actor.clone(),
        kind,
        subject,
        changed: Vec::new(),
    };
    let mut change = CaseChange::open(case, event(EventKind::CaseOpened, None));
    change.consents = vec![consent];
    change.events.push(event(EventKind::ConsentRecorded, None));
    change.events.push(event(
        EventKind::ReferralDrafted,
        Some(format!("referral {id} v1")),
    ));
    change.referrals = vec![trm_store::ReferralWrite {
        referral,
        version: Some(complete),
    }];
    let audit = AuditEvent::new(
        now,
        AuditActor::Command {
            command: DEMO_COMMAND.into(),
        },
        AuditAction::CaseCreated,
    )
    .case(case_id)
    .sections(Section::ALL);
    store
        .write_audited(Change::Case(Box::new(change)), vec![audit])
        .await?;
    Ok(id)
}
