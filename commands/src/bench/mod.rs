//! `natsx bench`: throughput and latency of a NATS server, shaped like `nats bench`
//! so results line up with published ones.
//!
//! - `pub` and `sub` run one side each; `pubsub` runs publishers and subscribers in
//!   one process (fan-out with `--subs`, a queue group with `--queue`);
//! - `service serve` answers requests; `service request` measures round trips, closed
//!   loop (one outstanding request per client) or open loop at a fixed offered rate
//!   (`--rate`), where latency is counted from the moment a request was due, so a
//!   stalled server cannot hide its stall (no coordinated omission);
//! - `js pub` and `js consume` measure JetStream (acknowledged publishes; pull and push
//!   consumers), `kv put|get` Key-Value and `obj put|get` Object Store throughput, on
//!   the official client;
//! - `idle` (hidden) holds many idle connections or subscriptions, for memory checks.
//!
//! Each client is one connection: by default the lean protocol-level engine in
//! `wire.rs` (so the numbers describe the server), or `--client async-nats`.

mod idle;
mod js;
mod report;
mod run;
mod wire;

use std::time::Duration;

use anyhow::Result;
use clap::{Args, Subcommand};

use crate::connect::{parse_duration, ConnectArgs};
pub use report::Format;

#[derive(Args, Debug)]
pub struct BenchArgs {
    #[command(subcommand)]
    pub kind: Kind,
    /// Output format
    #[arg(long, value_enum, default_value = "table", global = true)]
    pub format: Format,
    /// Shorthand for --format json
    #[arg(long, global = true)]
    pub json: bool,
    /// Also write the results as CSV to this file (as `nats bench --csv FILE`)
    #[arg(long, global = true, value_name = "FILE")]
    pub csv: Option<std::path::PathBuf>,
    /// Client for the throughput modes: `wire` is a lean protocol-level load generator
    /// (so the server, not the client, is measured); `async-nats` the official client
    #[arg(long, value_enum, default_value = "wire", global = true)]
    pub client: Engine,
    /// No progress bar (it is also off when stderr is not a terminal)
    #[arg(long = "no-progress", global = true)]
    pub no_progress: bool,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Engine {
    Wire,
    AsyncNats,
}

#[derive(Subcommand, Debug)]
pub enum Kind {
    /// Publish messages and measure the publish rate
    Pub(Load),
    /// Subscribe and measure the receive rate (start it before `bench pub`)
    Sub(SubArgs),
    /// Publishers and subscribers together in one run
    Pubsub(PubSubArgs),
    /// Request/reply: `serve` answers, `request` measures
    #[command(subcommand)]
    Service(ServiceKind),
    /// JetStream: publish with acknowledgements, consume through consumers
    #[command(subcommand)]
    Js(js::JsKind),
    /// Key-Value: put and get
    #[command(subcommand)]
    Kv(js::KvKind),
    /// Object Store: put and get throughput
    #[command(subcommand)]
    Obj(js::ObjKind),
    /// Hold idle connections and subscriptions open (for memory measurements)
    #[command(hide = true)]
    Idle(idle::IdleArgs),
}

/// The load shared by every mode.
#[derive(Args, Debug, Clone)]
pub struct Load {
    /// Subject to use
    #[arg(value_parser = crate::validate::publish_subject)]
    pub subject: String,
    /// Number of concurrent clients (connections)
    #[arg(long, default_value_t = 1)]
    pub clients: usize,
    /// Total number of messages, split across the clients
    #[arg(long, default_value_t = 100_000)]
    pub msgs: u64,
    /// Message size (bytes, or with a unit: 1KB, 64KiB, 1MB)
    #[arg(long, default_value = "128", value_parser = parse_byte_size)]
    pub size: usize,
    /// Run for this long instead of a number of messages
    #[arg(long, value_parser = parse_duration)]
    pub duration: Option<Duration>,
    /// Pause between messages of one client
    #[arg(long, value_parser = parse_duration)]
    pub sleep: Option<Duration>,
    /// Publish each message on its own subject (`SUBJECT.<n>`); subscribers use `SUBJECT.>`
    #[arg(long)]
    pub multisubject: bool,
}

#[derive(Args, Debug, Clone)]
pub struct SubArgs {
    #[command(flatten)]
    pub load: Load,
    /// Join this queue group
    #[arg(long)]
    pub queue: Option<String>,
}

#[derive(Args, Debug, Clone)]
pub struct PubSubArgs {
    #[command(flatten)]
    pub load: Load,
    /// Number of subscribers (each gets every message, unless --queue)
    #[arg(long, default_value_t = 1)]
    pub subs: usize,
    /// Subscribers form this queue group (each message goes to one of them)
    #[arg(long)]
    pub queue: Option<String>,
    /// Subscribers connect to this server instead (another member of the cluster), so
    /// every message crosses a route; publishing starts once the publishers' server
    /// knows of them
    #[arg(long, value_name = "URL")]
    pub sub_server: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum ServiceKind {
    /// Answer requests with a reply of --size bytes until stopped
    Serve(ServeArgs),
    /// Send requests and measure round-trip latency and throughput
    Request(RequestArgs),
}

#[derive(Args, Debug, Clone)]
pub struct ServeArgs {
    /// Subject to serve
    #[arg(value_parser = crate::validate::subscribe_subject)]
    pub subject: String,
    /// Number of responders (one connection each, in one queue group)
    #[arg(long, default_value_t = 1)]
    pub clients: usize,
    /// Reply size (bytes, or with a unit: 1KB)
    #[arg(long, default_value = "128", value_parser = parse_byte_size)]
    pub size: usize,
    /// Queue group of the responders
    #[arg(long, default_value = "natsx-bench-service")]
    pub queue: String,
    /// Stop after this long (default: until interrupted)
    #[arg(long, value_parser = parse_duration)]
    pub duration: Option<Duration>,
}

#[derive(Args, Debug, Clone)]
pub struct RequestArgs {
    #[command(flatten)]
    pub load: Load,
    /// Offered load in requests per second across all clients (open loop); without
    /// it each client waits for each reply before the next request
    #[arg(long)]
    pub rate: Option<f64>,
}

/// Waits for `duration` (if given), Ctrl-C or SIGTERM: how long-running modes end.
async fn wait_for_stop(duration: Option<Duration>) -> Result<()> {
    let stop = async {
        match duration {
            Some(d) => tokio::time::sleep(d).await,
            None => std::future::pending().await,
        }
    };
    let mut term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())?;
    tokio::select! {
        _ = stop => {}
        _ = tokio::signal::ctrl_c() => {}
        _ = term.recv() => {}
    }
    Ok(())
}

pub async fn run(conn: &ConnectArgs, args: BenchArgs) -> Result<()> {
    let format = if args.json { Format::Json } else { args.format };
    let progress = run::Progress::new(!args.no_progress && format == Format::Table);
    let Some(report) = measure(conn, args.kind, args.client, &progress).await.map_err(explain_lost_connection)? else {
        return Ok(());
    };
    progress.finish();
    report.print(format);
    if let Some(path) = &args.csv {
        std::fs::write(path, report.csv()).map_err(|e| anyhow::anyhow!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

/// A connection the server closed or reset mid-run, said as such.
fn explain_lost_connection(e: anyhow::Error) -> anyhow::Error {
    use std::io::ErrorKind::{BrokenPipe, ConnectionAborted, ConnectionReset, UnexpectedEof};
    match e.chain().find_map(|c| c.downcast_ref::<std::io::Error>()).map(|io| io.kind()) {
        Some(ConnectionReset | BrokenPipe | ConnectionAborted | UnexpectedEof) => {
            anyhow::anyhow!("lost the connection to the server during the run ({e})")
        }
        _ => e,
    }
}

/// The size of each message the mode sends, for the modes that send `--size` in one
/// message.
fn message_size(kind: &Kind) -> Option<usize> {
    match kind {
        Kind::Pub(load) | Kind::Pubsub(PubSubArgs { load, .. }) | Kind::Service(ServiceKind::Request(RequestArgs { load, .. })) => {
            Some(load.size)
        }
        Kind::Service(ServiceKind::Serve(a)) => Some(a.size),
        Kind::Js(js::JsKind::Pub(a)) => Some(a.size),
        Kind::Kv(js::KvKind::Put(a)) => Some(a.size),
        _ => None,
    }
}

/// Refuses a `--size` the server would refuse (its `max_payload`), before any run
/// allocates or sends it.
async fn check_message_size(conn: &ConnectArgs, size: usize) -> Result<()> {
    let max = conn.connect().await?.server_info().max_payload;
    if size > max {
        let show = |n: usize| crate::jsapi::human_bytes(n as u64);
        anyhow::bail!("--size {} is over the server's max_payload of {} ({max} bytes)", show(size), show(max));
    }
    Ok(())
}

/// Runs the benchmark; `None` for the modes that only serve (`service serve`, `idle`).
async fn measure(conn: &ConnectArgs, kind: Kind, client: Engine, progress: &run::Progress) -> Result<Option<report::Report>> {
    if let Some(size) = message_size(&kind) {
        check_message_size(conn, size).await?;
    }
    Ok(Some(match kind {
        Kind::Pub(load) => run::publish_only(conn, client, load, progress).await?,
        Kind::Sub(a) => run::subscribe_only(conn, client, a, progress).await?,
        Kind::Pubsub(a) => run::pub_and_sub(conn, client, a, progress).await?,
        Kind::Service(ServiceKind::Serve(a)) => {
            run::serve(conn, client, a).await?;
            return Ok(None);
        }
        Kind::Service(ServiceKind::Request(a)) => run::request(conn, client, a, progress).await?,
        Kind::Js(k) => js::run(conn, k, progress).await?,
        Kind::Kv(k) => js::run_kv(conn, k, progress).await?,
        Kind::Obj(k) => js::run_obj(conn, k, progress).await?,
        Kind::Idle(a) => {
            idle::run(conn, a).await?;
            return Ok(None);
        }
    }))
}

/// A size for `--size`: bytes, or with a unit as the `nats` CLI takes it (`1KB`).
pub fn parse_byte_size(s: &str) -> std::result::Result<usize, String> {
    match crate::jsapi::parse_size(s)? {
        n if n < 0 => Err(format!("invalid size \"{s}\": it can not be negative")),
        n => Ok(n as usize),
    }
}

/// The largest object `bench obj` takes: each object is built in memory before it is
/// sent in chunks.
pub const MAX_OBJECT_SIZE: usize = 1 << 30;

/// `--size` of `bench obj`: as [`parse_byte_size`], at most [`MAX_OBJECT_SIZE`].
pub fn parse_object_size(s: &str) -> std::result::Result<usize, String> {
    match parse_byte_size(s)? {
        n if n > MAX_OBJECT_SIZE => Err(format!("invalid size \"{s}\": objects of at most 1 GiB are supported (each is held in memory)")),
        n => Ok(n),
    }
}
