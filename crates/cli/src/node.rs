//! Creating, opening and serving a node's data folder.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use rand::Rng;
use serde::{Deserialize, Serialize};
use tokio::net::TcpListener;
use trm_domain::codes::{CountryCode, OrganisationKind, Role};
use trm_domain::ids::OrganisationId;
use trm_domain::org::{NewOrganisation, NewUser, Organisation, Username};
use trm_server::AppState;
use trm_server::error::ApiError;
use trm_store::{Change, NodeRecord, Store, StoreError};

pub const CONFIG_FILE: &str = "trm.toml";
pub const DATABASE_FILE: &str = "node.db";
/// The data keys, unless `data_keys` in trm.toml or `TRM_DATA_KEYS` says otherwise.
pub const DATA_KEYS_FILE: &str = "data.keys";
/// The node's Ed25519 identity key (signs audit checkpoints).
pub const NODE_KEY_FILE: &str = "node.key";
/// The node's X25519 key(s) for HPKE: peers seal what they send to it.
pub const HPKE_KEY_FILE: &str = "hpke.key";
/// An environment variable that may hold the data keys file's content, for nodes whose
/// keys come from a secrets manager rather than a file.
pub const DATA_KEYS_ENV: &str = "TRM_DATA_KEYS";

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error("{0}")]
    Usage(String),
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("{0}")]
    Api(String),
    #[error("the SOP catalogue is invalid: {0}")]
    Catalogue(String),
    #[error(transparent)]
    Crypto(#[from] trm_crypto::CryptoError),
    /// The audit trail does not verify: `problem` names the first broken link.
    #[error("the audit trail is broken: {0}")]
    AuditBroken(String),
}

impl CliError {
    /// The process exit status: 2 for a broken audit trail (so a monitor can tell it
    /// from a command that could not run), 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::AuditBroken(_) => 2,
            _ => 1,
        }
    }
}

impl From<sqlx::Error> for CliError {
    fn from(e: sqlx::Error) -> Self {
        CliError::Store(StoreError::Database(e))
    }
}

impl From<ApiError> for CliError {
    fn from(e: ApiError) -> Self {
        match e {
            ApiError::Invalid(errors) => CliError::Api(
                errors
                    .iter()
                    .map(|e| format!("{}: {}", e.field, e.message))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            other => CliError::Api(other.to_string()),
        }
    }
}

pub fn io(path: &Path) -> impl FnOnce(std::io::Error) -> CliError + '_ {
    move |source| CliError::Io {
        path: path.to_owned(),
        source,
    }
}

/// The node's configuration file. Identity lives in the database; this holds settings.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub listen: SocketAddr,
    /// Where the data keys are kept, if not in the data folder (e.g. a mounted secret).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_keys: Option<PathBuf>,
    #[serde(default)]
    pub retention: trm_domain::anonymise::RetentionRule,
    /// Minutes without use after which a login session ends (default 30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub session_idle_minutes: Option<u32>,
    /// The URL peers reach this node at (https, or http on loopback); by default
    /// `http://<listen>`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_url: Option<String>,
    /// When an unacknowledged message to a peer is reported late (`warn_after`, default
    /// "30m"), stuck (`alert_after`, "4h"), and given up (`message_lifetime`, "30d").
    #[serde(default, skip_serializing_if = "is_default")]
    pub exchange: trm_domain::delivery::DeliverySettings,
}

fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

impl Config {
    pub fn public_url(&self) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.listen))
    }
}

impl Config {
    pub fn data_keys_path(&self, data: &Path) -> PathBuf {
        self.data_keys
            .clone()
            .unwrap_or_else(|| data.join(DATA_KEYS_FILE))
    }
}

/// The data keys: from `TRM_DATA_KEYS` if set, else from the key file.
pub fn load_keyring(data: &Path, config: &Config) -> Result<trm_crypto::Keyring, CliError> {
    if let Ok(text) = std::env::var(DATA_KEYS_ENV) {
        return Ok(trm_crypto::Keyring::from_toml(&text)?);
    }
    let path = config.data_keys_path(data);
    trm_crypto::Keyring::load(&path).map_err(|e| match e {
        trm_crypto::CryptoError::File { .. } if !path.exists() => CliError::Usage(format!(
            "the data keys are missing: {} does not exist (and {DATA_KEYS_ENV} is not set). Without them the node's records cannot be read; restore the key file from its separate backup",
            path.display()
        )),
        other => other.into(),
    })
}

