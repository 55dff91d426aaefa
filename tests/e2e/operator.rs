//! Operator mode (issue 13): accounts from JWTs an operator signed (`resolver: MEMORY`
//! with `resolver_preload`), users that present user JWTs and sign the nonce, through
//! async-nats with .creds files and raw CONNECTs; every way a JWT can be wrong; and the
//! interop contract: what `natsx account` mints, nats-server 2.15.1 accepts.

use std::time::Duration;

use base64::Engine;
use bytes::Bytes;
use futures::StreamExt;
use natsx_common::jwt::{self, AccountClaims, OperatorClaims, UserClaims};

use crate::harness::{natsx_env, Server, TempDir};

/// A change to an account JWT.
type AccountEdit = Box<dyn Fn(&mut AccountClaims)>;

/// An operator, its system account and an application account `APP`, with keys.
pub struct Chain {
    pub operator: nkeys::KeyPair,
    pub sys: nkeys::KeyPair,
    pub app: nkeys::KeyPair,
    /// Changes to APP's JWT.
    app_edit: std::cell::RefCell<Vec<AccountEdit>>,
}

impl Chain {
    pub fn new() -> Chain {
        Chain {
            operator: nkeys::KeyPair::new_operator(),
            sys: nkeys::KeyPair::new_account(),
            app: nkeys::KeyPair::new_account(),
            app_edit: Default::default(),
        }
    }

    /// Changes APP's account JWT before the config is written.
    pub fn edit_app(&self, edit: impl Fn(&mut AccountClaims) + 'static) {
        self.app_edit.borrow_mut().push(Box::new(edit));
    }

    pub fn operator_jwt(&self) -> String {
        let mut op = OperatorClaims::new(&self.operator.public_key());
        op.claims.name = "test-op".into();
        op.nats.system_account = self.sys.public_key();
        op.encode(&self.operator).unwrap()
    }

    pub fn app_jwt(&self) -> String {
        let mut app = AccountClaims::new(&self.app.public_key());
        app.claims.name = "APP".into();
        for edit in self.app_edit.borrow().iter() {
            edit(&mut app);
        }
        app.encode(&self.operator).unwrap()
    }

    /// The server config: trust the operator, preload SYS and APP.
    pub fn config(&self) -> String {
        let mut sys = AccountClaims::new(&self.sys.public_key());
        sys.claims.name = "SYS".into();
        format!(
            "operator: {}\nsystem_account: {}\nresolver: MEMORY\nresolver_preload: {{\n  {}: {}\n  {}: {}\n}}\n",
            self.operator_jwt(),
            self.sys.public_key(),
            self.sys.public_key(),
            sys.encode(&self.operator).unwrap(),
            self.app.public_key(),
            self.app_jwt()
        )
    }

    /// A user of APP (its key and JWT), changed by `edit` before signing.
    pub fn user(&self, name: &str, edit: impl FnOnce(&mut UserClaims)) -> (nkeys::KeyPair, String) {
        let user = nkeys::KeyPair::new_user();
        let mut claims = UserClaims::new(&user.public_key());
        claims.claims.name = name.into();
        edit(&mut claims);
        let token = claims.encode(&self.app).unwrap();
        (user, token)
    }

    /// A .creds file for a user of APP.
    pub fn creds_file(&self, dir: &TempDir, name: &str, edit: impl FnOnce(&mut UserClaims)) -> String {
        let (user, token) = self.user(name, edit);
        let path = dir.path().join(format!("{name}-{}.creds", &user.public_key()[..8]));
        std::fs::write(&path, jwt::format_creds(&token, &user.seed().unwrap())).unwrap();
        path.to_string_lossy().into_owned()
    }
}

async fn with_creds(url: &str, creds: &str) -> Result<async_nats::Client, async_nats::ConnectError> {
    let opts = async_nats::ConnectOptions::with_credentials_file(creds).await.unwrap().connection_timeout(Duration::from_secs(3));
    tokio::time::timeout(Duration::from_secs(5), opts.connect(url)).await.expect("connect in time")
}

