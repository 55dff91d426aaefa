//! `natsx stream add|edit|info|ls|rm|purge|get|rmm|view|report`, shaped like `nats stream`.
//!
//! Configs are typed (`natsx_common::jetstream::StreamConfig`), built from flags over
//! `--config FILE` or the current config (edit); fields natsx does not know are kept as
//! they came, so every field the server knows works here too.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use base64::Engine;
use clap::{Args, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use natsx_common::jetstream::{Compression, Discard, Republish, Retention, Storage, StreamConfig, StreamSource};
use serde_json::{json, Map, Value};

use crate::connect::ConnectArgs;
use crate::jsapi::{
    self, count, human_bytes, limit, nanos, parse_long_duration, parse_size, print_json, print_section, request, set, Editable,
};

#[derive(Args, Debug)]
pub struct StreamArgs {
    #[command(subcommand)]
    pub command: StreamCommand,
}

#[derive(Subcommand, Debug)]
pub enum StreamCommand {
    /// Create a stream
    #[command(alias = "create", alias = "new")]
    Add(AddArgs),
    /// Change a stream's configuration
    #[command(alias = "update")]
    Edit(AddArgs),
    /// Show a stream's configuration and state
    Info(InfoArgs),
    /// List streams
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Delete a stream and all its messages
    #[command(alias = "delete")]
    Rm(RmArgs),
    /// Remove messages from a stream
    Purge(PurgeArgs),
    /// Show one message
    Get(GetArgs),
    /// Delete one message
    Rmm(RmmArgs),
    /// Show the messages of a stream
    View(ViewArgs),
    /// A table of every stream
    Report(ReportArgs),
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// Stream name
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// Subjects the stream captures (repeatable or comma separated); defaults to the name
    #[arg(long, value_delimiter = ',', value_parser = crate::validate::subscribe_subject)]
    pub subjects: Vec<String>,
    /// Storage: file or memory
    #[arg(long, value_parser = jsapi::parse_storage)]
    pub storage: Option<Storage>,
    /// Retention: limits, interest or workqueue
    #[arg(long, value_parser = jsapi::parse_retention)]
    pub retention: Option<Retention>,
    /// Discard policy when full: old or new
    #[arg(long, value_parser = jsapi::parse_discard)]
    pub discard: Option<Discard>,
    /// Discard new messages per subject (with --discard new and --max-msgs-per-subject)
    #[arg(long = "discard-per-subject")]
    pub discard_per_subject: bool,
    /// Maximum number of messages (-1 unlimited)
    #[arg(long = "max-msgs", allow_hyphen_values = true)]
    pub max_msgs: Option<i64>,
    /// Maximum messages per subject (-1 unlimited)
    #[arg(long = "max-msgs-per-subject", allow_hyphen_values = true)]
    pub max_msgs_per_subject: Option<i64>,
    /// Maximum total size (e.g. 1GB; -1 unlimited)
    #[arg(long = "max-bytes", value_parser = parse_size, allow_hyphen_values = true)]
    pub max_bytes: Option<i64>,
    /// Maximum message age (e.g. 1h, 7d; 0 unlimited)
    #[arg(long = "max-age", value_parser = parse_long_duration)]
    pub max_age: Option<Duration>,
    /// Maximum message size (e.g. 1MB; -1 unlimited)
    #[arg(long = "max-msg-size", value_parser = crate::jsapi::parse_msg_size, allow_hyphen_values = true)]
    pub max_msg_size: Option<i32>,
    /// Maximum consumers (-1 unlimited)
    #[arg(long = "max-consumers", allow_hyphen_values = true)]
    pub max_consumers: Option<i64>,
    /// Duplicate tracking window (e.g. 2m)
    #[arg(long = "dupe-window", value_parser = parse_long_duration)]
    pub dupe_window: Option<Duration>,
    /// Replicas
    #[arg(long)]
    pub replicas: Option<i64>,
    /// Do not acknowledge publishes
    #[arg(long = "no-ack")]
    pub no_ack: bool,
    /// Allow Nats-Rollup headers
    #[arg(long = "allow-rollup")]
    pub allow_rollup: bool,
    /// Refuse message deletes
    #[arg(long = "deny-delete")]
    pub deny_delete: bool,
    /// Refuse purges
    #[arg(long = "deny-purge")]
    pub deny_purge: bool,
    /// Allow direct get
    #[arg(long = "allow-direct")]
    pub allow_direct: bool,
    /// Seal the stream (edit only): no more writes, deletes or purges
    #[arg(long)]
    pub seal: bool,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    /// First sequence of a new stream
    #[arg(long = "first-sequence")]
    pub first_sequence: Option<u64>,
    /// Compression: none or s2
    #[arg(long, value_parser = jsapi::parse_compression)]
    pub compression: Option<Compression>,
    /// Metadata as key=value (repeatable)
    #[arg(long)]
    pub metadata: Vec<String>,
    /// Republish stored messages: source subject filter
    #[arg(long = "republish-source")]
    pub republish_source: Option<String>,
    /// Republish stored messages: destination subject
    #[arg(long = "republish-destination")]
    pub republish_destination: Option<String>,
    /// Republish only headers
    #[arg(long = "republish-headers")]
    pub republish_headers: bool,
    /// Mirror another stream
    #[arg(long)]
    pub mirror: Option<String>,
    /// Source from other streams (repeatable)
    #[arg(long)]
    pub source: Vec<String>,
    /// The whole configuration as JSON (flags given as well override it)
    #[arg(long)]
    pub config: Option<PathBuf>,
    /// Print the server's JSON reply
    #[arg(long)]
    pub json: bool,
    /// Do not ask for confirmation (edit)
    #[arg(short = 'f', long)]
    pub force: bool,
    /// Take the defaults for everything not given (`nats stream add --defaults`;
    /// natsx never prompts, so this only documents the intent)
    #[arg(long)]
    pub defaults: bool,
}

#[derive(Args, Debug)]
pub struct InfoArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    /// Only streams capturing this subject
    #[arg(long, value_parser = crate::validate::subscribe_subject)]
    pub subject: Option<String>,
    /// Names only
    #[arg(short = 'n', long)]
    pub names: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct PurgeArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// Only messages on this subject
    #[arg(long, value_parser = crate::validate::subscribe_subject)]
    pub subject: Option<String>,
    /// Only messages below this sequence
    #[arg(long)]
    pub seq: Option<u64>,
    /// Keep this many of the newest messages
    #[arg(long)]
    pub keep: Option<u64>,
    #[arg(short = 'f', long)]
    pub force: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct GetArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// Message sequence
    pub seq: Option<u64>,
    /// The newest message on this subject instead
    #[arg(long = "last-for")]
    pub last_for: Option<String>,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RmmArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    pub seq: u64,
    /// Only remove, do not overwrite the stored bytes
    #[arg(long = "no-erase")]
    pub no_erase: bool,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct ViewArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// Only messages on this subject
    #[arg(long, value_parser = crate::validate::subscribe_subject)]
    pub subject: Option<String>,
    /// Start at this sequence
    #[arg(long)]
    pub since: Option<u64>,
    /// Show at most this many messages
    #[arg(short = 'n', long, default_value_t = 100)]
    pub count: u64,
    /// Bodies only
    #[arg(long)]
    pub raw: bool,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    #[arg(long)]
    pub json: bool,
}

