//! `trm demo`: three linked nodes on loopback — Italy (a country of destination),
//! Albania and Moldova (countries of origin) — each with its own data folder, keys and
//! synthetic cases, already trusting each other, and a referral in Italy ready to send.

use std::net::SocketAddr;
use std::path::Path;

use time::OffsetDateTime;
use tokio::net::TcpListener;
use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::codes::{CountryCode, LegalBasis, OrganisationKind, Role};
use trm_domain::org::{NewUser, Username};
use trm_server::AppState;
use trm_store::{Change, ExchangeChange, PeerRecord};

use crate::node::{CliError, generate_password, init, io, open};

struct DemoUser {
    username: &'static str,
    role: Role,
    password: String,
    totp: String,
}

struct DemoNode {
    country: &'static str,
    url: String,
    listener: TcpListener,
    state: AppState,
    users: Vec<DemoUser>,
    admin_password: String,
}

/// A demo node: its country, its organisation's name, its users and their roles.
type NodeSpec = (&'static str, &'static str, &'static [(&'static str, Role)]);

const NODES: [NodeSpec; 3] = [
    (
        "IT",
        "Demo Anti-Trafficking Focal Point (Italy)",
        &[
            ("caseworker", Role::CaseWorker),
            ("manager", Role::CaseManager),
            ("focalpoint", Role::FocalPoint),
        ],
    ),
    (
        "AL",
        "Demo National Referral Mechanism (Albania)",
        &[
            ("focalpoint", Role::FocalPoint),
            ("caseworker", Role::CaseWorker),
        ],
    ),
    (
        "MD",
        "Demo National Referral System (Moldova)",
        &[
            ("focalpoint", Role::FocalPoint),
            ("caseworker", Role::CaseWorker),
        ],
    ),
];

async fn start(root: &Path, i: usize, port: u16, cases: usize) -> Result<DemoNode, CliError> {
    let (country, name, users) = NODES[i];
    let want = if port == 0 {
        0
    } else {
        port + u16::try_from(i).unwrap_or(0)
    };
    let listener = TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], want)))
        .await
        .map_err(|e| {
            CliError::Usage(format!(
                "cannot listen on 127.0.0.1:{want}: {e} (try --port 0)"
            ))
        })?;
    let addr = listener
        .local_addr()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let data = root.join(country.to_ascii_lowercase());
    let admin_password = generate_password();
    let created = init(
        &data,
        CountryCode::parse(country).map_err(CliError::Usage)?,
        name,
        OrganisationKind::NationalCoordinator,
        "admin",
        Some(admin_password.clone()),
        addr,
    )
    .await?;
    let (_, state) = open(&data).await?;
    let mut made = Vec::new();
    for (username, role) in users {
        let password = generate_password();
        let user = trm_server::services::create_user_unchecked(
            &state,
            NewUser {
                username: Username::parse(username).map_err(CliError::Usage)?,
                display_name: format!("Demo {} ({country})", role.code().replace('_', " ")),
                role: *role,
                organisation: created.organisation,
                password: password.clone(),
            },
        )
        .await?;
        let totp = trm_server::accounts::enrol_totp_unchecked(&state, &user).await?;
        made.push(DemoUser {
            username,
            role: *role,
            password,
            totp: totp.secret,
        });
    }
    // A demo node only: its login page shows these users' current codes.
    let mut state = state;
    state.demo_logins = Some(
        made.iter()
            .filter_map(|u| {
                Some(trm_server::web::DemoLogin {
                    username: u.username.to_owned(),
                    password: u.password.clone(),
                    secret: trm_server::totp::decode_secret(&u.totp)?,
                })
            })
            .collect(),
    );
    let seed = 2026 + u64::try_from(i).unwrap_or(0);
    crate::seed::write_synthetic(
        &state.store,
        &state.node,
        if i == 0 { cases } else { cases / 3 },
        seed,
    )
    .await?;
    Ok(DemoNode {
        country,
        url: format!("http://{addr}"),
        listener,
        state,
        users: made,
        admin_password,
    })
}

/// Every node trusts every other, as `trm peer add` would after the fingerprints were
/// compared on the phone.
async fn link(nodes: &[DemoNode]) -> Result<(), CliError> {
    let now = OffsetDateTime::now_utc();
    for a in nodes {
        for b in nodes.iter().filter(|b| b.country != a.country) {
            let signed = trm_server::exchange::node_document(&b.state)
                .map_err(|e| CliError::Api(e.to_string()))?;
            let document =
                serde_json::to_string(&signed).map_err(|e| CliError::Usage(e.to_string()))?;
            let peer = PeerRecord {
                node_id: b.state.node.node_id,
                country: b.state.node.country,
                name: b.state.node.name.clone(),
                url: b.url.clone(),
                legal_basis: LegalBasis::PublicBodiesArrangement,
                document,
                added_at: now,
                removed_at: None,
            };
            let audit = AuditEvent::new(
                now,
                AuditActor::Command {
                    command: "trm demo".into(),
                },
                AuditAction::PeerAdded,
            )
            .subject(format!("peer {} {}", b.country, b.state.node.node_id));
            a.state
                .store
                .write_audited(
                    Change::Exchange(Box::new(ExchangeChange::AddPeer(peer))),
                    vec![audit],
                )
                .await?;
        }
    }
    Ok(())
}

