//! Retention: a closed case is anonymised once the period of the rule in trm.toml
//! (`[retention] closed_years`) has passed since it was closed. Run by `trm retention
//! run` and, once a day, by `trm serve`; both use the functions here.
//!
//! A case whose processing is restricted (GDPR art. 18, e.g. kept for a legal claim)
//! is held back and reported: anonymisation cannot be undone, so a person decides.

use std::path::Path;
use std::time::Duration;

use time::{Date, Month};
use trm_domain::access::Section;
use trm_domain::anonymise::{RetentionRule, anonymise};
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::ids::{CaseId, EventId};
use trm_domain::timeline::{Actor, CaseEvent, EventKind};
use trm_server::AppState;
use trm_store::{CaseChange, Change, StoreError};
use uuid::Uuid;

use crate::node::CliError;

pub const RUN_COMMAND: &str = "trm retention run";
/// How the server's daily run is attributed in the timeline and the audit trail.
pub const SCHEDULE_COMMAND: &str = "trm serve (daily retention run)";
pub const EVERY: Duration = Duration::from_secs(24 * 60 * 60);
const CONFLICT_RETRIES: usize = 5;

/// A case the rule says is due: its id and closing date (no personal data).
#[derive(Debug, Clone)]
pub struct Due {
    pub id: CaseId,
    pub closed_on: Date,
    /// Processing restricted: held back from anonymisation.
    pub restricted: bool,
}

#[derive(Debug, Default)]
pub struct Outcome {
    pub anonymised: Vec<CaseId>,
    pub held: Vec<CaseId>,
}

/// The latest closing date that can be due on `today` (a bound for the query; the
/// rule itself decides each case).
fn latest_due_closing(rule: RetentionRule, today: Date) -> Date {
    let year = today.year() - i32::from(rule.closed_years);
    Date::from_calendar_date(year, today.month(), today.day())
        .or_else(|_| Date::from_calendar_date(year, Month::March, 1))
        .unwrap_or(today)
}

/// The cases due for anonymisation on `today`, oldest id first.
pub async fn due(state: &AppState, rule: RetentionRule, today: Date) -> Result<Vec<Due>, CliError> {
    let mut out = Vec::new();
    for id in state
        .store
        .closed_cases(latest_due_closing(rule, today))
        .await?
    {
        let Some(record) = state.store.case(id).await? else {
            continue;
        };
        if let (true, Some(closed_on)) = (rule.due(&record.case, today), record.case.closed_on) {
            out.push(Due {
                id,
                closed_on,
                restricted: record.case.restriction.is_some(),
            });
        }
    }
    Ok(out)
}

/// Anonymises every case due now (except restricted ones), each in its own audited
/// transaction, attributed to `command`.
pub async fn anonymise_due(
    state: &AppState,
    rule: RetentionRule,
    command: &str,
) -> Result<Outcome, CliError> {
    let mut outcome = Outcome::default();
    for d in due(state, rule, (state.now)().date()).await? {
        if d.restricted {
            outcome.held.push(d.id);
        } else if anonymise_one(state, rule, d.id, command).await? {
            outcome.anonymised.push(d.id);
        }
    }
    Ok(outcome)
}

/// Anonymises one case if it is (still) due; false if it no longer is.
async fn anonymise_one(
    state: &AppState,
    rule: RetentionRule,
    id: CaseId,
    command: &str,
) -> Result<bool, CliError> {
    let _one_change_at_a_time = state.case_lock(id).lock().await;
    for _ in 0..CONFLICT_RETRIES {
        let now = (state.now)();
        let Some(r) = state.store.case(id).await? else {
            return Ok(false);
        };
        if !rule.due(&r.case, now.date()) || r.case.restriction.is_some() {
            return Ok(false);
        }
        let (case, measures, consents) = anonymise(&r.case, &r.measures, &r.consents, now)
            .map_err(|e| CliError::Usage(format!("case {id} cannot be anonymised: {e}")))?;
        let write = CaseChange {
            case,
            expected_version: Some(r.case.version),
            measures,
            consents,
            shares: trm_domain::anonymise::anonymise_shares(&r.shares),
            referrals: Vec::new(),
            erase_referrals: true,
            outbox: Vec::new(),
            events: vec![CaseEvent {
                id: EventId::from_uuid(Uuid::now_v7()),
                case_id: id,
                at: now,
                actor: Actor::Command {
                    command: command.into(),
                },
                kind: EventKind::CaseAnonymised,
                subject: Some("retention".into()),
                changed: Vec::new(),
            }],
        };
        let audit = AuditEvent::new(
            now,
            AuditActor::Command {
                command: command.into(),
            },
            AuditAction::CaseAnonymised,
        )
        .case(id)
        .sections(Section::ALL)
        .subject("retention");
        match state
            .store
            .write_audited(Change::Case(Box::new(write)), vec![audit])
            .await
        {
            Err(StoreError::Conflict) => continue,
            other => other?,
        }
        return Ok(true);
    }
    Err(StoreError::Conflict.into())
}

fn print_due(rule: RetentionRule, today: Date, due: &[Due]) {
    println!(
        "retention rule: a closed case is anonymised {} year(s) after it was closed ([retention] closed_years in trm.toml)",
        rule.closed_years
    );
    println!("{} case(s) due on {today}", due.len());
    for d in due {
        let note = if d.restricted {
            "  (processing restricted: held back, decide by hand)"
        } else {
            ""
        };
        println!("  {}  closed on {}{note}", d.id, d.closed_on);
    }
}

/// `trm retention run [--dry-run]`.
pub async fn run_command(data: &Path, dry_run: bool) -> Result<(), CliError> {
    let data = crate::paths::node_dir(data)?;
    let (config, state) = crate::node::open(&data).await?;
    let rule = config.retention;
    let today = (state.now)().date();
    let report = due(&state, rule, today).await?;
    print_due(rule, today, &report);
    if dry_run {
        state.store.close().await;
        println!("dry run: nothing was changed");
        return Ok(());
    }
    let outcome = anonymise_due(&state, rule, RUN_COMMAND).await;
    state.store.close().await;
    let outcome = outcome?;
    for id in &outcome.anonymised {
        println!("anonymised {id}");
    }
    println!(
        "anonymised {} case(s); {} held back",
        outcome.anonymised.len(),
        outcome.held.len()
    );
    Ok(())
}

/// The server's schedule: a run at start, then once a day. Logs counts only.
pub async fn daily(state: AppState, rule: RetentionRule) {
    let mut every = tokio::time::interval(EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        scheduled_run(&state, rule).await;
    }
}

async fn scheduled_run(state: &AppState, rule: RetentionRule) {
    match due(state, rule, (state.now)().date()).await {
        Ok(report) => tracing::info!(
            due = report.len(),
            restricted = report.iter().filter(|d| d.restricted).count(),
            closed_years = rule.closed_years,
            "retention: cases due for anonymisation"
        ),
        Err(e) => {
            tracing::warn!(error = %e, "retention: listing the cases due failed");
            return;
        }
    }
    match anonymise_due(state, rule, SCHEDULE_COMMAND).await {
        Ok(o) => tracing::info!(
            anonymised = o.anonymised.len(),
            held = o.held.len(),
            "retention: run finished"
        ),
        Err(e) => tracing::warn!(error = %e, "retention: the run failed"),
    }
}
