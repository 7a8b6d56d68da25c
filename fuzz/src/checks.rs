//! What each fuzz target does with one input: the parsing call the node makes on outside
//! input, then the invariants that must hold whatever the input was.
//!
//! This file is shared: the fuzz targets call it (through `trm_fuzz`), and
//! `crates/server/tests/fuzz_corpus.rs` includes it with `#[path]` and replays every file
//! of `fuzz/corpus/` through it under plain `cargo test`, so a target that stops compiling
//! or a corpus input that starts failing is caught without the fuzzer. It may therefore
//! use only what `trm-server` and its dev-dependencies provide, and no `unwrap`/`expect`
//! (the workspace lints apply to it there). A broken invariant is a panic, which libFuzzer
//! reports as a crash.

use std::collections::BTreeSet;
use std::future::Future;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::LazyLock;
use std::task::{Context, Poll, Waker};

use axum::extract::FromRequestParts;
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Request, Uri};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use time::OffsetDateTime;
use time::macros::datetime;
use trm_crypto::NodeSigningKey;
use trm_crypto::stream::{CHUNK_SIZE, STREAM_MAGIC};
use trm_crypto::{CryptoError, KeyId, Keyring, open_stream, seal_stream, sealed_key_id};
use trm_domain::access::{CaseShare, GranteeOrganisation, NewShare};
use trm_domain::anonymise::RetentionRule;
use trm_domain::audit::{
    AuditEvent, AuditMetadata, ChainBreak, ChainVerifier, GENESIS, Hash, StoredEntry, entry_hash,
};
use trm_domain::case::Restriction;
use trm_domain::codes::CountryCode;
use trm_domain::consent::{ConsentRecord, NewConsent, RevokeConsent};
use trm_domain::ids::{CaseId, ConsentId, MeasureId, OrganisationId, UserId};
use trm_domain::measure::{Measure, MeasureUpdate, NewMeasure};
use trm_domain::org::{NewOrganisation, NewUser, Organisation, User, check_password};
use trm_domain::referral::{DraftInput, ReferralVersion, VersionState, edit_draft};
use trm_domain::template::{
    Document, DocumentRef, Profile, Side, Values, WireDocument, check_for_sending, check_version,
    embedded, profile_for,
};
use trm_domain::view::CaseView;
use trm_domain::{Case, CasePatch, DomainError, NewCase, Sop};
use trm_exchange::{
    ExchangeError, Header, HpkeKeyPair, LocalKeys, MessageKind, PeerKeys, SignedKeyHandover,
    key_id as exchange_key_id, open as open_envelope, peek_header, seal as seal_envelope, verify,
    verify_handover,
};
use trm_server::accounts::{ConfirmTotp, LoginRequest, NewApiToken};
use trm_server::auth::{Via, request_token};
use trm_server::error::ApiError;
use trm_server::extract::{ApiQuery, parse_json};
use trm_server::services::{AuditQuery, CaseQuery, ReasonInput};
use uuid::Uuid;

/// What a target does with one input.
pub type Check = fn(&[u8]);

/// Every target: its name (the folder under `fuzz/corpus/`) and what it does with an input.
pub const TARGETS: &[(&str, Check)] = &[
    ("json_new_case", json_new_case),
    ("json_case_patch", json_case_patch),
    ("json_new_measure", json_new_measure),
    ("json_new_consent", json_new_consent),
    ("json_new_share", json_new_share),
    ("json_login", json_login),
    ("json_confirm_totp", json_confirm_totp),
    ("json_new_api_token", json_new_api_token),
    ("json_measure_update", json_measure_update),
    ("json_revoke_consent", json_revoke_consent),
    ("json_new_organisation", json_new_organisation),
    ("json_new_user", json_new_user),
    ("json_reason", json_reason),
    ("query_cases", query_cases),
    ("query_audit", query_audit),
    ("bearer_header", bearer_header),
    ("session_cookie", session_cookie),
    ("sealed_value", sealed_value),
    ("sealed_stream", sealed_stream),
    ("key_file", key_file),
    ("audit_chain", audit_chain),
    ("node_config", node_config),
    ("json_referral_wire", json_referral_wire),
    ("json_referral_draft", json_referral_draft),
    ("template_profile", template_profile),
    ("envelope_open", envelope_open),
    ("json_request_payload", json_request_payload),
    ("json_key_handover", json_key_handover),
];

/// The clock of every check, so a crash reproduces.
pub const NOW: OffsetDateTime = datetime!(2026-11-22 10:00 UTC);

/// A synthetic keyring (keys 1 and 2, 2 current) with fixed bytes, so seed inputs sealed
/// under it open: key 1 is the bytes 0..32, key 2 the bytes 32..64.
pub const KEY_FILE: &str = r#"current = 2

[[key]]
id = 1
created_at = "2026-11-01T10:00:00Z"
key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="

[[key]]
id = 2
created_at = "2026-11-22T10:00:00Z"
key = "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8="
"#;

static KEYRING: LazyLock<Result<Keyring, CryptoError>> =
    LazyLock::new(|| Keyring::from_toml(KEY_FILE));

/// The fixed keyring of the crypto targets.
pub fn keyring() -> &'static Keyring {
    match &*KEYRING {
        Ok(k) => k,
        Err(e) => panic!("the fixed fuzzing keyring does not parse: {e}"),
    }
}

fn id(n: u128) -> Uuid {
    Uuid::from_u128(n)
}

// ---------------------------------------------------------------------------------------
// JSON bodies: exactly `parse_json`, the function behind the `ApiJson` extractor.

/// Checks the answer of `parse_json` to `bytes`: Ok, a 400 for what is not JSON, or a 422
/// whose errors each name a field (one the input has, or one `fields` declares). An Ok
/// value must survive a trip out and back through the same parser.
fn check_body<T>(bytes: &[u8], fields: &[&str]) -> Option<T>
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let result = parse_json::<T>(bytes);
    check_body_answer(bytes, &result, fields);
    let value = result.ok()?;
    let again = match serde_json::to_vec(&value) {
        Ok(json) => parse_json::<T>(&json),
        Err(e) => panic!("a parsed body does not serialise: {e}"),
    };
    match again {
        Ok(v) => assert_eq!(v, value, "a parsed body changes on a trip out and back"),
        Err(e) => panic!("a parsed body, written out, no longer parses: {e:?}"),
    }
    Some(value)
}

fn check_body_answer<T>(bytes: &[u8], result: &Result<T, ApiError>, fields: &[&str]) {
    let json = serde_json::from_slice::<Value>(bytes).ok();
    match result {
        Ok(_) => assert!(
            json.as_ref().is_some_and(|j| !j.is_array()),
            "accepted a body that is not JSON, or an array"
        ),
        Err(ApiError::Malformed(message)) => {
            assert!(json.is_none(), "valid JSON answered 400: {message}");
            assert!(!message.is_empty());
        }
        Err(ApiError::Invalid(errors)) => {
            let Some(json) = json else {
                panic!("a body that is not JSON answered 422: {errors:?}")
            };
            assert!(!errors.is_empty(), "a 422 without errors");
            if json.is_array() {
                assert_eq!(errors[0].field, "(body)", "an array body was read");
            }
            let keys: Vec<&str> = match &json {
                Value::Object(map) => map.keys().map(String::as_str).collect(),
                _ => Vec::new(),
            };
            for e in errors {
                assert!(
                    !e.message.is_empty() && !e.message.contains(" at line "),
                    "message {:?}",
                    e.message
                );
                let named = e.field == "(body)"
                    || fields
                        .iter()
                        .chain(keys.iter())
                        .any(|k| names_field(&e.field, k));
                assert!(named, "the 422 names no field of the body: {e:?}");
            }
        }
        Err(other) => panic!("parse_json answered {other:?}"),
    }
}

