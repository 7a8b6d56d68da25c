//! `trm bench exchange`: what the federation costs, measured against its limits in the
//! same run — sealing and opening beside the raw primitives, delivery between two real
//! nodes on loopback at a steady load, and draining a backlog after a peer comes back.

use std::path::Path;
use std::time::{Duration, Instant};

use serde::Serialize;
use time::OffsetDateTime;
use tokio::net::TcpListener;
use trm_domain::codes::{CountryCode, LegalBasis, OrganisationKind};
use trm_domain::ids::ReferralId;
use trm_domain::template::WireDocument;
use trm_exchange::MessageKind;
use trm_server::AppState;
use trm_store::{Change, ExchangeChange, OutboxState, PeerRecord};

use crate::node::{CliError, generate_password, init, io, open};

const EXAMPLE: &str = include_str!("../../../data/synthetic/referral-v2-it-al.json");

#[derive(Serialize)]
struct Figures {
    payload_bytes: usize,
    seal_open_per_s_per_core: f64,
    raw_primitives_per_s_per_core: f64,
    seal_open_vs_raw: f64,
    e2e_offered_per_s: u32,
    e2e_messages: usize,
    e2e_p50_ms: f64,
    e2e_p99_ms: f64,
    drain_messages: usize,
    drain_10k_s: f64,
}

pub(crate) struct Node {
    pub(crate) state: AppState,
    pub(crate) url: String,
}

pub(crate) async fn node(root: &Path, country: &str) -> Result<Node, CliError> {
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let addr = listener
        .local_addr()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let data = root.join(country);
    init(
        &data,
        CountryCode::parse(country).map_err(CliError::Usage)?,
        &format!("Bench node {country}"),
        OrganisationKind::NationalCoordinator,
        "admin",
        Some(generate_password()),
        addr,
    )
    .await?;
    let (_, state) = open(&data).await?;
    let served = state.clone();
    tokio::spawn(async move {
        let _ = trm_server::serve(listener, served, std::future::pending()).await;
    });
    Ok(Node {
        state,
        url: format!("http://{addr}"),
    })
}

pub(crate) async fn trust(a: &Node, b: &Node, url: &str) -> Result<(), CliError> {
    let signed =
        trm_server::exchange::node_document(&b.state).map_err(|e| CliError::Api(e.to_string()))?;
    let peer = PeerRecord {
        node_id: b.state.node.node_id,
        country: b.state.node.country,
        name: b.state.node.name.clone(),
        url: url.to_owned(),
        legal_basis: LegalBasis::PublicBodiesArrangement,
        document: serde_json::to_string(&signed).map_err(|e| CliError::Usage(e.to_string()))?,
        added_at: OffsetDateTime::now_utc(),
        removed_at: None,
    };
    a.state
        .store
        .write(Change::Exchange(Box::new(ExchangeChange::AddPeer(peer))))
        .await?;
    Ok(())
}

/// Queues one referral (a fresh id, version 1 from the country of exploitation) at `a`
/// for `b`, as sending it would.
pub(crate) async fn enqueue(a: &Node, b: &Node, example: &WireDocument) -> Result<(), CliError> {
    let mut doc = example.clone();
    let id = ReferralId::from_uuid(uuid::Uuid::now_v7());
    doc.referral.referral_id = id.as_uuid();
    doc.referral.version = 1;
    let payload = serde_json::to_vec(&doc).map_err(|e| CliError::Usage(e.to_string()))?;
    let peer = a
        .state
        .store
        .peer(b.state.node.node_id)
        .await?
        .ok_or_else(|| CliError::Usage("no peer".into()))?;
    let entry = trm_server::exchange::outgoing(
        &a.state,
        &peer,
        MessageKind::Referral,
        None,
        id,
        None,
        &payload,
    )
    .await
    .map_err(|e| CliError::Api(e.to_string()))?;
    a.state
        .store
        .write(Change::Exchange(Box::new(ExchangeChange::Enqueue(entry))))
        .await?;
    if let Some(f) = &a.state.federation {
        f.wake.notify_one();
    }
    Ok(())
}

async fn acknowledged(a: &Node) -> Result<Vec<trm_store::OutboxEntry>, CliError> {
    Ok(a.state
        .store
        .outbox(Some(OutboxState::Acknowledged), 1_000_000)
        .await?)
}

