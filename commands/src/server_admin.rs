//! `natsx server ping | info | list | report | request | check`, `natsx rtt` and
//! `natsx events`: the nats CLI's operator commands, as clients of the system account's
//! services (`$SYS.REQ.SERVER.PING[.<KIND>]`, `$SYS.REQ.SERVER.<id>.<KIND>`) and events
//! (`$SYS.ACCOUNT.<account>.CONNECT|DISCONNECT`, JetStream advisories). They work with
//! natsx and nats-server alike, as a user of the system account.
//!
//! `natsx server` followed by one of these verbs is the admin client; with anything
//! else it is the broker (see `main.rs`). The `check` verbs print one Nagios-style line
//! and exit 0 (OK), 1 (WARNING) or 2 (CRITICAL).

use std::time::{Duration, Instant};

use anyhow::{anyhow, bail, Result};
use bytes::Bytes;
use clap::{Parser, Subcommand};
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use serde_json::{json, Value};

use crate::connect::{parse_duration, ConnectArgs};
use crate::jsapi::{count, human_bytes, print_json, print_section};

/// The words after `natsx server` that make it the admin client.
pub const VERBS: &[&str] = &["ping", "info", "list", "ls", "report", "request", "req", "check"];

#[derive(Parser, Debug)]
#[command(name = "natsx server", about = "Server administration through the system account")]
struct ServerTool {
    #[command(flatten)]
    connect: ConnectArgs,
    #[command(subcommand)]
    verb: Verb,
}

#[derive(Subcommand, Debug)]
enum Verb {
    /// Ping every server and show how long each took to answer
    Ping {
        /// The servers' answers (their statistics) as JSON
        #[arg(long)]
        json: bool,
    },
    /// One server's details (default: the first to answer)
    Info {
        /// A server's name or id
        #[arg(value_name = "SERVER")]
        which: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Every server, with its connections, subscriptions and traffic
    #[command(alias = "ls")]
    List {
        #[arg(long)]
        json: bool,
    },
    /// Connections, JetStream or accounts across the servers
    #[command(subcommand)]
    Report(Report),
    /// A raw system request (varz, connz, subsz, jsz, accountz, healthz, statsz, idz)
    #[command(alias = "req")]
    Request {
        kind: String,
        /// Ask one server (its id) instead of all
        #[arg(long)]
        id: Option<String>,
        /// Options as JSON, e.g. '{"subs":true}'
        #[arg(long, default_value = "{}")]
        filter: String,
    },
    /// Nagios-style checks: exit 0 OK, 1 WARNING, 2 CRITICAL
    #[command(subcommand)]
    Check(Check),
}

#[derive(Subcommand, Debug)]
enum Report {
    /// The connections, busiest first
    #[command(alias = "conns")]
    Connections {
        /// Only this account's
        #[arg(long)]
        account: Option<String>,
        /// How many (per server)
        #[arg(long, default_value_t = 100)]
        top: usize,
        /// Sort by (nats-server's connz sorts): msgs_to, msgs_from, bytes_to, bytes_from,
        /// subs, pending, uptime, cid, start, last, idle, rtt
        #[arg(long, default_value = "msgs_to")]
        sort: String,
        #[arg(long)]
        json: bool,
    },
    /// JetStream on each server
    #[command(alias = "js")]
    Jetstream {
        #[arg(long)]
        json: bool,
    },
    /// Connections and traffic per account
    #[command(alias = "acct")]
    Accounts {
        #[arg(long)]
        json: bool,
    },
}

#[derive(Subcommand, Debug)]
enum Check {
    /// Connect, round trip and request times
    #[command(alias = "conn")]
    Connection {
        #[arg(long, default_value = "500ms", value_parser = parse_duration)]
        connect_warn: Duration,
        #[arg(long, default_value = "1s", value_parser = parse_duration)]
        connect_critical: Duration,
        #[arg(long, default_value = "500ms", value_parser = parse_duration)]
        rtt_warn: Duration,
        #[arg(long, default_value = "1s", value_parser = parse_duration)]
        rtt_critical: Duration,
    },
    /// The account's JetStream use against its limits (percent)
    #[command(alias = "js")]
    Jetstream {
        #[arg(long, default_value_t = 75)]
        mem_warn: u64,
        #[arg(long, default_value_t = 90)]
        mem_critical: u64,
        #[arg(long, default_value_t = 75)]
        store_warn: u64,
        #[arg(long, default_value_t = 90)]
        store_critical: u64,
    },
    /// A stream exists and holds at least so many messages
    Stream {
        #[arg(long)]
        stream: String,
        /// Warn when it holds fewer messages
        #[arg(long)]
        msgs_warn: Option<u64>,
        /// Critical when it holds fewer messages
        #[arg(long)]
        msgs_critical: Option<u64>,
    },
}

/// The verbs' command line (for their man pages).
pub fn command() -> clap::Command {
    use clap::CommandFactory;
    ServerTool::command()
}

/// The verb and the connection flags in force for `natsx server <verb> ...`.
fn parse(top: &ConnectArgs, args: &[String]) -> Result<(ConnectArgs, Verb)> {
    use clap::{CommandFactory, FromArgMatches};
    let mut words = vec!["natsx server".to_string()];
    words.extend(args.iter().cloned());
    let parsed = ServerTool::command().try_get_matches_from(words).and_then(|m| ServerTool::from_arg_matches(&m).map(|t| (t, m)));
    let (tool, matches) = match parsed {
        Ok(parsed) => parsed,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { 2 } else { 0 });
        }
    };
    // Flags typed after the verb win; everything else (flags before `server`, then the
    // environment) comes from the top-level parse.
    let typed = |id: &str| matches.value_source(id) == Some(clap::parser::ValueSource::CommandLine);
    let mut connect = tool.connect.typed_over(top, typed);
    connect.apply_context()?;
    Ok((connect, tool.verb))
}

