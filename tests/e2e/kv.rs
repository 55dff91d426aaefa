//! Key-Value buckets (ADR-8) through the official async-nats client: a bucket is a stream,
//! and everything here rests on stream features (per-subject history, rollups, direct get,
//! ordered consumers, expected-sequence headers, per-message TTL).

use std::time::Duration;

use async_nats::jetstream::{self, kv};
use bytes::Bytes;
use futures::StreamExt;

use crate::harness::Server;

async fn bucket(js: &jetstream::Context, name: &str, history: i64) -> kv::Store {
    js.create_key_value(kv::Config { bucket: name.into(), history, ..Default::default() }).await.unwrap()
}

#[tokio::test]
async fn put_get_create_update_delete_purge_history_keys() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let kv = bucket(&js, "cfg", 5).await;
    assert_eq!(kv.status().await.unwrap().history(), 5);

    let r1 = kv.put("app.color", "red".into()).await.unwrap();
    let r2 = kv.put("app.color", "blue".into()).await.unwrap();
    assert!(r2 > r1);
    assert_eq!(kv.get("app.color").await.unwrap(), Some(Bytes::from("blue")));
    assert_eq!(kv.entry_for_revision("app.color", r1).await.unwrap().map(|e| e.value), Some(Bytes::from("red")));
    assert_eq!(kv.get("missing").await.unwrap(), None);

    // create only when absent; update only from the current revision (compare-and-set)
    assert!(kv.create("app.color", "green".into()).await.is_err());
    let r3 = kv.create("app.size", "L".into()).await.unwrap();
    let err = kv.update("app.size", "XL".into(), r3 + 100).await.unwrap_err();
    assert!(err.to_string().contains("wrong last sequence"), "{err}");
    let r4 = kv.update("app.size", "XL".into(), r3).await.unwrap();
    assert!(r4 > r3);

    kv.delete("app.size").await.unwrap();
    assert_eq!(kv.get("app.size").await.unwrap(), None);
    let entry = kv.entry("app.size").await.unwrap().unwrap();
    assert_eq!(entry.operation, kv::Operation::Delete);
    // create works again on a deleted key
    kv.create("app.size", "S".into()).await.unwrap();

    let history: Vec<kv::Entry> = kv.history("app.color").await.unwrap().map(|e| e.unwrap()).collect().await;
    assert_eq!(history.iter().map(|e| e.value.clone()).collect::<Vec<_>>(), vec![Bytes::from("red"), Bytes::from("blue")]);

    kv.purge("app.color").await.unwrap();
    let history: Vec<kv::Entry> = kv.history("app.color").await.unwrap().map(|e| e.unwrap()).collect().await;
    assert_eq!(history.len(), 1, "a purge leaves only its marker");
    assert_eq!(history[0].operation, kv::Operation::Purge);

    kv.put("other", "x".into()).await.unwrap();
    let mut keys: Vec<String> = kv.keys().await.unwrap().map(|k| k.unwrap()).collect().await;
    keys.sort();
    assert_eq!(keys, vec!["app.size".to_string(), "other".to_string()]);
}

async fn next(w: &mut kv::Watch) -> kv::Entry {
    tokio::time::timeout(Duration::from_secs(3), w.next()).await.expect("a watch update in time").unwrap().unwrap()
}

#[tokio::test]
async fn watch_sees_changes_as_they_happen() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let kv = bucket(&js, "w", 3).await;
    kv.put("a", "1".into()).await.unwrap();
    kv.put("a", "2".into()).await.unwrap();
    // watch_with_history starts with the current values (last per key).
    let mut current = kv.watch_with_history(">").await.unwrap();
    let e = next(&mut current).await;
    assert_eq!((e.key.as_str(), &e.value[..], e.delta), ("a", &b"2"[..], 0));
    // watch_all sees only what changes from now on.
    let mut updates = kv.watch_all().await.unwrap();
    kv.put("b", "3".into()).await.unwrap();
    kv.delete("a").await.unwrap();
    let e = next(&mut updates).await;
    assert_eq!((e.key.as_str(), &e.value[..]), ("b", &b"3"[..]));
    let e = next(&mut updates).await;
    assert_eq!((e.key.as_str(), e.operation), ("a", kv::Operation::Delete));
    let e = next(&mut current).await;
    assert_eq!(e.key.as_str(), "b", "the history watcher keeps watching");
}

#[tokio::test]
async fn bucket_ttl_and_value_size() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let kv = js
        .create_key_value(kv::Config { bucket: "ttl".into(), max_age: Duration::from_millis(300), max_value_size: 8, ..Default::default() })
        .await
        .unwrap();
    kv.put("k", "v".into()).await.unwrap();
    assert!(kv.put("big", Bytes::from(vec![b'x'; 9])).await.is_err(), "values over max_value_size are refused");
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(kv.get("k").await.unwrap(), None, "expired by the bucket TTL");
}

