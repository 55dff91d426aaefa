//! `natsx bench js pub|consume`: JetStream throughput, like `nats bench js`.
//!
//! - `pub` publishes to a stream and waits for every acknowledgement: `--window 1` is a
//!   synchronous publisher (each publish waits for its ack), a larger window keeps that
//!   many acks outstanding per client (asynchronous publishing);
//! - `consume` reads a stream through a durable pull consumer (`fetch` batches) or a
//!   push consumer, acknowledging every message.
//!
//! Both run on the official async-nats client. `pub` publishes as nats-server's Go
//! client's `PublishAsync` does — one inbox subscription takes every ack, each publish
//! carries its own reply subject under it — and checks and counts the acks rather than
//! keeping a future (with a timer) per message: async-nats's `jetstream::Context::publish`
//! cost the client more than the server, so the figures measured the client.

use std::time::Instant;

use anyhow::{anyhow, Result};
use async_nats::jetstream::{self, consumer, stream};
use bytes::Bytes;
use clap::{Args, Subcommand};
use futures::StreamExt;

use super::report::{ClientRun, Report, RoleRun};
use super::run::{bench_client, share, Progress};
use crate::connect::ConnectArgs;

#[derive(Subcommand, Debug)]
pub enum JsKind {
    /// Publish to a stream and wait for the acknowledgements
    Pub(JsPubArgs),
    /// Consume a stream through a pull or push consumer, acknowledging each message
    Consume(JsConsumeArgs),
}

#[derive(Subcommand, Debug)]
pub enum KvKind {
    /// Put values (each put waits for its revision)
    Put(KvArgs),
    /// Get values written by `bench kv put`
    Get(KvArgs),
}

#[derive(Args, Debug, Clone)]
pub struct KvArgs {
    /// Bucket name
    #[arg(long, default_value = "benchkv")]
    pub bucket: String,
    /// Number of operations, split across the clients
    #[arg(long, default_value_t = 20_000)]
    pub msgs: u64,
    /// Value size (bytes, or with a unit: 1KB)
    #[arg(long, default_value = "128", value_parser = super::parse_byte_size)]
    pub size: usize,
    /// Number of distinct keys
    #[arg(long, default_value_t = 1000)]
    pub keys: u64,
    /// Concurrent clients
    #[arg(long, default_value_t = 4)]
    pub clients: usize,
    /// Storage of a new bucket: file or memory
    #[arg(long, default_value = "file")]
    pub storage: String,
}

#[derive(Subcommand, Debug)]
pub enum ObjKind {
    /// Upload objects and measure MB/s
    Put(ObjArgs),
    /// Download the objects `bench obj put` stored
    Get(ObjArgs),
}

#[derive(Args, Debug, Clone)]
pub struct ObjArgs {
    /// Bucket name
    #[arg(long, default_value = "benchobj")]
    pub bucket: String,
    /// Object size (bytes, or with a unit: 64MB; at most 1GiB)
    #[arg(long, default_value = "64MiB", value_parser = super::parse_object_size)]
    pub size: usize,
    /// How many objects
    #[arg(long, default_value_t = 4)]
    pub count: usize,
}

#[derive(Args, Debug, Clone)]
pub struct JsPubArgs {
    /// Subject to publish to (the stream captures it)
    #[arg(value_parser = crate::validate::publish_subject)]
    pub subject: String,
    /// Stream name
    #[arg(long, default_value = "benchstream")]
    pub stream: String,
    /// Storage of the stream: file or memory
    #[arg(long, default_value = "file")]
    pub storage: String,
    /// Acknowledgements outstanding per client (1: synchronous publishing); `--batch`
    /// is the `nats bench js pub` spelling
    #[arg(long, alias = "batch", default_value_t = 256)]
    pub window: usize,
    /// Number of concurrent clients
    #[arg(long, default_value_t = 1)]
    pub clients: usize,
    /// Total number of messages
    #[arg(long, default_value_t = 100_000)]
    pub msgs: u64,
    /// Message size (bytes, or with a unit: 1KB)
    #[arg(long, default_value = "128", value_parser = super::parse_byte_size)]
    pub size: usize,
    /// Keep an existing stream (default: delete and recreate it)
    #[arg(long)]
    pub keep: bool,
}

