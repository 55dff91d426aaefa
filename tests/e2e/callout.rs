//! Auth callout (issue 13): `authorization { auth_callout {} }` hands every client but
//! the service's own users to a service, here `natsx account callout serve` — checked
//! against natsx and against nats-server 2.15.1 — and services that answer garbage, the
//! wrong user, or nothing.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

/// The issuer's key, a users file and a server config with the callout.
struct Setup {
    dir: TempDir,
    issuer: nkeys::KeyPair,
    xkey: Option<nkeys::XKey>,
}

impl Setup {
    fn new(encrypted: bool) -> Setup {
        let dir = TempDir::new();
        let issuer = nkeys::KeyPair::new_account();
        std::fs::write(dir.path().join("issuer.nk"), issuer.seed().unwrap()).unwrap();
        let xkey = encrypted.then(nkeys::XKey::new);
        if let Some(x) = &xkey {
            std::fs::write(dir.path().join("x.nk"), x.seed().unwrap()).unwrap();
        }
        std::fs::write(
            dir.path().join("users.json"),
            r#"{"alice": {"password": "s3cret", "account": "APP", "publish": ["orders.>", "$SYS.REQ.USER.INFO"], "subscribe": ["_INBOX.>"]}}"#,
        )
        .unwrap();
        Setup { dir, issuer, xkey }
    }

    fn config(&self) -> String {
        let xkey = self.xkey.as_ref().map(|x| format!("    xkey: {}\n", x.public_key())).unwrap_or_default();
        format!(
            "accounts {{\n  AUTH {{ users: [ {{user: auth, password: pw}} ] }}\n  APP {{ users: [ {{user: local, password: l}} ] }}\n}}\nauthorization {{\n  timeout: 1\n  auth_callout {{\n    issuer: {}\n    auth_users: [ auth ]\n    account: AUTH\n{xkey}  }}\n}}\n",
            self.issuer.public_key()
        )
    }

