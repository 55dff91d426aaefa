//! `natsx kv add|info|ls|rm|put|get|create|update|del|purge|history|keys|watch|compact`,
//! shaped like `nats kv`. Buckets are used through async-nats' Key-Value API (ADR-8), so
//! the CLI writes and reads exactly what every other client does; bucket administration
//! (info, ls, compact) reads the backing `KV_<bucket>` stream through the JetStream API.

use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use async_nats::jetstream::{self, kv};
use bytes::Bytes;
use clap::{Args, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use futures::StreamExt;
use serde_json::{json, Value};

use crate::connect::ConnectArgs;
use crate::jsapi::{self, count, human_bytes, parse_long_duration, parse_size, print_json, print_section, request};
use crate::output::body_or_stdin;
use natsx_common::jetstream::StreamConfig;

#[derive(Args, Debug)]
pub struct KvArgs {
    #[command(subcommand)]
    pub command: KvCommand,
}

#[derive(Subcommand, Debug)]
pub enum KvCommand {
    /// Create a bucket
    #[command(alias = "new")]
    Add(AddArgs),
    /// Show a bucket's configuration and state
    #[command(alias = "status")]
    Info(BucketArgs),
    /// List buckets
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Delete a bucket and all its values
    Rm(RmArgs),
    /// Store a value
    Put(PutArgs),
    /// Show a value
    Get(GetArgs),
    /// Store a value only if the key has none
    Create(CreateArgs),
    /// Replace a value only if it is still at the given revision (compare and set)
    Update(UpdateArgs),
    /// Delete a key (leaves a delete marker; history is kept)
    #[command(alias = "delete")]
    Del(KeyArgs),
    /// Remove a key and its history (leaves a purge marker)
    Purge(KeyArgs),
    /// Show every stored revision of a key
    History(HistoryArgs),
    /// List the keys that have a value
    Keys(BucketArgs),
    /// Print changes as they happen
    Watch(WatchArgs),
    /// Remove delete and purge markers left by deleted keys
    Compact(CompactArgs),
}

#[derive(Args, Debug)]
pub struct CompactArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    /// Markers younger than this stay (their history goes), so watchers still see recent
    /// deletes; older ones go entirely
    #[arg(long = "keep-newer", value_parser = parse_long_duration, default_value = "30m")]
    pub keep_newer: Duration,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    /// Revisions kept per key
    #[arg(long, default_value_t = 1)]
    pub history: i64,
    /// How long values live (e.g. 1h, 7d; 0 forever)
    #[arg(long, value_parser = parse_long_duration)]
    pub ttl: Option<Duration>,
    /// Largest value accepted (e.g. 1MB)
    #[arg(long = "max-value-size", value_parser = crate::jsapi::parse_msg_size, allow_hyphen_values = true)]
    pub max_value_size: Option<i32>,
    /// Largest total size of the bucket (e.g. 1GB)
    #[arg(long = "max-bucket-size", value_parser = parse_size, allow_hyphen_values = true)]
    pub max_bucket_size: Option<i64>,
    /// file or memory
    #[arg(long, default_value = "file")]
    pub storage: String,
    #[arg(long, default_value_t = 1)]
    pub replicas: usize,
    #[arg(long)]
    pub description: Option<String>,
    /// Leave markers for keys removed by the TTL, kept this long (e.g. 1m)
    #[arg(long = "marker-ttl", value_parser = parse_long_duration)]
    pub marker_ttl: Option<Duration>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct BucketArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    #[arg(short = 'n', long)]
    pub names: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct PutArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(value_parser = crate::validate::kv_key)]
    pub key: String,
    /// The value; read from standard input when absent
    pub value: Option<String>,
}

#[derive(Args, Debug)]
pub struct GetArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(value_parser = crate::validate::kv_key)]
    pub key: String,
    /// A specific revision
    #[arg(long)]
    pub revision: Option<u64>,
    /// The value only
    #[arg(long)]
    pub raw: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct CreateArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(value_parser = crate::validate::kv_key)]
    pub key: String,
    pub value: Option<String>,
    /// This value expires after (e.g. 10m); needs a bucket made with --marker-ttl
    #[arg(long, value_parser = parse_long_duration)]
    pub ttl: Option<Duration>,
}