#[derive(Args, Debug, Clone)]
pub struct JsConsumeArgs {
    /// Stream name
    #[arg(long, default_value = "benchstream")]
    pub stream: String,
    /// pull or push
    #[arg(long, default_value = "pull")]
    pub kind: String,
    /// Messages per pull request
    #[arg(long, default_value_t = 500)]
    pub batch: usize,
    /// Number of messages to consume
    #[arg(long, default_value_t = 100_000)]
    pub msgs: u64,
}

pub async fn run(conn: &ConnectArgs, kind: JsKind, progress: &Progress) -> Result<Report> {
    match kind {
        JsKind::Pub(a) => publish(conn, a, progress).await,
        JsKind::Consume(a) => consume(conn, a, progress).await,
    }
}

async fn context(conn: &ConnectArgs) -> Result<jetstream::Context> {
    Ok(jetstream::new(bench_client(conn).await?))
}

async fn publish(conn: &ConnectArgs, a: JsPubArgs, progress: &Progress) -> Result<Report> {
    if a.clients == 0 || a.window == 0 {
        return Err(anyhow!("--clients and --window must be at least 1"));
    }
    let js = context(conn).await?;
    if !a.keep {
        let _ = js.delete_stream(&a.stream).await;
        let storage = match a.storage.as_str() {
            "memory" | "mem" => stream::StorageType::Memory,
            "file" => stream::StorageType::File,
            other => return Err(anyhow!("--storage is file or memory, not {other}")),
        };
        js.create_stream(stream::Config { name: a.stream.clone(), subjects: vec![a.subject.clone()], storage, ..Default::default() })
            .await
            .map_err(|e| anyhow!("cannot create stream {}: {e}", a.stream))?;
    }
    progress.start("js pub", a.msgs);
    let mut tasks = Vec::new();
    for i in 0..a.clients {
        let client = bench_client(conn).await?;
        let count = share(a.msgs, a.clients, i);
        let (subject, size, window, progress) = (a.subject.clone(), a.size, a.window, progress.handle());
        let timeout = conn.timeout;
        tasks.push(tokio::spawn(async move { publish_counting(client, subject, size, window, count, timeout, progress).await }));
    }
    let mut runs = Vec::new();
    for t in tasks {
        runs.push(t.await.map_err(|e| anyhow!("publisher failed: {e}"))??);
    }
    let mode = if a.window == 1 { "synchronous".to_string() } else { format!("window {}", a.window) };
    let title = format!("JetStream publish {} B to {} ({} stream, {mode}) with {} client(s)", a.size, a.stream, a.storage, a.clients);
    Ok(Report { title, roles: vec![RoleRun { role: "pub", clients: runs }], latency: None })
}

/// One publisher keeping `window` acknowledgements outstanding, on core NATS: every
/// publish carries its own reply subject under one inbox subscription, and each reply is
/// checked for an error and counted once (a repeated one is ignored). No reply within
/// `timeout` ends the run with an error.
async fn publish_counting(
    client: async_nats::Client,
    subject: String,
    size: usize,
    window: usize,
    count: u64,
    timeout: std::time::Duration,
    progress: Progress,
) -> Result<ClientRun> {
    let inbox = client.new_inbox();
    let mut replies = client.subscribe(format!("{inbox}.*")).await.map_err(|e| anyhow!("cannot subscribe: {e}"))?;
    let payload = Bytes::from(vec![b'x'; size]);
    let started = Instant::now();
    let (mut sent, mut acked) = (0u64, 0u64);
    let mut unacked = std::collections::HashSet::new();
    while acked < count {
        while sent < count && sent - acked < window as u64 {
            unacked.insert(sent);
            client
                .publish_with_reply(subject.clone(), format!("{inbox}.{sent}"), payload.clone())
                .await
                .map_err(|e| anyhow!("publish failed: {e}"))?;
            sent += 1;
        }
        let reply = tokio::time::timeout(timeout, replies.next())
            .await
            .map_err(|_| anyhow!("publish not acknowledged within {timeout:?} ({acked} of {count} acknowledged)"))?
            .ok_or_else(|| anyhow!("connection closed"))?;
        // The reply subject's last token is the publish's number: count each once.
        let Some(n) = reply.subject.rsplit('.').next().and_then(|t| t.parse::<u64>().ok()) else { continue };
        if n >= sent || !unacked.remove(&n) {
            continue;
        }
        if reply.status == Some(async_nats::StatusCode::NO_RESPONDERS) {
            return Err(anyhow!("publish not acknowledged: no stream takes subject {subject} (no responders)"));
        }
        if reply.payload.is_empty() || memchr::memmem::find(&reply.payload, b"\"error\"").is_some() {
            return Err(anyhow!("publish not acknowledged: {}", String::from_utf8_lossy(&reply.payload)));
        }
        acked += 1;
        progress.add(1);
    }
    Ok(ClientRun { msgs: acked, bytes: acked * size as u64, started, finished: Instant::now() })
}

