//! NKey users (issue 12): a nonce in INFO, CONNECT signed with the user's seed, and
//! nats-server's answers to everything else.

use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{natsx, Server, TempDir};

fn config(alice: &nkeys::KeyPair, bob: &nkeys::KeyPair) -> String {
    format!(
        r#"
authorization {{
  users: [
    {{nkey: {}}}
    {{nkey: {}, permissions: {{publish: ["bob.>", "_sync.>"], subscribe: ["bob.>", "_INBOX.>"]}}}}
    {{user: carol, password: c}}
  ]
}}
"#,
        alice.public_key(),
        bob.public_key()
    )
}

async fn with_seed(server: &Server, key: &nkeys::KeyPair) -> Result<async_nats::Client, async_nats::ConnectError> {
    async_nats::ConnectOptions::with_nkey(key.seed().unwrap()).connect(server.url()).await
}

#[tokio::test]
async fn nkey_users_sign_the_nonce_and_get_their_permissions() {
    let (alice, bob) = (nkeys::KeyPair::new_user(), nkeys::KeyPair::new_user());
    let server = Server::with_config(&config(&alice, &bob), &[]);
    let a = with_seed(&server, &alice).await.expect("alice signs in");
    let b = with_seed(&server, &bob).await.expect("bob signs in");
    let mut bobs = b.subscribe("bob.>").await.unwrap();
    crate::harness::sync(&b).await;
    a.publish("bob.hello", Bytes::from("hi")).await.unwrap();
    a.flush().await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), bobs.next()).await.unwrap().unwrap();
    assert_eq!(m.payload, "hi");
    // Bob's permissions hold: his publish outside `bob.>` reaches no one.
    let mut alices = a.subscribe("alice.>").await.unwrap();
    crate::harness::sync(&a).await;
    b.publish("alice.x", Bytes::new()).await.unwrap();
    b.flush().await.unwrap();
    assert!(tokio::time::timeout(Duration::from_millis(300), alices.next()).await.is_err(), "denied to bob");
    // An unknown key is refused, as is a user/password client beside the nkeys.
    let stranger = nkeys::KeyPair::new_user();
    assert!(with_seed(&server, &stranger).await.is_err(), "a key nobody configured");
    let carol = async_nats::ConnectOptions::with_user_and_password("carol".into(), "c".into()).connect(server.url()).await;
    assert!(carol.is_ok(), "password users still work beside nkey users");
}

#[test]
fn a_bad_or_missing_signature_is_an_authorization_violation() {
    let (alice, bob) = (nkeys::KeyPair::new_user(), nkeys::KeyPair::new_user());
    let server = Server::with_config(&config(&alice, &bob), &[]);
    let connect = |sig: Option<&str>, key: &str| -> String {
        let mut raw = server.raw();
        let info = raw.info.clone();
        let nonce = serde_json::from_str::<serde_json::Value>(info.trim_start_matches("INFO ").trim()).unwrap()["nonce"]
            .as_str()
            .unwrap()
            .to_string();
        assert_eq!(nonce.len(), 15, "nats-server's nonce length");
        let sig = match sig {
            Some("good") => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(alice.sign(nonce.as_bytes()).unwrap()),
            Some("other nonce") => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(alice.sign(b"not the nonce").unwrap()),
            Some(s) => s.to_string(),
            None => String::new(),
        };
        let line = format!("CONNECT {{\"verbose\":false,\"pedantic\":false,\"nkey\":\"{key}\",\"sig\":\"{sig}\"}}\r\nPING\r\n");
        raw.send(line.as_bytes());
        raw.read_until("\r\n", Duration::from_secs(2))
    };
    let alice_key = alice.public_key();
    assert_eq!(connect(Some("good"), &alice_key), "PONG\r\n");
    for (sig, key) in [
        (Some("other nonce"), alice_key.as_str()),
        (None, alice_key.as_str()),
        (Some("!!!"), alice_key.as_str()),
        (Some("good"), &bob.public_key()),
    ] {
        assert_eq!(connect(sig, key), "-ERR 'Authorization Violation'\r\n", "{sig:?} for {key}");
    }
}

