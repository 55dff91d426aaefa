//! Subject mappings (issue 11, part 3), top level (the global account) and per account,
//! through async-nats: applied to what clients publish, before routing and JetStream.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

async fn next(sub: &mut async_nats::Subscriber) -> async_nats::Message {
    tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("message in time").expect("subscription open")
}

#[tokio::test]
async fn a_mapping_moves_a_publish_to_its_destination() {
    let config = r#"
mappings {
  "orders.*.new": "new.orders.{{wildcard(1)}}"
  "legacy": "modern"
  "split": [ {destination: "split.a", weight: 50%}, {destination: "split.b", weight: 50%} ]
  "canary": [ {destination: "canary.v2", weight: 100}, {destination: "canary.eu", weight: 0, cluster: "eu"} ]
}
"#;
    let server = Server::with_config(config, &[]);
    let client = server.client().await;
    let mut mapped = client.subscribe("new.orders.*").await.unwrap();
    let mut original = client.subscribe("orders.>").await.unwrap();
    let mut modern = client.subscribe("modern").await.unwrap();
    let (mut a, mut b) = (client.subscribe("split.a").await.unwrap(), client.subscribe("split.b").await.unwrap());
    let mut canary = client.subscribe("canary.v2").await.unwrap();
    crate::harness::sync(&client).await;

    client.publish("orders.eu.new", Bytes::from("o1")).await.unwrap();
    client.publish("legacy", Bytes::from("l1")).await.unwrap();
    client.publish("canary", Bytes::from("c1")).await.unwrap();
    for i in 0..200 {
        client.publish("split", Bytes::from(format!("{i}"))).await.unwrap();
    }
    crate::harness::sync(&client).await;
    let m = next(&mut mapped).await;
    assert_eq!((m.subject.as_str(), m.payload.as_ref()), ("new.orders.eu", &b"o1"[..]), "delivered under the mapped subject");
    assert!(tokio::time::timeout(Duration::from_millis(300), original.next()).await.is_err(), "not under the original");
    assert_eq!(next(&mut modern).await.payload, "l1");
    assert_eq!(next(&mut canary).await.subject.as_str(), "canary.v2", "a cluster-scoped entry does not apply outside its cluster");
    let (mut to_a, mut to_b) = (0, 0);
    while tokio::time::timeout(Duration::from_millis(300), a.next()).await.is_ok() {
        to_a += 1;
    }
    while tokio::time::timeout(Duration::from_millis(300), b.next()).await.is_ok() {
        to_b += 1;
    }
    assert_eq!(to_a + to_b, 200);
    assert!(to_a > 40 && to_b > 40, "weights split the traffic: {to_a} / {to_b}");
}

#[tokio::test]
async fn account_mappings_apply_in_their_account_and_before_jetstream() {
    let dir = TempDir::new();
    let config = format!(
        r#"
accounts {{
  A: {{ users: [ {{user: a, password: a}} ], mappings: {{ "in.>": "stored.>" }} }}
  B: {{ users: [ {{user: b, password: b}} ] }}
}}
jetstream {{ store_dir: {:?} }}
"#,
        dir.path().to_string_lossy()
    );
    let server = Server::with_config(&config, &[]);
    let connect = |u: &'static str| async_nats::ConnectOptions::with_user_and_password(u.into(), u.into()).connect(server.url());
    let (a, b) = (connect("a").await.unwrap(), connect("b").await.unwrap());
    let js = async_nats::jetstream::new(a.clone());
    js.create_stream(async_nats::jetstream::stream::Config {
        name: "STORED".into(),
        subjects: vec!["stored.>".into()],
        ..Default::default()
    })
    .await
    .unwrap();
    let ack = js.publish("in.x", Bytes::from("kept")).await.unwrap().await.unwrap();
    assert_eq!(ack.stream, "STORED", "captured under the mapped subject");
    let mut in_b = b.subscribe("stored.>").await.unwrap();
    let mut raw_b = b.subscribe("in.>").await.unwrap();
    crate::harness::sync(&b).await;
    b.publish("in.y", Bytes::from("B's own")).await.unwrap();
    crate::harness::sync(&b).await;
    assert_eq!(next(&mut raw_b).await.subject.as_str(), "in.y", "A's mapping does not apply in B");
    assert!(tokio::time::timeout(Duration::from_millis(300), in_b.next()).await.is_err());
}

