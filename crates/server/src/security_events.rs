//! Security events: every login, failed login, lockout, replayed code, CSRF failure,
//! forged or expired token and token change goes through [`record_with`] (or [`record`]),
//! which appends it to the hash-chained audit trail and logs it. Events carry user ids,
//! never usernames, passwords, codes or tokens: a failed login's username may be
//! someone's password typed in the wrong field.

use std::net::IpAddr;

use trm_domain::audit::{AuditAction, AuditActor, AuditEvent};
use trm_domain::ids::{TokenId, UserId};
use trm_store::{Change, StoreError};

use crate::AppState;
use crate::auth::Principal;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityEventKind {
    LoginSucceeded,
    /// A wrong password or an unknown (or disabled) user.
    LoginFailed,
    /// The right password with a wrong or missing TOTP code.
    SecondFactorFailed,
    /// Too many failures: the account is now locked.
    AccountLocked,
    /// A login attempt on a locked account (refused whatever the password).
    LockedAccountAttempt,
    /// Too many failures from one address: its logins are refused for a while.
    AddressThrottled,
    /// A TOTP code that was valid but had been used already.
    TotpReused,
    /// A recovery code that was spent already (or never existed).
    RecoveryCodeRejected,
    /// A login that used a recovery code instead of the authenticator app.
    RecoveryCodeUsed,
    /// A password login that got only an enrolment session (no second factor yet).
    EnrolmentSessionStarted,
    TotpEnrolled,
    /// A request authenticated by the session cookie without the session's CSRF token.
    CsrfRejected,
    /// A token the node never issued (or deleted).
    TokenUnknown,
    TokenExpired,
    /// A session unused for longer than the inactivity limit.
    SessionIdle,
    /// A token of a disabled account.
    TokenOfDisabledUser,
    TokenCreated,
    TokenRevoked,
    LogoutAll,
    /// The owner changed their password; their other sessions and tokens ended.
    PasswordChanged,
    UserDisabled,
}

impl SecurityEventKind {
    pub fn code(self) -> &'static str {
        use SecurityEventKind::*;
        match self {
            LoginSucceeded => "login_succeeded",
            LoginFailed => "login_failed",
            SecondFactorFailed => "second_factor_failed",
            AccountLocked => "account_locked",
            LockedAccountAttempt => "locked_account_attempt",
            AddressThrottled => "address_throttled",
            TotpReused => "totp_reused",
            RecoveryCodeRejected => "recovery_code_rejected",
            RecoveryCodeUsed => "recovery_code_used",
            EnrolmentSessionStarted => "enrolment_session_started",
            TotpEnrolled => "totp_enrolled",
            CsrfRejected => "csrf_rejected",
            TokenUnknown => "token_unknown",
            TokenExpired => "token_expired",
            SessionIdle => "session_idle",
            TokenOfDisabledUser => "token_of_disabled_user",
            TokenCreated => "token_created",
            TokenRevoked => "token_revoked",
            LogoutAll => "logout_all",
            PasswordChanged => "password_changed",
            UserDisabled => "user_disabled",
        }
    }

    /// Events that may be an attack, as opposed to an account doing its own business.
    pub fn is_warning(self) -> bool {
        use SecurityEventKind::*;
        matches!(
            self,
            LoginFailed
                | SecondFactorFailed
                | AccountLocked
                | LockedAccountAttempt
                | AddressThrottled
                | TotpReused
                | RecoveryCodeRejected
                | CsrfRejected
                | TokenUnknown
                | TokenOfDisabledUser
        )
    }

    /// The entry of the audit trail this event is.
    fn audit_action(self) -> AuditAction {
        use SecurityEventKind::*;
        match self {
            LoginSucceeded | RecoveryCodeUsed | EnrolmentSessionStarted => {
                AuditAction::LoginSucceeded
            }
            LoginFailed | LockedAccountAttempt | AddressThrottled => AuditAction::LoginFailed,
            SecondFactorFailed | TotpReused | RecoveryCodeRejected => {
                AuditAction::SecondFactorFailed
            }
            AccountLocked => AuditAction::AccountLocked,
            TotpEnrolled => AuditAction::SecondFactorEnrolled,
            CsrfRejected | TokenUnknown | TokenExpired | SessionIdle | TokenOfDisabledUser => {
                AuditAction::TokenRejected
            }
            TokenCreated => AuditAction::TokenCreated,
            TokenRevoked => AuditAction::TokenRevoked,
            LogoutAll => AuditAction::SessionsEnded,
            PasswordChanged => AuditAction::PasswordChanged,
            UserDisabled => AuditAction::UserDisabled,
        }
    }
}

