//! Authentication: Argon2id passwords; tokens stored only as SHA-256 hashes, sent as a
//! bearer token or in the `trm_session` cookie; CSRF tokens for cookie sessions.

use std::net::{IpAddr, SocketAddr};

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header::{AUTHORIZATION, COOKIE, HOST};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderName, Method};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use rand::rngs::OsRng;
use serde::Serialize;
use sha2::{Digest, Sha256};
use time::Duration;
use trm_domain::access::Requester;
use trm_domain::audit::AuditActor;
use trm_domain::codes::Role;
use trm_domain::ids::{OrganisationId, TokenId, UserId};
use trm_domain::org::User;
use trm_domain::policy::{Action, allowed};
use trm_domain::scope::ScopeSet;
use trm_store::{AccountChange, Change, TokenKind, TokenRecord};
use utoipa::ToSchema;

use crate::AppState;
use crate::error::ApiError;
use crate::security_events::{SecurityEvent, SecurityEventKind, record};
use crate::tokens::Lookup;

/// Absolute lifetime of an interactive session.
pub const TOKEN_LIFETIME: Duration = Duration::hours(12);
/// Absolute lifetime of an enrolment session: long enough to set up an authenticator app.
pub const ENROLMENT_LIFETIME: Duration = Duration::minutes(15);
/// Default inactivity limit of a session (configurable per node).
pub const DEFAULT_SESSION_IDLE: Duration = Duration::minutes(30);
const TOKEN_PREFIX: &str = "trm_";
pub const SESSION_COOKIE: &str = "trm_session";
pub const CSRF_HEADER: HeaderName = HeaderName::from_static("x-csrf-token");
const CSRF_KEY_NAME: &str = "csrf";

/// What the token behind a request may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// An interactive login: everything the role allows.
    Session,
    /// A login still missing its second factor: only setting one up.
    Enrolment,
    /// An API token: what the role and its scopes both allow.
    Api(ScopeSet),
}

impl Access {
    fn of(kind: TokenKind, scopes: ScopeSet) -> Access {
        match kind {
            TokenKind::Session => Access::Session,
            TokenKind::Enrolment => Access::Enrolment,
            TokenKind::Api => Access::Api(scopes),
        }
    }
    pub fn code(self) -> &'static str {
        match self {
            Access::Session => "session",
            Access::Enrolment => "enrolment",
            Access::Api(_) => "api",
        }
    }
}

/// The authenticated caller. Services take it and check the policy before any work.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user: UserId,
    pub organisation: OrganisationId,
    pub role: Role,
    pub display_name: String,
    /// The interface language the user saved on their account, if any.
    pub language: Option<trm_domain::codes::LanguageCode>,
    pub access: Access,
    /// The session or API token the request came with.
    pub token: TokenId,
    /// The client's address, for the audit trail.
    pub address: Option<String>,
}

impl Principal {
    pub fn new(user: &User, access: Access, token: TokenId) -> Self {
        Principal {
            user: user.id,
            organisation: user.organisation,
            role: user.role,
            display_name: user.display_name.clone(),
            language: user.language,
            access,
            token,
            address: None,
        }
    }

    /// Checks the policy table, and an API token's scopes. Services call
    /// `services::permit`, which also audits a refusal.
    pub fn authorize(&self, action: Action) -> Result<(), ApiError> {
        if !allowed(self.role, action) {
            return Err(ApiError::Forbidden);
        }
        match self.access {
            Access::Session => Ok(()),
            Access::Api(scopes) if scopes.allows(action) => Ok(()),
            Access::Api(_) => Err(ApiError::InsufficientScope),
            Access::Enrolment => Err(ApiError::SecondFactorRequired),
        }
    }

    /// Whether the policy table (and an API token's scopes) let this caller attempt
    /// `action`.
    pub fn may(&self, action: Action) -> bool {
        self.authorize(action).is_ok()
    }