/// Runs `natsx server <verb> ...` from the shell; `top` holds the flags given before
/// `server`.
pub fn run(top: &ConnectArgs, args: &[String]) -> Result<()> {
    let (connect, verb_args) = parse(top, args)?;
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let result = runtime.block_on(verb(&connect, verb_args));
    runtime.shutdown_background();
    result
}

/// The same inside a running runtime (the REPL).
pub async fn run_async(top: &ConnectArgs, args: &[String]) -> Result<()> {
    let (connect, verb_args) = parse(top, args)?;
    verb(&connect, verb_args).await
}

/// Sends a system request to every server and collects the answers as JSON.
async fn ask(client: &async_nats::Client, subject: &str, body: Value, window: Duration) -> Result<Vec<Value>> {
    let payload = Bytes::from(body.to_string());
    let answers = crate::connect::request_many(client, subject, payload, window)
        .await?
        .ok_or_else(|| anyhow!("no server answers {subject}: connect as a user of the system account"))?;
    let values: Vec<Value> = answers.iter().filter_map(|a| serde_json::from_slice(a).ok()).collect();
    if let Some(error) = values.iter().find_map(|v| v.get("error")) {
        bail!("{}", error["description"].as_str().unwrap_or("the server refused the request"));
    }
    Ok(values)
}

/// How long to wait for every server's answer.
fn window(connect: &ConnectArgs) -> Duration {
    connect.timeout.min(Duration::from_secs(1))
}

/// How long since an RFC 3339 start time, in nats-server's uptime format.
fn uptime(start: &str) -> String {
    let Some(nanos) = natsx_common::time::parse_rfc3339(start).filter(|n| *n > 0) else { return String::new() };
    let started = std::time::UNIX_EPOCH + Duration::from_nanos(nanos as u64);
    natsx_common::time::uptime(std::time::SystemTime::now().duration_since(started).unwrap_or_default())
}

fn num(v: &Value) -> u64 {
    v.as_u64().unwrap_or(0)
}

