//! The official Python client (nats-py) in its TLS, mutual TLS, NKey and WebSocket modes
//! (issue 12), through `tests/python/roundtrip.py` in the venv `scripts/test` prepares.

use std::path::PathBuf;
use std::process::Command;
use std::time::Duration;

use crate::harness::{Server, TempDir};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn cert(name: &str) -> String {
    root().join("tests/certs").join(name).to_string_lossy().into_owned()
}

/// One round trip with nats-py; its last line (`OK:...` or `ERR:...`).
pub(crate) fn python(args: &[&str]) -> String {
    let python = root().join("tests/python/.venv/bin/python");
    assert!(python.exists(), "run scripts/test (it makes tests/python/.venv)");
    let out = Command::new(python).arg(root().join("tests/python/roundtrip.py")).args(args).output().expect("python");
    String::from_utf8_lossy(&out.stdout).lines().last().unwrap_or_default().to_string()
}

fn ws_port(server: &Server) -> u16 {
    assert!(server.wait_log("Listening for websocket clients on", Duration::from_secs(5)), "{}", server.log());
    let log = server.log();
    let line = log.lines().find(|l| l.contains("Listening for websocket clients on")).unwrap();
    line.rsplit(':').next().unwrap().trim().parse().unwrap()
}

#[test]
fn nats_py_over_tls_and_mutual_tls() {
    let server = Server::with_config(
        &format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true }}\n",
            cert("server.pem"),
            cert("server-key.pem"),
            cert("ca.pem")
        ),
        &[],
    );
    let url = server.url().replace("nats://", "tls://");
    let ok = python(&[&url, "--ca", &cert("ca.pem"), "--cert", &cert("client.pem"), "--key", &cert("client-key.pem")]);
    assert_eq!(ok, "OK:from python");
    let refused = python(&[&url, "--ca", &cert("ca.pem")]);
    assert!(refused.starts_with("ERR:"), "no client certificate: {refused}");
    let plain =
        Server::with_config(&format!("tls {{ cert_file: {:?}, key_file: {:?} }}\n", cert("server.pem"), cert("server-key.pem")), &[]);
    assert_eq!(python(&[&plain.url().replace("nats://", "tls://"), "--ca", &cert("ca.pem")]), "OK:from python");
}

#[test]
fn nats_py_with_an_nkey() {
    let user = nkeys::KeyPair::new_user();
    let server = Server::with_config(&format!("authorization {{ users: [ {{nkey: {}}} ] }}\n", user.public_key()), &[]);
    let dir = TempDir::new();
    let seed = dir.path().join("user.nk");
    std::fs::write(&seed, user.seed().unwrap()).unwrap();
    assert_eq!(python(&[&server.url(), "--nkey", seed.to_str().unwrap()]), "OK:from python");
    let stranger = dir.path().join("stranger.nk");
    std::fs::write(&stranger, nkeys::KeyPair::new_user().seed().unwrap()).unwrap();
    let refused = python(&[&server.url(), "--nkey", stranger.to_str().unwrap()]);
    assert!(refused.starts_with("ERR:"), "a key the server does not know: {refused}");
}

#[test]
fn nats_py_over_websocket() {
    let server = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true }\n", &[]);
    let port = ws_port(&server);
    assert_eq!(python(&[&format!("ws://127.0.0.1:{port}")]), "OK:from python");
}

/// A user JWT and its seed in a .creds file, in operator mode (issue 13).
#[test]
fn nats_py_with_a_creds_file() {
    let chain = crate::operator::Chain::new();
    let server = Server::with_config(&chain.config(), &[]);
    let dir = TempDir::new();
    let creds = chain.creds_file(&dir, "alice", |_| {});
    assert_eq!(python(&[&server.url(), "--creds", &creds]), "OK:from python");
    let other = crate::operator::Chain::new();
    let stranger = other.creds_file(&dir, "stranger", |_| {});
    assert!(python(&[&server.url(), "--creds", &stranger]).starts_with("ERR:"), "an account this operator did not sign");
    let expired = chain.creds_file(&dir, "expired", |u| u.claims.expires = natsx_common::jwt::now() - 10);
    assert!(python(&[&server.url(), "--creds", &expired]).starts_with("ERR:"), "an expired user");
    let bearer = chain.creds_file(&dir, "bearer", |u| u.nats.bearer_token = true);
    assert_eq!(python(&[&server.url(), "--creds", &bearer]), "OK:from python", "a bearer token");
}
