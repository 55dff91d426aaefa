//! `natsx account info`: the connected account as the `nats account info` command
//! shows it — who the connection is (`$SYS.REQ.USER.INFO`), its permissions, its
//! JetStream usage and limits (`$JS.API.INFO`) — and, where the server lets the user see
//! it (users of the system account, `$SYS.REQ.ACCOUNT.<acc>.INFO`), the account's
//! exports and imports.

use std::time::{Duration, Instant};

use anyhow::Result;
use bytes::Bytes;
use clap::{Args, Subcommand};
use serde_json::Value;

use crate::connect::ConnectArgs;
use crate::jsapi::{count, human_bytes, print_json, print_section};

#[derive(Args, Debug)]
pub struct AccountArgs {
    /// The operator whose store to use (default: the current one, as nsc)
    #[arg(long, global = true)]
    operator: Option<String>,
    #[command(subcommand)]
    command: AccountCommand,
}

#[derive(Subcommand, Debug)]
enum AccountCommand {
    /// Show the connected account: connection, permissions, JetStream usage and limits
    #[command(alias = "nfo")]
    Info {
        /// Print what the server said as JSON instead of tables
        #[arg(long)]
        json: bool,
        /// Whose exports and imports to show (default: the connected account); the
        /// server tells them to users of the system account only
        #[arg(long)]
        account: Option<String>,
    },
    /// Make and use NKeys: gen, show, sign, verify (as `nats auth nkey`)
    #[command(subcommand, alias = "nk")]
    Nkey(crate::nkey::NkeyCommand),
    /// Create an operator with a system account, in an nsc store (as `nsc init`)
    Init {
        /// The operator's name
        #[arg(long, short = 'n', default_value = "natsx")]
        name: String,
    },
    /// Add an operator, account or user (as `nsc add`)
    #[command(subcommand)]
    Add(crate::operator::AddCommand),
    /// Change an account, or scope a signing key (as `nsc edit`)
    #[command(subcommand)]
    Edit(crate::operator::EditCommand),
    /// Generate a user's creds or a server configuration (as `nsc generate`)
    #[command(subcommand)]
    Generate(crate::operator::GenerateCommand),
    /// Show an operator, account or user JWT: from the store, a file or stdin (`--file -`)
    Describe {
        #[arg(value_enum)]
        entity: Option<crate::operator::Entity>,
        /// The account or user name
        name: Option<String>,
        /// The user's account
        #[arg(long, short = 'a')]
        account: Option<String>,
        /// A JWT (or creds) file instead of the store; `-` reads standard input
        #[arg(long, short = 'f')]
        file: Option<std::path::PathBuf>,
        #[arg(long)]
        json: bool,
    },
    /// List the store's keys (as `nsc list keys --all`)
    #[command(subcommand)]
    List(crate::operator::ListCommand),
    /// Run an auth callout service (`serve`) that admits the users of a file
    #[command(subcommand)]
    Callout(crate::callout::CalloutCommand),
    /// Revoke users (as `nsc revocations`)
    #[command(subcommand)]
    Revocations(crate::operator::RevocationsCommand),
    /// Send account JWTs to a server's NATS-based resolver, or remove them (as `nsc push`)
    Push(crate::push::PushArgs),
    /// Fetch account JWTs from a server's NATS-based resolver into the store (as `nsc pull`)
    Pull(crate::push::PullArgs),
}

pub async fn run(connect: &ConnectArgs, args: AccountArgs) -> Result<()> {
    match args.command {
        AccountCommand::Info { json, account } => info(connect, json, account).await,
        AccountCommand::Nkey(command) => crate::nkey::run(command),
        AccountCommand::Init { name } => crate::operator::init(&name),
        AccountCommand::Add(command) => crate::operator::add(args.operator.as_deref(), command),
        AccountCommand::Edit(command) => crate::operator::edit(args.operator.as_deref(), command),
        AccountCommand::Generate(command) => crate::operator::generate(args.operator.as_deref(), command),
        AccountCommand::Describe { entity, name, account, file, json } => {
            crate::operator::describe(args.operator.as_deref(), entity, name, account, file, json)
        }
        AccountCommand::List(command) => crate::operator::list(args.operator.as_deref(), command),
        AccountCommand::Callout(command) => crate::callout::run(connect, command).await,
        AccountCommand::Revocations(command) => crate::operator::revocations(args.operator.as_deref(), command),
        AccountCommand::Push(push) => crate::push::push(args.operator.as_deref(), connect, push).await,
        AccountCommand::Pull(pull) => crate::push::pull(args.operator.as_deref(), connect, pull).await,
    }
}

