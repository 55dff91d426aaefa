//! `natsx consumer add|edit|info|ls|rm|next|sub`, shaped like `nats consumer`.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use bytes::Bytes;
use clap::{Args, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use futures::StreamExt;
use serde_json::{json, Map, Value};

use crate::connect::{parse_duration, ConnectArgs};
use crate::jsapi::{self, count, nanos, parse_long_duration, print_json, print_section, request};
use crate::output::print_message;

#[derive(Args, Debug)]
pub struct ConsumerArgs {
    #[command(subcommand)]
    pub command: ConsumerCommand,
}

#[derive(Subcommand, Debug)]
pub enum ConsumerCommand {
    /// Create a consumer
    #[command(alias = "create", alias = "new")]
    Add(AddArgs),
    /// Change a consumer's configuration
    #[command(alias = "update")]
    Edit(AddArgs),
    /// Show a consumer's configuration and state
    Info(NameArgs),
    /// List a stream's consumers
    #[command(alias = "list")]
    Ls(LsArgs),
    /// Delete a consumer
    #[command(alias = "delete")]
    Rm(RmArgs),
    /// Fetch messages from a pull consumer
    Next(NextArgs),
    /// Receive messages from a push consumer
    Sub(SubArgs),
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// Stream name
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub stream: String,
    /// Consumer (durable) name
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// Pull consumer (the default unless --target is given)
    #[arg(long)]
    pub pull: bool,
    /// Push consumer delivering to this subject
    #[arg(long, value_parser = crate::validate::publish_subject)]
    pub target: Option<String>,
    /// Where to start: all, last, new, last_per_subject, a sequence, or an RFC 3339 time
    #[arg(long)]
    pub deliver: Option<String>,
    /// Ack policy: explicit, all or none
    #[arg(long)]
    pub ack: Option<String>,
    /// How long to wait for an ack before redelivering (e.g. 30s)
    #[arg(long, value_parser = parse_long_duration)]
    pub wait: Option<Duration>,
    /// Deliveries before giving up on a message (-1 unlimited)
    #[arg(long = "max-deliver", allow_hyphen_values = true)]
    pub max_deliver: Option<i64>,
    /// Maximum unacknowledged messages
    #[arg(long = "max-pending")]
    pub max_pending: Option<i64>,
    /// Subject filters (repeatable)
    #[arg(long, value_parser = crate::validate::subscribe_subject)]
    pub filter: Vec<String>,
    /// Replay policy: instant or original
    #[arg(long)]
    pub replay: Option<String>,
    /// Idle heartbeat interval (push)
    #[arg(long, value_parser = parse_long_duration)]
    pub heartbeat: Option<Duration>,
    /// Flow control (push)
    #[arg(long = "flow-control")]
    pub flow_control: bool,
    /// Queue group for push delivery
    #[arg(long = "deliver-group", value_parser = crate::validate::queue_group)]
    pub deliver_group: Option<String>,
    /// Maximum waiting pull requests
    #[arg(long = "max-waiting")]
    pub max_waiting: Option<i64>,
    /// Redelivery backoff durations (repeatable or comma separated)
    #[arg(long, value_delimiter = ',', value_parser = parse_long_duration)]
    pub backoff: Vec<Duration>,
    /// Remove the consumer after this long without interest
    #[arg(long = "inactive-threshold", value_parser = parse_long_duration)]
    pub inactive_threshold: Option<Duration>,
    /// Deliver headers only, with the body size in Nats-Msg-Size
    #[arg(long = "headers-only")]
    pub headers_only: bool,
    /// Description
    #[arg(long)]
    pub description: Option<String>,
    /// The whole configuration as JSON (flags given as well override it)
    #[arg(long)]
    pub config: Option<PathBuf>,
    #[arg(long)]
    pub json: bool,
    /// Do not ask for confirmation (edit)
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct NameArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub stream: String,
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct LsArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub stream: String,
    #[arg(short = 'n', long)]
    pub names: bool,
    #[arg(long)]
    pub json: bool,
}

#[derive(Args, Debug)]
pub struct RmArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub stream: String,
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    #[arg(short = 'f', long)]
    pub force: bool,
}

#[derive(Args, Debug)]
pub struct NextArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub stream: String,
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// How many messages
    #[arg(long, default_value_t = 1)]
    pub count: u64,
    /// Do not acknowledge the messages
    #[arg(long = "no-ack")]
    pub no_ack: bool,
    /// Bodies only
    #[arg(long)]
    pub raw: bool,
    /// How long to wait for messages
    #[arg(long = "wait", value_parser = parse_duration, default_value = "5s")]
    pub wait: Duration,
}

