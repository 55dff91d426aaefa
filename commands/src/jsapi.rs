//! Shared pieces of `natsx stream` and `natsx consumer`: JetStream API requests as JSON
//! (so `--json` prints exactly what the server said, and every config field works), size
//! and duration flags, confirmations, and the key/value layout of `info` screens.

use std::io::{BufRead, IsTerminal, Write};
use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use bytes::Bytes;
use natsx_common::jetstream::{AckPolicy, Compression, Discard, ReplayPolicy, Retention, Storage, StreamConfig};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// A stream or consumer configuration as the commands edit it: the typed fields
/// (`natsx_common::jetstream`), and every other field kept as it came, so editing a
/// config from a newer nats-server never drops a field natsx does not know.
#[derive(Default, Serialize, Deserialize)]
pub struct Editable<T> {
    #[serde(flatten)]
    pub config: T,
    #[serde(flatten)]
    pub other: Map<String, Value>,
}

/// Decodes a config (a `--config` file, or the `config` of an info reply); `from` names
/// it in the error.
pub fn typed<T: DeserializeOwned>(value: Value, from: &str) -> Result<T> {
    if !value.is_object() {
        bail!("{from}: the configuration must be a JSON object");
    }
    serde_json::from_value(value).map_err(|e| anyhow!("{from}: {e}"))
}

/// The typed `config` of a stream or consumer info.
pub fn config_of<T: DeserializeOwned>(info: &Value) -> Result<T> {
    typed(info.get("config").cloned().unwrap_or_default(), "the info reply's config")
}

/// Sets `field` when the flag was given.
pub fn set<T>(field: &mut T, flag: Option<T>) {
    if let Some(v) = flag {
        *field = v;
    }
}