/// A raw CONNECT with a user JWT: the first line the server answers (`PONG` or `-ERR`).
fn raw_connect(server: &Server, token: &str, signer: Option<&nkeys::KeyPair>) -> String {
    let mut raw = server.raw();
    let info: serde_json::Value = serde_json::from_str(raw.info.trim_start_matches("INFO ").trim()).unwrap();
    let nonce = info["nonce"].as_str().expect("a nonce in operator mode");
    let sig =
        signer.map(|k| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(k.sign(nonce.as_bytes()).unwrap())).unwrap_or_default();
    raw.send(format!("CONNECT {{\"verbose\":false,\"jwt\":\"{token}\",\"sig\":\"{sig}\"}}\r\nPING\r\n").as_bytes());
    raw.read_until("\r\n", Duration::from_secs(3))
}

#[tokio::test]
async fn users_with_jwts_of_trusted_accounts_connect_with_their_permissions() {
    let chain = Chain::new();
    let server = Server::with_config(&chain.config(), &["-m", "-1"]);
    let dir = TempDir::new();
    let alice = chain.creds_file(&dir, "alice", |u| {
        u.nats.publish.allow = vec!["orders.>".into(), "_INBOX.>".into()];
    });
    let bob = chain.creds_file(&dir, "bob", |_| {});
    let a = with_creds(&server.url(), &alice).await.expect("alice's creds");
    let b = with_creds(&server.url(), &bob).await.expect("bob's creds");
    let mut orders = b.subscribe("orders.>").await.unwrap();
    let mut other = b.subscribe("secret").await.unwrap();
    crate::harness::sync(&b).await;
    a.publish("orders.new", Bytes::from("o1")).await.unwrap();
    a.publish("secret", Bytes::from("no")).await.unwrap();
    a.flush().await.unwrap();
    assert_eq!(tokio::time::timeout(Duration::from_secs(5), orders.next()).await.unwrap().unwrap().payload, "o1");
    assert!(tokio::time::timeout(Duration::from_millis(300), other.next()).await.is_err(), "outside alice's publish permissions");

    // Monitoring names the account and the user by their keys.
    let (_, connz) = server.get("/connz?auth=1");
    let conns = connz["connections"].as_array().unwrap();
    assert!(conns.iter().all(|c| c["account"] == chain.app.public_key()), "{connz}");
    assert!(conns.iter().any(|c| c["authorized_user"].as_str().is_some_and(|u| u.starts_with('U'))));
    assert!(conns.iter().all(|c| c["name_tag"] == "APP"), "name_tag is the account JWT's name");
    let alice_conn = conns.iter().find(|c| c["name"].is_null() || c["jwt"].as_str().is_some_and(|j| j.len() > 100)).unwrap();
    assert_eq!(alice_conn["issuer_key"], chain.app.public_key());
    assert!(alice_conn["jwt"].as_str().is_some_and(|j| j.starts_with("eyJ")));
    let (_, varz) = server.get("/varz");
    assert_eq!(varz["system_account"], chain.sys.public_key());
    assert_eq!(varz["trusted_operators_claim"][0]["sub"], chain.operator.public_key());
    assert_eq!(varz["trusted_operators_jwt"].as_array().map(Vec::len), Some(1));

    // Nothing crosses to an account of another operator, nor does a client without a JWT get in.
    let stranger = Chain::new();
    let outsider = stranger.creds_file(&dir, "eve", |_| {});
    assert!(with_creds(&server.url(), &outsider).await.is_err(), "an account the server does not trust");
    assert!(async_nats::connect(server.url()).await.is_err(), "no user JWT");
}