async fn verb(connect: &ConnectArgs, verb: Verb) -> Result<()> {
    if let Verb::Check(check) = verb {
        let (status, line) = run_check(connect, check).await;
        println!("{line}");
        std::process::exit(status);
    }
    let client = connect.connect().await?;
    let wait = window(connect);
    match verb {
        Verb::Ping { json: true } => print_json(&Value::Array(ask(&client, "$SYS.REQ.SERVER.PING", json!({}), wait).await?)),
        Verb::Ping { json: false } => {
            let started = Instant::now();
            let inbox = client.new_inbox();
            let mut sub = client.subscribe(inbox.clone()).await?;
            client.publish_with_reply("$SYS.REQ.SERVER.PING", inbox, Bytes::new()).await?;
            client.flush().await?;
            let deadline = tokio::time::Instant::now() + wait;
            let mut n = 0;
            while let Ok(Some(m)) = tokio::time::timeout_at(deadline, futures::StreamExt::next(&mut sub)).await {
                if m.status.is_some() {
                    bail!("no server answers $SYS.REQ.SERVER.PING: connect as a user of the system account");
                }
                let v: Value = serde_json::from_slice(&m.payload).unwrap_or_default();
                n += 1;
                println!("{:<30} rtt={:.2?}", v["server"]["name"].as_str().unwrap_or("?"), started.elapsed());
            }
            println!("\n---- ping statistics ----\n{n} replies");
        }
        Verb::Info { which: server, json } => {
            let answers = ask(&client, "$SYS.REQ.SERVER.PING.VARZ", json!({}), wait).await?;
            let found = answers.into_iter().find(|a| {
                server.as_deref().is_none_or(|s| a["server"]["name"].as_str() == Some(s) || a["server"]["id"].as_str() == Some(s))
            });
            let Some(answer) = found else { bail!("no server named {:?} answered", server.unwrap_or_default()) };
            let d = &answer["data"];
            if json {
                print_json(d);
                return Ok(());
            }
            print_section(
                Some(&format!(
                    "Server information for {} ({})",
                    d["server_name"].as_str().unwrap_or(""),
                    d["server_id"].as_str().unwrap_or("")
                )),
                &[
                    ("Version", d["version"].as_str().unwrap_or_default().to_string()),
                    ("Host", format!("{}:{}", d["host"].as_str().unwrap_or_default(), d["port"])),
                    ("Uptime", d["uptime"].as_str().unwrap_or_default().to_string()),
                    ("JetStream", (!d["jetstream"]["config"].is_null()).to_string()),
                    ("Connections", count(num(&d["connections"]))),
                    ("Subscriptions", count(num(&d["subscriptions"]))),
                    ("Messages In / Out", format!("{} / {}", count(num(&d["in_msgs"])), count(num(&d["out_msgs"])))),
                    ("Bytes In / Out", format!("{} / {}", human_bytes(num(&d["in_bytes"])), human_bytes(num(&d["out_bytes"])))),
                    ("Slow Consumers", count(num(&d["slow_consumers"]))),
                    ("Memory", human_bytes(num(&d["mem"]))),
                ],
            );
        }
        Verb::List { json } => {
            let answers = ask(&client, "$SYS.REQ.SERVER.PING.STATSZ", json!({}), wait).await?;
            if json {
                print_json(&Value::Array(answers));
                return Ok(());
            }
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header([
                "Name",
                "Version",
                "JetStream",
                "Connections",
                "Subscriptions",
                "Msgs In",
                "Msgs Out",
                "Bytes In",
                "Bytes Out",
                "Slow",
                "Uptime",
            ]);
            for a in &answers {
                let (s, z) = (&a["server"], &a["statsz"]);
                table.add_row([
                    s["name"].as_str().unwrap_or_default().to_string(),
                    s["ver"].as_str().unwrap_or_default().to_string(),
                    if s["jetstream"].as_bool().unwrap_or(false) { "yes" } else { "no" }.to_string(),
                    count(num(&z["connections"])),
                    count(num(&z["subscriptions"])),
                    count(num(&z["received"]["msgs"])),
                    count(num(&z["sent"]["msgs"])),
                    human_bytes(num(&z["received"]["bytes"])),
                    human_bytes(num(&z["sent"]["bytes"])),
                    count(num(&z["slow_consumers"])),
                    uptime(z["start"].as_str().unwrap_or_default()),
                ]);
            }
            println!("{table}");
            println!("{} servers", answers.len());
        }
        Verb::Report(Report::Connections { account, top, sort, json }) => {
            let mut filter = json!({ "limit": top, "sort": sort, "auth": true });
            if let Some(a) = &account {
                filter["acc"] = json!(a);
            }
            let answers = ask(&client, "$SYS.REQ.SERVER.PING.CONNZ", filter, wait).await?;
            let mut rows: Vec<(String, Value)> = Vec::new();
            for a in &answers {
                let server = a["server"]["name"].as_str().unwrap_or_default().to_string();
                for c in a["data"]["connections"].as_array().into_iter().flatten() {
                    rows.push((server.clone(), c.clone()));
                }
            }
            if json {
                print_json(&Value::Array(
                    rows.into_iter()
                        .map(|(s, mut c)| {
                            c["server"] = json!(s);
                            c
                        })
                        .collect(),
                ));
                return Ok(());
            }
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header(["CID", "Name", "Server", "Account", "Uptime", "Msgs In", "Msgs Out", "Bytes In", "Bytes Out", "Subs"]);
            for (server, c) in &rows {
                table.add_row([
                    num(&c["cid"]).to_string(),
                    c["name"].as_str().unwrap_or_default().to_string(),
                    server.clone(),
                    c["account"].as_str().unwrap_or_default().to_string(),
                    c["uptime"].as_str().unwrap_or_default().to_string(),
                    count(num(&c["in_msgs"])),
                    count(num(&c["out_msgs"])),
                    human_bytes(num(&c["in_bytes"])),
                    human_bytes(num(&c["out_bytes"])),
                    num(&c["subscriptions"]).to_string(),
                ]);
            }
            println!("{table}");
            println!("{} connections", rows.len());
        }
        Verb::Report(Report::Jetstream { json }) => {
            let answers = ask(&client, "$SYS.REQ.SERVER.PING.JSZ", json!({}), wait).await?;
            if json {
                print_json(&Value::Array(answers));
                return Ok(());
            }
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header(["Server", "Streams", "Consumers", "Messages", "Bytes", "Memory", "File", "API Requests", "API Errors"]);
            for a in &answers {
                let d = &a["data"];
                table.add_row([
                    a["server"]["name"].as_str().unwrap_or_default().to_string(),
                    count(num(&d["streams"])),
                    count(num(&d["consumers"])),
                    count(num(&d["messages"])),
                    human_bytes(num(&d["bytes"])),
                    human_bytes(num(&d["memory"])),
                    human_bytes(num(&d["storage"])),
                    count(num(&d["api"]["total"])),
                    count(num(&d["api"]["errors"])),
                ]);
            }
            println!("{table}");
        }
        Verb::Report(Report::Accounts { json }) => {
            let answers = ask(&client, "$SYS.REQ.SERVER.PING.CONNZ", json!({ "limit": 100_000, "auth": true }), wait).await?;
            let mut accounts: std::collections::BTreeMap<String, [u64; 6]> = Default::default();
            for c in answers.iter().flat_map(|a| a["data"]["connections"].as_array().cloned().unwrap_or_default()) {
                let e = accounts.entry(c["account"].as_str().unwrap_or("$G").to_string()).or_default();
                e[0] += 1;
                for (i, key) in ["in_msgs", "out_msgs", "in_bytes", "out_bytes", "subscriptions"].iter().enumerate() {
                    e[i + 1] += num(&c[*key]);
                }
            }
            if json {
                let rows: Vec<Value> = accounts
                    .iter()
                    .map(|(a, e)| json!({"account": a, "connections": e[0], "in_msgs": e[1], "out_msgs": e[2], "in_bytes": e[3], "out_bytes": e[4], "subscriptions": e[5]}))
                    .collect();
                print_json(&Value::Array(rows));
                return Ok(());
            }
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header(["Account", "Connections", "Msgs In", "Msgs Out", "Bytes In", "Bytes Out", "Subs"]);
            for (a, e) in &accounts {
                table.add_row([a.clone(), count(e[0]), count(e[1]), count(e[2]), human_bytes(e[3]), human_bytes(e[4]), count(e[5])]);
            }
            println!("{table}");
        }
        Verb::Request { kind, id, filter } => {
            let kind = kind.to_ascii_uppercase();
            if !["VARZ", "CONNZ", "SUBSZ", "JSZ", "ACCOUNTZ", "HEALTHZ", "STATSZ", "IDZ", "ROUTEZ", "GATEWAYZ", "LEAFZ"]
                .contains(&kind.as_str())
            {
                bail!("unknown request {kind:?}: varz, connz, subsz, jsz, accountz, healthz, statsz, idz, routez, gatewayz or leafz");
            }
            let body: Value = serde_json::from_str(&filter).map_err(|e| anyhow!("--filter is not JSON: {e}"))?;
            let subject = match &id {
                Some(id) => format!("$SYS.REQ.SERVER.{id}.{kind}"),
                None => format!("$SYS.REQ.SERVER.PING.{kind}"),
            };
            let answers = ask(&client, &subject, body, wait).await?;
            if answers.is_empty() {
                bail!("no server answered {subject}");
            }
            for a in answers {
                print_json(&a);
            }
        }
        Verb::Check(_) => unreachable!("handled above"),
    }
    Ok(())
}