pub async fn run(conn: &ConnectArgs, args: StreamArgs) -> Result<()> {
    let client = conn.connect().await?;
    match args.command {
        StreamCommand::Add(a) => add(&client, a, false).await,
        StreamCommand::Edit(a) => add(&client, a, true).await,
        StreamCommand::Info(a) => {
            let info = request(&client, &format!("$JS.API.STREAM.INFO.{}", a.name), &Value::Null).await?;
            if a.json {
                print_json(&info);
            } else {
                print_info(&info)?;
            }
            Ok(())
        }
        StreamCommand::Ls(a) => ls(&client, a).await,
        StreamCommand::Rm(a) => {
            if !jsapi::confirm(&format!("Really delete Stream {}?", a.name), a.force) {
                bail!("delete cancelled");
            }
            request(&client, &format!("$JS.API.STREAM.DELETE.{}", a.name), &Value::Null).await?;
            println!("Stream {} deleted", a.name);
            Ok(())
        }
        StreamCommand::Purge(a) => {
            if !jsapi::confirm(&format!("Really purge Stream {}?", a.name), a.force) {
                bail!("purge cancelled");
            }
            let mut body = Map::new();
            if let Some(s) = a.subject {
                body.insert("filter".into(), json!(s));
            }
            if let Some(s) = a.seq {
                body.insert("seq".into(), json!(s));
            }
            if let Some(k) = a.keep {
                body.insert("keep".into(), json!(k));
            }
            let reply = request(&client, &format!("$JS.API.STREAM.PURGE.{}", a.name), &Value::Object(body)).await?;
            if a.json {
                print_json(&reply);
            } else {
                println!("Purged {} messages from Stream {}", count(reply["purged"].as_u64().unwrap_or(0)), a.name);
            }
            Ok(())
        }
        StreamCommand::Get(a) => {
            let body = match (&a.last_for, a.seq) {
                (Some(s), _) => json!({ "last_by_subj": s }),
                (None, Some(seq)) => json!({ "seq": seq }),
                (None, None) => bail!("give a sequence or --last-for SUBJECT"),
            };
            let reply = request(&client, &format!("$JS.API.STREAM.MSG.GET.{}", a.name), &body).await?;
            if a.json {
                print_json(&reply);
            } else {
                print_stored(&reply["message"], false);
            }
            Ok(())
        }
        StreamCommand::Rmm(a) => {
            if !jsapi::confirm(&format!("Really remove message {} from Stream {}?", a.seq, a.name), a.force) {
                bail!("delete cancelled");
            }
            request(&client, &format!("$JS.API.STREAM.MSG.DELETE.{}", a.name), &json!({ "seq": a.seq, "no_erase": a.no_erase })).await?;
            println!("Message {} deleted from Stream {}", a.seq, a.name);
            Ok(())
        }
        StreamCommand::View(a) => view(&client, a).await,
        StreamCommand::Report(a) => report(&client, a).await,
    }
}

