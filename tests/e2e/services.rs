//! Service exports and imports between accounts (issue 11, part 2), through async-nats:
//! requests cross into the exporter, responses come back to the requester only, as the
//! export's response type and threshold allow, and nothing else crosses.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

/// B exports `help.>` (singleton), `feed` (stream, 400 ms threshold) and `private` to C
/// only; A imports `help.>` as `b.help.>` and `feed`; C imports `private`, sharing who
/// asks.
const CONFIG: &str = r#"
accounts {
  B: {
    users: [ {user: b, password: b} ]
    exports: [
      {service: "help.>"}
      {service: "feed", response_type: stream, response_threshold: "400ms"}
      {service: "private", accounts: [C]}
    ]
  }
  A: {
    users: [ {user: a, password: a} ]
    imports: [
      {service: {account: B, subject: "help.>"}, to: "b.help.>"}
      {service: {account: B, subject: "feed"}}
    ]
  }
  C: {
    users: [ {user: c, password: c} ]
    imports: [ {service: {account: B, subject: "private"}, to: "ask.b", share: true} ]
  }
}
"#;

async fn user(server: &Server, name: &str) -> async_nats::Client {
    async_nats::ConnectOptions::with_user_and_password(name.into(), name.into()).connect(server.url()).await.unwrap()
}

async fn next(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("message in time").expect("subscription open")
}

async fn nothing(sub: &mut async_nats::Subscriber, wait: Duration) -> bool {
    tokio::time::timeout(wait, sub.next()).await.is_err()
}

/// Answers every request on `subject` in `client`'s account with `answers` responses
/// (`"<payload>:<n>"`), after `delay`. Returns the requests it saw.
fn responder(
    client: async_nats::Client,
    mut requests: async_nats::Subscriber,
    answers: usize,
    delay: Duration,
) -> tokio::sync::mpsc::UnboundedReceiver<async_nats::Message> {
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Some(m) = requests.next().await {
            tokio::time::sleep(delay).await;
            if let Some(reply) = m.reply.clone() {
                for n in 0..answers {
                    let body = format!("{}:{n}", String::from_utf8_lossy(&m.payload));
                    client.publish(reply.clone(), Bytes::from(body)).await.unwrap();
                }
                client.flush().await.unwrap();
            }
            if tx.send(m).is_err() {
                break;
            }
        }
    });
    rx
}