/// Whether `field` (a dotted path such as `person.citizenships[1]`) is `key` or inside it.
fn names_field(field: &str, key: &str) -> bool {
    field
        .strip_prefix(key)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// The top-level fields of a type, from a value of it.
fn fields_of<T: Serialize>(value: &T) -> Vec<String> {
    match serde_json::to_value(value) {
        Ok(Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// A domain check after parsing must answer Ok or errors that each name a field of the
/// input (the domain reports the path as the request spells it).
fn check_domain<T>(result: &Result<T, DomainError>, fields: &[String]) {
    match result {
        Ok(_) => {}
        Err(DomainError::Invalid(errors)) => {
            assert!(!errors.is_empty(), "a domain error without errors");
            for e in errors {
                assert!(!e.message.is_empty(), "{e:?}");
                assert!(
                    fields.iter().any(|f| names_field(&e.field, f)),
                    "the domain error names no field of the input: {e:?} (fields {fields:?})"
                );
            }
        }
        Err(other) => panic!("a domain check answered {other:?}"),
    }
}

/// A stored record (case, measure, consent, share) must read back as written.
fn check_stored_roundtrip<T>(value: &T)
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let doc = match serde_json::to_vec(value) {
        Ok(doc) => doc,
        Err(e) => panic!("a record does not serialise: {e}"),
    };
    match serde_json::from_slice::<T>(&doc) {
        Ok(back) => assert_eq!(&back, value, "a record changes when stored and read back"),
        Err(e) => panic!(
            "a record does not read back: {e}: {}",
            String::from_utf8_lossy(&doc)
        ),
    }
}

fn new_case_json(child: bool) -> Value {
    let mut person = serde_json::json!({
        "given_name": "Testa",
        "family_name": "Fictiva",
        "sex": "female",
        "citizenships": ["MD"]
    });
    if !child {
        person["date_of_birth"] = Value::from("1990-04-01");
    }
    serde_json::json!({ "status": "presumed_victim", "person": person })
}

/// A valid open case (an adult, or a child without a guardian), as the store holds it.
fn base_case(child: bool) -> Case {
    let new: NewCase = match serde_json::from_value(new_case_json(child)) {
        Ok(n) => n,
        Err(e) => panic!("the base case does not parse: {e}"),
    };
    match Case::open(
        CaseId::from_uuid(id(1)),
        OrganisationId::from_uuid(id(2)),
        new,
        NOW,
    ) {
        Ok(c) => c,
        Err(e) => panic!("the base case is invalid: {e}"),
    }
}

/// Every field of `NewCase`, from the base case's body.
static NEW_CASE_FIELDS: LazyLock<Vec<String>> =
    LazyLock::new(
        || match serde_json::from_value::<NewCase>(new_case_json(false)) {
            Ok(new) => fields_of(&new),
            Err(e) => panic!("the base case does not parse: {e}"),
        },
    );
static ADULT: LazyLock<Case> = LazyLock::new(|| base_case(false));
static CHILD: LazyLock<Case> = LazyLock::new(|| base_case(true));

fn check_case(case: &Case) {
    check_stored_roundtrip(case);
    let view = CaseView::new(case.clone(), Vec::new(), Vec::new(), NOW.date());
    if let Err(e) = serde_json::to_vec(&view) {
        panic!("a case view does not serialise: {e}");
    }
}

/// `POST /api/cases`: the body, then opening the case from it.
pub fn json_new_case(data: &[u8]) {
    let fields = &*NEW_CASE_FIELDS;
    let declared: Vec<&str> = fields.iter().map(String::as_str).collect();
    let Some(new) = check_body::<NewCase>(data, &declared) else {
        return;
    };
    let opened = Case::open(
        CaseId::from_uuid(id(10)),
        OrganisationId::from_uuid(id(2)),
        new,
        NOW,
    );
    check_domain(&opened, fields);
    if let Ok(case) = opened {
        check_case(&case);
    }
}

/// `PATCH /api/cases/{id}`: the body, then applying it to an adult's and a child's case.
pub fn json_case_patch(data: &[u8]) {
    let declared = [
        "expected_version",
        "status",
        "person",
        "case_info",
        "cooperation",
        "reflection_period",
        "residence_permit",
        "guardian",
        "best_interests",
        "risk_assessment",
        "assistance_plan",
        "risk_management_plan",
        "case_manager",
        "closed_on",
    ];
    let fields: Vec<String> = declared.iter().map(|f| (*f).to_owned()).collect();
    let Some(patch) = check_body::<CasePatch>(data, &declared) else {
        return;
    };
    for base in [&*ADULT, &*CHILD] {
        let patched = base.patched(patch.clone(), NOW);
        check_domain(&patched, &fields);
        if let Ok(case) = patched {
            assert_eq!(case.version, base.version + 1);
            check_case(&case);
        }
    }
}

/// `POST /api/cases/{id}/measures`: the body, then opening the measure on an adult's and
/// a child's case.
pub fn json_new_measure(data: &[u8]) {
    let declared = [
        "code",
        "status",
        "responsible_organisation",
        "assignee",
        "due_on",
        "notes",
    ];
    let Some(new) = check_body::<NewMeasure>(data, &declared) else {
        return;
    };
    let fields = fields_of(&new);
    for case in [&*ADULT, &*CHILD] {
        let opened = Measure::open(MeasureId::from_uuid(id(20)), case, new.clone(), NOW);
        check_domain(&opened, &fields);
        if let Ok(m) = opened {
            check_stored_roundtrip(&m);
            let view = CaseView::new(case.clone(), vec![m], Vec::new(), NOW.date());
            if let Err(e) = serde_json::to_vec(&view) {
                panic!("a case view does not serialise: {e}");
            }
        }
    }
}

/// `POST /api/cases/{id}/consents`: the body, then recording the consent.
pub fn json_new_consent(data: &[u8]) {
    let declared = ["scope", "decision", "decided_on", "informed"];
    let Some(new) = check_body::<NewConsent>(data, &declared) else {
        return;
    };
    let fields = fields_of(&new);
    let recorded = ConsentRecord::record(
        ConsentId::from_uuid(id(30)),
        ADULT.id,
        new,
        UserId::from_uuid(id(3)),
        NOW,
    );
    check_domain(&recorded, &fields);
    if let Ok(record) = recorded {
        check_stored_roundtrip(&record);
        let view = CaseView::new(ADULT.clone(), Vec::new(), vec![record], NOW.date());
        if let Err(e) = serde_json::to_vec(&view) {
            panic!("a case view does not serialise: {e}");
        }
    }
}

/// `POST /api/cases/{id}/shares`: the body, then creating the share against the case's
/// consents (none, so only a legal basis can pass).
pub fn json_new_share(data: &[u8]) {
    let declared = [
        "grantee",
        "sections",
        "purpose",
        "legal_basis",
        "reason",
        "until",
    ];
    let Some(new) = check_body::<NewShare>(data, &declared) else {
        return;
    };
    let fields = fields_of(&new);
    let Ok(country) = CountryCode::parse("IT") else {
        panic!("IT is not a country code")
    };
    let had_basis = new
        .legal_basis
        .as_deref()
        .is_some_and(|b| !b.trim().is_empty());
    let sections: BTreeSet<_> = new.sections.clone();
    let created = CaseShare::create(
        id(40),
        &ADULT,
        &[],
        new,
        GranteeOrganisation {
            country,
            name: "Synthetic Shelter Fictiva",
        },
        UserId::from_uuid(id(3)),
        NOW,
    );
    check_domain(&created, &fields);
    if let Ok(share) = created {
        assert!(
            had_basis,
            "a share without consent or legal basis was created"
        );
        assert_eq!(share.sections, sections);
        assert!(!share.sections.is_empty());
        check_stored_roundtrip(&share);
    }
}

/// `POST /api/auth/login`: the body.
pub fn json_login(data: &[u8]) {
    let fields = ["username", "password", "totp", "recovery_code", "session"];
    let result = parse_json::<LoginRequest>(data);
    check_body_answer(data, &result, &fields);
    if let Ok(login) = result {
        let Ok(Value::Object(map)) = serde_json::from_slice::<Value>(data) else {
            panic!("a login body that is not a JSON object was accepted")
        };
        assert!(
            map.keys().all(|k| fields.contains(&k.as_str())),
            "a login body with other fields was accepted"
        );
        assert_eq!(map.get("username"), Some(&Value::from(login.username)));
        assert_eq!(map.get("password"), Some(&Value::from(login.password)));
        if let Some(code) = &login.totp {
            let digits = code.as_str();
            assert!(digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()));
        }
    }
}

/// `POST /api/auth/totp/confirm`: the body (a six-digit code).
pub fn json_confirm_totp(data: &[u8]) {
    let result = parse_json::<ConfirmTotp>(data);
    check_body_answer(data, &result, &["code"]);
    if let Ok(confirm) = result {
        let digits = confirm.code.as_str();
        assert!(
            digits.len() == 6 && digits.bytes().all(|b| b.is_ascii_digit()),
            "{digits:?} accepted as a TOTP code"
        );
    }
}

/// `POST /api/auth/tokens`: the body of a new API token.
pub fn json_new_api_token(data: &[u8]) {
    let result = parse_json::<NewApiToken>(data);
    check_body_answer(data, &result, &["name", "scopes", "expires_in_days"]);
}

fn base_measure(case: &Case, code: &str) -> Measure {
    let body = serde_json::json!({ "code": code, "notes": "Synthetic." });
    let new: NewMeasure = match serde_json::from_value(body) {
        Ok(n) => n,
        Err(e) => panic!("the base measure does not parse: {e}"),
    };
    match Measure::open(MeasureId::from_uuid(id(21)), case, new, NOW) {
        Ok(m) => m,
        Err(e) => panic!("the base measure is invalid: {e}"),
    }
}

/// `PATCH /api/cases/{id}/measures/{measure_id}`: the body, then applying it to a
/// measure of an adult's case and to a return measure of a child's case.
pub fn json_measure_update(data: &[u8]) {
    let declared = [
        "status",
        "responsible_organisation",
        "assignee",
        "due_on",
        "notes",
    ];
    let fields: Vec<String> = declared.iter().map(|f| (*f).to_owned()).collect();
    let Some(update) = check_body::<MeasureUpdate>(data, &declared) else {
        return;
    };
    for (case, code) in [
        (&*ADULT, "sop1.initial_referral"),
        (&*CHILD, "sop4.family_tracing"),
    ] {
        let measure = base_measure(case, code);
        let updated = measure.updated(case, update.clone(), NOW);
        check_domain(&updated, &fields);
        if let Ok(m) = updated {
            assert_eq!((m.id, &m.code), (measure.id, &measure.code));
            check_stored_roundtrip(&m);
        }
    }
}

/// `POST /api/cases/{id}/consents/{consent_id}/revoke`: the body, then revoking a given
/// consent and a refusal.
pub fn json_revoke_consent(data: &[u8]) {
    let declared = ["revoked_on", "reason"];
    let Some(input) = check_body::<RevokeConsent>(data, &declared) else {
        return;
    };
    for decision in ["given", "refused"] {
        let body = serde_json::json!({
            "scope": { "kind": "return", "country": "MD" },
            "decision": decision,
            "decided_on": "2026-11-01",
            "informed": { "language": "ro", "interpreter_present": true }
        });
        let new: NewConsent = match serde_json::from_value(body) {
            Ok(n) => n,
            Err(e) => panic!("the base consent does not parse: {e}"),
        };
        let record = match ConsentRecord::record(
            ConsentId::from_uuid(id(31)),
            ADULT.id,
            new,
            UserId::from_uuid(id(3)),
            NOW,
        ) {
            Ok(r) => r,
            Err(e) => panic!("the base consent is invalid: {e}"),
        };
        // The record's own fields may be named too (`decision`, `revocation`).
        let mut fields = fields_of(&input);
        fields.extend(fields_of(&record));
        let revoked = record.revoked(input.clone(), UserId::from_uuid(id(3)), NOW);
        check_domain(&revoked, &fields);
        if let Ok(r) = revoked {
            assert!(r.revocation.is_some());
            assert_eq!(decision, "given", "a refusal was revoked");
            check_stored_roundtrip(&r);
        }
    }
}

/// `POST /api/organisations`: the body, then creating the organisation.
pub fn json_new_organisation(data: &[u8]) {
    let declared = ["name", "kind", "country"];
    let Some(new) = check_body::<NewOrganisation>(data, &declared) else {
        return;
    };
    let fields = fields_of(&new);
    let created = Organisation::create(OrganisationId::from_uuid(id(50)), new);
    check_domain(&created, &fields);
    if let Ok(org) = created {
        assert_eq!(org.name.trim(), org.name);
        check_stored_roundtrip(&org);
    }
}

/// `POST /api/users`: the body, then creating the user (the password is hashed after).
pub fn json_new_user(data: &[u8]) {
    let declared = [
        "username",
        "display_name",
        "role",
        "organisation",
        "password",
    ];
    let Some(new) = check_body::<NewUser>(data, &declared) else {
        return;
    };
    let fields = fields_of(&new);
    let created = User::create(UserId::from_uuid(id(51)), &new, NOW);
    check_domain(&created, &fields);
    let password_ok = check_password(&new.password).is_ok();
    match &created {
        Ok(user) => {
            assert!(password_ok, "a user with a weak password was created");
            check_stored_roundtrip(user);
        }
        Err(DomainError::Invalid(errors)) if !password_ok => {
            assert!(
                errors.iter().any(|e| e.field == "password"),
                "a weak password is not named: {errors:?}"
            );
        }
        Err(_) => {}
    }
}

/// `POST /api/cases/{id}/restrict`, `/erase`, `/break-glass`: the body, then restricting
/// a case and breaking the glass with its reason.
pub fn json_reason(data: &[u8]) {
    let result = parse_json::<ReasonInput>(data);
    check_body_answer(data, &result, &["reason"]);
    let Ok(input) = result else {
        return;
    };
    let reason_fields = vec!["reason".to_owned(), "case".to_owned()];
    let restricted = ADULT.restricted(
        Restriction {
            requested_on: NOW.date(),
            reason: input.reason.clone(),
            recorded_by: UserId::from_uuid(id(3)),
        },
        NOW,
    );
    check_domain(&restricted, &reason_fields);
    if let Ok(case) = restricted {
        assert!(
            case.check_changeable().is_err(),
            "a restricted case can change"
        );
        check_stored_roundtrip(&case);
    }
    let glass =
        CaseShare::break_glass(id(41), &ADULT, UserId::from_uuid(id(4)), &input.reason, NOW);
    check_domain(&glass, &reason_fields);
    if let Ok(share) = glass {
        assert!(share.reason.chars().count() >= 10);
        check_stored_roundtrip(&share);
    }
}

// ---------------------------------------------------------------------------------------
// Headers and query strings: the extractors themselves, polled once (they never wait).

fn ready<F: Future>(future: F) -> F::Output {
    let mut future = std::pin::pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    match future.as_mut().poll(&mut cx) {
        Poll::Ready(v) => v,
        Poll::Pending => panic!("an extractor waited for something"),
    }
}

fn parts(request: Result<Request<()>, axum::http::Error>) -> Option<Parts> {
    request.ok().map(|r| r.into_parts().0)
}

/// `GET /api/cases?…`: the query string through `ApiQuery<CaseQuery>` (only strings that
/// form a valid request target reach it), then the checks `list_cases` makes before the
/// store.
pub fn query_cases(data: &[u8]) {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(uri) = Uri::try_from(format!("/api/cases?{query}")) else {
        return;
    };
    let Some(mut parts) = parts(Request::builder().uri(uri).body(())) else {
        return;
    };
    match ready(ApiQuery::<CaseQuery>::from_request_parts(&mut parts, &())) {
        Ok(ApiQuery(q)) => {
            if let Some(n) = q.sop {
                assert_eq!(Sop::from_number(n).is_some(), (1..=5).contains(&n));
            }
            if let Some(before) = q.before.as_deref()
                && let Ok(id) = CaseId::parse(before)
            {
                assert_eq!(CaseId::parse(&id.to_string()).ok(), Some(id));
            }
        }
        Err(ApiError::Invalid(errors)) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].field, "query");
            assert!(!errors[0].message.is_empty());
        }
        Err(other) => panic!("ApiQuery answered {other:?}"),
    }
}