#[derive(Args, Debug)]
pub struct UpdateArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(value_parser = crate::validate::kv_key)]
    pub key: String,
    pub value: String,
    /// The revision the key must still be at
    pub revision: u64,
}

#[derive(Args, Debug)]
pub struct KeyArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(value_parser = crate::validate::kv_key)]
    pub key: String,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(value_parser = crate::validate::kv_key)]
    pub key: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    /// Key or wildcard to watch (default: all)
    #[arg(default_value = ">", value_parser = crate::validate::kv_key_filter)]
    pub key: String,
    /// Start with the current values
    #[arg(long)]
    pub history: bool,
    /// Stop after this many updates (0: until interrupted)
    #[arg(long, default_value_t = 0)]
    pub count: u64,
}

async fn store(js: &jetstream::Context, bucket: &str) -> Result<kv::Store> {
    js.get_key_value(bucket).await.map_err(|e| crate::jsapi::open_bucket_error("bucket", bucket, &e))
}

fn op_name(op: kv::Operation) -> &'static str {
    match op {
        kv::Operation::Put => "PUT",
        kv::Operation::Delete => "DEL",
        kv::Operation::Purge => "PURGE",
    }
}

fn entry_json(e: &kv::Entry) -> Value {
    json!({
        "bucket": e.bucket, "key": e.key, "revision": e.revision, "operation": op_name(e.operation),
        "created": e.created.format(&time::format_description::well_known::Rfc3339).unwrap_or_default(),
        "value": String::from_utf8_lossy(&e.value),
    })
}