/// Builds the config: the current one (edit) or `--config`, then every flag given.
async fn add(client: &async_nats::Client, a: AddArgs, edit: bool) -> Result<()> {
    let mut edited: Editable<StreamConfig> = if let Some(path) = &a.config {
        jsapi::typed(jsapi::read_config(path)?, &path.display().to_string())?
    } else if edit {
        let info = request(client, &format!("$JS.API.STREAM.INFO.{}", a.name), &Value::Null).await?;
        jsapi::typed(info.get("config").cloned().unwrap_or_default(), "the stream info reply")?
    } else {
        Editable::default()
    };
    let c = &mut edited.config;
    c.name = a.name.clone();
    if !a.subjects.is_empty() {
        c.subjects = a.subjects;
    }
    set(&mut c.storage, a.storage);
    set(&mut c.retention, a.retention);
    set(&mut c.discard, a.discard);
    set(&mut c.max_msgs, a.max_msgs);
    set(&mut c.max_msgs_per_subject, a.max_msgs_per_subject);
    set(&mut c.max_bytes, a.max_bytes);
    set(&mut c.max_age, a.max_age.map(nanos));
    set(&mut c.max_msg_size, a.max_msg_size);
    set(&mut c.max_consumers, a.max_consumers);
    set(&mut c.duplicate_window, a.dupe_window.map(nanos));
    set(&mut c.num_replicas, a.replicas);
    set(&mut c.description, a.description);
    set(&mut c.first_seq, a.first_sequence);
    set(&mut c.compression, a.compression);
    set(&mut c.mirror, a.mirror.map(|name| Some(StreamSource { name, ..Default::default() })));
    if !a.source.is_empty() {
        c.sources = a.source.into_iter().map(|name| StreamSource { name, ..Default::default() }).collect();
    }
    for (flag, field) in [
        (a.discard_per_subject, &mut c.discard_new_per_subject),
        (a.no_ack, &mut c.no_ack),
        (a.allow_rollup, &mut c.allow_rollup_hdrs),
        (a.deny_delete, &mut c.deny_delete),
        (a.deny_purge, &mut c.deny_purge),
        (a.allow_direct, &mut c.allow_direct),
        (a.seal, &mut c.sealed),
    ] {
        *field |= flag;
    }
    if let Some(dest) = a.republish_destination {
        let src = a.republish_source.unwrap_or_else(|| ">".into());
        c.republish = Some(Republish { src, dest, headers_only: a.republish_headers });
    }
    if !a.metadata.is_empty() {
        c.metadata.clear();
        for kv in &a.metadata {
            let (k, v) = kv.split_once('=').ok_or_else(|| anyhow!("metadata must be key=value, got \"{kv}\""))?;
            c.metadata.insert(k.into(), v.into());
        }
    }
    if a.seal && !edit {
        bail!("--seal applies to existing streams (stream edit)");
    }
    if edit && !jsapi::confirm(&format!("Really edit Stream {}?", a.name), a.force) {
        bail!("edit cancelled");
    }
    let verb = if edit { "UPDATE" } else { "CREATE" };
    let info = request(client, &format!("$JS.API.STREAM.{verb}.{}", a.name), &serde_json::to_value(&edited)?).await?;
    if a.json {
        print_json(&info);
    } else {
        println!("Stream {} was {}\n", a.name, if edit { "updated" } else { "created" });
        print_info(&info)?;
    }
    Ok(())
}