/// `GET /api/audit?…`: the query string through `ApiQuery<AuditQuery>`.
pub fn query_audit(data: &[u8]) {
    let Ok(query) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(uri) = Uri::try_from(format!("/api/audit?{query}")) else {
        return;
    };
    let Some(mut parts) = parts(Request::builder().uri(uri).body(())) else {
        return;
    };
    match ready(ApiQuery::<AuditQuery>::from_request_parts(&mut parts, &())) {
        Ok(ApiQuery(_)) => {}
        Err(ApiError::Invalid(errors)) => {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].field, "query");
            assert!(!errors[0].message.is_empty());
        }
        Err(other) => panic!("ApiQuery answered {other:?}"),
    }
}

/// Whether a token is of the form the node hands out.
fn well_formed(token: &str) -> bool {
    token.starts_with("trm_")
        && token.len() < 128
        && token
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `Authorization:` header values through `request_token`, the parsing behind every
/// authenticated extractor; a cookie beside it must not win.
pub fn bearer_header(data: &[u8]) {
    let Ok(value) = HeaderValue::from_bytes(data) else {
        return;
    };
    let mut headers = HeaderMap::new();
    headers.insert(AUTHORIZATION, value);
    let alone = request_token(&headers);
    headers.insert(
        COOKIE,
        HeaderValue::from_static("trm_session=trm_cookieTokenOfATestaFictivaSession"),
    );
    assert_eq!(
        request_token(&headers),
        alone,
        "the cookie won over the header"
    );
    match alone {
        Some(Ok((token, via))) => {
            assert_eq!(via, Via::Bearer);
            let Ok(text) = std::str::from_utf8(data) else {
                panic!("a token came out of a header that is not text")
            };
            assert!(
                text.starts_with("Bearer ") || text.starts_with("bearer "),
                "a token without the Bearer scheme: {text:?}"
            );
            assert!(well_formed(&token), "{token:?}");
            assert!(text.contains(&token));
        }
        Some(Err(())) => {}
        None => panic!("an Authorization header was not looked at"),
    }
}

/// `Cookie:` header values through `request_token` (several headers, split at newlines).
pub fn session_cookie(data: &[u8]) {
    let mut headers = HeaderMap::new();
    for line in data.split(|b| *b == b'\n').take(8) {
        if let Ok(value) = HeaderValue::from_bytes(line) {
            headers.append(COOKIE, value);
        }
    }
    let named = headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("trm_session"));
    match request_token(&headers) {
        Some(Ok((token, via))) => {
            assert_eq!(via, Via::Cookie);
            assert!(well_formed(&token), "{token:?}");
            assert!(named);
        }
        Some(Err(())) => assert!(named, "a cookie that is not ours was refused"),
        None => {}
    }
}