async fn consume(conn: &ConnectArgs, a: JsConsumeArgs, progress: &Progress) -> Result<Report> {
    let js = context(conn).await?;
    let s = js.get_stream(&a.stream).await.map_err(|e| anyhow!("no stream {}: {e}", a.stream))?;
    let name = format!("natsxbench{}", a.kind);
    let _ = s.delete_consumer(&name).await;
    progress.start("js sub", a.msgs);
    let started = Instant::now();
    let mut got = 0u64;
    let mut bytes = 0u64;
    match a.kind.as_str() {
        "pull" => {
            let c: consumer::PullConsumer = s
                .create_consumer(consumer::pull::Config { durable_name: Some(name.clone()), ..Default::default() })
                .await
                .map_err(|e| anyhow!("cannot create consumer: {e}"))?;
            let mut messages = c.stream().max_messages_per_batch(a.batch).messages().await.map_err(|e| anyhow!("cannot consume: {e}"))?;
            while got < a.msgs {
                let Some(m) = messages.next().await else { break };
                let m = m.map_err(|e| anyhow!("consume failed: {e}"))?;
                bytes += m.payload.len() as u64;
                m.ack().await.map_err(|e| anyhow!("ack failed: {e}"))?;
                got += 1;
                progress.add(1);
            }
        }
        "push" => {
            let inbox = js.client().new_inbox();
            let c: consumer::PushConsumer = s
                .create_consumer(consumer::push::Config {
                    durable_name: Some(name.clone()),
                    deliver_subject: inbox,
                    ack_policy: consumer::AckPolicy::Explicit,
                    ..Default::default()
                })
                .await
                .map_err(|e| anyhow!("cannot create consumer: {e}"))?;
            let mut messages = c.messages().await.map_err(|e| anyhow!("cannot consume: {e}"))?;
            while got < a.msgs {
                let Some(m) = messages.next().await else { break };
                let m = m.map_err(|e| anyhow!("consume failed: {e}"))?;
                bytes += m.payload.len() as u64;
                m.ack().await.map_err(|e| anyhow!("ack failed: {e}"))?;
                got += 1;
                progress.add(1);
            }
        }
        other => return Err(anyhow!("--kind is pull or push, not {other}")),
    }
    let finished = Instant::now();
    let _ = s.delete_consumer(&name).await;
    let title = format!("JetStream {} consume from {}", a.kind, a.stream);
    Ok(Report {
        title,
        roles: vec![RoleRun { role: "sub", clients: vec![ClientRun { msgs: got, bytes, started, finished }] }],
        latency: None,
    })
}

