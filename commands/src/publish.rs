//! `natsx pub SUBJECT [BODY]`: publish one or many messages.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use anyhow::{anyhow, Result};
use bytes::Bytes;
use clap::Args;

use crate::connect::{headers, parse_duration, ConnectArgs};
use crate::output::{body_or_stdin, clock};

#[derive(Args, Debug)]
pub struct PubArgs {
    /// Subject to publish to
    #[arg(value_parser = crate::validate::publish_subject)]
    pub subject: String,
    /// Message body; read from standard input when absent. `{{Count}}`, `{{TimeStamp}}`,
    /// `{{Unix}}`, `{{UnixNano}}` and `{{ID}}` are replaced per message
    pub body: Option<String>,
    /// Number of messages to publish
    #[arg(long, default_value_t = 1)]
    pub count: u64,
    /// Pause between messages (e.g. 100ms)
    #[arg(long, value_parser = parse_duration)]
    pub sleep: Option<Duration>,
    /// Header to add, as key:value (repeatable)
    #[arg(short = 'H', long = "header")]
    pub headers: Vec<String>,
    /// Reply subject to set on the messages
    #[arg(long, value_parser = crate::validate::publish_subject)]
    pub reply: Option<String>,
    /// Print nothing on success
    #[arg(short, long)]
    pub quiet: bool,
}

pub async fn run(conn: &ConnectArgs, args: PubArgs) -> Result<()> {
    let template = body_or_stdin(&args.body)?;
    let header_map = headers(&args.headers)?;
    let client = conn.connect().await?;
    for n in 1..=args.count {
        let body = Bytes::from(render(&template, n));
        let subject = args.subject.clone();
        let len = body.len();
        let result = match (&args.reply, header_map.is_empty()) {
            (Some(r), true) => client.publish_with_reply(subject, r.clone(), body).await,
            (Some(r), false) => client.publish_with_reply_and_headers(subject, r.clone(), header_map.clone(), body).await,
            (None, true) => client.publish(subject, body).await,
            (None, false) => client.publish_with_headers(subject, header_map.clone(), body).await,
        };
        result.map_err(|e| anyhow!("publish failed: {e}"))?;
        if !args.quiet && args.count == 1 {
            eprintln!("{} Published {} bytes to \"{}\"", clock(), len, args.subject);
        }
        if let Some(pause) = args.sleep {
            if n < args.count {
                client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
                tokio::time::sleep(pause).await;
            }
        }
    }
    client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
    if !args.quiet && args.count > 1 {
        eprintln!("{} Published {} messages to \"{}\"", clock(), args.count, args.subject);
    }
    Ok(())
}

/// Fills in the body template for message number `n`. Accepts `{{Count}}`,
/// `{{ Count }}` and the Go-template `{{.Count}}` spellings.
pub fn render(template: &str, n: u64) -> String {
    if !template.contains("{{") {
        return template.to_string();
    }
    let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("{{") {
        out.push_str(&rest[..start]);
        let Some(end) = rest[start..].find("}}") else {
            out.push_str(&rest[start..]);
            return out;
        };
        let name = rest[start + 2..start + end].trim().trim_start_matches('.');
        let value = match name {
            "Count" => Some(n.to_string()),
            "Unix" => Some(now.as_secs().to_string()),
            "UnixNano" => Some(now.as_nanos().to_string()),
            "TimeStamp" | "Time" => Some(natsx_common::time::rfc3339(SystemTime::now())),
            "ID" => Some(format!("{:016x}{:08x}", now.as_nanos() as u64, n)),
            _ => None,
        };
        match value {
            Some(v) => out.push_str(&v),
            None => out.push_str(&rest[start..start + end + 2]),
        }
        rest = &rest[start + end + 2..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::render;

    #[test]
    fn templates() {
        assert_eq!(render("msg {{Count}}", 3), "msg 3");
        assert_eq!(render("{{ .Count }}-{{Count}}", 7), "7-7");
        assert_eq!(render("{{Unknown}} x", 1), "{{Unknown}} x");
        assert_eq!(render("no template", 1), "no template");
        assert_eq!(render("open {{ Count", 1), "open {{ Count");
    }
}