    /// For what only a person at a login may do (managing tokens, ending every session),
    /// never a script holding an API token.
    pub fn require_session(&self) -> Result<(), ApiError> {
        match self.access {
            Access::Session => Ok(()),
            Access::Enrolment => Err(ApiError::SecondFactorRequired),
            Access::Api(_) => Err(ApiError::SessionRequired),
        }
    }

    pub fn requester(&self) -> Requester {
        Requester {
            user: self.user,
            organisation: self.organisation,
            role: self.role,
        }
    }

    pub fn audit_actor(&self) -> AuditActor {
        AuditActor::User {
            id: self.user,
            role: self.role,
            organisation: self.organisation,
        }
    }
}

/// The client address of a request, when the server was started with connection info.
pub fn client_address(parts: &Parts) -> Option<String> {
    client_ip(parts).map(|ip| ip.to_string())
}

fn client_ip(parts: &Parts) -> Option<IpAddr> {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
}

pub fn hash_password(password: &str) -> Result<String, ApiError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| ApiError::Internal(format!("hashing a password failed: {e}")))
}

pub fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| {
        Argon2::default()
            .verify_password(password.as_bytes(), &h)
            .is_ok()
    })
}

/// A hash of a throwaway password, verified against when the user does not exist so a
/// wrong username takes as long as a wrong password.
pub(crate) fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password for timing").unwrap_or_default())
}

pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn well_formed(token: &str) -> bool {
    token.starts_with(TOKEN_PREFIX)
        && token.len() < 128
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// How the request carried its token.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    Bearer,
    Cookie,
}

/// The token of a request: the bearer token if there is an `Authorization` header (a
/// script or app), else the session cookie (a browser). Public for the fuzz targets.
#[allow(clippy::result_unit_err)]
pub fn request_token(headers: &HeaderMap) -> Option<Result<(String, Via), ()>> {
    if let Some(value) = headers.get(AUTHORIZATION) {
        let token = value
            .to_str()
            .ok()
            .and_then(|v| {
                v.strip_prefix("Bearer ")
                    .or_else(|| v.strip_prefix("bearer "))
            })
            .map(str::trim)
            .filter(|t| well_formed(t));
        return Some(token.map(|t| (t.to_owned(), Via::Bearer)).ok_or(()));
    }
    let cookie = cookie_value(headers, SESSION_COOKIE).map(str::trim);
    cookie.map(|t| {
        Some(t)
            .filter(|t| well_formed(t))
            .map(|t| (t.to_owned(), Via::Cookie))
            .ok_or(())
    })
}

/// The client's address, when the server knows it (it does under `serve`).
pub struct ClientAddress(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(client_ip(parts)))
    }
}

/// A request whose token is valid, whatever the token may do (enrolment sessions
/// included). Most handlers take a [`Principal`] instead, which refuses enrolment
/// sessions; the few that take this are the ones an enrolment session may call.
#[derive(Debug, Clone)]
pub struct Authenticated {
    pub principal: Principal,
    pub token_hash: [u8; 32],
    pub via: Via,
    pub address: Option<IpAddr>,
}