// ---------------------------------------------------------------------------------------
// Sealed values, sealed streams, key files.

/// A position and an XOR mask from the input, to change one byte of a `len`-byte value.
fn edit(data: &[u8], len: usize) -> (usize, u8) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in data {
        h = (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    let position = (h % len.max(1) as u64) as usize;
    let mask = ((h >> 32) as u8) | 1;
    (position, mask)
}

/// `Keyring::open` on any bytes (a database field someone may have edited), then a
/// seal/open roundtrip of the same bytes. The first byte picks how many of the rest are
/// the associated data.
pub fn sealed_value(data: &[u8]) {
    let keyring = keyring();
    let (aad, sealed) = match data.split_first() {
        Some((n, rest)) => rest.split_at(usize::from(*n % 32).min(rest.len())),
        None => (&[][..], data),
    };
    let looks_sealed = sealed.len() >= trm_crypto::keyring::SEAL_OVERHEAD
        && sealed[0] == trm_crypto::keyring::SEALED_VERSION;
    assert_eq!(sealed_key_id(sealed).is_some(), looks_sealed);
    match keyring.open(sealed, aad) {
        Ok(plain) => {
            assert!(looks_sealed);
            assert_eq!(
                plain.len() + trm_crypto::keyring::SEAL_OVERHEAD,
                sealed.len()
            );
        }
        Err(CryptoError::Malformed(_)) => assert!(!looks_sealed),
        Err(CryptoError::UnknownKey(id)) => {
            assert!(looks_sealed);
            assert!(keyring.key(id).is_none());
        }
        Err(CryptoError::Tampered) => assert!(looks_sealed),
        Err(other) => panic!("open answered {other:?}"),
    }

    let plain = sealed;
    let sealed = match keyring.seal(plain, aad) {
        Ok(s) => s,
        Err(e) => panic!("sealing {} bytes failed: {e}", plain.len()),
    };
    assert_eq!(
        sealed.len(),
        plain.len() + trm_crypto::keyring::SEAL_OVERHEAD
    );
    assert_eq!(sealed_key_id(&sealed), Some(keyring.current()));
    match keyring.open(&sealed, aad) {
        Ok(back) => assert_eq!(back, plain, "seal then open changed the value"),
        Err(e) => panic!("a value just sealed does not open: {e}"),
    }
    let mut other_aad = aad.to_vec();
    other_aad.push(0);
    assert!(keyring.open(&sealed, &other_aad).is_err(), "aad not bound");
    let (position, mask) = edit(data, sealed.len());
    let mut changed = sealed.clone();
    changed[position] ^= mask;
    assert!(keyring.open(&changed, aad).is_err(), "an edit went unseen");
    assert!(
        keyring.open(&sealed[..sealed.len() - 1], aad).is_err(),
        "a cut went unseen"
    );
}

/// A stream of two full chunks and a short last one, sealed once.
static LONG_PLAIN: LazyLock<Vec<u8>> =
    LazyLock::new(|| (0..2 * CHUNK_SIZE + 100).map(|i| (i % 251) as u8).collect());
static LONG_SEALED: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut out = Vec::new();
    if let Err(e) = seal_stream(keyring(), &LONG_PLAIN[..], &mut out) {
        panic!("sealing the long stream failed: {e}");
    }
    out
});

