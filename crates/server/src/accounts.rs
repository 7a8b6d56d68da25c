//! The services of accounts: login with throttling, lockout and a second factor; TOTP
//! enrolment with recovery codes; logout; scoped API tokens; disabling an account.

use std::net::IpAddr;

use rand::Rng;
use rand::RngCore;
use rand::rngs::OsRng;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use time::{Duration, OffsetDateTime};
use trm_domain::ids::{TokenId, UserId};
use trm_domain::org::User;
use trm_domain::policy::Action;
use trm_domain::scope::{Scope, ScopeSet};
use trm_domain::{FieldError, Rule};
use trm_store::{AccountChange, Change, SpentFactor, StoreError, TokenKind, TokenRecord};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::AppState;
use crate::auth::{
    self, Access, Authenticated, ENROLMENT_LIFETIME, Principal, TOKEN_LIFETIME, Via, token_hash,
};
use crate::error::ApiError;
use crate::security_events::{SecurityEvent, SecurityEventKind as Kind, record, record_with};
use crate::throttle::{ACCOUNT_LOCK, MAX_ACCOUNT_FAILURES};
use crate::totp;

/// How many recovery codes an enrolment hands out.
pub const RECOVERY_CODES: usize = 10;
/// Recovery codes: 12 characters from an alphabet without look-alikes (about 59 bits),
/// shown as `xxxx-xxxx-xxxx`.
const RECOVERY_ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_CHARS: usize = 12;
pub const MAX_TOKEN_DAYS: u16 = 90;
/// A user with more live API tokens than this must delete one first.
pub const MAX_API_TOKENS: usize = 25;
const TOKEN_NAME_MAX: usize = 100;

/// A TOTP code as typed: six digits (spaces, as some apps show them, are dropped).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(try_from = "String")]
#[schema(value_type = String, example = "123456")]
pub struct TotpCode(String);

impl TotpCode {
    pub fn parse(text: &str) -> Result<TotpCode, String> {
        let digits: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() == totp::DIGITS as usize && digits.bytes().all(|b| b.is_ascii_digit()) {
            Ok(TotpCode(digits))
        } else {
            Err("must be the 6 digits the authenticator app shows".into())
        }
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}
impl TryFrom<String> for TotpCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

/// A recovery code as typed, normalised (lower case, without dashes or spaces).
#[derive(Clone, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(try_from = "String")]
#[schema(value_type = String, example = "abcd-efgh-jkmn")]
pub struct RecoveryCode(String);

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(..)")
    }
}

impl RecoveryCode {
    pub fn parse(text: &str) -> Result<RecoveryCode, String> {
        let code: String = text
            .chars()
            .filter(|c| *c != '-' && !c.is_whitespace())
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if code.len() == RECOVERY_CHARS && code.bytes().all(|b| RECOVERY_ALPHABET.contains(&b)) {
            Ok(RecoveryCode(code))
        } else {
            Err("must be one of the recovery codes given at enrolment (xxxx-xxxx-xxxx)".into())
        }
    }

    fn generate() -> RecoveryCode {
        let mut rng = OsRng;
        RecoveryCode(
            (0..RECOVERY_CHARS)
                .map(|_| char::from(RECOVERY_ALPHABET[rng.gen_range(0..RECOVERY_ALPHABET.len())]))
                .collect(),
        )
    }

    fn display(&self) -> String {
        let (a, rest) = self.0.split_at(4);
        let (b, c) = rest.split_at(4);
        format!("{a}-{b}-{c}")
    }

    /// Stored only as this hash, salted with the user id so that one guess cannot be
    /// tried against every account's codes at once.
    fn hash(&self, user: UserId) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(b"opentrm recovery code v1\0");
        h.update(user.to_string().as_bytes());
        h.update(b"\0");
        h.update(self.0.as_bytes());
        h.finalize().into()
    }
}
impl TryFrom<String> for RecoveryCode {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

/// How a login wants its session: a bearer token in the answer (default), or the
/// `trm_session` cookie for a browser.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SessionMode {
    #[default]
    Bearer,
    Cookie,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
    /// The current code of the authenticator app, for an account that has one.
    pub totp: Option<TotpCode>,
    /// Instead of `totp`: one of the recovery codes given at enrolment; spent on use.
    pub recovery_code: Option<RecoveryCode>,
    #[serde(default)]
    pub session: SessionMode,
}

