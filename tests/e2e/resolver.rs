//! The NATS-based account resolver (issue 13): `resolver { type: full, dir }`, account
//! JWTs pushed over `$SYS.REQ.CLAIMS.UPDATE` and put in force at once (limits,
//! exports and imports, JetStream, revocations, bearer tokens, connection limits), the
//! directory surviving a kill, the claims requests' answers compared with nats-server
//! 2.15.1's, and `natsx account push | pull` against both servers.

use std::path::Path;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;
use natsx_common::jwt::{self, AccountClaims, GenericClaims, OperatorClaims, UserClaims};
use serde_json::Value;

use crate::harness::{natsx_env, Server, TempDir};

/// An operator, its system account, two application accounts and a resolver directory.
struct Trust {
    dir: TempDir,
    operator: nkeys::KeyPair,
    sys: nkeys::KeyPair,
    app: nkeys::KeyPair,
    other: nkeys::KeyPair,
}

impl Trust {
    fn new() -> Trust {
        Trust {
            dir: TempDir::new(),
            operator: nkeys::KeyPair::new_operator(),
            sys: nkeys::KeyPair::new_account(),
            app: nkeys::KeyPair::new_account(),
            other: nkeys::KeyPair::new_account(),
        }
    }

    /// An account JWT the operator signs, changed by `edit`.
    fn account_jwt(&self, account: &nkeys::KeyPair, edit: impl FnOnce(&mut AccountClaims)) -> String {
        let mut claims = AccountClaims::new(&account.public_key());
        edit(&mut claims);
        claims.encode(&self.operator).unwrap()
    }

    /// A config with the full resolver in `jwt_dir` (the system account preloaded).
    fn config(&self, jwt_dir: &Path, allow_delete: bool) -> String {
        let mut op = OperatorClaims::new(&self.operator.public_key());
        op.nats.system_account = self.sys.public_key();
        format!(
            "operator: {}\nsystem_account: {}\nresolver {{ type: full, dir: {:?}, allow_delete: {allow_delete} }}\nresolver_preload: {{ {}: {} }}\n",
            op.encode(&self.operator).unwrap(),
            self.sys.public_key(),
            jwt_dir.to_str().unwrap(),
            self.sys.public_key(),
            self.account_jwt(&self.sys, |_| {})
        )
    }

    /// A .creds file for a user of `account`, changed by `edit`.
    fn creds(&self, account: &nkeys::KeyPair, name: &str, edit: impl FnOnce(&mut UserClaims)) -> String {
        let user = nkeys::KeyPair::new_user();
        let mut claims = UserClaims::new(&user.public_key());
        claims.claims.name = name.into();
        edit(&mut claims);
        let token = claims.encode(account).unwrap();
        let path = self.dir.path().join(format!("{name}-{}.creds", &user.public_key()[..8]));
        std::fs::write(&path, jwt::format_creds(&token, &user.seed().unwrap())).unwrap();
        path.to_string_lossy().into_owned()
    }
}

async fn connect(url: &str, creds: &str) -> Result<async_nats::Client, async_nats::ConnectError> {
    let opts = async_nats::ConnectOptions::with_credentials_file(creds)
        .await
        .unwrap()
        .connection_timeout(Duration::from_secs(3))
        .max_reconnects(Some(1));
    tokio::time::timeout(Duration::from_secs(5), opts.connect(url)).await.expect("connect in time")
}

/// A connection that records being disconnected (it may reconnect at once, when the
/// server lets it: the flag stays set).
async fn connect_watched(url: &str, creds: &str) -> (async_nats::Client, std::sync::Arc<std::sync::atomic::AtomicBool>) {
    let flag = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let seen = flag.clone();
    let opts = async_nats::ConnectOptions::with_credentials_file(creds).await.unwrap().event_callback(move |event| {
        let seen = seen.clone();
        async move {
            if matches!(event, async_nats::Event::Disconnected) {
                seen.store(true, std::sync::atomic::Ordering::SeqCst);
            }
        }
    });
    let client = tokio::time::timeout(Duration::from_secs(5), opts.connect(url)).await.expect("in time").expect("connects");
    (client, flag)
}

