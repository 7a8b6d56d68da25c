//! Accounts: second factors, recovery codes, failed-login lockout, sessions and API
//! tokens. Every read and write of `users.totp_secret` is in this file: the secret is
//! sealed under the node's data key (bound to its user), like a case document.

use sqlx::sqlite::SqliteRow;
use sqlx::{Row, SqliteConnection};
use time::OffsetDateTime;
use trm_domain::codes::LanguageCode;
use trm_domain::ids::{TokenId, UserId};
use trm_domain::org::User;
use trm_domain::scope::{Scope, ScopeSet};

use crate::sealing::Sealer;
use crate::{Result, Store, StoreError, corrupt, format_time, parse_time, rows};

/// What TOTP secrets are sealed as (the "table" of the sealed value's associated data),
/// and how key rotation finds and reseals them (`Store::stale_sealed`, `Change::Reseal`).
pub(crate) const TOTP_SECRETS: &str = "users.totp_secret";
pub(crate) const STALE_TOTP_SECRETS_SQL: &str = "SELECT id, totp_secret FROM users WHERE id > ? AND totp_secret IS NOT NULL ORDER BY id LIMIT ?";
pub(crate) const RESEAL_TOTP_SECRET_SQL: &str =
    "UPDATE users SET totp_secret = ?1 WHERE id = ?2 AND totp_secret = ?3";

fn seal_secret(sealer: &Sealer, user: UserId, secret: &[u8]) -> Result<Vec<u8>> {
    sealer.seal(TOTP_SECRETS, &user.to_string(), &secret.to_vec())
}

fn open_secret(sealer: &Sealer, user: UserId, stored: &[u8]) -> Result<Vec<u8>> {
    sealer.open(TOTP_SECRETS, &user.to_string(), stored)
}

/// What a token is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// An interactive login: everything the user's role allows.
    Session,
    /// A login still missing its second factor: it may only set one up.
    Enrolment,
    /// A token for a script or another system, bounded by its scopes.
    Api,
}

impl TokenKind {
    pub fn code(self) -> &'static str {
        match self {
            TokenKind::Session => "session",
            TokenKind::Enrolment => "enrolment",
            TokenKind::Api => "api",
        }
    }
    fn parse(code: &str) -> Result<TokenKind> {
        match code {
            "session" => Ok(TokenKind::Session),
            "enrolment" => Ok(TokenKind::Enrolment),
            "api" => Ok(TokenKind::Api),
            other => Err(StoreError::Corrupt(format!("unknown token kind `{other}`"))),
        }
    }
}

/// A token as stored: its hash, never the token itself.
#[derive(Debug, Clone)]
pub struct TokenRecord {
    pub hash: [u8; 32],
    pub id: TokenId,
    pub user: UserId,
    pub kind: TokenKind,
    pub name: Option<String>,
    pub scopes: ScopeSet,
    pub created_at: OffsetDateTime,
    pub expires_at: OffsetDateTime,
    pub last_used_at: OffsetDateTime,
}

/// A user's TOTP second factor.
#[derive(Clone)]
pub struct Totp {
    pub secret: Vec<u8>,
    /// False while enrolment awaits its first code.
    pub enabled: bool,
    /// The last time step accepted; codes of it and earlier steps are refused.
    pub last_step: Option<i64>,
}

impl std::fmt::Debug for Totp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The secret never reaches a log line, even through a debug print.
        f.debug_struct("Totp")
            .field("enabled", &self.enabled)
            .field("last_step", &self.last_step)
            .finish_non_exhaustive()
    }
}

/// What a login needs to know about an account.
#[derive(Debug, Clone)]
pub struct LoginRecord {
    pub user: User,
    pub password_hash: String,
    pub totp: Option<Totp>,
    pub locked_until: Option<OffsetDateTime>,
}

/// A second factor consumed by a login: refused (`StoreError::Spent`) if it was used
/// already, checked and spent in the same transaction that creates the session.
#[derive(Debug, Clone, Copy)]
pub enum SpentFactor {
    TotpStep(i64),
    RecoveryCode([u8; 32]),
}