/// One of the API's enum values by its JSON spelling, in any case (a clap `value_parser`).
fn spelling<T: Copy>(all: &[(T, &'static str)], text: &str) -> std::result::Result<T, String> {
    let names: Vec<&str> = all.iter().map(|(_, s)| *s).collect();
    all.iter().find(|(_, s)| s.eq_ignore_ascii_case(text)).map(|(v, _)| *v).ok_or_else(|| format!("use {}", names.join(", ")))
}

pub fn parse_storage(s: &str) -> std::result::Result<Storage, String> {
    spelling(Storage::ALL, s)
}

/// `work` is the nats CLI's short spelling of `workqueue`.
pub fn parse_retention(s: &str) -> std::result::Result<Retention, String> {
    if s.eq_ignore_ascii_case("work") {
        return Ok(Retention::WorkQueue);
    }
    spelling(Retention::ALL, s)
}

pub fn parse_discard(s: &str) -> std::result::Result<Discard, String> {
    spelling(Discard::ALL, s)
}

pub fn parse_compression(s: &str) -> std::result::Result<Compression, String> {
    spelling(Compression::ALL, s)
}

pub fn parse_ack_policy(s: &str) -> std::result::Result<AckPolicy, String> {
    spelling(AckPolicy::ALL, s)
}

pub fn parse_replay_policy(s: &str) -> std::result::Result<ReplayPolicy, String> {
    spelling(ReplayPolicy::ALL, s)
}

/// Sends one JetStream API request and returns the reply JSON; an API error becomes a
/// one-line error with its code, as the `nats` CLI shows it.
pub async fn request(client: &async_nats::Client, subject: &str, body: &Value) -> Result<Value> {
    let payload = if body.is_null() { Bytes::new() } else { Bytes::from(serde_json::to_vec(body)?) };
    let reply = client.request(subject.to_string(), payload).await.map_err(|e| match e.kind() {
        async_nats::RequestErrorKind::NoResponders => anyhow!("JetStream not enabled (no responders on {subject})"),
        async_nats::RequestErrorKind::TimedOut => anyhow!("JetStream request timed out ({subject})"),
        _ => anyhow!("JetStream request failed: {e}"),
    })?;
    let value: Value = serde_json::from_slice(&reply.payload).map_err(|e| anyhow!("invalid JetStream reply: {e}"))?;
    if let Some(err) = value.get("error") {
        let description = err.get("description").and_then(Value::as_str).unwrap_or("unknown error");
        let code = err.get("err_code").and_then(Value::as_u64).unwrap_or(0);
        bail!("{description} (error {code})");
    }
    Ok(value)
}

/// The info of the stream behind a bucket; a missing one is `no <kind> named <bucket>`.
pub async fn bucket_stream_info(client: &async_nats::Client, stream: &str, kind: &str, bucket: &str) -> Result<Value> {
    request(client, &format!("$JS.API.STREAM.INFO.{stream}"), &Value::Null).await.map_err(|e| {
        if e.to_string().contains("10059") {
            anyhow!("no {kind} named {bucket}")
        } else {
            e
        }
    })
}

/// The buckets of one kind: the streams whose names start with `prefix` (`KV_`, `OBJ_`)
/// among those capturing `subjects` (`$KV.>`, `$O.>`), as (bucket name, stream info).
pub async fn buckets(client: &async_nats::Client, subjects: &str, prefix: &str) -> Result<Vec<(String, Value)>> {
    let reply = request(client, "$JS.API.STREAM.LIST", &serde_json::json!({ "subject": subjects })).await?;
    Ok(reply["streams"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| Some((config_of::<StreamConfig>(s).ok()?.name.strip_prefix(prefix)?.to_string(), s.clone())))
        .collect())
}

/// Sizes as the `nats` CLI takes them: `1024`, `10K`, `5MB`, `1.5GiB`; `-1` is unlimited.
pub fn parse_size(s: &str) -> std::result::Result<i64, String> {
    let t = s.trim();
    if t == "-1" || t.eq_ignore_ascii_case("unlimited") {
        return Ok(-1);
    }
    let split = t.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().map_err(|_| format!("invalid size \"{s}\" (use e.g. 512, 10KB, 1GB)"))?;
    let mult: f64 = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 1.0,
        "K" | "KB" | "KIB" => 1024.0,
        "M" | "MB" | "MIB" => 1024.0 * 1024.0,
        "G" | "GB" | "GIB" => 1024.0 * 1024.0 * 1024.0,
        "T" | "TB" | "TIB" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return Err(format!("invalid size unit in \"{s}\"")),
    };
    let bytes = n * mult;
    if bytes >= i64::MAX as f64 {
        return Err(format!("invalid size \"{s}\": too large"));
    }
    Ok(bytes as i64)
}

/// A message size limit (`max_msg_size`): as [`parse_size`], at most 2 GiB - 1 (Go's
/// `int32`, as nats-server stores it).
pub fn parse_msg_size(s: &str) -> std::result::Result<i32, String> {
    let n = parse_size(s)?;
    i32::try_from(n).map_err(|_| format!("invalid size \"{s}\": a message size limit is at most 2147483647 bytes (2 GiB - 1)"))
}

/// Durations: Go syntax (`90s`, `1h30m`) plus `d`, `w` and `y` units; `0` or `-1` for none.
pub fn parse_long_duration(s: &str) -> std::result::Result<Duration, String> {
    let t = s.trim();
    if t == "0" || t == "-1" || t.eq_ignore_ascii_case("unlimited") {
        return Ok(Duration::ZERO);
    }
    for (suffix, secs) in [("d", 86_400u64), ("w", 7 * 86_400), ("y", 365 * 86_400)] {
        if let Some(n) = t.strip_suffix(suffix).and_then(|n| n.parse::<u64>().ok()) {
            let d = n.checked_mul(secs).map(Duration::from_secs);
            return d.filter(|d| d.as_nanos() <= i64::MAX as u128).ok_or_else(|| format!("invalid duration \"{s}\": at most 292y"));
        }
    }
    crate::connect::parse_duration(t)
}

/// A duration in nanoseconds as the JetStream API takes it (Go's `time.Duration`),
/// saturating at `i64::MAX` (about 292 years).
pub fn nanos(d: Duration) -> i64 {
    i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)
}