/// A successful login; the handler turns it into the answer (and cookie).
pub struct LoggedIn {
    pub token: String,
    pub expires_at: OffsetDateTime,
    pub user: User,
    pub enrolment_required: bool,
    pub csrf_token: Option<String>,
    pub recovery_codes_left: Option<i64>,
}

fn seconds_until(until: OffsetDateTime, now: OffsetDateTime) -> u64 {
    u64::try_from((until - now).whole_seconds())
        .unwrap_or(0)
        .max(1)
}

/// Checks a login: the client address's throttle, the account's lockout, the password,
/// then the second factor; on success stores a session (or, for an account that must
/// have a second factor and has none yet, an enrolment session) and returns its token.
pub async fn login(
    state: &AppState,
    req: LoginRequest,
    address: IpAddr,
) -> Result<LoggedIn, ApiError> {
    let now = (state.now)();
    if req.totp.is_some() && req.recovery_code.is_some() {
        return Err(ApiError::field("recovery_code", Rule::TotpOrRecoveryCode));
    }
    if let Some(until) = state.throttle.address_blocked_until(address, now) {
        record(
            state,
            SecurityEvent::new(Kind::AddressThrottled).address(Some(address)),
        )
        .await;
        return Err(ApiError::TooManyAttempts {
            retry_after: seconds_until(until, now),
        });
    }
    // A disabled account answers exactly like an unknown username.
    let account = state
        .store
        .login_record(&req.username)
        .await?
        .filter(|a| !a.user.disabled);
    let locked_until = match &account {
        Some(a) => a.locked_until.filter(|until| *until > now),
        None => state.throttle.unknown_locked_until(&req.username, now),
    };
    if let Some(until) = locked_until {
        let mut event = SecurityEvent::new(Kind::LockedAccountAttempt).address(Some(address));
        if let Some(a) = &account {
            event = event.user(a.user.id);
        }
        record(state, event).await;
        return Err(ApiError::AccountLocked {
            retry_after: seconds_until(until, now),
        });
    }

    let stored = account.as_ref().map_or_else(
        || auth::decoy_hash().to_owned(),
        |a| a.password_hash.clone(),
    );
    let password = req.password;
    let password_ok =
        tokio::task::spawn_blocking(move || auth::verify_password(&password, &stored))
            .await
            .map_err(|e| ApiError::Internal(e.to_string()))?;
    let failure = Failure {
        state,
        username: &req.username,
        address,
        now,
    };
    let account = match account {
        Some(account) if password_ok => account,
        other => {
            return Err(failure
                .record(other.map(|a| a.user.id), Kind::LoginFailed)
                .await);
        }
    };
    let user = account.user;

    let (kind, factor) = match account.totp.filter(|t| t.enabled) {
        Some(t) => match (&req.totp, &req.recovery_code) {
            (Some(code), _) => {
                let unix = now.unix_timestamp();
                match totp::verify(&t.secret, code.as_str(), unix, t.last_step) {
                    Some(step) => (TokenKind::Session, Some(SpentFactor::TotpStep(step))),
                    None => {
                        let kind = if totp::is_replay(&t.secret, code.as_str(), unix, t.last_step) {
                            Kind::TotpReused
                        } else {
                            Kind::SecondFactorFailed
                        };
                        return Err(failure.record(Some(user.id), kind).await);
                    }
                }
            }
            (None, Some(code)) => (
                TokenKind::Session,
                Some(SpentFactor::RecoveryCode(code.hash(user.id))),
            ),
            (None, None) => {
                return Err(failure
                    .record(Some(user.id), Kind::SecondFactorFailed)
                    .await);
            }
        },
        None if user.role.sees_personal_data() => (TokenKind::Enrolment, None),
        None => (TokenKind::Session, None),
    };

    let token = auth::new_token();
    let hash = token_hash(&token);
    let lifetime = if kind == TokenKind::Enrolment {
        ENROLMENT_LIFETIME
    } else {
        TOKEN_LIFETIME
    };
    let record_ = TokenRecord {
        hash,
        id: TokenId::from_uuid(Uuid::now_v7()),
        user: user.id,
        kind,
        name: None,
        scopes: ScopeSet::default(),
        created_at: now,
        expires_at: now + lifetime,
        last_used_at: now,
    };
    let succeeded = SecurityEvent::new(match (kind, factor) {
        (TokenKind::Enrolment, _) => Kind::EnrolmentSessionStarted,
        (_, Some(SpentFactor::RecoveryCode(_))) => Kind::RecoveryCodeUsed,
        _ => Kind::LoginSucceeded,
    })
    .user(user.id)
    .token(record_.id)
    .address(Some(address));
    let expires_at = record_.expires_at;
    // The factor is checked again and spent in the transaction that stores the session
    // (and audits the login), so two logins racing with one code (or one recovery code)
    // cannot both succeed.
    let stored = Change::Account(AccountChange::Login {
        factor,
        token: record_,
    });
    match record_with(state, succeeded, Some(stored)).await {
        Err(StoreError::Spent) => {
            let kind = match factor {
                Some(SpentFactor::RecoveryCode(_)) => Kind::RecoveryCodeRejected,
                _ => Kind::TotpReused,
            };
            return Err(failure.record(Some(user.id), kind).await);
        }
        other => other?,
    }
    let mut recovery_codes_left = None;
    if let Some(SpentFactor::RecoveryCode(_)) = factor {
        recovery_codes_left = Some(state.store.recovery_codes_left(user.id).await?);
    }
    let csrf_token = match req.session {
        SessionMode::Cookie => Some(auth::csrf_token(state, &hash).await?),
        SessionMode::Bearer => None,
    };
    Ok(LoggedIn {
        token,
        expires_at,
        user,
        enrolment_required: kind == TokenKind::Enrolment,
        csrf_token,
        recovery_codes_left,
    })
}

