//! A failing disk never makes JetStream lie.
//!
//! The server runs with `NATSX_TEST_FAULTS=<file>`: its file I/O reads that file before
//! every write and sync and fails as it says — `enospc` (half of each write lands, then
//! ENOSPC), `eio-sync` (fsync fails), or `quota BYTES DIR` (a disk of that size holding
//! DIR, which fills up and gets space back when files shrink or go). The tests then check
//! what a publisher is told and what a restart finds:
//! - a publish whose write or sync failed gets nats-server's store error (10077), never an
//!   ack; its sequence is not consumed; nothing of it reaches the disk later;
//! - every acknowledged message is there after `kill -9`, also when killed while full;
//! - publishing resumes without a restart once space is back (more disk, or a purge);
//! - lazy mode (`sync_interval`), which writes a whole read batch at once, acknowledges
//!   only what that write handed to the operating system.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use async_nats::jetstream::{self, stream};
use bytes::Bytes;

use crate::harness::{Server, TempDir};

struct Disk {
    dir: TempDir,
}

impl Disk {
    fn new() -> Disk {
        let disk = Disk { dir: TempDir::new() };
        disk.set("");
        disk
    }

    fn store(&self) -> PathBuf {
        self.dir.path().join("store")
    }

    fn control(&self) -> PathBuf {
        self.dir.path().join("faults")
    }

    fn set(&self, fault: &str) {
        std::fs::write(self.control(), fault).unwrap();
    }

    fn start(&self) -> Server {
        self.start_with(&[])
    }

    fn start_with(&self, args: &[&str]) -> Server {
        let control = self.control();
        Server::jetstream_in(&self.store(), args, &[("NATSX_TEST_FAULTS", control.to_str().unwrap())])
    }

    fn usage(&self) -> u64 {
        fn walk(dir: &Path) -> u64 {
            std::fs::read_dir(dir)
                .map(|entries| {
                    entries.flatten().map(|e| if e.path().is_dir() { walk(&e.path()) } else { e.metadata().map_or(0, |m| m.len()) }).sum()
                })
                .unwrap_or(0)
        }
        walk(&self.store())
    }
}

/// What the server answered a publish: `Ok(seq)` or `Err((code, description))`.
async fn publish(client: &async_nats::Client, subject: &str, payload: String) -> Result<u64, (u64, String)> {
    let reply = client.request(subject.to_string(), Bytes::from(payload)).await.expect("a reply to every publish");
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    match v["error"].as_object() {
        Some(e) => Err((e["err_code"].as_u64().unwrap(), e["description"].as_str().unwrap().to_string())),
        None => Ok(v["seq"].as_u64().unwrap()),
    }
}