/// Longest inactivity limit a node may set: a working day.
const MAX_SESSION_IDLE_MINUTES: u32 = 12 * 60;

pub struct Created {
    pub node_id: uuid::Uuid,
    pub organisation: OrganisationId,
    pub generated_password: Option<String>,
}

/// A password of 20 characters from an alphabet without look-alike characters.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::rngs::OsRng;
    (0..20)
        .map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())]))
        .collect()
}

pub async fn init(
    data: &Path,
    country: CountryCode,
    name: &str,
    kind: OrganisationKind,
    admin: &str,
    admin_password: Option<String>,
    listen: SocketAddr,
) -> Result<Created, CliError> {
    let db = data.join(DATABASE_FILE);
    if db.exists() {
        return Err(CliError::Usage(format!(
            "{} already holds a node",
            data.display()
        )));
    }
    let username = Username::parse(admin).map_err(|e| CliError::Usage(format!("--admin: {e}")))?;
    if let Some(p) = &admin_password {
        trm_domain::org::check_password(p)
            .map_err(|e| CliError::Usage(format!("--admin-password: {e}")))?;
    }
    create_private_dir(data)?;
    let now = time::OffsetDateTime::now_utc();
    let keyring = trm_crypto::Keyring::create_new(&data.join(DATA_KEYS_FILE), now)?;
    trm_crypto::NodeSigningKey::load_or_create(&data.join(NODE_KEY_FILE), now)?;
    trm_exchange::HpkeKeyPair::load_or_create(&data.join(HPKE_KEY_FILE), now)
        .map_err(|e| CliError::Usage(format!("{}: {e}", HPKE_KEY_FILE)))?;
    let org = Organisation::create(
        OrganisationId::from_uuid(uuid::Uuid::now_v7()),
        NewOrganisation {
            name: name.to_owned(),
            kind,
            country,
        },
    )
    .map_err(|e| CliError::Usage(format!("--name: {e}")))?;
    let store = Store::open(&db, trm_store::Sealer::new(keyring)).await?;
    let node = NodeRecord {
        node_id: uuid::Uuid::now_v7(),
        organisation: org.id,
        country,
        name: org.name.clone(),
        created_at: time::OffsetDateTime::now_utc(),
    };
    store.write(Change::CreateOrganisation(org.clone())).await?;
    store.write(Change::InitNode(node.clone())).await?;
    let generated = admin_password.is_none().then(generate_password);
    let password = admin_password
        .or_else(|| generated.clone())
        .unwrap_or_default();
    let state = AppState::new(store.clone(), node.clone(), catalogue()?);
    trm_server::services::create_user_unchecked(
        &state,
        NewUser {
            username,
            display_name: "Node administrator".into(),
            role: Role::Administrator,
            organisation: org.id,
            password,
        },
    )
    .await?;
    let config = toml::to_string(&Config {
        listen,
        data_keys: None,
        retention: Default::default(),
        session_idle_minutes: None,
        public_url: None,
        exchange: Default::default(),
    })
    .map_err(|e| CliError::Usage(e.to_string()))?;
    let config_path = data.join(CONFIG_FILE);
    std::fs::write(
        &config_path,
        format!(
            // Top-level keys come before the tables toml writes at the end.
            "# OpenTRM node configuration\n# Minutes without use after which a login session ends:\n# session_idle_minutes = 30\n{config}"
        ),
    )
    .map_err(io(&config_path))?;
    store.close().await;
    Ok(Created {
        node_id: node.node_id,
        organisation: org.id,
        generated_password: generated,
    })
}

fn create_private_dir(dir: &Path) -> Result<(), CliError> {
    std::fs::create_dir_all(dir).map_err(io(dir))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).map_err(io(dir))?;
    }
    Ok(())
}

pub fn catalogue() -> Result<&'static trm_domain::Catalogue, CliError> {
    trm_domain::load_catalogue().map_err(|e| CliError::Catalogue(e.to_string()))
}