/// Changes to accounts; each is applied atomically.
#[derive(Debug, Clone)]
pub enum AccountChange {
    /// A successful login: spends the factor, clears the failure count, stores the token.
    Login {
        factor: Option<SpentFactor>,
        token: TokenRecord,
    },
    /// A failed login: counts it, and locks the account until `lock_until` when the count
    /// reaches `max_failures` (the count then starts again).
    LoginFailed {
        user: UserId,
        max_failures: u32,
        lock_until: OffsetDateTime,
    },
    CreateToken(TokenRecord),
    DeleteToken {
        hash: [u8; 32],
    },
    /// Ends every session and token of a user.
    DeleteUserTokens {
        user: UserId,
    },
    /// Records that a token was used (written lazily by the caller).
    TouchToken {
        hash: [u8; 32],
        at: OffsetDateTime,
    },
    /// Starts (or restarts) enrolment with a new secret; refused once TOTP is enabled.
    BeginTotp {
        user: UserId,
        secret: Vec<u8>,
    },
    /// Enables the pending secret (only if it is still `secret`), records the step of the
    /// code that confirmed it, replaces the recovery codes, and turns the enrolment
    /// session `upgrade` into a full session.
    EnableTotp {
        user: UserId,
        secret: Vec<u8>,
        step: i64,
        recovery_hashes: Vec<[u8; 32]>,
        upgrade: Option<([u8; 32], OffsetDateTime)>,
    },
    /// The language a user chose for the interface (none: the browser's).
    SetLanguage {
        user: UserId,
        language: Option<LanguageCode>,
    },
    /// Disables an account and ends all its sessions and tokens.
    DisableUser {
        user: UserId,
    },
    /// A new password hash (changed by its owner); ends every other session and token.
    SetPassword {
        user: UserId,
        password_hash: String,
        keep: [u8; 32],
    },
    /// Stores a node secret unless one of that name exists.
    PutNodeSecret {
        name: &'static str,
        value: Vec<u8>,
    },
}

const TOKEN_COLUMNS: &str =
    "t.hash, t.id, t.user_id, t.kind, t.name, t.scopes, t.created_at, t.expires_at, t.last_used_at";

fn token_from_row(r: &SqliteRow) -> Result<TokenRecord> {
    let hash: Vec<u8> = r.get(0);
    let scopes: &str = r.get(5);
    Ok(TokenRecord {
        hash: hash
            .try_into()
            .map_err(|_| StoreError::Corrupt("a token hash is not 32 bytes".into()))?,
        id: TokenId::parse(r.get::<&str, _>(1)).map_err(corrupt)?,
        user: UserId::parse(r.get::<&str, _>(2)).map_err(corrupt)?,
        kind: TokenKind::parse(r.get::<&str, _>(3))?,
        name: r.get(4),
        scopes: scopes
            .split_whitespace()
            .map(|s| Scope::from_code(s).ok_or_else(|| corrupt(format!("unknown scope `{s}`"))))
            .collect::<Result<ScopeSet>>()?,
        created_at: parse_time(r.get::<&str, _>(6))?,
        expires_at: parse_time(r.get::<&str, _>(7))?,
        last_used_at: parse_time(r.get::<&str, _>(8))?,
    })
}

fn scopes_text(scopes: ScopeSet) -> String {
    scopes.iter().map(Scope::code).collect::<Vec<_>>().join(" ")
}

fn totp_from_row(
    sealer: &Sealer,
    user: UserId,
    r: &SqliteRow,
    first: usize,
) -> Result<Option<Totp>> {
    let stored: Option<Vec<u8>> = r.get(first);
    stored
        .map(|stored| {
            Ok(Totp {
                secret: open_secret(sealer, user, &stored)?,
                enabled: r.get::<i64, _>(first + 1) != 0,
                last_step: r.get(first + 2),
            })
        })
        .transpose()
}

fn optional_time(r: &SqliteRow, index: usize) -> Result<Option<OffsetDateTime>> {
    r.get::<Option<&str>, _>(index).map(parse_time).transpose()
}

impl Store {
    /// The account behind a username, with what a login checks.
    pub async fn login_record(&self, username: &str) -> Result<Option<LoginRecord>> {
        let row = sqlx::query(
            "SELECT doc, password_hash, totp_secret, totp_enabled, totp_last_step, locked_until \
             FROM users WHERE username = ?",
        )
        .bind(username)
        .fetch_optional(&mut *self.readers.get().await)
        .await?;
        row.map(|r| {
            let user: User = rows::doc(&r, 0)?;
            Ok(LoginRecord {
                totp: totp_from_row(&self.sealer, user.id, &r, 2)?,
                user,
                password_hash: r.get(1),
                locked_until: optional_time(&r, 5)?,
            })
        })
        .transpose()
    }

    /// Until when the account is locked, if it is or was.
    pub async fn locked_until(&self, user: UserId) -> Result<Option<OffsetDateTime>> {
        let row = sqlx::query("SELECT locked_until FROM users WHERE id = ?")
            .bind(user.to_string())
            .fetch_optional(&mut *self.readers.get().await)
            .await?;
        Ok(row.map(|r| optional_time(&r, 0)).transpose()?.flatten())
    }