#[test]
fn every_wrong_user_jwt_is_an_authorization_violation() {
    let chain = Chain::new();
    let signing = nkeys::KeyPair::new_account();
    let signing_key = signing.public_key();
    let (revoked_user, revoked_jwt) = chain.user("revoked", |_| {});
    let revoked_key = revoked_user.public_key();
    chain.edit_app(move |a| {
        a.nats.signing_keys.push(jwt::SigningKey::Plain(signing_key.clone()));
        a.nats.revocations.insert(revoked_key.clone(), jwt::now() + 60);
    });
    let server = Server::with_config(&chain.config(), &[]);
    let violation = "-ERR 'Authorization Violation'\r\n";

    let (good, good_jwt) = chain.user("good", |_| {});
    assert_eq!(raw_connect(&server, &good_jwt, Some(&good)), "PONG\r\n");
    assert_eq!(raw_connect(&server, &good_jwt, Some(&nkeys::KeyPair::new_user())), violation, "another key signed the nonce");
    assert_eq!(raw_connect(&server, &good_jwt, None), violation, "no signature");
    assert_eq!(raw_connect(&server, &revoked_jwt, Some(&revoked_user)), violation, "revoked");

    let (old, old_jwt) = chain.user("expired", |u| u.claims.expires = jwt::now() - 5);
    assert_eq!(raw_connect(&server, &old_jwt, Some(&old)), violation, "expired");
    let (early, early_jwt) = chain.user("early", |u| u.claims.not_before = jwt::now() + 3600);
    assert_eq!(raw_connect(&server, &early_jwt, Some(&early)), violation, "not yet valid");

    // Tampered: the payload changed after signing.
    let mut parts: Vec<String> = good_jwt.split('.').map(str::to_string).collect();
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(&parts[1]).unwrap();
    let forged = String::from_utf8(payload).unwrap().replace("\"good\"", "\"admin\"");
    parts[1] = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(forged);
    assert_eq!(raw_connect(&server, &parts.join("."), Some(&good)), violation, "tampered payload");

    // Issued by the account's signing key (naming the account): in; by an unknown key: out.
    let user = nkeys::KeyPair::new_user();
    let mut claims = UserClaims::new(&user.public_key());
    claims.nats.issuer_account = chain.app.public_key();
    assert_eq!(raw_connect(&server, &claims.clone().encode(&signing).unwrap(), Some(&user)), "PONG\r\n", "signing key");
    assert_eq!(raw_connect(&server, &claims.encode(&nkeys::KeyPair::new_account()).unwrap(), Some(&user)), violation, "unknown signer");

    // Bearer tokens need no signature; source networks and connection types are checked.
    let (_, bearer) = chain.user("bearer", |u| u.nats.bearer_token = true);
    assert_eq!(raw_connect(&server, &bearer, None), "PONG\r\n", "bearer");
    let (local, local_jwt) = chain.user("local", |u| u.nats.src = vec!["127.0.0.1/32".into()]);
    assert_eq!(raw_connect(&server, &local_jwt, Some(&local)), "PONG\r\n");
    let (far, far_jwt) = chain.user("far", |u| u.nats.src = vec!["10.0.0.0/8".into()]);
    assert_eq!(raw_connect(&server, &far_jwt, Some(&far)), violation, "outside src");
    let (web, web_jwt) = chain.user("web", |u| u.nats.allowed_connection_types = vec!["WEBSOCKET".into()]);
    assert_eq!(raw_connect(&server, &web_jwt, Some(&web)), violation, "WebSocket only");
    assert_eq!(raw_connect(&server, "not.a.jwt", Some(&good)), violation, "garbage");
    // The server kept serving throughout.
    assert_eq!(raw_connect(&server, &good_jwt, Some(&good)), "PONG\r\n");
}

#[test]
fn account_limits_and_bearer_rules_come_from_the_account_jwt() {
    let chain = Chain::new();
    chain.edit_app(|a| {
        a.nats.limits.conn = 1;
        a.nats.limits.payload = 100;
        a.nats.limits.disallow_bearer = true;
    });
    let server = Server::with_config(&chain.config(), &[]);
    let (first, first_jwt) = chain.user("first", |_| {});
    let mut held = server.raw();
    let info: serde_json::Value = serde_json::from_str(held.info.trim_start_matches("INFO ").trim()).unwrap();
    let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(first.sign(info["nonce"].as_str().unwrap().as_bytes()).unwrap());
    held.send(format!("CONNECT {{\"verbose\":false,\"jwt\":\"{first_jwt}\",\"sig\":\"{sig}\"}}\r\nPING\r\n").as_bytes());
    assert_eq!(held.read_until("\r\n", Duration::from_secs(3)), "PONG\r\n");
    let (second, second_jwt) = chain.user("second", |_| {});
    assert_eq!(raw_connect(&server, &second_jwt, Some(&second)), "-ERR 'maximum account active connections exceeded'\r\n");
    held.send(format!("PUB x 200\r\n{}\r\n", "y".repeat(200)).as_bytes());
    assert_eq!(held.read_until("\r\n", Duration::from_secs(3)), "-ERR 'Maximum Payload Violation'\r\n", "the account's payload limit");
    let (_, bearer) = chain.user("bearer", |u| u.nats.bearer_token = true);
    assert_eq!(raw_connect(&server, &bearer, None), "-ERR 'Authorization Violation'\r\n", "the account disallows bearer tokens");
}