/// A system request's `data`, or `None` when nothing answers it (or it answered with an
/// error).
async fn system_data(client: &async_nats::Client, subject: &str) -> Option<Value> {
    let reply = tokio::time::timeout(Duration::from_secs(2), client.request(subject.to_string(), Bytes::new())).await.ok()?.ok()?;
    let value: Value = serde_json::from_slice(&reply.payload).ok()?;
    value.get("error").is_none().then(|| value["data"].clone())
}

/// A system request's `data` and how long its round trip took (the RTT shown: the
/// server answers these at once).
async fn timed_system_data(client: &async_nats::Client, subject: &str) -> (Option<Value>, Duration) {
    let started = Instant::now();
    let data = system_data(client, subject).await;
    (data, started.elapsed())
}

async fn info(connect: &ConnectArgs, json: bool, shares_of: Option<String>) -> Result<()> {
    let client = connect.connect().await?;
    let server = client.server_info();
    let (user, rtt) = timed_system_data(&client, "$SYS.REQ.USER.INFO").await;
    let jetstream = crate::jsapi::request(&client, "$JS.API.INFO", &Value::Null).await;
    let account = shares_of.or_else(|| user.as_ref().and_then(|u| u["account"].as_str()).map(str::to_string));
    let detail = match &account {
        Some(name) => system_data(&client, &format!("$SYS.REQ.ACCOUNT.{name}.INFO")).await,
        None => None,
    };
    if json {
        let js = jetstream.as_ref().map_or_else(|e| serde_json::json!({ "error": e.to_string() }), Value::clone);
        print_json(&serde_json::json!({ "user": user, "jetstream": js, "account": detail }));
        return Ok(());
    }

    let mut rows: Vec<(&str, String)> = Vec::new();
    if let Some(u) = &user {
        rows.push(("User", u["user"].as_str().unwrap_or_default().to_string()));
        rows.push(("Account", u["account"].as_str().unwrap_or_default().to_string()));
        let expires = u["expires"].as_i64().filter(|n| *n > 0);
        rows.push(("Expires", expires.map_or("never".into(), |n| natsx_common::time::go_duration(Duration::from_nanos(n as u64)))));
    }
    rows.push(("Client ID", server.client_id.to_string()));
    rows.push(("Client IP", server.client_ip.clone()));
    rows.push(("RTT", if user.is_some() { format!("{rtt:?}") } else { "unknown".into() }));
    rows.push(("Headers Supported", server.headers.to_string()));
    rows.push(("Maximum Payload", human_bytes(server.max_payload as u64)));
    rows.push(("Connected Server ID", server.server_id.clone()));
    rows.push(("Connected Server Version", server.version.clone()));
    if server.server_name != server.server_id {
        rows.push(("Connected Server Name", server.server_name.clone()));
    }
    rows.push(("TLS Connection", if server.tls_required { "yes" } else { "no" }.into()));
    print_section(Some("Connection Information"), &rows);

    if let Some(permissions) = user.as_ref().map(|u| &u["permissions"]).filter(|p| p.is_object()) {
        println!("Connection Permissions:\n");
        for (title, side) in [("Publish", "publish"), ("Subscribe", "subscribe")] {
            print_permission(title, &permissions[side]);
        }
        if let Some(r) = permissions.get("responses") {
            println!("  Responses\n    Max: {}  Expires: {}\n", r["max"], crate::jsapi::duration(r["ttl"].as_i64().unwrap_or(0), "never"));
        }
    }

    match &jetstream {
        Ok(js) => print_jetstream(js),
        Err(e) => println!("JetStream Account Information:\n\n   {e}\n"),
    }

    match &detail {
        Some(d) => print_shares(account.as_deref().unwrap_or_default(), d),
        None => println!("Exports and Imports:\n\n   Not shown: the server tells them to users of the system account only ($SYS.REQ.ACCOUNT.<account>.INFO).\n"),
    }
    Ok(())
}