#[tokio::test]
async fn object_store_round_trip_64mib() {
    use async_nats::jetstream::object_store;
    use tokio::io::AsyncReadExt;
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let store = js.create_object_store(object_store::Config { bucket: "files".into(), ..Default::default() }).await.unwrap();
    let data: Vec<u8> = (0..64 * 1024 * 1024u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    let info = store.put("big.bin", &mut data.as_slice()).await.unwrap();
    assert_eq!(info.size, data.len());
    let mut object = store.get("big.bin").await.unwrap();
    let mut back = Vec::with_capacity(data.len());
    object.read_to_end(&mut back).await.unwrap();
    assert!(back == data, "the object came back different");
    let names: Vec<String> = store.list().await.unwrap().map(|o| o.unwrap().name).collect().await;
    assert_eq!(names, vec!["big.bin".to_string()]);
    store.delete("big.bin").await.unwrap();
    assert!(store.get("big.bin").await.is_err());
}

#[tokio::test]
async fn per_message_ttl_and_subject_delete_markers() {
    use async_nats::jetstream::stream;
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let ttl = |v: &str| {
        let mut h = async_nats::HeaderMap::new();
        h.insert("Nats-TTL", v);
        h
    };
    let mut s = js
        .create_stream(stream::Config {
            name: "TTL".into(),
            subjects: vec!["ttl.>".into()],
            allow_message_ttl: true,
            max_age: Duration::from_millis(1500),
            ..Default::default()
        })
        .await
        .unwrap();
    js.publish_with_headers("ttl.short", ttl("1s"), "soon".into()).await.unwrap().await.unwrap();
    js.publish_with_headers("ttl.forever", ttl("never"), "stays".into()).await.unwrap().await.unwrap();
    let err = js.publish_with_headers("ttl.bad", ttl("500ms"), "x".into()).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("invalid per-message TTL"), "{err}");
    tokio::time::sleep(Duration::from_millis(1300)).await;
    assert!(s.get_last_raw_message_by_subject("ttl.short").await.is_err(), "expired by its own TTL before max_age");
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert!(s.get_last_raw_message_by_subject("ttl.forever").await.is_ok(), "`never` outlives max_age");
    assert_eq!(s.info().await.unwrap().state.messages, 1);

    js.create_stream(stream::Config { name: "NOTTL".into(), subjects: vec!["nottl".into()], ..Default::default() }).await.unwrap();
    let err = js.publish_with_headers("nottl", ttl("5s"), "x".into()).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("per-message TTL is disabled"), "{err}");

    // A KV bucket with limit markers: expired keys leave a marker a watcher sees.
    let kv = js
        .create_key_value(kv::Config {
            bucket: "lm".into(),
            max_age: Duration::from_millis(500),
            limit_markers: Some(Duration::from_secs(1)),
            ..Default::default()
        })
        .await
        .unwrap();
    let mut watch = kv.watch_all().await.unwrap();
    kv.put("k", "v".into()).await.unwrap();
    let put = next(&mut watch).await;
    assert_eq!((put.key.as_str(), put.operation), ("k", kv::Operation::Put));
    let marker = next(&mut watch).await;
    assert_eq!((marker.key.as_str(), marker.operation), ("k", kv::Operation::Purge), "max age leaves a purge marker");
    let mut status = js.get_stream("KV_lm").await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while status.info().await.unwrap().state.messages > 0 {
        assert!(std::time::Instant::now() < deadline, "the marker did not expire");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A key created with its own TTL.
    kv.create_with_ttl("short", "x".into(), Duration::from_secs(1)).await.unwrap();
    tokio::time::sleep(Duration::from_millis(1300)).await;
    assert_eq!(kv.get("short").await.unwrap(), None);
}

