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
    pub client_cpu_share_of_read_phase: f64,
    pub cases_created: usize,
    pub fixed_load_requests: u64,
    pub fixed_load_errors: u64,
    pub cores: usize,
}

fn fail(what: &str) -> impl FnOnce(String) -> CliError + '_ {
    move |e| CliError::Usage(format!("bench: {what}: {e}"))
}

struct Server {
    child: Child,
    url: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
    }
}

async fn start_server(data: &Path) -> Result<Server, CliError> {
    let exe = std::env::current_exe().map_err(|e| fail("locating trm")(e.to_string()))?;
    let mut child = Command::new(exe)
        .args(["serve", "--listen", "127.0.0.1:0", "--data"])
        .arg(data)
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
    let line = lines
        .next_line()
        .await
        .map_err(|e| fail("reading the server's address")(e.to_string()))?
        .ok_or_else(|| fail("server")("exited before listening".into()))?;
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .ok_or_else(|| fail("server")(format!("unexpected first line: {line}")))?
        .to_owned();
    Ok(Server { child, url })
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

pub async fn api(json: bool, cases: usize, seconds: u64) -> Result<(), CliError> {
    let dir = tempfile::Builder::new()
        .prefix("trm-bench-")
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
    let totp_secret = add_bench_user(&data, &password).await?;

    // The raw limit first, on the same disk, with the node's durability settings.
    let raw_docs = bodies(RAW_ROWS, 99)?;
    let raw_sqlite_per_s =
        trm_store::raw_single_commit_rate(&dir.path().join("raw.db"), &raw_docs).await?;

    let server = start_server(&data).await?;
    let http = reqwest::Client::builder()
        .pool_max_idle_per_host(CONCURRENCY * 2)
        .build()
        .map_err(|e| fail("client")(e.to_string()))?;
    let token = login(&http, &server.url, &password, &totp_secret).await?;
    let client = Client {
        http,
        url: server.url.clone().into(),
        auth: format!("Bearer {token}").into(),
    };

    // Phase 1: create throughput, closed loop.
    let create_bodies = bodies(cases, 1)?;
    let server_pid = server.child.id();
    let addr = server.url.trim_start_matches("http://").to_owned();
    let cpu_before = cpu_seconds(server_pid);
    let started = Instant::now();
    let creates = create_bodies
        .into_iter()
        .map(|body| (hyper::Method::POST, "/api/cases".to_owned(), body))
        .collect();
    let ids: Vec<String> = lean_closed_loop(&addr, &client.auth, creates)
        .await?
        .into_iter()
        .map(|location| location.rsplit('/').next().unwrap_or_default().to_owned())
        .collect();
    let create_per_s = ids.len() as f64 / started.elapsed().as_secs_f64();
    let server_cpu_us_per_create = (cpu_seconds(server_pid) - cpu_before) * 1e6 / ids.len() as f64;

    // Phase 2: read throughput over the cases just made.
    let reads = (0..READS)
        .map(|i| {
            (
                hyper::Method::GET,
                format!("/api/cases/{}", ids[(i * 7919) % ids.len()]),
                String::new(),
            )
        })
        .collect();
    let (server_before, client_before) = (cpu_seconds(server_pid), cpu_seconds(None));
    let started = Instant::now();
    lean_closed_loop(&addr, &client.auth, reads).await?;
    let read_per_s = READS as f64 / started.elapsed().as_secs_f64();
    let server_read_cpu = cpu_seconds(server_pid) - server_before;
    let client_read_cpu = cpu_seconds(None) - client_before;
    let server_cpu_us_per_read = server_read_cpu * 1e6 / READS as f64;
    let client_cpu_share_of_read_phase =
        client_read_cpu / (client_read_cpu + server_read_cpu).max(f64::EPSILON);

    // Phase 3: latency of create at a fixed offered load (open loop: each request is sent
    // at its scheduled time whatever the others do, and latency counts from that time).
    let total = FIXED_RATE_PER_S * seconds;
    let fixed_bodies = bodies(total as usize, 2)?;
    let (histogram, errors) = run_fixed_rate(&client, fixed_bodies).await?;
    let rss = peak_rss_mb(server.child.id());
    drop(server);

    let result = ApiBench {
        create_per_s,
        read_per_s,
        create_p50_ms_at_1000rps: histogram.value_at_quantile(0.50) as f64 / 1000.0,
        create_p99_ms_at_1000rps: histogram.value_at_quantile(0.99) as f64 / 1000.0,
        raw_sqlite_per_s,
        create_vs_raw_sqlite: create_per_s / raw_sqlite_per_s,
        server_peak_rss_mb: rss,
        server_cpu_us_per_create,
        server_cpu_us_per_read,
        client_cpu_share_of_read_phase,
        cases_created: ids.len(),
        fixed_load_requests: total,
        fixed_load_errors: errors,
        cores: std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    if json {
        println!(
            "{}",
            serde_json::to_string(&result).map_err(|e| fail("json")(e.to_string()))?
        );
    } else {
        println!(
            "trm bench api ({} cores, {} cases, {seconds} s at {FIXED_RATE_PER_S}/s)",
            result.cores, cases
        );
        println!(
            "  create (HTTP, durable)        {:>10.0} /s",
            result.create_per_s
        );
        println!(
            "  raw SQLite, 1 commit per row  {:>10.0} /s   (node / raw = {:.1}x)",
            result.raw_sqlite_per_s, result.create_vs_raw_sqlite
        );
        println!(
            "  read (HTTP)                   {:>10.0} /s",
            result.read_per_s
        );
        println!(
            "  create p50 at 1000/s          {:>10.2} ms",
            result.create_p50_ms_at_1000rps
        );
        println!(
            "  create p99 at 1000/s          {:>10.2} ms   ({} errors of {})",
            result.create_p99_ms_at_1000rps, errors, total
        );
        println!(
            "  server peak RSS               {:>10.1} MB",
            result.server_peak_rss_mb
        );
        println!(
            "  server CPU per create         {:>10.0} us",
            result.server_cpu_us_per_create
        );
        println!(
            "  server CPU per read           {:>10.0} us   (the load generator took {:.0}% of the CPU in the read phase)",
            result.server_cpu_us_per_read,
            result.client_cpu_share_of_read_phase * 100.0
        );
    }
    Ok(())
}

/// Adds the case worker the benchmark logs in as, with a second factor (case workers
/// must have one); returns its TOTP secret.
async fn add_bench_user(data: &Path, password: &str) -> Result<Vec<u8>, CliError> {
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
    let enrolled = trm_server::accounts::enrol_totp_unchecked(&state, &user).await?;
    state.store.close().await;
    trm_server::totp::decode_secret(&enrolled.secret)
        .ok_or_else(|| fail("enrolling TOTP")("the secret is not base32".into()))
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