pub fn print_info(info: &Value) -> Result<()> {
    let c: StreamConfig = jsapi::config_of(info)?;
    let s = &info["state"];
    println!("Information for Stream {} created {}\n", c.name, jsapi::time(&info["created"]));
    let mut rows: Vec<(&str, String)> = Vec::new();
    if !c.description.is_empty() {
        rows.push(("Description", c.description.clone()));
    }
    rows.push(("Subjects", if c.subjects.is_empty() { "-".into() } else { c.subjects.join(", ") }));
    rows.push(("Replicas", c.num_replicas.to_string()));
    rows.push(("Storage", capitalize(c.storage.as_str())));
    println!("Configuration:\n");
    let mut more: Vec<(&str, String)> = vec![
        ("Retention", capitalize(c.retention.as_str())),
        ("Acknowledgments", (!c.no_ack).to_string()),
        ("Discard Policy", capitalize(c.discard.as_str())),
        ("Duplicate Window", jsapi::duration(c.duplicate_window, "0s")),
        ("Direct Get", c.allow_direct.to_string()),
        ("Allows Msg Delete", (!c.deny_delete).to_string()),
        ("Allows Purge", (!c.deny_purge).to_string()),
        ("Allows Rollups", c.allow_rollup_hdrs.to_string()),
        ("Maximum Messages", limit(c.max_msgs, false)),
        ("Maximum Per Subject", limit(c.max_msgs_per_subject, false)),
        ("Maximum Bytes", limit(c.max_bytes, true)),
        ("Maximum Age", jsapi::duration(c.max_age, "unlimited")),
        ("Maximum Message Size", limit(c.max_msg_size.into(), true)),
        ("Maximum Consumers", limit(c.max_consumers, false)),
    ];
    if c.sealed {
        more.push(("Sealed", "true".into()));
    }
    if let Some(r) = &c.republish {
        more.push(("Republishing", format!("{} to {}", r.src, r.dest)));
    }
    if let Some(m) = &c.mirror {
        more.push(("Mirror", m.name.clone()));
    }
    if !c.sources.is_empty() {
        let names: Vec<&str> = c.sources.iter().map(|s| s.name.as_str()).collect();
        more.push(("Sources", names.join(", ")));
    }
    rows.extend(more);
    print_section(None, &rows);
    let mut state: Vec<(&str, String)> = vec![
        ("Messages", count(s["messages"].as_u64().unwrap_or(0))),
        ("Bytes", human_bytes(s["bytes"].as_u64().unwrap_or(0))),
        ("First Sequence", format!("{} @ {}", s["first_seq"], jsapi::time(&s["first_ts"]))),
        ("Last Sequence", format!("{} @ {}", s["last_seq"], jsapi::time(&s["last_ts"]))),
    ];
    if let Some(d) = s["num_deleted"].as_u64() {
        state.push(("Deleted Messages", count(d)));
    }
    if let Some(lost) = s.get("lost").filter(|l| l.is_object()) {
        state.push(("Lost Messages", format!("{} ({})", lost["msgs"], human_bytes(lost["bytes"].as_u64().unwrap_or(0)))));
    }
    state.push(("Active Consumers", s["consumer_count"].to_string()));
    state.push(("Number of Subjects", count(s["num_subjects"].as_u64().unwrap_or(0))));
    print_section(Some("State"), &state);
    Ok(())
}

fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

async fn ls(client: &async_nats::Client, a: LsArgs) -> Result<()> {
    let body = match &a.subject {
        Some(s) => json!({ "subject": s }),
        None => Value::Null,
    };
    if a.names {
        let reply = request(client, "$JS.API.STREAM.NAMES", &body).await?;
        if a.json {
            print_json(&reply["streams"]);
        } else {
            for n in reply["streams"].as_array().into_iter().flatten() {
                println!("{}", n.as_str().unwrap_or(""));
            }
        }
        return Ok(());
    }
    let reply = request(client, "$JS.API.STREAM.LIST", &body).await?;
    let streams = reply["streams"].as_array().cloned().unwrap_or_default();
    if a.json {
        print_json(&Value::Array(streams));
        return Ok(());
    }
    if streams.is_empty() {
        println!("No Streams defined");
        return Ok(());
    }
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec!["Name", "Description", "Created", "Messages", "Size", "Last Message"]);
    for s in &streams {
        let c: StreamConfig = jsapi::config_of(s)?;
        t.add_row(vec![
            c.name,
            c.description,
            jsapi::time(&s["created"]),
            count(s["state"]["messages"].as_u64().unwrap_or(0)),
            human_bytes(s["state"]["bytes"].as_u64().unwrap_or(0)),
            jsapi::time(&s["state"]["last_ts"]),
        ]);
    }
    println!("Streams\n\n{t}");
    Ok(())
}

