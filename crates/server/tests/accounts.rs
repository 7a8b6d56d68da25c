//! Accounts against a real server: second factor, throttling and lockout, sessions,
//! cookie sessions with CSRF tokens, security headers, scoped API tokens.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use common::*;
use reqwest::StatusCode;
use serde_json::{Value, json};
use time::Duration;
use tokio::net::TcpListener;
use trm_domain::codes::Role;
use trm_server::AppState;

fn retry_after(r: &reqwest::Response) -> u64 {
    r.headers()
        .get("retry-after")
        .expect("a 429 says when to retry")
        .to_str()
        .unwrap()
        .parse()
        .unwrap()
}

fn wrong_password(username: &str) -> Value {
    json!({"username": username, "password": "not the right passphrase"})
}

/// The same database served by a new process: nothing kept in memory survives.
async fn restarted(node: &TestNode) -> String {
    let mut state = AppState::new(
        node.state.store.clone(),
        node.state.node.clone(),
        node.state.catalogue,
    );
    state.now = now;
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(trm_server::serve(listener, state, std::future::pending()));
    url
}

#[tokio::test]
async fn a_password_burst_locks_the_account_even_against_the_right_password_and_a_restart() {
    let node = spawn().await;
    for i in 1..5 {
        let (status, body) = errors(node.login_with(&wrong_password("worker")).await).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "attempt {i}");
        assert_eq!(body["code"], "bad_credentials");
    }
    let r = node.login_with(&wrong_password("worker")).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&r);
    assert!((14 * 60..=15 * 60).contains(&wait), "{wait}");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "account_locked");
    assert!(
        body["message"].as_str().unwrap().contains("15 minute"),
        "{body}"
    );

    // The right password and a right code do not open a locked account.
    let code = node.next_code("worker");
    let right = json!({"username": "worker", "password": PASSWORD, "totp": code});
    let r = node.login_with(&right).await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(retry_after(&r) > 0);

    // The lockout is in the database: a restarted node keeps it.
    let url = restarted(&node).await;
    let r = node
        .http
        .post(format!("{url}/api/auth/login"))
        .json(&right)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);

    // Other accounts are not affected; after the lockout the account opens again.
    node.login("admin").await;
    advance_clock(Duration::minutes(15));
    node.login("worker").await;
}

#[tokio::test]
async fn an_unknown_username_locks_like_a_real_one() {
    let node = spawn().await;
    let mut answers = Vec::new();
    for username in ["worker", "nobody"] {
        let mut codes = Vec::new();
        for _ in 0..5 {
            let r = node.login_with(&wrong_password(username)).await;
            codes.push((r.status(), r.json::<Value>().await.unwrap()["code"].clone()));
        }
        answers.push(codes);
    }
    assert_eq!(
        answers[0], answers[1],
        "a lockout must not reveal who exists"
    );
}

#[tokio::test]
async fn an_address_with_too_many_failures_is_refused_for_every_account() {
    let node = spawn().await;
    // Different usernames, so that no single account locks first.
    for i in 0..20 {
        let r = node.login_with(&wrong_password(&format!("guess{i}"))).await;
        assert_eq!(r.status(), StatusCode::UNAUTHORIZED, "attempt {i}");
    }
    let code = node.next_code("admin");
    let r = node
        .login_with(&json!({"username": "admin", "password": PASSWORD, "totp": code}))
        .await;
    assert_eq!(r.status(), StatusCode::TOO_MANY_REQUESTS);
    let wait = retry_after(&r);
    assert!((1..=10 * 60).contains(&wait), "{wait}");
    let body: Value = r.json().await.unwrap();
    assert_eq!(body["code"], "too_many_attempts");
    // The window moves on.
    advance_clock(Duration::minutes(10));
    node.login("admin").await;
}

