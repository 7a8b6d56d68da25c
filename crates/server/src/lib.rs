//! The OpenTRM node's HTTP server: the JSON API over the domain and the store.

pub mod accounts;
pub mod auth;
pub mod delivery;
pub mod error;
pub mod exchange;
pub mod exchange_routes;
pub mod extract;
pub mod headers;
pub mod key_rotation;
mod openapi;
pub mod print;
pub mod referral_routes;
pub mod referrals;
pub mod request_routes;
pub mod requests;
pub mod route_policy;
pub mod routes;
pub mod security_events;
pub mod services;
pub mod throttle;
mod tokens;
pub mod totp;
pub mod web;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, patch, post, put};
use time::OffsetDateTime;
use tokio::net::TcpListener;
use tower_http::timeout::TimeoutLayer;
use trm_domain::Catalogue;
use trm_store::{NodeRecord, Store};

pub use openapi::openapi_json;

/// Largest request body accepted (a case is a few KiB).
const CASE_LOCK_STRIPES: usize = 256;

pub const BODY_LIMIT: usize = 1024 * 1024;
/// A request (body included) that takes longer than this is cut off, so a client that
/// stops sending half-way cannot hold anything open.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub node: NodeRecord,
    pub catalogue: &'static Catalogue,
    /// The clock; a parameter so tests can move time.
    pub now: fn() -> OffsetDateTime,
    /// Changes to one case are made one at a time in this process (striped by case id),
    /// so concurrent requests queue instead of failing their version check.
    pub case_locks: Arc<[tokio::sync::Mutex<()>]>,
    /// Changes to one referral are made one at a time (striped by referral id): staff
    /// editing a version and a peer's message about the same referral (a new version, a
    /// restriction, an opened notice) each read and write it whole, so each waits for
    /// the other instead of overwriting it. Taken before a case lock, never after.
    pub referral_locks: Arc<[tokio::sync::Mutex<()>]>,
    pub tokens: Arc<tokens::TokenCache>,
    /// A session unused this long has ended (API tokens end only at their expiry).
    pub session_idle: time::Duration,
    /// Failed logins counted in memory: per client address, per unknown username.
    pub throttle: Arc<throttle::LoginThrottle>,
    /// The key CSRF tokens are derived with, read (or made) on first use.
    pub csrf_key: Arc<tokio::sync::OnceCell<[u8; 32]>>,
    /// The node's Ed25519 key, which signs audit checkpoints.
    pub node_key: Option<Arc<trm_crypto::NodeSigningKey>>,
    /// The node's federation keys and outbox sender; none for a node that exchanges nothing.
    pub federation: Option<Arc<exchange::Federation>>,
    /// When an unacknowledged message is late, stuck, expired (`[exchange]` in trm.toml).
    pub delivery: trm_domain::delivery::DeliveryLimits,
    /// Demo nodes only (`trm demo` sets it; `trm serve` never does): the login page
    /// shows these users' current TOTP codes so that anyone trying the demo can log in.
    pub demo_logins: Option<Arc<[web::DemoLogin]>>,
}

impl AppState {
    pub fn new(store: Store, node: NodeRecord, catalogue: &'static Catalogue) -> Self {
        let case_locks = (0..CASE_LOCK_STRIPES)
            .map(|_| tokio::sync::Mutex::new(()))
            .collect();
        let referral_locks = (0..CASE_LOCK_STRIPES)
            .map(|_| tokio::sync::Mutex::new(()))
            .collect();
        AppState {
            store,
            node,
            catalogue,
            now: OffsetDateTime::now_utc,
            tokens: Arc::default(),
            case_locks,
            referral_locks,
            session_idle: auth::DEFAULT_SESSION_IDLE,
            throttle: Arc::default(),
            csrf_key: Arc::default(),
            node_key: None,
            federation: None,
            delivery: trm_domain::delivery::DeliveryLimits::default(),
            demo_logins: None,
        }
    }

    pub fn with_node_key(mut self, key: trm_crypto::NodeSigningKey) -> Self {
        self.node_key = Some(Arc::new(key));
        self
    }

    /// Takes part in the federation with these HPKE keys (current first), reachable by
    /// peers at `url`. Needs the node key.
    pub fn with_federation(mut self, hpke: Vec<trm_exchange::HpkeKeyPair>, url: String) -> Self {
        if let Some(signing) = self.node_key.clone() {
            self.federation = Some(Arc::new(exchange::Federation::new(signing, hpke, url)));
        }
        self
    }