/// Sealed length of a stream of `n` plaintext bytes.
fn sealed_stream_len(n: usize) -> usize {
    31 + n + 16 * (n / CHUNK_SIZE + 1)
}

/// `open_stream` on any bytes (a backup file from outside), a seal/open roundtrip, and
/// edits to a three-chunk stream, each of which must be refused.
pub fn sealed_stream(data: &[u8]) {
    let keyring = keyring();
    let mut out = Vec::new();
    match open_stream(keyring, data, &mut out) {
        Ok(n) => {
            assert_eq!(n as usize, out.len());
            assert_eq!(data.len(), sealed_stream_len(out.len()));
        }
        Err(CryptoError::NotSealed) => assert!(!data.starts_with(STREAM_MAGIC)),
        Err(CryptoError::Truncated | CryptoError::UnknownKey(_) | CryptoError::Tampered) => {
            assert!(data.starts_with(STREAM_MAGIC));
        }
        Err(other) => panic!("open_stream answered {other:?}"),
    }

    let mut sealed = Vec::new();
    match seal_stream(keyring, data, &mut sealed) {
        Ok(n) => assert_eq!(n as usize, data.len()),
        Err(e) => panic!("sealing failed: {e}"),
    }
    assert_eq!(sealed.len(), sealed_stream_len(data.len()));
    let mut back = Vec::new();
    match open_stream(keyring, &sealed[..], &mut back) {
        Ok(n) => assert_eq!((n as usize, &back[..]), (data.len(), data)),
        Err(e) => panic!("a stream just sealed does not open: {e}"),
    }
    let (position, mask) = edit(data, sealed.len());
    for cut in [position, sealed.len() - 1] {
        assert!(
            open_stream(keyring, &sealed[..cut], std::io::sink()).is_err(),
            "a stream cut at {cut} of {} opened",
            sealed.len()
        );
    }
    sealed[position] ^= mask;
    assert!(
        open_stream(keyring, &sealed[..], std::io::sink()).is_err(),
        "an edit at {position} went unseen"
    );

    // Edits to a stream of several chunks: the input says where (4 bytes), with what
    // mask (1 byte) and, if it goes on, where to cut; 0 changes nothing there.
    if let [a, b, c, d, mask, rest @ ..] = data {
        let long = &*LONG_SEALED;
        let position = u32::from_be_bytes([*a, *b, *c, *d]) as usize % long.len();
        let cut = match rest {
            [x, y, z, ..] => u32::from_be_bytes([0, *x, *y, *z]) as usize % (long.len() + 1),
            _ => long.len(),
        };
        let mut edited = long[..cut].to_vec();
        if let Some(byte) = edited.get_mut(position) {
            *byte ^= mask;
        }
        let mut back = Vec::new();
        let result = open_stream(keyring, &edited[..], &mut back);
        if edited == *long {
            assert!(result.is_ok() && back == *LONG_PLAIN, "{result:?}");
        } else {
            assert!(result.is_err(), "an edit or a cut at {cut} went unseen");
            // What was written before the failure is an authentic prefix.
            assert!(LONG_PLAIN.starts_with(&back));
        }
    }
}

/// Base64 strings of a key's length in a key file's text: the secrets an error message
/// must never repeat.
fn quoted_secrets(text: &str) -> Vec<&str> {
    text.split('"')
        .skip(1)
        .step_by(2)
        .map(str::trim)
        .filter(|s| {
            s.len() >= 40
                && s.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/' || b == b'=')
        })
        // Named once in the file: a string that is also a field name may be echoed.
        .filter(|s| text.matches(s).count() == 1)
        .collect()
}

/// `Keyring::from_toml` on any text (the key file, or `TRM_DATA_KEYS`).
pub fn key_file(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Keyring::from_toml(text) {
        Ok(keyring) => {
            let ids = keyring.ids();
            assert!(!ids.is_empty());
            assert!(ids.contains(&keyring.current()));
            assert!(!ids.contains(&KeyId(0)));
            let debug = format!("{keyring:?}");
            for secret in quoted_secrets(text) {
                assert!(!debug.contains(secret), "Debug shows a key");
            }
            let written = match keyring.to_toml() {
                Ok(w) => w,
                Err(e) => panic!("a key file that loads cannot be written back: {e}"),
            };
            let again = match Keyring::from_toml(&written) {
                Ok(k) => k,
                Err(e) => panic!("a key file written back does not load: {e}"),
            };
            assert_eq!(again.ids(), ids);
            assert_eq!(again.current(), keyring.current());
            for id in ids {
                let (Some(a), Some(b)) = (keyring.key(id), again.key(id)) else {
                    panic!("key {id} lost on the way")
                };
                assert_eq!(
                    a.created_at().unix_timestamp(),
                    b.created_at().unix_timestamp()
                );
            }
            let sealed = match keyring.seal(b"Testa Fictiva", b"fuzz") {
                Ok(s) => s,
                Err(e) => panic!("sealing failed: {e}"),
            };
            assert_eq!(
                again.open(&sealed, b"fuzz").ok().as_deref(),
                Some(&b"Testa Fictiva"[..]),
                "the written-back key file holds other keys"
            );
        }
        Err(e @ CryptoError::InvalidKeyFile { .. }) => {
            let CryptoError::InvalidKeyFile {
                origin,
                field,
                problem,
            } = &e
            else {
                return;
            };
            assert_eq!(origin, "data keys");
            assert!(!field.is_empty() && !problem.is_empty(), "{e}");
            let message = e.to_string();
            for secret in quoted_secrets(text) {
                assert!(
                    !message.contains(secret),
                    "the error shows a key: {message}"
                );
            }
        }
        Err(other) => panic!("from_toml answered {other:?}"),
    }
}