/// A check's exit status (0 OK, 1 WARNING, 2 CRITICAL) and its line.
async fn run_check(connect: &ConnectArgs, check: Check) -> (i32, String) {
    let grade = |value: Duration, warn: Duration, critical: Duration| match value {
        v if v >= critical => 2,
        v if v >= warn => 1,
        _ => 0,
    };
    let word = |status: i32| ["OK", "WARNING", "CRITICAL"][status.clamp(0, 2) as usize];
    match check {
        Check::Connection { connect_warn, connect_critical, rtt_warn, rtt_critical } => {
            let started = Instant::now();
            let client = match connect.connect().await {
                Ok(c) => c,
                Err(e) => return (2, format!("CRITICAL Connection CRIT:connection failed: {e}")),
            };
            let connect_time = started.elapsed();
            let rtt_started = Instant::now();
            if let Err(e) = client.flush().await {
                return (2, format!("CRITICAL Connection CRIT:round trip failed: {e}"));
            }
            let rtt = rtt_started.elapsed();
            let status = grade(connect_time, connect_warn, connect_critical).max(grade(rtt, rtt_warn, rtt_critical));
            let w = word(status);
            (
                status,
                format!(
                    "{w} Connection {w}:connected to {} in {connect_time:.2?} {w}:rtt time {rtt:.2?} | connect_time={:.4}s;{:.4};{:.4} rtt={:.4}s;{:.4};{:.4}",
                    connect.url(),
                    connect_time.as_secs_f64(),
                    connect_warn.as_secs_f64(),
                    connect_critical.as_secs_f64(),
                    rtt.as_secs_f64(),
                    rtt_warn.as_secs_f64(),
                    rtt_critical.as_secs_f64()
                ),
            )
        }
        Check::Jetstream { mem_warn, mem_critical, store_warn, store_critical } => {
            let client = match connect.connect().await {
                Ok(c) => c,
                Err(e) => return (2, format!("CRITICAL JetStream CRIT:connection failed: {e}")),
            };
            let info = match crate::jsapi::request(&client, "$JS.API.INFO", &Value::Null).await {
                Ok(i) => i,
                Err(e) => return (2, format!("CRITICAL JetStream CRIT:{e}")),
            };
            let percent = |used: &Value, limit: &Value| {
                let limit = limit.as_i64().unwrap_or(-1);
                if limit > 0 {
                    num(used) * 100 / limit as u64
                } else {
                    0
                }
            };
            let mem = percent(&info["memory"], &info["limits"]["max_memory"]);
            let store = percent(&info["storage"], &info["limits"]["max_storage"]);
            let level = |p: u64, w: u64, c: u64| {
                if p >= c {
                    2
                } else if p >= w {
                    1
                } else {
                    0
                }
            };
            let status = level(mem, mem_warn, mem_critical).max(level(store, store_warn, store_critical));
            let w = word(status);
            (
                status,
                format!(
                    "{w} JetStream {w}:memory {mem}% {w}:storage {store}% | memory={}B memory_pct={mem}%;{mem_warn};{mem_critical} storage={}B storage_pct={store}%;{store_warn};{store_critical} streams={} consumers={}",
                    num(&info["memory"]),
                    num(&info["storage"]),
                    num(&info["streams"]),
                    num(&info["consumers"])
                ),
            )
        }
        Check::Stream { stream, msgs_warn, msgs_critical } => {
            let client = match connect.connect().await {
                Ok(c) => c,
                Err(e) => return (2, format!("CRITICAL Stream {stream} CRIT:connection failed: {e}")),
            };
            let info = match crate::jsapi::request(&client, &format!("$JS.API.STREAM.INFO.{stream}"), &Value::Null).await {
                Ok(i) => i,
                Err(e) => return (2, format!("CRITICAL Stream {stream} CRIT:{e}")),
            };
            let msgs = num(&info["state"]["messages"]);
            let status = if msgs_critical.is_some_and(|c| msgs < c) {
                2
            } else if msgs_warn.is_some_and(|w| msgs < w) {
                1
            } else {
                0
            };
            let w = word(status);
            (
                status,
                format!(
                    "{w} Stream {stream} {w}:{msgs} messages | messages={msgs};{};{}",
                    msgs_warn.unwrap_or(0),
                    msgs_critical.unwrap_or(0)
                ),
            )
        }
    }
}