pub async fn run(conn: &ConnectArgs, args: KvArgs) -> Result<()> {
    let client = conn.connect().await?;
    let js = jetstream::new(client.clone());
    match args.command {
        KvCommand::Add(a) => {
            let storage = match a.storage.as_str() {
                "file" => jetstream::stream::StorageType::File,
                "memory" | "mem" => jetstream::stream::StorageType::Memory,
                other => bail!("--storage is file or memory, not {other}"),
            };
            let config = kv::Config {
                bucket: a.bucket.clone(),
                description: a.description.unwrap_or_default(),
                history: a.history,
                max_age: a.ttl.unwrap_or_default(),
                max_value_size: a.max_value_size.unwrap_or(-1),
                max_bytes: a.max_bucket_size.unwrap_or(-1),
                storage,
                num_replicas: a.replicas,
                limit_markers: a.marker_ttl,
                ..Default::default()
            };
            js.create_key_value(config).await.map_err(|e| anyhow!("cannot create bucket {}: {e}", a.bucket))?;
            info(&client, &a.bucket, a.json).await
        }
        KvCommand::Info(a) => info(&client, &a.bucket, a.json).await,
        KvCommand::Ls(a) => ls(&client, a).await,
        KvCommand::Rm(a) => {
            if !jsapi::confirm(&format!("Really delete bucket {}?", a.bucket), a.force) {
                bail!("delete cancelled");
            }
            js.delete_key_value(&a.bucket).await.map_err(|e| anyhow!("cannot delete bucket {}: {e}", a.bucket))?;
            println!("Bucket {} deleted", a.bucket);
            Ok(())
        }
        KvCommand::Put(a) => {
            let kv = store(&js, &a.bucket).await?;
            let value = body_or_stdin(&a.value)?;
            let rev = kv.put(&a.key, Bytes::from(value)).await.map_err(|e| anyhow!("put failed: {e}"))?;
            println!("{}", rev);
            Ok(())
        }
        KvCommand::Get(a) => {
            let kv = store(&js, &a.bucket).await?;
            let entry = match a.revision {
                Some(r) => kv.entry_for_revision(&a.key, r).await,
                None => kv.entry(&a.key).await,
            }
            .map_err(|e| anyhow!("get failed: {e}"))?;
            let Some(e) = entry.filter(|e| e.operation == kv::Operation::Put) else {
                bail!("no value for key {} in bucket {}", a.key, a.bucket);
            };
            if a.json {
                print_json(&entry_json(&e));
            } else if a.raw {
                println!("{}", String::from_utf8_lossy(&e.value));
            } else {
                println!("{} > {} revision: {} created @ {}\n", a.bucket, a.key, e.revision, crate::output::timestamp(e.created));
                println!("{}", String::from_utf8_lossy(&e.value));
            }
            Ok(())
        }
        KvCommand::Create(a) => {
            let kv = store(&js, &a.bucket).await?;
            let value = Bytes::from(body_or_stdin(&a.value)?);
            let rev = match a.ttl {
                Some(ttl) => kv.create_with_ttl(&a.key, value, ttl).await,
                None => kv.create(&a.key, value).await,
            }
            .map_err(|e| match e.kind() {
                kv::CreateErrorKind::AlreadyExists => anyhow!("key {} already has a value in bucket {}", a.key, a.bucket),
                _ => anyhow!("create failed: {e}"),
            })?;
            println!("{}", rev);
            Ok(())
        }
        KvCommand::Update(a) => {
            let kv = store(&js, &a.bucket).await?;
            let rev = kv.update(&a.key, Bytes::from(a.value), a.revision).await.map_err(|e| {
                if e.to_string().contains("wrong last sequence") {
                    anyhow!("key {} is no longer at revision {} (someone changed it)", a.key, a.revision)
                } else {
                    anyhow!("update failed: {e}")
                }
            })?;
            println!("{}", rev);
            Ok(())
        }
        KvCommand::Del(a) => {
            if !jsapi::confirm(&format!("Really delete key {} > {}?", a.bucket, a.key), a.force) {
                bail!("delete cancelled");
            }
            store(&js, &a.bucket).await?.delete(&a.key).await.map_err(|e| anyhow!("delete failed: {e}"))?;
            Ok(())
        }
        KvCommand::Purge(a) => {
            if !jsapi::confirm(&format!("Really purge key {} > {} and its history?", a.bucket, a.key), a.force) {
                bail!("purge cancelled");
            }
            store(&js, &a.bucket).await?.purge(&a.key).await.map_err(|e| anyhow!("purge failed: {e}"))?;
            Ok(())
        }
        KvCommand::History(a) => {
            let kv = store(&js, &a.bucket).await?;
            let mut history = kv.history(&a.key).await.map_err(|e| anyhow!("history failed: {e}"))?;
            let mut entries = Vec::new();
            while let Some(e) =
                tokio::time::timeout(Duration::from_secs(5), history.next()).await.map_err(|_| anyhow!("history timed out"))?
            {
                entries.push(e.map_err(|e| anyhow!("history failed: {e}"))?);
            }
            if a.json {
                print_json(&Value::Array(entries.iter().map(entry_json).collect()));
                return Ok(());
            }
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED);
            t.set_header(vec!["Key", "Revision", "Op", "Created", "Length", "Value"]);
            for e in &entries {
                let text = String::from_utf8_lossy(&e.value);
                let shown: String = text.chars().take(40).collect();
                t.add_row(vec![
                    e.key.clone(),
                    e.revision.to_string(),
                    op_name(e.operation).into(),
                    crate::output::timestamp(e.created),
                    e.value.len().to_string(),
                    shown,
                ]);
            }
            println!("History for {} > {}\n\n{t}", a.bucket, a.key);
            Ok(())
        }
        KvCommand::Keys(a) => {
            let kv = store(&js, &a.bucket).await?;
            let mut keys = kv.keys().await.map_err(|e| anyhow!("keys failed: {e}"))?;
            let mut all = Vec::new();
            while let Some(k) = tokio::time::timeout(Duration::from_secs(5), keys.next()).await.map_err(|_| anyhow!("keys timed out"))? {
                all.push(k.map_err(|e| anyhow!("keys failed: {e}"))?);
            }
            if a.json {
                print_json(&json!(all));
            } else if all.is_empty() {
                println!("No keys found in bucket {}", a.bucket);
            } else {
                for k in all {
                    println!("{k}");
                }
            }
            Ok(())
        }
        KvCommand::Watch(a) => {
            let kv = store(&js, &a.bucket).await?;
            let mut watch = if a.history { kv.watch_with_history(&a.key).await } else { kv.watch(&a.key).await }
                .map_err(|e| anyhow!("watch failed: {e}"))?;
            let mut seen = 0;
            while let Some(e) = watch.next().await {
                let e = e.map_err(|e| anyhow!("watch failed: {e}"))?;
                println!(
                    "[{}] {} {} > {}: {}",
                    crate::output::timestamp(e.created),
                    op_name(e.operation),
                    e.bucket,
                    e.key,
                    String::from_utf8_lossy(&e.value)
                );
                seen += 1;
                if a.count > 0 && seen >= a.count {
                    break;
                }
            }
            Ok(())
        }
        KvCommand::Compact(a) => compact(&client, &js, a).await,
    }
}