// ---------------------------------------------------------------------------------------
// Federation envelopes.

/// Node A (the sender) and node B (the recipient) of the envelope target, with fixed
/// keys: A's signing key from the seed bytes 1, B's from 2; B's current HPKE key from
/// the secret bytes 3, its old (rotated-out, still held) one from 4.
pub struct EnvelopeNodes {
    pub a: Uuid,
    pub b: Uuid,
    pub a_signing: NodeSigningKey,
    pub b_signing: NodeSigningKey,
    pub b_hpke: HpkeKeyPair,
    pub b_old_hpke: HpkeKeyPair,
}

impl EnvelopeNodes {
    /// What B pins of A.
    pub fn a_peer(&self) -> PeerKeys {
        let signing_public = self.a_signing.public_key();
        PeerKeys {
            node_id: self.a,
            signing_key_id: exchange_key_id(&signing_public),
            signing_public,
            // A's HPKE key plays no part in A → B.
            hpke_key_id: exchange_key_id(&[9; 32]),
            hpke_public: [9; 32],
        }
    }

    /// B's keys, the current HPKE key first.
    pub fn b_local(&self) -> LocalKeys<'_> {
        LocalKeys {
            node_id: self.b,
            signing: &self.b_signing,
            hpke: vec![&self.b_hpke, &self.b_old_hpke],
        }
    }

    /// What A pins of B: B's current HPKE key, or with `old` the rotated-out one.
    pub fn b_peer(&self, old: bool) -> PeerKeys {
        let hpke = if old { &self.b_old_hpke } else { &self.b_hpke };
        let signing_public = self.b_signing.public_key();
        PeerKeys {
            node_id: self.b,
            signing_key_id: exchange_key_id(&signing_public),
            signing_public,
            hpke_key_id: hpke.key_id().to_owned(),
            hpke_public: hpke.public_key(),
        }
    }

    /// A's keys (no HPKE key: A only sends here).
    pub fn a_local(&self) -> LocalKeys<'_> {
        LocalKeys {
            node_id: self.a,
            signing: &self.a_signing,
            hpke: Vec::new(),
        }
    }

    /// A referral header from A to B's current key, created a minute before [`NOW`],
    /// valid 30 days.
    pub fn header(&self) -> Header {
        Header {
            message_id: Uuid::from_u128(0x0190_0000_0000_7000_8000_0000_0000_0001),
            kind: MessageKind::Referral,
            sender: self.a,
            recipient: self.b,
            sender_key_id: exchange_key_id(&self.a_signing.public_key()),
            recipient_key_id: self.b_hpke.key_id().to_owned(),
            case_ref: Some(id(0xca5e)),
            sequence: 1,
            consent_ref: Some(id(0xc0)),
            created_at: NOW - time::Duration::minutes(1),
            expires_at: NOW + time::Duration::days(30),
        }
    }
}

static ENVELOPE_NODES: LazyLock<EnvelopeNodes> = LazyLock::new(|| EnvelopeNodes {
    a: id(0xa),
    b: id(0xb),
    a_signing: NodeSigningKey::from_seed(&[1; 32], NOW),
    b_signing: NodeSigningKey::from_seed(&[2; 32], NOW),
    b_hpke: HpkeKeyPair::from_secret(&[3; 32], NOW),
    b_old_hpke: HpkeKeyPair::from_secret(&[4; 32], NOW - time::Duration::days(365))
        .with_valid_until(Some(NOW)),
});

/// The fixed nodes of the envelope target.
pub fn envelope_nodes() -> &'static EnvelopeNodes {
    &ENVELOPE_NODES
}

/// Bytes an envelope adds to its payload, beside the header: enc, ciphertext length,
/// the ids repeated inside, the tag, the signature.
const ENVELOPE_OVERHEAD: usize = 32 + 4 + 48 + 16 + 64;

/// B opening any bytes as an envelope from A (what a peer POSTs, or a bundle holds):
/// `peek_header`, `verify` and `open` must agree with each other and answer only their
/// documented errors; a header that parses is the canonical start of the input; then
/// the input, as a payload, sealed A → B opens unchanged, and one edit of it is refused.
pub fn envelope_open(data: &[u8]) {
    let nodes = envelope_nodes();
    let (a, b) = (nodes.a_peer(), nodes.b_local());
    let peeked = peek_header(data);
    let verified = verify(data, &a);
    let opened = open_envelope(data, &b, &a, NOW);

    if let Ok(header) = &peeked {
        match header.to_bytes() {
            Ok(bytes) => assert!(data.starts_with(&bytes), "a header that is not canonical"),
            Err(e) => panic!("a parsed header does not encode: {e}"),
        }
    }
    match (&peeked, &verified) {
        (Ok(p), Ok(v)) => assert_eq!(p, v),
        (Err(_), Ok(_)) => panic!("verified an envelope that does not parse"),
        (Err(_), Err(e)) => assert!(
            matches!(e, ExchangeError::Malformed { .. } | ExchangeError::TooLarge),
            "{e:?}"
        ),
        (Ok(_), Err(e)) => assert!(
            matches!(
                e,
                ExchangeError::BadSignature
                    | ExchangeError::WrongSender
                    | ExchangeError::UnknownKey { .. }
            ),
            "verify answered {e:?}"
        ),
    }
    match &opened {
        Ok(o) => {
            assert_eq!(verified.as_ref().ok(), Some(&o.header));
            assert_eq!(o.header.recipient, nodes.b);
            assert!(o.header.expires_at > NOW);
            let header_len = o.header.to_bytes().map(|b| b.len()).unwrap_or_default();
            assert_eq!(data.len(), header_len + ENVELOPE_OVERHEAD + o.payload.len());
        }
        Err(e @ (ExchangeError::Malformed { .. } | ExchangeError::TooLarge)) => {
            assert!(peeked.is_err(), "{e:?} for a header that parses");
        }
        Err(
            ExchangeError::BadSignature
            | ExchangeError::WrongSender
            | ExchangeError::UnknownKey { .. },
        ) if verified.is_err() => {}
        Err(
            ExchangeError::WrongRecipient
            | ExchangeError::Expired
            | ExchangeError::NotYetValid
            | ExchangeError::UnknownKey { .. }
            | ExchangeError::DecryptFailed
            | ExchangeError::InnerMismatch,
        ) => assert!(verified.is_ok(), "refused after the signature without one"),
        Err(other) => panic!("open answered {other:?}"),
    }

    // The input as the payload of a fresh envelope: it opens unchanged, and an edit
    // chosen by the input is refused.
    if data.len() > 64 * 1024 {
        return;
    }
    let header = nodes.header();
    let sealed = match seal_envelope(&nodes.a_local(), &nodes.b_peer(false), &header, data) {
        Ok(s) => s,
        Err(e) => panic!("sealing {} bytes failed: {e}", data.len()),
    };
    match open_envelope(&sealed, &b, &a, NOW) {
        Ok(o) => assert_eq!((&o.header, &o.payload[..]), (&header, data)),
        Err(e) => panic!("an envelope just sealed does not open: {e}"),
    }
    let (position, mask) = edit(data, sealed.len());
    let mut changed = sealed;
    changed[position] ^= mask;
    assert!(
        open_envelope(&changed, &b, &a, NOW).is_err(),
        "an edit at {position} went unseen"
    );
}

