//! HTTP monitoring endpoints.

use std::time::Duration;

use bytes::Bytes;

use crate::harness::Server;

#[tokio::test]
async fn varz_connz_subsz_healthz() {
    let server = Server::start(&["-m", "-1", "--name", "mon"]);
    let client = async_nats::ConnectOptions::new().name("watcher").connect(server.url()).await.unwrap();
    let sub = client.subscribe("watched.>").await.unwrap();
    crate::harness::sync(&client).await;
    for _ in 0..3 {
        client.publish("watched.x", Bytes::from("12345")).await.unwrap();
    }
    client.flush().await.unwrap();
    // The sync round trip was one message in (empty); wait for the three that follow.
    for _ in 0..100 {
        if server.get("/varz").1["in_msgs"] == 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let (status, health) = server.get("/healthz");
    assert_eq!(status, 200);
    assert_eq!(health["status"], "ok");

    let (_, varz) = server.get("/varz");
    assert_eq!(varz["server_name"], "mon");
    assert_eq!(varz["port"], server.port);
    assert_eq!(varz["connections"], 1);
    assert_eq!(varz["in_msgs"], 4);
    // Out: the three messages and the sync request's no-responders status.
    assert_eq!(varz["out_msgs"], 4);
    assert_eq!(varz["in_bytes"], 15);
    assert!(varz["out_bytes"].as_u64().unwrap() > 15);
    assert_eq!(varz["max_payload"], 1048576);
    assert!(varz["subscriptions"].as_u64().unwrap() >= 1);
    assert!(varz["uptime"].is_string());

    let (_, connz) = server.get("/connz?subs=1");
    assert_eq!(connz["num_connections"], 1);
    let c = &connz["connections"][0];
    assert_eq!(c["name"], "watcher");
    assert_eq!(c["lang"], "rust");
    assert_eq!(c["in_msgs"], 4);
    assert_eq!(c["out_msgs"], 4);
    assert!(c["subscriptions_list"].as_array().unwrap().iter().any(|s| s == "watched.>"));

    let (_, subsz) = server.get("/subsz?subs=1");
    assert!(subsz["num_subscriptions"].as_u64().unwrap() >= 1);
    assert!(subsz["subscriptions_list"].as_array().unwrap().iter().any(|s| s["subject"] == "watched.>"));

    drop(sub);
    drop(client);
    let mut closed_seen = false;
    for _ in 0..50 {
        if server.get("/connz?state=closed").1["total"] == 1 {
            closed_seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(closed_seen);
    let (_, closed) = server.get("/connz?state=closed");
    assert_eq!(closed["connections"][0]["reason"], "Client Closed");
    assert_eq!(closed["connections"][0]["name"], "watcher");

    let (status, _) = server.get("/connz?sort=bogus");
    assert_eq!(status, 400);
    let (status, _) = server.get("/nope");
    assert_eq!(status, 404);
}

#[tokio::test]
async fn connz_paging_and_sorting() {
    let server = Server::start(&["-m", "-1"]);
    let mut clients = Vec::new();
    for i in 0..5 {
        let c = server.client().await;
        for _ in 0..i {
            c.publish("x", Bytes::from("y")).await.unwrap();
        }
        crate::harness::sync(&c).await;
        clients.push(c);
    }
    let (_, page) = server.get("/connz?offset=1&limit=2");
    assert_eq!(page["total"], 5);
    assert_eq!(page["num_connections"], 2);
    assert_eq!(page["offset"], 1);
    let (_, sorted) = server.get("/connz?sort=msgs_from");
    let counts: Vec<u64> = sorted["connections"].as_array().unwrap().iter().map(|c| c["in_msgs"].as_u64().unwrap()).collect();
    // Each client also sent one (empty) sync request.
    assert_eq!(counts, vec![5, 4, 3, 2, 1]);
}

#[tokio::test]
async fn system_account_services_answer_through_internal_subscribers() {
    let server = Server::with_config(
        "accounts {\n SYS: { users: [ {user: sys, password: sys} ] }\n APP: { users: [ {user: app, password: app} ] }\n}\nsystem_account: SYS\n",
        &["--name", "sys-test"],
    );
    let sys = async_nats::ConnectOptions::with_user_and_password("sys".into(), "sys".into()).connect(server.url()).await.unwrap();
    let reply = sys.request("$SYS.REQ.SERVER.PING", Bytes::new()).await.unwrap();
    let ping: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(ping["server"]["name"], "sys-test");
    assert_eq!(ping["server"]["id"], sys.server_info().server_id);
    assert!(ping["statsz"]["connections"].as_u64().unwrap() >= 1);

    let id = sys.server_info().server_id;
    let reply = sys.request(format!("$SYS.REQ.SERVER.{id}.CONNZ"), Bytes::from(r#"{"auth":true}"#)).await.unwrap();
    let connz: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(connz["data"]["connections"][0]["account"], "SYS");
    let reply = sys.request("$SYS.REQ.SERVER.PING.VARZ", Bytes::new()).await.unwrap();
    let varz: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(varz["data"]["system_account"], "SYS");

    // Other accounts cannot reach the system account's services.
    let app = async_nats::ConnectOptions::with_user_and_password("app".into(), "app".into()).connect(server.url()).await.unwrap();
    let err = app.request("$SYS.REQ.SERVER.PING", Bytes::new()).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders);
}
