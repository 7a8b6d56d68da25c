//! `trm bench api`: the node measured over real HTTP on loopback, beside the raw SQLite
//! limit measured in the same run on the same disk.

use std::path::Path;
use std::process::Stdio;
use std::sync::Arc;
use std::time::{Duration, Instant};

use hdrhistogram::Histogram;
use serde::Serialize;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::task::JoinSet;
use trm_domain::codes::{CountryCode, OrganisationKind};

use crate::node::CliError;

const CONCURRENCY: usize = 64;
const FIXED_RATE_PER_S: u64 = 1000;
const READS: usize = 20_000;
const RAW_ROWS: usize = 2000;

#[derive(Debug, Serialize)]
pub struct ApiBench {
    pub create_per_s: f64,
    pub read_per_s: f64,
    pub create_p50_ms_at_1000rps: f64,
    pub create_p99_ms_at_1000rps: f64,
    pub raw_sqlite_per_s: f64,
    pub create_vs_raw_sqlite: f64,
    pub server_peak_rss_mb: f64,
    /// Server CPU time per request, to show how much of the 2 cores the load generator took.
    pub server_cpu_us_per_create: f64,
    pub server_cpu_us_per_read: f64,
    pub cases_created: usize,
    pub fixed_load_requests: u64,
    pub fixed_load_errors: u64,
    pub cores: usize,
    pub protection: ProtectionCosts,
}

fn fail(what: &str) -> impl FnOnce(String) -> CliError + '_ {
    move |e| CliError::Usage(format!("bench: {what}: {e}"))
}