/// Publishes until one is acknowledged (the server retries the disk after a short pause).
async fn publish_when_possible(client: &async_nats::Client, subject: &str, payload: String) -> u64 {
    for _ in 0..100 {
        if let Ok(seq) = publish(client, subject, payload.clone()).await {
            return seq;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("publishing did not resume");
}

async fn state(client: &async_nats::Client, stream: &str) -> serde_json::Value {
    let reply = client.request(format!("$JS.API.STREAM.INFO.{stream}"), Bytes::new()).await.unwrap();
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    v["state"].clone()
}

/// Every message of the stream, by sequence.
async fn contents(client: &async_nats::Client, stream: &str) -> BTreeMap<u64, String> {
    let js = jetstream::new(client.clone());
    let s = js.get_stream(stream).await.unwrap();
    let st = state(client, stream).await;
    let (first, last) = (st["first_seq"].as_u64().unwrap(), st["last_seq"].as_u64().unwrap());
    let mut out = BTreeMap::new();
    for seq in first..=last {
        if let Ok(m) = s.get_raw_message(seq).await {
            out.insert(seq, String::from_utf8(m.payload.to_vec()).unwrap());
        }
    }
    out
}

async fn create(client: &async_nats::Client, name: &str, subjects: &str) {
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config { name: name.into(), subjects: vec![subjects.into()], ..Default::default() }).await.unwrap();
}

#[tokio::test]
async fn a_failed_write_is_an_error_and_leaves_no_trace() {
    let disk = Disk::new();
    let mut acked = BTreeMap::new();
    {
        let mut server = disk.start();
        let client = server.client().await;
        create(&client, "FULL", "full.>").await;
        for i in 1..=10 {
            let seq = publish(&client, "full.a", format!("kept-{i}")).await.unwrap();
            acked.insert(seq, format!("kept-{i}"));
        }
        disk.set("enospc");
        for i in 1..=5 {
            let err = publish(&client, "full.a", format!("rejected-{i}")).await.unwrap_err();
            assert_eq!(err, (10077, "no space left on device".to_string()));
        }
        let st = state(&client, "FULL").await;
        assert_eq!((st["messages"].as_u64(), st["last_seq"].as_u64()), (Some(10), Some(10)), "rejected publishes consumed nothing");
        assert!(server.wait_log("no space left on device: rolled back to sequence 10", Duration::from_secs(2)), "{}", server.log());

        disk.set("");
        let seq = publish_when_possible(&client, "full.a", "after-1".into()).await;
        assert_eq!(seq, 11, "the first sequence after the failure is the next unused one");
        acked.insert(seq, "after-1".into());
        // Past the failure, a message an interest stream drops at once (no consumer) is
        // still acknowledged: only a rollback during the publish makes it an error.
        let js = jetstream::new(client.clone());
        let interest = stream::Config {
            name: "INTEREST".into(),
            subjects: vec!["interest".into()],
            retention: stream::RetentionPolicy::Interest,
            ..Default::default()
        };
        js.create_stream(interest).await.unwrap();
        disk.set("enospc");
        assert!(publish(&client, "interest", "refused".into()).await.is_err());
        disk.set("");
        publish_when_possible(&client, "interest", "first".into()).await;
        assert_eq!(publish(&client, "interest", "second".into()).await, Ok(2));
        server.kill9();
    }
    let server = disk.start();
    let client = server.client().await;
    assert_eq!(contents(&client, "FULL").await, acked, "exactly the acknowledged messages, none of the rejected");
    assert_eq!(state(&client, "FULL").await["lost"], serde_json::Value::Null);
}

#[tokio::test]
async fn a_full_disk_keeps_every_ack_through_kill_and_a_purge_frees_it() {
    let disk = Disk::new();
    let mut acked = BTreeMap::new();
    let payload = |i: u64| format!("{i:06}-{}", "x".repeat(1000));
    {
        let mut server = disk.start();
        let client = server.client().await;
        create(&client, "QUOTA", "quota.>").await;
        disk.set(&format!("quota {} {}", disk.usage() + 48 * 1024, disk.store().display()));
        let mut refused = 0;
        for i in 1..=200 {
            match publish(&client, "quota.a", payload(i)).await {
                Ok(seq) => {
                    assert_eq!(refused, 0, "an ack after the disk filled up");
                    acked.insert(seq, payload(i));
                }
                Err((code, _)) => {
                    assert_eq!(code, 10077);
                    refused += 1;
                }
            }
        }
        assert!(refused > 100 && acked.len() > 20, "acked {} refused {refused}", acked.len());
        server.kill9();
    }
    // Restarted on the same full disk: every ack is there, nothing else.
    let server = disk.start();
    let client = server.client().await;
    assert_eq!(contents(&client, "QUOTA").await, acked);
    assert!(publish(&client, "quota.a", payload(0)).await.is_err(), "still full");
    // A purge frees the space, on a full disk, and publishing resumes at the next sequence.
    let reply = client.request("$JS.API.STREAM.PURGE.QUOTA", Bytes::new()).await.unwrap();
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(v["success"], true, "{v}");
    let last = *acked.keys().last().unwrap();
    let seq = publish_when_possible(&client, "quota.a", "after purge".into()).await;
    assert_eq!(seq, last + 1);
}

#[tokio::test]
async fn a_failed_fsync_is_lost_data_never_an_ack() {
    let disk = Disk::new();
    let mut acked = BTreeMap::new();
    // Writes live in process memory until synced, so what a failed sync did not make
    // durable is really gone at the kill (a power cut).
    let control = disk.control();
    let env = [("NATSX_TEST_FAULTS", control.to_str().unwrap()), ("NATSX_TEST_VOLATILE_WRITES", "1")];
    {
        let mut server = Server::jetstream_in(&disk.store(), &[], &env);
        let client = server.client().await;
        create(&client, "SYNC", "sync.>").await;
        for i in 1..=5 {
            acked.insert(publish(&client, "sync.a", format!("kept-{i}")).await.unwrap(), format!("kept-{i}"));
        }
        disk.set("eio-sync");
        let err = publish(&client, "sync.a", "rejected".into()).await.unwrap_err();
        assert_eq!(err, (10077, "input/output error".to_string()));
        assert_eq!(state(&client, "SYNC").await["last_seq"], 5);
        disk.set("");
        let seq = publish_when_possible(&client, "sync.a", "after".into()).await;
        assert_eq!(seq, 6);
        acked.insert(seq, "after".into());
        server.kill9();
    }
    let server = Server::jetstream_in(&disk.store(), &[], &env);
    let client = server.client().await;
    assert_eq!(contents(&client, "SYNC").await, acked);
}

/// Publishes `payloads` all at once (nothing waits for a reply before the next goes out,
/// so the server reads them in batches) and returns each one's answer, in order.
async fn burst(client: &async_nats::Client, subject: &str, payloads: &[String]) -> Vec<Result<u64, (u64, String)>> {
    futures::future::join_all(payloads.iter().map(|p| publish(client, subject, p.clone()))).await
}

#[tokio::test]
async fn lazy_mode_acknowledges_only_what_the_system_took() {
    let disk = Disk::new();
    let conf = disk.dir.path().join("lazy.conf");
    std::fs::write(&conf, "jetstream { sync_interval: \"2m\" }\n").unwrap();
    let conf = conf.to_str().unwrap().to_string();
    let mut acked = BTreeMap::new();
    {
        let mut server = disk.start_with(&["-c", &conf]);
        let client = server.client().await;
        create(&client, "LAZY", "lazy.>").await;
        let first: Vec<String> = (1..=100).map(|i| format!("kept-{i}")).collect();
        for (answer, payload) in burst(&client, "lazy.a", &first).await.into_iter().zip(first) {
            acked.insert(answer.expect("acknowledged"), payload);
        }
        assert_eq!(acked.keys().copied().collect::<Vec<_>>(), (1..=100).collect::<Vec<_>>());
        disk.set("enospc");
        let refused: Vec<String> = (1..=50).map(|i| format!("rejected-{i}")).collect();
        for answer in burst(&client, "lazy.a", &refused).await {
            assert_eq!(answer, Err((10077, "no space left on device".to_string())), "a publish the disk refused was acknowledged");
        }
        assert_eq!(state(&client, "LAZY").await["last_seq"], 100, "rejected publishes consumed nothing");
        disk.set("");
        let seq = publish_when_possible(&client, "lazy.a", "after".into()).await;
        assert_eq!(seq, 101);
        acked.insert(seq, "after".into());
        server.kill9();
    }
    // Lazy mode promises what the operating system has, which a killed process keeps.
    let server = disk.start_with(&["-c", &conf]);
    let client = server.client().await;
    assert_eq!(contents(&client, "LAZY").await, acked, "exactly the acknowledged messages, none of the rejected");
}

/// API operations that sync the store (purge, message delete, stream update) answer while
/// publishers keep the group commit busy. On a slow disk (every fsync 20 ms) publishes
/// pile up during each sync, so the commit always has a next round: one that ran until a
/// round came back empty held these operations off until the publishers stopped.
#[tokio::test]
async fn store_changes_answer_while_publishers_keep_the_commit_busy() {
    let disk = Disk::new();
    let server = disk.start();
    let client = server.client().await;
    create(&client, "BUSY", "busy.>").await;
    disk.set("slow-sync 20");
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let mut publishers = Vec::new();
    for p in 0..4 {
        let (js, stop) = (jetstream::new(server.client().await), stop.clone());
        publishers.push(tokio::spawn(async move {
            let mut acks = std::collections::VecDeque::new();
            let mut acked = 0u64;
            while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                acks.push_back(js.publish(format!("busy.{p}"), Bytes::from_static(b"x")).await.unwrap());
                if acks.len() >= 32 {
                    acks.pop_front().unwrap().await.unwrap();
                    acked += 1;
                }
            }
            for ack in acks {
                ack.await.unwrap();
                acked += 1;
            }
            acked
        }));
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let js = jetstream::new(client.clone());
    let s = js.get_stream("BUSY").await.unwrap();
    for round in 0..3 {
        // Each waits for a commit of its own change; only a starved commit takes this long.
        let ops = async {
            s.purge().filter("busy.0").await.unwrap();
            let last = s.get_last_raw_message_by_subject("busy.1").await.unwrap().sequence;
            assert!(s.delete_message(last).await.unwrap());
            let config = stream::Config {
                name: "BUSY".into(),
                subjects: vec!["busy.>".into()],
                max_messages: 1_000_000 + round,
                ..Default::default()
            };
            js.update_stream(config).await.unwrap();
        };
        tokio::time::timeout(Duration::from_secs(8), ops).await.expect("a store change waited for the publishers to stop");
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    disk.set("");
    let mut total = 0;
    for p in publishers {
        total += p.await.unwrap();
    }
    assert!(total > 0);
}