    /// The user's second factor, pending or enabled.
    pub async fn totp(&self, user: UserId) -> Result<Option<Totp>> {
        let row =
            sqlx::query("SELECT totp_secret, totp_enabled, totp_last_step FROM users WHERE id = ?")
                .bind(user.to_string())
                .fetch_optional(&mut *self.readers.get().await)
                .await?;
        Ok(row
            .map(|r| totp_from_row(&self.sealer, user, &r, 0))
            .transpose()?
            .flatten())
    }

    /// How many unspent recovery codes the user has.
    pub async fn recovery_codes_left(&self, user: UserId) -> Result<i64> {
        Ok(
            sqlx::query("SELECT count(*) FROM recovery_codes WHERE user_id = ?")
                .bind(user.to_string())
                .fetch_one(&mut *self.readers.get().await)
                .await?
                .get(0),
        )
    }

    /// A token and its user, expired or not (the caller decides, and says why).
    pub async fn token(&self, hash: &[u8; 32]) -> Result<Option<(TokenRecord, User)>> {
        let row = sqlx::query(&format!(
            "SELECT {TOKEN_COLUMNS}, u.doc FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.hash = ?"
        ))
        .bind(&hash[..])
        .fetch_optional(&mut *self.readers.get().await)
        .await?;
        row.map(|r| Ok((token_from_row(&r)?, rows::doc(&r, 9)?)))
            .transpose()
    }

    /// A user's tokens of one kind, newest first.
    pub async fn tokens_of(&self, user: UserId, kind: TokenKind) -> Result<Vec<TokenRecord>> {
        sqlx::query(&format!(
            "SELECT {TOKEN_COLUMNS} FROM tokens t WHERE t.user_id = ? AND t.kind = ? ORDER BY t.id DESC"
        ))
        .bind(user.to_string())
        .bind(kind.code())
        .fetch_all(&mut *self.readers.get().await)
        .await?
        .iter()
        .map(token_from_row)
        .collect()
    }

    pub async fn node_secret(&self, name: &str) -> Result<Option<Vec<u8>>> {
        Ok(sqlx::query("SELECT value FROM node_secrets WHERE name = ?")
            .bind(name)
            .fetch_optional(&mut *self.readers.get().await)
            .await?
            .map(|r| r.get(0)))
    }
}