// ---------------------------------------------------------------------------------------
// The audit chain as read back from the database.

/// Entries built from the input, chained correctly, and then (by the first byte) one of
/// them renumbered, relinked or given a wrong hash. The rest of the input is split at
/// 0xFF (never inside UTF-8) into the entries' stored documents. The verifier must stop
/// at the first break and name it exactly.
pub fn audit_chain(data: &[u8]) {
    let Some((flags, rest)) = data.split_first() else {
        return;
    };
    let docs: Vec<&[u8]> = rest.split(|b| *b == 0xFF).take(64).collect();
    let mut entries = Vec::with_capacity(docs.len());
    let mut prev: Hash = GENESIS;
    for (i, doc) in docs.iter().enumerate() {
        let seq = i as u64 + 1;
        let hash = entry_hash(&prev, seq, doc);
        entries.push(StoredEntry {
            seq,
            prev_hash: prev,
            hash,
            doc: doc.to_vec(),
        });
        prev = hash;
    }
    let corrupt = usize::from(flags & 0b11);
    let target = usize::from(flags >> 2) % entries.len();
    let seed = u64::from_le_bytes({
        let mut b = [0u8; 8];
        for (dst, src) in b.iter_mut().zip(docs[target].iter()) {
            *dst = *src;
        }
        b
    });
    match corrupt {
        1 => entries[target].seq = if seed == target as u64 + 1 { 0 } else { seed },
        2 => entries[target].prev_hash[(seed % 32) as usize] ^= 1,
        3 => entries[target].hash[(seed % 32) as usize] ^= 1,
        _ => {}
    }

    let mut verifier = ChainVerifier::new();
    for (i, entry) in entries.iter().enumerate() {
        let seq = i as u64 + 1;
        let readable = serde_json::from_slice::<AuditEvent>(&entry.doc);
        let expected = match (corrupt, i == target) {
            (1, true) => Some("gap"),
            (2, true) => Some("link"),
            (3, true) => Some("content"),
            _ if readable.is_err() => Some("unreadable"),
            _ => None,
        };
        let result = verifier.push(entry);
        let got = match &result {
            Ok(()) => None,
            Err(ChainBreak::Gap { found, after, .. }) => {
                assert_eq!((*found, *after), (entry.seq, seq - 1));
                Some("gap")
            }
            Err(ChainBreak::Link { seq: s }) => {
                assert_eq!(*s, seq);
                Some("link")
            }
            Err(ChainBreak::Content { seq: s }) => {
                assert_eq!(*s, seq);
                Some("content")
            }
            Err(ChainBreak::Unreadable { seq: s, message }) => {
                assert_eq!(*s, seq);
                assert!(!message.is_empty());
                Some("unreadable")
            }
            Err(other) => panic!("the verifier answered {other:?}"),
        };
        assert_eq!(got, expected, "entry {seq}: {result:?}");
        if result.is_err() {
            assert_eq!(verifier.head().0, seq - 1, "a failed push moved the head");
            return;
        }
        assert_eq!(verifier.head(), (seq, entry.hash));
        if let Ok(event) = readable {
            // What the node writes for an event reads back the same.
            let doc = event.to_doc();
            match serde_json::from_slice::<AuditEvent>(&doc) {
                Ok(back) => assert_eq!(back, event),
                Err(e) => panic!("an audit event does not read back: {e}"),
            }
            if let Err(e) = serde_json::to_vec(&AuditMetadata::of(seq, &event)) {
                panic!("the monitor view does not serialise: {e}");
            }
        }
    }
    assert_eq!(verifier.head().0, entries.len() as u64);
}

// ---------------------------------------------------------------------------------------
// trm.toml.

/// The shape of `Config` in `crates/cli/src/node.rs` (the `trm` binary, which no library
/// exports): the same fields, types and serde attributes. Keep the two alike.
#[derive(Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigShape {
    listen: SocketAddr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    data_keys: Option<PathBuf>,
    #[serde(default)]
    retention: RetentionRule,
}

fn check_retention(rule: &RetentionRule) {
    let mut case = ADULT.clone();
    for closed in [time::Date::MIN, NOW.date(), time::Date::MAX] {
        case.closed_on = Some(closed);
        for today in [time::Date::MIN, NOW.date(), time::Date::MAX] {
            let due = rule.due(&case, today);
            if today < closed {
                assert!(!due, "due before it was closed");
            }
        }
    }
    case.closed_on = None;
    assert!(!rule.due(&case, time::Date::MAX), "an open case is due");
}

fn check_toml_roundtrip<T>(value: &T)
where
    T: DeserializeOwned + Serialize + PartialEq + std::fmt::Debug,
{
    let text = match toml::to_string(value) {
        Ok(t) => t,
        Err(e) => panic!("{value:?} cannot be written as TOML: {e}"),
    };
    match toml::from_str::<T>(&text) {
        Ok(back) => assert_eq!(&back, value, "changed on a trip through TOML"),
        Err(e) => panic!("{value:?} written as TOML does not read back: {e}"),
    }
}

/// `trm.toml` as `toml::from_str` reads it: into `RetentionRule` (its `[retention]`
/// table) and into the shape of the whole `Config`.
pub fn node_config(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(rule) = toml::from_str::<RetentionRule>(text) {
        check_toml_roundtrip(&rule);
        check_retention(&rule);
    }
    if let Ok(config) = toml::from_str::<ConfigShape>(text) {
        check_toml_roundtrip(&config);
        check_retention(&config.retention);
    }
}

/// Every broken rule of a referral document names a field of the document.
fn check_referral_errors(errors: &[trm_domain::FieldError]) {
    assert!(!errors.is_empty(), "a refusal without errors");
    for e in errors {
        assert!(
            !e.message.is_empty(),
            "an error without a message for {}",
            e.field
        );
        let known = [
            "format",
            "author_side",
            "template_version",
            "referral",
            "children",
            "profile",
        ];
        let named = known.iter().any(|k| {
            e.field == *k
                || e.field.starts_with(&format!("{k}."))
                || e.field.starts_with(&format!("{k}["))
        }) || e.field.starts_with("fields.")
            || e.field.starts_with("profile: ");
        assert!(named, "an error that names no field of the document: {e:?}");
    }
}

