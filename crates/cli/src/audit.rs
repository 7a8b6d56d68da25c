//! `trm audit verify` and `trm audit checkpoint`.

use std::path::Path;

use time::OffsetDateTime;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_server::AppState;
use trm_server::services::{AuditVerification, checkpoint_audit, hex, verify_audit_trail};

use crate::node::CliError;

pub const VERIFY_COMMAND: &str = "trm audit verify";

async fn verify_state(state: &AppState) -> Result<AuditVerification, CliError> {
    let key = state.node_key.as_ref().map(|k| k.public_key());
    Ok(verify_audit_trail(&state.store, state.node.node_id, key).await?)
}

/// Recomputes the chain and checks every signed checkpoint, then records that it did.
/// A broken chain is [`CliError::AuditBroken`] (exit status 2).
pub async fn verify(data: &Path) -> Result<(), CliError> {
    let data = crate::paths::node_dir(data)?;
    let (_, state) = crate::node::open(&data).await?;
    let report = verify_state(&state).await?;
    // Recorded only once the chain has been checked, so the record is not part of
    // what it vouches for.
    let record = AuditEvent::new(
        OffsetDateTime::now_utc(),
        AuditActor::Command {
            command: VERIFY_COMMAND.into(),
        },
        AuditAction::AuditVerified,
    )
    .subject(if report.intact { "intact" } else { "broken" });
    let recorded = state.store.audit(vec![record]).await;
    state.store.close().await;
    match report.problem {
        None => {
            recorded?;
            println!("audit trail intact");
            println!("  entries:     {}", report.entries);
            println!("  head:        {}", report.head);
            println!("  checkpoints: {} checked", report.checkpoints);
            Ok(())
        }
        Some(problem) => {
            if let Err(e) = recorded {
                eprintln!("warning: the verification itself could not be recorded: {e}");
            }
            Err(CliError::AuditBroken(problem))
        }
    }
}

/// Signs the current chain head with the node key, after checking the chain: a broken
/// chain is never vouched for.
pub async fn checkpoint(data: &Path) -> Result<(), CliError> {
    let data = crate::paths::node_dir(data)?;
    let (_, state) = crate::node::open(&data).await?;
    let report = verify_state(&state).await?;
    if let Some(problem) = report.problem {
        state.store.close().await;
        return Err(CliError::AuditBroken(format!(
            "{problem} (no checkpoint was signed)"
        )));
    }
    let Some(key) = state.node_key.clone() else {
        return Err(CliError::Usage(
            "the node has no signing key (node.key)".into(),
        ));
    };
    let signed = checkpoint_audit(
        &state.store,
        state.node.node_id,
        &key,
        OffsetDateTime::now_utc(),
    )
    .await?;
    state.store.close().await;
    match signed {
        Some(cp) => {
            println!("signed a checkpoint of the audit trail at entry {}", cp.seq);
            println!("  head:        {}", hex(&cp.head));
            println!("  key:         {}", key.fingerprint());
            println!("  signature:   {}", hex(&cp.signature));
        }
        None if report.entries == 0 => println!("the audit trail is empty: nothing to sign"),
        None => println!(
            "entry {} (the last) is already vouched for by a checkpoint",
            report.entries
        ),
    }
    Ok(())
}
