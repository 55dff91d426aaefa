//! `natsx sub SUBJECT`: print messages as they arrive.

use anyhow::{anyhow, Result};
use clap::Args;
use futures::StreamExt;

use crate::connect::ConnectArgs;
use crate::output::{clock, print_message};

#[derive(Args, Debug)]
pub struct SubArgs {
    /// Subject to subscribe to (wildcards allowed)
    #[arg(value_parser = crate::validate::subscribe_subject)]
    pub subject: String,
    /// Join this queue group
    #[arg(long, value_parser = crate::validate::queue_group)]
    pub queue: Option<String>,
    /// Exit after this many messages
    #[arg(long)]
    pub count: Option<u64>,
    /// Print only message bodies, one per line
    #[arg(long)]
    pub raw: bool,
}

pub async fn run(conn: &ConnectArgs, args: SubArgs) -> Result<()> {
    let client = conn.connect().await?;
    let mut sub = match &args.queue {
        Some(q) => client.queue_subscribe(args.subject.clone(), q.clone()).await,
        None => client.subscribe(args.subject.clone()).await,
    }
    .map_err(|e| anyhow!("cannot subscribe to \"{}\": {e}", args.subject))?;
    // Make sure the server has the subscription before we say we are listening.
    client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
    if !args.raw {
        match &args.queue {
            Some(q) => eprintln!("{} Subscribing on {} in group {}", clock(), args.subject, q),
            None => eprintln!("{} Subscribing on {}", clock(), args.subject),
        }
    }
    let mut received = 0u64;
    loop {
        if args.count.is_some_and(|c| received >= c) {
            break;
        }
        tokio::select! {
            msg = sub.next() => match msg {
                Some(msg) => {
                    received += 1;
                    print_message(received, &msg, args.raw);
                }
                None => return Err(anyhow!("subscription closed by the server")),
            },
            _ = tokio::signal::ctrl_c() => break,
        }
    }
    let _ = sub.unsubscribe().await;
    Ok(())
}
