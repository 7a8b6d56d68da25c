//! Authentication: Argon2id passwords and bearer tokens stored only as SHA-256 hashes.

use argon2::Argon2;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use axum::extract::FromRequestParts;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::RngCore;
use rand::rngs::OsRng;
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use trm_domain::access::Requester;
use trm_domain::audit::AuditActor;
use trm_domain::codes::Role;
use trm_domain::ids::{OrganisationId, UserId};
use trm_domain::org::User;
use trm_domain::policy::{Action, allowed};
use trm_store::Change;

use crate::AppState;
use crate::error::ApiError;

pub const TOKEN_LIFETIME: Duration = Duration::hours(12);
const TOKEN_PREFIX: &str = "trm_";

/// The authenticated caller. Services take it and check the policy before any work.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user: UserId,
    pub organisation: OrganisationId,
    pub role: Role,
    pub display_name: String,
    /// The client's address, for the audit trail.
    pub address: Option<String>,
}

impl Principal {
    pub fn from_user(user: &User) -> Self {
        Principal {
            user: user.id,
            organisation: user.organisation,
            role: user.role,
            display_name: user.display_name.clone(),
            address: None,
        }
    }

    /// Whether the policy table lets this caller attempt `action`. Services call
    /// `services::permit`, which also audits a refusal.
    pub fn may(&self, action: Action) -> bool {
        allowed(self.role, action)
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
    parts
        .extensions
        .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
        .map(|c| c.0.ip().to_string())
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
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password("decoy password for timing").unwrap_or_default())
}

pub fn token_hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Checks a username and password; on success stores a new token and returns it.
pub async fn login(
    state: &AppState,
    username: &str,
    password: &str,
) -> Result<(String, OffsetDateTime, User), ApiError> {
    let found = state.store.user_by_username(username).await?;
    let (user, stored) = match found {
        Some((user, hash)) if !user.disabled => (Some(user), hash),
        _ => (None, decoy_hash().to_owned()),
    };
    let password = password.to_owned();
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &stored))
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let user = match (user, ok) {
        (Some(user), true) => user,
        _ => return Err(ApiError::BadCredentials),
    };
    let token = new_token();
    let expires_at = (state.now)() + TOKEN_LIFETIME;
    state
        .store
        .write(Change::CreateToken {
            hash: token_hash(&token),
            user: user.id,
            expires_at,
        })
        .await?;
    Ok((token, expires_at, user))
}

pub async fn logout(state: &AppState, token: &str) -> Result<(), ApiError> {
    let hash = token_hash(token);
    state.tokens.remove(&hash);
    state.store.write(Change::DeleteToken { hash }).await?;
    Ok(())
}

/// The raw bearer token of a request.
pub struct BearerToken(pub String);

impl<S: Send + Sync> FromRequestParts<S> for BearerToken {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let value = parts
            .headers
            .get(AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .ok_or(ApiError::Unauthenticated)?;
        let token = value
            .strip_prefix("Bearer ")
            .or_else(|| value.strip_prefix("bearer "))
            .filter(|t| t.starts_with(TOKEN_PREFIX) && t.len() < 128)
            .ok_or(ApiError::Unauthenticated)?;
        Ok(BearerToken(token.trim().to_owned()))
    }
}

impl FromRequestParts<AppState> for Principal {
    type Rejection = ApiError;
    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(p) = parts.extensions.get::<Principal>() {
            return Ok(p.clone());
        }
        let BearerToken(token) = BearerToken::from_request_parts(parts, state).await?;
        let hash = token_hash(&token);
        let now = (state.now)();
        let address = client_address(parts);
        if let Some(mut principal) = state.tokens.get(&hash, now) {
            principal.address = address;
            return Ok(principal);
        }
        match state.store.token_user(&hash, now).await? {
            Some((user, expires_at)) if !user.disabled => {
                let principal = Principal::from_user(&user);
                state.tokens.insert(hash, principal.clone(), expires_at);
                Ok(Principal {
                    address,
                    ..principal
                })
            }
            _ => Err(ApiError::Unauthenticated),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
