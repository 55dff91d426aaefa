//! Durability of JetStream file storage, tested by killing the server.
//!
//! - SIGKILL in the middle of acknowledged publishes and acks, many times over: every
//!   acknowledged message and every confirmed consumer ack is there after restart.
//! - A simulated power cut (`NATSX_TEST_VOLATILE_WRITES=1`: writes not yet fsynced live
//!   only in process memory, so SIGKILL drops them as a power cut would): the default
//!   configuration still loses nothing acknowledged, while nats-server's lazy mode
//!   (`sync_interval`) demonstrably does — the control that shows the test can fail.
//! - Damage to store files (a flipped bit, a truncated file) is detected, reported, and
//!   contained to the damaged messages.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_nats::jetstream::{self, consumer, stream};
use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

const STREAM: &str = "DUR";

async fn connect(server: &Server) -> jetstream::Context {
    let client = async_nats::ConnectOptions::new().connection_timeout(Duration::from_secs(2)).connect(server.url()).await.unwrap();
    jetstream::new(client)
}

/// Publishes with up to 64 acks in flight until the connection dies; records what was acked.
async fn publish_until_killed(js: jetstream::Context, acked: Arc<Mutex<BTreeMap<u64, String>>>, start: u64) {
    let mut inflight = futures::stream::FuturesOrdered::new();
    let mut n = start;
    loop {
        while inflight.len() < 64 {
            let payload = format!("message-{n}");
            match js.publish("dur.x", Bytes::from(payload.clone())).await {
                Ok(ack) => inflight.push_back(async move { (ack.await, payload) }),
                Err(_) => return,
            }
            n += 1;
        }
        match inflight.next().await {
            Some((Ok(ack), payload)) => {
                acked.lock().unwrap().insert(ack.sequence, payload);
            }
            _ => return,
        }
    }
}

/// Fetches and AckSyncs messages until killed; records confirmed acks (stream sequences),
/// and any message delivered again after its ack was confirmed.
async fn consume_until_killed(c: consumer::PullConsumer, confirmed: Arc<Mutex<Vec<u64>>>, violations: Arc<Mutex<Vec<u64>>>) {
    loop {
        let Ok(mut batch) = c.fetch().max_messages(20).expires(Duration::from_millis(200)).messages().await else { return };
        while let Some(m) = batch.next().await {
            let Ok(m) = m else { return };
            let Ok(seq) = m.info().map(|i| i.stream_sequence) else { return };
            if confirmed.lock().unwrap().contains(&seq) {
                violations.lock().unwrap().push(seq);
            }
            if m.double_ack().await.is_err() {
                return;
            }
            confirmed.lock().unwrap().push(seq);
        }
    }
}

/// Every message in the stream, read once with an ordered consumer: seq → payload.
async fn stored(js: &jetstream::Context) -> BTreeMap<u64, Bytes> {
    let mut s = js.get_stream(STREAM).await.unwrap();
    let count = s.info().await.unwrap().state.messages;
    let mut out = BTreeMap::new();
    if count == 0 {
        return out;
    }
    let c = s.create_consumer(consumer::pull::OrderedConfig::default()).await.unwrap();
    let mut messages = c.messages().await.unwrap();
    while (out.len() as u64) < count {
        let m = tokio::time::timeout(Duration::from_secs(10), messages.next()).await.expect("stream read in time").unwrap().unwrap();
        out.insert(m.info().unwrap().stream_sequence, m.payload.clone());
    }
    out
}

/// The acknowledged messages that are not stored (or stored differently).
fn missing_from(acked: &BTreeMap<u64, String>, stored: &BTreeMap<u64, Bytes>) -> Vec<u64> {
    acked.iter().filter(|(seq, payload)| stored.get(seq).is_none_or(|p| p != payload.as_bytes())).map(|(seq, _)| *seq).collect()
}

