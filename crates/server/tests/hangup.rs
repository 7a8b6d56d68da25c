//! Clients that hang up mid-request must never leave a transaction open or wedge the
//! node: it keeps answering everyone else at once.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::time::{Duration, Instant};

use common::*;
use reqwest::StatusCode;
use tokio::io::AsyncWriteExt;
use tokio::net::TcpStream;

fn host(url: &str) -> String {
    url.trim_start_matches("http://").to_owned()
}

#[tokio::test]
async fn half_sent_bodies_and_vanished_clients_do_not_wedge_the_node() {
    let node = spawn().await;
    let addr = host(&node.url);
    let body = serde_json::to_string(&adult()).unwrap();

    // Clients that send the headers and half a body, then keep the connection open.
    let mut stalled = Vec::new();
    for _ in 0..20 {
        let mut s = TcpStream::connect(&addr).await.unwrap();
        let head = format!(
            "POST /api/cases HTTP/1.1\r\nhost: {addr}\r\nauthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            node.worker,
            body.len()
        );
        s.write_all(head.as_bytes()).await.unwrap();
        s.write_all(&body.as_bytes()[..body.len() / 2])
            .await
            .unwrap();
        stalled.push(s);
    }
    // Clients that send half a body and hang up.
    for _ in 0..20 {
        let mut s = TcpStream::connect(&addr).await.unwrap();
        let head = format!(
            "POST /api/cases HTTP/1.1\r\nhost: {addr}\r\nauthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
            node.worker,
            body.len()
        );
        s.write_all(head.as_bytes()).await.unwrap();
        s.write_all(&body.as_bytes()[..10]).await.unwrap();
        drop(s);
    }
    // Clients that send a whole request and leave before the answer.
    for _ in 0..20 {
        let mut s = TcpStream::connect(&addr).await.unwrap();
        let request = format!(
            "POST /api/cases HTTP/1.1\r\nhost: {addr}\r\nauthorization: Bearer {}\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
            node.worker,
            body.len()
        );
        s.write_all(request.as_bytes()).await.unwrap();
        drop(s);
    }

    // Everyone else is answered at once, reads and writes alike.
    let started = Instant::now();
    for _ in 0..10 {
        let r = node.post(&node.worker, "/api/cases", &adult()).await;
        assert_eq!(r.status(), StatusCode::CREATED);
        let r = node.get(&node.worker, "/api/cases?limit=5").await;
        assert_eq!(r.status(), StatusCode::OK);
    }
    let elapsed = started.elapsed();
    assert!(
        elapsed < Duration::from_secs(5),
        "the node was held up for {elapsed:?} by clients that hung up"
    );
    drop(stalled);

    // Whole requests whose clients left may or may not have been applied, but the half-sent
    // ones never were: at most 20 + 10 cases exist, at least the 10 answered ones.
    let count = node.count_cases().await;
    assert!((10..=30).contains(&count), "{count} cases");
}
