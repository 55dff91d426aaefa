//! `natsx consumer add|edit|info|ls|rm|next|sub`, shaped like `nats consumer`.

use std::path::PathBuf;
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use bytes::Bytes;
use clap::{Args, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use futures::StreamExt;
use natsx_common::jetstream::{AckPolicy, ConsumerConfig, DeliverPolicy, ReplayPolicy};
use natsx_common::time::GoTime;
use serde_json::{json, Value};

use crate::connect::{parse_duration, ConnectArgs};
use crate::jsapi::{self, count, nanos, parse_long_duration, print_json, print_section, request, set, Editable};
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
    #[arg(long, value_parser = jsapi::parse_ack_policy)]
    pub ack: Option<AckPolicy>,
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
    #[arg(long, value_parser = jsapi::parse_replay_policy)]
    pub replay: Option<ReplayPolicy>,
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
                print_info(&info)?;
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

/// Builds the config: the current one (edit) or `--config` (else an explicit-ack
/// consumer), then every flag given.
async fn add(client: &async_nats::Client, a: AddArgs, edit: bool) -> Result<()> {
    let mut edited: Editable<ConsumerConfig> = if let Some(path) = &a.config {
        jsapi::typed(jsapi::read_config(path)?, &path.display().to_string())?
    } else if edit {
        let info = request(client, &format!("$JS.API.CONSUMER.INFO.{}.{}", a.stream, a.name), &Value::Null).await?;
        jsapi::typed(info.get("config").cloned().unwrap_or_default(), "the consumer info reply")?
    } else {
        let mut new = Editable::<ConsumerConfig>::default();
        new.config.ack_policy = AckPolicy::Explicit;
        new
    };
    let c = &mut edited.config;
    c.durable_name = a.name.clone();
    set(&mut c.deliver_subject, a.target.clone());
    if let Some(d) = &a.deliver {
        match d.to_ascii_lowercase().as_str() {
            "all" => c.deliver_policy = DeliverPolicy::All,
            "last" => c.deliver_policy = DeliverPolicy::Last,
            "new" => c.deliver_policy = DeliverPolicy::New,
            "last_per_subject" | "subject" | "last-per-subject" => c.deliver_policy = DeliverPolicy::LastPerSubject,
            other => {
                if let Ok(seq) = other.parse::<u64>() {
                    c.deliver_policy = DeliverPolicy::ByStartSequence;
                    c.opt_start_seq = seq;
                } else if let Ok(time) = GoTime::parse(d) {
                    c.deliver_policy = DeliverPolicy::ByStartTime;
                    c.opt_start_time = Some(time);
                } else {
                    bail!("--deliver takes all, last, new, last_per_subject, a sequence or an RFC 3339 time");
                }
            }
        }
    }
    set(&mut c.ack_policy, a.ack);
    set(&mut c.ack_wait, a.wait.map(nanos));
    set(&mut c.max_deliver, a.max_deliver);
    set(&mut c.max_ack_pending, a.max_pending);
    set(&mut c.replay_policy, a.replay);
    set(&mut c.idle_heartbeat, a.heartbeat.map(nanos));
    set(&mut c.deliver_group, a.deliver_group.clone());
    set(&mut c.max_waiting, a.max_waiting);
    set(&mut c.inactive_threshold, a.inactive_threshold.map(nanos));
    set(&mut c.description, a.description.clone());
    c.flow_control |= a.flow_control;
    c.headers_only |= a.headers_only;
    if !a.backoff.is_empty() {
        c.backoff = a.backoff.iter().map(|d| nanos(*d)).collect();
    }
    match a.filter.len() {
        0 => {}
        1 => {
            c.filter_subjects.clear();
            c.filter_subject = a.filter[0].clone();
        }
        _ => {
            c.filter_subject.clear();
            c.filter_subjects = a.filter.clone();
        }
    }
    if a.pull && a.target.is_some() {
        bail!("--pull and --target exclude each other");
    }
    if edit && !jsapi::confirm(&format!("Really edit Consumer {} > {}?", a.stream, a.name), a.force) {
        bail!("edit cancelled");
    }
    let body = json!({ "stream_name": a.stream, "config": edited, "action": if edit { "update" } else { "create" } });
    let subject = format!("$JS.API.CONSUMER.CREATE.{}.{}", a.stream, a.name);
    let info = request(client, &subject, &body).await?;
    if a.json {
        print_json(&info);
    } else {
        print_info(&info)?;
    }
    Ok(())
}

pub fn print_info(info: &Value) -> Result<()> {
    let c: ConsumerConfig = jsapi::config_of(info)?;
    println!(
        "Information for Consumer {} > {} created {}\n",
        info["stream_name"].as_str().unwrap_or(""),
        info["name"].as_str().unwrap_or(""),
        jsapi::time(&info["created"])
    );
    let mut rows: Vec<(&str, String)> = Vec::new();
    if !c.description.is_empty() {
        rows.push(("Description", c.description.clone()));
    }
    if !c.durable_name.is_empty() {
        rows.push(("Durable Name", c.durable_name.clone()));
    }
    match c.is_pull() {
        false => rows.push(("Delivery Subject", c.deliver_subject.clone())),
        true => rows.push(("Pull Mode", "true".into())),
    }
    if !c.filter_subject.is_empty() {
        rows.push(("Filter Subject", c.filter_subject.clone()));
    }
    if !c.filter_subjects.is_empty() {
        rows.push(("Filter Subjects", c.filter_subjects.join(", ")));
    }
    rows.push(("Deliver Policy", c.deliver_policy.as_str().to_string()));
    rows.push(("Ack Policy", c.ack_policy.as_str().to_string()));
    rows.push(("Ack Wait", jsapi::duration(c.ack_wait, "-")));
    rows.push(("Replay Policy", c.replay_policy.as_str().to_string()));
    rows.push(("Max Deliver", jsapi::limit(c.max_deliver, false)));
    rows.push(("Max Ack Pending", jsapi::limit(c.max_ack_pending, false)));
    // Zero is left out of the JSON by the server, and out of this screen.
    if c.max_waiting != 0 {
        rows.push(("Max Waiting Pulls", count(c.max_waiting.max(0) as u64)));
    }
    if c.idle_heartbeat != 0 {
        rows.push(("Idle Heartbeat", jsapi::duration(c.idle_heartbeat, "-")));
    }
    if c.flow_control {
        rows.push(("Flow Control", "true".into()));
    }
    if c.inactive_threshold != 0 {
        rows.push(("Inactive Threshold", jsapi::duration(c.inactive_threshold, "-")));
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
        ("Outstanding Acks", format!("{} out of maximum {}", info["num_ack_pending"], jsapi::limit(c.max_ack_pending, false))),
        ("Redelivered Messages", info["num_redelivered"].to_string()),
        ("Unprocessed Messages", count(info["num_pending"].as_u64().unwrap_or(0))),
        ("Waiting Pulls", info["num_waiting"].to_string()),
    ];
    print_section(Some("State"), &state);
    Ok(())
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
            jsapi::config_of::<ConsumerConfig>(c)?.description,
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
    let config: ConsumerConfig = jsapi::typed(info.get("config").cloned().unwrap_or_default(), "the consumer info reply")?;
    if config.is_pull() {
        bail!("{} > {} is a pull consumer: use `natsx consumer next`", a.stream, a.name);
    }
    let deliver = config.deliver_subject;
    let mut sub = match config.deliver_group.as_str() {
        "" => client.subscribe(deliver.clone()).await,
        group => client.queue_subscribe(deliver.clone(), group.to_string()).await,
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