    pub fn case_lock(&self, case: trm_domain::ids::CaseId) -> &tokio::sync::Mutex<()> {
        let stripe = (case.as_uuid().as_u128() % self.case_locks.len() as u128) as usize;
        &self.case_locks[stripe]
    }

    pub fn referral_lock(&self, referral: trm_domain::ids::ReferralId) -> &tokio::sync::Mutex<()> {
        let stripe = (referral.as_uuid().as_u128() % self.referral_locks.len() as u128) as usize;
        &self.referral_locks[stripe]
    }
}

pub fn router(state: AppState) -> Router {
    use routes::*;
    Router::new()
        .route("/api/health", get(health))
        .route("/api/openapi.json", get(openapi::serve_openapi))
        .route("/api/auth/login", post(login))
        .route("/api/auth/logout", post(logout))
        .route("/api/auth/logout-all", post(logout_all))
        .route("/api/auth/session", get(session))
        .route("/api/auth/totp/enrol", post(totp_enrol))
        .route("/api/auth/totp/confirm", post(totp_confirm))
        .route("/api/tokens", get(list_tokens).post(create_token))
        .route("/api/tokens/{id}", delete(delete_token))
        .route("/api/me", get(me))
        .route("/api/catalogue", get(catalogue))
        .route("/api/cases", get(list_cases).post(create_case))
        .route("/api/cases/{id}", get(read_case).patch(update_case))
        .route(
            "/api/cases/{id}/measures",
            get(list_measures).post(open_measure),
        )
        .route(
            "/api/cases/{id}/measures/{measure_id}",
            patch(update_measure),
        )
        .route(
            "/api/cases/{id}/consents",
            get(list_consents).post(record_consent),
        )
        .route(
            "/api/cases/{id}/consents/{consent_id}/revoke",
            post(revoke_consent),
        )
        .route("/api/cases/{id}/timeline", get(timeline))
        .route(
            "/api/organisations",
            get(list_organisations).post(create_organisation),
        )
        .route("/api/users", get(list_users).post(create_user))
        .route("/api/users/{id}/disable", post(disable_user))
        .route("/api/cases/{id}/shares", get(list_shares).post(share_case))
        .route(
            "/api/cases/{id}/shares/{share_id}/withdraw",
            post(withdraw_share),
        )
        .route("/api/cases/{id}/break-glass", post(break_glass))
        .route("/api/cases/{id}/access-log", get(access_log))
        .route("/api/cases/{id}/restrict", post(restrict_case))
        .route("/api/cases/{id}/unrestrict", post(unrestrict_case))
        .route("/api/cases/{id}/erase", post(erase_case))
        .route("/api/cases/{id}/export", get(export_person))
        .route("/api/indicators", get(indicators))
        .route("/api/audit", get(audit_metadata))
        .route("/api/audit/verify", get(verify_audit))
        .route("/api/audit/checkpoints", get(audit_checkpoints))
        .route("/api/template", get(referral_routes::template))
        .route(
            "/api/template/json-schema",
            get(referral_routes::json_schema),
        )
        .route("/assets/{file}", get(referral_routes::asset))
        .route("/api/referrals", get(referral_routes::list_referrals))
        .route(
            "/api/referrals/incoming",
            post(referral_routes::receive_referral),
        )
        .route(
            "/api/cases/{id}/referrals",
            post(referral_routes::create_referral),
        )
        .route("/api/referrals/{id}", get(referral_routes::read_referral))
        .route(
            "/api/referrals/{id}/draft",
            put(referral_routes::save_draft),
        )
        .route(
            "/api/referrals/{id}/send",
            post(referral_routes::send_referral),
        )
        .route(
            "/api/referrals/{id}/versions",
            post(referral_routes::start_version),
        )
        .route(
            "/api/referrals/{id}/wire",
            get(referral_routes::referral_wire),
        )
        .route(
            "/api/referrals/{id}/print",
            get(referral_routes::print_referral),
        )
        .route(
            "/api/referrals/{id}/htcds",
            get(referral_routes::referral_htcds),
        )
        .route("/api/exports/cases.csv", get(referral_routes::cases_csv))
        .route("/api/node", get(exchange_routes::node_document))
        .route("/api/node/handovers", get(exchange_routes::node_handovers))
        .route(
            "/api/exchange/envelopes",
            post(exchange_routes::receive_envelope),
        )
        .route("/api/exchange/peers", get(exchange_routes::peers))
        .route("/api/exchange/outbox", get(exchange_routes::outbox))
        .route(
            "/api/referrals/{id}/requests",
            get(request_routes::list_requests).post(request_routes::send_request),
        )
        .route("/api/requests/stats", get(request_routes::request_stats))
        .route("/api/requests/{rid}", get(request_routes::read_request))
        .route(
            "/api/requests/{rid}/dispatch",
            post(request_routes::dispatch_request),
        )
        .route(
            "/api/requests/{rid}/reply",
            post(request_routes::reply_request),
        )
        .route("/api/inbox", get(request_routes::inbox))
        // The web interface (`web/`): pages and their forms.
        .route("/", get(web::dashboard::dashboard))
        .route(
            "/login",
            get(web::login::login_page).post(web::login::login),
        )
        .route("/logout", post(web::login::logout))
        .route("/language", get(web::set_language).post(web::save_language))
        .route(
            "/enrol",
            get(web::login::enrol_form).post(web::login::enrol),
        )
        .route("/account", get(web::account::account))
        .route("/account/password", post(web::account::change_password))
        .route(
            "/account/sessions/{id}/end",
            post(web::account::end_session),
        )
        .route("/knowledge", get(web::knowledge::knowledge))
        .route("/cases", get(web::cases::list).post(web::cases::create))
        .route("/cases/new", get(web::cases::new_case))
        .route("/cases/{id}", get(web::cases::show))
        .route(
            "/cases/{id}/sop/{code}",
            get(web::cases::measure).post(web::cases::save_measure),
        )
        .route("/cases/{id}/consents", post(web::cases::record_consent))
        .route(
            "/cases/{id}/consents/{consent_id}/revoke",
            post(web::cases::revoke_consent),
        )
        .route("/cases/{id}/edit/{section}", post(web::cases::edit))
        .route(
            "/cases/{id}/screening",
            get(web::screening::form_page).post(web::screening::record),
        )
        .route("/cases/{id}/referrals", post(web::referrals::create))
        .route("/referrals/{id}", get(web::referrals::show))
        .route("/referrals/{id}/draft", post(web::referrals::save_draft))
        .route(
            "/referrals/{id}/versions",
            post(web::referrals::start_version),
        )
        .route("/referrals/{id}/send", post(web::referrals::send))
        .route(
            "/referrals/{id}/requests",
            post(web::referrals::send_request),
        )
        .route("/inbox", get(web::inbox::inbox))
        .route("/requests/{rid}", get(web::inbox::request))
        .route("/requests/{rid}/dispatch", post(web::inbox::dispatch))
        .route("/requests/{rid}/reply", post(web::inbox::reply))
        .route("/admin", get(web::admin::index))
        .route(
            "/admin/users",
            get(web::admin::users).post(web::admin::create_user),
        )
        .route("/admin/users/{id}/disable", post(web::admin::disable_user))
        .route("/admin/peers", get(web::admin::peers))
        .route("/admin/messages", get(web::admin::messages))
        .route("/admin/audit", get(web::admin::audit))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            route_policy::enforce,
        ))
        .fallback(not_found)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(TimeoutLayer::with_status_code(
            axum::http::StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        // Outermost, so that every answer carries them, those of the layers above too.
        .layer(axum::middleware::from_fn(headers::security_headers))
        .with_state(state)
}

/// Serves until `shutdown` completes, then finishes the requests in flight. Handlers
/// see the client's address (`ConnectInfo`), which login throttling counts by.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    if let Some(key) = state.node_key.clone() {
        tokio::spawn(checkpoint_periodically(state.clone(), key));
    }
    if state.federation.is_some() {
        tokio::spawn(exchange::run_sender(state.clone()));
    }
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// How often the server signs the audit chain head.
pub const CHECKPOINT_EVERY: Duration = Duration::from_secs(600);

async fn checkpoint_periodically(state: AppState, key: Arc<trm_crypto::NodeSigningKey>) {
    let mut every = tokio::time::interval(CHECKPOINT_EVERY);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        every.tick().await;
        if let Err(e) =
            services::checkpoint_audit(&state.store, state.node.node_id, &key, (state.now)()).await
        {
            tracing::warn!(error = %e, "signing an audit checkpoint failed");
        }
    }
}