#[test]
fn a_user_is_disconnected_when_its_jwt_expires() {
    let chain = Chain::new();
    let server = Server::with_config(&chain.config(), &[]);
    let (user, token) = chain.user("brief", |u| u.claims.expires = jwt::now() + 2);
    let mut raw = server.raw();
    let info: serde_json::Value = serde_json::from_str(raw.info.trim_start_matches("INFO ").trim()).unwrap();
    let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(user.sign(info["nonce"].as_str().unwrap().as_bytes()).unwrap());
    raw.send(format!("CONNECT {{\"verbose\":false,\"jwt\":\"{token}\",\"sig\":\"{sig}\"}}\r\nPING\r\n").as_bytes());
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(3)), "PONG\r\n");
    let rest = raw.read_until("'User Authentication Expired'\r\n", Duration::from_secs(6));
    assert!(rest.ends_with("-ERR 'User Authentication Expired'\r\n"), "{rest}");
    assert!(raw.is_closed(Duration::from_secs(3)));

    // The account's JWT running out ends its users' connections too.
    let short = Chain::new();
    short.edit_app(|a| a.claims.expires = jwt::now() + 3);
    let server = Server::with_config(&short.config(), &[]);
    let (user, token) = short.user("any", |_| {});
    let mut raw = server.raw();
    let info: serde_json::Value = serde_json::from_str(raw.info.trim_start_matches("INFO ").trim()).unwrap();
    let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(user.sign(info["nonce"].as_str().unwrap().as_bytes()).unwrap());
    raw.send(format!("CONNECT {{\"verbose\":false,\"jwt\":\"{token}\",\"sig\":\"{sig}\"}}\r\nPING\r\n").as_bytes());
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(3)), "PONG\r\n");
    let rest = raw.read_until("'Account Authentication Expired'\r\n", Duration::from_secs(7));
    assert!(rest.ends_with("-ERR 'Account Authentication Expired'\r\n"), "{rest}");
}

