//! `natsx obj add|info|ls|rm|put|get|del|seal|watch`, shaped like `nats object`.
//!
//! Objects stream through: `put` reads the file (or standard input) chunk by chunk as
//! async-nats uploads it, and `get` writes each chunk as it arrives, so neither side holds
//! a whole object in memory. Downloads go to `FILE.partial` and are renamed only once
//! the SHA-256 digest checked out, so a failed or corrupted download never looks complete.

use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use async_nats::jetstream::{self, object_store};
use clap::{Args, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use futures::StreamExt;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt, ReadBuf};

use crate::connect::ConnectArgs;
use crate::jsapi::{self, count, human_bytes, parse_long_duration, parse_size, print_json, print_section};
use natsx_common::jetstream::StreamConfig;

#[derive(Args, Debug)]
pub struct ObjArgs {
    #[command(subcommand)]
    pub command: ObjCommand,
}

#[derive(Subcommand, Debug)]
pub enum ObjCommand {
    /// Create a bucket
    #[command(alias = "new")]
    Add(AddArgs),
    /// Show a bucket, or one object in it
    Info(InfoArgs),
    /// List buckets, or the objects in one
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Delete a bucket and everything in it
    Rm(BucketArgs),
    /// Upload a file (or standard input with `-`)
    Put(PutArgs),
    /// Download an object to a file (or standard output with `-O -`)
    Get(GetArgs),
    /// Delete an object
    #[command(alias = "delete")]
    Del(ObjectArgs),
    /// Make a bucket read-only
    Seal(BucketArgs),
    /// Print changes to a bucket as they happen
    Watch(WatchArgs),
}

#[derive(Args, Debug)]
pub struct AddArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    /// How long objects live (e.g. 7d; 0 forever)
    #[arg(long, value_parser = parse_long_duration)]
    pub ttl: Option<std::time::Duration>,
    /// Largest total size of the bucket (e.g. 10GB)
    #[arg(long = "max-bucket-size", value_parser = parse_size, allow_hyphen_values = true)]
    pub max_bucket_size: Option<i64>,
    /// file or memory
    #[arg(long, default_value = "file")]
    pub storage: String,
    #[arg(long, default_value_t = 1)]
    pub replicas: usize,
    #[arg(long)]
    pub description: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    pub name: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct BucketArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ObjectArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    pub name: String,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct PutArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    /// The file to upload; `-` reads standard input
    pub file: String,
    /// Object name (default: the file's name)
    #[arg(long)]
    pub name: Option<String>,
    #[arg(long)]
    pub description: Option<String>,
    /// No progress bar
    #[arg(long = "no-progress")]
    pub no_progress: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct GetArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    pub name: String,
    /// Where to write it (default: the object's name); `-` writes standard output
    #[arg(short = 'O', long = "output")]
    pub output: Option<String>,
    /// No progress bar
    #[arg(long = "no-progress")]
    pub no_progress: bool,
}

#[derive(Args, Debug)]
pub struct WatchArgs {
    #[arg(value_parser = crate::validate::bucket_name)]
    pub bucket: String,
    /// Stop after this many changes (0: until interrupted)
    #[arg(long, default_value_t = 0)]
    pub count: u64,
}

/// A progress bar for a transfer of `len` bytes (a spinner when the length is unknown);
/// hidden when stderr is not a terminal or when asked.
fn progress(len: Option<u64>, label: &str, hidden: bool) -> ProgressBar {
    if hidden || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        return ProgressBar::hidden();
    }
    let bar = match len {
        Some(n) => ProgressBar::new(n),
        None => ProgressBar::new_spinner(),
    };
    bar.set_style(
        ProgressStyle::with_template("{msg} [{wide_bar}] {bytes}/{total_bytes} ({bytes_per_sec}, {eta})")
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> "),
    );
    bar.set_message(label.to_string());
    bar
}

/// Counts what passes through a reader into a progress bar.
struct Counted<R> {
    inner: R,
    bar: ProgressBar,
}

impl<R: AsyncRead + Unpin> AsyncRead for Counted<R> {
    fn poll_read(mut self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        let before = buf.filled().len();
        let poll = Pin::new(&mut self.inner).poll_read(cx, buf);
        let n = buf.filled().len() - before;
        self.bar.inc(n as u64);
        poll
    }
}