/// What a failed login counts against: the client's address, and the account (in the
/// database) or the unknown username (in memory, so that both lock alike).
struct Failure<'a> {
    state: &'a AppState,
    username: &'a str,
    address: IpAddr,
    now: OffsetDateTime,
}

impl Failure<'_> {
    async fn record(&self, user: Option<UserId>, kind: Kind) -> ApiError {
        let state = self.state;
        state.throttle.address_failed(self.address, self.now);
        let event = |kind| {
            let e = SecurityEvent::new(kind).address(Some(self.address));
            match user {
                Some(u) => e.user(u),
                None => e,
            }
        };
        let lock_until = self.now + ACCOUNT_LOCK;
        // Either way one commit (the count with its audit entry, or the entry alone), so
        // an unknown username takes about as long to refuse as a known one.
        let locked = match user {
            Some(user) => {
                let count = Change::Account(AccountChange::LoginFailed {
                    user,
                    max_failures: MAX_ACCOUNT_FAILURES,
                    lock_until,
                });
                if let Err(e) = record_with(state, event(kind), Some(count)).await {
                    return e.into();
                }
                match state.store.locked_until(user).await {
                    Ok(until) => until.filter(|u| *u > self.now),
                    Err(e) => return e.into(),
                }
            }
            None => {
                record(state, event(kind)).await;
                state.throttle.unknown_failed(self.username, self.now)
            }
        };
        match locked {
            Some(until) => {
                record(state, event(Kind::AccountLocked)).await;
                ApiError::AccountLocked {
                    retry_after: seconds_until(until, self.now),
                }
            }
            None => ApiError::BadCredentials,
        }
    }
}