async fn info(client: &async_nats::Client, bucket: &str, as_json: bool) -> Result<()> {
    let info = jsapi::bucket_stream_info(client, &format!("KV_{bucket}"), "bucket", bucket).await?;
    if as_json {
        print_json(&info);
        return Ok(());
    }
    let c: StreamConfig = jsapi::config_of(&info)?;
    let s = &info["state"];
    println!("Information for Key-Value Store Bucket {bucket} created {}\n", jsapi::time(&info["created"]));
    let rows = vec![
        ("Bucket Name", bucket.to_string()),
        ("History Kept", c.max_msgs_per_subject.to_string()),
        ("Values Stored", count(s["messages"].as_u64().unwrap_or(0))),
        ("Backing Store Kind", "JetStream".to_string()),
        ("JetStream Stream", format!("KV_{bucket}")),
        ("Storage", c.storage.as_str().to_string()),
        ("Maximum Age", jsapi::duration(c.max_age, "unlimited")),
        ("Maximum Value Size", jsapi::limit(c.max_msg_size.into(), true)),
        ("Maximum Bucket Size", jsapi::limit(c.max_bytes, true)),
        ("Size", human_bytes(s["bytes"].as_u64().unwrap_or(0))),
    ];
    print_section(Some("Configuration"), &rows);
    Ok(())
}

async fn ls(client: &async_nats::Client, a: LsArgs) -> Result<()> {
    let buckets = jsapi::buckets(client, "$KV.>", "KV_").await?;
    if a.json {
        print_json(&Value::Array(buckets.iter().map(|(name, _)| json!(name)).collect()));
    } else if a.names {
        for (name, _) in &buckets {
            println!("{name}");
        }
    } else if buckets.is_empty() {
        println!("No Key-Value buckets found");
    } else {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_header(vec!["Bucket", "Description", "Created", "Size", "Values", "Last Update"]);
        for (name, b) in &buckets {
            t.add_row(vec![
                name.clone(),
                jsapi::config_of::<StreamConfig>(b)?.description,
                jsapi::time(&b["created"]),
                human_bytes(b["state"]["bytes"].as_u64().unwrap_or(0)),
                count(b["state"]["messages"].as_u64().unwrap_or(0)),
                jsapi::time(&b["state"]["last_ts"]),
            ]);
        }
        println!("Key-Value Buckets\n\n{t}");
    }
    Ok(())
}

/// Removes the markers deleted and purged keys leave behind: each key whose newest entry
/// is a marker is purged from the backing stream.
async fn compact(client: &async_nats::Client, js: &jetstream::Context, a: CompactArgs) -> Result<()> {
    if !jsapi::confirm(&format!("Really remove the delete markers of bucket {}?", a.bucket), a.force) {
        bail!("compact cancelled");
    }
    let kv = store(js, &a.bucket).await?;
    let mut watch = kv.watch_with_history(">").await.map_err(|e| anyhow!("reading the bucket failed: {e}"))?;
    let mut markers = Vec::new();
    let info = request(client, &format!("$JS.API.STREAM.INFO.KV_{}", a.bucket), &Value::Null).await?;
    let subjects = info["state"]["num_subjects"].as_u64().unwrap_or(0);
    let mut seen = 0;
    while seen < subjects {
        let Ok(Some(e)) = tokio::time::timeout(Duration::from_secs(5), watch.next()).await else { break };
        let e = e.map_err(|e| anyhow!("reading the bucket failed: {e}"))?;
        seen += 1;
        if e.operation != kv::Operation::Put {
            markers.push((e.key, e.created));
        }
    }
    // As nats.go's PurgeDeletes: old markers go with their history, recent ones stay alone.
    let cutoff = time::OffsetDateTime::now_utc() - a.keep_newer;
    let mut removed = 0;
    for (key, created) in &markers {
        let keep = if *created < cutoff { 0 } else { 1 };
        removed += usize::from(keep == 0);
        let body = json!({ "filter": format!("$KV.{}.{key}", a.bucket), "keep": keep });
        request(client, &format!("$JS.API.STREAM.PURGE.KV_{}", a.bucket), &body).await?;
    }
    println!("Removed {removed} delete markers from bucket {} ({} recent ones kept)", a.bucket, markers.len() - removed);
    Ok(())
}