#[tokio::test]
async fn direct_get_batches_and_multi_last() {
    use async_nats::jetstream::stream;
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config { name: "DG".into(), subjects: vec!["dg.>".into()], allow_direct: true, ..Default::default() })
        .await
        .unwrap();
    for (i, subj) in ["dg.a", "dg.b", "dg.a", "dg.c", "dg.b"].iter().enumerate() {
        js.publish(*subj, Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let batch = |body: &'static str| {
        let client = client.clone();
        async move {
            let inbox = client.new_inbox();
            let mut sub = client.subscribe(inbox.clone()).await.unwrap();
            client.publish_with_reply("$JS.API.DIRECT.GET.DG", inbox, Bytes::from(body)).await.unwrap();
            let mut got = Vec::new();
            loop {
                let m = tokio::time::timeout(Duration::from_secs(3), sub.next()).await.unwrap().unwrap();
                let header = |n: &str| {
                    m.headers
                        .as_ref()
                        .and_then(|h| h.iter().find(|(k, _)| k.to_string() == n).and_then(|(_, v)| v.first().map(|v| v.to_string())))
                };
                if let Some(status) = m.status {
                    got.push(format!("{} {}", status.as_u16(), header("Nats-Num-Pending").unwrap_or_default()));
                    break;
                }
                got.push(format!(
                    "{}={} np={}",
                    header("Nats-Sequence").unwrap(),
                    String::from_utf8_lossy(&m.payload),
                    header("Nats-Num-Pending").unwrap()
                ));
            }
            got
        }
    };
    assert_eq!(batch(r#"{"seq":2,"batch":2}"#).await, vec!["2=1 np=3", "3=2 np=2", "204 2"]);
    assert_eq!(batch(r#"{"seq":1,"batch":10,"next_by_subj":"dg.b"}"#).await, vec!["2=1 np=1", "5=4 np=0", "204 0"]);
    assert_eq!(batch(r#"{"multi_last":["dg.a","dg.b"]}"#).await, vec!["3=2 np=1", "5=4 np=0", "204 0"]);
    assert_eq!(batch(r#"{"multi_last":["dg.>"],"up_to_seq":3}"#).await, vec!["2=1 np=1", "3=2 np=0", "204 0"]);
    assert_eq!(batch(r#"{"seq":9,"batch":2}"#).await, vec!["404 "]);
}

#[tokio::test]
async fn mirrored_and_sourced_buckets() {
    use async_nats::jetstream::stream::Source;
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let origin = bucket(&js, "origin", 3).await;
    origin.put("k1", "v1".into()).await.unwrap();
    origin.put("k2", "v2".into()).await.unwrap();
    let mirror = js
        .create_key_value(kv::Config {
            bucket: "copy".into(),
            mirror: Some(Source { name: "origin".into(), ..Default::default() }),
            ..Default::default()
        })
        .await
        .unwrap();
    let sourced = js
        .create_key_value(kv::Config {
            bucket: "merged".into(),
            sources: Some(vec![Source { name: "origin".into(), ..Default::default() }]),
            ..Default::default()
        })
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    loop {
        let m = mirror.get("k2").await.unwrap();
        let s = sourced.get("k2").await.unwrap();
        if m.is_some() && s.is_some() {
            assert_eq!((m, s), (Some(Bytes::from("v2")), Some(Bytes::from("v2"))));
            break;
        }
        assert!(std::time::Instant::now() < deadline, "mirror {m:?} / sourced {s:?} did not catch up");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    // Keys in a sourced bucket live under its own prefix.
    let mut keys: Vec<String> = sourced.keys().await.unwrap().map(|k| k.unwrap()).collect().await;
    keys.sort();
    assert_eq!(keys, vec!["k1".to_string(), "k2".to_string()]);
}

#[tokio::test]
async fn object_links_watch_and_status() {
    use async_nats::jetstream::object_store;
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let store = js.create_object_store(object_store::Config { bucket: "docs".into(), ..Default::default() }).await.unwrap();
    let mut watch = store.watch().await.unwrap();
    store.put("a.txt", &mut &b"alpha"[..]).await.unwrap();
    let seen = tokio::time::timeout(Duration::from_secs(3), watch.next()).await.unwrap().unwrap().unwrap();
    assert_eq!((seen.name.as_str(), seen.size), ("a.txt", 5));
    let target = store.info("a.txt").await.unwrap();
    store.add_link("alias", &target).await.unwrap();
    let mut linked = store.get("alias").await.unwrap();
    let mut text = String::new();
    tokio::io::AsyncReadExt::read_to_string(&mut linked, &mut text).await.unwrap();
    assert_eq!(text, "alpha", "a link reads its target");
    let other = js.create_object_store(object_store::Config { bucket: "other".into(), ..Default::default() }).await.unwrap();
    other.add_bucket_link("to-docs", "docs").await.unwrap();
    assert!(other.info("to-docs").await.unwrap().options.and_then(|o| o.link).is_some());
    // Bucket status is the backing stream's (async-nats has no status call for objects).
    let mut backing = js.get_stream("OBJ_docs").await.unwrap();
    assert!(!backing.info().await.unwrap().config.sealed);
    let mut store = store;
    store.seal().await.unwrap();
    assert!(backing.info().await.unwrap().config.sealed);
    assert!(store.put("b.txt", &mut &b"beta"[..]).await.is_err(), "a sealed bucket takes no more objects");
}
