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
