//! Starts a real node on 127.0.0.1 port 0 with a fresh database in a temporary folder.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)]

use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use tokio::net::TcpListener;
use trm_domain::codes::{CountryCode, OrganisationKind, Role};
use trm_domain::ids::OrganisationId;
use trm_domain::org::{NewOrganisation, NewUser, Organisation, Username};
use trm_server::AppState;
use trm_store::{Change, NodeRecord, Store};

pub const PASSWORD: &str = "synthetic test passphrase";

pub struct TestNode {
    pub url: String,
    pub state: AppState,
    pub http: Client,
    pub worker: String,
    pub admin: String,
    /// A case worker of another organisation on the same node.
    pub outsider: String,
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
        country: CountryCode::parse("IT").unwrap(),
        name: "Test node".into(),
        created_at: time::OffsetDateTime::now_utc(),
    };
    store.write(Change::InitNode(node.clone())).await.unwrap();
    let state = AppState::new(store, node, trm_domain::load_catalogue().unwrap()).with_node_key(
        trm_crypto::NodeSigningKey::generate(time::OffsetDateTime::now_utc()),
    );
    user(&state, &home, "worker", Role::CaseWorker).await;
    user(&state, &home, "admin", Role::Administrator).await;
    user(&state, &other, "outsider", Role::CaseWorker).await;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
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
        _dir: dir,
        shutdown: Some(tx),
    };
    node.worker = node.login("worker").await;
    node.admin = node.login("admin").await;
    node.outsider = node.login("outsider").await;
    node
}

impl TestNode {
    pub async fn login(&self, username: &str) -> String {
        let r = self
            .http
            .post(format!("{}/api/auth/login", self.url))
            .json(&json!({"username": username, "password": PASSWORD}))
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), StatusCode::OK);
        r.json::<Value>().await.unwrap()["token"]
            .as_str()
            .unwrap()
            .to_owned()
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
        (u, self.login(username).await)
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