    /// Starts `natsx account callout serve` against a server (killed on drop).
    fn serve(&self, server: &Server) -> Service {
        let mut args = vec![
            "-s".to_string(),
            server.url(),
            "--user".into(),
            "auth".into(),
            "--password".into(),
            "pw".into(),
            "account".into(),
            "callout".into(),
            "serve".into(),
            "--issuer-seed".into(),
            self.dir.path().join("issuer.nk").to_string_lossy().into_owned(),
            "--users".into(),
            self.dir.path().join("users.json").to_string_lossy().into_owned(),
        ];
        if self.xkey.is_some() {
            args.push("--xkey-seed".into());
            args.push(self.dir.path().join("x.nk").to_string_lossy().into_owned());
        }
        let child = Command::new(crate::harness::BIN).args(&args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
        Service(child)
    }
}

struct Service(Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn as_user(server: &Server, user: &str, pass: &str) -> Result<async_nats::Client, async_nats::ConnectError> {
    let opts = async_nats::ConnectOptions::with_user_and_password(user.into(), pass.into()).connection_timeout(Duration::from_secs(3));
    opts.connect(server.url()).await
}

/// Alice, once the service is up (it needs a moment to subscribe).
async fn alice(server: &Server) -> async_nats::Client {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        match as_user(server, "alice", "s3cret").await {
            Ok(c) => return c,
            Err(e) => assert!(Instant::now() < deadline, "alice never got in: {e}"),
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn account_of(client: &async_nats::Client) -> serde_json::Value {
    let reply = client.request("$SYS.REQ.USER.INFO", Bytes::new()).await.unwrap();
    serde_json::from_slice::<serde_json::Value>(&reply.payload).unwrap()["data"].clone()
}

#[tokio::test]
async fn the_service_decides_who_connects_and_where() {
    for encrypted in [false, true] {
        let setup = Setup::new(encrypted);
        let server = Server::with_config(&setup.config(), &[]);
        let _service = setup.serve(&server);
        let alice = alice(&server).await;
        let me = account_of(&alice).await;
        assert_eq!((me["account"].as_str(), me["user"].as_str()), (Some("APP"), Some("alice")), "{me}");
        assert_eq!(me["permissions"]["publish"]["allow"][0], "orders.>", "the permissions the service gave");
        assert!(as_user(&server, "local", "l").await.is_err(), "a configured user is handed to the service too, which knows no 'local'");
        assert!(as_user(&server, "alice", "wrong").await.is_err(), "the service said no");
        assert!(as_user(&server, "mallory", "x").await.is_err(), "unknown to the service");
        // The service's own user skips it, and may not be impersonated through it.
        assert!(as_user(&server, "auth", "pw").await.is_ok());
        // A reload re-checks configured users, not those the service admitted.
        server.signal("HUP");
        assert!(server.wait_log("Reloaded server configuration", Duration::from_secs(5)));
        assert!(!server.log().contains("authentication error after configuration reload"), "{}", server.log());
        let me = account_of(&alice).await;
        assert_eq!(me["account"], "APP", "alice is still connected after the reload");
    }
}

#[tokio::test]
async fn nats_server_takes_the_same_service() {
    let setup = Setup::new(false);
    let server = Server::reference_with_config(&setup.config());
    let _service = setup.serve(&server);
    let alice = alice(&server).await;
    let me = account_of(&alice).await;
    assert_eq!(me["account"], "APP", "{me}");
    assert!(as_user(&server, "alice", "wrong").await.is_err());
}

#[tokio::test]
async fn garbage_silence_and_the_wrong_user_are_refused() {
    let setup = Setup::new(false);
    let server = Server::with_config(&setup.config(), &[]);
    let auth = as_user(&server, "auth", "pw").await.unwrap();
    let mut requests = auth.subscribe("$SYS.REQ.USER.AUTH").await.unwrap();
    crate::harness::sync(&auth).await;
    let issuer = nkeys::KeyPair::from_seed(&setup.issuer.seed().unwrap()).unwrap();
    let answers = tokio::spawn({
        let auth = auth.clone();
        async move {
            let mut n = 0;
            while let Some(req) = requests.next().await {
                n += 1;
                let reply = req.reply.clone().unwrap();
                let answer = match n {
                    1 => Bytes::from("not a jwt"),
                    2 => {
                        // A well-signed answer about another user key.
                        let other = nkeys::KeyPair::new_user().public_key();
                        let mut user = natsx_common::jwt::UserClaims::new(&other);
                        user.claims.audience = "APP".into();
                        let mut r = natsx_common::jwt::AuthorizationResponseClaims::new(&other);
                        r.nats.jwt = user.encode(&issuer).unwrap();
                        Bytes::from(r.encode(&issuer).unwrap())
                    }
                    _ => continue, // silence
                };
                auth.publish(reply, answer).await.unwrap();
                auth.flush().await.unwrap();
            }
        }
    });
    for case in ["garbage", "another user", "silence"] {
        let started = Instant::now();
        assert!(as_user(&server, "alice", "s3cret").await.is_err(), "{case}");
        assert!(started.elapsed() < Duration::from_secs(5), "{case}: refused within the authentication timeout");
    }
    answers.abort();
    assert!(as_user(&server, "auth", "pw").await.is_ok(), "the server still serves");
}

#[test]
fn callout_configs_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    let issuer = nkeys::KeyPair::new_account().public_key();
    let users = "accounts { AUTH { users: [ {user: auth, password: pw} ] } }\n";
    for (name, config, expect) in [
        ("no issuer", format!("{users}authorization {{ auth_callout {{ auth_users: [auth] }} }}\n"), "require an issuer"),
        (
            "bad issuer",
            format!("{users}authorization {{ auth_callout {{ issuer: UBAD, auth_users: [auth] }} }}\n"),
            "valid public account nkey",
        ),
        ("no users", format!("{users}authorization {{ auth_callout {{ issuer: {issuer} }} }}\n"), "require authorized users"),
        (
            "bad xkey",
            format!("{users}authorization {{ auth_callout {{ issuer: {issuer}, auth_users: [auth], xkey: XBAD }} }}\n"),
            "valid public xkey",
        ),
        (
            "unknown field",
            format!("{users}authorization {{ auth_callout {{ issuer: {issuer}, auth_users: [auth], bogus: 1 }} }}\n"),
            "Unknown field \"bogus\"",
        ),
        (
            "unknown user",
            format!("{users}authorization {{ auth_callout {{ issuer: {issuer}, auth_users: [nobody] }} }}\n"),
            "\"nobody\" not valid",
        ),
        (
            "unknown account",
            format!("{users}authorization {{ auth_callout {{ issuer: {issuer}, auth_users: [auth], account: NOPE }} }}\n"),
            "account \"NOPE\" not valid",
        ),
    ] {
        crate::harness::assert_config_refused(&dir, name, &config, expect);
    }
}