struct Server {
    child: Child,
    url: String,
    token: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

impl Server {
    fn client(&self) -> Result<Client, CliError> {
        Ok(Client {
            http: reqwest::Client::builder()
                .pool_max_idle_per_host(CONCURRENCY * 2)
                .build()
                .map_err(|e| fail("client")(e.to_string()))?,
            url: self.url.clone().into(),
            auth: format!("Bearer {}", self.token).into(),
        })
    }
}

async fn start_server(switches: Switches) -> Result<Server, CliError> {
    let exe = std::env::current_exe().map_err(|e| fail("locating trm")(e.to_string()))?;
    let mut command = Command::new(exe);
    command.args(["bench", "server"]);
    if !switches.audit {
        command.arg("--without-audit");
    }
    if !switches.encryption {
        command.arg("--without-encryption");
    }
    let mut child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .kill_on_drop(true)
        .spawn()
        .map_err(|e| fail("starting the server")(e.to_string()))?;
    let stdout = child
        .stdout
        .take()
        .ok_or_else(|| fail("server")("no stdout".into()))?;
    let mut lines = BufReader::new(stdout).lines();
    let mut next = async || {
        lines
            .next_line()
            .await
            .map_err(|e| fail("reading the server's address")(e.to_string()))?
            .ok_or_else(|| fail("server")("exited before listening".into()))
    };
    let line = next().await?;
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .ok_or_else(|| fail("server")(format!("unexpected first line: {line}")))?
        .to_owned();
    let password = next()
        .await?
        .strip_prefix("password ")
        .map(str::to_owned)
        .ok_or_else(|| fail("server")("no password line".into()))?;
    let totp_secret = next()
        .await?
        .strip_prefix("totp ")
        .and_then(trm_server::totp::decode_secret)
        .ok_or_else(|| fail("server")("no TOTP secret line".into()))?;
    let http = reqwest::Client::new();
    let token = login(&http, &url, &password, &totp_secret).await?;
    Ok(Server { child, url, token })
}

/// CPU seconds (user + system) a process has used so far, from /proc.
fn cpu_seconds(pid: Option<u32>) -> f64 {
    let path = pid.map_or_else(
        || "/proc/self/stat".to_owned(),
        |p| format!("/proc/{p}/stat"),
    );
    let stat = std::fs::read_to_string(path).unwrap_or_default();
    // Fields after the command name (which is in parentheses and may hold spaces).
    let fields: Vec<&str> = stat
        .rsplit_once(')')
        .map_or("", |(_, rest)| rest)
        .split_whitespace()
        .collect();
    let ticks = |i: usize| {
        fields
            .get(i)
            .and_then(|v| v.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // utime and stime are fields 14 and 15 of the line, 12 and 13 after the name; 100 ticks/s on Linux.
    (ticks(11) + ticks(12)) / 100.0
}

fn peak_rss_mb(pid: Option<u32>) -> f64 {
    let Some(pid) = pid else { return 0.0 };
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Logs the benchmark's case worker in, with the password and a TOTP code.
async fn login(
    client: &reqwest::Client,
    url: &str,
    password: &str,
    totp_secret: &[u8],
) -> Result<String, CliError> {
    #[derive(serde::Deserialize)]
    struct Token {
        token: String,
    }
    let code = trm_server::totp::code_at(
        totp_secret,
        time::OffsetDateTime::now_utc().unix_timestamp(),
    );
    let response = client
        .post(format!("{url}/api/auth/login"))
        .json(&serde_json::json!({"username": "bench", "password": password, "totp": code}))
        .send()
        .await
        .map_err(|e| fail("login")(e.to_string()))?;
    let token: Token = response
        .json()
        .await
        .map_err(|e| fail("login")(e.to_string()))?;
    Ok(token.token)
}

#[derive(Clone)]
struct Client {
    http: reqwest::Client,
    url: Arc<str>,
    auth: Arc<str>,
}

impl Client {
    /// Creates a case; returns its id.
    async fn create(&self, body: String) -> Result<String, String> {
        let response = self
            .http
            .post(format!("{}/api/cases", self.url))
            .header("authorization", &*self.auth)
            .header("content-type", "application/json")
            .body(body)
            .send()
            .await
            .map_err(|e| e.to_string())?;
        if response.status() != reqwest::StatusCode::CREATED {
            return Err(format!("create answered {}", response.status()));
        }
        let location = response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        let _ = response.bytes().await;
        Ok(location.rsplit('/').next().unwrap_or_default().to_owned())
    }
}

fn bodies(count: usize, seed: u64) -> Result<Vec<String>, CliError> {
    let today = time::OffsetDateTime::now_utc().date();
    (0..count as u64)
        .map(|i| {
            serde_json::to_string(&trm_synth::generate_one(seed, i, today).case)
                .map_err(|e| fail("generating")(e.to_string()))
        })
        .collect()
}

/// What one server configuration achieved in the throughput phases.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Throughput {
    pub create_per_s: f64,
    pub read_per_s: f64,
    pub server_cpu_us_per_create: f64,
    pub server_cpu_us_per_read: f64,
}

/// The same load against the node with its protections on and, for comparison, with the
/// audit trail or encryption at rest switched off (possible only in the benchmark's own
/// throwaway node, see `trm bench server`).
#[derive(Debug, Serialize)]
pub struct ProtectionCosts {
    pub full: Throughput,
    pub without_audit: Throughput,
    pub without_encryption: Throughput,
    pub without_audit_and_encryption: Throughput,
    /// Share of create throughput lost to each protection (1 - with / without).
    pub audit_cost_of_create: f64,
    pub encryption_cost_of_create: f64,
    pub audit_and_encryption_cost_of_create: f64,
    pub audit_cost_of_read: f64,
    pub encryption_cost_of_read: f64,
    pub audit_and_encryption_cost_of_read: f64,
    /// In-process, per request: the policy table and need-to-know decision.
    pub authorisation_us_per_request: f64,
    /// Raw primitives in the same run: one seal and one open of a typical case document,
    /// and one audit-chain hash.
    pub raw_seal_us: f64,
    pub raw_open_us: f64,
    pub raw_chain_hash_us: f64,
    pub typical_case_doc_bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Switches {
    pub audit: bool,
    pub encryption: bool,
}

const FULL: Switches = Switches {
    audit: true,
    encryption: true,
};

pub async fn api(json: bool, cases: usize, seconds: u64) -> Result<(), CliError> {
    let dir = tempfile::Builder::new()
        .prefix("trm-bench-")
        .tempdir()
        .map_err(|e| fail("temp dir")(e.to_string()))?;
    // The raw limit first, on the same disk, with the node's durability settings.
    let raw_docs = bodies(RAW_ROWS, 99)?;
    let raw_sqlite_per_s =
        trm_store::raw_single_commit_rate(&dir.path().join("raw.db"), &raw_docs).await?;

    let mut variants = Vec::new();
    let mut fixed = None;
    for switches in [
        FULL,
        Switches {
            audit: false,
            encryption: true,
        },
        Switches {
            audit: true,
            encryption: false,
        },
        Switches {
            audit: false,
            encryption: false,
        },
    ] {
        let server = start_server(switches).await?;
        let throughput = measure_throughput(&server, cases).await?;
        if switches == FULL {
            // Latency at a fixed offered load, and memory, for the node as it runs.
            let total = FIXED_RATE_PER_S * seconds;
            let fixed_bodies = bodies(total as usize, 2)?;
            let (histogram, errors) = run_fixed_rate(&server.client()?, fixed_bodies).await?;
            fixed = Some((histogram, errors, total, peak_rss_mb(server.child.id())));
        }
        variants.push(throughput);
    }
    let (histogram, errors, total, rss) =
        fixed.ok_or_else(|| fail("latency")("no full run".into()))?;
    let [full, without_audit, without_encryption, without_both] = variants[..] else {
        return Err(fail("variants")("missing".into()));
    };
    let costs = protection_costs(full, without_audit, without_encryption, without_both)?;

    let result = ApiBench {
        create_per_s: full.create_per_s,
        read_per_s: full.read_per_s,
        create_p50_ms_at_1000rps: histogram.value_at_quantile(0.50) as f64 / 1000.0,
        create_p99_ms_at_1000rps: histogram.value_at_quantile(0.99) as f64 / 1000.0,
        raw_sqlite_per_s,
        create_vs_raw_sqlite: full.create_per_s / raw_sqlite_per_s,
        server_peak_rss_mb: rss,
        server_cpu_us_per_create: full.server_cpu_us_per_create,
        server_cpu_us_per_read: full.server_cpu_us_per_read,
        cases_created: cases,
        fixed_load_requests: total,
        fixed_load_errors: errors,
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
        protection: costs,
    };
    if json {
        println!(
            "{}",
            serde_json::to_string(&result).map_err(|e| fail("json")(e.to_string()))?
        );
    } else {
        print_table(&result, cases, seconds);
    }
    Ok(())
}

fn print_table(r: &ApiBench, cases: usize, seconds: u64) {
    let c = &r.protection;
    println!(
        "trm bench api ({} cores, {cases} cases, {seconds} s at {FIXED_RATE_PER_S}/s)",
        r.cores
    );
    println!(
        "  create (HTTP, durable, audited, encrypted) {:>8.0} /s",
        r.create_per_s
    );
    println!(
        "  raw SQLite, 1 commit per row               {:>8.0} /s   (node / raw = {:.2}x)",
        r.raw_sqlite_per_s, r.create_vs_raw_sqlite
    );
    println!(
        "  read (HTTP, audited, decrypted)            {:>8.0} /s",
        r.read_per_s
    );
    println!(
        "  create p50 / p99 at 1000/s                 {:>8.2} / {:.2} ms   ({} errors of {})",
        r.create_p50_ms_at_1000rps,
        r.create_p99_ms_at_1000rps,
        r.fixed_load_errors,
        r.fixed_load_requests
    );
    println!(
        "  server peak RSS                            {:>8.1} MB",
        r.server_peak_rss_mb
    );
    println!(
        "  server CPU per create / read               {:>8.0} / {:.0} us",
        r.server_cpu_us_per_create, r.server_cpu_us_per_read
    );
    println!("  what the protections cost (same run; create/s, read/s):");
    for (name, t) in [
        ("all on", c.full),
        ("without audit", c.without_audit),
        ("without encryption", c.without_encryption),
        ("without both", c.without_audit_and_encryption),
    ] {
        println!(
            "    {name:<20} {:>8.0} {:>8.0}",
            t.create_per_s, t.read_per_s
        );
    }
    println!(
        "    audit costs {:.0}% of creates, {:.0}% of reads; encryption {:.0}% and {:.0}%; both {:.0}% and {:.0}%",
        c.audit_cost_of_create * 100.0,
        c.audit_cost_of_read * 100.0,
        c.encryption_cost_of_create * 100.0,
        c.encryption_cost_of_read * 100.0,
        c.audit_and_encryption_cost_of_create * 100.0,
        c.audit_and_encryption_cost_of_read * 100.0
    );
    println!(
        "    authorisation {:.2} us per request; raw seal {:.2} us, open {:.2} us ({} B case), chain hash {:.2} us",
        c.authorisation_us_per_request,
        c.raw_seal_us,
        c.raw_open_us,
        c.typical_case_doc_bytes,
        c.raw_chain_hash_us
    );
}

fn cost(with: f64, without: f64) -> f64 {
    if without > 0.0 {
        1.0 - with / without
    } else {
        0.0
    }
}

fn protection_costs(
    full: Throughput,
    without_audit: Throughput,
    without_encryption: Throughput,
    without_both: Throughput,
) -> Result<ProtectionCosts, CliError> {
    let now = time::OffsetDateTime::now_utc();
    let synthetic = trm_synth::generate_one(7, 0, now.date());
    let case = trm_domain::case::Case::open(
        trm_domain::ids::CaseId::from_uuid(uuid::Uuid::now_v7()),
        trm_domain::ids::OrganisationId::from_uuid(uuid::Uuid::now_v7()),
        synthetic.case,
        now,
    )
    .map_err(|e| fail("synthetic case")(e.to_string()))?;
    let doc = serde_json::to_vec(&case).map_err(|e| fail("json")(e.to_string()))?;
    let keyring = trm_crypto::Keyring::generate(now);
    const N: u32 = 20_000;
    let started = Instant::now();
    let mut sealed = Vec::new();
    for _ in 0..N {
        sealed = keyring
            .seal(&doc, b"cases\0id")
            .map_err(|e| fail("seal")(e.to_string()))?;
    }
    let raw_seal_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(N);
    let started = Instant::now();
    for _ in 0..N {
        std::hint::black_box(
            keyring
                .open(&sealed, b"cases\0id")
                .map_err(|e| fail("open")(e.to_string()))?,
        );
    }
    let raw_open_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(N);
    let event = trm_domain::audit::AuditEvent::new(
        now,
        trm_domain::audit::AuditActor::Command {
            command: "bench".into(),
        },
        trm_domain::audit::AuditAction::CaseRead,
    )
    .case(case.id)
    .sections(trm_domain::access::Section::ALL);
    let started = Instant::now();
    let mut head = trm_domain::audit::GENESIS;
    for seq in 0..u64::from(N) {
        head = trm_domain::audit::entry_hash(&head, seq, &event.to_doc());
    }
    std::hint::black_box(head);
    let raw_chain_hash_us = started.elapsed().as_secs_f64() * 1e6 / f64::from(N);
    // The authorisation work of one request: the policy table and the need-to-know
    // decision over the case's grants and consents.
    let who = trm_domain::access::Requester {
        user: trm_domain::ids::UserId::from_uuid(uuid::Uuid::now_v7()),
        organisation: case.holder,
        role: trm_domain::codes::Role::CaseWorker,
    };
    let started = Instant::now();
    for _ in 0..N {
        std::hint::black_box(trm_domain::policy::allowed(
            who.role,
            trm_domain::policy::Action::ReadCase,
        ));
        std::hint::black_box(trm_domain::access::case_access(&who, &case, &[], &[], now));
    }
    let authorisation_us_per_request = started.elapsed().as_secs_f64() * 1e6 / f64::from(N);
    Ok(ProtectionCosts {
        full,
        without_audit,
        without_encryption,
        without_audit_and_encryption: without_both,
        audit_cost_of_create: cost(full.create_per_s, without_audit.create_per_s),
        encryption_cost_of_create: cost(full.create_per_s, without_encryption.create_per_s),
        audit_and_encryption_cost_of_create: cost(full.create_per_s, without_both.create_per_s),
        audit_cost_of_read: cost(full.read_per_s, without_audit.read_per_s),
        encryption_cost_of_read: cost(full.read_per_s, without_encryption.read_per_s),
        audit_and_encryption_cost_of_read: cost(full.read_per_s, without_both.read_per_s),
        authorisation_us_per_request,
        raw_seal_us,
        raw_open_us,
        raw_chain_hash_us,
        typical_case_doc_bytes: doc.len(),
    })
}

async fn measure_throughput(server: &Server, cases: usize) -> Result<Throughput, CliError> {
    let auth = format!("Bearer {}", server.token);
    let create_bodies = bodies(cases, 1)?;
    let server_pid = server.child.id();
    let addr = server.url.trim_start_matches("http://").to_owned();
    let cpu_before = cpu_seconds(server_pid);
    let started = Instant::now();
    let creates = create_bodies
        .into_iter()
        .map(|body| (hyper::Method::POST, "/api/cases".to_owned(), body))
        .collect();
    let ids: Vec<String> = lean_closed_loop(&addr, &auth, creates)
        .await?
        .into_iter()
        .map(|location| location.rsplit('/').next().unwrap_or_default().to_owned())
        .collect();
    let create_per_s = ids.len() as f64 / started.elapsed().as_secs_f64();
    let server_cpu_us_per_create = (cpu_seconds(server_pid) - cpu_before) * 1e6 / ids.len() as f64;
    let reads = (0..READS)
        .map(|i| {
            (
                hyper::Method::GET,
                format!("/api/cases/{}", ids[(i * 7919) % ids.len()]),
                String::new(),
            )
        })
        .collect();
    let server_before = cpu_seconds(server_pid);
    let started = Instant::now();
    lean_closed_loop(&addr, &auth, reads).await?;
    let read_per_s = READS as f64 / started.elapsed().as_secs_f64();
    let server_cpu_us_per_read = (cpu_seconds(server_pid) - server_before) * 1e6 / READS as f64;
    Ok(Throughput {
        create_per_s,
        read_per_s,
        server_cpu_us_per_create,
        server_cpu_us_per_read,
    })
}

/// `trm bench server`: a throwaway node for the benchmark, in a new temporary folder,
/// optionally without the audit trail or encryption at rest. It never opens an existing
/// node, so these switches cannot weaken a real one.
pub async fn server(without_audit: bool, without_encryption: bool) -> Result<(), CliError> {
    let dir = tempfile::Builder::new()
        .prefix("trm-bench-node-")
        .tempdir()
        .map_err(|e| fail("temp dir")(e.to_string()))?;
    let data = dir.path().join("node");
    let password = crate::node::generate_password();
    crate::node::init(
        &data,
        CountryCode::parse("IT").map_err(CliError::Usage)?,
        "Benchmark node",
        OrganisationKind::Ngo,
        "admin",
        Some(password.clone()),
        "127.0.0.1:0"
            .parse()
            .map_err(|e: std::net::AddrParseError| fail("address")(e.to_string()))?,
    )
    .await?;
    let bench_user = add_bench_user(&data, &password).await?;
    let (_, state) = crate::node::open(&data).await?;
    let mut state = if without_encryption {
        let (node, catalogue) = (state.node.clone(), state.catalogue);
        state.store.close().await;
        let store = trm_store::Store::open(
            &data.join(crate::node::DATABASE_FILE),
            trm_store::Sealer::plaintext(),
        )
        .await?;
        trm_server::AppState::new(store, node, catalogue)
    } else {
        state
    };
    // Case workers log in with a second factor; enrolled through the store the server
    // will use, so its secret is sealed (or not) as that store seals.
    let totp = trm_server::accounts::enrol_totp_unchecked(&state, &bench_user).await?;
    if without_audit {
        state.store = state.store.clone().without_audit_for_benchmark();
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .map_err(|e| fail("listen")(e.to_string()))?;
    let addr = listener
        .local_addr()
        .map_err(|e| fail("listen")(e.to_string()))?;
    // The parent reads these three lines.
    println!("listening on http://{addr}");
    println!("password {password}");
    println!("totp {}", totp.secret);
    trm_server::serve(listener, state, std::future::pending())
        .await
        .map_err(|e| fail("serve")(e.to_string()))?;
    drop(dir);
    Ok(())
}

/// Adds the case worker the benchmark logs in as.
async fn add_bench_user(data: &Path, password: &str) -> Result<trm_domain::org::User, CliError> {
    let (_, state) = crate::node::open(data).await?;
    let user = trm_server::services::create_user_unchecked(
        &state,
        trm_domain::org::NewUser {
            username: trm_domain::org::Username::parse("bench").map_err(CliError::Usage)?,
            display_name: "Benchmark".into(),
            role: trm_domain::codes::Role::CaseWorker,
            organisation: state.node.organisation,
            password: password.to_owned(),
        },
    )
    .await?;
    state.store.close().await;
    Ok(user)
}

/// The closed-loop load generator: CONCURRENCY keep-alive HTTP/1.1 connections, each
/// sending its next request as soon as the answer to the last one is read. Built on hyper
/// directly so that the generator, which shares the 2 cores with the server, takes as
/// little CPU as it can. Fails on any answer but 2xx; returns the `location` headers.
async fn lean_closed_loop(
    addr: &str,
    auth: &str,
    requests: Vec<(hyper::Method, String, String)>,
) -> Result<Vec<String>, CliError> {
    let requests = Arc::new(requests);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut workers = JoinSet::new();
    for _ in 0..CONCURRENCY {
        let (requests, next, addr, auth) = (
            requests.clone(),
            next.clone(),
            addr.to_owned(),
            auth.to_owned(),
        );
        workers.spawn(async move {
            let stream = tokio::net::TcpStream::connect(&addr)
                .await
                .map_err(|e| e.to_string())?;
            stream.set_nodelay(true).map_err(|e| e.to_string())?;
            let (mut sender, connection) =
                hyper::client::conn::http1::handshake(hyper_util::rt::TokioIo::new(stream))
                    .await
                    .map_err(|e| e.to_string())?;
            tokio::spawn(connection);
            let mut locations = Vec::new();
            loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some((method, path, body)) = requests.get(i) else {
                    break;
                };
                let request = hyper::Request::builder()
                    .method(method.clone())
                    .uri(path.as_str())
                    .header(hyper::header::HOST, addr.as_str())
                    .header(hyper::header::AUTHORIZATION, auth.as_str())
                    .header(hyper::header::CONTENT_TYPE, "application/json")
                    .body(http_body_util::Full::new(hyper::body::Bytes::from(
                        body.clone(),
                    )))
                    .map_err(|e| e.to_string())?;
                sender.ready().await.map_err(|e| e.to_string())?;
                let response = sender
                    .send_request(request)
                    .await
                    .map_err(|e| e.to_string())?;
                if !response.status().is_success() {
                    return Err(format!("{method} {path} answered {}", response.status()));
                }
                if let Some(location) = response
                    .headers()
                    .get(hyper::header::LOCATION)
                    .and_then(|v| v.to_str().ok())
                {
                    locations.push(location.to_owned());
                }
                http_body_util::BodyExt::collect(response.into_body())
                    .await
                    .map_err(|e| e.to_string())?;
            }
            Ok::<_, String>(locations)
        });
    }
    let mut out = Vec::new();
    while let Some(done) = workers.join_next().await {
        out.extend(
            done.map_err(|e| fail("worker")(e.to_string()))?
                .map_err(fail("request"))?,
        );
    }
    Ok(out)
}

async fn run_fixed_rate(
    client: &Client,
    bodies: Vec<String>,
) -> Result<(Histogram<u64>, u64), CliError> {
    let interval = Duration::from_micros(1_000_000 / FIXED_RATE_PER_S);
    let start = tokio::time::Instant::now();
    let mut tasks = JoinSet::new();
    for (i, body) in bodies.into_iter().enumerate() {
        let scheduled = start + interval * i as u32;
        tokio::time::sleep_until(scheduled).await;
        let client = client.clone();
        tasks.spawn(async move {
            let ok = client.create(body).await.is_ok();
            (scheduled.elapsed(), ok)
        });
    }
    let mut histogram = Histogram::<u64>::new_with_bounds(1, 60_000_000, 3)
        .map_err(|e| fail("histogram")(e.to_string()))?;
    let mut errors = 0;
    while let Some(done) = tasks.join_next().await {
        let (latency, ok) = done.map_err(|e| fail("task")(e.to_string()))?;
        if !ok {
            errors += 1;
        }
        let _ = histogram.record(latency.as_micros().max(1) as u64);
    }
    Ok((histogram, errors))
}
