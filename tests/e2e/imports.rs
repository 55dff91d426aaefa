//! Stream exports and imports between accounts (issue 11, part 2), through async-nats:
//! what crosses, under which subject, and that nothing else does.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

/// A exports `orders.>` to everyone and `private.>` to C only; B imports `orders.>` as
/// it is and `orders.eu.*` under the prefix `from_a`; C imports `private.>` into
/// `secret.>`.
const CONFIG: &str = r#"
accounts {
  A: {
    users: [ {user: a, password: a} ]
    exports: [ {stream: "orders.>"}, {stream: "private.>", accounts: [C]} ]
  }
  B: {
    users: [ {user: b, password: b} ]
    imports: [
      {stream: {account: A, subject: "orders.>"}}
      {stream: {account: A, subject: "orders.eu.*"}, prefix: from_a}
    ]
  }
  C: {
    users: [ {user: c, password: c} ]
    imports: [ {stream: {account: A, subject: "private.>"}, to: "secret.>"} ]
  }
}
"#;

async fn user(server: &Server, name: &str) -> async_nats::Client {
    async_nats::ConnectOptions::with_user_and_password(name.into(), name.into()).connect(server.url()).await.unwrap()
}

async fn next(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("message in time").expect("subscription open")
}

async fn nothing(sub: &mut async_nats::Subscriber) -> bool {
    tokio::time::timeout(Duration::from_millis(300), sub.next()).await.is_err()
}

/// The round trip of `harness::sync` for a client that subscribes to everything (so its
/// sync request finds a responder): a probe it publishes comes back on `everything`.
async fn settle(client: &async_nats::Client, everything: &mut async_nats::Subscriber) {
    let probe = format!("probe.{}", client.new_inbox());
    client.publish(probe.clone(), Bytes::new()).await.unwrap();
    while next(everything).await.subject.as_str() != probe {}
}

#[tokio::test]
async fn an_imported_stream_arrives_with_its_subject_reply_and_headers() {
    let server = Server::with_config(CONFIG, &[]);
    let (a, b, c) = (user(&server, "a").await, user(&server, "b").await, user(&server, "c").await);
    let mut orders = b.subscribe("orders.>").await.unwrap();
    let mut prefixed = b.subscribe("from_a.>").await.unwrap();
    let mut everything_b = b.subscribe(">").await.unwrap();
    let mut secret = c.subscribe("secret.>").await.unwrap();
    let mut everything_c = c.subscribe(">").await.unwrap();
    settle(&b, &mut everything_b).await;
    settle(&c, &mut everything_c).await;

    let mut headers = async_nats::HeaderMap::new();
    headers.insert("Trace", "t1");
    a.publish_with_reply_and_headers("orders.eu.new", "reply.to.a", headers, Bytes::from("o1")).await.unwrap();
    a.publish("private.plan", Bytes::from("p1")).await.unwrap();
    a.publish("internal.audit", Bytes::from("not exported")).await.unwrap();
    crate::harness::sync(&a).await;

    let m = next(&mut orders).await;
    assert_eq!((m.subject.as_str(), m.payload.as_ref()), ("orders.eu.new", &b"o1"[..]));
    assert_eq!(m.reply.as_deref(), Some("reply.to.a"), "the reply subject crosses as it is");
    assert_eq!(m.headers.as_ref().and_then(|h| h.get("Trace")).map(|v| v.as_str()), Some("t1"));
    assert_eq!(next(&mut prefixed).await.subject.as_str(), "from_a.orders.eu.new");
    let mut seen: Vec<String> = Vec::new();
    for _ in 0..2 {
        seen.push(next(&mut everything_b).await.subject.to_string());
    }
    seen.sort();
    assert_eq!(seen, vec!["from_a.orders.eu.new", "orders.eu.new"], "B sees the two imports and nothing else of A");
    assert!(nothing(&mut everything_b).await, "neither the private export nor an unexported subject reaches B");

    assert_eq!(next(&mut secret).await.subject.as_str(), "secret.plan", "mapped with `to`");
    assert_eq!(next(&mut everything_c).await.subject.as_str(), "secret.plan");
    assert!(nothing(&mut everything_c).await, "C gets only its import");
}