/// Asks `question` unless `force`; false when the answer is not yes.
pub fn confirm(question: &str, force: bool) -> bool {
    if force {
        return true;
    }
    eprint!("{question} [y/N] ");
    let _ = std::io::stderr().flush();
    let mut line = String::new();
    let stdin = std::io::stdin();
    if !stdin.is_terminal() && stdin.lock().read_line(&mut line).unwrap_or(0) == 0 {
        eprintln!();
        return false;
    }
    if stdin.is_terminal() {
        let _ = stdin.lock().read_line(&mut line);
    }
    matches!(line.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}

/// `1.5 KiB`-style sizes.
pub fn human_bytes(n: u64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = n as f64;
    let mut unit = 0;
    while v >= 1024.0 && unit < UNITS.len() - 1 {
        v /= 1024.0;
        unit += 1;
    }
    if unit == 0 {
        format!("{n} B")
    } else {
        format!("{v:.1} {}", UNITS[unit])
    }
}

/// Thousands separators: `1,234,567`.
pub fn count(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A limit for display: `unlimited` for -1 (and 0 where that means none).
pub fn limit(n: i64, bytes: bool) -> String {
    match n {
        ..=0 => "unlimited".into(),
        n if bytes => human_bytes(n as u64),
        n => count(n as u64),
    }
}

/// A nanosecond duration for display, Go style; 0 is `forever`/`unset` per `zero`.
pub fn duration(nanos: i64, zero: &str) -> String {
    match nanos {
        n if n > 0 => natsx_common::time::go_duration(Duration::from_nanos(n as u64)),
        _ => zero.to_string(),
    }
}

/// Prints `key: value` rows with the keys right-aligned, as `nats stream info` does.
pub fn print_section(title: Option<&str>, rows: &[(&str, String)]) {
    let mut out = std::io::stdout().lock();
    if let Some(t) = title {
        let _ = writeln!(out, "{t}:\n");
    }
    let width = rows.iter().map(|(k, _)| k.len()).max().unwrap_or(0).max(18);
    for (k, v) in rows {
        let _ = writeln!(out, "{k:>width$}: {v}");
    }
    let _ = writeln!(out);
}

pub fn print_json(v: &Value) {
    println!("{}", serde_json::to_string_pretty(v).unwrap_or_default());
}

/// Reads a JSON config file given with `--config`.
pub fn read_config(path: &std::path::Path) -> Result<Value> {
    let text = std::fs::read_to_string(path).map_err(|e| anyhow!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| anyhow!("invalid JSON in {}: {e}", path.display()))
}

/// An RFC 3339 time shortened for display.
pub fn time(v: &Value) -> String {
    match v.as_str() {
        Some(t) if !t.starts_with("0001-") => {
            let t = t.replace('T', " ");
            match t.find('.') {
                Some(i) => format!("{} UTC", &t[..i]),
                None => t.trim_end_matches('Z').to_string() + " UTC",
            }
        }
        _ => "never".into(),
    }
}

/// Why a bucket could not be opened: "no bucket named X" only when the server said its
/// stream does not exist; a timeout or a lost connection says so instead.
pub fn open_bucket_error(what: &str, name: &str, e: &(dyn std::error::Error + 'static)) -> anyhow::Error {
    let mut chain = vec![e.to_string()];
    let mut source = e.source();
    while let Some(s) = source {
        chain.push(s.to_string());
        source = s.source();
    }
    if chain.iter().any(|c| c.contains("stream not found")) {
        anyhow::anyhow!("no {what} named {name}")
    } else {
        anyhow::anyhow!("cannot open {what} {name}: {e}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_edited_config_keeps_the_fields_natsx_does_not_know() {
        let from_server = serde_json::json!({
            "name": "S", "subjects": ["a.>"], "storage": "memory", "max_msgs": 5,
            "allow_msg_counter": true, "persist_mode": "async", "placement": {"cluster": "c1"}
        });
        let mut edited: Editable<StreamConfig> = typed(from_server, "test").unwrap();
        assert_eq!((edited.config.name.as_str(), edited.config.storage, edited.config.max_msgs), ("S", Storage::Memory, 5));
        edited.config.max_msgs = 9;
        let sent = serde_json::to_value(&edited).unwrap();
        assert_eq!(sent["max_msgs"], 9);
        assert_eq!((&sent["allow_msg_counter"], &sent["persist_mode"]), (&Value::Bool(true), &Value::from("async")));
        assert_eq!(sent["placement"]["cluster"], "c1", "known fields stay typed, not duplicated");
        assert!(edited.other.get("max_msgs").is_none() && edited.other.get("placement").is_none());
    }

    #[test]
    fn enum_flags_take_the_api_spellings_in_any_case() {
        assert_eq!(parse_storage("Memory"), Ok(Storage::Memory));
        assert_eq!(parse_retention("work"), Ok(Retention::WorkQueue));
        assert_eq!(parse_retention("WorkQueue"), Ok(Retention::WorkQueue));
        assert_eq!(parse_storage("disk"), Err("use file, memory".to_string()));
        assert_eq!(parse_ack_policy("explicit"), Ok(AckPolicy::Explicit));
    }

    #[test]
    fn sizes_and_durations() {
        assert_eq!(parse_size("1024"), Ok(1024));
        assert_eq!(parse_size("10KB"), Ok(10 * 1024));
        assert_eq!(parse_size("1.5GiB"), Ok(1_610_612_736));
        assert_eq!(parse_size("-1"), Ok(-1));
        assert!(parse_size("ten").is_err());
        assert_eq!(parse_long_duration("2d"), Ok(Duration::from_secs(172_800)));
        assert_eq!(parse_long_duration("1h30m"), Ok(Duration::from_secs(5400)));
        assert_eq!(count(1234567), "1,234,567");
        assert_eq!(human_bytes(1536), "1.5 KiB");
    }
}