/// Prints one stored message from a MSG.GET reply.
fn print_stored(m: &Value, raw: bool) {
    let b64 = base64::engine::general_purpose::STANDARD;
    let data = m["data"].as_str().and_then(|d| b64.decode(d).ok()).unwrap_or_default();
    if raw {
        println!("{}", String::from_utf8_lossy(&data));
        return;
    }
    println!(
        "Item: {}#{} received {} on Subject {}\n",
        m["subject"].as_str().unwrap_or(""),
        m["seq"],
        jsapi::time(&m["time"]),
        m["subject"].as_str().unwrap_or("")
    );
    if let Some(h) = m["hdrs"].as_str().and_then(|h| b64.decode(h).ok()) {
        let text = String::from_utf8_lossy(&h);
        for line in text.split("\r\n").skip(1).filter(|l| !l.is_empty()) {
            println!("{line}");
        }
        println!();
    }
    println!("{}\n", String::from_utf8_lossy(&data));
}

async fn view(client: &async_nats::Client, a: ViewArgs) -> Result<()> {
    let info = request(client, &format!("$JS.API.STREAM.INFO.{}", a.name), &Value::Null).await?;
    let last = info["state"]["last_seq"].as_u64().unwrap_or(0);
    let mut seq = a.since.unwrap_or_else(|| info["state"]["first_seq"].as_u64().unwrap_or(1)).max(1);
    let subject = a.subject.clone().unwrap_or_else(|| ">".into());
    let mut shown = 0;
    while shown < a.count && seq <= last {
        let body = json!({ "seq": seq, "next_by_subj": subject });
        let reply = match request(client, &format!("$JS.API.STREAM.MSG.GET.{}", a.name), &body).await {
            Ok(r) => r,
            Err(e) if e.to_string().contains("10037") => break,
            Err(e) => return Err(e),
        };
        let m = &reply["message"];
        print_stored(m, a.raw);
        shown += 1;
        seq = m["seq"].as_u64().unwrap_or(seq) + 1;
    }
    if shown == 0 && !a.raw {
        println!("No messages");
    }
    Ok(())
}

async fn report(client: &async_nats::Client, a: ReportArgs) -> Result<()> {
    let reply = request(client, "$JS.API.STREAM.LIST", &Value::Null).await?;
    let streams = reply["streams"].as_array().cloned().unwrap_or_default();
    if a.json {
        let rows = streams
            .iter()
            .map(|s| {
                let c: StreamConfig = jsapi::config_of(s)?;
                Ok(json!({
                    "stream": c.name, "storage": c.storage, "messages": s["state"]["messages"],
                    "bytes": s["state"]["bytes"], "consumers": s["state"]["consumer_count"], "deleted": s["state"]["num_deleted"],
                    "replicas": c.num_replicas,
                }))
            })
            .collect::<Result<Vec<Value>>>()?;
        print_json(&Value::Array(rows));
        return Ok(());
    }
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec!["Stream", "Storage", "Placement", "Consumers", "Messages", "Bytes", "Lost", "Deleted", "Replicas"]);
    for s in &streams {
        let c: StreamConfig = jsapi::config_of(s)?;
        t.add_row(vec![
            c.name,
            capitalize(c.storage.as_str()),
            String::new(),
            s["state"]["consumer_count"].to_string(),
            count(s["state"]["messages"].as_u64().unwrap_or(0)),
            human_bytes(s["state"]["bytes"].as_u64().unwrap_or(0)),
            s["state"]["lost"]["msgs"].as_array().map_or(0, |l| l.len()).to_string(),
            count(s["state"]["num_deleted"].as_u64().unwrap_or(0)),
            c.num_replicas.to_string(),
        ]);
    }
    println!("Obtaining Stream stats\n\n{t}");
    Ok(())
}