/// Reads a node folder's configuration.
pub fn load_config(data: &Path) -> Result<Config, CliError> {
    let config_path = data.join(CONFIG_FILE);
    let text = std::fs::read_to_string(&config_path).map_err(|e| {
        CliError::Usage(format!(
            "{} is not a node folder ({e}); create one with `trm init --data {} --country CC --name NAME`",
            data.display(),
            data.display()
        ))
    })?;
    let config: Config = toml::from_str(&text)
        .map_err(|e| CliError::Usage(format!("{}: {e}", config_path.display())))?;
    if let Some(minutes) = config.session_idle_minutes
        && !(1..=MAX_SESSION_IDLE_MINUTES).contains(&minutes)
    {
        return Err(CliError::Usage(format!(
            "{}: session_idle_minutes must be between 1 and {MAX_SESSION_IDLE_MINUTES}",
            config_path.display()
        )));
    }
    Ok(config)
}

/// Opens an existing node folder. The process holds the folder's locks until it exits
/// (see locks.rs): a restore cannot replace the database under it, a data key rotation
/// cannot retire the key it seals under, and `trm keys rotate` cannot replace the keys
/// it signs and opens envelopes with.
pub async fn open(data: &Path) -> Result<(Config, AppState), CliError> {
    // A folder that is not a node's is named as such before any lock file is made in it.
    load_config(data)?;
    crate::locks::hold_node_keys(data)?;
    crate::rotate::refuse_unfinished(data)?;
    open_holding_keys(data).await
}

/// [`open`] for `trm keys rotate`, which holds `node-keys.lock` exclusively itself.
pub async fn open_holding_keys(data: &Path) -> Result<(Config, AppState), CliError> {
    let config = load_config(data)?;
    let catalogue = catalogue()?;
    crate::locks::hold_node(data)?;
    let keyring = crate::locks::hold_sealing_key(data, load_keyring(data, &config)?, || {
        load_keyring(data, &config)
    })?;
    let now = time::OffsetDateTime::now_utc();
    let (node_key, _) = trm_crypto::NodeSigningKey::load_or_create(&data.join(NODE_KEY_FILE), now)?;
    let store = Store::open(&data.join(DATABASE_FILE), trm_store::Sealer::new(keyring)).await?;
    let node = store
        .node()
        .await?
        .ok_or_else(|| CliError::Usage(format!("{} holds no node identity", data.display())))?;
    let (hpke, _) = trm_exchange::HpkeKeyPair::load_or_create(&data.join(HPKE_KEY_FILE), now)
        .map_err(|e| CliError::Usage(format!("{}: {e}", HPKE_KEY_FILE)))?;
    // Current first, then the keys rotated out that a message may still be sealed to.
    let mut keys = vec![hpke];
    keys.extend(crate::rotate::retired_hpke_keys(data, now)?);
    let mut state = AppState::new(store, node, catalogue)
        .with_node_key(node_key)
        .with_federation(keys, config.public_url());
    state.delivery = config
        .exchange
        .limits()
        .map_err(|e| CliError::Usage(format!("{}: {e}", data.join(CONFIG_FILE).display())))?;
    if let Some(minutes) = config.session_idle_minutes {
        state.session_idle = time::Duration::minutes(i64::from(minutes));
    }
    Ok((config, state))
}

pub async fn serve(data: &Path, listen: Option<SocketAddr>) -> Result<(), CliError> {
    let (config, state) = open(data).await?;
    let addr = listen.unwrap_or(config.listen);
    let listener = TcpListener::bind(addr)
        .await
        .map_err(|e| CliError::Usage(format!("cannot listen on {addr}: {e}")))?;
    let local = listener
        .local_addr()
        .map_err(|e| CliError::Usage(e.to_string()))?;
    println!(
        "OpenTRM node \"{}\" ({}) listening on http://{local}",
        state.node.name, state.node.country
    );
    // Retention runs in the server too: at start, then once a day.
    let retention = tokio::spawn(crate::retention::daily(state.clone(), config.retention));
    let served = run_server(listener, state).await;
    retention.abort();
    served
}

async fn run_server(listener: TcpListener, state: AppState) -> Result<(), CliError> {
    let store = state.store.clone();
    trm_server::serve(listener, state, shutdown_signal())
        .await
        .map_err(|e| CliError::Usage(format!("server stopped: {e}")))?;
    store.close().await;
    Ok(())
}

pub(crate) async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = ctrl_c.await;
                    return;
                }
            };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    let _ = ctrl_c.await;
}
