//! natsx-commands: the client side of the `natsx` binary.
//!
//! One module per subcommand, built on the official `async-nats` client so natsx's
//! tools speak to any NATS server exactly as other NATS clients do (the CLI is a
//! client; it never reaches into the server's insides). `connect` holds the `nats`
//! CLI's connection flags; `output` the shared message printing; `jsapi` what the
//! JetStream commands share.

mod account;
mod bench;
mod callout;
mod connect;
mod consumer;
mod context;
mod docs;
mod jsapi;
mod kv;
mod mapping;
mod micro;
mod nkey;
mod obj;
mod operator;
mod output;
mod publish;
mod push;
mod repl;
mod reply;
mod request;
mod server_admin;
mod stream;
mod subscribe;
mod validate;

use clap::{CommandFactory, Parser, Subcommand};

pub use connect::ConnectArgs;

#[derive(Parser, Debug)]
#[command(name = "natsx", version, about = "NATS-compatible server and toolkit in one binary", propagate_version = true)]
pub struct Cli {
    #[command(flatten)]
    pub connect: ConnectArgs,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Run the server; takes nats-server's flags (see `natsx server --help`). With a verb
    /// it administers servers through the system account instead: ping, list, info,
    /// report connections|accounts|jetstream, request KIND, check
    /// connection|jetstream|stream (`natsx server VERB --help`); `natsx server mapping
    /// SOURCE DESTINATION [SUBJECT]` tests a subject mapping
    #[command(disable_help_flag = true)]
    Server {
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
    /// Publish messages to a subject
    Pub(publish::PubArgs),
    /// Subscribe to a subject and print the messages
    Sub(subscribe::SubArgs),
    /// Send a request and wait for replies
    #[command(alias = "request")]
    Req(request::ReqArgs),
    /// Answer requests on a subject
    Reply(reply::ReplyArgs),
    /// Measure throughput and latency (like `nats bench`)
    Bench(bench::BenchArgs),
    /// Manage JetStream streams
    #[command(alias = "str")]
    Stream(stream::StreamArgs),
    /// Manage JetStream consumers
    #[command(alias = "con", alias = "c")]
    Consumer(consumer::ConsumerArgs),
    /// Key-Value buckets: put, get, watch, history
    Kv(kv::KvArgs),
    /// Object Store buckets: put and get files of any size
    #[command(alias = "object")]
    Obj(obj::ObjArgs),
    /// The connected account: connection, permissions, JetStream usage, exports and imports
    #[command(alias = "a")]
    Account(account::AccountArgs),
    /// The round trip to the server
    Rtt {
        /// How many round trips to average
        #[arg(long, default_value_t = 5)]
        iterations: u32,
    },
    /// Client connect/disconnect events (system account) and JetStream advisories
    Events {
        /// One JSON document per line
        #[arg(long)]
        json: bool,
        /// Stop after this many events
        #[arg(long)]
        count: Option<u64>,
    },
    /// An interactive shell on one connection (also `natsx` alone on a terminal)
    Repl,
    /// Services built with the clients' service API: ls, info, stats, ping
    #[command(subcommand)]
    Micro(micro::MicroCommand),
    /// Named connection settings, shared with the nats CLI (add, edit, ls, select, info, rm)
    #[command(subcommand, alias = "ctx")]
    Context(context::ContextCommand),
    /// Print the shell completion script (bash, zsh, fish, elvish, powershell)
    Completion {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Write the man pages, one per subcommand, into a directory (or print natsx(1))
    Man {
        /// Where to write `natsx.1`, `natsx-pub.1`, ... (default: print natsx(1))
        #[arg(long)]
        dir: Option<std::path::PathBuf>,
    },
}

/// The words after `natsx server` that name a client-side tool (as `nats server mapping`)
/// rather than the broker's command line.
pub const SERVER_TOOLS: &[&str] = &["mapping", "mappings", "ping", "info", "list", "ls", "report", "request", "req", "check"];

/// The client's connection flags that take a value: they may come before any
/// subcommand (`natsx -s URL server ...` still starts the broker) and between `server`
/// and an admin verb (`natsx server -s URL list`).
pub const CONNECTION_FLAGS_WITH_VALUE: &[&str] = &[
    "-s",
    "--server",
    "--user",
    "--password",
    "--token",
    "--creds",
    "--nkey",
    "--timeout",
    "--connection-name",
    "--context",
    "--tlscert",
    "--tlskey",
    "--tlsca",
];

/// Where the client-side verb is in the words after `server` (`ping`, `list`,
/// `mapping` ...), skipping connection flags before it; `None` when the words are the
/// broker's command line.
pub fn server_tool_position(words: &[String]) -> Option<usize> {
    let mut i = 0;
    while let Some(word) = words.get(i) {
        if SERVER_TOOLS.contains(&word.as_str()) {
            return Some(i);
        }
        let name = word.split_once('=').map_or(word.as_str(), |(n, _)| n);
        if name == "--tlsfirst" {
            i += 1;
        } else if CONNECTION_FLAGS_WITH_VALUE.contains(&name) {
            i += if word.contains('=') { 1 } else { 2 };
        } else {
            return None;
        }
    }
    None
}

/// Runs the client commands; returns the exit code. Errors are one line on stderr.
pub fn main(args: Vec<String>) -> i32 {
    // A client command whose reader goes away (`natsx ... | head`) ends quietly, as Unix
    // tools do, instead of panicking in `println!`. (The broker, which never comes here,
    // keeps Rust's ignored SIGPIPE and sees EPIPE on its sockets.)
    // SAFETY: called before any thread is started; SIG_DFL is a valid disposition.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let args = if repl::wanted(&args) { vec![args[0].clone(), "repl".into()] } else { args };
    let mut cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    // The documentation and context commands need no connection (nor a runtime); the
    // context commands take the connection flags as given, the others fill what is
    // missing from the context.
    let documented = match &cli.command {
        Command::Completion { shell } => Some(docs::completion(*shell)),
        Command::Man { dir } => Some(docs::man(dir.as_deref())),
        Command::Context(command) => Some(context::run(&cli.connect, command)),
        // The server admin verbs take connection flags after them too, and run their own
        // runtime.
        Command::Server { args } if server_tool_position(args).is_some_and(|i| server_admin::VERBS.contains(&args[i].as_str())) => {
            Some(server_admin::run(&cli.connect, args))
        }
        _ => cli.connect.apply_context().err().map(Err),
    };
    if let Some(result) = documented {
        return match result {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("natsx: error: {}", output::one_line(&e));
                1
            }
        };
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("natsx: error: cannot start runtime: {e}");
            return 1;
        }
    };
    if matches!(cli.command, Command::Repl) {
        drop(runtime);
        return match repl::run(&cli.connect) {
            Ok(()) => 0,
            Err(e) => {
                eprintln!("natsx: error: {}", output::one_line(&e));
                1
            }
        };
    }
    let result = runtime.block_on(dispatch(&cli.connect, cli.command));
    // Do not wait for the client's background tasks.
    runtime.shutdown_background();
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("natsx: error: {}", output::one_line(&e));
            1
        }
    }
}