pub async fn demo(port: u16, cases: usize) -> Result<(), CliError> {
    let dir = tempfile::Builder::new()
        .prefix("trm-demo-")
        .tempdir()
        .map_err(io(Path::new("/tmp")))?;
    let mut nodes = Vec::new();
    for i in 0..NODES.len() {
        nodes.push(start(dir.path(), i, port, cases).await?);
    }
    link(&nodes).await?;
    let italy = &nodes[0];
    let manager = italy
        .users
        .iter()
        .find(|u| u.role == Role::CaseManager)
        .map(|u| u.username)
        .unwrap_or("manager");
    let author = italy
        .state
        .store
        .user_by_username(manager)
        .await?
        .map(|(u, _)| u.id);
    let mut ready = None;
    let mut drafts = Vec::new();
    if let Some(author) = author {
        ready = Some(
            crate::seed::demo_ready_referral(
                &italy.state.store,
                &italy.state.node,
                author,
                CountryCode::parse("AL").map_err(CliError::Usage)?,
            )
            .await?,
        );
        drafts =
            crate::seed::demo_referrals(&italy.state.store, &italy.state.node, author, 3).await?;
    }

    println!(
        "OpenTRM demo: three linked nodes on this machine (synthetic data; deleted when the demo stops)"
    );
    for node in &nodes {
        println!();
        println!("{} — {}", node.country, node.state.node.name);
        println!(
            "  url:   {}/   (open it in a browser: the login page shows the demo logins and their current codes)",
            node.url
        );
        println!(
            "  data:  {}",
            dir.path().join(node.country.to_ascii_lowercase()).display()
        );
        println!("  logins (username / password, then the TOTP code: `trm totp SECRET`):");
        for u in &node.users {
            println!(
                "    {:<11} {:<12} / {}   TOTP secret {}",
                u.role.code(),
                u.username,
                u.password,
                u.totp
            );
        }
        println!(
            "    {:<11} {:<12} / {}   (sets up its TOTP at first login)",
            "administrator", "admin", node.admin_password
        );
    }
    println!();
    if let (Some(ready), Some(m)) = (
        ready,
        italy.users.iter().find(|u| u.role == Role::CaseManager),
    ) {
        println!(
            "A referral from Italy to Albania, complete and with the person's consent, waits to be sent:"
        );
        println!(
            "  TOKEN=$(curl -s -X POST {}/api/auth/login -H 'content-type: application/json' \\",
            italy.url
        );
        println!(
            "    -d '{{\"username\":\"{}\",\"password\":\"{}\",\"totp\":\"'$(trm totp {})'\"}}' | sed 's/.*\"token\":\"\\([^\"]*\\)\".*/\\1/')",
            m.username, m.password, m.totp
        );
        println!(
            "  curl -s -X POST -H \"authorization: Bearer $TOKEN\" {}/api/referrals/{ready}/send",
            italy.url
        );
        if let Some(al) = nodes.get(1) {
            println!(
                "  then, as Albania's focal point: GET {}/api/referrals shows it; GET …/{ready}/print?lang=sq prints it in Albanian.",
                al.url
            );
        }
        println!(
            "  Italy's {} further draft referrals: GET {}/api/referrals",
            drafts.len(),
            italy.url
        );
    }
    println!("Press Ctrl-C to stop.");

    let mut servers = tokio::task::JoinSet::new();
    let (stop, _) = tokio::sync::broadcast::channel::<()>(1);
    for node in nodes {
        let mut stopped = stop.subscribe();
        let store = node.state.store.clone();
        servers.spawn(async move {
            let served = trm_server::serve(node.listener, node.state, async move {
                let _ = stopped.recv().await;
            })
            .await;
            store.close().await;
            served
        });
    }
    crate::node::shutdown_signal().await;
    let _ = stop.send(());
    while let Some(done) = servers.join_next().await {
        done.map_err(|e| CliError::Usage(e.to_string()))?
            .map_err(|e| CliError::Usage(format!("server stopped: {e}")))?;
    }
    drop(dir);
    Ok(())
}