/// A version of a referral from another node: parsed against the sender's template and
/// profile; what parses writes out and reads back the same, and the rules never panic.
pub fn json_referral_wire(data: &[u8]) {
    let declared = [
        "format",
        "referral",
        "template_version",
        "profile",
        "author_side",
        "language",
        "fields",
        "children",
    ];
    let Some(wire) = check_body::<WireDocument>(data, &declared) else {
        return;
    };
    let Ok(templates) = embedded() else {
        panic!("the embedded template is broken")
    };
    match trm_domain::template::parse(templates, &wire) {
        Ok((template, document)) => {
            let back = document.to_wire();
            match trm_domain::template::parse(templates, &back) {
                Ok((_, again)) => {
                    assert_eq!(
                        again, document,
                        "a parsed referral changes on a trip out and back"
                    );
                    assert_eq!(again.to_wire(), back, "the wire form is not stable");
                }
                Err(e) => panic!("a parsed referral, written out, no longer parses: {e}"),
            }
            for result in [
                check_version(&template, &document, None),
                check_for_sending(&template, &document, None, NOW.date()),
            ] {
                match result {
                    Ok(()) | Err(DomainError::Invalid(_)) => {}
                    Err(other) => panic!("a rule failed without naming a field: {other}"),
                }
                if let Err(DomainError::Invalid(errors)) = &result {
                    check_referral_errors(errors);
                }
            }
        }
        Err(DomainError::Invalid(errors)) => check_referral_errors(&errors),
        Err(other) => panic!("a referral was refused without naming a field: {other}"),
    }
}

/// The body of `PUT /api/referrals/{id}/draft`, applied to an Italian draft.
pub fn json_referral_draft(data: &[u8]) {
    let Some(input) = check_body::<DraftInput>(data, &["language", "fields", "children"]) else {
        return;
    };
    let (Ok(templates), Ok(profile)) = (embedded(), profile_for(country("IT"))) else {
        panic!("the embedded template or the Italian profile is broken")
    };
    let draft = Document {
        reference: DocumentRef {
            referral_id: id(40),
            version: 1,
        },
        profile,
        author_side: Side::Exploitation,
        language: trm_domain::codes::LanguageCode::parse("it").unwrap_or_else(|e| panic!("{e}")),
        values: Values::new(),
        children: Vec::new(),
    };
    let version = ReferralVersion {
        referral_id: trm_domain::ids::ReferralId::from_uuid(id(40)),
        version: 1,
        state: VersionState::Draft,
        author: Some(UserId::from_uuid(id(3))),
        created_at: NOW,
        frozen_at: None,
        document: draft.to_wire(),
    };
    match edit_draft(templates, std::slice::from_ref(&version), input) {
        Ok(edited) => {
            assert_eq!(edited.state, VersionState::Draft);
            assert_eq!(edited.version, 1);
            if let Err(e) = trm_domain::template::parse(templates, &edited.document) {
                panic!("a saved draft no longer parses: {e}");
            }
        }
        Err(DomainError::Invalid(errors)) => check_referral_errors(&errors),
        Err(other) => panic!("a draft was refused without naming a field: {other}"),
    }
}

/// A national profile file (`data/template/profiles/*.toml`), and the profile a referral
/// carries: applied to the template, it keeps every rule of a template or is refused.
pub fn template_profile(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(templates) = embedded() else {
        panic!("the embedded template is broken")
    };
    let Ok(profile) = Profile::from_toml(text) else {
        return;
    };
    check_toml_roundtrip(&profile);
    match profile.apply(templates.current()) {
        Ok(template) => {
            assert!(
                template.check().is_ok(),
                "an applied profile breaks the template's rules"
            );
            for removed in &profile.remove {
                assert!(
                    template.all_fields().all(|(_, f)| &f.code != removed),
                    "{removed} was not removed"
                );
            }
            assert_eq!(
                template
                    .all_fields()
                    .filter(|(_, f)| f.added_by.is_some())
                    .count(),
                profile.add.len(),
                "an added field is missing"
            );
        }
        Err(DomainError::Invalid(errors)) => {
            assert!(
                errors.iter().all(|e| e.field.starts_with("profile")),
                "{errors:?}"
            );
        }
        Err(other) => panic!("a profile was refused without naming a field: {other}"),
    }
}

fn country(code: &str) -> CountryCode {
    CountryCode::parse(code).unwrap_or_else(|e| panic!("{e}"))
}

/// The payloads of `request` and `reply` messages, as `exchange::apply_payload` reads
/// them from a peer: never a panic; what is accepted is in this node's format, carries
/// bounded details and survives a trip out and back; what is refused names a field of
/// the payload.
pub fn json_request_payload(data: &[u8]) {
    use trm_domain::request::{DETAILS_MAX, PAYLOAD_FORMAT, ReplyPayload, RequestPayload};
    fn refused_by_field(e: DomainError) {
        match e {
            DomainError::Invalid(errors) => {
                assert!(!errors.is_empty(), "a refusal without a reason");
                for err in errors {
                    assert!(err.field.starts_with("payload"), "field {:?}", err.field);
                    assert!(!err.message.is_empty());
                }
            }
            DomainError::Catalogue(m) => panic!("the request code list is broken: {m}"),
        }
    }
    match RequestPayload::parse(data) {
        Ok(p) => {
            assert_eq!(p.format, PAYLOAD_FORMAT);
            assert!(p.details.text.chars().count() <= DETAILS_MAX);
            assert!(!p.details.text.trim().is_empty());
            let again = serde_json::to_vec(&p).unwrap_or_default();
            assert_eq!(
                RequestPayload::parse(&again).ok(),
                Some(p),
                "a request changes on a trip"
            );
        }
        Err(e) => refused_by_field(e),
    }
    match ReplyPayload::parse(data) {
        Ok(p) => {
            assert_eq!(p.format, PAYLOAD_FORMAT);
            assert!(p.details.text.chars().count() <= DETAILS_MAX);
            let again = serde_json::to_vec(&p).unwrap_or_default();
            assert_eq!(
                ReplyPayload::parse(&again).ok(),
                Some(p),
                "a reply changes on a trip"
            );
        }
        Err(e) => refused_by_field(e),
    }
}

/// A key handover as it arrives in a peer's envelope (JSON), checked against A's pinned
/// keys: parsing and `verify_handover` answer only their documented errors; one that
/// verifies hands A over to another key of A's, and a changed signature is refused.
pub fn json_key_handover(data: &[u8]) {
    let a = envelope_nodes().a_peer();
    let Ok(signed) = serde_json::from_slice::<SignedKeyHandover>(data) else {
        return;
    };
    match verify_handover(&signed, &a) {
        Ok(doc) => {
            assert_eq!(doc.node_id, a.node_id);
            assert_ne!(doc.signing_public, a.signing_public);
            let mut bad = signed.clone();
            bad.signature[0] ^= 1;
            assert!(
                verify_handover(&bad, &a).is_err(),
                "a changed signature verified"
            );
        }
        Err(e) => assert!(
            matches!(
                e,
                ExchangeError::BadSignature
                    | ExchangeError::WrongSender
                    | ExchangeError::UnknownKey { .. }
                    | ExchangeError::KeyMismatch { .. }
                    | ExchangeError::FingerprintMismatch
            ),
            "verify_handover answered {e:?}"
        ),
    }
}
