//! Idle connections and subscriptions, held open so the server's memory per
//! connection and per subscription can be measured.
//!
//! Ten thousand `async-nats` clients would measure the client library as much as the
//! server, so this mode speaks the protocol's first lines itself: CONNECT, SUBs and a
//! PING, then silence. It answers nothing afterwards; measurements take seconds and the
//! server's first keepalive PING only comes after its ping interval.

use std::time::Duration;

use anyhow::{anyhow, Result};
use clap::Args;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::connect::{parse_duration, ConnectArgs};

#[derive(Args, Debug, Clone)]
pub struct IdleArgs {
    /// Number of connections to open
    #[arg(long, default_value_t = 1000)]
    pub clients: usize,
    /// Subscriptions per connection (on `SUBJECT.<client>.<n>`)
    #[arg(long, default_value_t = 0)]
    pub subs: usize,
    /// Subject prefix for the subscriptions
    #[arg(long, default_value = "idle")]
    pub subject: String,
    /// How long to hold them (default: until interrupted)
    #[arg(long, value_parser = parse_duration)]
    pub duration: Option<Duration>,
}

pub async fn run(conn: &ConnectArgs, args: IdleArgs) -> Result<()> {
    let addr = conn.plain_address()?.addr;
    let mut held = Vec::with_capacity(args.clients);
    for i in 0..args.clients {
        let mut s = TcpStream::connect(&addr).await.map_err(|e| anyhow!("connection {} to {addr} failed: {e}", i + 1))?;
        let mut hello = String::from("CONNECT {\"verbose\":false,\"pedantic\":false}\r\n");
        for n in 0..args.subs {
            hello.push_str(&format!("SUB {}.{}.{} {}\r\n", args.subject, i, n, n + 1));
        }
        hello.push_str("PING\r\n");
        s.write_all(hello.as_bytes()).await?;
        wait_for_pong(&mut s).await.map_err(|e| anyhow!("connection {}: {e}", i + 1))?;
        held.push(s);
    }
    println!("ready: {} connections, {} subscriptions", held.len(), held.len() * args.subs);
    super::wait_for_stop(args.duration).await
}

async fn wait_for_pong(s: &mut TcpStream) -> Result<()> {
    let mut seen = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(30);
    while !seen.windows(6).any(|w| w == b"PONG\r\n") {
        let n = tokio::time::timeout_at(deadline, s.read(&mut buf)).await.map_err(|_| anyhow!("no PONG within 30s"))??;
        if n == 0 {
            return Err(anyhow!("closed by the server: {}", String::from_utf8_lossy(&seen).trim()));
        }
        // Keep only the tail: INFO and +OKs are not interesting.
        seen.extend_from_slice(&buf[..n]);
        if seen.len() > 64 {
            seen.drain(..seen.len() - 64);
        }
    }
    Ok(())
}