#[derive(Args, Debug)]
pub struct SubArgs {
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub stream: String,
    #[arg(value_parser = crate::validate::jetstream_name)]
    pub name: String,
    /// Stop after this many messages (0: run until interrupted)
    #[arg(long, default_value_t = 0)]
    pub count: u64,
    /// Do not acknowledge the messages
    #[arg(long = "no-ack")]
    pub no_ack: bool,
    #[arg(long)]
    pub raw: bool,
}

pub async fn run(conn: &ConnectArgs, args: ConsumerArgs) -> Result<()> {
    let client = conn.connect().await?;
    match args.command {
        ConsumerCommand::Add(a) => add(&client, a, false).await,
        ConsumerCommand::Edit(a) => add(&client, a, true).await,
        ConsumerCommand::Info(a) => {
            let info = request(&client, &format!("$JS.API.CONSUMER.INFO.{}.{}", a.stream, a.name), &Value::Null).await?;
            if a.json {
                print_json(&info);
            } else {
                print_info(&info);
            }
            Ok(())
        }
        ConsumerCommand::Ls(a) => ls(&client, a).await,
        ConsumerCommand::Rm(a) => {
            if !jsapi::confirm(&format!("Really delete Consumer {} > {}?", a.stream, a.name), a.force) {
                bail!("delete cancelled");
            }
            request(&client, &format!("$JS.API.CONSUMER.DELETE.{}.{}", a.stream, a.name), &Value::Null).await?;
            println!("Consumer {} > {} deleted", a.stream, a.name);
            Ok(())
        }
        ConsumerCommand::Next(a) => next(&client, a).await,
        ConsumerCommand::Sub(a) => sub(&client, a).await,
    }
}

async fn add(client: &async_nats::Client, a: AddArgs, edit: bool) -> Result<()> {
    let mut cfg: Map<String, Value> = if let Some(path) = &a.config {
        match jsapi::read_config(path)? {
            Value::Object(m) => m,
            _ => bail!("{}: the configuration must be a JSON object", path.display()),
        }
    } else if edit {
        let info = request(client, &format!("$JS.API.CONSUMER.INFO.{}.{}", a.stream, a.name), &Value::Null).await?;
        match info.get("config") {
            Some(Value::Object(m)) => m.clone(),
            _ => bail!("no configuration in the consumer info reply"),
        }
    } else {
        let mut m = Map::new();
        m.insert("ack_policy".into(), json!("explicit"));
        m
    };
    cfg.insert("durable_name".into(), json!(a.name));
    let mut set = |key: &str, v: Option<Value>| {
        if let Some(v) = v {
            cfg.insert(key.into(), v);
        }
    };
    if let Some(target) = &a.target {
        set("deliver_subject", Some(json!(target)));
    }
    if let Some(d) = &a.deliver {
        match d.to_ascii_lowercase().as_str() {
            p @ ("all" | "last" | "new" | "last_per_subject") => set("deliver_policy", Some(json!(p))),
            "subject" | "last-per-subject" => set("deliver_policy", Some(json!("last_per_subject"))),
            other => {
                if let Ok(seq) = other.parse::<u64>() {
                    set("deliver_policy", Some(json!("by_start_sequence")));
                    set("opt_start_seq", Some(json!(seq)));
                } else if natsx_common::time::parse_rfc3339(d).is_some() {
                    set("deliver_policy", Some(json!("by_start_time")));
                    set("opt_start_time", Some(json!(d)));
                } else {
                    bail!("--deliver takes all, last, new, last_per_subject, a sequence or an RFC 3339 time");
                }
            }
        }
    }
    set("ack_policy", a.ack.map(|s| json!(s.to_ascii_lowercase())));
    set("ack_wait", a.wait.map(|d| json!(nanos(d))));
    set("max_deliver", a.max_deliver.map(|n| json!(n)));
    set("max_ack_pending", a.max_pending.map(|n| json!(n)));
    set("replay_policy", a.replay.map(|s| json!(s.to_ascii_lowercase())));
    set("idle_heartbeat", a.heartbeat.map(|d| json!(nanos(d))));
    set("deliver_group", a.deliver_group.map(|g| json!(g)));
    set("max_waiting", a.max_waiting.map(|n| json!(n)));
    set("inactive_threshold", a.inactive_threshold.map(|d| json!(nanos(d))));
    set("description", a.description.map(|d| json!(d)));
    if a.flow_control {
        set("flow_control", Some(json!(true)));
    }
    if a.headers_only {
        set("headers_only", Some(json!(true)));
    }
    if !a.backoff.is_empty() {
        set("backoff", Some(Value::Array(a.backoff.iter().map(|d| json!(nanos(*d))).collect())));
    }
    match a.filter.len() {
        0 => {}
        1 => {
            cfg.remove("filter_subjects");
            cfg.insert("filter_subject".into(), json!(a.filter[0]));
        }
        _ => {
            cfg.remove("filter_subject");
            cfg.insert("filter_subjects".into(), json!(a.filter));
        }
    }
    if a.pull && a.target.is_some() {
        bail!("--pull and --target exclude each other");
    }
    if edit && !jsapi::confirm(&format!("Really edit Consumer {} > {}?", a.stream, a.name), a.force) {
        bail!("edit cancelled");
    }
    let body = json!({ "stream_name": a.stream, "config": cfg, "action": if edit { "update" } else { "create" } });
    let subject = format!("$JS.API.CONSUMER.CREATE.{}.{}", a.stream, a.name);
    let info = request(client, &subject, &body).await?;
    if a.json {
        print_json(&info);
    } else {
        print_info(&info);
    }
    Ok(())
}

