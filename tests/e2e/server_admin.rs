//! Operating a server through the system account (issue 14): `natsx server ping | list |
//! info | report | request | check`, `natsx rtt`, `natsx events`, and the server side they
//! read — connect/disconnect events, `STATSZ`, `IDZ` — beside nats-server 2.15.1.

use std::collections::BTreeSet;
use std::time::Duration;

use futures::StreamExt;
use serde_json::Value;

use crate::harness::{natsx, Server, TempDir};

const CONFIG: &str =
    "accounts {\n  SYS { users: [ {user: admin, password: s} ] }\n  APP { users: [ {user: app, password: a} ] }\n}\nsystem_account: SYS\n";

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
}

/// The connect and disconnect events of one APP client, as an admin sees them.
async fn events_of_a_client(server: &Server) -> (Value, Value) {
    let admin = async_nats::ConnectOptions::with_user_and_password("admin".into(), "s".into()).connect(server.url()).await.unwrap();
    let mut connects = admin.subscribe("$SYS.ACCOUNT.APP.CONNECT").await.unwrap();
    let mut disconnects = admin.subscribe("$SYS.ACCOUNT.APP.DISCONNECT").await.unwrap();
    admin.flush().await.unwrap();
    let app =
        async_nats::ConnectOptions::with_user_and_password("app".into(), "a".into()).name("worker").connect(server.url()).await.unwrap();
    app.publish("x", "hello".into()).await.unwrap();
    app.flush().await.unwrap();
    let connect = tokio::time::timeout(Duration::from_secs(5), connects.next()).await.expect("a connect event").unwrap();
    drop(app);
    let disconnect = tokio::time::timeout(Duration::from_secs(5), disconnects.next()).await.expect("a disconnect event").unwrap();
    (serde_json::from_slice(&connect.payload).unwrap(), serde_json::from_slice(&disconnect.payload).unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_and_system_requests_match_nats_server() {
    let dir = TempDir::new();
    let mut shapes = Vec::new();
    for server in [Server::reference_with_config(CONFIG), Server::with_config(CONFIG, &[])] {
        let (connect, disconnect) = events_of_a_client(&server).await;
        assert_eq!(connect["type"], "io.nats.server.advisory.v1.client_connect");
        assert_eq!(disconnect["type"], "io.nats.server.advisory.v1.client_disconnect");
        assert_eq!((connect["client"]["acc"].as_str(), connect["client"]["user"].as_str()), (Some("APP"), Some("app")), "{connect}");
        assert_eq!(connect["client"]["name"], "worker");
        assert_eq!(disconnect["reason"], "Client Closed", "{disconnect}");
        assert_eq!(disconnect["sent"]["msgs"], 1, "what the client sent: {disconnect}");
        assert_eq!(disconnect["sent"]["bytes"], 5, "{disconnect}");
        shapes.push((keys(&connect), keys(&connect["client"]), keys(&disconnect), keys(&connect["server"])));

        // The admin commands, against either server.
        let url = server.url();
        let admin = |args: &[&str]| {
            let mut all = vec!["-s", url.as_str(), "--user", "admin", "--password", "s", "server"];
            all.extend_from_slice(args);
            natsx(&all, None, Duration::from_secs(10))
        };
        let (code, out, err) = tokio::task::block_in_place(|| admin(&["ping"]));
        assert!(code == 0 && out.contains("1 replies"), "{out}{err}");
        // Connection flags between `server` and the verb.
        let (code, out, err) = tokio::task::block_in_place(|| {
            natsx(&["server", "-s", url.as_str(), "--user", "admin", "--password", "s", "ping"], None, Duration::from_secs(10))
        });
        assert!(code == 0 && out.contains("1 replies"), "{out}{err}");
        // Flags typed before `server` win over the environment.
        let (code, _, err) = tokio::task::block_in_place(|| {
            let args = ["-s", url.as_str(), "--user", "admin", "--password", "s", "server", "ping"];
            crate::harness::natsx_env(&args, &[("NATS_PASSWORD", "wrong"), ("NATS_USER", "app")], None, Duration::from_secs(10))
        });
        assert_eq!(code, 0, "{err}");
        let (code, out, err) = tokio::task::block_in_place(|| admin(&["list", "--json"]));
        assert_eq!(code, 0, "{err}");
        let list: Value = serde_json::from_str(&out).unwrap();
        assert!(list[0]["statsz"]["connections"].as_u64().unwrap() >= 1, "{list}");
        assert!(list[0]["statsz"]["start"].is_string() && list[0]["statsz"]["sent"]["msgs"].is_u64(), "{list}");
        let (code, out, _) = tokio::task::block_in_place(|| admin(&["request", "idz"]));
        assert_eq!(code, 0);
        let idz: Value = serde_json::from_str(&out).unwrap();
        assert!(idz["id"].as_str().is_some_and(|id| id.starts_with('N')) && idz["name"].is_string(), "the bare ServerID: {idz}");
        let (code, _, err) = tokio::task::block_in_place(|| admin(&["request", "varz", "--filter", r#"{"server_name":"no-such-server"}"#]));
        assert!(code != 0 && err.contains("no server answered"), "a filter no server matches: {err}");
        let (code, out, _) = tokio::task::block_in_place(|| admin(&["report", "accounts", "--json"]));
        assert_eq!(code, 0);
        assert!(out.contains("\"SYS\""), "{out}");
        let (code, out, _) = tokio::task::block_in_place(|| admin(&["check", "connection"]));
        assert!(code == 0 && out.starts_with("OK Connection"), "{out}");
        let (code, out, _) = tokio::task::block_in_place(|| admin(&["check", "connection", "--rtt-warn", "0s", "--rtt-critical", "0s"]));
        assert!(code == 2 && out.starts_with("CRITICAL Connection"), "{out}");
        // Not a system user: a clear error.
        let (code, _, err) = tokio::task::block_in_place(|| {
            natsx(&["-s", url.as_str(), "--user", "app", "--password", "a", "server", "list"], None, Duration::from_secs(10))
        });
        assert!(code != 0 && err.contains("system account"), "{err}");
        let (code, _, err) = tokio::task::block_in_place(|| admin(&["request", "bogusz"]));
        assert!(code != 0 && err.contains("unknown request"), "{err}");
    }
    assert_eq!(shapes[0].0, shapes[1].0, "the connect event's fields");
    assert_eq!(shapes[0].2, shapes[1].2, "the disconnect event's fields");
    let (reference_client, natsx_client) = (&shapes[0].1, &shapes[1].1);
    assert!(natsx_client.is_subset(reference_client), "client fields: natsx {natsx_client:?}, nats-server {reference_client:?}");
    drop(dir);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn statsz_goes_out_every_ten_seconds_and_events_print() {
    let server = Server::with_config(CONFIG, &[]);
    let admin = async_nats::ConnectOptions::with_user_and_password("admin".into(), "s".into()).connect(server.url()).await.unwrap();
    let mut statsz = admin.subscribe("$SYS.SERVER.*.STATSZ").await.unwrap();
    admin.flush().await.unwrap();
    let msg = tokio::time::timeout(Duration::from_secs(15), statsz.next()).await.expect("a STATSZ within 10 s").unwrap();
    let v: Value = serde_json::from_slice(&msg.payload).unwrap();
    assert!(v["statsz"]["connections"].as_u64().unwrap() >= 1 && v["server"]["id"].is_string(), "{v}");

    // `natsx events` prints the connect and disconnect of a client.
    let url = server.url();
    let events = std::thread::spawn(move || {
        natsx(&["-s", &url, "--user", "admin", "--password", "s", "events", "--count", "2"], None, Duration::from_secs(10))
    });
    // Clients come and go until `natsx events` (started in parallel) has seen two events.
    for _ in 0..30 {
        if events.is_finished() {
            break;
        }
        let app = async_nats::ConnectOptions::with_user_and_password("app".into(), "a".into()).connect(server.url()).await.unwrap();
        app.flush().await.unwrap();
        drop(app);
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    let (code, out, err) = tokio::task::spawn_blocking(move || events.join().unwrap()).await.unwrap();
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("client_connect") && out.contains("client_disconnect") && out.contains("account=APP"), "{out}");
    let (code, out, _) = tokio::task::block_in_place(|| {
        natsx(&["-s", &server.url(), "--user", "app", "--password", "a", "rtt", "--iterations", "3"], None, Duration::from_secs(10))
    });
    assert!(code == 0 && out.contains("average of 3"), "{out}");
}