/// Connect times in the user's `times_location`: `Etc/GMT-14` is UTC+14 all year, so
/// a window around the current time there admits the user and one two hours later does
/// not (natsx reads the zone from its bundled database when the machine has none; the
/// reference runs where the machine has tzdata, as Go's LoadLocation needs it).
#[tokio::test]
async fn connect_times_follow_the_users_time_zone() {
    let chain = Chain::new();
    let dir = TempDir::new();
    let clock = |offset_hours: i64| {
        let s = (jwt::now() + 14 * 3600 + offset_hours * 3600).rem_euclid(86_400);
        format!("{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    };
    let window = |from: i64, to: i64| {
        let (start, end) = (clock(from), clock(to));
        move |u: &mut UserClaims| {
            u.nats.times = vec![jwt::TimeRange { start: start.clone(), end: end.clone() }];
            u.nats.locale = "Etc/GMT-14".into();
        }
    };
    let now_creds = chain.creds_file(&dir, "now", window(-1, 1));
    let later_creds = chain.creds_file(&dir, "later", window(2, 3));
    let mut servers = vec![Server::with_config(&chain.config(), &[])];
    if std::path::Path::new("/usr/share/zoneinfo/Etc/GMT-14").exists() {
        servers.push(Server::reference_with_config(&chain.config()));
    }
    for server in servers {
        assert!(with_creds(&server.url(), &now_creds).await.is_ok(), "inside the window there");
        assert!(with_creds(&server.url(), &later_creds).await.is_err(), "outside it");
    }
}

#[test]
fn operator_configs_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    let chain = Chain::new();
    let op = chain.operator_jwt();
    let app = format!("{}: {}", chain.app.public_key(), chain.app_jwt());
    for (name, config, expect) in [
        ("no resolver", format!("operator: {op}\n"), "operators require an account resolver to be configured"),
        (
            "accounts block",
            format!("operator: {op}\nresolver: MEMORY\naccounts {{ A {{ users: [{{user: a, password: b}}] }} }}\n"),
            "operators do not allow Accounts to be configured directly",
        ),
        (
            "users",
            format!("operator: {op}\nresolver: MEMORY\nauthorization {{ users: [{{user: a, password: b}}] }}\n"),
            "operators do not allow users to be configured directly",
        ),
        ("bad preload", format!("operator: {op}\nresolver: MEMORY\nresolver_preload {{ AX: nope }}\n"), "invalid account JWT"),
        (
            "system account",
            format!("operator: {op}\nresolver: MEMORY\nsystem_account: {}\n", chain.app.public_key()),
            "system_account in config and operator JWT must be identical",
        ),
        (
            "trusted key",
            "trusted: [OBAD]\nresolver: MEMORY\n".to_string(),
            "trust key \"OBAD\" required to be a valid public operator nkey",
        ),
        (
            "missing file",
            "operator: /nonexistent/op.jwt\nresolver: MEMORY\n".to_string(),
            "error parsing operator JWT: open /nonexistent/op.jwt",
        ),
        ("url resolver", format!("operator: {op}\nresolver: URL(http://localhost:9090/jwt/v1/accounts/)\n"), "the URL account resolver"),
        (
            "cache resolver",
            format!("operator: {op}\nresolver {{ type: cache, dir: ./jwt, allow_delete: true }}\n"),
            "CACHE does not accept allow_delete",
        ),
        ("preload alone", format!("resolver: MEMORY\nresolver_preload {{ {app} }}\n"), "need trusted operators"),
    ] {
        crate::harness::assert_config_refused(&dir, name, &config, expect);
    }
}

/// The contract: an operator, accounts and users made by `natsx account` (in an nsc
/// store), and the server config it generates, work in nats-server 2.15.1 and in natsx,
/// the same way; a revocation made with it is honoured by both.
#[tokio::test]
async fn natsx_account_mints_what_nats_server_and_natsx_accept() {
    let dir = TempDir::new();
    let data = dir.path().join("data");
    let config_home = dir.path().join("config");
    let env = [("XDG_DATA_HOME", data.to_str().unwrap()), ("XDG_CONFIG_HOME", config_home.to_str().unwrap()), ("NKEYS_PATH", "")];
    let run = |args: &[&str]| {
        let (code, out, err) = natsx_env(args, &env, None, Duration::from_secs(20));
        assert_eq!(code, 0, "natsx {args:?}: {err}");
        out
    };
    run(&["account", "init", "--name", "acme"]);
    run(&["account", "add", "account", "ORDERS", "--js-mem-storage", "-1", "--js-disk-storage", "-1"]);
    run(&[
        "account",
        "add",
        "user",
        "alice",
        "--account",
        "ORDERS",
        "--allow-pub",
        "orders.>,_INBOX.>",
        "--allow-sub",
        "orders.>,_INBOX.>",
    ]);
    run(&["account", "add", "user", "bob", "--account", "ORDERS"]);
    // A scoped signing key whose users may publish only under their own name.
    let edited = run(&["account", "edit", "account", "ORDERS", "--sk", "generate"]);
    let sk = edited.split_whitespace().find(|w| w.starts_with('A') && w.len() == 56).expect("the new signing key").to_string();
    run(&[
        "account",
        "edit",
        "signing-key",
        "--account",
        "ORDERS",
        "--sk",
        &sk,
        "--role",
        "team",
        "--allow-pub",
        "team.{{name()}}.>,_INBOX.>",
    ]);
    run(&["account", "add", "user", "carol", "--account", "ORDERS", "-K", "team"]);
    let carol = data.join("nats/nsc/keys/creds/acme/ORDERS/carol.creds");
    let keys = run(&["account", "list", "keys"]);
    assert!(keys.contains("ORDERS") && keys.contains("carol") && keys.contains(&sk), "{keys}");
    let config = run(&["account", "generate", "config", "--mem-resolver"]);
    let alice = dir.path().join("alice.creds");
    run(&["account", "generate", "creds", "--account", "ORDERS", "--name", "alice", "--output-file", alice.to_str().unwrap()]);
    let bob = data.join("nats/nsc/keys/creds/acme/ORDERS/bob.creds");
    assert!(bob.exists(), "nsc's creds path");
    let described = run(&["account", "describe", "--file", alice.to_str().unwrap(), "--json"]);
    let described: serde_json::Value = serde_json::from_str(&described).unwrap();
    assert_eq!((described["name"].as_str(), described["nats"]["pub"]["allow"][0].as_str()), (Some("alice"), Some("orders.>")));

    let (js_ref, js_natsx) = (dir.path().join("js-ref"), dir.path().join("js-natsx"));
    let with_js = |store: &std::path::Path| format!("{config}\njetstream {{ store_dir: {:?} }}\n", store.to_str().unwrap());
    for server in [Server::reference_with_config(&with_js(&js_ref)), Server::with_config(&with_js(&js_natsx), &[])] {
        let a = with_creds(&server.url(), alice.to_str().unwrap()).await.expect("alice");
        let b = with_creds(&server.url(), bob.to_str().unwrap()).await.expect("bob");
        let mut sub = b.subscribe("orders.>").await.unwrap();
        crate::harness::sync(&b).await;
        a.publish("orders.new", Bytes::from("o1")).await.unwrap();
        a.flush().await.unwrap();
        assert_eq!(tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap().payload, "o1");
        let c = with_creds(&server.url(), carol.to_str().unwrap()).await.expect("carol, by the scoped key");
        let mut team = b.subscribe("team.>").await.unwrap();
        crate::harness::sync(&b).await;
        c.publish("team.dave.x", Bytes::from("no")).await.unwrap();
        c.publish("team.carol.x", Bytes::from("yes")).await.unwrap();
        c.flush().await.unwrap();
        assert_eq!(tokio::time::timeout(Duration::from_secs(5), team.next()).await.unwrap().unwrap().subject.as_str(), "team.carol.x");
        // JetStream is on for ORDERS (its JWT's limits).
        let js = async_nats::jetstream::new(b.clone());
        js.create_stream(async_nats::jetstream::stream::Config {
            name: "ORD".into(),
            subjects: vec!["ord.>".into()],
            ..Default::default()
        })
        .await
        .expect("JetStream in the account");
    }

    // Revoke bob: both servers refuse him with the regenerated config.
    run(&["account", "revocations", "add-user", "--account", "ORDERS", "--name", "bob"]);
    let config = run(&["account", "generate", "config", "--mem-resolver"]);
    for server in [Server::reference_with_config(&config), Server::with_config(&config, &[])] {
        assert!(with_creds(&server.url(), bob.to_str().unwrap()).await.is_err(), "bob is revoked");
        assert!(with_creds(&server.url(), alice.to_str().unwrap()).await.is_ok(), "alice is not");
    }
}

/// `jwt_cookie` in operator mode: a browser's cookie carries the user JWT (a bearer
/// token, since a browser holds no seed) when CONNECT has none.
#[test]
fn a_websocket_cookie_carries_the_user_jwt() {
    let chain = Chain::new();
    let config = format!("{}websocket {{ host: 127.0.0.1, port: -1, no_tls: true, jwt_cookie: natsjwt }}\n", chain.config());
    let server = Server::with_config(&config, &[]);
    let port = crate::websocket::ws_port(&server);
    let (_, bearer) = chain.user("browser", |u| u.nats.bearer_token = true);
    let mut ws = crate::websocket::RawWs::connect(port, &format!("Cookie: natsjwt={bearer}\r\n"));
    ws.until("\r\n");
    ws.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n", false);
    ws.until("PONG\r\n");
    let mut none = crate::websocket::RawWs::connect(port, "");
    none.until("\r\n");
    none.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n", false);
    none.until("-ERR 'Authorization Violation'");
}

/// The other half of the contract: an operator, accounts and a user minted by nsc (the
/// official Rust client's fixtures) work in natsx, and `natsx account describe` reads them.
#[tokio::test]
async fn jwts_minted_by_nsc_are_accepted_and_described() {
    let fixtures = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/jwt-fixtures");
    let config = std::fs::read_to_string(fixtures.join("nsc-memory-resolver.conf")).unwrap();
    let creds = fixtures.join("TestUser.creds");
    let server = Server::with_config(&config, &[]);
    let client = with_creds(&server.url(), creds.to_str().unwrap()).await.expect("nsc's user");
    let mut sub = client.subscribe("nsc.check").await.unwrap();
    crate::harness::sync(&client).await;
    client.publish("nsc.check", Bytes::from("ok")).await.unwrap();
    assert_eq!(tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap().payload, "ok");
    let (code, out, err) =
        natsx_env(&["account", "describe", "--file", creds.to_str().unwrap(), "--json"], &[], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let user: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((user["name"].as_str(), user["nats"]["type"].as_str()), (Some("TestUser"), Some("user")));
    let (code, out, _) = natsx_env(&["account", "describe", "--file", "-"], &[], Some(&config), Duration::from_secs(10));
    assert_eq!(code, 0);
    assert!(out.contains("TestOperator") && out.contains("Operator Details"), "{out}");
}

/// A scoped signing key: its users carry no permissions of their own and get its
/// template, filled in (`{{name()}}`); one that brings its own permissions is refused.
#[tokio::test]
async fn scoped_signing_keys_give_their_users_the_template() {
    let chain = Chain::new();
    let scoped = nkeys::KeyPair::new_account();
    let scoped_key = scoped.public_key();
    chain.edit_app(move |a| {
        let mut template = jwt::User::default();
        template.publish.allow = vec!["users.{{name()}}.>".into(), "_INBOX.>".into()];
        a.nats.signing_keys.push(jwt::SigningKey::Scoped(Box::new(jwt::UserScope {
            kind: "user_scope".into(),
            key: scoped_key.clone(),
            role: "users".into(),
            template,
            description: String::new(),
        })));
    });
    let server = Server::with_config(&chain.config(), &[]);
    let dir = TempDir::new();
    let write = |name: &str, edit: &dyn Fn(&mut UserClaims)| {
        let user = nkeys::KeyPair::new_user();
        let mut claims = UserClaims::new(&user.public_key());
        claims.claims.name = name.into();
        claims.nats = jwt::User { subs: 0, data: 0, payload: 0, ..Default::default() };
        claims.nats.issuer_account = chain.app.public_key();
        edit(&mut claims);
        let path = dir.path().join(format!("{name}.creds"));
        std::fs::write(&path, jwt::format_creds(&claims.encode(&scoped).unwrap(), &user.seed().unwrap())).unwrap();
        path.to_string_lossy().into_owned()
    };
    let carol = with_creds(&server.url(), &write("carol", &|_| {})).await.expect("a scoped user");
    let watcher = with_creds(&server.url(), &chain.creds_file(&dir, "watcher", |_| {})).await.unwrap();
    let mut mine = watcher.subscribe("users.>").await.unwrap();
    crate::harness::sync(&watcher).await;
    carol.publish("users.dave.x", Bytes::from("not hers")).await.unwrap();
    carol.publish("users.carol.x", Bytes::from("hers")).await.unwrap();
    carol.flush().await.unwrap();
    let got = tokio::time::timeout(Duration::from_secs(5), mine.next()).await.unwrap().unwrap();
    assert_eq!((got.subject.as_str(), &got.payload[..]), ("users.carol.x", &b"hers"[..]), "only her own subjects");
    let own = write("mallory", &|u| u.nats.publish.allow = vec![">".into()]);
    assert!(with_creds(&server.url(), &own).await.is_err(), "scoped users bring no permissions of their own");
}
