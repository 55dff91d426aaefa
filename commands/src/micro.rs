//! `natsx micro ls | info | stats | ping`: services built with the official clients'
//! service API (ADR-32, "micro"), found through the subjects every instance answers:
//! `$SRV.PING`, `$SRV.INFO` and `$SRV.STATS`, narrowed by `.<name>` and `.<name>.<id>`.
//! Every instance that answers within the window (at most `--timeout`, 1 s by default
//! as in the nats CLI) is shown; `--json` prints the answers as they came.

use std::time::{Duration, Instant};

use anyhow::{bail, Result};
use bytes::Bytes;
use clap::Subcommand;
use comfy_table::{presets::UTF8_FULL_CONDENSED, Table};
use serde_json::Value;

use crate::connect::ConnectArgs;
use crate::jsapi::{print_json, print_section};

#[derive(Subcommand, Debug)]
pub enum MicroCommand {
    /// List the running service instances (name, version, id, description)
    #[command(alias = "list")]
    Ls {
        /// Only instances of this service
        name: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// A service's description, endpoints and metadata (each instance, or one by id)
    Info {
        name: String,
        id: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// A service's request counts, errors and processing times per endpoint
    Stats {
        name: String,
        id: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Ping the instances (all, or of one service) and show how long each took
    Ping { name: Option<String>, id: Option<String> },
}

/// `$SRV.<VERB>[.<name>[.<id>]]`, with the answers' JSON (instances that answered
/// something else are skipped) and how long each took.
async fn ask(connect: &ConnectArgs, verb: &str, name: Option<&str>, id: Option<&str>) -> Result<Vec<(Value, Duration)>> {
    let client = connect.connect().await?;
    let mut subject = format!("$SRV.{verb}");
    for part in [name, id].into_iter().flatten() {
        if part.is_empty() || part.contains(['.', '*', '>', ' ']) {
            bail!("invalid service name or id {part:?}");
        }
        subject.push('.');
        subject.push_str(part);
    }
    let window = connect.timeout.min(Duration::from_secs(1));
    let started = Instant::now();
    // Each answer's arrival time is measured here: answers are collected as they come.
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await?;
    client.publish_with_reply(subject, inbox, Bytes::new()).await?;
    client.flush().await?;
    let mut answers = Vec::new();
    let deadline = tokio::time::Instant::now() + window;
    while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, futures::StreamExt::next(&mut sub)).await {
        if msg.status.is_some_and(|s| s == async_nats::StatusCode::NO_RESPONDERS) {
            break;
        }
        if let Ok(v) = serde_json::from_slice::<Value>(&msg.payload) {
            answers.push((v, started.elapsed()));
        }
    }
    let by = |v: &Value| (v["name"].as_str().unwrap_or("").to_string(), v["id"].as_str().unwrap_or("").to_string());
    answers.sort_by_key(|(a, _)| by(a));
    Ok(answers)
}

fn none_found(name: Option<&str>) -> Result<()> {
    match name {
        Some(name) => bail!("no instance of service {name:?} answered"),
        None => {
            println!("No services found");
            Ok(())
        }
    }
}

fn text(v: &Value, key: &str) -> String {
    v[key].as_str().unwrap_or_default().to_string()
}

pub async fn run(connect: &ConnectArgs, command: MicroCommand) -> Result<()> {
    match command {
        MicroCommand::Ls { name, json } => {
            let answers = ask(connect, "INFO", name.as_deref(), None).await?;
            if json {
                print_json(&Value::Array(answers.into_iter().map(|(v, _)| v).collect()));
                return Ok(());
            }
            if answers.is_empty() {
                return none_found(name.as_deref());
            }
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header(["Name", "Version", "ID", "Description"]);
            for (v, _) in &answers {
                table.add_row([text(v, "name"), text(v, "version"), text(v, "id"), text(v, "description")]);
            }
            println!("{table}");
        }
        MicroCommand::Info { name, id, json } => {
            let answers = ask(connect, "INFO", Some(&name), id.as_deref()).await?;
            if json {
                print_json(&Value::Array(answers.into_iter().map(|(v, _)| v).collect()));
                return Ok(());
            }
            if answers.is_empty() {
                return none_found(Some(&name));
            }
            for (v, _) in &answers {
                let metadata = |m: &Value| {
                    m.as_object()
                        .map(|o| o.iter().map(|(k, v)| format!("{k}={}", v.as_str().unwrap_or_default())).collect::<Vec<_>>().join(", "))
                };
                let mut rows = vec![
                    ("Name", text(v, "name")),
                    ("ID", text(v, "id")),
                    ("Version", text(v, "version")),
                    ("Description", text(v, "description")),
                ];
                if let Some(m) = metadata(&v["metadata"]).filter(|m| !m.is_empty()) {
                    rows.push(("Metadata", m));
                }
                print_section(Some(&format!("Service {} ({})", text(v, "name"), text(v, "id"))), &rows);
                let mut table = Table::new();
                table.load_preset(UTF8_FULL_CONDENSED);
                table.set_header(["Endpoint", "Subject", "Queue Group", "Metadata"]);
                for e in v["endpoints"].as_array().into_iter().flatten() {
                    table.add_row([
                        text(e, "name"),
                        text(e, "subject"),
                        text(e, "queue_group"),
                        metadata(&e["metadata"]).unwrap_or_default(),
                    ]);
                }
                println!("{table}\n");
            }
        }
        MicroCommand::Stats { name, id, json } => {
            let answers = ask(connect, "STATS", Some(&name), id.as_deref()).await?;
            if json {
                print_json(&Value::Array(answers.into_iter().map(|(v, _)| v).collect()));
                return Ok(());
            }
            if answers.is_empty() {
                return none_found(Some(&name));
            }
            let mut table = Table::new();
            table.load_preset(UTF8_FULL_CONDENSED);
            table.set_header(["ID", "Endpoint", "Requests", "Errors", "Processing Time", "Average Time", "Last Error"]);
            let nanos = |v: &Value| Duration::from_nanos(v.as_u64().unwrap_or(0));
            let (mut requests, mut errors) = (0u64, 0u64);
            for (v, _) in &answers {
                for e in v["endpoints"].as_array().into_iter().flatten() {
                    requests = requests.saturating_add(e["num_requests"].as_u64().unwrap_or(0));
                    errors = errors.saturating_add(e["num_errors"].as_u64().unwrap_or(0));
                    table.add_row([
                        text(v, "id"),
                        text(e, "name"),
                        e["num_requests"].as_u64().unwrap_or(0).to_string(),
                        e["num_errors"].as_u64().unwrap_or(0).to_string(),
                        format!("{:?}", nanos(&e["processing_time"])),
                        format!("{:?}", nanos(&e["average_processing_time"])),
                        text(e, "last_error"),
                    ]);
                }
            }
            println!("{name} service statistics\n{table}");
            println!("{requests} requests, {errors} errors across {} instances", answers.len());
        }
        MicroCommand::Ping { name, id } => {
            let answers = ask(connect, "PING", name.as_deref(), id.as_deref()).await?;
            if answers.is_empty() {
                return none_found(name.as_deref());
            }
            for (v, took) in &answers {
                println!("{:<20} {:<24} {:>10.2?}", text(v, "name"), text(v, "id"), took);
            }
            println!("\n{} replies", answers.len());
        }
    }
    Ok(())
}