/// Runs one client command (the shell commands, and each line of the REPL).
async fn dispatch(connect: &ConnectArgs, command: Command) -> anyhow::Result<()> {
    match command {
        // The client-side server verbs; `main.rs` hands every other `server` command line
        // to natsx-server before clap sees it.
        Command::Server { args } if server_tool_position(&args).is_some_and(|i| server_admin::VERBS.contains(&args[i].as_str())) => {
            server_admin::run_async(connect, &args).await
        }
        Command::Server { args } if args.first().is_some_and(|a| SERVER_TOOLS.contains(&a.as_str())) => mapping::run(&args),
        Command::Server { .. } => {
            let _ = Cli::command().print_help();
            Ok(())
        }
        Command::Pub(a) => publish::run(connect, a).await,
        Command::Sub(a) => subscribe::run(connect, a).await,
        Command::Req(a) => request::run(connect, a).await,
        Command::Reply(a) => reply::run(connect, a).await,
        Command::Bench(a) => bench::run(connect, a).await,
        Command::Stream(a) => stream::run(connect, a).await,
        Command::Consumer(a) => consumer::run(connect, a).await,
        Command::Kv(a) => kv::run(connect, a).await,
        Command::Obj(a) => obj::run(connect, a).await,
        Command::Account(a) => account::run(connect, a).await,
        Command::Micro(a) => micro::run(connect, a).await,
        Command::Rtt { iterations } => server_admin::rtt(connect, iterations).await,
        Command::Events { json, count } => server_admin::events(connect, json, count).await,
        Command::Completion { shell } => docs::completion(shell),
        Command::Man { dir } => docs::man(dir.as_deref()),
        Command::Context(command) => context::run(connect, &command),
        Command::Repl => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn server_verbs_after_connection_flags() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(server_tool_position(&words(&["list"])), Some(0));
        assert_eq!(server_tool_position(&words(&["-s", "nats://x", "--user", "a", "--password=b", "--tlsfirst", "ping"])), Some(6));
        assert_eq!(server_tool_position(&words(&["-p", "4222"])), None, "the broker's flags");
        assert_eq!(server_tool_position(&words(&["--user", "u", "--pass", "p"])), None, "nats-server's own --user/--pass");
        assert_eq!(server_tool_position(&words(&[])), None);
    }
}