impl FromRequestParts<AppState> for Authenticated {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // Authenticated once per request: the route policy middleware did it already.
        if let Some(done) = parts.extensions.get::<Authenticated>() {
            return Ok(done.clone());
        }
        let address = client_ip(parts);
        let (token, via) = match request_token(&parts.headers) {
            None => return Err(ApiError::Unauthenticated),
            Some(Err(())) => {
                record(
                    state,
                    SecurityEvent::new(SecurityEventKind::TokenUnknown).address(address),
                )
                .await;
                return Err(ApiError::Unauthenticated);
            }
            Some(Ok(found)) => found,
        };
        let token_hash = token_hash(&token);
        let mut principal = resolve(state, &token_hash, address).await?;
        principal.address = address.map(|a| a.to_string());
        // A browser attaches the cookie to any request to the node, whoever made the page
        // that sends it; a changing request must prove it was made by our page.
        let unsafe_method = !matches!(
            parts.method,
            Method::GET | Method::HEAD | Method::OPTIONS | Method::TRACE
        );
        if via == Via::Cookie && unsafe_method {
            let sent = parts
                .headers
                .get(CSRF_HEADER)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default();
            if !csrf_valid(state, &token_hash, sent).await? {
                // The request is not the user's doing: recorded as anonymous.
                record(
                    state,
                    SecurityEvent::new(SecurityEventKind::CsrfRejected)
                        .user(principal.user)
                        .token(principal.token)
                        .address(address),
                )
                .await;
                return Err(ApiError::Csrf);
            }
        }
        let done = Authenticated {
            principal,
            token_hash,
            via,
            address,
        };
        parts.extensions.insert(done.clone());
        Ok(done)
    }
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        // The route policy middleware authenticated the request already.
        if let Some(p) = parts.extensions.get::<Principal>() {
            return Ok(p.clone());
        }
        let Authenticated { principal, .. } =
            Authenticated::from_request_parts(parts, state).await?;
        if principal.access == Access::Enrolment {
            return Err(ApiError::SecondFactorRequired);
        }
        Ok(principal)
    }
}

/// The caller behind a token hash: from the cache when it is there (no database access
/// on the hot path), else from the database, which also says why a token is refused.
async fn resolve(
    state: &AppState,
    hash: &[u8; 32],
    address: Option<IpAddr>,
) -> Result<Principal, ApiError> {
    let now = (state.now)();
    match state.tokens.get(hash, now, state.session_idle) {
        Lookup::Hit { principal, persist } => {
            if let Some(at) = persist {
                persist_last_used(state, *hash, at);
            }
            return Ok(principal);
        }
        Lookup::Ended | Lookup::Miss => {}
    }
    let refused = async |kind: SecurityEventKind, token: Option<&TokenRecord>| {
        let mut event = SecurityEvent::new(kind).address(address);
        if let Some(t) = token {
            event = event.user(t.user).token(t.id);
        }
        record(state, event).await;
        ApiError::Unauthenticated
    };
    let Some((token, user)) = state.store.token(hash).await? else {
        return Err(refused(SecurityEventKind::TokenUnknown, None).await);
    };
    if user.disabled {
        return Err(refused(SecurityEventKind::TokenOfDisabledUser, Some(&token)).await);
    }
    let ends_when_idle = token.kind != TokenKind::Api;
    let ended = if token.expires_at <= now {
        Some(SecurityEventKind::TokenExpired)
    } else if ends_when_idle && now - token.last_used_at > state.session_idle {
        Some(SecurityEventKind::SessionIdle)
    } else {
        None
    };
    if let Some(kind) = ended {
        state
            .store
            .write(Change::Account(AccountChange::DeleteToken { hash: *hash }))
            .await?;
        return Err(refused(kind, Some(&token)).await);
    }
    let principal = Principal::new(&user, Access::of(token.kind, token.scopes), token.id);
    state.tokens.insert(
        *hash,
        principal.clone(),
        token.expires_at,
        ends_when_idle,
        now,
        token.last_used_at,
    );
    if now - token.last_used_at >= crate::tokens::PERSIST_EVERY {
        persist_last_used(state, *hash, now);
    }
    Ok(principal)
}

/// Writes a token's "last used" in the background: the request does not wait for it.
fn persist_last_used(state: &AppState, hash: [u8; 32], at: time::OffsetDateTime) {
    let store = state.store.clone();
    tokio::spawn(async move {
        if let Err(e) = store
            .write(Change::Account(AccountChange::TouchToken { hash, at }))
            .await
        {
            tracing::warn!(error = %e, "recording when a token was last used failed");
        }
    });
}