/// `natsx rtt`: the round trip to the server, measured `iterations` times.
pub async fn rtt(connect: &ConnectArgs, iterations: u32) -> Result<()> {
    let client = connect.connect().await?;
    let mut total = Duration::ZERO;
    let n = iterations.max(1);
    for _ in 0..n {
        let started = Instant::now();
        client.flush().await?;
        total += started.elapsed();
    }
    println!("{}:\n   {}: {:.2?} (average of {n})", connect.url(), client.server_info().server_name, total / n);
    Ok(())
}

/// `natsx events`: connect/disconnect events (for users of the system account) and
/// the account's JetStream advisories, as lines or `--json`.
pub async fn events(connect: &ConnectArgs, json_out: bool, count_max: Option<u64>) -> Result<()> {
    let client = connect.connect().await?;
    let mut subs = futures::stream::select_all([
        client.subscribe("$SYS.ACCOUNT.*.CONNECT").await?,
        client.subscribe("$SYS.ACCOUNT.*.DISCONNECT").await?,
        client.subscribe("$JS.EVENT.ADVISORY.>").await?,
    ]);
    client.flush().await?;
    eprintln!("Listening for client events and JetStream advisories on {}", connect.url());
    let mut seen = 0;
    while let Some(m) = futures::StreamExt::next(&mut subs).await {
        let v: Value = serde_json::from_slice(&m.payload).unwrap_or(Value::Null);
        if json_out {
            println!("{}", serde_json::to_string(&v).unwrap_or_default());
        } else {
            let time = v["timestamp"].as_str().unwrap_or_default();
            let kind = v["type"].as_str().unwrap_or(m.subject.as_str());
            let c = &v["client"];
            let who = if c.is_object() {
                format!(
                    " cid={} account={} user={} name={} host={}",
                    num(&c["id"]),
                    c["acc"].as_str().unwrap_or_default(),
                    c["user"].as_str().unwrap_or_default(),
                    c["name"].as_str().unwrap_or_default(),
                    c["host"].as_str().unwrap_or_default()
                )
            } else {
                String::new()
            };
            let reason = v["reason"].as_str().map(|r| format!(" reason={r:?}")).unwrap_or_default();
            println!("[{time}] {kind}{who}{reason}");
        }
        seen += 1;
        if count_max.is_some_and(|n| seen >= n) {
            break;
        }
    }
    Ok(())
}
