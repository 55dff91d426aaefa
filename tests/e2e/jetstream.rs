//! JetStream through the official async-nats client: streams, publishing, consumers.

use std::time::Duration;

use async_nats::jetstream::{self, consumer, stream, AckKind};
use bytes::Bytes;
use futures::StreamExt;

use crate::harness::Server;

fn stream_config(name: &str, subjects: &[&str]) -> stream::Config {
    stream::Config { name: name.into(), subjects: subjects.iter().map(|s| s.to_string()).collect(), ..Default::default() }
}

async fn next_msg(
    messages: &mut (impl futures::Stream<Item = Result<jetstream::Message, impl std::fmt::Debug>> + Unpin),
) -> jetstream::Message {
    tokio::time::timeout(Duration::from_secs(5), messages.next()).await.expect("a message in time").expect("stream open").expect("message")
}

#[tokio::test]
async fn stream_lifecycle_publish_get_purge() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let mut s = js.create_stream(stream_config("ORDERS", &["orders.>"])).await.unwrap();
    assert_eq!(s.info().await.unwrap().config.subjects, vec!["orders.>".to_string()]);

    for i in 1..=3u64 {
        let ack = js.publish(format!("orders.{i}"), Bytes::from(format!("order {i}"))).await.unwrap().await.unwrap();
        assert_eq!((ack.stream.as_str(), ack.sequence, ack.duplicate), ("ORDERS", i, false));
    }
    let info = s.info().await.unwrap().clone();
    assert_eq!((info.state.messages, info.state.first_sequence, info.state.last_sequence, info.state.subjects_count), (3, 1, 3, 3));

    let m = s.get_raw_message(2).await.unwrap();
    assert_eq!((m.subject.as_str(), &m.payload[..]), ("orders.2", &b"order 2"[..]));
    let m = s.get_last_raw_message_by_subject("orders.3").await.unwrap();
    assert_eq!(m.sequence, 3);
    assert!(s.get_raw_message(99).await.is_err());

    assert!(s.delete_message(2).await.unwrap());
    let info = s.get_info().await.unwrap();
    assert_eq!((info.state.messages, info.state.deleted_count), (2, Some(1)));

    let purged = s.purge().await.unwrap();
    assert_eq!(purged.purged, 2);
    let info = s.get_info().await.unwrap();
    assert_eq!((info.state.messages, info.state.first_sequence, info.state.last_sequence), (0, 4, 3));
    let ack = js.publish("orders.9", "after purge".into()).await.unwrap().await.unwrap();
    assert_eq!(ack.sequence, 4, "sequences continue after a purge");

    let names: Vec<String> = js.stream_names().map(|n| n.unwrap()).collect().await;
    assert_eq!(names, vec!["ORDERS".to_string()]);
    assert!(js.delete_stream("ORDERS").await.unwrap().success);
    assert!(js.get_stream("ORDERS").await.is_err());
}

#[tokio::test]
async fn dedup_and_expected_headers() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    js.create_stream(stream_config("D", &["d.>"])).await.unwrap();
    let publish = |id: &str| jetstream::message::PublishMessage::build().payload("x".into()).message_id(id);
    let a = js.send_publish("d.1", publish("one")).await.unwrap().await.unwrap();
    let b = js.send_publish("d.1", publish("one")).await.unwrap().await.unwrap();
    assert_eq!((a.sequence, a.duplicate), (1, false));
    assert_eq!((b.sequence, b.duplicate), (1, true));

    let wrong = js
        .send_publish("d.2", jetstream::message::PublishMessage::build().payload("y".into()).expected_last_sequence(7))
        .await
        .unwrap()
        .await;
    let err = wrong.unwrap_err().to_string();
    assert!(err.contains("10071") || err.contains("wrong last sequence"), "{err}");
    let ok = js
        .send_publish("d.2", jetstream::message::PublishMessage::build().payload("y".into()).expected_last_sequence(1))
        .await
        .unwrap()
        .await
        .unwrap();
    assert_eq!(ok.sequence, 2);
    let wrong = js
        .send_publish("d.2", jetstream::message::PublishMessage::build().payload("z".into()).expected_last_subject_sequence(1))
        .await
        .unwrap()
        .await;
    assert!(wrong.is_err());
    let ok = js
        .send_publish("d.2", jetstream::message::PublishMessage::build().payload("z".into()).expected_last_subject_sequence(2))
        .await
        .unwrap()
        .await
        .unwrap();
    assert_eq!(ok.sequence, 3);
    let wrong = js
        .send_publish("d.3", jetstream::message::PublishMessage::build().payload("z".into()).expected_stream("OTHER"))
        .await
        .unwrap()
        .await;
    assert!(wrong.unwrap_err().to_string().contains("expected stream does not match"));
    let wrong = js
        .send_publish("d.3", jetstream::message::PublishMessage::build().payload("z".into()).expected_last_message_id("nope"))
        .await
        .unwrap()
        .await;
    assert!(wrong.unwrap_err().to_string().contains("wrong last msg ID"));
}