async fn bucket(js: &jetstream::Context, name: &str) -> Result<object_store::ObjectStore> {
    js.get_object_store(name).await.map_err(|e| crate::jsapi::open_bucket_error("object store bucket", name, &e))
}

fn info_json(i: &object_store::ObjectInfo) -> Value {
    json!({
        "bucket": i.bucket, "name": i.name, "description": i.description, "size": i.size, "chunks": i.chunks,
        "digest": i.digest, "nuid": i.nuid, "deleted": i.deleted,
        "modified": i.modified.and_then(|m| m.format(&time::format_description::well_known::Rfc3339).ok()),
    })
}

pub async fn run(conn: &ConnectArgs, args: ObjArgs) -> Result<()> {
    let client = conn.connect().await?;
    let js = jetstream::new(client.clone());
    match args.command {
        ObjCommand::Add(a) => {
            let storage = match a.storage.as_str() {
                "file" => jetstream::stream::StorageType::File,
                "memory" | "mem" => jetstream::stream::StorageType::Memory,
                other => bail!("--storage is file or memory, not {other}"),
            };
            let config = object_store::Config {
                bucket: a.bucket.clone(),
                description: a.description,
                max_age: a.ttl.unwrap_or_default(),
                max_bytes: a.max_bucket_size.unwrap_or(-1),
                storage,
                num_replicas: a.replicas,
                ..Default::default()
            };
            js.create_object_store(config).await.map_err(|e| anyhow!("cannot create bucket {}: {e}", a.bucket))?;
            bucket_info(&client, &a.bucket, a.json).await
        }
        ObjCommand::Info(a) => match &a.name {
            None => bucket_info(&client, &a.bucket, a.json).await,
            Some(name) => {
                let store = bucket(&js, &a.bucket).await?;
                let info = store.info(name).await.map_err(|_| anyhow!("no object {name} in bucket {}", a.bucket))?;
                if a.json {
                    print_json(&info_json(&info));
                } else {
                    println!("Object information for {} > {}\n", a.bucket, info.name);
                    let mut rows = vec![
                        ("Size", human_bytes(info.size as u64)),
                        ("Modification Time", info.modified.map(crate::output::timestamp).unwrap_or_default()),
                        ("Chunks", count(info.chunks as u64)),
                        ("Digest", info.digest.clone().unwrap_or_default()),
                    ];
                    if let Some(d) = &info.description {
                        rows.insert(0, ("Description", d.clone()));
                    }
                    print_section(None, &rows);
                }
                Ok(())
            }
        },
        ObjCommand::Ls(a) => match &a.bucket {
            None => list_buckets(&client, a.json).await,
            Some(b) => list_objects(&js, b, a.json).await,
        },
        ObjCommand::Rm(a) => {
            if !jsapi::confirm(&format!("Really delete object store bucket {}?", a.bucket), a.force) {
                bail!("delete cancelled");
            }
            js.delete_object_store(&a.bucket).await.map_err(|e| anyhow!("cannot delete bucket {}: {e}", a.bucket))?;
            println!("Bucket {} deleted", a.bucket);
            Ok(())
        }
        ObjCommand::Put(a) => put(&js, a).await,
        ObjCommand::Get(a) => get(&js, a, conn.timeout).await,
        ObjCommand::Del(a) => {
            if !jsapi::confirm(&format!("Really delete object {} > {}?", a.bucket, a.name), a.force) {
                bail!("delete cancelled");
            }
            bucket(&js, &a.bucket).await?.delete(&a.name).await.map_err(|e| anyhow!("cannot delete {}: {e}", a.name))?;
            println!("Deleted {} > {}", a.bucket, a.name);
            Ok(())
        }
        ObjCommand::Seal(a) => {
            if !jsapi::confirm(&format!("Really seal bucket {}? It becomes read-only for good", a.bucket), a.force) {
                bail!("seal cancelled");
            }
            bucket(&js, &a.bucket).await?.seal().await.map_err(|e| anyhow!("cannot seal {}: {e}", a.bucket))?;
            println!("Bucket {} sealed", a.bucket);
            Ok(())
        }
        ObjCommand::Watch(a) => {
            let store = bucket(&js, &a.bucket).await?;
            let mut watch = store.watch().await.map_err(|e| anyhow!("watch failed: {e}"))?;
            let mut seen = 0;
            while let Some(i) = watch.next().await {
                let i = i.map_err(|e| anyhow!("watch failed: {e}"))?;
                let what = if i.deleted { "DEL" } else { "PUT" };
                println!(
                    "[{}] {what} {} > {}: {} in {} chunks",
                    i.modified.map(crate::output::timestamp).unwrap_or_default(),
                    i.bucket,
                    i.name,
                    human_bytes(i.size as u64),
                    i.chunks
                );
                seen += 1;
                if a.count > 0 && seen >= a.count {
                    break;
                }
            }
            Ok(())
        }
    }
}

