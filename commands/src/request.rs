//! `natsx req SUBJECT [BODY]`: send a request and print the reply (or replies).

use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use async_nats::{RequestErrorKind, StatusCode};
use bytes::Bytes;
use clap::Args;
use futures::StreamExt;

use crate::connect::{headers, parse_duration, ConnectArgs};
use crate::output::{body_or_stdin, clock, print_message};

#[derive(Args, Debug)]
pub struct ReqArgs {
    /// Subject to send the request to
    #[arg(value_parser = crate::validate::publish_subject)]
    pub subject: String,
    /// Request body; read from standard input when absent
    pub body: Option<String>,
    /// Header to add, as key:value (repeatable)
    #[arg(short = 'H', long = "header")]
    pub headers: Vec<String>,
    /// Wait for this many replies (scatter-gather); 0 collects until the timeout
    #[arg(long, default_value_t = 1)]
    pub replies: u64,
    /// Print only reply bodies
    #[arg(long)]
    pub raw: bool,
    /// How long to wait for replies (overrides --timeout)
    #[arg(long = "wait", value_parser = parse_duration)]
    pub wait: Option<Duration>,
}

pub async fn run(conn: &ConnectArgs, args: ReqArgs) -> Result<()> {
    let body = body_or_stdin(&args.body)?;
    let header_map = headers(&args.headers)?;
    let timeout = args.wait.unwrap_or(conn.timeout);
    let client = conn.connect().await?;
    if !args.raw {
        eprintln!("{} Sending request on \"{}\"", clock(), args.subject);
    }
    let started = Instant::now();
    if args.replies == 1 {
        let request = async_nats::Request::new().payload(Bytes::from(body)).headers(header_map).timeout(Some(timeout));
        let msg = client.send_request(args.subject.clone(), request).await.map_err(|e| match e.kind() {
            RequestErrorKind::NoResponders => anyhow!("no responders available for request on \"{}\"", args.subject),
            RequestErrorKind::TimedOut => anyhow!("timed out after {:?} waiting for a reply on \"{}\"", timeout, args.subject),
            RequestErrorKind::Other => anyhow!("request failed: {e}"),
        })?;
        if !args.raw {
            eprintln!("{} Received with rtt {:?}", clock(), started.elapsed());
        }
        print_message(1, &msg, args.raw);
        return Ok(());
    }
    // Scatter-gather: our own inbox, then collect replies until enough or the timeout.
    let inbox = client.new_inbox();
    let mut replies = client.subscribe(inbox.clone()).await.map_err(|e| anyhow!("cannot subscribe to inbox: {e}"))?;
    client
        .publish_with_reply_and_headers(args.subject.clone(), inbox, header_map, Bytes::from(body))
        .await
        .map_err(|e| anyhow!("publish failed: {e}"))?;
    client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
    let deadline = tokio::time::Instant::now() + timeout;
    let mut received = 0u64;
    while args.replies == 0 || received < args.replies {
        match tokio::time::timeout_at(deadline, replies.next()).await {
            Ok(Some(msg)) if msg.status == Some(StatusCode::NO_RESPONDERS) => {
                if received == 0 {
                    return Err(anyhow!("no responders available for request on \"{}\"", args.subject));
                }
                break;
            }
            Ok(Some(msg)) => {
                received += 1;
                if !args.raw {
                    eprintln!("{} Received with rtt {:?}", clock(), started.elapsed());
                }
                print_message(received, &msg, args.raw);
            }
            Ok(None) | Err(_) => break,
        }
    }
    if received == 0 {
        return Err(anyhow!("timed out after {:?} waiting for replies on \"{}\"", timeout, args.subject));
    }
    if args.replies > 0 && received < args.replies {
        return Err(anyhow!("received {received} of {} replies before the timeout", args.replies));
    }
    Ok(())
}