#[tokio::test]
async fn pull_consumer_fetch_ack_nak_redelivery() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let s = js.create_stream(stream_config("P", &["p.*"])).await.unwrap();
    for i in 0..5 {
        js.publish("p.x", Bytes::from(format!("m{i}"))).await.unwrap().await.unwrap();
    }
    let c: consumer::PullConsumer = s
        .create_consumer(consumer::pull::Config { durable_name: Some("W".into()), ack_wait: Duration::from_secs(30), ..Default::default() })
        .await
        .unwrap();
    let mut batch = c.fetch().max_messages(3).messages().await.unwrap();
    let mut got = Vec::new();
    while let Some(m) = tokio::time::timeout(Duration::from_secs(5), batch.next()).await.unwrap() {
        got.push(m.unwrap());
    }
    assert_eq!(got.len(), 3);
    let info = got[0].info().unwrap();
    assert_eq!((info.stream_sequence, info.consumer_sequence, info.delivered, info.pending), (1, 1, 1, 4));
    got[0].ack().await.unwrap();
    got[1].double_ack().await.unwrap();
    got[2].ack_with(AckKind::Nak(None)).await.unwrap();

    let mut messages = c.messages().await.unwrap();
    let again = next_msg(&mut messages).await;
    let info = again.info().unwrap();
    assert_eq!((info.stream_sequence, info.delivered), (3, 2), "the nak'd message comes first, second delivery");
    again.ack().await.unwrap();
    let m4 = next_msg(&mut messages).await;
    assert_eq!(m4.info().unwrap().stream_sequence, 4);
    m4.ack().await.unwrap();
    let m5 = next_msg(&mut messages).await;
    m5.double_ack().await.unwrap();
    drop(messages);

    let mut c = c;
    let ci = c.info().await.unwrap().clone();
    assert_eq!((ci.delivered.stream_sequence, ci.ack_floor.stream_sequence, ci.num_ack_pending, ci.num_pending), (5, 5, 0, 0));
}

#[tokio::test]
async fn push_consumer_and_ordered_consumer() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.create_stream(stream_config("Q", &["q.>"])).await.unwrap();
    for i in 0..20 {
        js.publish(format!("q.{}", i % 4), Bytes::from(format!("v{i}"))).await.unwrap().await.unwrap();
    }
    let push: consumer::PushConsumer = s
        .create_consumer(consumer::push::Config {
            durable_name: Some("PUSH".into()),
            deliver_subject: client.new_inbox(),
            filter_subject: "q.1".into(),
            ack_policy: consumer::AckPolicy::Explicit,
            ..Default::default()
        })
        .await
        .unwrap();
    let mut messages = push.messages().await.unwrap();
    for i in 0..5 {
        let m = next_msg(&mut messages).await;
        assert_eq!(m.subject.as_str(), "q.1");
        assert_eq!(&m.payload[..], format!("v{}", i * 4 + 1).as_bytes());
        m.ack().await.unwrap();
    }
    drop(messages);

    let ordered = s.create_consumer(consumer::pull::OrderedConfig { filter_subject: "q.>".into(), ..Default::default() }).await.unwrap();
    let mut messages = ordered.messages().await.unwrap();
    for i in 0..20 {
        let m = tokio::time::timeout(Duration::from_secs(5), messages.next()).await.unwrap().unwrap().unwrap();
        assert_eq!(&m.payload[..], format!("v{i}").as_bytes());
    }
    let ordered_push = s
        .create_consumer(consumer::push::OrderedConfig {
            deliver_subject: client.new_inbox(),
            filter_subject: "q.2".into(),
            ..Default::default()
        })
        .await
        .unwrap();
    let mut messages = ordered_push.messages().await.unwrap();
    for i in 0..5 {
        let m = tokio::time::timeout(Duration::from_secs(5), messages.next()).await.unwrap().unwrap().unwrap();
        assert_eq!(&m.payload[..], format!("v{}", i * 4 + 2).as_bytes());
    }
}