async fn put(js: &jetstream::Context, a: PutArgs) -> Result<()> {
    let store = bucket(js, &a.bucket).await?;
    let name = match (&a.name, a.file.as_str()) {
        (Some(n), _) => n.clone(),
        (None, "-") => bail!("give --name when uploading from standard input"),
        (None, f) => Path::new(f).file_name().map(|n| n.to_string_lossy().into_owned()).ok_or_else(|| anyhow!("no file name in {f}"))?,
    };
    let meta = object_store::ObjectMetadata { name: name.clone(), description: a.description.clone(), ..Default::default() };
    let info = if a.file == "-" {
        let bar = progress(None, "put", a.no_progress);
        let mut reader = Counted { inner: tokio::io::stdin(), bar: bar.clone() };
        let r = store.put(meta, &mut reader).await;
        bar.finish_and_clear();
        r
    } else {
        let file = tokio::fs::File::open(&a.file).await.map_err(|e| anyhow!("cannot read {}: {e}", a.file))?;
        let len = file.metadata().await.ok().map(|m| m.len());
        let bar = progress(len, "put", a.no_progress);
        let mut reader = Counted { inner: tokio::io::BufReader::with_capacity(256 * 1024, file), bar: bar.clone() };
        let r = store.put(meta, &mut reader).await;
        bar.finish_and_clear();
        r
    }
    .map_err(|e| anyhow!("upload of {name} failed: {e}"))?;
    if a.json {
        print_json(&info_json(&info));
    } else {
        println!(
            "Stored {} > {}: {} in {} chunks, {}",
            a.bucket,
            info.name,
            human_bytes(info.size as u64),
            info.chunks,
            info.digest.unwrap_or_default()
        );
    }
    Ok(())
}

/// Reads the next piece of an object, giving up when nothing comes for `patience` (a
/// lost server must end a download with an error, not hang it).
async fn read_chunk(object: &mut object_store::Object, buf: &mut [u8], patience: Duration, name: &str) -> Result<usize> {
    match tokio::time::timeout(patience, object.read(buf)).await {
        Ok(Ok(n)) => Ok(n),
        Ok(Err(e)) if e.to_string().contains("digest") => Err(anyhow!("{name} is corrupt: its content does not match its digest")),
        Ok(Err(e)) => Err(anyhow!("download of {name} failed: {e}")),
        Err(_) => Err(anyhow!("download of {name} failed: no data from the server for {patience:?} (is it still running?)")),
    }
}