pub async fn run_kv(conn: &ConnectArgs, kind: KvKind, progress: &Progress) -> Result<Report> {
    use async_nats::jetstream::kv;
    let (put, a) = match kind {
        KvKind::Put(a) => (true, a),
        KvKind::Get(a) => (false, a),
    };
    if a.clients == 0 || a.keys == 0 {
        return Err(anyhow!("--clients and --keys must be at least 1"));
    }
    let js = context(conn).await?;
    if put {
        let _ = js.delete_key_value(&a.bucket).await;
        let storage = if a.storage == "memory" { stream::StorageType::Memory } else { stream::StorageType::File };
        js.create_key_value(kv::Config { bucket: a.bucket.clone(), storage, ..Default::default() })
            .await
            .map_err(|e| anyhow!("cannot create bucket: {e}"))?;
    }
    progress.start(if put { "kv put" } else { "kv get" }, a.msgs);
    let mut tasks = Vec::new();
    for i in 0..a.clients {
        let js = context(conn).await?;
        let store = js.get_key_value(&a.bucket).await.map_err(|e| anyhow!("no bucket {}: {e}", a.bucket))?;
        let count = share(a.msgs, a.clients, i);
        let (size, keys, progress) = (a.size, a.keys, progress.handle());
        tasks.push(tokio::spawn(async move {
            let value = Bytes::from(vec![b'v'; size]);
            let started = Instant::now();
            let mut bytes = 0u64;
            for n in 0..count {
                let key = format!("k{}", (n * 7919 + i as u64 * 104_729) % keys);
                if put {
                    store.put(&key, value.clone()).await.map_err(|e| anyhow!("put failed: {e}"))?;
                    bytes += size as u64;
                } else {
                    let v = store.get(&key).await.map_err(|e| anyhow!("get failed: {e}"))?;
                    bytes += v.map_or(0, |v| v.len() as u64);
                }
                progress.add(1);
            }
            Ok::<_, anyhow::Error>(ClientRun { msgs: count, bytes, started, finished: Instant::now() })
        }));
    }
    let mut runs = Vec::new();
    for t in tasks {
        runs.push(t.await.map_err(|e| anyhow!("client failed: {e}"))??);
    }
    let title = format!(
        "KV {} {} B values in {} ({} keys) with {} client(s)",
        if put { "put" } else { "get" },
        a.size,
        a.bucket,
        a.keys,
        a.clients
    );
    Ok(Report { title, roles: vec![RoleRun { role: if put { "pub" } else { "sub" }, clients: runs }], latency: None })
}

pub async fn run_obj(conn: &ConnectArgs, kind: ObjKind, progress: &Progress) -> Result<Report> {
    use async_nats::jetstream::object_store;
    use tokio::io::AsyncReadExt;
    let (put, a) = match kind {
        ObjKind::Put(a) => (true, a),
        ObjKind::Get(a) => (false, a),
    };
    let js = context(conn).await?;
    if put {
        let _ = js.delete_object_store(&a.bucket).await;
        js.create_object_store(object_store::Config { bucket: a.bucket.clone(), ..Default::default() })
            .await
            .map_err(|e| anyhow!("cannot create bucket: {e}"))?;
    }
    let store = js.get_object_store(&a.bucket).await.map_err(|e| anyhow!("no bucket {}: {e}", a.bucket))?;
    progress.start(if put { "obj put" } else { "obj get" }, a.count as u64);
    let data: Vec<u8> = (0..a.size).map(|i| (i as u32).wrapping_mul(2_654_435_761).to_le_bytes()[3]).collect();
    let started = Instant::now();
    let mut bytes = 0u64;
    let mut buf = vec![0u8; 256 * 1024];
    for n in 0..a.count {
        let name = format!("object-{n}");
        if put {
            store.put(name.as_str(), &mut data.as_slice()).await.map_err(|e| anyhow!("put failed: {e}"))?;
            bytes += a.size as u64;
        } else {
            let mut o = store.get(&name).await.map_err(|e| anyhow!("get failed: {e}"))?;
            loop {
                let k = o.read(&mut buf).await.map_err(|e| anyhow!("get failed: {e}"))?;
                if k == 0 {
                    break;
                }
                bytes += k as u64;
            }
        }
        progress.add(1);
    }
    let title = format!("Object Store {} {} x {} B in {}", if put { "put" } else { "get" }, a.count, a.size, a.bucket);
    let run = ClientRun { msgs: a.count as u64, bytes, started, finished: Instant::now() };
    Ok(Report { title, roles: vec![RoleRun { role: if put { "pub" } else { "sub" }, clients: vec![run] }], latency: None })
}