/// The node's key for CSRF tokens: made once and stored, so that a restart does not
/// invalidate the CSRF tokens of open browser sessions.
async fn csrf_key(state: &AppState) -> Result<&[u8; 32], ApiError> {
    state
        .csrf_key
        .get_or_try_init(|| async {
            if let Some(key) = state.store.node_secret(CSRF_KEY_NAME).await? {
                return key_of(key);
            }
            let mut key = [0u8; 32];
            OsRng.fill_bytes(&mut key);
            state
                .store
                .write(Change::Account(AccountChange::PutNodeSecret {
                    name: CSRF_KEY_NAME,
                    value: key.to_vec(),
                }))
                .await?;
            // Another process may have stored its key first; the stored one is the key.
            let stored = state.store.node_secret(CSRF_KEY_NAME).await?;
            key_of(stored.unwrap_or_default())
        })
        .await
}

fn key_of(bytes: Vec<u8>) -> Result<[u8; 32], ApiError> {
    bytes
        .try_into()
        .map_err(|_| ApiError::Internal("the stored CSRF key is not 32 bytes".into()))
}

fn csrf_mac(key: &[u8; 32], token_hash: &[u8; 32]) -> Result<Hmac<Sha256>, ApiError> {
    let mut mac = Hmac::<Sha256>::new_from_slice(key)
        .map_err(|e| ApiError::Internal(format!("CSRF key: {e}")))?;
    mac.update(b"opentrm csrf v1");
    mac.update(token_hash);
    Ok(mac)
}

/// The CSRF token of a session: derived from the session's token hash, so nothing is
/// stored and a page can ask for it again (`GET /api/auth/session`).
pub async fn csrf_token(state: &AppState, token_hash: &[u8; 32]) -> Result<String, ApiError> {
    let mac = csrf_mac(csrf_key(state).await?, token_hash)?;
    Ok(URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes()))
}

async fn csrf_valid(state: &AppState, token_hash: &[u8; 32], sent: &str) -> Result<bool, ApiError> {
    let Ok(sent) = URL_SAFE_NO_PAD.decode(sent.trim()) else {
        return Ok(false);
    };
    // `verify_slice` compares in constant time.
    Ok(csrf_mac(csrf_key(state).await?, token_hash)?
        .verify_slice(&sent)
        .is_ok())
}

/// Whether the session cookie must be marked `Secure`: always, except for plain HTTP
/// straight to a loopback address (a node on a developer's machine). A request that came
/// through a proxy (it says so in `Forwarded`/`X-Forwarded-*`) is never exempt.
pub fn cookie_must_be_secure(peer: Option<IpAddr>, headers: &HeaderMap) -> bool {
    let proxied = headers.contains_key("forwarded")
        || headers.contains_key("x-forwarded-proto")
        || headers.contains_key("x-forwarded-for");
    let host = headers
        .get(HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or_default();
    let host_name = match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or_default(),
        None => host.split(':').next().unwrap_or_default(),
    };
    let host_is_loopback = host_name.eq_ignore_ascii_case("localhost")
        || host_name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback());
    let direct_loopback = peer.is_some_and(|ip| ip.is_loopback()) && host_is_loopback;
    !direct_loopback || proxied
}

/// `Set-Cookie` for a new browser session. No `Max-Age`: the cookie ends with the
/// browser session, and the node ends the session itself on inactivity or at 12 hours.
pub fn session_cookie(token: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; HttpOnly; SameSite=Strict; Path=/{secure}")
}

/// The value of the request's cookie `name`, if it sent one.
pub fn cookie_value<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(cookie, _)| *cookie == name)
        .map(|(_, value)| value)
}

/// The cookie that ties a login form to the browser it was shown to: a cross-site page
/// cannot read it, so it cannot post a login of its own choosing (login CSRF).
pub const LOGIN_COOKIE: &str = "trm_login";

/// A fresh random value for the login form and its cookie.
pub fn login_nonce() -> String {
    let mut nonce = [0u8; 32];
    OsRng.fill_bytes(&mut nonce);
    URL_SAFE_NO_PAD.encode(nonce)
}

/// `Set-Cookie` for the login form's nonce: readable by the login page only, for an hour.
pub fn login_cookie(nonce: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{LOGIN_COOKIE}={nonce}; HttpOnly; SameSite=Strict; Path=/login; Max-Age=3600{secure}")
}