/// Waits (bounded) for `flag` to be set.
async fn cut_off(flag: &std::sync::atomic::AtomicBool) -> bool {
    for _ in 0..150 {
        if flag.load(std::sync::atomic::Ordering::SeqCst) {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    false
}

/// A raw connection of a fresh user of `account` (a user JWT and the nonce signed),
/// past its first PONG.
fn raw_user(server: &Server, account: &nkeys::KeyPair) -> crate::harness::Raw {
    use base64::Engine;
    let mut raw = server.raw();
    let info: Value = serde_json::from_str(raw.info.trim_start_matches("INFO ").trim()).unwrap();
    let user = nkeys::KeyPair::new_user();
    let token = UserClaims::new(&user.public_key()).encode(account).unwrap();
    let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(user.sign(info["nonce"].as_str().unwrap().as_bytes()).unwrap());
    raw.send(format!("CONNECT {{\"verbose\":false,\"jwt\":\"{token}\",\"sig\":\"{sig}\"}}\r\nPING\r\n").as_bytes());
    assert!(raw.read_until("PONG\r\n", Duration::from_secs(3)).ends_with("PONG\r\n"));
    raw
}

/// A request's answer as JSON.
async fn ask(client: &async_nats::Client, subject: &str, payload: impl Into<Bytes>) -> Value {
    let reply = tokio::time::timeout(Duration::from_secs(5), client.request(subject.to_string(), payload.into()))
        .await
        .expect("an answer in time")
        .expect("an answer");
    serde_json::from_slice(&reply.payload).unwrap_or(Value::Null)
}

/// Every message on a fresh inbox after one request, until `within` passes.
async fn ask_all(client: &async_nats::Client, subject: &str, payload: Bytes, within: Duration) -> Vec<Bytes> {
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.unwrap();
    client.publish_with_reply(subject.to_string(), inbox, payload).await.unwrap();
    let mut out = Vec::new();
    while let Ok(Some(m)) = tokio::time::timeout(within, sub.next()).await {
        out.push(m.payload);
    }
    out
}

async fn next_payload(sub: &mut async_nats::Subscriber) -> Option<Bytes> {
    tokio::time::timeout(Duration::from_millis(1500), sub.next()).await.ok().flatten().map(|m| m.payload)
}

#[tokio::test]
async fn pushed_accounts_work_at_once_and_survive_a_kill() {
    let t = Trust::new();
    let jwt_dir = t.dir.path().join("jwt");
    let config = t.config(&jwt_dir, false);
    let mut server = Server::with_config(&config, &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.expect("the system user");
    let user = t.creds(&t.app, "alice", |_| {});
    assert!(connect(&server.url(), &user).await.is_err(), "APP is unknown before it is pushed");

    let token = t.account_jwt(&t.app, |c| c.claims.name = "APP".into());
    let answer = ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", token.clone()).await;
    assert_eq!(answer["data"], serde_json::json!({"account": t.app.public_key(), "code": 200, "message": "jwt updated"}), "{answer}");
    assert!(answer["server"]["id"].is_string(), "{answer}");
    let alice = connect(&server.url(), &user).await.expect("APP's user, once APP is pushed");
    let mut sub = alice.subscribe("greet").await.unwrap();
    crate::harness::sync(&alice).await;
    alice.publish("greet", Bytes::from("hi")).await.unwrap();
    assert_eq!(next_payload(&mut sub).await.as_deref(), Some(&b"hi"[..]));

    // The store: the file, LIST, LOOKUP, PACK.
    let file = jwt_dir.join(format!("{}.jwt", t.app.public_key()));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), token);
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let list = ask(&sys, "$SYS.REQ.CLAIMS.LIST", "").await;
    let mut keys: Vec<&str> = list["data"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
    keys.sort();
    let mut want = vec![t.app.public_key(), t.sys.public_key()];
    want.sort();
    assert_eq!(keys, want);
    let lookup = sys.request(format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.LOOKUP", t.app.public_key()), Bytes::new()).await.unwrap();
    assert_eq!(lookup.payload, token);
    let missing = sys.request(format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.LOOKUP", t.other.public_key()), Bytes::new()).await.unwrap();
    assert!(missing.payload.is_empty(), "an unknown account is an empty answer");
    let pack = ask_all(&sys, "$SYS.REQ.CLAIMS.PACK", Bytes::new(), Duration::from_millis(500)).await;
    assert_eq!(pack.len(), 3, "one message per account, then an empty one");
    assert!(pack.iter().any(|p| *p == format!("{}|{token}", t.app.public_key())));
    assert!(pack.last().unwrap().is_empty());

    // Killed and restarted on the same directory: APP is still there.
    drop((alice, sys));
    server.kill9();
    let server = Server::with_config(&config, &[]);
    assert!(connect(&server.url(), &user).await.is_ok(), "a pushed account survives kill -9");
}

#[tokio::test]
async fn updates_rewire_exports_imports_limits_and_jetstream() {
    let t = Trust::new();
    let jwt_dir = t.dir.path().join("jwt");
    let store = t.dir.path().join("js");
    let config = format!("{}jetstream {{ store_dir: {:?} }}\n", t.config(&jwt_dir, false), store.to_str().unwrap());
    let server = Server::with_config(&config, &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    // OTHER imports APP's feed before APP exports it: wired once the export exists.
    let other_jwt = t.account_jwt(&t.other, |c| {
        c.nats.imports.push(jwt::Import {
            account: t.app.public_key(),
            subject: "feed.>".into(),
            kind: "stream".into(),
            ..Default::default()
        })
    });
    let app_plain = t.account_jwt(&t.app, |_| {});
    for token in [&app_plain, &other_jwt] {
        assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", token.clone()).await["data"]["code"], 200);
    }
    let a = connect(&server.url(), &t.creds(&t.app, "a", |_| {})).await.unwrap();
    let b = connect(&server.url(), &t.creds(&t.other, "b", |_| {})).await.unwrap();
    let mut feed = b.subscribe("feed.>").await.unwrap();
    crate::harness::sync(&b).await;
    a.publish("feed.1", Bytes::from("before")).await.unwrap();
    crate::harness::sync(&a).await;
    assert_eq!(next_payload(&mut feed).await, None, "no export yet: nothing crosses");
    let js = async_nats::jetstream::new(a.clone());
    let err = js.create_stream("S").await.expect_err("JetStream is off for APP");
    assert!(err.to_string().contains("not enabled"), "{err}");

    // APP now exports the feed, has JetStream, and maps a subject.
    let app_rich = t.account_jwt(&t.app, |c| {
        c.nats.exports.push(jwt::Export { subject: "feed.>".into(), kind: "stream".into(), ..Default::default() });
        c.nats.limits.disk_storage = -1;
        c.nats.limits.memory_storage = -1;
        c.nats.limits.streams = -1;
        c.nats.limits.consumer = -1;
        c.nats.mappings.insert("old.>".into(), vec![serde_json::json!({"subject": "new.>", "weight": 100})]);
    });
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", app_rich).await["data"]["code"], 200);
    a.publish("feed.2", Bytes::from("after")).await.unwrap();
    assert_eq!(next_payload(&mut feed).await.as_deref(), Some(&b"after"[..]), "the export is wired at once");
    js.create_stream(async_nats::jetstream::stream::Config { name: "S".into(), subjects: vec!["s.>".into()], ..Default::default() })
        .await
        .expect("JetStream, enabled by the update");
    let mut mapped = a.subscribe("new.>").await.unwrap();
    crate::harness::sync(&a).await;
    a.publish("old.x", Bytes::from("m")).await.unwrap();
    assert_eq!(next_payload(&mut mapped).await.as_deref(), Some(&b"m"[..]), "the mapping applies to a connected client");

    // The export withdrawn: the import is unwired.
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |_| {})).await["data"]["code"], 200);
    a.publish("feed.3", Bytes::from("gone")).await.unwrap();
    crate::harness::sync(&a).await;
    assert_eq!(next_payload(&mut feed).await, None, "a withdrawn export delivers nothing");
    assert!(js.get_stream("S").await.is_err(), "JetStream is off again");
}

#[tokio::test]
async fn updates_cut_off_revoked_bearer_and_over_limit_clients() {
    let t = Trust::new();
    let jwt_dir = t.dir.path().join("jwt");
    let server = Server::with_config(&t.config(&jwt_dir, false), &["-m", "-1"]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |_| {})).await["data"]["code"], 200);

    let mut revoked_user = None;
    let bob_creds = t.creds(&t.app, "bob", |c| revoked_user = Some(c.claims.subject.clone()));
    let bearer_creds = t.creds(&t.app, "bearer", |c| c.nats.bearer_token = true);
    let first = connect(&server.url(), &t.creds(&t.app, "first", |_| {})).await.unwrap();
    let bob = connect(&server.url(), &bob_creds).await.unwrap();
    let bearer = connect(&server.url(), &bearer_creds).await.unwrap();

    let revoked = revoked_user.unwrap();
    let update = t.account_jwt(&t.app, |c| {
        c.nats.revocations.insert(revoked.clone(), jwt::now() + 1);
        c.nats.limits.disallow_bearer = true;
    });
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", update).await["data"]["code"], 200);
    let closed = |c: &async_nats::Client| c.connection_state() != async_nats::connection::State::Connected;
    for _ in 0..100 {
        if closed(&bob) && closed(&bearer) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(closed(&bob), "the revoked user is cut off");
    assert!(closed(&bearer), "the bearer user is cut off");
    assert_eq!(first.connection_state(), async_nats::connection::State::Connected, "others stay");
    assert!(connect(&server.url(), &bob_creds).await.is_err(), "and may not come back");
    let (_, connz) = server.get("/connz?state=closed");
    let reasons: Vec<&str> = connz["connections"].as_array().into_iter().flatten().filter_map(|c| c["reason"].as_str()).collect();
    assert!(reasons.contains(&"Credentials Revoked"), "{reasons:?}");

    // A connection limit of 1: the newer of two is cut off.
    let second = connect(&server.url(), &t.creds(&t.app, "second", |_| {})).await.unwrap();
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |c| c.nats.limits.conn = 1)).await["data"]["code"], 200);
    for _ in 0..100 {
        if closed(&second) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(closed(&second), "the newest connection over the limit goes");
    assert_eq!(first.connection_state(), async_nats::connection::State::Connected);
}

