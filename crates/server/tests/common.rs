//! Starts a real node on 127.0.0.1 port 0 with a fresh database in a temporary folder.
//! Its users log in with a password and a TOTP code, enrolled through the real API.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::Mutex;

use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use time::{Duration, OffsetDateTime};
use tokio::net::TcpListener;
use trm_domain::codes::{CountryCode, OrganisationKind, Role};
use trm_domain::ids::OrganisationId;
use trm_domain::org::{NewOrganisation, NewUser, Organisation, Username};
use trm_server::AppState;
use trm_store::{Change, NodeRecord, Store};

pub const PASSWORD: &str = "synthetic test passphrase";

thread_local! {
    /// How far this test has moved its node's clock. A `#[tokio::test]` runs on its own
    /// thread with a current-thread runtime, and its node's tasks run there too, so each
    /// test moves only its own clock (a test that moves it must keep that runtime).
    static CLOCK_OFFSET: Cell<i64> = const { Cell::new(0) };
}

/// The test node's clock: real time plus this test's offset.
pub fn now() -> OffsetDateTime {
    OffsetDateTime::now_utc() + Duration::seconds(CLOCK_OFFSET.get())
}

/// Moves this test's clock forward.
pub fn advance_clock(by: Duration) {
    CLOCK_OFFSET.set(CLOCK_OFFSET.get() + by.whole_seconds());
}