async fn get(js: &jetstream::Context, a: GetArgs, patience: Duration) -> Result<()> {
    let store = bucket(js, &a.bucket).await?;
    let mut object = store.get(&a.name).await.map_err(|e| match e.kind() {
        object_store::GetErrorKind::NotFound => anyhow!("no object {} in bucket {}", a.name, a.bucket),
        _ => anyhow!("cannot read {}: {e}", a.name),
    })?;
    let size = object.info().size as u64;
    let digest = object.info().digest.clone().unwrap_or_default();
    let target = a.output.clone().unwrap_or_else(|| a.name.clone());
    let bar = progress(Some(size), "get", a.no_progress || target == "-");
    let mut buf = vec![0u8; 256 * 1024];
    if target == "-" {
        let mut out = tokio::io::stdout();
        loop {
            let n = read_chunk(&mut object, &mut buf, patience, &a.name).await?;
            if n == 0 {
                break;
            }
            out.write_all(&buf[..n]).await?;
        }
        out.flush().await?;
        return Ok(());
    }
    // Written beside the target and renamed only once complete and verified.
    let partial = PathBuf::from(format!("{target}.partial"));
    let mut file = tokio::fs::File::create(&partial).await.map_err(|e| anyhow!("cannot write {}: {e}", partial.display()))?;
    let copied: Result<u64> = async {
        let mut total = 0u64;
        loop {
            let n = read_chunk(&mut object, &mut buf, patience, &a.name).await?;
            if n == 0 {
                break;
            }
            file.write_all(&buf[..n]).await?;
            total += n as u64;
            bar.inc(n as u64);
        }
        file.flush().await?;
        file.sync_all().await?;
        Ok(total)
    }
    .await;
    bar.finish_and_clear();
    match copied {
        Ok(total) => {
            tokio::fs::rename(&partial, &target).await?;
            println!("Wrote {} to {target}, digest {digest} verified", human_bytes(total));
            Ok(())
        }
        Err(e) => {
            let _ = tokio::fs::remove_file(&partial).await;
            Err(e)
        }
    }
}

async fn bucket_info(client: &async_nats::Client, bucket: &str, as_json: bool) -> Result<()> {
    let info = jsapi::bucket_stream_info(client, &format!("OBJ_{bucket}"), "object store bucket", bucket).await?;
    if as_json {
        print_json(&info);
        return Ok(());
    }
    let c: StreamConfig = jsapi::config_of(&info)?;
    println!("Information for Object Store Bucket {bucket} created {}\n", jsapi::time(&info["created"]));
    let rows = vec![
        ("Bucket Name", bucket.to_string()),
        ("Sealed", c.sealed.to_string()),
        ("Backing Store", format!("JetStream stream OBJ_{bucket}")),
        ("Storage", c.storage.as_str().to_string()),
        ("Maximum Age", jsapi::duration(c.max_age, "unlimited")),
        ("Size", human_bytes(info["state"]["bytes"].as_u64().unwrap_or(0))),
    ];
    print_section(Some("Configuration"), &rows);
    Ok(())
}

async fn list_buckets(client: &async_nats::Client, as_json: bool) -> Result<()> {
    let buckets = jsapi::buckets(client, "$O.>", "OBJ_").await?;
    if as_json {
        print_json(&Value::Array(buckets.iter().map(|(name, _)| json!(name)).collect()));
    } else if buckets.is_empty() {
        println!("No Object Store buckets found");
    } else {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_header(vec!["Bucket", "Description", "Created", "Size", "Last Update"]);
        for (name, b) in &buckets {
            t.add_row(vec![
                name.clone(),
                jsapi::config_of::<StreamConfig>(b)?.description,
                jsapi::time(&b["created"]),
                human_bytes(b["state"]["bytes"].as_u64().unwrap_or(0)),
                jsapi::time(&b["state"]["last_ts"]),
            ]);
        }
        println!("Object Store Buckets\n\n{t}");
    }
    Ok(())
}

async fn list_objects(js: &jetstream::Context, name: &str, as_json: bool) -> Result<()> {
    let store = bucket(js, name).await?;
    let mut list = store.list().await.map_err(|e| anyhow!("cannot list {name}: {e}"))?;
    let mut objects = Vec::new();
    while let Some(o) = tokio::time::timeout(Duration::from_secs(5), list.next()).await.map_err(|_| anyhow!("listing {name} timed out"))? {
        objects.push(o.map_err(|e| anyhow!("cannot list {name}: {e}"))?);
    }
    if as_json {
        print_json(&Value::Array(objects.iter().map(info_json).collect()));
    } else if objects.is_empty() {
        println!("No objects in bucket {name}");
    } else {
        let mut t = Table::new();
        t.load_preset(UTF8_FULL_CONDENSED);
        t.set_header(vec!["Name", "Size", "Time"]);
        for o in &objects {
            t.add_row(vec![o.name.clone(), human_bytes(o.size as u64), o.modified.map(crate::output::timestamp).unwrap_or_default()]);
        }
        println!("Bucket Contents\n\n{t}");
    }
    Ok(())
}