#[tokio::test]
async fn a_totp_code_is_needed_and_works_once() {
    let node = spawn().await;
    let (status, body) = errors(
        node.login_with(&json!({"username": "worker", "password": PASSWORD}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "no code, no session");
    assert_eq!(body["code"], "bad_credentials");

    let code = node.next_code("worker");
    let body = json!({"username": "worker", "password": PASSWORD, "totp": code});
    assert_eq!(node.login_with(&body).await.status(), StatusCode::OK);
    let (status, again) = errors(node.login_with(&body).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "a used code is refused");
    assert_eq!(again["code"], "bad_credentials");
    // Even thirty seconds later, while the code is still within the drift window.
    advance_clock(Duration::seconds(30));
    assert_eq!(
        node.login_with(&body).await.status(),
        StatusCode::UNAUTHORIZED
    );

    let (status, body) = errors(
        node.login_with(&json!({"username": "worker", "password": PASSWORD, "totp": "12345"}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "totp");
}

#[tokio::test]
async fn two_logins_racing_with_one_code_get_one_session() {
    let node = spawn().await;
    for _ in 0..3 {
        let code = node.next_code("worker");
        let body = json!({"username": "worker", "password": PASSWORD, "totp": code});
        let (a, b) = tokio::join!(node.login_with(&body), node.login_with(&body));
        let mut statuses = [a.status(), b.status()];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::OK, StatusCode::UNAUTHORIZED]);
    }
}

#[tokio::test]
async fn a_recovery_code_replaces_the_app_exactly_once() {
    let node = spawn().await;
    let codes = node.recovery_codes.lock().unwrap()["worker"].clone();
    assert_eq!(codes.len(), 10);
    let login = json!({"username": "worker", "password": PASSWORD, "recovery_code": codes[3]});
    let (status, body) = errors(node.login_with(&login).await).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["recovery_codes_left"], 9);
    let token = body["token"].as_str().unwrap();
    assert_eq!(node.get(token, "/api/cases").await.status(), StatusCode::OK);
    let (status, body) = errors(node.login_with(&login).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED, "spent");
    assert_eq!(body["code"], "bad_credentials");
    // Another user's recovery code is not this user's.
    let theirs = node.recovery_codes.lock().unwrap()["admin"][0].clone();
    let r = node
        .login_with(&json!({"username": "worker", "password": PASSWORD, "recovery_code": theirs}))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
    // A recovery code does not stand in for the password.
    let r = node
        .login_with(&json!({"username": "worker", "password": "wrong passphrase here", "recovery_code": codes[4]}))
        .await;
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_enrolment_session_reaches_only_the_enrolment_endpoints() {
    let node = spawn().await;
    node.add_user("newcomer", Role::CaseWorker).await;
    let r = node
        .login_with(&json!({"username": "newcomer", "password": PASSWORD}))
        .await;
    let v: Value = r.json().await.unwrap();
    assert_eq!(v["enrolment_required"], true);
    let token = v["token"].as_str().unwrap().to_owned();
    for path in [
        "/api/cases",
        "/api/me",
        "/api/catalogue",
        "/api/users",
        "/api/tokens",
    ] {
        let (status, body) = errors(node.get(&token, path).await).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{path}");
        assert_eq!(body["code"], "second_factor_required", "{path}");
        assert!(
            body["message"]
                .as_str()
                .unwrap()
                .contains("/api/auth/totp/enrol")
        );
    }
    for path in ["/api/cases", "/api/tokens"] {
        let r = node.post(&token, path, &json!({})).await;
        assert_eq!(r.status(), StatusCode::FORBIDDEN, "{path}");
    }
    let session: Value = node
        .get(&token, "/api/auth/session")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(session["access"], "enrolment");

    // A wrong code does not enable anything.
    let r = node.post(&token, "/api/auth/totp/enrol", &json!({})).await;
    assert_eq!(r.status(), StatusCode::OK);
    let enrolment: Value = r.json().await.unwrap();
    let uri = enrolment["otpauth_uri"].as_str().unwrap();
    assert!(uri.starts_with("otpauth://totp/"), "{uri}");
    assert!(uri.contains(enrolment["secret"].as_str().unwrap()), "{uri}");
    let secret = trm_server::totp::decode_secret(enrolment["secret"].as_str().unwrap()).unwrap();
    let good = trm_server::totp::code_at(&secret, now().unix_timestamp());
    let wrong = if good == "000000" { "111111" } else { "000000" };
    let (status, body) = errors(
        node.post(&token, "/api/auth/totp/confirm", &json!({"code": wrong}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "code");
    assert_eq!(
        node.get(&token, "/api/cases").await.status(),
        StatusCode::FORBIDDEN
    );

    // The right code enables TOTP and makes this session a full one.
    let r = node
        .post(&token, "/api/auth/totp/confirm", &json!({"code": good}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let confirmed: Value = r.json().await.unwrap();
    assert_eq!(confirmed["recovery_codes"].as_array().unwrap().len(), 10);
    assert_eq!(
        node.get(&token, "/api/cases").await.status(),
        StatusCode::OK
    );
    // Enrolling again is refused; the password alone no longer logs in.
    assert_eq!(
        node.post(&token, "/api/auth/totp/enrol", &json!({}))
            .await
            .status(),
        StatusCode::CONFLICT
    );
    assert_eq!(
        node.login_with(&json!({"username": "newcomer", "password": PASSWORD}))
            .await
            .status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_role_that_sees_no_personal_data_logs_in_without_a_second_factor() {
    let node = spawn().await;
    node.add_user("monitor", Role::Monitor).await;
    let v: Value = node
        .login_with(&json!({"username": "monitor", "password": PASSWORD}))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(v["enrolment_required"], false);
    let token = v["token"].as_str().unwrap();
    assert_eq!(node.get(token, "/api/me").await.status(), StatusCode::OK);
}

#[tokio::test]
async fn a_session_ends_after_inactivity_and_use_keeps_it_alive() {
    let node = spawn().await;
    let busy = node.login("worker").await;
    let idle = node.login("admin").await;
    for _ in 0..4 {
        advance_clock(Duration::minutes(10));
        assert_eq!(node.get(&busy, "/api/cases").await.status(), StatusCode::OK);
    }
    // 40 minutes without use: the limit is 30.
    assert_eq!(
        node.get(&idle, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    advance_clock(Duration::minutes(31));
    assert_eq!(
        node.get(&busy, "/api/cases").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn logout_ends_one_session_and_logout_all_every_other() {
    let node = spawn().await;
    let first = node.worker.clone();
    let second = node.login("worker").await;
    let third = node.login("worker").await;
    let r = node.post(&third, "/api/auth/logout", &json!({})).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        node.get(&third, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(node.get(&second, "/api/me").await.status(), StatusCode::OK);

    let r = node.post(&second, "/api/auth/logout-all", &json!({})).await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    for token in [&first, &second] {
        assert_eq!(
            node.get(token, "/api/me").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    // Other users keep their sessions.
    assert_eq!(
        node.get(&node.admin, "/api/me").await.status(),
        StatusCode::OK
    );
}

fn session_cookie(r: &reqwest::Response) -> String {
    let cookie = r
        .headers()
        .get("set-cookie")
        .expect("a cookie session sets the cookie")
        .to_str()
        .unwrap()
        .to_owned();
    for part in ["HttpOnly", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    // Plain HTTP to loopback: a browser would drop a Secure cookie there.
    assert!(!cookie.contains("Secure"), "{cookie}");
    cookie.split(';').next().unwrap().to_owned()
}

#[tokio::test]
async fn a_cookie_session_needs_its_csrf_token_to_change_anything() {
    let node = spawn().await;
    let code = node.next_code("worker");
    let r = node
        .login_with(
            &json!({"username": "worker", "password": PASSWORD, "totp": code, "session": "cookie"}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    let cookie = session_cookie(&r);
    let v: Value = r.json().await.unwrap();
    assert!(
        v.get("token").is_none(),
        "the token is only in the cookie: {v}"
    );
    let csrf = v["csrf_token"].as_str().unwrap().to_owned();

    let url = |path: &str| format!("{}{path}", node.url);
    let r = node
        .http
        .get(url("/api/cases"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::OK, "reading needs no CSRF token");

    let before = node.count_cases().await;
    let (status, body) = errors(
        node.http
            .post(url("/api/cases"))
            .header("cookie", &cookie)
            .json(&adult())
            .send()
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "csrf");
    let r = node
        .http
        .post(url("/api/cases"))
        .header("cookie", &cookie)
        .header("x-csrf-token", "bm90IHRoZSB0b2tlbg")
        .json(&adult())
        .send()
        .await
        .unwrap();
    assert_eq!(
        r.status(),
        StatusCode::FORBIDDEN,
        "a wrong token is refused"
    );
    assert_eq!(node.count_cases().await, before);

    let r = node
        .http
        .post(url("/api/cases"))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .json(&adult())
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::CREATED);

    // A page that reloads gets the CSRF token again; another session's token differs.
    let session: Value = node
        .http
        .get(url("/api/auth/session"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(session["csrf_token"], csrf.as_str());
    assert_eq!(session["via"], "cookie");
    let code = node.next_code("worker");
    let other: Value = node
        .login_with(
            &json!({"username": "worker", "password": PASSWORD, "totp": code, "session": "cookie"}),
        )
        .await
        .json()
        .await
        .unwrap();
    assert_ne!(other["csrf_token"], csrf.as_str());

    // Logout over the cookie needs the CSRF token too, and clears the cookie.
    let r = node
        .http
        .post(url("/api/auth/logout"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::FORBIDDEN);
    let r = node
        .http
        .post(url("/api/auth/logout"))
        .header("cookie", &cookie)
        .header("x-csrf-token", &csrf)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    let cleared = r.headers()["set-cookie"].to_str().unwrap();
    assert!(cleared.contains("Max-Age=0"), "{cleared}");
    let r = node
        .http
        .get(url("/api/cases"))
        .header("cookie", &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn every_answer_carries_the_security_headers() {
    let node = spawn().await;
    let answers = [
        node.get(&node.worker, "/api/cases").await,
        node.get(&node.worker, "/api/no-such-route").await,
        node.http
            .get(format!("{}/not-api", node.url))
            .send()
            .await
            .unwrap(),
        node.http
            .get(format!("{}/api/me", node.url))
            .send()
            .await
            .unwrap(),
    ];
    let statuses: Vec<_> = answers.iter().map(|r| r.status()).collect();
    assert_eq!(
        statuses,
        [
            StatusCode::OK,
            StatusCode::NOT_FOUND,
            StatusCode::NOT_FOUND,
            StatusCode::UNAUTHORIZED
        ]
    );
    for r in &answers {
        let h = r.headers();
        let header = |name: &str| h.get(name).map(|v| v.to_str().unwrap().to_owned());
        assert_eq!(
            header("content-security-policy").as_deref(),
            Some(
                "default-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'"
            ),
            "{}",
            r.url()
        );
        assert_eq!(header("x-frame-options").as_deref(), Some("DENY"));
        assert_eq!(header("referrer-policy").as_deref(), Some("no-referrer"));
        assert_eq!(header("x-content-type-options").as_deref(), Some("nosniff"));
        assert_eq!(
            header("cross-origin-opener-policy").as_deref(),
            Some("same-origin")
        );
        let permissions = header("permissions-policy").unwrap();
        for feature in ["camera=()", "microphone=()", "geolocation=()"] {
            assert!(permissions.contains(feature), "{permissions}");
        }
        let api = r.url().path().starts_with("/api/");
        assert_eq!(
            header("cache-control").as_deref() == Some("no-store"),
            api,
            "{}",
            r.url()
        );
    }
}

async fn create_token(node: &TestNode, session: &str, body: Value) -> (StatusCode, Value) {
    errors(node.post(session, "/api/tokens", &body).await).await
}

#[tokio::test]
async fn a_read_only_token_reads_but_cannot_write() {
    let node = spawn().await;
    let id = node.create_case(&adult()).await;
    let (status, created) = create_token(
        &node,
        &node.worker,
        json!({"name": "statistics export", "scopes": ["cases:read"], "expires_in_days": 30}),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED, "{created}");
    let token = created["token"].as_str().unwrap();
    assert_eq!(created["scopes"], json!(["cases:read"]));

    assert_eq!(
        node.get(token, &format!("/api/cases/{id}")).await.status(),
        StatusCode::OK
    );
    assert_eq!(node.get(token, "/api/cases").await.status(), StatusCode::OK);
    let (status, body) = errors(node.post(token, "/api/cases", &adult()).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "insufficient_scope");
    assert_eq!(
        node.get(token, "/api/users").await.status(),
        StatusCode::FORBIDDEN
    );

    // A token is bounded by its role too: an administrator's case scope reads nothing.
    let (_, admins) = create_token(
        &node,
        &node.admin,
        json!({"name": "x", "scopes": ["cases:read"], "expires_in_days": 1}),
    )
    .await;
    let r = node
        .get(admins["token"].as_str().unwrap(), "/api/cases")
        .await;
    assert_eq!(errors(r).await.1["code"], "forbidden");

    // Tokens are made by a person at a login, not by another token.
    let (status, body) = create_token(
        &node,
        token,
        json!({"name": "child", "scopes": ["cases:read"], "expires_in_days": 1}),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(body["code"], "session_required");

    let (status, body) = create_token(
        &node,
        &node.worker,
        json!({"name": "", "scopes": ["cases:delete"], "expires_in_days": 91}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(body["errors"][0]["field"], "scopes[0]", "{body}");
    let (status, body) = create_token(
        &node,
        &node.worker,
        json!({"name": "", "scopes": [], "expires_in_days": 91}),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<_> = body["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["field"].clone())
        .collect();
    assert_eq!(
        fields,
        [json!("name"), json!("scopes"), json!("expires_in_days")]
    );
}

#[tokio::test]
async fn token_listing_never_shows_a_secret_and_deleting_ends_the_token() {
    let node = spawn().await;
    let (_, created) = create_token(
        &node,
        &node.worker,
        json!({"name": "nightly export", "scopes": ["cases:read", "directory:read"], "expires_in_days": 7}),
    )
    .await;
    let secret = created["token"].as_str().unwrap().to_owned();
    assert_eq!(
        node.get(&secret, "/api/cases").await.status(),
        StatusCode::OK
    );

    let r = node.get(&node.worker, "/api/tokens").await;
    assert_eq!(r.status(), StatusCode::OK);
    let text = r.text().await.unwrap();
    assert!(!text.contains(&secret), "{text}");
    assert!(!text.contains("trm_"), "{text}");
    let list: Value = serde_json::from_str(&text).unwrap();
    let listed = &list[0];
    assert_eq!(listed["id"], created["id"]);
    assert_eq!(listed["name"], "nightly export");
    assert_eq!(listed["scopes"], json!(["cases:read", "directory:read"]));
    assert!(listed["expires_at"].is_string() && listed["created_at"].is_string());
    assert!(listed.get("token").is_none());
    assert_eq!(list.as_array().unwrap().len(), 1, "sessions are not listed");
    // Another user sees none of them, and cannot delete them.
    let theirs: Value = node
        .get(&node.outsider, "/api/tokens")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(theirs, json!([]));
    let path = format!("/api/tokens/{}", created["id"].as_str().unwrap());
    let r = node
        .send(reqwest::Method::DELETE, &node.outsider, &path, &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::NOT_FOUND);

    let r = node
        .send(reqwest::Method::DELETE, &node.worker, &path, &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::NO_CONTENT);
    assert_eq!(
        node.get(&secret, "/api/cases").await.status(),
        StatusCode::UNAUTHORIZED
    );
    let list: Value = node
        .get(&node.worker, "/api/tokens")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list, json!([]));
}

#[tokio::test]
async fn a_disabled_users_sessions_and_tokens_stop_at_once() {
    let node = spawn().await;
    let (_, created) = create_token(
        &node,
        &node.worker,
        json!({"name": "script", "scopes": ["cases:read"], "expires_in_days": 7}),
    )
    .await;
    let api_token = created["token"].as_str().unwrap().to_owned();
    // Both are in the token cache now.
    assert_eq!(
        node.get(&node.worker, "/api/cases").await.status(),
        StatusCode::OK
    );
    assert_eq!(
        node.get(&api_token, "/api/cases").await.status(),
        StatusCode::OK
    );

    let me: Value = node
        .get(&node.worker, "/api/me")
        .await
        .json()
        .await
        .unwrap();
    let id = me["user"]["id"].as_str().unwrap();
    assert_eq!(
        node.post(
            &node.worker,
            &format!("/api/users/{id}/disable"),
            &json!({})
        )
        .await
        .status(),
        StatusCode::FORBIDDEN,
        "a case worker cannot disable accounts"
    );
    let r = node
        .post(&node.admin, &format!("/api/users/{id}/disable"), &json!({}))
        .await;
    assert_eq!(r.status(), StatusCode::OK);
    assert_eq!(r.json::<Value>().await.unwrap()["disabled"], true);
    for token in [&node.worker, &api_token] {
        assert_eq!(
            node.get(token, "/api/cases").await.status(),
            StatusCode::UNAUTHORIZED
        );
    }
    let code = node.next_code("worker");
    let (status, body) = errors(
        node.login_with(&json!({"username": "worker", "password": PASSWORD, "totp": code}))
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        body["code"], "bad_credentials",
        "a disabled account answers like an unknown one"
    );

    let admin: Value = node.get(&node.admin, "/api/me").await.json().await.unwrap();
    let own = admin["user"]["id"].as_str().unwrap();
    let r = node
        .post(
            &node.admin,
            &format!("/api/users/{own}/disable"),
            &json!({}),
        )
        .await;
    assert_eq!(r.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn forged_and_expired_tokens_are_refused() {
    let node = spawn().await;
    for token in ["trm_forged", "not-even-ours", "trm_<script>"] {
        assert_eq!(
            node.get(token, "/api/me").await.status(),
            StatusCode::UNAUTHORIZED,
            "{token}"
        );
    }
    // Kept alive by use, a session still ends 12 hours after login.
    let session = node.login("worker").await;
    for _ in 0..35 {
        advance_clock(Duration::minutes(20));
        assert_eq!(node.get(&session, "/api/me").await.status(), StatusCode::OK);
    }
    advance_clock(Duration::minutes(20));
    assert_eq!(
        node.get(&session, "/api/me").await.status(),
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn security_events_are_in_the_audit_trail_without_usernames() {
    let node = spawn().await;
    node.login_with(&wrong_password("worker")).await;
    node.login_with(&wrong_password("nobody.at.all")).await;
    let code = node.next_code("worker");
    let (_, created) = create_token(
        &node,
        &node.worker,
        json!({"name": "audited", "scopes": ["cases:read"], "expires_in_days": 1}),
    )
    .await;
    assert!(created["token"].is_string());
    node.get("trm_forged-token", "/api/me").await;
    let reused = json!({"username": "worker", "password": PASSWORD, "totp": code});
    node.login_with(&reused).await;
    node.login_with(&reused).await;

    let audit: Value = node
        .get(&node.admin, "/api/audit?limit=1000")
        .await
        .json()
        .await
        .unwrap();
    let seen: Vec<(String, String)> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["action"].as_str().unwrap().to_owned(),
                e["outcome"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let count = |action: &str, outcome: &str| {
        seen.iter()
            .filter(|(a, o)| a == action && o == outcome)
            .count()
    };
    assert_eq!(count("login_failed", "denied"), 2, "{seen:?}");
    assert_eq!(
        count("second_factor_failed", "denied"),
        1,
        "the replayed code"
    );
    assert_eq!(
        count("second_factor_enrolled", "done"),
        3,
        "the three test users"
    );
    assert!(count("login_succeeded", "done") >= 4, "{seen:?}");
    assert_eq!(count("token_created", "done"), 1);
    assert!(count("token_rejected", "denied") >= 1);

    // The entries name accounts by id; no username (or password) is written.
    let entries = node.state.store.audit_entries(0, 10_000).await.unwrap();
    let text: String = entries
        .iter()
        .map(|e| String::from_utf8_lossy(&e.event.to_doc()).into_owned())
        .collect();
    for never in [
        "nobody.at.all",
        "\"worker\"",
        PASSWORD,
        "not the right passphrase",
    ] {
        assert!(!text.contains(never), "{never} is in the audit trail");
    }
    assert!(text.contains("totp_reused"), "the precise kind is recorded");
    let verified: Value = node
        .get(&node.admin, "/api/audit/verify")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(verified["intact"], true, "{verified}");
}

#[tokio::test]
async fn totp_secrets_are_sealed_in_the_database_file() {
    let node = spawn().await;
    let secret = node.secrets.lock().unwrap()["worker"].clone();
    let mut raw = Vec::new();
    for suffix in ["", "-wal"] {
        raw.extend(
            std::fs::read(format!("{}{suffix}", node.db_path().display())).unwrap_or_default(),
        );
    }
    assert!(raw.len() > 10_000);
    assert!(
        !raw.windows(secret.len()).any(|w| w == secret.as_slice()),
        "the TOTP secret is readable in the database file"
    );
    let as_json = serde_json::to_string(&secret).unwrap();
    assert!(!raw.windows(as_json.len()).any(|w| w == as_json.as_bytes()));
    // Through the node, with the key, it still works.
    node.login("worker").await;
}