async fn insert_token(conn: &mut SqliteConnection, t: &TokenRecord) -> Result<()> {
    sqlx::query(
        "INSERT INTO tokens (hash, id, user_id, kind, name, scopes, created_at, expires_at, last_used_at) \
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
    )
    .bind(&t.hash[..])
    .bind(t.id.to_string())
    .bind(t.user.to_string())
    .bind(t.kind.code())
    .bind(&t.name)
    .bind(scopes_text(t.scopes))
    .bind(format_time(t.created_at))
    .bind(format_time(t.expires_at))
    .bind(format_time(t.last_used_at))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

pub(crate) async fn apply(
    conn: &mut SqliteConnection,
    sealer: &Sealer,
    change: &AccountChange,
) -> Result<()> {
    match change {
        AccountChange::Login { factor, token } => {
            let user = token.user.to_string();
            let spent = match factor {
                None => 1,
                // The step must be later than the last one accepted: checked here, in the
                // transaction, so two logins racing with one code cannot both pass.
                Some(SpentFactor::TotpStep(step)) => sqlx::query(
                    "UPDATE users SET totp_last_step = ?1 \
                     WHERE id = ?2 AND totp_enabled = 1 AND (totp_last_step IS NULL OR totp_last_step < ?1)",
                )
                .bind(step)
                .bind(&user)
                .execute(&mut *conn)
                .await?
                .rows_affected(),
                Some(SpentFactor::RecoveryCode(hash)) => {
                    sqlx::query("DELETE FROM recovery_codes WHERE user_id = ? AND hash = ?")
                        .bind(&user)
                        .bind(&hash[..])
                        .execute(&mut *conn)
                        .await?
                        .rows_affected()
                }
            };
            if spent != 1 {
                return Err(StoreError::Spent);
            }
            sqlx::query("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = ?")
                .bind(&user)
                .execute(&mut *conn)
                .await?;
            insert_token(conn, token).await?;
        }
        AccountChange::LoginFailed {
            user,
            max_failures,
            lock_until,
        } => {
            sqlx::query(
                "UPDATE users SET \
                   locked_until = CASE WHEN failed_logins + 1 >= ?1 THEN ?2 ELSE locked_until END, \
                   failed_logins = CASE WHEN failed_logins + 1 >= ?1 THEN 0 ELSE failed_logins + 1 END \
                 WHERE id = ?3",
            )
            .bind(i64::from(*max_failures))
            .bind(format_time(*lock_until))
            .bind(user.to_string())
            .execute(&mut *conn)
            .await?;
        }
        AccountChange::CreateToken(token) => insert_token(conn, token).await?,
        AccountChange::DeleteToken { hash } => {
            sqlx::query("DELETE FROM tokens WHERE hash = ?")
                .bind(&hash[..])
                .execute(&mut *conn)
                .await?;
        }
        AccountChange::DeleteUserTokens { user } => {
            sqlx::query("DELETE FROM tokens WHERE user_id = ?")
                .bind(user.to_string())
                .execute(&mut *conn)
                .await?;
        }
        AccountChange::TouchToken { hash, at } => {
            sqlx::query("UPDATE tokens SET last_used_at = ? WHERE hash = ? AND last_used_at < ?")
                .bind(format_time(*at))
                .bind(&hash[..])
                .bind(format_time(*at))
                .execute(&mut *conn)
                .await?;
        }
        AccountChange::BeginTotp { user, secret } => {
            let updated = sqlx::query(
                "UPDATE users SET totp_secret = ?, totp_last_step = NULL WHERE id = ? AND totp_enabled = 0",
            )
            .bind(seal_secret(sealer, *user, secret)?)
            .bind(user.to_string())
            .execute(&mut *conn)
            .await?;
            if updated.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
        }
        AccountChange::EnableTotp {
            user,
            secret,
            step,
            recovery_hashes,
            upgrade,
        } => {
            // Only the pending secret the code was checked against is enabled: if
            // enrolment started again meanwhile, this is refused.
            let pending = sqlx::query(
                "SELECT totp_secret FROM users WHERE id = ? AND totp_enabled = 0 AND totp_secret IS NOT NULL",
            )
            .bind(user.to_string())
            .fetch_optional(&mut *conn)
            .await?;
            let still_pending = match pending {
                Some(r) => open_secret(sealer, *user, r.get::<&[u8], _>(0))? == *secret,
                None => false,
            };
            if !still_pending {
                return Err(StoreError::Conflict);
            }
            let user = user.to_string();
            sqlx::query("UPDATE users SET totp_enabled = 1, totp_last_step = ? WHERE id = ?")
                .bind(step)
                .bind(&user)
                .execute(&mut *conn)
                .await?;
            sqlx::query("DELETE FROM recovery_codes WHERE user_id = ?")
                .bind(&user)
                .execute(&mut *conn)
                .await?;
            for hash in recovery_hashes {
                sqlx::query("INSERT INTO recovery_codes (user_id, hash) VALUES (?, ?)")
                    .bind(&user)
                    .bind(&hash[..])
                    .execute(&mut *conn)
                    .await?;
            }
            if let Some((hash, expires_at)) = upgrade {
                sqlx::query(
                    "UPDATE tokens SET kind = 'session', expires_at = ? WHERE hash = ? AND user_id = ? AND kind = 'enrolment'",
                )
                .bind(format_time(*expires_at))
                .bind(&hash[..])
                .bind(&user)
                .execute(&mut *conn)
                .await?;
            }
        }
        AccountChange::SetPassword {
            user,
            password_hash,
            keep,
        } => {
            let user = user.to_string();
            let updated = sqlx::query("UPDATE users SET password_hash = ? WHERE id = ?")
                .bind(password_hash)
                .bind(&user)
                .execute(&mut *conn)
                .await?;
            if updated.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
            sqlx::query("DELETE FROM tokens WHERE user_id = ? AND hash <> ?")
                .bind(&user)
                .bind(&keep[..])
                .execute(&mut *conn)
                .await?;
        }
        AccountChange::SetLanguage { user, language } => {
            let updated = match language {
                Some(language) => {
                    sqlx::query(
                        "UPDATE users SET doc = json_set(doc, '$.language', ?) WHERE id = ?",
                    )
                    .bind(language.as_str())
                    .bind(user.to_string())
                    .execute(&mut *conn)
                    .await?
                }
                None => {
                    sqlx::query(
                        "UPDATE users SET doc = json_remove(doc, '$.language') WHERE id = ?",
                    )
                    .bind(user.to_string())
                    .execute(&mut *conn)
                    .await?
                }
            };
            if updated.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
        }
        AccountChange::DisableUser { user } => {
            let user = user.to_string();
            let updated = sqlx::query(
                "UPDATE users SET doc = json_set(doc, '$.disabled', json('true')) WHERE id = ?",
            )
            .bind(&user)
            .execute(&mut *conn)
            .await?;
            if updated.rows_affected() != 1 {
                return Err(StoreError::Conflict);
            }
            sqlx::query("DELETE FROM tokens WHERE user_id = ?")
                .bind(&user)
                .execute(&mut *conn)
                .await?;
        }
        AccountChange::PutNodeSecret { name, value } => {
            sqlx::query("INSERT INTO node_secrets (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING")
                .bind(*name)
                .bind(&value[..])
                .execute(&mut *conn)
                .await?;
        }
    }
    Ok(())
}
