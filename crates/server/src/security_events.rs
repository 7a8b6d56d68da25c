//! Security events: every failed login, lockout, replayed code, CSRF failure, forged or
//! expired token and token change goes through [`record`], the one place that will also
//! write them to the audit log. Events carry user ids, never usernames, passwords, codes
//! or tokens: a failed login's username may be someone's password typed in the wrong field.

use std::net::IpAddr;

use trm_domain::ids::{TokenId, UserId};

use crate::AppState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecurityEventKind {
    /// A wrong password, unknown user, or wrong or missing second factor.
    LoginFailed,
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
    UserDisabled,
}

impl SecurityEventKind {
    pub fn code(self) -> &'static str {
        use SecurityEventKind::*;
        match self {
            LoginFailed => "login_failed",
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
            UserDisabled => "user_disabled",
        }
    }

    /// Events that may be an attack, as opposed to an account doing its own business.
    pub fn is_warning(self) -> bool {
        use SecurityEventKind::*;
        matches!(
            self,
            LoginFailed
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
}

#[derive(Debug, Clone)]
pub struct SecurityEvent {
    pub kind: SecurityEventKind,
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
            user: None,
            address: None,
            token: None,
        }
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

/// Records a security event. For now a `tracing` event on target `trm::security`; the
/// audit log is written from here too once it exists.
pub fn record(_state: &AppState, event: SecurityEvent) {
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