#[tokio::test]
async fn a_request_crosses_into_the_exporter_and_the_response_comes_back() {
    let server = Server::with_config(CONFIG, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let requests = b.subscribe("help.>").await.unwrap();
    crate::harness::sync(&b).await;
    let mut seen = responder(b.clone(), requests, 1, Duration::ZERO);

    let mut headers = async_nats::HeaderMap::new();
    headers.insert("Nats-Request-Info", r#"{"acc":"B"}"#);
    headers.insert("X-Trace", "t1");
    let answer = a.request_with_headers("b.help.orders", headers, Bytes::from("q")).await.unwrap();
    assert_eq!(answer.payload, "q:0");
    let request = seen.recv().await.unwrap();
    assert_eq!(request.subject.as_str(), "help.orders", "the exporter sees its own subject");
    let reply = request.reply.as_deref().unwrap();
    assert!(reply.starts_with("_R_.") && reply.split('.').count() == 3, "a reply subject of the exporter's: {reply}");
    let info = request.headers.as_ref().unwrap();
    let said: serde_json::Value = serde_json::from_str(info.get("Nats-Request-Info").unwrap().as_str()).unwrap();
    assert_eq!(said["acc"], "A", "the server's word, not the requester's: {said}");
    assert!(
        said["rtt"].as_u64().is_some() && said.as_object().unwrap().len() == 2,
        "the account and round-trip time, as nats-server: {said}"
    );
    assert_eq!(info.get("X-Trace").unwrap().as_str(), "t1", "the requester's own headers cross");

    // Many requests at once, each answered to its own requester.
    let mut asks = Vec::new();
    for i in 0..50 {
        let a = a.clone();
        asks.push(tokio::spawn(async move { a.request(format!("b.help.{i}"), Bytes::from(format!("{i}"))).await.unwrap() }));
    }
    for (i, ask) in asks.into_iter().enumerate() {
        assert_eq!(ask.await.unwrap().payload, format!("{i}:0"));
    }
}

#[tokio::test]
async fn a_singleton_export_lets_one_response_back_and_a_stream_export_many() {
    let server = Server::with_config(CONFIG, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let help = b.subscribe("help.>").await.unwrap();
    let feed = b.subscribe("feed").await.unwrap();
    crate::harness::sync(&b).await;
    let _help = responder(b.clone(), help, 3, Duration::ZERO);
    let _feed = responder(b.clone(), feed, 3, Duration::ZERO);

    let inbox = a.new_inbox();
    let mut answers = a.subscribe(inbox.clone()).await.unwrap();
    a.publish_with_reply("b.help.x", inbox.clone(), Bytes::from("s")).await.unwrap();
    assert_eq!(next(&mut answers).await.payload, "s:0");
    assert!(nothing(&mut answers, Duration::from_millis(300)).await, "a singleton's route back closed after one response");

    a.publish_with_reply("feed", inbox, Bytes::from("f")).await.unwrap();
    for n in 0..3 {
        assert_eq!(next(&mut answers).await.payload, format!("f:{n}"));
    }
}

#[tokio::test]
async fn responses_after_the_threshold_are_dropped() {
    let server = Server::with_config(CONFIG, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let feed = b.subscribe("feed").await.unwrap();
    crate::harness::sync(&b).await;
    let _feed = responder(b.clone(), feed, 1, Duration::from_millis(900));
    let inbox = a.new_inbox();
    let mut answers = a.subscribe(inbox.clone()).await.unwrap();
    a.publish_with_reply("feed", inbox, Bytes::from("late")).await.unwrap();
    assert!(nothing(&mut answers, Duration::from_millis(1500)).await, "the 400ms threshold passed: the route back is gone");
}

#[tokio::test]
async fn a_request_nobody_serves_gets_no_responders() {
    let server = Server::with_config(CONFIG, &[]);
    let a = user(&server, "a").await;
    let err = a.request("b.help.x", Bytes::new()).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders);
}

/// Nothing crosses but the request into the exporter and the response to its requester:
/// wildcard subscribers elsewhere, a guessed `_R_` subject and a second response see
/// nothing.
#[tokio::test]
async fn nothing_else_crosses_a_service_import() {
    let server = Server::with_config(CONFIG, &[]);
    let (a, b, c) = (user(&server, "a").await, user(&server, "b").await, user(&server, "c").await);
    let mut everything_a = a.subscribe(">").await.unwrap();
    let mut everything_c = c.subscribe(">").await.unwrap();
    let mut queue_c = c.queue_subscribe("help.>", "q".into()).await.unwrap();
    let mut requests = b.subscribe("help.>").await.unwrap();
    for client in [&a, &b, &c] {
        client.flush().await.unwrap();
    }
    tokio::time::sleep(Duration::from_millis(100)).await;

    let inbox = "requester.inbox";
    a.publish_with_reply("b.help.leak", inbox, Bytes::from("q")).await.unwrap();
    let request = next(&mut requests).await;
    let reply = request.reply.clone().unwrap();
    // A's own subscriber on `>` sees its request, as published.
    assert_eq!(next(&mut everything_a).await.subject.as_str(), "b.help.leak");
    b.publish(reply.clone(), Bytes::from("first")).await.unwrap();
    b.publish(reply.clone(), Bytes::from("second")).await.unwrap();
    b.publish("_R_.guess.x", Bytes::from("guess")).await.unwrap();
    b.publish("help.direct", Bytes::from("B's own")).await.unwrap();
    b.flush().await.unwrap();
    let answer = next(&mut everything_a).await;
    assert_eq!((answer.subject.as_str(), answer.payload.as_ref()), (inbox, &b"first"[..]));
    assert!(nothing(&mut everything_a, Duration::from_millis(300)).await, "no second response, no guess, nothing of B's own");
    assert!(nothing(&mut everything_c, Duration::from_millis(100)).await, "an account that imports something else sees nothing");
    assert!(nothing(&mut queue_c, Duration::from_millis(100)).await);
    // C's import of `private` reaches B, and B's answer goes to C only.
    let mut private = b.subscribe("private").await.unwrap();
    crate::harness::sync(&b).await;
    let c_asks = tokio::spawn({
        let c = c.clone();
        async move { c.request("ask.b", Bytes::from("c")).await.unwrap() }
    });
    let request = next(&mut private).await;
    let shared: serde_json::Value = serde_json::from_str(request.headers.unwrap().get("Nats-Request-Info").unwrap().as_str()).unwrap();
    assert_eq!(
        (shared["acc"].as_str(), shared["user"].as_str(), shared["kind"].as_str()),
        (Some("C"), Some("c"), Some("Client")),
        "share: true tells who asks: {shared}"
    );
    b.publish(request.reply.unwrap(), Bytes::from("for C")).await.unwrap();
    assert_eq!(c_asks.await.unwrap().payload, "for C");
    assert!(nothing(&mut everything_a, Duration::from_millis(200)).await, "A sees nothing of C's exchange");
}

#[test]
fn service_imports_that_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    let with = |exports: &str, imports: &str| format!("accounts {{ B: {{ exports: [ {exports} ] }}, A: {{ imports: [ {imports} ] }} }}\n");
    for (name, config, expect) in [
        (
            "private",
            with("{service: x, accounts: [B]}", "{service: {account: B, subject: x}}"),
            "Error adding service import \"x\": service import not authorized",
        ),
        ("missing", with("{service: x}", "{service: {account: Z, subject: x}}"), "\"Z\" account not defined for service import"),
        (
            "duplicate",
            with("{service: x}, {service: y}", "{service: {account: B, subject: x}, to: l}, {service: {account: B, subject: y}, to: l}"),
            "Duplicate service import subject \"l\", previously used in import for account \"B\", subject \"x\"",
        ),
        (
            "transform",
            with("{service: \"x.*.*\"}", "{service: {account: B, subject: \"x.*.*\"}, to: \"l.*\"}"),
            "failed to create mapping transform for service import subject from \"l.*\" to \"x.*.*\"",
        ),
        ("subject", with("{service: \"a.b\"}", "{service: {account: B, subject: \"a..b\"}}"), "Error adding service import \"a..b\": sublist: invalid subject"),
        ("share", with("{service: x}", "{service: {account: B, subject: x}, share: \"yes\"}"), "interface conversion: interface {} is string, not bool"),
        (
            "stream to",
            with("{stream: \"a.>\"}", "{stream: {account: B, subject: \"a.>\"}, to: \"x..y\"}"),
            "Error adding stream import \"a.>\": failed to create mapping transform for stream import subject from \"a.>\" to \"x..y\": invalid subject",
        ),
        ("response type", with("{service: x, response_type: often}", ""), "Unknown response type: \"often\""),
        (
            "threshold",
            with("{service: x, response_threshold: soon}", ""),
            "Expected response threshold to be a parseable time duration, got \"soon\"",
        ),
        ("stream response", with("{stream: x, response_type: stream}", ""), "Detected response directive on non-service"),
        (
            "cycle",
            "accounts { A: { exports: [ {service: x} ], imports: [ {service: {account: B, subject: x}} ] }, \
             B: { exports: [ {service: x} ], imports: [ {service: {account: A, subject: x}} ] } }\n"
                .to_string(),
            "import forms a cycle",
        ),
    ] {
        crate::harness::assert_config_refused(&dir, name, &config, expect);
    }
    // nats-server takes a negative threshold (no response waits for it).
    let path = dir.path().join("negative.conf");
    std::fs::write(&path, with("{service: x, response_threshold: \"-5s\"}", "{service: {account: B, subject: x}}")).unwrap();
    let (code, _, err) = crate::harness::natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
}

/// JetStream across accounts: B keeps the stream and exports its API, its ack subjects
/// and the stream's subjects as services; A uses them with the official client's API
/// prefix — stream info, publish with acks, a pull consumer's fetch and acks.
#[tokio::test]
async fn jetstream_of_another_account_through_its_api_prefix() {
    let dir = TempDir::new();
    let config = format!(
        r#"
jetstream {{ store_dir: {:?} }}
accounts {{
  B: {{
    jetstream: enabled
    users: [ {{user: b, password: b}} ]
    exports: [
      {{service: "$JS.API.>", response_type: stream, response_threshold: "5s"}}
      {{service: "$JS.ACK.>"}}
      {{service: "orders.>"}}
    ]
  }}
  A: {{
    users: [ {{user: a, password: a}} ]
    imports: [
      {{service: {{account: B, subject: "$JS.API.>"}}, to: "JS.B.API.>"}}
      {{service: {{account: B, subject: "$JS.ACK.>"}}}}
      {{service: {{account: B, subject: "orders.>"}}}}
    ]
  }}
}}
"#,
        dir.path().to_string_lossy()
    );
    let server = Server::with_config(&config, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let js_b = async_nats::jetstream::new(b);
    js_b.create_stream(async_nats::jetstream::stream::Config {
        name: "ORDERS".into(),
        subjects: vec!["orders.>".into()],
        ..Default::default()
    })
    .await
    .unwrap();

    let js_a = async_nats::jetstream::with_prefix(a, "JS.B.API");
    for i in 0..3 {
        let ack = js_a.publish(format!("orders.{i}"), Bytes::from(format!("o{i}"))).await.unwrap().await.unwrap();
        assert_eq!((ack.stream.as_str(), ack.sequence), ("ORDERS", i + 1), "stored in B, acknowledged to A");
    }
    let mut stream = js_a.get_stream("ORDERS").await.unwrap();
    assert_eq!(stream.info().await.unwrap().state.messages, 3);
    let consumer = stream
        .create_consumer(async_nats::jetstream::consumer::pull::Config { durable_name: Some("A".into()), ..Default::default() })
        .await
        .unwrap();
    let mut batch = consumer.fetch().max_messages(3).expires(Duration::from_secs(2)).messages().await.unwrap();
    for i in 0..3 {
        let m = tokio::time::timeout(Duration::from_secs(5), batch.next()).await.unwrap().unwrap().unwrap();
        assert_eq!(m.payload, format!("o{i}"));
        m.double_ack().await.unwrap();
    }
    let info = js_b.get_stream("ORDERS").await.unwrap().consumer_info("A").await.unwrap();
    assert_eq!(info.ack_floor.stream_sequence, 3, "A's acks reached B's consumer");
}

/// Service latency: B measures every request to `help.>` and samples `traced` by its
/// tracing headers; reports go to `latency.>` in B, in nats-server's format.
const LATENCY: &str = r#"
accounts {
  B: {
    users: [ {user: b, password: b} ]
    exports: [
      {service: "help.>", response_threshold: "500ms", latency: {sampling: 100%, subject: "latency.help"}}
      {service: "traced", latency: {sampling: headers, subject: "latency.traced"}}
    ]
  }
  A: {
    users: [ {user: a, password: a} ]
    imports: [ {service: {account: B, subject: "help.>"}}, {service: {account: B, subject: "traced"}} ]
  }
}
"#;

async fn report(sub: &mut async_nats::Subscriber) -> serde_json::Value {
    serde_json::from_slice(&next(sub).await.payload).unwrap()
}

#[tokio::test]
async fn latency_reports_follow_each_measured_request() {
    let server = Server::with_config(LATENCY, &[]);
    let a = user(&server, "a").await;
    let b =
        async_nats::ConnectOptions::with_user_and_password("b".into(), "b".into()).name("responder").connect(server.url()).await.unwrap();
    let mut reports = b.subscribe("latency.>").await.unwrap();
    let requests = b.subscribe("help.ok").await.unwrap();
    let _silent = b.subscribe("help.silent").await.unwrap();
    crate::harness::sync(&b).await;
    let _answers = responder(b.clone(), requests, 1, Duration::from_millis(20));

    a.request("help.ok", Bytes::from("q")).await.unwrap();
    let ok = report(&mut reports).await;
    assert_eq!(ok["type"], "io.nats.server.metric.v1.service_latency");
    assert_eq!(ok["status"], 200);
    assert_eq!(ok["requestor"]["acc"], "A");
    assert_eq!((ok["responder"]["acc"].as_str(), ok["responder"]["name"].as_str()), (Some("B"), Some("responder")));
    assert_eq!(ok["responder"]["kind"], "Client");
    let (service, total) = (ok["service"].as_u64().unwrap(), ok["total"].as_u64().unwrap());
    assert!(service >= 20_000_000 && total >= service, "the responder took 20ms: {ok}");
    assert!(ok["start"].as_str().unwrap().ends_with('Z') && ok["id"].as_str().unwrap().len() == 22);

    a.publish("help.ok", Bytes::from("no reply")).await.unwrap();
    let bad = report(&mut reports).await;
    assert_eq!((bad["status"].as_u64(), bad["description"].as_str()), (Some(400), Some("Bad Request")));
    assert!(bad.get("responder").is_none());

    assert_eq!(a.request("help.nobody", Bytes::new()).await.unwrap_err().kind(), async_nats::RequestErrorKind::NoResponders);
    let unavailable = report(&mut reports).await;
    assert_eq!((unavailable["status"].as_u64(), unavailable["description"].as_str()), (Some(503), Some("Service Unavailable")));

    let inbox = a.new_inbox();
    let _wait = a.subscribe(inbox.clone()).await.unwrap();
    a.publish_with_reply("help.silent", inbox, Bytes::new()).await.unwrap();
    let timeout = report(&mut reports).await;
    assert_eq!((timeout["status"].as_u64(), timeout["description"].as_str()), (Some(504), Some("Service Timeout")));
}

#[tokio::test]
async fn tracing_headers_choose_what_a_headers_export_measures() {
    let server = Server::with_config(LATENCY, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let mut reports = b.subscribe("latency.traced").await.unwrap();
    let requests = b.subscribe("traced").await.unwrap();
    crate::harness::sync(&b).await;
    let _answers = responder(b.clone(), requests, 1, Duration::ZERO);

    a.request("traced", Bytes::new()).await.unwrap();
    let mut unsampled = async_nats::HeaderMap::new();
    unsampled.insert("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00");
    a.request_with_headers("traced", unsampled, Bytes::new()).await.unwrap();
    assert!(nothing(&mut reports, Duration::from_millis(300)).await, "no header, or one that says no: not measured");
    let mut sampled = async_nats::HeaderMap::new();
    sampled.insert("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
    a.request_with_headers("traced", sampled, Bytes::new()).await.unwrap();
    let r = report(&mut reports).await;
    assert_eq!(r["status"], 200);
    assert_eq!(r["header"]["Traceparent"][0], "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", "the header that asked: {r}");
}

#[test]
fn latency_settings_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    let with = |export: &str| format!("accounts {{ B: {{ exports: [ {export} ] }} }}\n");
    for (name, config, expect) in [
        (
            "type",
            with("{service: x, response_type: stream, latency: l}"),
            "Error adding service latency sampling for \"x\" on subject \"l\": bad service response type",
        ),
        ("subject", with("{service: x, latency: \"l.*\"}"), "on subject \"l.*\": invalid publish subject"),
        ("loop", with("{service: x, latency: x}"), "on subject \"x\": invalid publish subject"),
        ("sampling", with("{service: x, latency: {sampling: 120, subject: l}}"), "bad sampling percentage, should be 1-100"),
        (
            "sample",
            with("{service: x, latency: {sampling: \"abc\", subject: l}}"),
            "Failed to parse latency sample: strconv.Atoi: parsing \"abc\": invalid syntax",
        ),
        ("missing", with("{service: x, latency: {sampling: 50}}"), "Latency subject required, but missing"),
        ("kind", with("{service: x, latency: 5}"), "Expected latency entry to be a map/struct or string, got int64"),
    ] {
        crate::harness::assert_config_refused(&dir, name, &config, expect);
    }
}

/// `$SYS` stays the system account, and every account reaches its part of the system
/// services through the service imports nats-server adds: who am I, my account's
/// connections and traffic — and nothing of another account's.
#[tokio::test]
async fn every_account_reaches_its_system_services_through_imports() {
    let config = r#"
accounts {
  A: { users: [ {user: a, password: a, permissions: {publish: {allow: ["$SYS.REQ.>", "_INBOX.>"], deny: ["x.no"]}, subscribe: ["_INBOX.>"]}} ] }
  B: { users: [ {user: b, password: b} ] }
}
"#;
    let server = Server::with_config(config, &[]);
    let (a, b) = (user(&server, "a").await, user(&server, "b").await);
    let ask = |client: &async_nats::Client, subject: &'static str| {
        let client = client.clone();
        async move {
            let m = client.request(subject, Bytes::new()).await.unwrap();
            serde_json::from_slice::<serde_json::Value>(&m.payload).unwrap()
        }
    };
    let me = ask(&a, "$SYS.REQ.USER.INFO").await;
    assert_eq!((me["data"]["user"].as_str(), me["data"]["account"].as_str()), (Some("a"), Some("A")), "{me}");
    assert_eq!(me["data"]["permissions"]["publish"]["deny"][0], "x.no");
    assert_eq!(me["data"]["permissions"]["subscribe"]["allow"][0], "_INBOX.>");
    assert!(me["server"]["id"].as_str().unwrap().starts_with('N'));
    let b_me = ask(&b, "$SYS.REQ.USER.INFO").await;
    assert_eq!((b_me["data"]["user"].as_str(), b_me["data"].get("permissions")), (Some("b"), None));

    for subject in ["$SYS.REQ.ACCOUNT.PING.CONNZ", "$SYS.REQ.SERVER.PING.CONNZ"] {
        let connz = ask(&b, subject).await;
        let conns = connz["data"]["connections"].as_array().unwrap();
        assert_eq!(conns.len(), 1, "B sees its own connection only: {connz}");
        assert_eq!(conns[0]["ip"], "127.0.0.1");
    }
    let statz = ask(&a, "$SYS.REQ.ACCOUNT.PING.STATZ").await;
    let accounts = statz["data"]["account_statz"].as_array().unwrap();
    assert_eq!((accounts.len(), accounts[0]["acc"].as_str()), (1, Some("A")), "{statz}");
    // Options cannot widen the view to another account.
    let m = b.request("$SYS.REQ.ACCOUNT.PING.STATZ", Bytes::from(r#"{"accounts":["A"],"unused":true}"#)).await.unwrap();
    let statz: serde_json::Value = serde_json::from_slice(&m.payload).unwrap();
    assert_eq!(statz["data"]["account_statz"].as_array().unwrap().iter().map(|s| s["acc"].as_str().unwrap()).collect::<Vec<_>>(), ["B"]);
    let _second_a = user(&server, "a").await;
    let m = b.request("$SYS.REQ.SERVER.PING.CONNZ", Bytes::from(r#"{"account":"A"}"#)).await.unwrap();
    let connz: serde_json::Value = serde_json::from_slice(&m.payload).unwrap();
    assert_eq!(connz["data"]["connections"].as_array().unwrap().len(), 1, "B's one, not A's two: {connz}");
    // The system account's own subjects are not reachable from here.
    let err = b.request("$SYS.REQ.ACCOUNT.A.CONNZ", Bytes::new()).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders, "B cannot ask for A's connections");
    let err = b.request("$SYS.REQ.SERVER.PING.VARZ", Bytes::new()).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders);
}

/// The official clients' `domain` option across accounts: B's JetStream has the domain
/// `hub`; A imports its `$JS.hub.API.>` and reaches it with `with_domain`. A stream of
/// a third account on the same subjects captures nothing of the exchange.
#[tokio::test]
async fn jetstream_of_another_account_through_its_domain() {
    let dir = TempDir::new();
    let config = format!(
        r#"
jetstream {{ store_dir: {:?}, domain: hub }}
accounts {{
  B: {{
    jetstream: enabled
    users: [ {{user: b, password: b}} ]
    exports: [ {{service: "$JS.hub.API.>"}}, {{service: "orders.>"}} ]
  }}
  A: {{
    users: [ {{user: a, password: a}} ]
    imports: [ {{service: {{account: B, subject: "$JS.hub.API.>"}}}}, {{service: {{account: B, subject: "orders.>"}}}} ]
  }}
  C: {{ jetstream: enabled, users: [ {{user: c, password: c}} ] }}
}}
"#,
        dir.path().to_string_lossy()
    );
    let server = Server::with_config(&config, &[]);
    let (a, b, c) = (user(&server, "a").await, user(&server, "b").await, user(&server, "c").await);
    let stream_config = |name: &str| async_nats::jetstream::stream::Config {
        name: name.into(),
        subjects: vec!["orders.>".into(), "_R_.>".into()],
        ..Default::default()
    };
    async_nats::jetstream::new(b)
        .create_stream(async_nats::jetstream::stream::Config { subjects: vec!["orders.>".into()], ..stream_config("ORDERS") })
        .await
        .unwrap();
    let js_c = async_nats::jetstream::new(c);
    js_c.create_stream(stream_config("SPY")).await.unwrap();

    let js_a = async_nats::jetstream::with_domain(a.clone(), "hub");
    let mut orders = js_a.get_stream("ORDERS").await.unwrap();
    let ack = js_a.publish("orders.1", Bytes::from("o")).await.unwrap().await.unwrap();
    assert_eq!((ack.stream.as_str(), ack.domain.as_str()), ("ORDERS", "hub"));
    assert_eq!(orders.info().await.unwrap().state.messages, 1);
    let spy = js_c.get_stream("SPY").await.unwrap().get_info().await.unwrap();
    assert_eq!(spy.state.messages, 0, "C's stream on the same subjects captured nothing of A and B");
}

/// Found in review: a requester could set a `$JS.ACK.` reply and have the exporter's
/// responder acknowledge the exporter's own JetStream messages. Reserved replies are the
/// server's (as in nats-server), and chains of service imports, `$N` in a service
/// import's `to` and subjects that are not UTF-8 all work as in nats-server.
#[tokio::test]
async fn service_imports_chain_and_keep_their_subjects_and_reserved_replies() {
    let config = r#"
accounts {
  C: { users: [ {user: c, password: c} ], exports: [ {service: "s"} ] }
  B: { users: [ {user: b, password: b} ], exports: [ {service: "s"}, {service: "sw.*.*"}, {service: "bytes.>"} ], imports: [ {service: {account: C, subject: "s"}} ] }
  A: {
    users: [ {user: a, password: a} ]
    imports: [
      {service: {account: B, subject: "s"}}
      {service: {account: B, subject: "sw.*.*"}, to: "x.$2.$1"}
      {service: {account: B, subject: "bytes.>"}, to: "w.>"}
    ]
  }
}
"#;
    let server = Server::with_config(config, &[]);
    let (a, b, c) = (user(&server, "a").await, user(&server, "b").await, user(&server, "c").await);
    let requests_c = c.subscribe("s").await.unwrap();
    crate::harness::sync(&c).await;
    let mut seen_c = responder(c.clone(), requests_c, 1, Duration::ZERO);
    assert_eq!(a.request("s", Bytes::from("chained")).await.unwrap().payload, "chained:0", "A → B → C and back");
    let request = seen_c.recv().await.unwrap();
    let info: serde_json::Value = serde_json::from_str(request.headers.unwrap().get("Nats-Request-Info").unwrap().as_str()).unwrap();
    assert_eq!((info["acc"].as_str(), info["svc"].as_str()), (Some("A"), Some("B")), "who asked, and through whom: {info}");

    let mut swapped = b.subscribe("sw.>").await.unwrap();
    crate::harness::sync(&b).await;
    a.publish_with_reply("x.one.two", "in.box", Bytes::new()).await.unwrap();
    assert_eq!(next(&mut swapped).await.subject.as_str(), "sw.two.one", "`to: x.$2.$1` puts the wildcards in its order");

    // A reserved reply never reaches a responder.
    let mut echo = b.subscribe("s").await.unwrap();
    crate::harness::sync(&b).await;
    a.publish_with_reply("s", "$JS.ACK.ORD.W.1.1.1.0.0", Bytes::new()).await.unwrap();
    a.publish_with_reply("s", "_R_.guess.x", Bytes::new()).await.unwrap();
    assert!(nothing(&mut echo, Duration::from_millis(300)).await, "refused before routing");
}

/// Subjects are bytes: an import renaming a wildcard subject carries one that is not
/// UTF-8, and a mapping function that cuts a character in two cuts the bytes (nats-server
/// does both; natsx used to drop the first and disconnect the publisher on the second).
#[test]
fn subjects_that_are_not_utf8_cross_imports_and_mappings() {
    let config = r#"
accounts {
  B: { users: [ {user: b, password: b} ], exports: [ {service: "bytes.>"} ], mappings: { "l.*": "L.{{left(1,1)}}" } }
  A: { users: [ {user: a, password: a} ], imports: [ {service: {account: B, subject: "bytes.>"}, to: "w.>"} ] }
}
"#;
    let server = Server::with_config(config, &[]);
    let mut b = server.raw();
    b.send(b"CONNECT {\"user\":\"b\",\"pass\":\"b\",\"verbose\":false,\"pedantic\":false}\r\nSUB bytes.> 1\r\nSUB L.> 2\r\nPING\r\n");
    assert_eq!(b.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
    let mut a = server.raw();
    a.send(b"CONNECT {\"user\":\"a\",\"pass\":\"a\",\"verbose\":false,\"pedantic\":false}\r\nPUB w.\xff\xfe 1\r\nx\r\nPING\r\n");
    assert_eq!(a.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
    let got = b.read_until("x\r\n", Duration::from_secs(2));
    assert!(got.starts_with("MSG bytes.\u{fffd}\u{fffd} 1 "), "the exporter's subject, bytes kept: {got:?}");
    b.send("PUB l.\u{e9} 1\r\ny\r\nPING\r\n".as_bytes());
    let got = b.read_until("PONG\r\n", Duration::from_secs(2));
    assert!(got.starts_with("MSG L.\u{fffd} 2 1\r\ny\r\n"), "half of é, and the publisher stays connected: {got:?}");
    assert!(b.alive());
}

/// An account that imports a system service itself does not also get the built-in import
/// on the same subject (nats-server's `serviceImportExists`): one answer, the one it
/// asked for.
#[tokio::test]
async fn a_configured_system_import_replaces_the_built_in_one() {
    let config = r#"
system_account: SYS
accounts {
  SYS: { users: [ {user: sys, password: sys} ], exports: [ {service: "$SYS.REQ.SERVER.PING.CONNZ"} ] }
  B: { users: [ {user: b, password: b} ], imports: [ {service: {account: SYS, subject: "$SYS.REQ.SERVER.PING.CONNZ"}} ] }
  A: { users: [ {user: a, password: a} ] }
}
"#;
    let server = Server::with_config(config, &[]);
    let (_a, b) = (user(&server, "a").await, user(&server, "b").await);
    let inbox = b.new_inbox();
    let mut answers = b.subscribe(inbox.clone()).await.unwrap();
    b.publish_with_reply("$SYS.REQ.SERVER.PING.CONNZ", inbox, Bytes::new()).await.unwrap();
    let connz: serde_json::Value = serde_json::from_slice(&next(&mut answers).await.payload).unwrap();
    assert_eq!(connz["data"]["num_connections"], 2, "the server-wide report B imported: {connz}");
    assert!(nothing(&mut answers, Duration::from_millis(300)).await, "and only that one");
}
