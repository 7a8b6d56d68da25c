//! The one place where errors become HTTP answers. 5xx bodies are generic; details go to
//! the log (never personal data: errors carry field names and rules, not values).

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use trm_domain::{DomainError, FieldError, Rule};
use trm_store::StoreError;
use utoipa::ToSchema;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{0}")]
    Malformed(String),
    #[error("authentication required: the bearer token is missing, unknown or expired")]
    Unauthenticated,
    /// Wrong password, unknown user, wrong or missing second factor: one answer for all.
    #[error(
        "the username, the password or the code is wrong (an account with an authenticator app needs its current code in `totp`, or a recovery code)"
    )]
    BadCredentials,
    #[error("your role does not allow this")]
    Forbidden,
    #[error("this API token's scopes do not allow this")]
    InsufficientScope,
    #[error(
        "this session may only set up the second factor: POST /api/auth/totp/enrol, then POST /api/auth/totp/confirm with a code from the authenticator app"
    )]
    SecondFactorRequired,
    #[error("this needs an interactive login, not an API token")]
    SessionRequired,
    #[error(
        "a request made with the session cookie must send the session's CSRF token in the X-CSRF-Token header"
    )]
    Csrf,
    /// The account (or an unknown username, answered alike) is locked after failures.
    #[error(
        "this account is locked after repeated failed logins: try again in {} minute(s)",
        minutes(*retry_after)
    )]
    AccountLocked { retry_after: u64 },
    /// The client's address is refused after repeated failures.
    #[error(
        "too many failed logins from your address: try again in {} minute(s)",
        minutes(*retry_after)
    )]
    TooManyAttempts { retry_after: u64 },
    /// "Missing" and "not yours" answer the same.
    #[error("no such {0}")]
    NotFound(&'static str),
    #[error("{0}")]
    Conflict(String),
    #[error("the request breaks {} rule(s)", .0.len())]
    Invalid(Vec<FieldError>),
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    #[error("the request body is too large")]
    PayloadTooLarge,
    #[error("internal error")]
    Internal(String),
}

fn minutes(seconds: u64) -> u64 {
    seconds.div_ceil(60).max(1)
}

/// Every error answer has this shape.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    /// Stable machine-readable code.
    pub code: &'static str,
    pub message: String,
    /// One entry per broken rule (for `invalid`), naming the field.
    pub errors: Vec<FieldError>,
}

impl ApiError {
    pub fn field(field: impl Into<String>, rule: Rule) -> Self {
        ApiError::Invalid(vec![FieldError::new(field, rule)])
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::Malformed(_) => (StatusCode::BAD_REQUEST, "malformed"),
            ApiError::Unauthenticated => (StatusCode::UNAUTHORIZED, "unauthenticated"),
            ApiError::BadCredentials => (StatusCode::UNAUTHORIZED, "bad_credentials"),
            ApiError::Forbidden => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::InsufficientScope => (StatusCode::FORBIDDEN, "insufficient_scope"),
            ApiError::SecondFactorRequired => (StatusCode::FORBIDDEN, "second_factor_required"),
            ApiError::SessionRequired => (StatusCode::FORBIDDEN, "session_required"),
            ApiError::Csrf => (StatusCode::FORBIDDEN, "csrf"),
            ApiError::AccountLocked { .. } => (StatusCode::TOO_MANY_REQUESTS, "account_locked"),
            ApiError::TooManyAttempts { .. } => {
                (StatusCode::TOO_MANY_REQUESTS, "too_many_attempts")
            }
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            ApiError::Invalid(_) => (StatusCode::UNPROCESSABLE_ENTITY, "invalid"),
            ApiError::UnsupportedMediaType => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            ApiError::PayloadTooLarge => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if let ApiError::Internal(detail) = &self {
            tracing::error!(%detail, "request failed");
        }
        let message = self.to_string();
        let retry_after = match self {
            ApiError::AccountLocked { retry_after } | ApiError::TooManyAttempts { retry_after } => {
                Some(retry_after.max(1))
            }
            _ => None,
        };
        let errors = match self {
            ApiError::Invalid(errors) => errors,
            _ => Vec::new(),
        };
        let mut response = (
            status,
            axum::Json(ErrorBody {
                code,
                message,
                errors,
            }),
        )
            .into_response();
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                HeaderValue::from_static("Bearer realm=\"opentrm\""),
            );
        }
        response
    }
}

impl From<DomainError> for ApiError {
    fn from(e: DomainError) -> Self {
        match e {
            DomainError::Invalid(errors) => ApiError::Invalid(errors),
            DomainError::Catalogue(m) => ApiError::Internal(m),
        }
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Conflict => ApiError::Conflict(
                "the case was changed by someone else meanwhile: reload it and try again".into(),
            ),
            StoreError::Duplicate(what) => ApiError::field(what, Rule::AlreadyTaken),
            other => ApiError::Internal(other.to_string()),
        }
    }
}