/// Runs rounds of publish/consume, SIGKILLs mid-flight, restarts, and checks that every
/// acknowledged message and every confirmed ack survived. Returns the acked messages that
/// were missing (empty when durable).
async fn kill_rounds(dir: &Path, args: &[&str], env: &[(&str, &str)], rounds: usize) -> Vec<u64> {
    let acked: Arc<Mutex<BTreeMap<u64, String>>> = Arc::new(Mutex::new(BTreeMap::new()));
    let confirmed: Arc<Mutex<Vec<u64>>> = Arc::new(Mutex::new(Vec::new()));
    let violations: Arc<Mutex<Vec<u64>>> = Arc::new(Mutex::new(Vec::new()));
    for round in 0..rounds {
        let mut server = Server::jetstream_in(dir, args, env);
        let js = connect(&server).await;
        let s = js
            .get_or_create_stream(stream::Config { name: STREAM.into(), subjects: vec!["dur.>".into()], ..Default::default() })
            .await
            .unwrap();
        // Everything acknowledged before the last kill must be there.
        let expected = acked.lock().unwrap().clone();
        let missing = missing_from(&expected, &stored(&js).await);
        if !missing.is_empty() {
            return missing;
        }
        // A short ack wait, so deliveries cut short by a kill come back within the test.
        let reader =
            consumer::pull::Config { durable_name: Some("reader".into()), ack_wait: Duration::from_millis(500), ..Default::default() };
        let c: consumer::PullConsumer = s.get_or_create_consumer("reader", reader).await.unwrap();
        // Confirmed acks are durable: the consumer's position is past every confirmed ack
        // (and `consume_until_killed` checks none is delivered again).
        let done = confirmed.lock().unwrap().clone();
        if let Some(&last) = done.iter().max() {
            let info = js.get_consumer_from_stream::<consumer::pull::Config, _, _>("reader", STREAM).await.unwrap().cached_info().clone();
            assert!(
                info.delivered.stream_sequence >= last,
                "round {round}: delivered {} below confirmed ack {last}",
                info.delivered.stream_sequence
            );
        }
        let start = expected.keys().max().copied().unwrap_or(0) + 1_000_000 * (round as u64 + 1);
        let publisher = tokio::spawn(publish_until_killed(js.clone(), acked.clone(), start));
        let reader = tokio::spawn(consume_until_killed(c, confirmed.clone(), violations.clone()));
        tokio::time::sleep(Duration::from_millis(300 + 97 * round as u64 % 400)).await;
        server.kill9();
        let _ = tokio::time::timeout(Duration::from_secs(5), publisher).await;
        let _ = tokio::time::timeout(Duration::from_secs(5), reader).await;
    }
    let final_server = Server::jetstream_in(dir, args, env);
    let js = connect(&final_server).await;
    let expected = acked.lock().unwrap().clone();
    assert!(expected.len() > 100, "the test must have acknowledged publishes to check (got {})", expected.len());
    assert!(confirmed.lock().unwrap().len() > 20, "the test must have confirmed acks to check");
    let violations = violations.lock().unwrap().clone();
    assert!(violations.is_empty(), "messages delivered again after their ack was confirmed: {violations:?}");
    missing_from(&expected, &stored(&js).await)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_and_acks_survive_sigkill() {
    let dir = TempDir::new();
    let missing = kill_rounds(dir.path(), &[], &[], 6).await;
    assert!(missing.is_empty(), "acknowledged messages lost after SIGKILL: {missing:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_messages_survive_a_power_cut() {
    let dir = TempDir::new();
    let missing = kill_rounds(dir.path(), &[], &[("NATSX_TEST_VOLATILE_WRITES", "1")], 4).await;
    assert!(missing.is_empty(), "acknowledged messages lost in a simulated power cut: {missing:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lazy_sync_loses_acknowledged_messages_in_a_power_cut() {
    // The control: nats-server's default (fsync every 2 minutes) acknowledges before the
    // disk has it, so the same test must find losses. If it did not, the power-cut
    // simulation would be proving nothing.
    let dir = TempDir::new();
    let conf = dir.path().join("lazy.conf");
    std::fs::write(&conf, "jetstream { sync_interval: \"2m\" }\n").unwrap();
    let store = dir.path().join("store");
    let missing = kill_rounds(&store, &["-c", conf.to_str().unwrap()], &[("NATSX_TEST_VOLATILE_WRITES", "1")], 1).await;
    assert!(!missing.is_empty(), "lazy sync lost nothing in a simulated power cut: the simulation is not working");
}

fn segment_files(store: &Path) -> Vec<PathBuf> {
    let dir = store.join("jetstream").join("$G").join("streams").join("BITS").join("msgs");
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "seg")).collect();
    files.sort();
    files
}

async fn stream_info_json(client: &async_nats::Client, name: &str) -> serde_json::Value {
    let reply = client.request(format!("$JS.API.STREAM.INFO.{name}"), Bytes::new()).await.unwrap();
    serde_json::from_slice(&reply.payload).unwrap()
}

#[tokio::test]
async fn damaged_store_files_are_detected_and_contained() {
    let dir = TempDir::new();
    let payload = |i: usize| format!("payload-{i:04}");
    {
        let mut server = Server::jetstream_in(dir.path(), &[], &[]);
        let js = connect(&server).await;
        js.create_stream(stream::Config { name: "BITS".into(), subjects: vec!["bits".into()], ..Default::default() }).await.unwrap();
        for i in 1..=10 {
            js.publish("bits", Bytes::from(payload(i))).await.unwrap().await.unwrap();
        }
        server.kill9();
    }
    // Flip one bit inside message 5's payload, and cut the last record short (the file
    // ends in space preallocated for appends: zeros after the records).
    let seg = &segment_files(dir.path())[0];
    let mut bytes = std::fs::read(seg).unwrap();
    bytes.truncate(bytes.iter().rposition(|&b| b != 0).unwrap() + 1);
    let at = bytes.windows(12).position(|w| w == payload(5).as_bytes()).unwrap();
    bytes[at + 3] ^= 0x04;
    bytes.truncate(bytes.len() - 5);
    std::fs::write(seg, &bytes).unwrap();

    let server = Server::jetstream_in(dir.path(), &[], &[]);
    assert!(server.wait_log("damaged record", Duration::from_secs(2)), "damage not reported in the log:\n{}", server.log());
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.get_stream("BITS").await.unwrap();
    for i in [1u64, 4, 6, 9] {
        assert_eq!(&s.get_raw_message(i).await.unwrap().payload[..], payload(i as usize).as_bytes());
    }
    assert!(s.get_raw_message(5).await.is_err(), "a damaged message must never be served");
    assert!(s.get_raw_message(10).await.is_err(), "the cut record is gone");
    // Message 10 was acknowledged (its sync wrote a commit claim), so cutting it off is
    // a loss, not a torn write: it is listed, and its sequence is never used again.
    let info = stream_info_json(&client, "BITS").await;
    assert_eq!(info["state"]["messages"], 8);
    assert_eq!(info["state"]["last_seq"], 10);
    assert_eq!(info["state"]["lost"]["msgs"], serde_json::json!([5, 10]));
    assert!(info["state"]["lost"]["bytes"].as_u64().unwrap() > 0);
    // The stream goes on: new messages after the damage.
    let ack = js.publish("bits", "after".into()).await.unwrap().await.unwrap();
    assert_eq!(ack.sequence, 11);

    // Damage while running is caught on read.
    let mut bytes = std::fs::read(seg).unwrap();
    let at = bytes.windows(12).position(|w| w == payload(7).as_bytes()).unwrap();
    bytes[at] ^= 0x01;
    std::fs::write(seg, &bytes).unwrap();
    assert!(s.get_raw_message(7).await.is_err());
    assert!(server.wait_log("message 7 failed its checksum", Duration::from_secs(2)), "{}", server.log());
    let info = stream_info_json(&client, "BITS").await;
    assert_eq!(info["state"]["lost"]["msgs"], serde_json::json!([5, 7, 10]));
    assert_eq!(&s.get_raw_message(8).await.unwrap().payload[..], payload(8).as_bytes());
}

#[tokio::test]
async fn streams_and_consumers_survive_a_clean_restart() {
    let dir = TempDir::new();
    {
        let mut server = Server::jetstream_in(dir.path(), &[], &[]);
        let js = connect(&server).await;
        let s = js
            .create_stream(stream::Config {
                name: "KEEP".into(),
                subjects: vec!["keep.*".into()],
                max_messages_per_subject: 3,
                ..Default::default()
            })
            .await
            .unwrap();
        for i in 0..10 {
            js.publish(format!("keep.{}", i % 2), Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
        }
        let c: consumer::PullConsumer =
            s.create_consumer(consumer::pull::Config { durable_name: Some("C".into()), ..Default::default() }).await.unwrap();
        let mut batch = c.fetch().max_messages(2).messages().await.unwrap();
        while let Some(m) = batch.next().await {
            m.unwrap().double_ack().await.unwrap();
        }
        server.signal("TERM");
        assert_eq!(server.wait_exit(Duration::from_secs(10)), Some(0));
    }
    let server = Server::jetstream_in(dir.path(), &[], &[]);
    let js = connect(&server).await;
    let mut s = js.get_stream("KEEP").await.unwrap();
    let info = s.info().await.unwrap();
    assert_eq!((info.state.messages, info.state.first_sequence, info.state.last_sequence), (6, 5, 10));
    assert_eq!(info.config.max_messages_per_subject, 3);
    let mut c: consumer::PullConsumer = s.get_consumer("C").await.unwrap();
    let ci = c.info().await.unwrap();
    assert_eq!((ci.ack_floor.stream_sequence, ci.num_pending), (6, 4));
    let m = c.fetch().max_messages(1).messages().await.unwrap().next().await.unwrap().unwrap();
    assert_eq!(m.info().unwrap().stream_sequence, 7);
}

/// Changes one digit of a JSON file in place, so it stays valid JSON with a different
/// value: the damage a checksum must catch.
fn change_digit(path: &Path, after: &str) {
    let mut bytes = std::fs::read(path).unwrap();
    let at = bytes.windows(after.len()).position(|w| w == after.as_bytes()).unwrap() + after.len();
    assert!(bytes[at].is_ascii_digit(), "{}", String::from_utf8_lossy(&bytes));
    bytes[at] = if bytes[at] == b'9' { b'8' } else { bytes[at] + 1 };
    std::fs::write(path, bytes).unwrap();
}

#[tokio::test]
async fn damaged_metadata_is_never_loaded_as_a_changed_config() {
    let dir = TempDir::new();
    let streams = dir.path().join("jetstream").join("$G").join("streams");
    {
        let mut server = Server::jetstream_in(dir.path(), &[], &[]);
        let js = connect(&server).await;
        let config = stream::Config { name: "META".into(), subjects: vec!["meta.>".into()], max_messages: 500, ..Default::default() };
        let s = js.create_stream(config).await.unwrap();
        s.create_consumer(consumer::pull::Config { durable_name: Some("C".into()), max_deliver: 7, ..Default::default() }).await.unwrap();
        let other = stream::Config { name: "OTHER".into(), subjects: vec!["other".into()], ..Default::default() };
        js.create_stream(other)
            .await
            .unwrap()
            .create_consumer(consumer::pull::Config { durable_name: Some("D".into()), max_deliver: 4, ..Default::default() })
            .await
            .unwrap();
        js.publish("meta.a", "kept".into()).await.unwrap().await.unwrap();
        server.kill9();
    }
    let meta = streams.join("META").join("meta.json");
    let good = std::fs::read(&meta).unwrap();
    let sealed: serde_json::Value = serde_json::from_slice(&good).unwrap();
    assert_eq!(sealed["meta"]["config"]["max_msgs"], 500, "readable as JSON, under meta");
    assert!(sealed["checksum"].as_str().unwrap().starts_with("crc32:"));
    change_digit(&meta, "\"max_msgs\":");
    let consumer_meta = streams.join("OTHER").join("obs").join("D").join("meta.json");
    change_digit(&consumer_meta, "\"max_deliver\":");
    {
        let server = Server::jetstream_in(dir.path(), &[], &[]);
        assert!(server.wait_log("meta.json is damaged (its checksum does not match): the stream is not loaded", Duration::from_secs(2)));
        assert!(server.wait_log("Restore meta.json from a backup", Duration::from_secs(1)));
        assert!(server.wait_log("meta.json is damaged (its checksum does not match): the consumer is not loaded", Duration::from_secs(1)));
        let client = server.client().await;
        let info = stream_info_json(&client, "META").await;
        assert_eq!(info["error"]["err_code"], 10059, "{info}");
        // Creating it again must not wipe what is on disk.
        let js = jetstream::new(client.clone());
        let again = stream::Config { name: "META".into(), subjects: vec!["meta.>".into()], ..Default::default() };
        assert!(js.create_stream(again).await.is_err());
        assert!(streams.join("META").join("msgs").exists());
        // The other stream loads; its damaged consumer does not, and is not replaced.
        let other = js.get_stream("OTHER").await.unwrap();
        assert!(other.consumer_info("D").await.is_err());
        let replace = other.create_consumer(consumer::pull::Config { durable_name: Some("D".into()), ..Default::default() }).await;
        assert!(replace.is_err());
    }
    // Restored from a backup, both load as they were.
    std::fs::write(&meta, &good).unwrap();
    change_digit(&consumer_meta, "\"max_deliver\":");
    change_digit(&consumer_meta, "\"max_deliver\":");
    let mut bytes = std::fs::read(&consumer_meta).unwrap();
    let at = bytes.windows(14).position(|w| w == b"\"max_deliver\":").unwrap() + 14;
    bytes[at] = b'4';
    std::fs::write(&consumer_meta, bytes).unwrap();
    let server = Server::jetstream_in(dir.path(), &[], &[]);
    let js = connect(&server).await;
    let mut s = js.get_stream("META").await.unwrap();
    assert_eq!(s.info().await.unwrap().config.max_messages, 500);
    assert_eq!(s.info().await.unwrap().state.messages, 1);
    let mut d = js.get_stream("OTHER").await.unwrap().get_consumer::<consumer::pull::Config>("D").await.unwrap();
    assert_eq!(d.info().await.unwrap().config.max_deliver, 4);
}

#[tokio::test]
async fn metadata_without_a_checksum_is_loaded_and_sealed() {
    let dir = TempDir::new();
    {
        let mut server = Server::jetstream_in(dir.path(), &[], &[]);
        let js = connect(&server).await;
        js.create_stream(stream::Config { name: "OLD".into(), subjects: vec!["old".into()], ..Default::default() }).await.unwrap();
        server.kill9();
    }
    // As natsx 0.1 wrote it: the bare JSON.
    let meta = dir.path().join("jetstream").join("$G").join("streams").join("OLD").join("meta.json");
    let sealed: serde_json::Value = serde_json::from_slice(&std::fs::read(&meta).unwrap()).unwrap();
    std::fs::write(&meta, serde_json::to_vec(&sealed["meta"]).unwrap()).unwrap();
    let server = Server::jetstream_in(dir.path(), &[], &[]);
    assert!(server.wait_log("added a checksum to", Duration::from_secs(2)), "{}", server.log());
    let js = connect(&server).await;
    js.get_stream("OLD").await.unwrap();
    let resealed: serde_json::Value = serde_json::from_slice(&std::fs::read(&meta).unwrap()).unwrap();
    assert_eq!(resealed["meta"], sealed["meta"]);
    assert!(resealed["checksum"].as_str().unwrap().starts_with("crc32:"));
}

#[tokio::test]
async fn damaged_consumer_state_costs_a_redelivery_never_a_skip() {
    let dir = TempDir::new();
    let config = consumer::pull::Config { durable_name: Some("C".into()), ack_wait: Duration::from_secs(30), ..Default::default() };
    {
        let mut server = Server::jetstream_in(dir.path(), &[], &[]);
        let js = connect(&server).await;
        let s = js.create_stream(stream::Config { name: "CS".into(), subjects: vec!["cs".into()], ..Default::default() }).await.unwrap();
        for i in 1..=10 {
            js.publish("cs", format!("m{i}").into()).await.unwrap().await.unwrap();
        }
        let c = s.create_consumer(config.clone()).await.unwrap();
        let mut batch = c.fetch().max_messages(7).messages().await.unwrap();
        while let Some(m) = batch.next().await {
            let m = m.unwrap();
            // Message 4 stays unacknowledged; the others are acked and confirmed.
            if m.info().unwrap().stream_sequence != 4 {
                m.double_ack().await.unwrap();
            }
        }
        server.kill9();
    }
    // Damage the record of message 4's delivery.
    let log = dir.path().join("jetstream").join("$G").join("streams").join("CS").join("obs").join("C").join("state.log");
    let mut bytes = std::fs::read(&log).unwrap();
    let at = (0..bytes.len() - 17)
        .find(|&p| bytes[p..p + 4] == 49u32.to_le_bytes() && bytes[p + 8] == b'D' && bytes[p + 9..p + 17] == 4u64.to_le_bytes())
        .expect("the delivery record of message 4");
    bytes[at + 20] ^= 0x08;
    std::fs::write(&log, bytes).unwrap();

    let server = Server::jetstream_in(dir.path(), &[], &[]);
    assert!(server.wait_log("delivering again 1 message(s) from stream sequence 4", Duration::from_secs(2)), "{}", server.log());
    let js = connect(&server).await;
    let c: consumer::PullConsumer = js.get_stream("CS").await.unwrap().get_consumer("C").await.unwrap();
    let mut seen = Vec::new();
    let mut batch = c.fetch().max_messages(10).expires(Duration::from_millis(500)).messages().await.unwrap();
    while let Some(m) = batch.next().await {
        let m = m.unwrap();
        seen.push(m.info().unwrap().stream_sequence);
        m.ack().await.unwrap();
    }
    assert_eq!(seen, vec![4, 8, 9, 10], "the unacknowledged message again, the acknowledged ones not, nothing skipped");
}