/// Ends the session or token the request came with.
pub async fn logout(state: &AppState, caller: &Authenticated) -> Result<(), ApiError> {
    state.tokens.remove(&caller.token_hash);
    state
        .store
        .write(Change::Account(AccountChange::DeleteToken {
            hash: caller.token_hash,
        }))
        .await?;
    Ok(())
}

/// Evicts every cached token of a user: call after any change that ends their sessions
/// or changes what they may do (disabling, a new role), so the change holds at once.
pub fn forget_cached_sessions(state: &AppState, user: UserId) {
    state.tokens.remove_user(user);
}

/// Logout everywhere: for a person who fears their account is in other hands. Ends
/// every session and API token of the user, here and in the cache.
pub async fn logout_all(state: &AppState, caller: &Authenticated) -> Result<(), ApiError> {
    let p = &caller.principal;
    if let Access::Api(_) = p.access {
        return Err(ApiError::SessionRequired);
    }
    record_with(
        state,
        SecurityEvent::new(Kind::LogoutAll)
            .by(p)
            .address(caller.address),
        Some(Change::Account(AccountChange::DeleteUserTokens {
            user: p.user,
        })),
    )
    .await?;
    forget_cached_sessions(state, p.user);
    Ok(())
}

#[derive(Debug, Serialize, ToSchema)]
pub struct SessionInfo {
    pub user: UserId,
    /// `session`, `enrolment` (may only set up the second factor) or `api`.
    pub access: &'static str,
    pub via: Via,
    /// API tokens only.
    pub scopes: Vec<Scope>,
    /// Cookie sessions only: send it as `X-CSRF-Token` with every POST, PUT, PATCH and
    /// DELETE (a page that reloads asks for it here again).
    pub csrf_token: Option<String>,
}

pub async fn session_info(
    state: &AppState,
    caller: &Authenticated,
) -> Result<SessionInfo, ApiError> {
    let p = &caller.principal;
    let csrf_token = match caller.via {
        Via::Cookie => Some(auth::csrf_token(state, &caller.token_hash).await?),
        Via::Bearer => None,
    };
    Ok(SessionInfo {
        user: p.user,
        access: p.access.code(),
        via: caller.via,
        scopes: match p.access {
            Access::Api(scopes) => scopes.iter().collect(),
            _ => Vec::new(),
        },
        csrf_token,
    })
}

