//! `trm node show` and `trm peer add|list|remove`: who this node is, and whom it trusts.
//! Trust is explicit and per peer: a peer's keys are pinned only after its signed node
//! document matched the fingerprint its administrator read out over the phone.

use std::path::Path;

use time::OffsetDateTime;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::codes::{CountryCode, LegalBasis};
use trm_exchange::{SignedNodeDocument, verify_node_document};
use trm_store::{Change, ExchangeChange, PeerRecord};
use uuid::Uuid;

use crate::node::{CliError, open};

const COMMAND: &str = "trm peer";

/// The node's identity, in a form two administrators can read to each other.
pub async fn show(data: &Path) -> Result<(), CliError> {
    let (_, state) = open(data).await?;
    let signed =
        trm_server::exchange::node_document(&state).map_err(|e| CliError::Api(e.to_string()))?;
    let doc = &signed.document;
    println!("node       {}", doc.node_id);
    println!("country    {}", doc.country);
    println!("name       {}", doc.name);
    println!("url        {}", doc.url);
    println!(
        "signing    key {}  fingerprint {}",
        doc.signing_key_id,
        trm_crypto::fingerprint(&doc.signing_public)
    );
    println!(
        "encryption key {} (X25519, HPKE), valid from {}",
        doc.hpke_key_id,
        doc.hpke_valid_from.date()
    );
    println!();
    println!("Read the fingerprint to the other administrator; they run:");
    println!(
        "  trm peer add --data DIR --url {} --fingerprint '{}' --legal-basis BASIS",
        doc.url,
        trm_crypto::fingerprint(&doc.signing_public)
    );
    state.store.close().await;
    Ok(())
}

/// Fetches the peer's signed node document, checks it against the fingerprint, pins it.
pub async fn add(
    data: &Path,
    url: &str,
    fingerprint: &str,
    legal_basis: LegalBasis,
) -> Result<(), CliError> {
    let url = url.trim_end_matches('/');
    check_url(url)?;
    let (_, state) = open(data).await?;
    let answer = reqwest::Client::new()
        .get(format!("{url}/api/node"))
        .timeout(std::time::Duration::from_secs(15))
        .send()
        .await
        .map_err(|e| CliError::Usage(format!("cannot reach {url}: {}", e.without_url())))?;
    if !answer.status().is_success() {
        return Err(CliError::Usage(format!(
            "{url}/api/node answered {}",
            answer.status()
        )));
    }
    let text = answer
        .text()
        .await
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let signed: SignedNodeDocument = serde_json::from_str(&text)
        .map_err(|e| CliError::Usage(format!("{url} did not answer with a node document: {e}")))?;
    let doc = verify_node_document(&signed, fingerprint).map_err(|e| {
        CliError::Usage(format!("the node at {url} is NOT the one whose fingerprint you were given ({e}); nothing was stored"))
    })?;
    if doc.node_id == state.node.node_id {
        return Err(CliError::Usage("that is this node itself".into()));
    }
    let country = CountryCode::parse(&doc.country).map_err(CliError::Usage)?;
    let now = OffsetDateTime::now_utc();
    let peer = PeerRecord {
        node_id: doc.node_id,
        country,
        name: doc.name.clone(),
        url: url.to_owned(),
        legal_basis,
        document: text,
        added_at: now,
        removed_at: None,
    };
    let audit = AuditEvent::new(
        now,
        AuditActor::Command {
            command: COMMAND.into(),
        },
        AuditAction::PeerAdded,
    )
    .subject(format!(
        "peer {} {} ({}), legal basis {}",
        doc.country,
        doc.node_id,
        doc.name,
        legal_basis.code()
    ));
    state
        .store
        .write_audited(
            Change::Exchange(Box::new(ExchangeChange::AddPeer(peer))),
            vec![audit],
        )
        .await?;
    println!(
        "trusted {} ({}) at {url}: node {}, legal basis {}",
        doc.name,
        doc.country,
        doc.node_id,
        legal_basis.code()
    );
    state.store.close().await;
    Ok(())
}

/// Plain HTTP only to this machine (tests, the demo); everything else over HTTPS.
fn check_url(url: &str) -> Result<(), CliError> {
    let https = url.starts_with("https://");
    let loopback = ["http://127.", "http://localhost:", "http://[::1]:"]
        .iter()
        .any(|p| url.starts_with(p));
    if https || loopback {
        Ok(())
    } else {
        Err(CliError::Usage(format!(
            "--url: {url} must be https:// (plain http only on loopback)"
        )))
    }
}