pub struct TestNode {
    pub url: String,
    pub state: AppState,
    pub http: Client,
    pub worker: String,
    pub admin: String,
    /// A case worker of another organisation on the same node.
    pub outsider: String,
    /// Each user's TOTP secret and unspent recovery codes, once enrolled.
    pub secrets: Mutex<HashMap<String, Vec<u8>>>,
    pub recovery_codes: Mutex<HashMap<String, Vec<String>>>,
    _dir: tempfile::TempDir,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Drop for TestNode {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

pub async fn org(store: &Store, name: &str) -> Organisation {
    org_of_kind(store, name, OrganisationKind::Ngo).await
}

pub async fn org_of_kind(store: &Store, name: &str, kind: OrganisationKind) -> Organisation {
    let org = Organisation::create(
        OrganisationId::from_uuid(uuid::Uuid::now_v7()),
        NewOrganisation {
            name: name.into(),
            kind,
            country: CountryCode::parse("IT").unwrap(),
        },
    )
    .unwrap();
    store
        .write(Change::CreateOrganisation(org.clone()))
        .await
        .unwrap();
    org
}

pub async fn user(
    state: &AppState,
    org: &Organisation,
    username: &str,
    role: Role,
) -> trm_domain::org::User {
    trm_server::services::create_user_unchecked(
        state,
        NewUser {
            username: Username::parse(username).unwrap(),
            display_name: format!("Test {username}"),
            role,
            organisation: org.id,
            password: PASSWORD.into(),
        },
    )
    .await
    .unwrap()
}

pub async fn spawn() -> TestNode {
    spawn_in("IT").await
}

/// A node of `country` (its national template profile applies).
pub async fn spawn_in(country: &str) -> TestNode {
    spawn_with(country, |_| {}).await
}

/// A node whose state `edit` adjusts before it serves (a demo node, say).
pub async fn spawn_with(country: &str, edit: impl FnOnce(&mut AppState)) -> TestNode {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(
        &dir.path().join("node.db"),
        trm_store::Sealer::new(trm_store::Keyring::generate(time::OffsetDateTime::now_utc())),
    )
    .await
    .unwrap();
    let home = org(&store, "Test Shelter NGO").await;
    let other = org(&store, "Other Test NGO").await;
    let node = NodeRecord {
        node_id: uuid::Uuid::now_v7(),
        organisation: home.id,
        country: CountryCode::parse(country).unwrap(),
        name: "Test node".into(),
        created_at: time::OffsetDateTime::now_utc(),
    };
    store.write(Change::InitNode(node.clone())).await.unwrap();
    let mut state = AppState::new(store, node, trm_domain::load_catalogue().unwrap())
        .with_node_key(trm_crypto::NodeSigningKey::generate(
            time::OffsetDateTime::now_utc(),
        ));
    state.now = now;
    user(&state, &home, "worker", Role::CaseWorker).await;
    user(&state, &home, "admin", Role::Administrator).await;
    user(&state, &other, "outsider", Role::CaseWorker).await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let mut state = state.with_federation(
        vec![trm_exchange::HpkeKeyPair::generate(
            time::OffsetDateTime::now_utc(),
        )],
        url.clone(),
    );
    edit(&mut state);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(trm_server::serve(listener, state.clone(), async move {
        let _ = rx.await;
    }));
    let http = Client::new();
    let mut node = TestNode {
        url,
        state,
        http,
        worker: String::new(),
        admin: String::new(),
        outsider: String::new(),
        secrets: Mutex::default(),
        recovery_codes: Mutex::default(),
        _dir: dir,
        shutdown: Some(tx),
    };
    node.worker = node.enrol("worker").await;
    node.admin = node.enrol("admin").await;
    node.outsider = node.enrol("outsider").await;
    node
}

impl TestNode {
    /// Pins `other` as a trusted peer, as `trm peer add` does: its signed node document,
    /// checked against its fingerprint.
    pub async fn trust(&self, other: &TestNode, basis: trm_domain::codes::LegalBasis) {
        self.trust_at(other, &other.url, basis).await;
    }

    /// Trusts `other` (as public bodies under an arrangement) but reaches it at a dead
    /// address: to this node the peer is down, and its messages are delivered by hand.
    pub async fn trust_unreachable(&self, other: &TestNode) {
        self.trust_at(
            other,
            "http://127.0.0.1:9",
            trm_domain::codes::LegalBasis::PublicBodiesArrangement,
        )
        .await;
    }

    /// Like [`trust`], but reaching `other` at `url`.
    async fn trust_at(&self, other: &TestNode, url: &str, basis: trm_domain::codes::LegalBasis) {
        let text = self
            .http
            .get(format!("{}/api/node", other.url))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let signed: trm_exchange::SignedNodeDocument = serde_json::from_str(&text).unwrap();
        let key = other.state.node_key.as_ref().unwrap();
        let doc = trm_exchange::verify_node_document(&signed, &key.fingerprint()).unwrap();
        let peer = trm_store::PeerRecord {
            node_id: doc.node_id,
            country: CountryCode::parse(&doc.country).unwrap(),
            name: doc.name.clone(),
            url: url.to_owned(),
            legal_basis: basis,
            document: text,
            added_at: now(),
            removed_at: None,
        };
        self.state
            .store
            .write(Change::Exchange(Box::new(
                trm_store::ExchangeChange::AddPeer(peer),
            )))
            .await
            .unwrap();
    }

    /// POST /api/exchange/envelopes, as a peer's sender does.
    pub async fn post_envelope(&self, envelope: &[u8]) -> Response {
        self.http
            .post(format!("{}/api/exchange/envelopes", self.url))
            .header("content-type", "application/octet-stream")
            .body(envelope.to_vec())
            .send()
            .await
            .unwrap()
    }

    /// Tells the outbox sender to look again now.
    pub fn wake_sender(&self) {
        if let Some(f) = &self.state.federation {
            f.wake.notify_one();
        }
    }

    /// Creates a user of the home organisation with the test password.
    pub async fn add_user(&self, username: &str, role: Role) {
        user(&self.state, &self.home().await, username, role).await;
    }

    /// POST /api/auth/login with this body.
    pub async fn login_with(&self, body: &Value) -> Response {
        self.http
            .post(format!("{}/api/auth/login", self.url))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    /// First login of a user without a second factor: the password gives an enrolment
    /// session, which enrols TOTP and becomes a full session. Returns its token.
    pub async fn enrol(&self, username: &str) -> String {
        let r = self
            .login_with(&json!({"username": username, "password": PASSWORD}))
            .await;
        assert_eq!(r.status(), StatusCode::OK);
        let v: Value = r.json().await.unwrap();
        assert_eq!(v["enrolment_required"], true, "{v}");
        let token = v["token"].as_str().unwrap().to_owned();
        let r = self.post(&token, "/api/auth/totp/enrol", &json!({})).await;
        assert_eq!(r.status(), StatusCode::OK);
        let enrolment: Value = r.json().await.unwrap();
        let secret =
            trm_server::totp::decode_secret(enrolment["secret"].as_str().unwrap()).unwrap();
        let code = trm_server::totp::code_at(&secret, now().unix_timestamp());
        let r = self
            .post(&token, "/api/auth/totp/confirm", &json!({"code": code}))
            .await;
        let (status, confirmed) = errors(r).await;
        assert_eq!(status, StatusCode::OK, "{confirmed}");
        let codes = confirmed["recovery_codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap().to_owned())
            .collect();
        self.secrets
            .lock()
            .unwrap()
            .insert(username.to_owned(), secret);
        self.recovery_codes
            .lock()
            .unwrap()
            .insert(username.to_owned(), codes);
        token
    }

    /// A fresh TOTP code for a user: the clock moves on one step first, since a step
    /// once used is refused.
    pub fn next_code(&self, username: &str) -> String {
        advance_clock(Duration::seconds(trm_server::totp::STEP_SECONDS));
        let secrets = self.secrets.lock().unwrap();
        trm_server::totp::code_at(&secrets[username], now().unix_timestamp())
    }

    /// Logs in with the password and a fresh TOTP code (the password alone for a user
    /// without a second factor); returns the token.
    pub async fn login(&self, username: &str) -> String {
        let enrolled = self.secrets.lock().unwrap().contains_key(username);
        let body = if enrolled {
            let code = self.next_code(username);
            json!({"username": username, "password": PASSWORD, "totp": code})
        } else {
            json!({"username": username, "password": PASSWORD})
        };
        let r = self.login_with(&body).await;
        let (status, v) = errors(r).await;
        assert_eq!(status, StatusCode::OK, "{v}");
        v["token"].as_str().unwrap().to_owned()
    }

    pub async fn get(&self, token: &str, path: &str) -> Response {
        self.http
            .get(format!("{}{path}", self.url))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    pub async fn send(
        &self,
        method: reqwest::Method,
        token: &str,
        path: &str,
        body: &Value,
    ) -> Response {
        self.http
            .request(method, format!("{}{path}", self.url))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn post(&self, token: &str, path: &str, body: &Value) -> Response {
        self.send(reqwest::Method::POST, token, path, body).await
    }

    pub async fn put(&self, token: &str, path: &str, body: &Value) -> Response {
        self.send(reqwest::Method::PUT, token, path, body).await
    }

    pub async fn patch(&self, token: &str, path: &str, body: &Value) -> Response {
        self.send(reqwest::Method::PATCH, token, path, body).await
    }

    /// Creates a case and returns its id.
    pub async fn create_case(&self, body: &Value) -> String {
        let r = self.post(&self.worker.clone(), "/api/cases", body).await;
        let status = r.status();
        let v: Value = r.json().await.unwrap();
        assert_eq!(status, StatusCode::CREATED, "{v}");
        v["case"]["id"].as_str().unwrap().to_owned()
    }

    /// Creates a user of `role` in `org` and logs them in.
    pub async fn user_with_role(
        &self,
        org: &Organisation,
        username: &str,
        role: Role,
    ) -> (trm_domain::org::User, String) {
        let u = user(&self.state, org, username, role).await;
        (u, self.first_login(username, role).await)
    }

    /// A new user's first login: with a second factor set up through the API when the
    /// role needs one, with the password alone otherwise.
    pub async fn first_login(&self, username: &str, role: Role) -> String {
        if role.sees_personal_data() {
            return self.enrol(username).await;
        }
        let r = self
            .login_with(&json!({"username": username, "password": PASSWORD}))
            .await;
        let (status, v) = errors(r).await;
        assert_eq!(status, StatusCode::OK, "{v}");
        assert_eq!(v["enrolment_required"], false, "{v}");
        v["token"].as_str().unwrap().to_owned()
    }

    /// The organisation that runs the node (where `worker` and `admin` work).
    pub async fn home(&self) -> Organisation {
        self.state
            .store
            .organisation(self.state.node.organisation)
            .await
            .unwrap()
            .unwrap()
    }

    pub fn db_path(&self) -> std::path::PathBuf {
        self._dir.path().join("node.db")
    }

    /// The node's OpenAPI document.
    pub async fn openapi(&self) -> Value {
        self.http
            .get(format!("{}/api/openapi.json", self.url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    pub async fn count_cases(&self) -> i64 {
        self.state.store.count_cases().await.unwrap()
    }
}

pub fn adult() -> Value {
    json!({
        "status": "presumed_victim",
        "person": {"given_name": "Testa", "family_name": "Fictiva", "sex": "female", "age_estimate": "over_18",
                   "citizenships": ["AL"], "languages": ["sq"]},
        "cooperation": "declined"
    })
}

pub fn child() -> Value {
    json!({
        "status": "presumed_victim",
        "person": {"given_name": "Minor", "family_name": "Exampleson", "sex": "male", "date_of_birth": "2012-03-04",
                   "citizenships": ["MD"]}
    })
}

pub async fn errors(r: Response) -> (StatusCode, Value) {
    let status = r.status();
    (status, r.json::<Value>().await.unwrap_or(Value::Null))
}

/// The body of an answer that must have `expected` status.
pub async fn ok(r: Response, expected: StatusCode) -> Value {
    let (status, v) = errors(r).await;
    assert_eq!(status, expected, "{v:#}");
    v
}

/// Waits (at most 15 s) until `check` holds.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    for _ in 0..300 {
        if check().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("timed out waiting until {what}");
}

/// A consent to share with Albania for a referral, as the API records it.
pub const SHARE_WITH_ALBANIA: &str = r#"{"scope": {"kind": "share_data", "country": "AL", "purpose": "referral"},
    "decision": "given", "decided_on": "2026-03-01", "informed": {"language": "sq", "interpreter_present": true}}"#;

/// A complete Italian referral to Albania, drafted from a new case with consent.
pub async fn referral_ready_to_send(italy: &TestNode) -> String {
    referral_with_case(italy).await.1
}

/// Like [`referral_ready_to_send`], with the case id and the consent record's id.
pub async fn referral_with_case(italy: &TestNode) -> (String, String, String) {
    let w = italy.worker.clone();
    let mut case = adult();
    case["case_info"] = json!({"exploitation_types": ["labour"], "exploitation_countries": ["IT"]});
    let case = italy.create_case(&case).await;
    let consent: Value = serde_json::from_str(SHARE_WITH_ALBANIA).unwrap();
    let consent = ok(
        italy
            .post(&w, &format!("/api/cases/{case}/consents"), &consent)
            .await,
        StatusCode::CREATED,
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let view = ok(
        italy
            .post(
                &w,
                &format!("/api/cases/{case}/referrals"),
                &json!({"recipient": "AL"}),
            )
            .await,
        StatusCode::CREATED,
    )
    .await;
    let id = view["referral"]["id"].as_str().unwrap().to_owned();
    let mut fields = view["current"]["document"]["fields"].clone();
    fields["perspective.wishes_programme"] = json!(true);
    fields["perspective.informed_of_programme"] = json!(true);
    fields["personal.children_to_return"] = json!(false);
    ok(
        italy
            .put(
                &w,
                &format!("/api/referrals/{id}/draft"),
                &json!({"fields": fields}),
            )
            .await,
        StatusCode::OK,
    )
    .await;
    (case, id, consent)
}

pub async fn referrals_at(node: &TestNode, token: &str) -> Vec<Value> {
    ok(node.get(token, "/api/referrals").await, StatusCode::OK)
        .await
        .as_array()
        .unwrap()
        .clone()
}