#[tokio::test]
async fn nothing_flows_back_and_queue_groups_share_an_import() {
    let server = Server::with_config(CONFIG, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let mut back = a.subscribe(">").await.unwrap();
    let b2 = user(&server, "b").await;
    let mut q1 = b.queue_subscribe("orders.>", "workers".into()).await.unwrap();
    let mut q2 = b2.queue_subscribe("orders.>", "workers".into()).await.unwrap();
    settle(&a, &mut back).await;
    crate::harness::sync(&b).await;
    crate::harness::sync(&b2).await;

    b.publish("orders.eu.new", Bytes::from("from B")).await.unwrap();
    crate::harness::sync(&b).await;
    assert!(nothing(&mut back).await, "an import does not carry the importer's messages to the exporter");
    // B's own publish reaches its queue group once.
    let mut got = 0;
    for sub in [&mut q1, &mut q2] {
        while tokio::time::timeout(Duration::from_millis(200), sub.next()).await.is_ok() {
            got += 1;
        }
    }
    assert_eq!(got, 1);

    for i in 0..20 {
        a.publish("orders.us.new", Bytes::from(format!("{i}"))).await.unwrap();
    }
    settle(&a, &mut back).await;
    let mut got = 0;
    for sub in [&mut q1, &mut q2] {
        while tokio::time::timeout(Duration::from_millis(300), sub.next()).await.is_ok() {
            got += 1;
        }
    }
    assert_eq!(got, 20, "each imported message to one member of the group");
}

#[tokio::test]
async fn jetstream_in_the_importing_account_stores_imported_messages() {
    let dir = TempDir::new();
    let config = format!("{CONFIG}\njetstream {{ store_dir: {:?} }}\n", dir.path().to_string_lossy());
    let server = Server::with_config(&config, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let js = async_nats::jetstream::new(b.clone());
    js.create_stream(async_nats::jetstream::stream::Config {
        name: "IMPORTED".into(),
        subjects: vec!["orders.>".into()],
        ..Default::default()
    })
    .await
    .unwrap();
    for i in 0..5 {
        a.publish("orders.eu.new", Bytes::from(format!("{i}"))).await.unwrap();
    }
    crate::harness::sync(&a).await;
    let mut stream = js.get_stream("IMPORTED").await.unwrap();
    let mut stored = 0;
    for _ in 0..50 {
        stored = stream.info().await.unwrap().state.messages;
        if stored == 5 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(stored, 5);
}

#[test]
fn imports_that_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    for (name, config, expect) in [
        (
            "private",
            "accounts {\n A: { exports: [ {stream: \"p.>\", accounts: [C]} ] }\n B: { imports: [ {stream: {account: A, subject: \"p.>\"}} ] }\n C: {}\n}\n",
            "Error adding stream import \"p.>\": stream import not authorized",
        ),
        (
            "unexported",
            "accounts {\n A: {}\n B: { imports: [ {stream: {account: A, subject: \"x\"}} ] }\n}\n",
            "Error adding stream import \"x\": stream import not authorized",
        ),
        ("undefined", "accounts {\n B: { imports: [ {stream: {account: Z, subject: \"x\"}} ] }\n}\n", "\"Z\" account not defined for stream import"),
        (
            "prefix",
            "accounts {\n A: { exports: [ {stream: \"x.>\"} ] }\n B: { imports: [ {stream: {account: A, subject: \"x.>\"}, prefix: \"p.*\"} ] }\n}\n",
            "stream import prefix can not contain wildcard tokens",
        ),
        (
            "cycle",
            "accounts {\n A: { exports: [ {stream: \"x.>\"} ], imports: [ {stream: {account: B, subject: \"x.>\"}} ] }\n B: { exports: [ {stream: \"x.>\"} ], imports: [ {stream: {account: A, subject: \"x.>\"}} ] }\n}\n",
            "import forms a cycle",
        ),
        ("latency on a stream", "accounts {\n A: { exports: [ {stream: \"x\", latency: \"lat\"} ] }\n}\n", "Detected latency directive on non-service"),
    ] {
        crate::harness::assert_config_refused(&dir, name, config, expect);
    }
}

/// Imports are one hop, as nats-server delivers them: what B imports from A does not go
/// on to C through B's own export (A's private export stays private), and a ring of
/// renaming imports delivers once instead of looping.
#[tokio::test]
async fn imports_do_not_chain_or_loop() {
    let config = r#"
accounts {
  A: { users: [ {user: a, password: a} ], exports: [ {stream: "orders.>", accounts: [B]} ] }
  B: {
    users: [ {user: b, password: b} ]
    exports: [ {stream: "orders.>"} ]
    imports: [ {stream: {account: A, subject: "orders.>"}} ]
  }
  C: { users: [ {user: c, password: c} ], imports: [ {stream: {account: B, subject: "orders.>"}} ] }
  R1: { users: [ {user: r1, password: r1} ], exports: [ {stream: "a.>"} ], imports: [ {stream: {account: R3, subject: "c.>"}, to: "a.>"} ] }
  R2: { users: [ {user: r2, password: r2} ], exports: [ {stream: "b.>"} ], imports: [ {stream: {account: R1, subject: "a.>"}, to: "b.>"} ] }
  R3: { users: [ {user: r3, password: r3} ], exports: [ {stream: "c.>"} ], imports: [ {stream: {account: R2, subject: "b.>"}, to: "c.>"} ] }
}
"#;
    let server = Server::with_config(config, &[]);
    let (a, b, c) = (user(&server, "a").await, user(&server, "b").await, user(&server, "c").await);
    let mut at_b = b.subscribe("orders.>").await.unwrap();
    let mut at_c = c.subscribe(">").await.unwrap();
    crate::harness::sync(&b).await;
    settle(&c, &mut at_c).await;
    a.publish("orders.1", Bytes::from("private to B")).await.unwrap();
    crate::harness::sync(&a).await;
    assert_eq!(next(&mut at_b).await.payload, "private to B");
    assert!(nothing(&mut at_c).await, "A's private export must not reach C through B");
    b.publish("orders.2", Bytes::from("B's own")).await.unwrap();
    crate::harness::sync(&b).await;
    assert_eq!(next(&mut at_c).await.payload, "B's own", "what B publishes itself crosses B's export");

    let (r1, r2) = (user(&server, "r1").await, user(&server, "r2").await);
    let mut ring = r2.subscribe(">").await.unwrap();
    settle(&r2, &mut ring).await;
    r1.publish("a.x", Bytes::from("once")).await.unwrap();
    crate::harness::sync(&r1).await;
    assert_eq!(next(&mut ring).await.subject.as_str(), "b.x");
    assert!(nothing(&mut ring).await, "one hop: it does not come round the ring again");
    crate::harness::sync(&r1).await; // the server is still up and answering
}

/// A push consumer's deliver subject, exported: the importer receives the messages shown
/// under their stored subjects, as nats-server shows them.
#[tokio::test]
async fn an_exported_deliver_subject_brings_a_push_consumer_across() {
    let dir = TempDir::new();
    let config = format!(
        r#"
accounts {{
  A: {{ users: [ {{user: a, password: a}} ], exports: [ {{stream: "deliver.>"}} ], jetstream: enabled }}
  B: {{ users: [ {{user: b, password: b}} ], imports: [ {{stream: {{account: A, subject: "deliver.>"}}}} ] }}
}}
jetstream {{ store_dir: {:?} }}
"#,
        dir.path().to_string_lossy()
    );
    let server = Server::with_config(&config, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let js = async_nats::jetstream::new(a.clone());
    let stream = js
        .create_stream(async_nats::jetstream::stream::Config {
            name: "ORDERS".into(),
            subjects: vec!["orders.>".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    js.publish("orders.eu", Bytes::from("o1")).await.unwrap().await.unwrap();
    let mut consumer = stream
        .create_consumer(async_nats::jetstream::consumer::push::Config {
            durable_name: Some("ACROSS".into()),
            deliver_subject: "deliver.orders".into(),
            ack_policy: async_nats::jetstream::consumer::AckPolicy::None,
            ..Default::default()
        })
        .await
        .unwrap();
    // Nobody in B listens yet: the import's subscription in A is not interest.
    let info = consumer.info().await.unwrap();
    assert!(!info.push_bound, "not bound while the importer has no subscriber");
    assert_eq!(info.num_pending, 1, "nothing was delivered into the void");
    let mut at_b = b.subscribe("deliver.orders").await.unwrap();
    crate::harness::sync(&b).await;
    let m = next(&mut at_b).await;
    assert_eq!((m.subject.as_str(), m.payload.as_ref()), ("orders.eu", &b"o1"[..]));
}

/// The import's subscription in the exporting account is not a responder: a request
/// nobody in the importing account answers gets no-responders at once.
#[tokio::test]
async fn an_import_nobody_listens_to_is_no_responder() {
    let server = Server::with_config(CONFIG, &[]);
    let a = user(&server, "a").await;
    let started = std::time::Instant::now();
    let err = a.request("orders.eu.new", Bytes::from("anyone?")).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders, "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(4), "not a timeout");
}

/// `/accountz?acc=` lists an account's stream exports and imports in nats-server's
/// shape (recorded from 2.15.1), with the system services every account imports.
#[test]
fn accountz_lists_exports_and_imports() {
    let server = Server::with_config(CONFIG, &["-m", "-1"]);
    let (status, a) = server.get("/accountz?acc=A");
    assert_eq!(status, 200);
    assert_eq!(
        a["account_detail"]["exports"],
        serde_json::json!([
            {"subject": "orders.>", "type": "stream"},
            {"subject": "private.>", "type": "stream", "approved_accounts": ["C"]}
        ])
    );
    let (_, b) = server.get("/accountz?acc=B");
    let local = |i: &serde_json::Value| i["local_subject"].as_str().unwrap_or_default().to_string();
    let imports = b["account_detail"]["imports"].as_array().cloned().unwrap_or_default();
    assert_eq!(
        imports.iter().map(local).collect::<Vec<_>>(),
        vec![
            "orders.>",
            "from_a.orders.eu.*",
            "$SYS.REQ.ACCOUNT.PING.CONNZ",
            "$SYS.REQ.SERVER.PING.CONNZ",
            "$SYS.REQ.ACCOUNT.PING.STATZ",
            "$SYS.REQ.USER.INFO"
        ]
    );
    assert_eq!(
        imports[5],
        serde_json::json!({"subject": "$SYS.REQ.USER.B.INFO", "account": "$SYS", "to": "$SYS.REQ.USER.INFO", "local_subject": "$SYS.REQ.USER.INFO", "type": "service", "invalid": false, "share": true, "tracking": false})
    );
    assert_eq!(
        imports[1],
        serde_json::json!({"subject": "orders.eu.*", "account": "A", "local_subject": "from_a.orders.eu.*", "type": "stream", "invalid": false, "share": false, "tracking": false})
    );
}
