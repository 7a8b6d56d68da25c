//! `trm bundle export|import|receipts`: the file transport for organisations without a
//! network link. The envelopes travel exactly as over HTTPS — signed, encrypted to the
//! recipient — and the receiving node runs exactly the same checks on them; its signed
//! receipts travel back in a file of their own.

use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use time::OffsetDateTime;
use trm_exchange::SignedReceipt;
use trm_store::{Change, ExchangeChange, OutboxState};
use uuid::Uuid;

use crate::node::{CliError, open};
use crate::paths;

const BUNDLE_FORMAT: &str = "opentrm-bundle";
const RECEIPTS_FORMAT: &str = "opentrm-receipts";

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundle {
    format: String,
    from: Uuid,
    to: Uuid,
    #[serde(with = "time::serde::rfc3339")]
    made_at: OffsetDateTime,
    /// Each envelope, base64.
    envelopes: Vec<String>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Receipts {
    format: String,
    from: Uuid,
    receipts: Vec<SignedReceipt>,
    /// Envelopes refused, by position in the bundle, with why (no content).
    refused: Vec<(usize, String)>,
}

/// Writes a new file (never overwriting, never inside the data folder): it holds sealed
/// messages or receipts, so it is private to the administrator.
fn write_new(arg: &str, out: &Path, data: &Path, bytes: &[u8]) -> Result<(), CliError> {
    use std::io::Write;
    let out = paths::new_file(arg, out, data)?;
    paths::write_new_private(&out, |f| f.write_all(bytes).map_err(crate::node::io(&out)))
}

/// Writes every unacknowledged message for `peer` into a file to carry.
pub async fn export(data: &Path, peer: &str, out: &Path) -> Result<(), CliError> {
    let peer_id = Uuid::parse_str(peer)
        .map_err(|e| CliError::Usage(format!("--peer: {peer} is not a node id: {e}")))?;
    let (_, state) = open(data).await?;
    if state
        .store
        .peer(peer_id)
        .await?
        .is_none_or(|p| p.removed_at.is_some())
    {
        return Err(CliError::Usage(format!(
            "--peer: {peer_id} is not a trusted peer"
        )));
    }
    let envelopes: Vec<String> = state
        .store
        .outbox(Some(OutboxState::Queued), 1_000_000)
        .await?
        .into_iter()
        .filter(|m| m.peer == peer_id)
        .rev()
        .map(|m| STANDARD.encode(&m.envelope))
        .collect();
    let bundle = Bundle {
        format: BUNDLE_FORMAT.into(),
        from: state.node.node_id,
        to: peer_id,
        made_at: OffsetDateTime::now_utc(),
        envelopes,
    };
    let json = serde_json::to_vec_pretty(&bundle).map_err(|e| CliError::Usage(e.to_string()))?;
    write_new("--out", out, data, &json)?;
    println!(
        "wrote {} sealed message(s) for {peer_id} to {}",
        bundle.envelopes.len(),
        out.display()
    );
    println!(
        "they stay queued here until the receipts come back: trm bundle receipts --data … FILE"
    );
    state.store.close().await;
    Ok(())
}

/// Takes in a bundle with the checks of the envelope endpoint; writes the receipts file.
pub async fn import(data: &Path, file: &Path, receipts_out: &Path) -> Result<(), CliError> {
    let file = paths::existing_file("FILE", file)?;
    let text = std::fs::read(&file).map_err(crate::node::io(&file))?;
    let bundle: Bundle = serde_json::from_slice(&text)
        .map_err(|e| CliError::Usage(format!("{}: not a bundle: {e}", file.display())))?;
    if bundle.format != BUNDLE_FORMAT {
        return Err(CliError::Usage(format!(
            "{}: format is `{}`, expected `{BUNDLE_FORMAT}`",
            file.display(),
            bundle.format
        )));
    }
    let (_, state) = open(data).await?;
    if bundle.to != state.node.node_id {
        return Err(CliError::Usage(format!(
            "{}: the bundle is for node {}, not this one",
            file.display(),
            bundle.to
        )));
    }
    let mut receipts = Vec::new();
    let mut refused = Vec::new();
    for (i, encoded) in bundle.envelopes.iter().enumerate() {
        let Ok(bytes) = STANDARD.decode(encoded) else {
            refused.push((i, "not base64".into()));
            continue;
        };
        match trm_server::exchange::receive_envelope(&state, &bytes).await {
            Ok(receipt) => receipts.push(receipt),
            Err(e) => refused.push((i, e.to_string())),
        }
    }
    let out = Receipts {
        format: RECEIPTS_FORMAT.into(),
        from: state.node.node_id,
        receipts,
        refused,
    };
    let json = serde_json::to_vec_pretty(&out).map_err(|e| CliError::Usage(e.to_string()))?;
    write_new("--receipts-out", receipts_out, data, &json)?;
    println!(
        "took in {} message(s), refused {}; receipts for the sender in {}",
        out.receipts.len(),
        out.refused.len(),
        receipts_out.display()
    );
    for (i, why) in &out.refused {
        println!("  message {i} refused: {why}");
    }
    state.store.close().await;
    Ok(())
}

/// Records the receipts that came back: each is checked against the peer's key and
/// the digest of the envelope it acknowledges.
pub async fn receipts(data: &Path, file: &Path) -> Result<(), CliError> {
    let file = paths::existing_file("FILE", file)?;
    let text = std::fs::read(&file).map_err(crate::node::io(&file))?;
    let back: Receipts = serde_json::from_slice(&text)
        .map_err(|e| CliError::Usage(format!("{}: not a receipts file: {e}", file.display())))?;
    if back.format != RECEIPTS_FORMAT {
        return Err(CliError::Usage(format!(
            "{}: format is `{}`, expected `{RECEIPTS_FORMAT}`",
            file.display(),
            back.format
        )));
    }
    let (_, state) = open(data).await?;
    let peer = state
        .store
        .peer(back.from)
        .await?
        .ok_or_else(|| CliError::Usage(format!("{} is not a peer", back.from)))?;
    let keys = trm_server::exchange::peer_keys(&peer).map_err(|e| CliError::Api(e.to_string()))?;
    let queued = state.store.outbox(None, 1_000_000).await?;
    let (mut recorded, mut rejected) = (0, 0);
    for signed in &back.receipts {
        // A receipt the peer signed before rotating its key counts too.
        let ok = trm_server::key_rotation::verify_peer_receipt(&state, &keys, signed)
            .await
            .ok()
            .and_then(|r| {
                queued.iter().find(|m| {
                    m.message_id == r.message_id && trm_exchange::digest(&m.envelope) == r.digest
                })
            });
        match ok {
            Some(m) => {
                let json =
                    serde_json::to_string(signed).map_err(|e| CliError::Usage(e.to_string()))?;
                state
                    .store
                    .write(Change::Exchange(Box::new(ExchangeChange::Acknowledged {
                        message_id: m.message_id,
                        at: OffsetDateTime::now_utc(),
                        receipt: json,
                    })))
                    .await?;
                recorded += 1;
            }
            None => rejected += 1,
        }
    }
    println!(
        "recorded {recorded} receipt(s); {rejected} did not verify or match a message sent from here"
    );
    state.store.close().await;
    if rejected > 0 {
        return Err(CliError::Usage(format!("{rejected} receipt(s) refused")));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::bench_exchange::{enqueue, first_version, node, trust};

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_bundle_carries_messages_with_the_same_checks_and_its_receipts_come_back() {
        let dir = tempfile::tempdir().unwrap();
        let italy = node(dir.path(), "IT").await.unwrap();
        let albania = node(dir.path(), "AL").await.unwrap();
        // No network link from Italy to Albania.
        trust(&italy, &albania, "http://127.0.0.1:9").await.unwrap();
        trust(&albania, &italy, &italy.url).await.unwrap();
        let example = first_version().unwrap();
        for _ in 0..3 {
            enqueue(&italy, &albania, &example).await.unwrap();
        }
        let it_dir = dir.path().join("IT");
        let al_dir = dir.path().join("AL");
        let bundle = dir.path().join("to-albania.bundle");
        let receipts_file = dir.path().join("from-albania.receipts");
        export(&it_dir, &albania.state.node.node_id.to_string(), &bundle)
            .await
            .unwrap();

        // A tampered copy is refused message by message, nothing taken in.
        let mut tampered: Bundle =
            serde_json::from_slice(&std::fs::read(&bundle).unwrap()).unwrap();
        let mut first = STANDARD.decode(&tampered.envelopes[0]).unwrap();
        first[200] ^= 1;
        tampered.envelopes = vec![STANDARD.encode(first)];
        let bad = dir.path().join("tampered.bundle");
        std::fs::write(&bad, serde_json::to_vec(&tampered).unwrap()).unwrap();
        import(&al_dir, &bad, &dir.path().join("tampered.receipts"))
            .await
            .unwrap();
        assert!(albania.state.store.inbox(10).await.unwrap().is_empty());

        import(&al_dir, &bundle, &receipts_file).await.unwrap();
        assert_eq!(albania.state.store.inbox(10).await.unwrap().len(), 3);
        // The same bundle again: the same receipts, nothing applied twice.
        import(&al_dir, &bundle, &dir.path().join("again.receipts"))
            .await
            .unwrap();
        assert_eq!(albania.state.store.inbox(10).await.unwrap().len(), 3);

        receipts(&it_dir, &receipts_file).await.unwrap();
        let counts = italy.state.store.outbox_counts().await.unwrap();
        assert_eq!(counts.get("acknowledged"), Some(&3));
        assert_eq!(counts.get("queued"), None);
    }
}