#[test]
fn the_cli_connects_with_a_seed_file() {
    let (alice, bob) = (nkeys::KeyPair::new_user(), nkeys::KeyPair::new_user());
    let server = Server::with_config(&config(&alice, &bob), &[]);
    let dir = TempDir::new();
    let seed = dir.path().join("alice.nk");
    std::fs::write(&seed, format!("{}\n", alice.seed().unwrap())).unwrap();
    let url = server.url();
    let (code, _, err) = natsx(&["-s", &url, "--nkey", seed.to_str().unwrap(), "pub", "bob.x", "hello"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let other = dir.path().join("stranger.nk");
    std::fs::write(&other, nkeys::KeyPair::new_user().seed().unwrap()).unwrap();
    let (code, _, err) = natsx(&["-s", &url, "--nkey", other.to_str().unwrap(), "pub", "bob.x", "hello"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.to_lowercase().contains("authorization"), "{err}");
}

#[test]
fn nkey_configs_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    let user = nkeys::KeyPair::new_user().public_key();
    let account = nkeys::KeyPair::new_account().public_key();
    for (name, config, expect) in [
        ("not a key", "authorization { users: [ {nkey: UNOTAKEY} ] }\n".to_string(), "Not a valid public nkey for a user"),
        ("account key", format!("authorization {{ users: [ {{nkey: {account}}} ] }}\n"), "Not a valid public nkey for a user"),
        (
            "with a name",
            format!("authorization {{ users: [ {{nkey: {user}, user: x}} ] }}\n"),
            "Nkey users do not take usernames or passwords",
        ),
        (
            "twice",
            format!("authorization {{ users: [ {{nkey: {user}}}, {{nkey: {user}}} ] }}\n"),
            &format!("Duplicate nkey \"{user}\" detected")[..],
        ),
    ] {
        crate::harness::assert_config_refused(&dir, name, &config, expect);
    }
}

/// An nkey may be the `no_auth_user`: a client that sends no credentials is it, without
/// signing (as in nats-server).
#[tokio::test]
async fn an_nkey_user_may_be_the_no_auth_user() {
    let key = nkeys::KeyPair::new_user();
    let config = format!("accounts {{ A: {{ users: [ {{nkey: {}}} ] }} }}\nno_auth_user: {}\n", key.public_key(), key.public_key());
    let server = Server::with_config(&config, &[]);
    let client = server.client().await;
    let me: serde_json::Value = serde_json::from_slice(&client.request("$SYS.REQ.USER.INFO", Bytes::new()).await.unwrap().payload).unwrap();
    assert_eq!((me["data"]["user"].as_str(), me["data"]["account"].as_str()), (Some(key.public_key().as_str()), Some("A")));
}

/// `natsx account nkey`: a generated seed signs in to a server configured with its public
/// key; `sign` and `verify` agree with each other and with the nkeys crate.
#[test]
fn the_cli_makes_and_uses_nkeys() {
    let dir = TempDir::new();
    let wait = Duration::from_secs(10);
    let seed_file = dir.path().join("user.nk");
    let (code, _, err) = natsx(&["account", "nkey", "gen", "user", "--output", seed_file.to_str().unwrap()], None, wait);
    assert_eq!(code, 0, "{err}");
    let (code, public, _) = natsx(&["account", "nkey", "show", seed_file.to_str().unwrap()], None, wait);
    let public = public.trim().to_string();
    assert!(code == 0 && public.starts_with('U') && public.len() == 56, "{public}");
    let (_, both, _) = natsx(&["account", "nkey", "gen", "operator", "--pubout"], None, wait);
    let lines: Vec<&str> = both.lines().collect();
    assert!(lines[0].starts_with("SO") && lines[1].starts_with('O'), "seed then public key: {both}");

    let server = Server::with_config(&format!("authorization {{ users: [ {{nkey: {public}}} ] }}\n"), &[]);
    let (code, _, err) = natsx(&["-s", &server.url(), "--nkey", seed_file.to_str().unwrap(), "pub", "x", "y"], None, wait);
    assert_eq!(code, 0, "the generated seed signs in: {err}");

    let data = dir.path().join("data");
    std::fs::write(&data, "signed words").unwrap();
    let (code, sig, _) = natsx(&["account", "nkey", "sign", data.to_str().unwrap(), seed_file.to_str().unwrap()], None, wait);
    assert_eq!(code, 0);
    let sig_file = dir.path().join("sig");
    std::fs::write(&sig_file, &sig).unwrap();
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(sig.trim()).unwrap();
    assert!(
        nkeys::KeyPair::from_public_key(&public).unwrap().verify(b"signed words", &raw).is_ok(),
        "an Ed25519 signature the nkeys crate accepts"
    );
    let public_file = dir.path().join("user.pub");
    std::fs::write(&public_file, &public).unwrap();
    let verify = |key: &std::path::Path| {
        natsx(&["account", "nkey", "verify", data.to_str().unwrap(), sig_file.to_str().unwrap(), key.to_str().unwrap()], None, wait)
    };
    assert_eq!(verify(&public_file).1.trim(), "Verified OK");
    std::fs::write(&data, "other words").unwrap();
    let (code, _, err) = verify(&public_file);
    assert_eq!((code, err.trim()), (1, "natsx: error: signature verification failed"));
}
