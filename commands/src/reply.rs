//! `natsx reply SUBJECT [BODY]`: a service that answers requests.

use anyhow::{anyhow, Result};
use bytes::Bytes;
use clap::Args;
use futures::StreamExt;

use crate::connect::ConnectArgs;
use crate::output::{clock, print_message};
use crate::publish::render;

#[derive(Args, Debug)]
pub struct ReplyArgs {
    /// Subject to answer on
    #[arg(value_parser = crate::validate::subscribe_subject)]
    pub subject: String,
    /// Reply body (`{{Count}}` etc. as in `pub`)
    pub body: Option<String>,
    /// Queue group to join, so several responders share the load
    #[arg(long, default_value = "NATS-RPLY-22", value_parser = crate::validate::queue_group)]
    pub queue: String,
    /// Reply with the request itself (body and headers)
    #[arg(long)]
    pub echo: bool,
    /// Run this shell command per request (request body on its stdin) and reply with its output
    #[arg(long)]
    pub command: Option<String>,
    /// Exit after answering this many requests
    #[arg(long)]
    pub count: Option<u64>,
    /// Print nothing per request
    #[arg(short, long)]
    pub quiet: bool,
}

pub async fn run(conn: &ConnectArgs, args: ReplyArgs) -> Result<()> {
    if args.body.is_none() && !args.echo && args.command.is_none() {
        return Err(anyhow!("give a reply BODY, --echo or --command"));
    }
    let client = conn.connect().await?;
    let mut sub = client
        .queue_subscribe(args.subject.clone(), args.queue.clone())
        .await
        .map_err(|e| anyhow!("cannot subscribe to \"{}\": {e}", args.subject))?;
    client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
    if !args.quiet {
        eprintln!("{} Listening on \"{}\" in group \"{}\"", clock(), args.subject, args.queue);
    }
    let mut answered = 0u64;
    loop {
        if args.count.is_some_and(|c| answered >= c) {
            break;
        }
        let msg = tokio::select! {
            msg = sub.next() => match msg {
                Some(m) => m,
                None => return Err(anyhow!("subscription closed by the server")),
            },
            _ = tokio::signal::ctrl_c() => break,
        };
        answered += 1;
        if !args.quiet {
            print_message(answered, &msg, false);
        }
        let Some(reply) = msg.reply.clone() else { continue };
        let result = if args.echo {
            match msg.headers.clone() {
                Some(h) => client.publish_with_headers(reply, h, msg.payload.clone()).await,
                None => client.publish(reply, msg.payload.clone()).await,
            }
        } else if let Some(cmd) = &args.command {
            let output = run_command(cmd, &msg).await;
            client.publish(reply, Bytes::from(output)).await
        } else {
            let body = render(args.body.as_deref().unwrap_or_default(), answered);
            client.publish(reply, Bytes::from(body)).await
        };
        result.map_err(|e| anyhow!("reply failed: {e}"))?;
    }
    client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
    Ok(())
}

/// Runs `sh -c CMD` with the request body on stdin and the subject in
/// `NATS_REQUEST_SUBJECT`; the reply is its standard output (or its error text).
async fn run_command(cmd: &str, msg: &async_nats::Message) -> Vec<u8> {
    use tokio::io::AsyncWriteExt;
    let child = tokio::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .env("NATS_REQUEST_SUBJECT", msg.subject.as_str())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => return format!("error: cannot run command: {e}").into_bytes(),
    };
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(&msg.payload).await;
    }
    match child.wait_with_output().await {
        Ok(out) if out.status.success() => out.stdout,
        Ok(out) => {
            let mut text = out.stdout;
            text.extend_from_slice(&out.stderr);
            text
        }
        Err(e) => format!("error: command failed: {e}").into_bytes(),
    }
}
