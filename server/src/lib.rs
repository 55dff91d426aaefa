#![recursion_limit = "256"]
//! natsx-server: a NATS-compatible broker.
//!
//! `run` is the whole of `natsx server`: it parses nats-server's command line, loads
//! the config file, and runs the server until a signal stops it. The modules are
//! named after the NATS concepts they implement, so a reader who knows the NATS docs
//! finds each feature by name:
//!
//! - `protocol` parses the client wire protocol; `client` runs one connection (its
//!   reader: CONNECT, SUB/UNSUB, PUB, PING/PONG); `receiver` is a connection's receiving
//!   side (frames, delivery-time permission checks) over `outbound`, its write side
//!   (buffering, coalesced flushes, slow consumers).
//! - `router` routes a message: the match in the account's `sublist`, delivery to every
//!   subscriber and one member per queue group, wake-ups once per batch. Clients and the
//!   server's own services (JetStream, system replies) publish through it.
//! - `account` is the routing namespace; `subscription` who receives (a receiver or an
//!   internal service). The subject rules are in `natsx-common`.
//! - `auth` checks credentials, `permissions` are the allow/deny lists, `options` reads
//!   flags and config files.
//! - `server` ties them together; `monitor` serves the HTTP endpoints; `log` writes
//!   nats-server's log format.

pub mod account;
pub mod allocator;
pub mod auth;
pub mod auth_callout;
pub mod client;
pub mod cluster;
pub mod deferred;
pub mod events;
pub mod info;
pub mod jetstream;
pub mod link;
pub mod log;
pub mod monitor;
pub mod net;
pub mod options;
pub mod outbound;
pub mod permissions;
pub mod propagation;
pub mod protocol;
pub mod receiver;
pub mod registry;
pub mod resolver;
pub mod router;
pub mod server;
pub mod service_import;
mod signals;
pub mod sublist;
pub mod subscription;
mod system;
pub mod tls;
pub mod websocket;

use std::sync::Arc;

use options::flags::{self, Command};
use options::Options;

/// Runs `natsx server` with nats-server's arguments; returns the process exit code.
pub fn run(args: &[String]) -> i32 {
    let flags = match flags::parse(args) {
        Ok(Command::Run(f)) => f,
        Ok(Command::Help) => {
            print!("{}", natsx_common::SERVER_USAGE);
            return 0;
        }
        Ok(Command::HelpTls) => {
            println!("TLS is not supported by natsx yet.");
            return 0;
        }
        Ok(Command::Version) => {
            println!("nats-server: v{} (natsx {})", info::FEATURE_LEVEL, info::NATSX_VERSION);
            return 0;
        }
        Ok(Command::Signal { signal, target }) => return signals::send(&signal, target.as_deref()),
        Err(e) => {
            eprintln!("{e}");
            eprint!("{}", natsx_common::SERVER_USAGE);
            return 2;
        }
    };
    let (opts, warnings) = match Options::load(&flags) {
        Ok(loaded) => loaded,
        Err(e) => {
            eprintln!("nats-server: {e}");
            return 1;
        }
    };
    if opts.check_config {
        match &opts.config_file {
            Some(path) => eprintln!("nats-server: configuration file {} is valid", path.display()),
            None => eprintln!("nats-server: configuration is valid"),
        }
        return 0;
    }
    if let Err(e) = log::configure(opts.log_settings()) {
        eprintln!("nats-server: error opening log file: {e}");
        return 1;
    }
    for w in &warnings {
        warn!("{}", w);
    }
    let server = match server::Server::new(opts) {
        Ok(s) => {
            s.set_reload_flags(flags);
            s
        }
        Err(e) => {
            eprintln!("nats-server: {e}");
            return 1;
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("nats-server: cannot start runtime: {e}");
            return 1;
        }
    };
    runtime.block_on(serve(server))
}

async fn serve(server: Arc<server::Server>) -> i32 {
    let listener = match server.bind().await {
        Ok(l) => l,
        Err(e) => {
            let opts = server.opts();
            fatal!(
                "Error listening on port: {}:{}, \"{}\"",
                opts.host,
                opts.port,
                net::listen_error(&opts.host, opts.port.max(0) as u16, &e)
            );
            return 1;
        }
    };
    if let Some(pid_file) = &server.opts().pid_file {
        if let Err(e) = std::fs::write(pid_file, std::process::id().to_string()) {
            fatal!("Could not write pidfile: {}", e);
            return 1;
        }
    }
    signals::handle(server.clone());
    system::start(&server);
    system::start_statsz(&server);
    server.sync_account_callouts();
    server.start_response_sweeper();
    server.announce();
    // Monitoring first, as nats-server starts it before its other subsystems.
    let opts = server.opts();
    // nats-server's StartMonitoring: HTTP or HTTPS (with the client port's certificate).
    let (monitor_port, secure) = match (opts.http_port, opts.https_port) {
        (Some(http), Some(https)) if http != 0 && https != 0 => {
            fatal!("Can't start monitoring: can't specify both HTTP ({http}) and HTTPs ({https}) ports");
            server.shutdown();
            return 1;
        }
        (Some(http), _) if http != 0 => (Some(http), false),
        (_, Some(https)) if https != 0 => (Some(https), true),
        _ => (None, false),
    };
    let monitor_tls = match (&opts.tls, secure) {
        (Some(settings), true) => match tls::Tls::without_client_auth(settings) {
            Ok(t) => Some(Arc::new(t)),
            Err(e) => {
                fatal!("Can't start monitoring: {e}");
                server.shutdown();
                return 1;
            }
        },
        _ => None,
    };
    if secure && monitor_tls.is_none() {
        fatal!("Can't start monitoring: TLS cert and key required for HTTPS");
        server.shutdown();
        return 1;
    }
    if let Some(http_port) = monitor_port {
        let host = opts.http_host.clone().unwrap_or_else(|| opts.host.clone());
        match monitor::start(server.clone(), &host, http_port, monitor_tls).await {
            Ok(port) => {
                server.set_http_port(port);
                info!("Starting {} monitor on {}:{}", if secure { "https" } else { "http" }, host, port);
            }
            Err(e) => {
                // nats-server's words, and its exit status.
                fatal!(
                    "Can't start monitoring: can't listen to the monitor port: {}",
                    net::listen_error(&host, http_port.max(0) as u16, &e)
                );
                server.shutdown();
                return 1;
            }
        }
    }
    if let Err(e) = server.start_websocket().await {
        fatal!("{}", e);
        server.shutdown();
        return 1;
    }
    if let Err(e) = server.start_cluster().await {
        fatal!("{}", e);
        server.shutdown();
        return 1;
    }
    if let Err(e) = server.start_gateways().await {
        fatal!("{}", e);
        server.shutdown();
        return 1;
    }
    if let Err(e) = server.start_leafnodes().await {
        fatal!("{}", e);
        server.shutdown();
        return 1;
    }
    if let Err(e) = server.start_jetstream() {
        fatal!("Could not start JetStream: {}", e);
        server.shutdown();
        return 1;
    }
    server.clone().run(listener).await;
    if let Some(pid_file) = &server.opts().pid_file {
        let _ = std::fs::remove_file(pid_file);
    }
    info!("Server Exiting..");
    0
}