/// The claims requests with bad input, sent to nats-server 2.15.1 and to natsx: the
/// same answers (nats-server stores a JWT no trusted key issued; natsx refuses it).
#[tokio::test]
async fn bad_claims_requests_get_the_answers_nats_server_gives() {
    let t = Trust::new();
    let expired = {
        let mut c = AccountClaims::new(&t.app.public_key());
        c.claims.expires = jwt::now() - 10;
        c.encode(&t.operator).unwrap()
    };
    let app = t.account_jwt(&t.app, |_| {});
    let mut delete = GenericClaims { nats: serde_json::json!({"accounts": [t.app.public_key()]}), ..Default::default() };
    delete.claims.subject = t.operator.public_key();
    let delete = delete.encode(&t.operator).unwrap();
    let mut results = Vec::new();
    for (i, reference) in [true, false].into_iter().enumerate() {
        let config = t.config(&t.dir.path().join(format!("jwt{i}")), false);
        let server = if reference { Server::reference_with_config(&config) } else { Server::with_config(&config, &[]) };
        let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
        let mut answers = Vec::new();
        for (subject, payload) in [
            ("$SYS.REQ.CLAIMS.UPDATE".to_string(), "garbage".to_string()),
            ("$SYS.REQ.CLAIMS.UPDATE".to_string(), expired.clone()),
            (format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.UPDATE", t.other.public_key()), app.clone()),
            ("$SYS.REQ.CLAIMS.DELETE".to_string(), delete.clone()),
            ("$SYS.REQ.CLAIMS.UPDATE".to_string(), app.clone()),
            ("$SYS.REQ.CLAIMS.UPDATE".to_string(), app.clone()),
        ] {
            let mut answer = ask(&sys, &subject, payload).await;
            answer.as_object_mut().unwrap().remove("server");
            answers.push(answer);
        }
        assert!(connect(&server.url(), &t.creds(&t.app, "after", |_| {})).await.is_ok(), "the server still serves");
        results.push(answers);
    }
    assert_eq!(results[0], results[1], "nats-server 2.15.1 (left) and natsx (right)");
    assert_eq!(results[1][0]["error"]["description"], "jwt update resulted in error - expected 3 chunks");
    assert_eq!(
        results[1][3]["error"]["description"],
        format!("delete accounts request by {} failed - delete must be enabled in server config", t.operator.public_key())
    );

    // A JWT no trusted key issued: refused (nats-server stores it and refuses its users).
    let server = Server::with_config(&t.config(&t.dir.path().join("jwt-x"), true), &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    let stranger = AccountClaims::new(&t.other.public_key()).encode(&nkeys::KeyPair::new_operator()).unwrap();
    let answer = ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", stranger).await;
    assert!(answer["error"]["description"].as_str().unwrap().contains("is not trusted"), "{answer}");
    // Deletes: only by the operator, never the system account.
    let mut by_account = GenericClaims { nats: serde_json::json!({"accounts": [t.app.public_key()]}), ..Default::default() };
    by_account.claims.subject = t.app.public_key();
    let answer = ask(&sys, "$SYS.REQ.CLAIMS.DELETE", by_account.encode(&t.app).unwrap()).await;
    assert!(answer["error"]["description"].as_str().unwrap().ends_with("not trusted"), "{answer}");
    let mut system = GenericClaims { nats: serde_json::json!({"accounts": [t.sys.public_key()]}), ..Default::default() };
    system.claims.subject = t.operator.public_key();
    let answer = ask(&sys, "$SYS.REQ.CLAIMS.DELETE", system.encode(&t.operator).unwrap()).await;
    assert!(answer["error"]["description"].as_str().unwrap().ends_with("not allowed to delete system account"), "{answer}");
    // Allowed: the account is renamed away and its clients cut off.
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", app.clone()).await["data"]["code"], 200);
    let alice = connect(&server.url(), &t.creds(&t.app, "alice", |_| {})).await.unwrap();
    let answer = ask(&sys, "$SYS.REQ.CLAIMS.DELETE", delete).await;
    assert_eq!(answer["data"]["message"], "deleted 1 accounts", "{answer}");
    assert!(t.dir.path().join("jwt-x").join(format!("{}.jwt.deleted", t.app.public_key())).exists());
    for _ in 0..100 {
        if alice.connection_state() != async_nats::connection::State::Connected {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_ne!(alice.connection_state(), async_nats::connection::State::Connected, "a deleted account's clients are cut off");
}

/// `resolver: MEMORY` takes `$SYS.REQ.ACCOUNT.<key>.CLAIMS.UPDATE` for accounts it has
/// (and skips others), as nats-server's does.
#[tokio::test]
async fn the_memory_resolver_takes_updates_of_its_accounts() {
    let t = Trust::new();
    let mut op = OperatorClaims::new(&t.operator.public_key());
    op.nats.system_account = t.sys.public_key();
    let config = format!(
        "operator: {}\nsystem_account: {}\nresolver: MEMORY\nresolver_preload: {{ {}: {}\n {}: {} }}\n",
        op.encode(&t.operator).unwrap(),
        t.sys.public_key(),
        t.sys.public_key(),
        t.account_jwt(&t.sys, |_| {}),
        t.app.public_key(),
        t.account_jwt(&t.app, |_| {})
    );
    for server in [Server::reference_with_config(&config), Server::with_config(&config, &[])] {
        let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
        let bob = connect(&server.url(), &t.creds(&t.app, "bob", |_| {})).await.unwrap();
        let update = t.account_jwt(&t.app, |c| c.nats.limits.disallow_bearer = true);
        let answer = ask(&sys, &format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.UPDATE", t.app.public_key()), update).await;
        assert_eq!(answer["data"]["message"], "jwt updated", "{answer}");
        let skipped = ask(&sys, &format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.UPDATE", t.other.public_key()), t.account_jwt(&t.other, |_| {})).await;
        assert_eq!(skipped["data"]["message"], "jwt update skipped", "{skipped}");
        assert!(
            connect(&server.url(), &t.creds(&t.app, "bearer", |c| c.nats.bearer_token = true)).await.is_err(),
            "the update is in force"
        );
        assert_eq!(bob.connection_state(), async_nats::connection::State::Connected);
    }
}

/// `natsx account generate config --nats-resolver`, `push` and `pull` with nats-server
/// 2.15.1 and natsx: the same results.
#[tokio::test]
async fn natsx_account_push_and_pull_work_with_nats_server_and_natsx() {
    let dir = TempDir::new();
    let (data, config_home) = (dir.path().join("data"), dir.path().join("config"));
    let env = [("XDG_DATA_HOME", data.to_str().unwrap()), ("XDG_CONFIG_HOME", config_home.to_str().unwrap()), ("NKEYS_PATH", "")];
    let run = |args: &[&str]| natsx_env(args, &env, None, Duration::from_secs(20));
    let ok = |args: &[&str]| {
        let (code, out, err) = run(args);
        assert_eq!(code, 0, "natsx {args:?}: {out}{err}");
        out
    };
    ok(&["account", "init", "--name", "acme"]);
    ok(&["account", "add", "account", "SHOP"]);
    ok(&["account", "add", "user", "ann", "--account", "SHOP"]);
    let ann = data.join("nats/nsc/keys/creds/acme/SHOP/ann.creds");
    for (i, reference) in [true, false].into_iter().enumerate() {
        let jwt_dir = dir.path().join(format!("jwt{i}"));
        let config = ok(&["account", "generate", "config", "--nats-resolver", "--dir", jwt_dir.to_str().unwrap()]);
        let config = config.replace("allow_delete: false", "allow_delete: true");
        let server = if reference { Server::reference_with_config(&config) } else { Server::with_config(&config, &[]) };
        let url = server.url();
        assert!(connect(&url, ann.to_str().unwrap()).await.is_err(), "SHOP is not pushed yet");
        let pushed = ok(&["-s", &url, "account", "push", "--all"]);
        assert!(pushed.contains("pushed \"SHOP\"") && pushed.contains("jwt updated"), "{pushed}");
        assert!(connect(&url, ann.to_str().unwrap()).await.is_ok(), "SHOP pushed");
        let pulled = ok(&["-s", &url, "account", "pull", "--all"]);
        assert!(pulled.contains("\"SHOP\" is up to date"), "{pulled}");
        let removed = ok(&["-s", &url, "account", "push", "--account-removal", "SHOP"]);
        assert!(removed.contains("deleted 1 accounts"), "{removed}");
        assert!(connect(&url, ann.to_str().unwrap()).await.is_err(), "SHOP removed");
        let (code, out, _) = run(&["-s", &url, "account", "pull", "--account", "SHOP"]);
        assert_ne!(code, 0, "nothing to pull: {out}");
    }
    // A pulled account whose JWT names a path is stored under its key, inside the store.
    let jwt_dir = dir.path().join("jwt-pull");
    let config = ok(&["account", "generate", "config", "--nats-resolver", "--dir", jwt_dir.to_str().unwrap()]);
    let server = Server::with_config(&config, &[]);
    let described: Value = serde_json::from_str(&ok(&["account", "describe", "operator", "--json"])).unwrap();
    let operator_key = described["sub"].as_str().unwrap().to_string();
    let seed_file = data.join("nats/nsc/keys/keys").join(&operator_key[..1]).join(&operator_key[1..3]).join(format!("{operator_key}.nk"));
    let operator = nkeys::KeyPair::from_seed(std::fs::read_to_string(seed_file).unwrap().trim()).unwrap();
    let evil = nkeys::KeyPair::new_account();
    let mut claims = AccountClaims::new(&evil.public_key());
    claims.claims.name = "../../../../evil".into();
    let sys_creds = data.join("nats/nsc/keys/creds/acme/SYS/sys.creds");
    let sys = connect(&server.url(), sys_creds.to_str().unwrap()).await.unwrap();
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", claims.encode(&operator).unwrap()).await["data"]["code"], 200);
    let pulled = ok(&["-s", &server.url(), "account", "pull", "--all"]);
    assert!(pulled.contains(&evil.public_key()), "{pulled}");
    let stored = data.join("nats/nsc/stores/acme/accounts").join(evil.public_key()).join(format!("{}.jwt", evil.public_key()));
    assert!(stored.exists(), "stored under its key: {pulled}");
    assert!(!data.join("nats/evil.jwt").exists() && !dir.path().join("evil.jwt").exists());

    // No resolver to answer: a clear error.
    let plain = Server::start(&[]);
    let (code, _, err) = run(&["-s", &plain.url(), "--user", "x", "account", "push", "--all"]);
    assert_ne!(code, 0);
    assert!(!err.is_empty());
}

#[test]
fn resolver_configs_are_checked_as_nats_server_checks_them() {
    let dir = TempDir::new();
    let operator = nkeys::KeyPair::new_operator();
    let op = OperatorClaims::new(&operator.public_key()).encode(&operator).unwrap();
    let file = dir.path().join("file");
    std::fs::write(&file, "x").unwrap();
    for (name, resolver, expect) in [
        ("no-dir", "resolver { type: full }".to_string(), "dir has no value and needs to point to a directory"),
        (
            "file-dir",
            format!("resolver {{ type: full, dir: {:?} }}", file.to_str().unwrap()),
            "dir needs to point to an accessible directory",
        ),
        ("ttl", "resolver { type: full, dir: x, ttl: \"1h\" }".to_string(), "FULL does not accept ttl"),
        ("hard", "resolver { type: full, dir: x, hard_delete: true }".to_string(), "hard_delete has no effect without delete"),
        ("cache-delete", "resolver { type: cache, dir: x, allow_delete: true }".to_string(), "CACHE does not accept allow_delete"),
        ("cache-sync", "resolver { type: cache, dir: x, interval: \"2m\" }".to_string(), "CACHE does not accept sync"),
        ("kind", "resolver { type: bogus, dir: x }".to_string(), "error parsing account resolver"),
    ] {
        crate::harness::assert_config_refused(&dir, name, &format!("operator: {op}\n{resolver}\n"), expect);
    }
}

/// nats-py with creds against the full resolver: refused until the account is pushed,
/// admitted after, refused again once an update revokes the user.
#[tokio::test]
async fn nats_py_follows_pushed_account_updates() {
    let t = Trust::new();
    let server = Server::with_config(&t.config(&t.dir.path().join("jwt"), false), &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    let mut alice_key = String::new();
    let alice = t.creds(&t.app, "alice", |u| alice_key = u.claims.subject.clone());
    let url = server.url();
    let py = |creds: String| {
        let url = url.clone();
        tokio::task::spawn_blocking(move || crate::python_client::python(&[&url, "--creds", &creds]))
    };
    assert!(py(alice.clone()).await.unwrap().starts_with("ERR:"), "APP not pushed yet");
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |_| {})).await["data"]["code"], 200);
    assert_eq!(py(alice.clone()).await.unwrap(), "OK:from python");
    let revoke = t.account_jwt(&t.app, |c| {
        c.nats.revocations.insert(alice_key.clone(), jwt::now() + 1);
    });
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", revoke).await["data"]["code"], 200);
    assert!(py(alice).await.unwrap().starts_with("ERR:"), "revoked by the update");
}

/// Users signed by a signing key are cut off when an update removes the key or changes
/// its scope; users of the account's own key stay.
#[tokio::test]
async fn a_removed_or_rescoped_signing_key_cuts_off_its_users() {
    let t = Trust::new();
    let server = Server::with_config(&t.config(&t.dir.path().join("jwt"), false), &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    let (plain, scoped) = (nkeys::KeyPair::new_account(), nkeys::KeyPair::new_account());
    let scope = |pub_allow: &str| {
        let mut template = jwt::User::default();
        template.publish.allow = vec![pub_allow.to_string()];
        jwt::SigningKey::Scoped(Box::new(jwt::UserScope {
            kind: "user_scope".into(),
            key: scoped.public_key(),
            role: "team".into(),
            template,
            description: String::new(),
        }))
    };
    let with_keys = |keys: Vec<jwt::SigningKey>| t.account_jwt(&t.app, move |c| c.nats.signing_keys = keys);
    let both = with_keys(vec![jwt::SigningKey::Plain(plain.public_key()), scope("a.>")]);
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", both).await["data"]["code"], 200);
    let by_key = |signer: &nkeys::KeyPair, name: &str, scoped: bool| {
        let user = nkeys::KeyPair::new_user();
        let mut claims = UserClaims::new(&user.public_key());
        claims.claims.name = name.into();
        claims.nats.issuer_account = t.app.public_key();
        if scoped {
            claims.nats = jwt::User { issuer_account: t.app.public_key(), ..Default::default() };
        }
        let path = t.dir.path().join(format!("{name}.creds"));
        std::fs::write(&path, jwt::format_creds(&claims.encode(signer).unwrap(), &user.seed().unwrap())).unwrap();
        path.to_string_lossy().into_owned()
    };
    let (_own, own) = connect_watched(&server.url(), &t.creds(&t.app, "own", |_| {})).await;
    let (_p, via_plain) = connect_watched(&server.url(), &by_key(&plain, "p", false)).await;
    let (_s, via_scoped) = connect_watched(&server.url(), &by_key(&scoped, "s", true)).await;
    // The scope changes: its user goes, the plain key's stays.
    let rescoped = with_keys(vec![jwt::SigningKey::Plain(plain.public_key()), scope("b.>")]);
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", rescoped).await["data"]["code"], 200);
    assert!(cut_off(&via_scoped).await, "the rescoped key's user is cut off");
    assert!(!via_plain.load(std::sync::atomic::Ordering::SeqCst));
    // The plain key is removed: its user goes, the account's own stays.
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", with_keys(vec![scope("b.>")])).await["data"]["code"], 200);
    assert!(cut_off(&via_plain).await, "the removed key's user is cut off");
    assert!(!own.load(std::sync::atomic::Ordering::SeqCst));
}

/// `resolver { type: cache }`: an unknown account is looked up on
/// `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP` (here answered by a test service in the system
/// account), kept in the directory, updated only once known; it answers no queries —
/// the same with nats-server 2.15.1.
#[tokio::test]
async fn the_cache_resolver_looks_up_unknown_accounts() {
    let t = Trust::new();
    let app_jwt = t.account_jwt(&t.app, |c| c.claims.name = "APP".into());
    for (i, reference) in [true, false].into_iter().enumerate() {
        let jwt_dir = t.dir.path().join(format!("cache{i}"));
        let config = t.config(&jwt_dir, false).replace("type: full", "type: cache, limit: 10").replace(", allow_delete: false", "");
        let server = if reference { Server::reference_with_config(&config) } else { Server::with_config(&config, &[]) };
        let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
        // Nothing cached yet: an update is skipped, lookups go unanswered, the list holds
        // the system account only.
        let skipped = ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", app_jwt.clone()).await;
        assert_eq!(skipped["data"]["message"], "jwt update cache skipped", "reference {reference}: {skipped}");
        let lookup = sys.request(format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.LOOKUP", t.sys.public_key()), Bytes::new()).await;
        assert!(lookup.is_err(), "a cache answers no lookups (reference {reference})");
        let list = ask(&sys, "$SYS.REQ.CLAIMS.LIST", "").await;
        assert_eq!(list["data"], serde_json::json!([t.sys.public_key()]), "reference {reference}");
        // The lookup service: answers APP's key with its JWT, anything else with nothing.
        let mut lookups = sys.subscribe("$SYS.REQ.ACCOUNT.*.CLAIMS.LOOKUP").await.unwrap();
        crate::harness::sync(&sys).await;
        let (service_client, app_key, token) = (sys.clone(), t.app.public_key(), app_jwt.clone());
        let service = tokio::spawn(async move {
            let mut asked = Vec::new();
            while let Ok(Some(m)) = tokio::time::timeout(Duration::from_secs(10), lookups.next()).await {
                asked.push(m.subject.to_string());
                let answer = if m.subject.contains(&app_key) { Bytes::from(token.clone()) } else { Bytes::new() };
                if let Some(reply) = m.reply {
                    service_client.publish(reply, answer).await.unwrap();
                }
                if asked.len() == 2 {
                    break;
                }
            }
            asked
        });
        let alice = connect(&server.url(), &t.creds(&t.app, "alice", |_| {})).await;
        assert!(alice.is_ok(), "APP looked up and admitted (reference {reference})");
        assert!(connect(&server.url(), &t.creds(&t.other, "bob", |_| {})).await.is_err(), "no one has OTHER");
        let asked = service.await.unwrap();
        assert!(asked.iter().any(|s| s.contains(&t.app.public_key())), "{asked:?}");
        assert!(jwt_dir.join(format!("{}.jwt", t.app.public_key())).exists(), "kept in the directory (reference {reference})");
        let updated = ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |c| c.nats.limits.conn = 5)).await;
        assert_eq!(updated["data"]["message"], "jwt updated cache", "reference {reference}: {updated}");
    }
}

/// The review's findings, each against nats-server 2.15.1 where it answers: a private
/// export is closed to importers without an activation token; a JWT with bad content is
/// refused and the resolver keeps working; limits of 0 allow none; JetStream turned off
/// stops the account's streams.
#[tokio::test]
async fn private_exports_bad_jwts_zero_limits_and_jetstream_off() {
    let t = Trust::new();
    for (i, reference) in [true, false].into_iter().enumerate() {
        let store = t.dir.path().join(format!("js{i}"));
        let config =
            format!("{}jetstream {{ store_dir: {:?} }}\n", t.config(&t.dir.path().join(format!("j{i}")), false), store.to_str().unwrap());
        let server = if reference { Server::reference_with_config(&config) } else { Server::with_config(&config, &[]) };
        let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
        let push = |token: String| {
            let sys = sys.clone();
            async move { ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", token).await }
        };
        // APP exports a private stream; OTHER imports it without a token.
        let app = t.account_jwt(&t.app, |c| {
            c.nats.exports.push(jwt::Export { subject: "ev.>".into(), kind: "stream".into(), token_req: true, ..Default::default() });
            c.nats.limits.disk_storage = 100_000;
            c.nats.limits.streams = -1;
            c.nats.limits.consumer = -1;
        });
        let other = t.account_jwt(&t.other, |c| {
            c.nats.imports.push(jwt::Import {
                account: t.app.public_key(),
                subject: "ev.>".into(),
                kind: "stream".into(),
                ..Default::default()
            })
        });
        assert_eq!(push(app).await["data"]["code"], 200);
        assert_eq!(push(other).await["data"]["code"], 200);
        let a = connect(&server.url(), &t.creds(&t.app, "a", |_| {})).await.unwrap();
        let b = connect(&server.url(), &t.creds(&t.other, "b", |_| {})).await.unwrap();
        let mut ev = b.subscribe("ev.>").await.unwrap();
        crate::harness::sync(&b).await;
        a.publish("ev.1", Bytes::from("secret")).await.unwrap();
        crate::harness::sync(&a).await;
        assert_eq!(next_payload(&mut ev).await, None, "a private export without a token delivers nothing (reference {reference})");

        // Bad content: refused, and the next update still takes effect.
        let bogus = t.account_jwt(&t.other, |c| {
            c.nats.exports.push(jwt::Export { subject: "x.>".into(), kind: "bogus".into(), ..Default::default() })
        });
        let answer = push(bogus).await;
        assert!(answer["error"]["description"].as_str().unwrap().contains("bogus"), "reference {reference}: {answer}");
        let bad_mapping = t.account_jwt(&t.other, |c| {
            c.nats.mappings.insert("foo.*".into(), vec![serde_json::json!({"subject": "bar.{{wildcard(5)}}", "weight": 100})]);
        });
        assert!(push(bad_mapping).await.get("error").is_some(), "reference {reference}");

        // JetStream: a stream, then JetStream turned off: nothing more is acknowledged.
        let js = async_nats::jetstream::new(a.clone());
        js.create_stream(async_nats::jetstream::stream::Config { name: "S".into(), subjects: vec!["s.>".into()], ..Default::default() })
            .await
            .unwrap();
        js.publish("s.1", Bytes::from("kept")).await.unwrap().await.expect("acknowledged while on");
        assert_eq!(push(t.account_jwt(&t.app, |_| {})).await["data"]["code"], 200);
        let after = tokio::time::timeout(Duration::from_secs(3), async { js.publish("s.2", Bytes::from("x")).await?.await }).await;
        assert!(!matches!(after, Ok(Ok(_))), "nothing acknowledged once JetStream is off (reference {reference})");

        // Limits of 0: no one may connect.
        assert_eq!(push(t.account_jwt(&t.other, |c| c.nats.limits.conn = 0)).await["data"]["code"], 200);
        assert!(connect(&server.url(), &t.creds(&t.other, "late", |_| {})).await.is_err(), "conn 0 (reference {reference})");
    }
}

/// An expired JWT of the system account in the directory does not win over a valid
/// preloaded one at restart: the operator is not locked out.
#[tokio::test]
async fn an_expired_system_account_jwt_does_not_lock_the_operator_out() {
    let t = Trust::new();
    let jwt_dir = t.dir.path().join("jwt");
    let config = t.config(&jwt_dir, false);
    let mut server = Server::with_config(&config, &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    let short = t.account_jwt(&t.sys, |c| c.claims.expires = jwt::now() + 1);
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", short).await["data"]["code"], 200);
    drop(sys);
    tokio::time::sleep(Duration::from_millis(2100)).await;
    server.kill9();
    let server = Server::with_config(&config, &[]);
    assert!(connect(&server.url(), &t.creds(&t.sys, "sys2", |_| {})).await.is_ok(), "the preloaded system account JWT is in force");
}

/// Account expiry follows updates: a JWT renewed before it runs out keeps its clients;
/// one pushed with a sooner expiry cuts them off then, with nats-server's error.
#[tokio::test]
async fn account_expiry_follows_updates() {
    let t = Trust::new();
    let server = Server::with_config(&t.config(&t.dir.path().join("jwt"), false), &[]);
    let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
    let expiring = |seconds: i64| t.account_jwt(&t.app, move |c| c.claims.expires = jwt::now() + seconds);
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", expiring(2)).await["data"]["code"], 200);
    let (_kept, kept_cut) = connect_watched(&server.url(), &t.creds(&t.app, "kept", |_| {})).await;
    // Renewed for an hour before the two seconds run out.
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", expiring(3600)).await["data"]["code"], 200);
    tokio::time::sleep(Duration::from_millis(3000)).await;
    assert!(!kept_cut.load(std::sync::atomic::Ordering::SeqCst), "a renewed account keeps its clients");
    // Now shortened to one second: the client goes.
    let mut raw = raw_user(&server, &t.app);
    assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", expiring(1)).await["data"]["code"], 200);
    let rest = raw.read_until("Expired'\r\n", Duration::from_secs(5));
    assert!(rest.ends_with("-ERR 'Account Authentication Expired'\r\n"), "{rest}");
    assert!(cut_off(&kept_cut).await, "every client of the account");
}

/// An update's payload limit applies to connections already open: a larger publish is
/// a Maximum Payload Violation — as in nats-server 2.15.1.
#[tokio::test]
async fn a_new_payload_limit_reaches_open_connections() {
    let t = Trust::new();
    for (i, reference) in [true, false].into_iter().enumerate() {
        let config = t.config(&t.dir.path().join(format!("jwt{i}")), false);
        let server = if reference { Server::reference_with_config(&config) } else { Server::with_config(&config, &[]) };
        let sys = connect(&server.url(), &t.creds(&t.sys, "sys", |_| {})).await.unwrap();
        assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |_| {})).await["data"]["code"], 200);
        let mut raw = raw_user(&server, &t.app);
        raw.send(b"PUB a 20\r\n01234567890123456789\r\nPING\r\n");
        assert!(raw.read_until("PONG\r\n", Duration::from_secs(3)).ends_with("PONG\r\n"), "20 bytes pass before the update");
        assert_eq!(ask(&sys, "$SYS.REQ.CLAIMS.UPDATE", t.account_jwt(&t.app, |c| c.nats.limits.payload = 10)).await["data"]["code"], 200);
        raw.send(b"PUB a 20\r\n01234567890123456789\r\n");
        let got = raw.read_until("Violation'\r\n", Duration::from_secs(3));
        assert!(got.ends_with("-ERR 'Maximum Payload Violation'\r\n"), "reference {reference}: {got:?}");
    }
}