/// Every nats-server mapping function, through the server: the expected subjects are
/// the ones nats-server 2.15.1 gives for the same config and publishes.
#[tokio::test]
async fn every_mapping_function_routes_a_publish() {
    let config = r#"
mappings {
  "p.*.*": "out.part.{{partition(10,1)}}.{{wildcard(2)}}"
  "whole.*": "out.whole.{{partition(10)}}"
  "sp.*": "out.sp.{{split(1,-)}}"
  "sfl.*": "out.sfl.{{SplitFromLeft(1,3)}}"
  "sfr.*": "out.sfr.{{splitFromRight(1,3)}}"
  "slr.*": "out.slr.{{sliceFromRight(1,3)}}"
  "sll.*": "out.sll.{{sliceFromLeft(1,3)}}"
  "lr.*.*": "out.lr.{{left(1,1)}}.{{right(2,2)}}"
  "rnd": "out.rnd.{{random(3)}}"
}
"#;
    let server = Server::with_config(config, &[]);
    let client = server.client().await;
    let mut all = client.subscribe("out.>").await.unwrap();
    crate::harness::sync(&client).await;
    let cases = [
        ("p.foo.x", "out.part.3.x"),
        ("whole.bar", "out.whole.1"),
        ("sp.-abc-def--ghi-", "out.sp.abc.def.ghi"),
        ("sfl.12345", "out.sfl.123.45"),
        ("sfr.12345", "out.sfr.12.345"),
        ("slr.1234567890", "out.slr.1.234.567.890"),
        ("sll.1234567890", "out.sll.123.456.789.0"),
        ("lr.abc.1234", "out.lr.a.34"),
    ];
    for (from, _) in cases {
        client.publish(from, Bytes::from(from)).await.unwrap();
    }
    for (from, to) in cases {
        let m = next(&mut all).await;
        assert_eq!((m.payload.as_ref(), m.subject.as_str()), (from.as_bytes(), to));
    }
    let mut buckets = std::collections::BTreeSet::new();
    for _ in 0..300 {
        client.publish("rnd", Bytes::new()).await.unwrap();
        buckets.insert(next(&mut all).await.subject.to_string());
    }
    assert_eq!(buckets.into_iter().collect::<Vec<_>>(), ["out.rnd.0", "out.rnd.1", "out.rnd.2"]);
}

#[test]
fn mappings_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    for (name, config, expect) in [
        (
            "weights",
            "mappings { a: [ {destination: b, weight: 60%}, {destination: c, weight: 50%} ] }\n",
            "Error adding mapping for \"a\" : total weight needs to be <= 100",
        ),
        (
            "index",
            "mappings { \"a.*\": \"b.$2\" }\n",
            "Error adding mapping for \"a.*\" to \"b.$2\" : invalid mapping destination: wildcard index out of range in $2: [2]",
        ),
        ("source", "mappings { \"a..b\": c }\n", "Subject \"a..b\" is not a valid subject"),
        ("weight", "mappings { a: [ {destination: b, weight: \"lots\"} ] }\n", "Invalid weight \"lots\" for mapping destination"),
        ("missing", "mappings { a: [ {destination: b} ] }\n", "Missing weight for mapping destination \"b\""),
        (
            "function",
            "mappings { \"a.*\": \"b.{{nope(1)}}\" }\n",
            "Error adding mapping for \"a.*\" to \"b.{{nope(1)}}\" : invalid mapping destination: unknown function in {{nope(1)}}",
        ),
        (
            "arguments",
            "accounts { A: { mappings: { \"a.*\": \"{{split(1)}}\" } } }\n",
            "invalid mapping destination: not enough arguments passed to the function in {{split(1)}}",
        ),
        (
            "literal source",
            "mappings { \"a\": \"{{left(1,2)}}\" }\n",
            "invalid mapping destination: wildcard index out of range in {{left(1,2)}}",
        ),
    ] {
        crate::harness::assert_config_refused(&dir, name, config, expect);
    }
}

#[tokio::test]
async fn a_stream_transform_may_use_mapping_functions() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = async_nats::jetstream::new(client);
    let stream = js
        .create_stream(async_nats::jetstream::stream::Config {
            name: "ORDERS".into(),
            subjects: vec!["orders.*".into()],
            subject_transform: Some(async_nats::jetstream::stream::SubjectTransform {
                source: "orders.*".into(),
                destination: "orders.{{partition(10,1)}}.{{wildcard(1)}}".into(),
            }),
            ..Default::default()
        })
        .await
        .unwrap();
    js.publish("orders.foo", Bytes::from("o")).await.unwrap().await.unwrap();
    assert_eq!(stream.get_raw_message(1).await.unwrap().subject.as_str(), "orders.3.foo", "stored under the transformed subject");
    let stream = js
        .create_stream(async_nats::jetstream::stream::Config {
            name: "LEFT".into(),
            subjects: vec!["left.*".into()],
            subject_transform: Some(async_nats::jetstream::stream::SubjectTransform {
                source: "left.*".into(),
                destination: "l.{{left(1,1)}}".into(),
            }),
            ..Default::default()
        })
        .await
        .unwrap();
    js.publish("left.\u{e9}t\u{e9}", Bytes::from("x")).await.unwrap().await.unwrap();
    let stored = stream.get_raw_message(1).await.unwrap();
    assert_eq!(stored.subject.as_bytes(), b"l.\xef\xbf\xbd", "half a character, as nats-server cuts it (shown as U+FFFD in a stream)");
}