pub async fn list(data: &Path) -> Result<(), CliError> {
    let (_, state) = open(data).await?;
    let peers = state.store.peers().await?;
    let now = time::OffsetDateTime::now_utc();
    let links = state
        .store
        .peer_links(
            now - state.delivery.warn_after(),
            now - state.delivery.alert_after(),
        )
        .await?;
    if peers.is_empty() {
        println!("no peers; add one with `trm peer add`");
    }
    for p in &peers {
        let link = links.iter().find(|l| l.peer == p.node_id);
        let status = if p.removed_at.is_some() {
            "removed"
        } else {
            "trusted"
        };
        let fingerprint = serde_json::from_str::<SignedNodeDocument>(&p.document)
            .map(|s| trm_crypto::fingerprint(&s.document.signing_public))
            .unwrap_or_else(|_| "(unreadable document)".into());
        println!("{} {:<8} {} — {}", p.country, status, p.name, p.url);
        println!(
            "   node {}  legal basis {}",
            p.node_id,
            p.legal_basis.code()
        );
        println!("   fingerprint {fingerprint}");
        match link.filter(|l| l.queued > 0) {
            Some(l) => {
                println!(
                    "   {} message(s) unacknowledged, oldest since {}; {} late, {} stuck",
                    l.queued,
                    l.oldest_unacknowledged
                        .map_or_else(|| "?".to_owned(), |t| t.to_string()),
                    l.late,
                    l.stuck
                );
                if let Some(why) = &l.last_error {
                    println!("   last failure: {why}");
                }
            }
            None => println!("   nothing queued"),
        }
    }
    state.store.close().await;
    Ok(())
}

pub async fn remove(data: &Path, node: &str) -> Result<(), CliError> {
    let node_id = Uuid::parse_str(node)
        .map_err(|e| CliError::Usage(format!("{node} is not a node id: {e}")))?;
    let (_, state) = open(data).await?;
    let now = OffsetDateTime::now_utc();
    let audit = AuditEvent::new(
        now,
        AuditActor::Command {
            command: COMMAND.into(),
        },
        AuditAction::PeerRemoved,
    )
    .subject(format!("peer {node_id}"));
    state
        .store
        .write_audited(
            Change::Exchange(Box::new(ExchangeChange::RemovePeer { node_id, at: now })),
            vec![audit],
        )
        .await
        .map_err(|e| CliError::Usage(format!("{node_id} is not a trusted peer ({e})")))?;
    println!("removed peer {node_id}: its messages are refused from now on");
    state.store.close().await;
    Ok(())
}

/// Fetches the handovers a peer serves and follows them from the key pinned here.
pub async fn follow(data: &Path, node: &str) -> Result<(), CliError> {
    let node_id = Uuid::parse_str(node)
        .map_err(|e| CliError::Usage(format!("{node} is not a node id: {e}")))?;
    let (_, state) = open(data).await?;
    let peer = state
        .store
        .peer(node_id)
        .await?
        .filter(|p| p.removed_at.is_none())
        .ok_or_else(|| CliError::Usage(format!("{node_id} is not a trusted peer")))?;
    let url = format!("{}/api/node/handovers", peer.url.trim_end_matches('/'));
    let answer = reqwest::Client::new()
        .get(&url)
        .timeout(std::time::Duration::from_secs(15))
        .send()
        .await
        .map_err(|e| CliError::Usage(format!("cannot reach {}: {}", peer.url, e.without_url())))?;
    if !answer.status().is_success() {
        return Err(CliError::Usage(format!(
            "{url} answered {}",
            answer.status()
        )));
    }
    let chain: Vec<trm_exchange::SignedKeyHandover> = answer
        .json()
        .await
        .map_err(|e| CliError::Usage(format!("{url} did not answer with key handovers: {e}")))?;
    let actor = AuditActor::Command {
        command: "trm peer follow".into(),
    };
    let applied =
        trm_server::key_rotation::follow_handovers(&state, node_id, &chain, actor).await?;
    let now_pinned = state
        .store
        .peer(node_id)
        .await?
        .and_then(|p| serde_json::from_str::<SignedNodeDocument>(&p.document).ok())
        .map(|s| trm_crypto::fingerprint(&s.document.signing_public))
        .unwrap_or_default();
    match applied {
        0 => println!(
            "{} has no key rotation to follow: its pinned fingerprint is {now_pinned}",
            peer.name
        ),
        n => println!(
            "followed {n} key rotation(s) of {}: its fingerprint is now {now_pinned}",
            peer.name
        ),
    }
    state.store.close().await;
    Ok(())
}