/// Waits until `count` messages in all are acknowledged.
async fn wait_all(a: &Node, count: usize, limit: Duration) -> Result<(), CliError> {
    let start = Instant::now();
    loop {
        let counts = a.state.store.outbox_counts().await?;
        if counts.get("acknowledged").copied().unwrap_or(0) >= count as u64 {
            return Ok(());
        }
        if start.elapsed() > limit {
            return Err(CliError::Usage(format!(
                "messages still queued after {} s",
                limit.as_secs()
            )));
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    if sorted.is_empty() {
        return 0.0;
    }
    let rank = ((p / 100.0) * (sorted.len() as f64 - 1.0)).round() as usize;
    sorted[rank.min(sorted.len() - 1)]
}

/// The synthetic example as a first version (the country of exploitation's part only).
pub(crate) fn first_version() -> Result<WireDocument, CliError> {
    let mut first: WireDocument =
        serde_json::from_str(EXAMPLE).map_err(|e| CliError::Usage(e.to_string()))?;
    first.author_side = trm_domain::template::Side::Exploitation;
    first.fields.retain(|k, _| {
        !k.starts_with("lt_")
            && !k.starts_with("proceedings_origin")
            && k != "contacts.return_origin"
    });
    Ok(first)
}

pub async fn run(json: bool, rate: u32, seconds: u64, drain: usize) -> Result<(), CliError> {
    let raw =
        trm_exchange::bench::primitives(2000, 4096).map_err(|e| CliError::Usage(e.to_string()))?;
    // The example is a follow-up; as version 1 it must be the first side's document.
    let first = first_version()?;

    let dir = tempfile::Builder::new()
        .prefix("trm-bench-exchange-")
        .tempdir()
        .map_err(io(Path::new("/tmp")))?;
    let a = node(dir.path(), "IT").await?;
    let b = node(dir.path(), "AL").await?;
    trust(&a, &b, &b.url).await?;
    trust(&b, &a, &a.url).await?;

    // End to end at a steady offered load: queued at A → committed at B → receipt at A.
    let e2e_count = (u64::from(rate) * seconds) as usize;
    let every = Duration::from_secs_f64(1.0 / f64::from(rate.max(1)));
    let mut tick = tokio::time::interval(every);
    for _ in 0..e2e_count {
        tick.tick().await;
        enqueue(&a, &b, &first).await?;
    }
    wait_all(&a, e2e_count, Duration::from_secs(60)).await?;
    let mut latencies: Vec<f64> = acknowledged(&a)
        .await?
        .iter()
        .filter_map(|m| {
            m.acknowledged_at
                .map(|at| (at - m.created_at).as_seconds_f64() * 1000.0)
        })
        .collect();
    latencies.sort_by(f64::total_cmp);

    // A backlog: B unreachable while `drain` messages queue, then back.
    trust(&a, &b, "http://127.0.0.1:9").await?;
    let already = e2e_count;
    for _ in 0..drain {
        enqueue(&a, &b, &first).await?;
    }
    // The peer comes back: from here, the clock runs.
    let started = Instant::now();
    trust(&a, &b, &b.url).await?;
    a.state
        .store
        .write(Change::Exchange(Box::new(ExchangeChange::RetryNow {
            peer: b.state.node.node_id,
            at: OffsetDateTime::now_utc(),
        })))
        .await?;
    if let Some(f) = &a.state.federation {
        f.wake.notify_one();
    }
    wait_all(&a, already + drain, Duration::from_secs(300)).await?;
    let drain_s = started.elapsed().as_secs_f64();

    let figures = Figures {
        payload_bytes: raw.payload_len,
        seal_open_per_s_per_core: raw.seal_open_per_s,
        raw_primitives_per_s_per_core: raw.raw_primitives_per_s,
        seal_open_vs_raw: raw.seal_open_per_s / raw.raw_primitives_per_s,
        e2e_offered_per_s: rate,
        e2e_messages: latencies.len(),
        e2e_p50_ms: percentile(&latencies, 50.0),
        e2e_p99_ms: percentile(&latencies, 99.0),
        drain_messages: drain,
        drain_10k_s: drain_s * 10_000.0 / drain.max(1) as f64,
    };
    if json {
        println!(
            "{}",
            serde_json::to_string(&figures).map_err(|e| CliError::Usage(e.to_string()))?
        );
    } else {
        println!("exchange, {} byte payload:", figures.payload_bytes);
        println!(
            "  seal+open of an envelope   {:>9.0}/s per core",
            figures.seal_open_per_s_per_core
        );
        println!(
            "  raw primitives (limit)     {:>9.0}/s per core  (envelope at {:.2}× the limit)",
            figures.raw_primitives_per_s_per_core, figures.seal_open_vs_raw
        );
        println!(
            "  end to end at {}/s        p50 {:.1} ms, p99 {:.1} ms over {} messages",
            rate, figures.e2e_p50_ms, figures.e2e_p99_ms, figures.e2e_messages
        );
        println!(
            "  backlog of {} drained in {:.2} s (10,000 would take {:.1} s)",
            drain, drain_s, figures.drain_10k_s
        );
    }
    a.state.store.close().await;
    b.state.store.close().await;
    Ok(())
}