pub fn print_info(info: &Value) {
    let c = &info["config"];
    println!(
        "Information for Consumer {} > {} created {}\n",
        info["stream_name"].as_str().unwrap_or(""),
        info["name"].as_str().unwrap_or(""),
        jsapi::time(&info["created"])
    );
    let mut rows: Vec<(&str, String)> = Vec::new();
    if let Some(d) = c["description"].as_str() {
        rows.push(("Description", d.to_string()));
    }
    if let Some(n) = c["durable_name"].as_str() {
        rows.push(("Durable Name", n.to_string()));
    }
    match c["deliver_subject"].as_str() {
        Some(s) => rows.push(("Delivery Subject", s.to_string())),
        None => rows.push(("Pull Mode", "true".into())),
    }
    if let Some(f) = c["filter_subject"].as_str() {
        rows.push(("Filter Subject", f.to_string()));
    }
    if let Some(fs) = c["filter_subjects"].as_array() {
        rows.push(("Filter Subjects", fs.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", ")));
    }
    rows.push(("Deliver Policy", c["deliver_policy"].as_str().unwrap_or("all").to_string()));
    rows.push(("Ack Policy", c["ack_policy"].as_str().unwrap_or("none").to_string()));
    rows.push(("Ack Wait", jsapi::duration(&c["ack_wait"], "-")));
    rows.push(("Replay Policy", c["replay_policy"].as_str().unwrap_or("instant").to_string()));
    rows.push(("Max Deliver", jsapi::limit(&c["max_deliver"], false)));
    rows.push(("Max Ack Pending", jsapi::limit(&c["max_ack_pending"], false)));
    if c["max_waiting"].is_number() {
        rows.push(("Max Waiting Pulls", count(c["max_waiting"].as_u64().unwrap_or(0))));
    }
    if c["idle_heartbeat"].is_number() {
        rows.push(("Idle Heartbeat", jsapi::duration(&c["idle_heartbeat"], "-")));
    }
    if c["flow_control"].as_bool() == Some(true) {
        rows.push(("Flow Control", "true".into()));
    }
    if c["inactive_threshold"].is_number() {
        rows.push(("Inactive Threshold", jsapi::duration(&c["inactive_threshold"], "-")));
    }
    print_section(Some("Configuration"), &rows);
    let state = vec![
        (
            "Last Delivered Message",
            format!("Consumer sequence: {} Stream sequence: {}", info["delivered"]["consumer_seq"], info["delivered"]["stream_seq"]),
        ),
        (
            "Acknowledgment Floor",
            format!("Consumer sequence: {} Stream sequence: {}", info["ack_floor"]["consumer_seq"], info["ack_floor"]["stream_seq"]),
        ),
        ("Outstanding Acks", format!("{} out of maximum {}", info["num_ack_pending"], jsapi::limit(&c["max_ack_pending"], false))),
        ("Redelivered Messages", info["num_redelivered"].to_string()),
        ("Unprocessed Messages", count(info["num_pending"].as_u64().unwrap_or(0))),
        ("Waiting Pulls", info["num_waiting"].to_string()),
    ];
    print_section(Some("State"), &state);
}

