//! `trm`: the OpenTRM node in one binary.

mod audit;
mod backup;
mod bench;
mod bench_exchange;
mod bench_template;
mod bundle;
mod demo;
mod export;
mod keys;
mod locks;
mod node;
mod paths;
mod peer;
mod retention;
mod rotate;
mod seed;
mod template;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use trm_domain::codes::{CountryCode, LegalBasis, OrganisationKind};

#[derive(Parser)]
#[command(
    name = "trm",
    version,
    about = "OpenTRM: a node of the Transnational Referral Mechanism"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Create a node: its database, configuration and first administrator.
    Init {
        /// Folder for the node's data (created; must not hold a node already).
        #[arg(long)]
        data: PathBuf,
        /// The node's country, ISO 3166-1 alpha-2 (e.g. IT, AL, MD).
        #[arg(long, value_parser = parse_country)]
        country: CountryCode,
        /// The name of the organisation that runs the node.
        #[arg(long)]
        name: String,
        /// Kind of that organisation.
        #[arg(long, default_value = "national_coordinator", value_parser = parse_org_kind)]
        kind: OrganisationKind,
        /// Username of the first administrator.
        #[arg(long, default_value = "admin")]
        admin: String,
        /// Password of the first administrator; generated and printed once when absent.
        /// Also read from TRM_ADMIN_PASSWORD.
        #[arg(long, env = "TRM_ADMIN_PASSWORD", hide_env_values = true)]
        admin_password: Option<String>,
        /// Address the node will listen on.
        #[arg(long, default_value = "127.0.0.1:8440")]
        listen: SocketAddr,
    },
    /// Serve the node's JSON API.
    Serve {
        #[arg(long)]
        data: PathBuf,
        /// Overrides the address in the configuration (port 0 picks a free port).
        #[arg(long)]
        listen: Option<SocketAddr>,
    },
    /// Start a demo node with synthetic cases on a temporary folder.
    Demo {
        /// Port to listen on (0 picks a free port).
        #[arg(long, default_value_t = 8440)]
        port: u16,
        /// How many synthetic cases to load.
        #[arg(long, default_value_t = 60)]
        cases: usize,
    },
    /// Generate synthetic, obviously fictional cases.
    Gen {
        #[arg(long)]
        cases: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Write them into the node at this folder; without it, print JSON lines.
        #[arg(long)]
        data: Option<PathBuf>,
    },
    /// Print the current TOTP code of a base32 secret, as an authenticator app would
    /// (for development and the demo; real users use an app).
    Totp {
        /// The base32 secret shown at enrolment.
        secret: String,
    },
    /// Measure the node.
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
    /// Check the hash-chained audit trail, or sign its head.
    Audit {
        #[command(subcommand)]
        what: AuditCommand,
    },
    /// Manage the node's data keys.
    Keys {
        #[command(subcommand)]
        what: KeysCommand,
    },
    /// Anonymise closed cases whose retention period has ended.
    Retention {
        #[command(subcommand)]
        what: RetentionCommand,
    },
    /// This node's identity for the federation: id, country, URL, key fingerprints.
    Node {
        #[command(subcommand)]
        what: NodeCommand,
    },
    /// The peer nodes this node trusts: add one (checking its fingerprint), list, remove.
    Peer {
        #[command(subcommand)]
        what: PeerCommand,
    },
    /// The file transport: carry sealed messages to a peer without a network link.
    Bundle {
        #[command(subcommand)]
        what: BundleCommand,
    },
    /// The transnational referral template (seed 004 Annex I): show it, check it.
    Template {
        #[command(subcommand)]
        what: TemplateCommand,
    },
    /// Export what the node holds about a person.
    Export {
        #[command(subcommand)]
        what: ExportCommand,
    },
    /// Write an encrypted, consistent backup of the node's database while it runs.
    ///
    /// The backup is sealed under the node's data keys and does not contain them: back up
    /// data.keys (and node.key) separately, apart from the backups. Without the data keys
    /// a backup cannot be opened.
    Backup {
        #[arg(long)]
        data: PathBuf,
        /// The backup file to write (must not exist; not inside the data folder).
        #[arg(long)]
        out: PathBuf,
    },
    /// Restore a node's database from a backup made by `trm backup`.
    ///
    /// The folder must hold the node's trm.toml and the data keys the backup was sealed
    /// under (data.keys, `data_keys` in trm.toml, or TRM_DATA_KEYS), and should hold its
    /// node.key (which signed the audit checkpoints). Stop the server first. The backup
    /// is checked completely (every record must open) before anything is put in place.
    Restore {
        /// The backup file.
        #[arg(long)]
        from: PathBuf,
        #[arg(long)]
        data: PathBuf,
        /// Replace the folder's existing database (node.db).
        #[arg(long)]
        replace: bool,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Recompute the whole chain and check every signed checkpoint. Exits with status 2
    /// and names the first broken entry if the trail was changed.
    Verify {
        #[arg(long)]
        data: PathBuf,
    },
    /// Sign the current head of the chain with the node key now (after verifying it).
    Checkpoint {
        #[arg(long)]
        data: PathBuf,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Move every sealed record under a new data key, then retire the old key.
    ///
    /// Adds a new data key and saves the key file first, then reseals the records in
    /// batches while the node keeps serving; finally retires the old key. Interrupted, it
    /// is resumed by running it again (it continues with the same new key).
    ///
    /// A `trm serve` started before the rotation keeps the old keys in memory and goes on
    /// sealing new records under the old key: the command then moves everything else but
    /// refuses to retire the old key. Restart the server (it then seals under the new key)
    /// and run the command again to finish.
    ///
    /// Backups taken before the rotation are sealed under the old key: keep the key file
    /// they were backed up with. Keys given in TRM_DATA_KEYS cannot be rotated here.
    RotateData {
        #[arg(long)]
        data: PathBuf,
        /// Records resealed per transaction.
        #[arg(long, default_value_t = 500)]
        batch: usize,
    },
    /// Replace the node's signing key (node.key) and encryption key (hpke.key), and tell
    /// every trusted peer.
    ///
    /// Run it with the node's server stopped (a folder whose keys are in use is refused).
    /// The old signing key signs a handover to the new keys, queued to every peer; the
    /// server delivers it when it starts again. The old encryption key is kept as
    /// hpke-retired-<id>.key until nothing sealed to it can still arrive (60 days); the old
    /// signing key is deleted. Interrupted, run it again: it finishes the rotation.
    ///
    /// A stolen key is not fixed by this: the thief can sign what peers still accept
    /// from the old key. Have each peer remove this node and add it again with the new
    /// fingerprint, read to them over the phone.
    Rotate {
        #[arg(long)]
        data: PathBuf,
    },
}

#[derive(Subcommand)]
enum RetentionCommand {
    /// Anonymise every closed case whose retention period ([retention] closed_years in
    /// trm.toml) has ended. The server also does this at start and once a day.
    Run {
        #[arg(long)]
        data: PathBuf,
        /// Only list the cases due (ids and closing dates); change nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

#[derive(Subcommand)]
enum NodeCommand {
    /// Print the node id, country, URL and key fingerprints, to read over the phone.
    Show {
        #[arg(long)]
        data: PathBuf,
    },
}

#[derive(Subcommand)]
enum PeerCommand {
    /// Fetch a peer's signed node document, check it against the fingerprint its
    /// administrator gave you, and trust it.
    Add {
        #[arg(long)]
        data: PathBuf,
        /// The peer's URL (https://…; plain http only on loopback).
        #[arg(long)]
        url: String,
        /// The peer's signing-key fingerprint, as read to you out of band.
        #[arg(long)]
        fingerprint: String,
        /// The legal basis for transfers of personal data to this peer: same_jurisdiction,
        /// eu_eea, adequacy, public_bodies_arrangement, contractual_clauses,
        /// public_interest_derogation, vital_interest_derogation, or blocked.
        #[arg(long, value_parser = parse_legal_basis)]
        legal_basis: LegalBasis,
    },
    /// Every peer, its fingerprint, legal basis and what is queued for it.
    List {
        #[arg(long)]
        data: PathBuf,
    },
    /// Stop trusting a peer: its messages are refused from then on.
    Remove {
        #[arg(long)]
        data: PathBuf,
        /// The peer's node id.
        node: String,
    },
    /// Follow a peer's key rotations whose handover never arrived here: fetches the
    /// handovers it serves and applies each that the key pinned here signed.
    Follow {
        #[arg(long)]
        data: PathBuf,
        /// The peer's node id.
        node: String,
    },
}

fn parse_legal_basis(s: &str) -> Result<LegalBasis, String> {
    LegalBasis::from_code(s).ok_or_else(|| {
        let all: Vec<&str> = LegalBasis::ALL.iter().map(|b| b.code()).collect();
        format!("`{s}` is not a legal basis; one of {}", all.join(", "))
    })
}

#[derive(Subcommand)]
enum BundleCommand {
    /// Write the sealed, not yet acknowledged messages for a peer to a file.
    Export {
        #[arg(long)]
        data: PathBuf,
        /// The peer's node id.
        #[arg(long)]
        peer: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Take in a bundle with exactly the checks of the network endpoint, and write the
    /// signed receipts to carry back.
    Import {
        #[arg(long)]
        data: PathBuf,
        file: PathBuf,
        #[arg(long)]
        receipts_out: PathBuf,
    },
    /// Record the receipts a peer sent back for a bundle.
    Receipts {
        #[arg(long)]
        data: PathBuf,
        file: PathBuf,
    },
}

#[derive(Subcommand)]
enum TemplateCommand {
    /// Print the schema: sections, fields, who fills them, code lists, in a language.
    Show {
        /// en, sq, bs, hr, sr-Latn, mk, bg, ro, uk, it, pl, sk.
        #[arg(long)]
        lang: Option<String>,
        /// Apply this country's national profile (e.g. IT).
        #[arg(long, value_parser = parse_country)]
        country: Option<CountryCode>,
    },
    /// Check the schema, the national profiles and every translation; exit 1 on any gap.
    Check,
    /// Print the JSON Schema of the wire form.
    JsonSchema {
        /// Apply this country's national profile (e.g. IT).
        #[arg(long, value_parser = parse_country)]
        country: Option<CountryCode>,
    },
}

#[derive(Subcommand)]
enum ExportCommand {
    /// Everything held about the person of one case: the case, measures, consents,
    /// timeline, shares and access log (subject access request).
    Person {
        /// The case id.
        case_id: String,
        #[arg(long)]
        data: PathBuf,
        /// The file to write (must not exist; not inside the data folder).
        #[arg(long)]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: export::Format,
        /// Language of the labels of the HTML page (ISO 639-1); defaults to the person's
        /// language where labels exist, else English.
        #[arg(long)]
        lang: Option<String>,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Seal and open beside the raw primitives; delivery between two nodes on loopback at
    /// a steady load (p50, p99); draining a backlog after a peer comes back.
    Exchange {
        #[arg(long)]
        json: bool,
        /// Offered load of the end-to-end phase, messages per second.
        #[arg(long, default_value_t = 50)]
        rate: u32,
        #[arg(long, default_value_t = 5)]
        seconds: u64,
        /// Messages in the backlog phase.
        #[arg(long, default_value_t = 10_000)]
        drain: usize,
    },
    /// Reading, checking, exporting and printing a referral, against untyped JSON
    /// parsing of the same bytes measured in the same run.
    Template {
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        #[arg(long, default_value_t = 2000)]
        iterations: u32,
    },
    /// Create and read throughput over HTTP, latency at a fixed load, memory, and the raw
    /// SQLite limit measured in the same run.
    Api {
        /// Print one JSON object instead of a table.
        #[arg(long)]
        json: bool,
        /// Number of cases created in the throughput phase.
        #[arg(long, default_value_t = 5000)]
        cases: usize,
        /// Seconds of the fixed-load latency phase.
        #[arg(long, default_value_t = 5)]
        seconds: u64,
    },
    /// A throwaway node for `trm bench api` (internal).
    #[command(hide = true)]
    Server {
        #[arg(long)]
        without_audit: bool,
        #[arg(long)]
        without_encryption: bool,
    },
}

fn parse_country(s: &str) -> Result<CountryCode, String> {
    CountryCode::parse(s)
}
fn parse_org_kind(s: &str) -> Result<OrganisationKind, String> {
    OrganisationKind::from_code(s).ok_or_else(|| {
        let all: Vec<_> = OrganisationKind::ALL.iter().map(|k| k.code()).collect();
        format!(
            "unknown organisation kind `{s}`; one of: {}",
            all.join(", ")
        )
    })
}

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_env("TRM_LOG")
                .unwrap_or_else(|_| "warn,trm=info".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli.command)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(e.exit_code())
        }
    }
}

async fn run(command: Command) -> Result<(), node::CliError> {
    match command {
        Command::Init {
            data,
            country,
            name,
            kind,
            admin,
            admin_password,
            listen,
        } => {
            let created =
                node::init(&data, country, &name, kind, &admin, admin_password, listen).await?;
            println!("Created node \"{name}\" ({country}) in {}", data.display());
            println!("  node id: {}", created.node_id);
            println!("  administrator: {admin}");
            if let Some(password) = created.generated_password {
                println!("  password (shown once, write it down): {password}");
            }
            println!(
                "  at the first login the administrator sets up a second factor (TOTP): POST /api/auth/totp/enrol"
            );
            println!("Start it with: trm serve --data {}", data.display());
            Ok(())
        }
        Command::Serve { data, listen } => node::serve(&data, listen).await,
        Command::Demo { port, cases } => demo::demo(port, cases).await,
        Command::Gen { cases, seed, data } => seed::gen_command(cases, seed, data.as_deref()).await,
        Command::Totp { secret } => {
            let secret = trm_server::totp::decode_secret(&secret)
                .ok_or_else(|| node::CliError::Usage("SECRET: not a base32 secret".into()))?;
            let now = time::OffsetDateTime::now_utc().unix_timestamp();
            println!("{}", trm_server::totp::code_at(&secret, now));
            Ok(())
        }
        Command::Bench {
            what:
                BenchCommand::Api {
                    json,
                    cases,
                    seconds,
                },
        } => bench::api(json, cases, seconds).await,
        Command::Bench {
            what:
                BenchCommand::Server {
                    without_audit,
                    without_encryption,
                },
        } => bench::server(without_audit, without_encryption).await,
        Command::Bench {
            what: BenchCommand::Template { json, iterations },
        } => bench_template::run(json, iterations),
        Command::Bench {
            what:
                BenchCommand::Exchange {
                    json,
                    rate,
                    seconds,
                    drain,
                },
        } => bench_exchange::run(json, rate, seconds, drain).await,
        Command::Audit {
            what: AuditCommand::Verify { data },
        } => audit::verify(&data).await,
        Command::Audit {
            what: AuditCommand::Checkpoint { data },
        } => audit::checkpoint(&data).await,
        Command::Keys {
            what: KeysCommand::RotateData { data, batch },
        } => keys::rotate_data(&data, batch).await,
        Command::Keys {
            what: KeysCommand::Rotate { data },
        } => rotate::rotate(&data).await,
        Command::Retention {
            what: RetentionCommand::Run { data, dry_run },
        } => retention::run_command(&data, dry_run).await,
        Command::Export {
            what:
                ExportCommand::Person {
                    case_id,
                    data,
                    out,
                    format,
                    lang,
                },
        } => export::person(&case_id, &data, &out, format, lang.as_deref()).await,
        Command::Node {
            what: NodeCommand::Show { data },
        } => peer::show(&paths::node_dir(&data)?).await,
        Command::Peer { what } => match what {
            PeerCommand::Add {
                data,
                url,
                fingerprint,
                legal_basis,
            } => peer::add(&paths::node_dir(&data)?, &url, &fingerprint, legal_basis).await,
            PeerCommand::List { data } => peer::list(&paths::node_dir(&data)?).await,
            PeerCommand::Remove { data, node } => {
                peer::remove(&paths::node_dir(&data)?, &node).await
            }
            PeerCommand::Follow { data, node } => {
                peer::follow(&paths::node_dir(&data)?, &node).await
            }
        },
        Command::Bundle { what } => match what {
            BundleCommand::Export { data, peer, out } => {
                bundle::export(&paths::node_dir(&data)?, &peer, &out).await
            }
            BundleCommand::Import {
                data,
                file,
                receipts_out,
            } => bundle::import(&paths::node_dir(&data)?, &file, &receipts_out).await,
            BundleCommand::Receipts { data, file } => {
                bundle::receipts(&paths::node_dir(&data)?, &file).await
            }
        },
        Command::Template { what } => match what {
            TemplateCommand::Show { lang, country } => {
                print!("{}", template::show(lang.as_deref(), country)?);
                Ok(())
            }
            TemplateCommand::Check => template::check_command(),
            TemplateCommand::JsonSchema { country } => {
                println!("{}", template::json_schema(country)?);
                Ok(())
            }
        },
        Command::Backup { data, out } => backup::backup(&data, &out).await,
        Command::Restore {
            from,
            data,
            replace,
        } => backup::restore(&from, &data, replace).await,
    }
}