/// Sessions only (an enrolment session included): never an API token.
fn interactive(p: &Principal) -> Result<(), ApiError> {
    match p.access {
        Access::Session | Access::Enrolment => Ok(()),
        Access::Api(_) => Err(ApiError::SessionRequired),
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TotpEnrolment {
    /// The secret in base32, to type into the authenticator app.
    pub secret: String,
    /// The same as an `otpauth://` URI, to show as a QR code.
    pub otpauth_uri: String,
}

/// Starts enrolment: a new secret, pending until a code from it is confirmed. Calling
/// it again replaces a pending secret; an enabled one is never replaced here.
pub async fn begin_totp(
    state: &AppState,
    caller: &Authenticated,
) -> Result<TotpEnrolment, ApiError> {
    let p = &caller.principal;
    interactive(p)?;
    let already =
        || ApiError::Conflict("a second factor is already set up for this account".into());
    if state.store.totp(p.user).await?.is_some_and(|t| t.enabled) {
        return Err(already());
    }
    let user = state
        .store
        .user(p.user)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let mut secret = vec![0u8; totp::SECRET_BYTES];
    OsRng.fill_bytes(&mut secret);
    match state
        .store
        .write(Change::Account(AccountChange::BeginTotp {
            user: p.user,
            secret: secret.clone(),
        }))
        .await
    {
        Err(StoreError::Conflict) => return Err(already()),
        other => other?,
    }
    let issuer = format!("OpenTRM {}", state.node.name);
    Ok(TotpEnrolment {
        secret: totp::encode_secret(&secret),
        otpauth_uri: totp::otpauth_uri(&issuer, user.username.as_str(), &secret),
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ConfirmTotp {
    /// The current code of the authenticator app.
    pub code: TotpCode,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct TotpConfirmed {
    /// One-time codes for logging in without the app. Shown this once; keep them safe.
    pub recovery_codes: Vec<String>,
    /// When the session ends at the latest: an enrolment session becomes a full one.
    #[serde(with = "time::serde::rfc3339::option")]
    pub session_expires_at: Option<OffsetDateTime>,
}

/// Confirms enrolment with a code from the new secret: the second factor is in force
/// from now on, the code's step is spent, recovery codes are issued, and the enrolment
/// session that did it becomes a full session.
pub async fn confirm_totp(
    state: &AppState,
    caller: &Authenticated,
    input: ConfirmTotp,
) -> Result<TotpConfirmed, ApiError> {
    let p = &caller.principal;
    interactive(p)?;
    let pending = match state.store.totp(p.user).await? {
        Some(t) if t.enabled => {
            return Err(ApiError::Conflict(
                "a second factor is already set up for this account".into(),
            ));
        }
        Some(t) => t,
        None => {
            return Err(ApiError::Conflict(
                "no enrolment is under way: start with POST /api/auth/totp/enrol".into(),
            ));
        }
    };
    let now = (state.now)();
    let Some(step) = totp::verify(
        &pending.secret,
        input.code.as_str(),
        now.unix_timestamp(),
        None,
    ) else {
        return Err(ApiError::field("code", Rule::TotpNotCurrent));
    };
    let codes: Vec<RecoveryCode> = (0..RECOVERY_CODES)
        .map(|_| RecoveryCode::generate())
        .collect();
    let upgrade =
        (p.access == Access::Enrolment).then(|| (caller.token_hash, now + TOKEN_LIFETIME));
    let enable = Change::Account(AccountChange::EnableTotp {
        user: p.user,
        secret: pending.secret,
        step,
        recovery_hashes: codes.iter().map(|c| c.hash(p.user)).collect(),
        upgrade,
    });
    let enrolled = SecurityEvent::new(Kind::TotpEnrolled)
        .by(p)
        .address(caller.address);
    match record_with(state, enrolled, Some(enable)).await {
        Err(StoreError::Conflict) => {
            return Err(ApiError::Conflict(
                "the enrolment changed meanwhile: start again with POST /api/auth/totp/enrol"
                    .into(),
            ));
        }
        other => other?,
    }
    if upgrade.is_some() {
        // The cached entry still says "enrolment"; the next request reads the new kind.
        state.tokens.remove(&caller.token_hash);
    }
    Ok(TotpConfirmed {
        recovery_codes: codes.iter().map(RecoveryCode::display).collect(),
        session_expires_at: upgrade.map(|(_, until)| until),
    })
}

/// Enrols a second factor for a user without a login: for the demo and the benchmark,
/// which run as the node. Returns the secret (base32) and its `otpauth://` URI.
pub async fn enrol_totp_unchecked(
    state: &AppState,
    user: &User,
) -> Result<TotpEnrolment, ApiError> {
    let mut secret = vec![0u8; totp::SECRET_BYTES];
    OsRng.fill_bytes(&mut secret);
    state
        .store
        .write(Change::Account(AccountChange::BeginTotp {
            user: user.id,
            secret: secret.clone(),
        }))
        .await?;
    // Enabled with no step spent yet: the first code from the app is accepted.
    state
        .store
        .write(Change::Account(AccountChange::EnableTotp {
            user: user.id,
            secret: secret.clone(),
            step: -1,
            recovery_hashes: Vec::new(),
            upgrade: None,
        }))
        .await?;
    let issuer = format!("OpenTRM {}", state.node.name);
    Ok(TotpEnrolment {
        secret: totp::encode_secret(&secret),
        otpauth_uri: totp::otpauth_uri(&issuer, user.username.as_str(), &secret),
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewApiToken {
    /// What the token is for, e.g. "nightly statistics export".
    pub name: String,
    /// At least one scope; the token can do only what both these and your role allow.
    pub scopes: Vec<Scope>,
    /// 1 to 90.
    pub expires_in_days: u16,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ApiToken {
    pub id: TokenId,
    pub name: String,
    pub scopes: Vec<Scope>,
    #[serde(with = "time::serde::rfc3339")]
    pub created_at: OffsetDateTime,
    #[serde(with = "time::serde::rfc3339")]
    pub expires_at: OffsetDateTime,
    /// Recorded lazily: up to a minute behind.
    #[serde(with = "time::serde::rfc3339::option")]
    pub last_used_at: Option<OffsetDateTime>,
}

impl ApiToken {
    fn from_record(t: &TokenRecord) -> ApiToken {
        ApiToken {
            id: t.id,
            name: t.name.clone().unwrap_or_default(),
            scopes: t.scopes.iter().collect(),
            created_at: t.created_at,
            expires_at: t.expires_at,
            last_used_at: (t.last_used_at > t.created_at).then_some(t.last_used_at),
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct CreatedApiToken {
    /// Send as `Authorization: Bearer <token>`. Shown this once: only its hash is kept.
    pub token: String,
    #[serde(flatten)]
    pub details: ApiToken,
}

fn check_new_token(input: &NewApiToken) -> Result<(String, ScopeSet), ApiError> {
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(FieldError::new("name", Rule::TokenNameRequired));
    } else if name.chars().count() > TOKEN_NAME_MAX {
        errors.push(FieldError::new(
            "name",
            Rule::LongerThan {
                max: TOKEN_NAME_MAX,
            },
        ));
    } else if name.chars().any(char::is_control) {
        errors.push(FieldError::new("name", Rule::ControlCharacters));
    }
    if input.scopes.is_empty() {
        errors.push(FieldError::new("scopes", Rule::NoScopes));
    }
    if !(1..=MAX_TOKEN_DAYS).contains(&input.expires_in_days) {
        errors.push(FieldError::new(
            "expires_in_days",
            Rule::Between {
                min: 1,
                max: MAX_TOKEN_DAYS.into(),
            },
        ));
    }
    if errors.is_empty() {
        Ok((name.to_owned(), input.scopes.iter().copied().collect()))
    } else {
        Err(ApiError::Invalid(errors))
    }
}

pub async fn create_token(
    state: &AppState,
    p: &Principal,
    address: Option<IpAddr>,
    input: NewApiToken,
) -> Result<CreatedApiToken, ApiError> {
    p.require_session()?;
    let (name, scopes) = check_new_token(&input)?;
    let now = (state.now)();
    let live = state
        .store
        .tokens_of(p.user, TokenKind::Api)
        .await?
        .iter()
        .filter(|t| t.expires_at > now)
        .count();
    if live >= MAX_API_TOKENS {
        return Err(ApiError::Conflict(format!(
            "you have {live} API tokens: delete one you no longer use first"
        )));
    }
    let token = auth::new_token();
    let record_ = TokenRecord {
        hash: token_hash(&token),
        id: TokenId::from_uuid(Uuid::now_v7()),
        user: p.user,
        kind: TokenKind::Api,
        name: Some(name),
        scopes,
        created_at: now,
        expires_at: now + Duration::days(i64::from(input.expires_in_days)),
        last_used_at: now,
    };
    record_with(
        state,
        SecurityEvent::new(Kind::TokenCreated)
            .by(p)
            .token(record_.id)
            .address(address),
        Some(Change::Account(AccountChange::CreateToken(record_.clone()))),
    )
    .await?;
    Ok(CreatedApiToken {
        token,
        details: ApiToken::from_record(&record_),
    })
}

/// The caller's API tokens that have not expired, newest first; never their secrets.
pub async fn list_tokens(state: &AppState, p: &Principal) -> Result<Vec<ApiToken>, ApiError> {
    p.require_session()?;
    let now = (state.now)();
    Ok(state
        .store
        .tokens_of(p.user, TokenKind::Api)
        .await?
        .iter()
        .filter(|t| t.expires_at > now)
        .map(ApiToken::from_record)
        .collect())
}

/// Deletes one of the caller's API tokens; it stops working at once.
pub async fn delete_token(
    state: &AppState,
    p: &Principal,
    address: Option<IpAddr>,
    id: &str,
) -> Result<(), ApiError> {
    p.require_session()?;
    let id = TokenId::parse(id).map_err(|_| ApiError::NotFound("token"))?;
    let token = state
        .store
        .tokens_of(p.user, TokenKind::Api)
        .await?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(ApiError::NotFound("token"))?;
    record_with(
        state,
        SecurityEvent::new(Kind::TokenRevoked)
            .by(p)
            .token(id)
            .address(address),
        Some(Change::Account(AccountChange::DeleteToken {
            hash: token.hash,
        })),
    )
    .await?;
    state.tokens.remove(&token.hash);
    Ok(())
}

/// Disables an account: it can no longer log in, and its sessions and tokens stop
/// working at once (the token cache is evicted, not left to expire).
pub async fn disable_user(
    state: &AppState,
    p: &Principal,
    address: Option<IpAddr>,
    id: &str,
) -> Result<User, ApiError> {
    crate::services::permit(state, p, Action::ManageUsers).await?;
    let id = UserId::parse(id).map_err(|_| ApiError::NotFound("user"))?;
    if id == p.user {
        return Err(ApiError::field("id", Rule::OwnAccount));
    }
    let mut user = state
        .store
        .user(id)
        .await?
        .ok_or(ApiError::NotFound("user"))?;
    let mut event = SecurityEvent::new(Kind::UserDisabled)
        .by(p)
        .address(address);
    // The account concerned, rather than the administrator's own.
    event.user = Some(id);
    record_with(
        state,
        event,
        Some(Change::Account(AccountChange::DisableUser { user: id })),
    )
    .await?;
    forget_cached_sessions(state, id);
    user.disabled = true;
    Ok(user)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn totp_codes_are_six_digits() {
        assert_eq!(TotpCode::parse("123 456").map(|c| c.0), Ok("123456".into()));
        for bad in ["12345", "1234567", "12345a", "", "１２３４５６"] {
            assert!(TotpCode::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn recovery_codes_are_random_normalised_and_salted_by_user() {
        let code = RecoveryCode::generate();
        let shown = code.display();
        assert_eq!(shown.len(), 14);
        assert_eq!(
            RecoveryCode::parse(&shown.to_uppercase()).as_ref(),
            Ok(&code)
        );
        assert_ne!(RecoveryCode::generate(), code);
        let (a, b) = (
            UserId::from_uuid(Uuid::now_v7()),
            UserId::from_uuid(Uuid::now_v7()),
        );
        assert_ne!(code.hash(a), code.hash(b));
        assert!(
            RecoveryCode::parse("abcd-efgh-ijkl").is_err(),
            "i and l are not used"
        );
        assert!(RecoveryCode::parse("abcd-efgh").is_err());
    }

    #[test]
    fn new_tokens_are_checked_naming_the_field() {
        let bad = NewApiToken {
            name: " ".into(),
            scopes: Vec::new(),
            expires_in_days: 91,
        };
        match check_new_token(&bad) {
            Err(ApiError::Invalid(errors)) => {
                let fields: Vec<_> = errors.iter().map(|e| e.field.as_str()).collect();
                assert_eq!(fields, ["name", "scopes", "expires_in_days"]);
            }
            other => panic!("{:?}", other.map(|_| ())),
        }
        let good = NewApiToken {
            name: "export".into(),
            scopes: vec![Scope::CasesRead, Scope::CasesRead],
            expires_in_days: 90,
        };
        assert!(check_new_token(&good).is_ok());
    }
}

/// One of the caller's interactive sessions, for the account page.
#[derive(Debug, Clone)]
pub struct SessionEntry {
    pub id: TokenId,
    pub created_at: OffsetDateTime,
    pub last_used_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    /// The session this request came with.
    pub current: bool,
}

/// The caller's live sessions, newest first.
pub async fn list_sessions(
    state: &AppState,
    caller: &Authenticated,
) -> Result<Vec<SessionEntry>, ApiError> {
    caller.principal.require_session()?;
    let now = (state.now)();
    Ok(state
        .store
        .tokens_of(caller.principal.user, TokenKind::Session)
        .await?
        .iter()
        .filter(|t| t.expires_at > now && now - t.last_used_at <= state.session_idle)
        .map(|t| SessionEntry {
            id: t.id,
            created_at: t.created_at,
            last_used_at: t.last_used_at,
            expires_at: t.expires_at,
            current: t.hash == caller.token_hash,
        })
        .collect())
}

/// Ends one of the caller's sessions (another browser, a forgotten computer).
pub async fn end_session(
    state: &AppState,
    caller: &Authenticated,
    id: &str,
) -> Result<(), ApiError> {
    let p = &caller.principal;
    p.require_session()?;
    let id = TokenId::parse(id).map_err(|_| ApiError::NotFound("session"))?;
    let token = state
        .store
        .tokens_of(p.user, TokenKind::Session)
        .await?
        .into_iter()
        .find(|t| t.id == id)
        .ok_or(ApiError::NotFound("session"))?;
    record_with(
        state,
        SecurityEvent::new(Kind::TokenRevoked)
            .by(p)
            .token(id)
            .address(caller.address),
        Some(Change::Account(AccountChange::DeleteToken {
            hash: token.hash,
        })),
    )
    .await?;
    state.tokens.remove(&token.hash);
    Ok(())
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangePassword {
    pub current_password: String,
    pub new_password: String,
}

/// Changes the caller's own password: the current one must be given; the new one must
/// pass the password rule. Every other session and token of the user ends.
/// Saves the interface language on the caller's own account (none: follow the
/// browser). Not a security event: it changes nothing anyone may do.
pub async fn set_language(
    state: &AppState,
    p: &Principal,
    language: Option<trm_domain::codes::LanguageCode>,
) -> Result<(), ApiError> {
    p.require_session()?;
    state
        .store
        .write(Change::Account(AccountChange::SetLanguage {
            user: p.user,
            language,
        }))
        .await?;
    // The cached sessions carry the language: every page must follow the new one.
    forget_cached_sessions(state, p.user);
    Ok(())
}

pub async fn change_password(
    state: &AppState,
    caller: &Authenticated,
    input: ChangePassword,
) -> Result<(), ApiError> {
    let p = &caller.principal;
    p.require_session()?;
    let user = state
        .store
        .user(p.user)
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    let stored = state
        .store
        .login_record(user.username.as_str())
        .await?
        .ok_or(ApiError::Unauthenticated)?;
    if !auth::verify_password(&input.current_password, &stored.password_hash) {
        return Err(ApiError::field(
            "current_password",
            Rule::NotCurrentPassword,
        ));
    }
    trm_domain::org::check_password(&input.new_password).map_err(|e| match e {
        trm_domain::DomainError::Invalid(errors) => ApiError::Invalid(
            errors
                .into_iter()
                .map(|mut e| {
                    e.field = "new_password".into();
                    e
                })
                .collect(),
        ),
        other => other.into(),
    })?;
    let password_hash = auth::hash_password(&input.new_password)?;
    record_with(
        state,
        SecurityEvent::new(Kind::PasswordChanged)
            .by(p)
            .address(caller.address),
        Some(Change::Account(AccountChange::SetPassword {
            user: p.user,
            password_hash,
            keep: caller.token_hash,
        })),
    )
    .await?;
    forget_cached_sessions(state, p.user);
    Ok(())
}