/// Whether the login form posted `sent`, the nonce of this browser's login cookie.
pub fn login_nonce_matches(headers: &HeaderMap, sent: &str) -> bool {
    match cookie_value(headers, LOGIN_COOKIE) {
        // Compared without an early exit: the time taken says nothing of the nonce.
        Some(expected) if !expected.is_empty() && expected.len() == sent.len() => {
            expected
                .bytes()
                .zip(sent.bytes())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
        }
        _ => false,
    }
}

/// `Set-Cookie` that removes the session cookie.
pub fn clear_session_cookie(secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{secure}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn passwords_are_argon2id_and_verify() {
        let h = hash_password("a long enough passphrase").unwrap_or_default();
        assert!(h.starts_with("$argon2id$"), "{h}");
        assert!(verify_password("a long enough passphrase", &h));
        assert!(!verify_password("a long enough passphrasE", &h));
        assert!(!verify_password("anything", "not a hash"));
    }

    #[test]
    fn tokens_are_random_and_hashed() {
        let (a, b) = (new_token(), new_token());
        assert_ne!(a, b);
        assert_ne!(token_hash(&a), token_hash(&b));
        assert!(a.len() > 40);
        assert!(well_formed(&a));
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_static(v));
        }
        h
    }

    #[test]
    fn the_bearer_token_wins_over_the_cookie_and_junk_is_refused() {
        let token = new_token();
        let mut h = HeaderMap::new();
        h.insert(
            COOKIE,
            HeaderValue::from_str(&format!("theme=dark; {SESSION_COOKIE}={token}"))
                .unwrap_or(HeaderValue::from_static("")),
        );
        assert_eq!(request_token(&h), Some(Ok((token.clone(), Via::Cookie))));
        h.insert(
            AUTHORIZATION,
            HeaderValue::from_str(&format!("Bearer {token}"))
                .unwrap_or(HeaderValue::from_static("")),
        );
        assert_eq!(request_token(&h), Some(Ok((token, Via::Bearer))));
        assert_eq!(
            request_token(&headers(&[("authorization", "Basic dXNlcjpwYXNz")])),
            Some(Err(()))
        );
        assert_eq!(
            request_token(&headers(&[("cookie", "trm_session=trm_x;y")])),
            Some(Ok(("trm_x".to_owned(), Via::Cookie)))
        );
        assert_eq!(
            request_token(&headers(&[("cookie", "trm_session=\"<script>\"")])),
            Some(Err(()))
        );
        assert_eq!(request_token(&headers(&[("cookie", "other=1")])), None);
    }

    #[test]
    fn cookies_are_secure_unless_plain_http_to_loopback() {
        let local: Option<IpAddr> = Some(IpAddr::from([127, 0, 0, 1]));
        let remote: Option<IpAddr> = Some(IpAddr::from([192, 0, 2, 1]));
        let h = headers(&[("host", "127.0.0.1:8440")]);
        assert!(!cookie_must_be_secure(local, &h));
        assert!(!cookie_must_be_secure(
            local,
            &headers(&[("host", "localhost:8440")])
        ));
        assert!(!cookie_must_be_secure(
            local,
            &headers(&[("host", "[::1]:8440")])
        ));
        assert!(cookie_must_be_secure(remote, &h));
        assert!(cookie_must_be_secure(
            local,
            &headers(&[("host", "trm.example.org")])
        ));
        assert!(cookie_must_be_secure(
            local,
            &headers(&[("host", "127.0.0.1:8440"), ("x-forwarded-proto", "https")])
        ));
        assert!(cookie_must_be_secure(None, &h));
        let cookie = session_cookie("trm_abc", true);
        for part in [
            "trm_session=trm_abc",
            "HttpOnly",
            "SameSite=Strict",
            "Path=/",
            "Secure",
        ] {
            assert!(cookie.contains(part), "{cookie}");
        }
        assert!(!session_cookie("trm_abc", false).contains("Secure"));
    }
}