#[tokio::test]
async fn workqueue_and_interest_retention_remove_acked_messages() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let mut wq = js
        .create_stream(stream::Config { retention: stream::RetentionPolicy::WorkQueue, ..stream_config("WQ", &["jobs.>"]) })
        .await
        .unwrap();
    for i in 0..4 {
        js.publish("jobs.a", Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let c: consumer::PullConsumer =
        wq.create_consumer(consumer::pull::Config { durable_name: Some("workers".into()), ..Default::default() }).await.unwrap();
    let err = wq.create_consumer(consumer::pull::Config { durable_name: Some("second".into()), ..Default::default() }).await.unwrap_err();
    assert!(err.to_string().contains("multiple non-filtered consumers not allowed on workqueue stream"), "{err}");
    let mut batch = c.fetch().max_messages(4).messages().await.unwrap();
    while let Some(m) = tokio::time::timeout(Duration::from_secs(5), batch.next()).await.unwrap() {
        m.unwrap().double_ack().await.unwrap();
    }
    assert_eq!(wq.info().await.unwrap().state.messages, 0);

    let mut interest = js
        .create_stream(stream::Config { retention: stream::RetentionPolicy::Interest, ..stream_config("INT", &["int.>"]) })
        .await
        .unwrap();
    js.publish("int.x", "nobody listens".into()).await.unwrap().await.unwrap();
    assert_eq!(interest.info().await.unwrap().state.messages, 0, "no consumer, no interest");
    let a: consumer::PullConsumer =
        interest.create_consumer(consumer::pull::Config { durable_name: Some("a".into()), ..Default::default() }).await.unwrap();
    let b: consumer::PullConsumer =
        interest.create_consumer(consumer::pull::Config { durable_name: Some("b".into()), ..Default::default() }).await.unwrap();
    js.publish("int.x", "both".into()).await.unwrap().await.unwrap();
    let m = a.fetch().max_messages(1).messages().await.unwrap().next().await.unwrap().unwrap();
    m.double_ack().await.unwrap();
    assert_eq!(interest.info().await.unwrap().state.messages, 1, "b has not acked yet");
    let m = b.fetch().max_messages(1).messages().await.unwrap().next().await.unwrap().unwrap();
    m.double_ack().await.unwrap();
    assert_eq!(interest.info().await.unwrap().state.messages, 0);
}

#[tokio::test]
async fn limits_discard_old_and_new() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let mut old = js
        .create_stream(stream::Config { max_messages: 3, max_messages_per_subject: 2, ..stream_config("OLD", &["old.>"]) })
        .await
        .unwrap();
    for i in 0..5 {
        js.publish(format!("old.{}", i % 2), Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let st = old.info().await.unwrap().state.clone();
    assert_eq!((st.messages, st.first_sequence, st.last_sequence), (3, 3, 5));

    let mut new = js
        .create_stream(stream::Config { max_messages: 2, discard: stream::DiscardPolicy::New, ..stream_config("NEW", &["new.>"]) })
        .await
        .unwrap();
    js.publish("new.a", "1".into()).await.unwrap().await.unwrap();
    js.publish("new.a", "2".into()).await.unwrap().await.unwrap();
    let err = js.publish("new.a", "3".into()).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("maximum messages exceeded"), "{err}");
    assert_eq!(new.info().await.unwrap().state.messages, 2);

    let big = js.create_stream(stream::Config { max_message_size: 10, ..stream_config("SMALL", &["small"]) }).await.unwrap();
    let err = js.publish("small", Bytes::from(vec![b'x'; 11])).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("message size exceeds maximum allowed"), "{err}");
    drop(big);

    let mut aged =
        js.create_stream(stream::Config { max_age: Duration::from_millis(300), ..stream_config("AGE", &["age"]) }).await.unwrap();
    js.publish("age", "soon gone".into()).await.unwrap().await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while aged.info().await.unwrap().state.messages > 0 {
        assert!(std::time::Instant::now() < deadline, "message not expired by max_age");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn memory_streams_and_direct_get() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let s = js
        .create_stream(stream::Config { storage: stream::StorageType::Memory, allow_direct: true, ..stream_config("MEM", &["mem.>"]) })
        .await
        .unwrap();
    let mut headers = async_nats::HeaderMap::new();
    headers.insert("X-Trace", "t1");
    js.publish_with_headers("mem.a", headers, "hello".into()).await.unwrap().await.unwrap();
    js.publish("mem.b", "world".into()).await.unwrap().await.unwrap();
    let m = s.direct_get(1).await.unwrap();
    assert_eq!((m.subject.as_str(), &m.payload[..]), ("mem.a", &b"hello"[..]));
    assert_eq!(m.headers.get("X-Trace").map(|v| v.as_str()), Some("t1"));
    let m = s.direct_get_last_for_subject("mem.b").await.unwrap();
    assert_eq!(m.sequence, 2);
    assert!(s.direct_get(9).await.is_err());
    let account = js.query_account().await.unwrap();
    assert_eq!(account.streams, 1);
    assert!(account.memory > 0);
}