#[derive(Debug, Clone)]
pub struct SecurityEvent {
    pub kind: SecurityEventKind,
    /// Who acted, when they are logged in; otherwise the event is anonymous (a login, a
    /// refused token), and `user` is the account it concerns.
    pub actor: Option<AuditActor>,
    /// The account concerned, when known (never for an unknown username).
    pub user: Option<UserId>,
    /// The client's address, when the event comes from a request.
    pub address: Option<IpAddr>,
    /// The token or session concerned.
    pub token: Option<TokenId>,
}

impl SecurityEvent {
    pub fn new(kind: SecurityEventKind) -> Self {
        SecurityEvent {
            kind,
            actor: None,
            user: None,
            address: None,
            token: None,
        }
    }
    /// Done by a logged-in caller (their account and token).
    pub fn by(mut self, p: &Principal) -> Self {
        self.actor = Some(p.audit_actor());
        self.user = Some(p.user);
        self.token = Some(p.token);
        self
    }
    pub fn user(mut self, user: UserId) -> Self {
        self.user = Some(user);
        self
    }
    pub fn address(mut self, address: Option<IpAddr>) -> Self {
        self.address = address;
        self
    }
    pub fn token(mut self, token: TokenId) -> Self {
        self.token = Some(token);
        self
    }
}

fn audit_entry(state: &AppState, event: &SecurityEvent) -> AuditEvent {
    let subject = [
        event.user.map(|u| format!("user {u}")),
        event.token.map(|t| format!("token {t}")),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(", ");
    let entry = AuditEvent::new(
        (state.now)(),
        event.actor.clone().unwrap_or(AuditActor::Anonymous),
        event.kind.audit_action(),
    )
    .address(event.address.map(|a| a.to_string()))
    // The precise kind (e.g. `totp_reused`, `session_idle`) is why the entry exists.
    .reason(event.kind.code());
    let entry = if subject.is_empty() {
        entry
    } else {
        entry.subject(subject)
    };
    if event.kind.is_warning() {
        entry.denied()
    } else {
        entry
    }
}

fn log(event: &SecurityEvent) {
    let kind = event.kind.code();
    let user = event.user.map(|u| u.to_string());
    let token = event.token.map(|t| t.to_string());
    let address = event.address.map(|a| a.to_string());
    let (user, token, address) = (
        user.as_deref().unwrap_or("-"),
        token.as_deref().unwrap_or("-"),
        address.as_deref().unwrap_or("-"),
    );
    if event.kind.is_warning() {
        tracing::warn!(target: "trm::security", kind, user, token, address, "security event");
    } else {
        tracing::info!(target: "trm::security", kind, user, token, address, "security event");
    }
}

/// Records a security event: appends it to the audit trail (with `change`, when given,
/// in the same transaction: both are committed or neither) and logs it. A change that
/// fails did not happen, so neither did its event: then only the error is returned.
pub async fn record_with(
    state: &AppState,
    event: SecurityEvent,
    change: Option<Change>,
) -> Result<(), StoreError> {
    let entry = audit_entry(state, &event);
    let with_change = change.is_some();
    let written = match change {
        Some(change) => state.store.write_audited(change, vec![entry]).await,
        None => state.store.audit(vec![entry]).await,
    };
    if written.is_ok() || !with_change {
        log(&event);
    }
    written
}

/// Records a security event that comes without a change. If the audit trail cannot be
/// written, the event is still logged and the failure with it; the request goes on to
/// be refused (or answered) as it would have been.
pub async fn record(state: &AppState, event: SecurityEvent) {
    if let Err(e) = record_with(state, event, None).await {
        tracing::error!(target: "trm::security", error = %e, "a security event could not be written to the audit trail");
    }
}
