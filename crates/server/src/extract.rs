//! Request extractors that answer bad input with errors naming the field.

use axum::body::Bytes;
use axum::extract::{FromRequest, FromRequestParts, Query, Request};
use axum::http::header::CONTENT_TYPE;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use trm_domain::{FieldError, Rule};

use crate::error::ApiError;

/// A JSON body: 415 without a JSON content type, 413 when too large, 400 when it is not
/// JSON, 422 naming the field when it does not fit the schema (unknown fields included).
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.split(';').next())
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::Malformed(format!("the request body could not be read: {rejection}"))
            }
        })?;
        parse_json(&bytes).map(ApiJson)
    }
}

/// Parses a JSON document into `T`: not JSON at all is a 400; JSON of the wrong shape
/// is a 422 naming the field. (Parsing to a value first keeps the two apart: serde_json
/// reports some shape errors, such as a number where a code is expected, as syntax.)
pub fn parse_json<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| ApiError::Malformed(format!("the body is not valid JSON: {e}")))?;
    // serde's derive would also read a struct from an array of its fields in order, so
    // `["name","password"]` logged in (found by the json_login fuzz target). Every body
    // of this API is an object.
    if value.is_array() {
        return Err(ApiError::field("(body)", Rule::NotAnObject));
    }
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        ApiError::Invalid(vec![field_error(&path, e.inner())])
    })
}

fn field_error(path: &str, e: &serde_json::Error) -> FieldError {
    let message = e.to_string();
    let message = message
        .split(" at line ")
        .next()
        .unwrap_or(&message)
        .to_owned();
    let path = if path == "." { "" } else { path };
    // serde reports unknown and missing fields at the parent; name the field itself.
    let named = ["unknown field `", "missing field `"]
        .iter()
        .find_map(|prefix| message.strip_prefix(prefix))
        .and_then(|rest| rest.split('`').next());
    let already_named = |name: &str| path == name || path.ends_with(&format!(".{name}"));
    let field = match named {
        Some(name) if already_named(name) => path.to_owned(),
        Some(name) if path.is_empty() => name.to_owned(),
        Some(name) => format!("{path}.{name}"),
        None if path.is_empty() => "(body)".to_owned(),
        None => path.to_owned(),
    };
    // A missing field is what an empty required field of a web form becomes: it has a
    // rule of its own so the page can say so in the reader's language.
    let rule = match message
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        Some(name) => Rule::MissingField {
            name: name.to_owned(),
        },
        None => Rule::Malformed { detail: message },
    };
    FieldError::new(field, rule)
}

/// Query parameters; a bad one is a 422 naming the parameter.
pub struct ApiQuery<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned + Send> FromRequestParts<S> for ApiQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        Query::<T>::from_request_parts(parts, state)
            .await
            .map(|Query(v)| ApiQuery(v))
            .map_err(|e| {
                ApiError::field(
                    "query",
                    Rule::Malformed {
                        detail: e.body_text(),
                    },
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use trm_domain::NewCase;

    fn invalid(body: &str) -> Vec<FieldError> {
        match parse_json::<NewCase>(body.as_bytes()) {
            Err(ApiError::Invalid(errors)) => errors,
            other => panic!("expected 422, got {other:?}"),
        }
    }

    #[test]
    fn errors_name_the_field() {
        let e = invalid(r#"{"status":"presumed_victim","person":{"sex":"maybe"}}"#);
        assert_eq!(e[0].field, "person.sex");
        assert!(
            e[0].message.contains("unknown variant `maybe`"),
            "{}",
            e[0].message
        );

        let e = invalid(r#"{"status":"presumed_victim","person":{"sex":"male","colour":"red"}}"#);
        assert_eq!(e[0].field, "person.colour");

        let e = invalid(r#"{"person":{"sex":"male"}}"#);
        assert_eq!(e[0].field, "status");

        let e = invalid(
            r#"{"status":"presumed_victim","person":{"sex":"male","citizenships":["AL","ZZ"]}}"#,
        );
        assert_eq!(e[0].field, "person.citizenships[1]");
        assert!(e[0].message.contains("ISO 3166-1"));

        let e = invalid(
            r#"{"status":"presumed_victim","person":{"sex":"male","date_of_birth":"1990-13-01"}}"#,
        );
        assert_eq!(e[0].field, "person.date_of_birth");

        let e = invalid(
            r#"{"status":"presumed_victim","person":{"sex":"male","identity_confirmed":"yes"}}"#,
        );
        assert_eq!(e[0].field, "person.identity_confirmed");
    }

    #[test]
    fn a_body_that_is_an_array_is_refused() {
        let e = invalid(r#"["presumed_victim",{"given_name":"Testa","sex":"female"}]"#);
        assert_eq!(e[0].field, "(body)");
    }

    #[test]
    fn malformed_json_is_a_400() {
        for body in ["{", "", "not json", r#"{"status":}"#, "[1, 2"] {
            assert!(
                matches!(
                    parse_json::<NewCase>(body.as_bytes()),
                    Err(ApiError::Malformed(_))
                ),
                "{body}"
            );
        }
    }
}
