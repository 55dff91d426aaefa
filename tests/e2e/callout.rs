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

/// Operator mode: an account JWT's `authorization` (set with `natsx account edit
/// authcallout`) hands the clients of its sentinel user to the service, which places
/// them in an allowed account by signing with that account's key — the same with
/// nats-server 2.15.1 and natsx; and an update withdrawing the callout takes effect.
#[tokio::test]
async fn operator_mode_callout_from_an_account_jwt() {
    let dir = TempDir::new();
    let (data, config_home) = (dir.path().join("data"), dir.path().join("config"));
    let env = [("XDG_DATA_HOME", data.to_str().unwrap()), ("XDG_CONFIG_HOME", config_home.to_str().unwrap()), ("NKEYS_PATH", "")];
    let ok = |args: &[&str]| {
        let (code, out, err) = crate::harness::natsx_env(args, &env, None, Duration::from_secs(20));
        assert_eq!(code, 0, "natsx {args:?}: {out}{err}");
        out
    };
    ok(&["account", "init", "--name", "op"]);
    ok(&["account", "add", "account", "AUTH"]);
    ok(&["account", "add", "account", "APP"]);
    ok(&["account", "add", "user", "svc", "--account", "AUTH"]);
    ok(&["account", "add", "user", "sentinel", "--account", "AUTH", "--bearer", "--deny-pub", ">", "--deny-sub", ">"]);
    ok(&["account", "edit", "authcallout", "--account", "AUTH", "--auth-user", "svc", "--allowed-account", "APP"]);
    let described: serde_json::Value = serde_json::from_str(&ok(&["account", "describe", "account", "AUTH", "--json"])).unwrap();
    let app_key = serde_json::from_str::<serde_json::Value>(&ok(&["account", "describe", "account", "APP", "--json"])).unwrap()["sub"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(described["nats"]["authorization"]["allowed_accounts"][0], app_key.as_str(), "{described}");
    let keys = data.join("nats/nsc/keys");
    let seed_of = |key: &str| keys.join("keys").join(&key[..1]).join(&key[1..3]).join(format!("{key}.nk"));
    let auth_key = described["sub"].as_str().unwrap().to_string();
    std::fs::write(
        dir.path().join("users.json"),
        format!(r#"{{"alice": {{"password": "s3cret", "account": "{app_key}", "publish": ["orders.>", "$SYS.REQ.USER.INFO"], "subscribe": ["_INBOX.>"]}}}}"#),
    )
    .unwrap();
    let creds = |a: &str, u: &str| keys.join("creds/op").join(a).join(format!("{u}.creds"));
    let config = ok(&["account", "generate", "config", "--mem-resolver"]);
    for reference in [true, false] {
        let server = if reference { Server::reference_with_config(&config) } else { Server::with_config(&config, &[]) };
        let service = Command::new(crate::harness::BIN)
            .args(["-s", &server.url(), "--creds", creds("AUTH", "svc").to_str().unwrap(), "account", "callout", "serve"])
            .args(["--issuer-seed", seed_of(&auth_key).to_str().unwrap(), "--account-seed", seed_of(&app_key).to_str().unwrap()])
            .args(["--users", dir.path().join("users.json").to_str().unwrap()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let _service = Service(service);
        let url = server.url();
        let sentinel = |user: &str, pass: &str| {
            let (creds, user, pass, url) = (creds("AUTH", "sentinel"), user.to_string(), pass.to_string(), url.clone());
            async move {
                let opts = async_nats::ConnectOptions::with_credentials_file(creds).await.unwrap();
                opts.user_and_password(user, pass).connection_timeout(Duration::from_secs(3)).connect(url).await
            }
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        let alice = loop {
            match sentinel("alice", "s3cret").await {
                Ok(c) => break c,
                Err(e) => assert!(Instant::now() < deadline, "alice never got in (reference: {reference}): {e}"),
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        let me = account_of(&alice).await;
        assert_eq!(me["account"], app_key.as_str(), "placed in APP (reference: {reference}): {me}");
        assert!(sentinel("alice", "wrong").await.is_err(), "the service said no (reference: {reference})");
        let svc = async_nats::ConnectOptions::with_credentials_file(creds("AUTH", "svc")).await.unwrap().connect(server.url()).await;
        assert!(svc.is_ok(), "the auth user skips the callout (reference: {reference})");

        // The callout withdrawn by an account update: the sentinel is a plain user again.
        ok(&["account", "edit", "authcallout", "--account", "AUTH", "--disable"]);
        let auth_jwt = std::fs::read_to_string(data.join("nats/nsc/stores/op/accounts/AUTH/AUTH.jwt")).unwrap();
        let sys =
            async_nats::ConnectOptions::with_credentials_file(creds("SYS", "sys")).await.unwrap().connect(server.url()).await.unwrap();
        let answer = sys.request(format!("$SYS.REQ.ACCOUNT.{auth_key}.CLAIMS.UPDATE"), Bytes::from(auth_jwt)).await.unwrap();
        assert!(String::from_utf8_lossy(&answer.payload).contains("jwt updated"), "{:?}", answer.payload);
        drop(_service);
        assert!(sentinel("nobody", "nothing").await.is_ok(), "no callout any more (reference: {reference})");
    }
}