fn print_permission(title: &str, side: &Value) {
    let list = |key: &str| {
        let mut items: Vec<String> = side[key].as_array().into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect();
        items.sort();
        items
    };
    let (allow, deny) = (list("allow"), list("deny"));
    if allow.is_empty() && deny.is_empty() {
        return;
    }
    println!("  {title}");
    for (name, items) in [("Allow", allow), ("Deny", deny)] {
        if !items.is_empty() {
            println!("    {name}:");
            for item in items {
                println!("      {item}");
            }
        }
    }
    println!();
}

fn print_jetstream(js: &Value) {
    let number = |v: &Value| v.as_u64().unwrap_or(0);
    let domain = js["domain"].as_str().filter(|d| !d.is_empty());
    match domain {
        Some(d) => println!("JetStream Account Information for domain {d}:\n"),
        None => println!("JetStream Account Information:\n"),
    }
    print_section(
        Some("Account Usage"),
        &[
            ("Storage", human_bytes(number(&js["storage"]))),
            ("Memory", human_bytes(number(&js["memory"]))),
            ("Streams", count(number(&js["streams"]))),
            ("Consumers", count(number(&js["consumers"]))),
        ],
    );
    let limits = &js["limits"];
    let of = |used: &Value, max: &Value, bytes: bool| {
        let used = if bytes { human_bytes(number(used)) } else { count(number(used)) };
        match max.as_i64().unwrap_or(-1) {
            n if n < 0 => format!("{used} of Unlimited"),
            n => format!("{used} of {}", if bytes { human_bytes(n as u64) } else { count(n as u64) }),
        }
    };
    let per_stream = |v: &Value| match v.as_i64().unwrap_or(0) {
        n if n <= 0 => "Unlimited".to_string(),
        n => human_bytes(n as u64),
    };
    let ack_pending = match limits["max_ack_pending"].as_i64().unwrap_or(0) {
        n if n <= 0 => "Unlimited".to_string(),
        n => count(n as u64),
    };
    print_section(
        Some("Account Limits"),
        &[
            ("Stream Requires Max Bytes Set", limits["max_bytes_required"].as_bool().unwrap_or(false).to_string()),
            ("Consumer Maximum Ack Pending", ack_pending),
            ("Memory", of(&js["memory"], &limits["max_memory"], true)),
            ("Memory Per Stream", per_stream(&limits["memory_max_stream_bytes"])),
            ("Storage", of(&js["storage"], &limits["max_storage"], true)),
            ("Storage Per Stream", per_stream(&limits["storage_max_stream_bytes"])),
            ("Streams", of(&js["streams"], &limits["max_streams"], false)),
            ("Consumers", of(&js["consumers"], &limits["max_consumers"], false)),
        ],
    );
}

/// The account's exports and imports, from its `/accountz` detail.
fn print_shares(account: &str, detail: &Value) {
    let rows = |key: &str| detail[key].as_array().cloned().unwrap_or_default();
    println!("Exports of {account}:\n");
    let exports = rows("exports");
    if exports.is_empty() {
        println!("   none");
    }
    for e in exports {
        let to = match e["approved_accounts"].as_array() {
            Some(accounts) => accounts.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(", "),
            None => "everyone".into(),
        };
        let kind = e["type"].as_str().unwrap_or_default();
        let response = e["response_type"].as_str().map(|r| format!(", {r} responses")).unwrap_or_default();
        println!("   {kind} {} to {to}{response}", e["subject"].as_str().unwrap_or_default());
    }
    println!("\nImports of {account}:\n");
    let imports = rows("imports");
    if imports.is_empty() {
        println!("   none");
    }
    for i in imports {
        let kind = i["type"].as_str().unwrap_or_default();
        let (subject, account, local) = (
            i["subject"].as_str().unwrap_or_default(),
            i["account"].as_str().unwrap_or_default(),
            i["local_subject"].as_str().unwrap_or_default(),
        );
        println!("   {kind} {subject} from {account} as {local}");
    }
    println!();
}