async fn ls(client: &async_nats::Client, a: LsArgs) -> Result<()> {
    if a.names {
        let reply = request(client, &format!("$JS.API.CONSUMER.NAMES.{}", a.stream), &Value::Null).await?;
        if a.json {
            print_json(&reply["consumers"]);
        } else {
            for n in reply["consumers"].as_array().into_iter().flatten() {
                println!("{}", n.as_str().unwrap_or(""));
            }
        }
        return Ok(());
    }
    let reply = request(client, &format!("$JS.API.CONSUMER.LIST.{}", a.stream), &Value::Null).await?;
    let consumers = reply["consumers"].as_array().cloned().unwrap_or_default();
    if a.json {
        print_json(&Value::Array(consumers));
        return Ok(());
    }
    if consumers.is_empty() {
        println!("No Consumers defined");
        return Ok(());
    }
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED);
    t.set_header(vec!["Name", "Description", "Created", "Ack Pending", "Unprocessed", "Last Delivery"]);
    for c in &consumers {
        t.add_row(vec![
            c["name"].as_str().unwrap_or("").to_string(),
            c["config"]["description"].as_str().unwrap_or("").to_string(),
            jsapi::time(&c["created"]),
            count(c["num_ack_pending"].as_u64().unwrap_or(0)),
            count(c["num_pending"].as_u64().unwrap_or(0)),
            jsapi::time(&c["delivered"]["last_active"]),
        ]);
    }
    println!("Consumers\n\n{t}");
    Ok(())
}

/// Pull requests on the consumer; each message is printed and (unless --no-ack) acked
/// with a confirmed ack.
async fn next(client: &async_nats::Client, a: NextArgs) -> Result<()> {
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.map_err(|e| anyhow!("cannot subscribe: {e}"))?;
    let body = json!({ "batch": a.count, "expires": nanos(a.wait) });
    client
        .publish_with_reply(format!("$JS.API.CONSUMER.MSG.NEXT.{}.{}", a.stream, a.name), inbox, Bytes::from(body.to_string()))
        .await
        .map_err(|e| anyhow!("cannot send the pull request: {e}"))?;
    let mut received = 0;
    let deadline = tokio::time::Instant::now() + a.wait + Duration::from_secs(1);
    while received < a.count {
        let msg = match tokio::time::timeout_at(deadline, sub.next()).await {
            Ok(Some(m)) => m,
            _ => break,
        };
        if let Some(status) = msg.status {
            match status.as_u16() {
                100 => continue,
                404 | 408 | 409 if received > 0 => break,
                503 => bail!("no consumer {} > {} (or JetStream not enabled)", a.stream, a.name),
                _ => bail!("no message received: {} {}", status.as_u16(), msg.description.unwrap_or_default()),
            }
        }
        received += 1;
        if !a.raw {
            let info = msg.reply.as_ref().map(|r| r.to_string()).unwrap_or_default();
            let tokens: Vec<&str> = info.split('.').collect();
            if tokens.len() >= 9 {
                println!(
                    "[{}] subj: {} / tries: {} / cons seq: {} / str seq: {} / pending: {}\n",
                    crate::output::clock(),
                    msg.subject,
                    tokens[4],
                    tokens[6],
                    tokens[5],
                    tokens[8]
                );
            }
        }
        print_message(received, &msg, a.raw);
        if !a.no_ack {
            if let Some(reply) = &msg.reply {
                client.request(reply.to_string(), Bytes::new()).await.map_err(|e| anyhow!("ack failed: {e}"))?;
                if !a.raw {
                    println!("Acknowledged message\n");
                }
            }
        }
    }
    if received == 0 {
        bail!("no message received within {:?}", a.wait);
    }
    Ok(())
}

/// Subscribes to a push consumer's deliver subject and prints (and acks) what arrives.
async fn sub(client: &async_nats::Client, a: SubArgs) -> Result<()> {
    let info = request(client, &format!("$JS.API.CONSUMER.INFO.{}.{}", a.stream, a.name), &Value::Null).await?;
    let Some(deliver) = info["config"]["deliver_subject"].as_str().map(str::to_string) else {
        bail!("{} > {} is a pull consumer: use `natsx consumer next`", a.stream, a.name);
    };
    let mut sub = match info["config"]["deliver_group"].as_str() {
        Some(g) => client.queue_subscribe(deliver.clone(), g.to_string()).await,
        None => client.subscribe(deliver.clone()).await,
    }
    .map_err(|e| anyhow!("cannot subscribe: {e}"))?;
    let mut received = 0;
    while let Some(msg) = sub.next().await {
        if let Some(status) = msg.status {
            // Flow control requests want an empty reply; heartbeats need nothing.
            if status.as_u16() == 100 {
                if let Some(reply) = &msg.reply {
                    let _ = client.publish(reply.clone(), Bytes::new()).await;
                }
            }
            continue;
        }
        received += 1;
        print_message(received, &msg, a.raw);
        if !a.no_ack {
            if let Some(reply) = &msg.reply {
                let _ = client.publish(reply.clone(), Bytes::new()).await;
            }
        }
        if a.count > 0 && received >= a.count {
            break;
        }
    }
    let _ = client.flush().await;
    Ok(())
}
