//! Printing messages the way `nats sub` and `nats req` do, and one-line errors.

use std::io::Write;

/// `HH:MM:SS` local time, the prefix of the `nats` CLI's status lines.
pub fn clock() -> String {
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let secs = now.as_secs() as libc::time_t;
    // SAFETY: localtime_r only writes into the tm we own.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    unsafe { libc::localtime_r(&secs, &mut tm) };
    format!("{:02}:{:02}:{:02}", tm.tm_hour, tm.tm_min, tm.tm_sec)
}

/// A point in time as every natsx table and line shows it: `2026-11-30 16:19:29 UTC`
/// (the same as `jsapi::time` gives for the API's RFC 3339 strings).
pub fn timestamp(t: time::OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    format!("{:04}-{:02}-{:02} {:02}:{:02}:{:02} UTC", t.year(), t.month() as u8, t.day(), t.hour(), t.minute(), t.second())
}

/// Prints one received message: `[#n] Received on "subject"`, headers, body.
pub fn print_message(n: u64, msg: &async_nats::Message, raw: bool) {
    let mut out = std::io::stdout().lock();
    if raw {
        let _ = out.write_all(&msg.payload);
        let _ = out.write_all(b"\n");
        let _ = out.flush();
        return;
    }
    let mut line = format!("[#{n}] Received on \"{}\"", msg.subject);
    if let Some(reply) = &msg.reply {
        line.push_str(&format!(" with reply \"{reply}\""));
    }
    let _ = writeln!(out, "{line}");
    if let Some(status) = msg.status {
        let _ = writeln!(out, "Status: {status}{}", msg.description.as_deref().map(|d| format!(" {d}")).unwrap_or_default());
    }
    if let Some(headers) = &msg.headers {
        for (name, values) in headers.iter() {
            for v in values {
                let _ = writeln!(out, "{name}: {v}");
            }
        }
        if !headers.is_empty() {
            let _ = writeln!(out);
        }
    }
    let _ = out.write_all(&msg.payload);
    let _ = out.write_all(b"\n\n");
    let _ = out.flush();
}

/// The message body: the argument, or standard input when it is absent.
pub fn body_or_stdin(body: &Option<String>) -> anyhow::Result<String> {
    use std::io::Read;
    match body {
        Some(b) => Ok(b.clone()),
        None => {
            let mut text = String::new();
            std::io::stdin().read_to_string(&mut text).map_err(|e| anyhow::anyhow!("cannot read body from stdin: {e}"))?;
            Ok(text)
        }
    }
}

/// An error as one line: the outermost message and its causes, without debug dumps.
pub fn one_line(e: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    parts.join(": ").replace('\n', " ")
}
