//! Maps a parsed config file onto `Options`, with nats-server's key names and aliases.

use std::time::Duration;

use super::config::{ConfigError, Document, Entry, Pos, Value};
use super::{Options, SyncPolicy};
use crate::auth::permissions::{ResponsePermission, SubjectPermission};
use crate::auth::{AccountConfig, AccountJetStreamLimits, Permissions, User};

/// Keys nats-server knows that natsx accepts but does not act on yet; they produce a
/// warning instead of an error so existing config files still load.
const NOT_YET_SUPPORTED: &[&str] = &[
    "cluster",
    "gateway",
    "leafnodes",
    "leaf",
    "websocket",
    "mqtt",
    "tls",
    "operator",
    "operators",
    "resolver",
    "resolver_preload",
    "mappings",
    "syslog",
    "remote_syslog",
    "log_size_limit",
    "max_traced_msg_len",
    "connect_error_reports",
    "reconnect_error_reports",
    "disable_sublist_cache",
    "no_sublist_cache",
    "prof_port",
    "https_port",
    "https",
    "max_closed_clients",
    "tags",
    "server_tags",
    "default_js_domain",
    "no_header_support",
    "trusted",
    "trusted_keys",
    "lame_duck_grace_period",
    "write_deadline_policy",
    "ocsp",
    "ocsp_cache",
    "sys_trace",
    "trace_verbose",
    "accounts_jwt",
];

/// Applies `root` (a parsed config file) to `opts`. Returns warnings to log.
pub fn apply_config(opts: &mut Options, doc: &Document) -> Result<Vec<String>, ConfigError> {
    let Value::Map(entries) = &doc.root else {
        return Err(ConfigError { pos: Pos::default(), message: "config must be a map".into() });
    };
    let mut warnings = Vec::new();
    let referenced = &doc.used_variables;
    for entry in entries {
        apply_entry(opts, entry, referenced, &mut warnings)?;
    }
    Ok(warnings)
}

fn apply_entry(opts: &mut Options, e: &Entry, referenced: &[String], warnings: &mut Vec<String>) -> Result<(), ConfigError> {
    let v = &e.value;
    match e.key.to_ascii_lowercase().as_str() {
        "listen" => {
            let (host, port) = split_host_port(&string(e)?, e)?;
            if let Some(h) = host {
                opts.host = h;
            }
            opts.port = port;
        }
        "host" | "net" => opts.host = string(e)?,
        "port" => opts.port = int(e)? as i32,
        "server_name" => opts.server_name = Some(string(e)?),
        "client_advertise" => opts.client_advertise = Some(string(e)?),
        "http" | "monitor" => match v {
            Value::Int(p) => opts.http_port = Some(*p as i32),
            _ => {
                let (host, port) = split_host_port(&string(e)?, e)?;
                opts.http_host = host;
                opts.http_port = Some(port);
            }
        },
        "http_port" | "monitor_port" => opts.http_port = Some(int(e)? as i32),
        "max_payload" => opts.max_payload = size(e)?,
        "max_pending" => opts.max_pending = size(e)?,
        "max_control_line" => opts.max_control_line = size(e)?,
        "max_connections" | "max_conn" => opts.max_connections = size(e)?,
        "max_subscriptions" | "max_subs" => opts.max_subscriptions = size(e)?,
        "ping_interval" => opts.ping_interval = duration(e)?,
        "ping_max" => opts.ping_max = int(e)? as u32,
        "write_deadline" => opts.write_deadline = duration(e)?,
        "lame_duck_duration" => opts.lame_duck_duration = duration(e)?,
        "lame_duck_grace_period" => opts.lame_duck_grace_period = duration(e)?,
        "debug" => opts.debug = boolean(e)?,
        "trace" => opts.trace = boolean(e)?,
        "logtime" => opts.logtime = boolean(e)?,
        "log_file" | "logfile" => opts.log_file = Some(string(e)?.into()),
        "pid_file" | "pidfile" => opts.pid_file = Some(string(e)?.into()),
        "ports_file_dir" => opts.ports_file_dir = Some(string(e)?.into()),
        "no_auth_user" => opts.no_auth_user = Some(string(e)?),
        "system_account" | "system" => opts.system_account = Some(string(e)?),
        "authorization" => apply_authorization(opts, e)?,
        "accounts" => apply_accounts(opts, e)?,
        "jetstream" => apply_jetstream(opts, e)?,
        "store_dir" => opts.store_dir = Some(string(e)?.into()),
        key if NOT_YET_SUPPORTED.contains(&key) => {
            warnings.push(format!("{}: config key \"{}\" is not supported by natsx yet and is ignored", e.pos, e.key));
        }
        _ => {
            // Top-level keys that are only variables (referenced as `$NAME`) are fine;
            // anything else is a mistake nats-server refuses, and so do we.
            if !referenced.contains(&e.key) {
                return Err(ConfigError { pos: e.pos.clone(), message: format!("unknown field \"{}\"", e.key) });
            }
        }
    }
    Ok(())
}

fn apply_authorization(opts: &mut Options, e: &Entry) -> Result<(), ConfigError> {
    let Value::Map(entries) = &e.value else {
        return type_error(e, "map");
    };
    let mut default_permissions = None;
    for a in entries {
        match a.key.to_ascii_lowercase().as_str() {
            "user" | "username" => opts.username = Some(string(a)?),
            "pass" | "password" => opts.password = Some(string(a)?),
            "token" => opts.token = Some(string(a)?),
            "timeout" => opts.auth_timeout = seconds_float(a)?,
            "users" => opts.users = users(a, None)?,
            "permissions" | "default_permissions" => default_permissions = Some(permissions(a)?),
            _ => {}
        }
    }
    if let Some(p) = default_permissions {
        for u in opts.users.iter_mut().filter(|u| u.permissions.is_none()) {
            u.permissions = Some(p.clone());
        }
    }
    Ok(())
}

fn enabled_word(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "enabled" | "enable" | "true" | "on" | "yes" => Some(true),
        "disabled" | "disable" | "false" | "off" | "no" => Some(false),
        _ => None,
    }
}

/// `jetstream: enabled` or `jetstream { store_dir, max_memory_store, max_file_store, domain,
/// strict, sync_interval, enabled }`.
fn apply_jetstream(opts: &mut Options, e: &Entry) -> Result<(), ConfigError> {
    match &e.value {
        Value::Bool(b) => opts.jetstream = *b,
        Value::String(s) => opts.jetstream = enabled_word(s).ok_or_else(|| bad(e, &format!("invalid value \"{s}\"")))?,
        Value::Map(fields) => {
            opts.jetstream = true;
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "enabled" | "enable" => opts.jetstream = boolean(f)?,
                    "store_dir" | "store" | "storedir" => opts.store_dir = Some(string(f)?.into()),
                    "max_memory_store" | "max_mem_store" | "max_mem" => opts.jetstream_limits.max_memory = limit(f)?,
                    "max_file_store" | "max_file" => opts.jetstream_limits.max_store = limit(f)?,
                    "domain" => opts.jetstream_domain = Some(string(f)?).filter(|d| !d.is_empty()),
                    "strict" => opts.jetstream_strict = boolean(f)?,
                    "sync_interval" | "sync" => {
                        opts.sync_interval = match &f.value {
                            Value::String(s) if s.eq_ignore_ascii_case("always") => SyncPolicy::Always,
                            _ => SyncPolicy::Interval(duration(f)?.max(Duration::from_millis(1))),
                        }
                    }
                    // Accepted for config compatibility; natsx has no use for them yet.
                    "max_buffered_msgs"
                    | "max_buffered_size"
                    | "request_queue_limit"
                    | "unique_tag"
                    | "max_outstanding_catchup"
                    | "max_ack_pending"
                    | "max_catchup"
                    | "limits"
                    | "tpm"
                    | "cipher"
                    | "key"
                    | "prev_key"
                    | "compress_ok" => {}
                    _ => return Err(bad(f, "unknown JetStream option")),
                }
            }
        }
        _ => return type_error(e, "bool or map"),
    }
    Ok(())
}

/// A size limit where negative means "none".
fn limit(e: &Entry) -> Result<i64, ConfigError> {
    let n = int(e)?;
    Ok(if n < 0 { -1 } else { n })
}

/// An account's `jetstream: enabled` or `jetstream { max_mem, max_file, ... }`.
fn account_jetstream(e: &Entry) -> Result<AccountJetStreamLimits, ConfigError> {
    let mut limits = AccountJetStreamLimits::default();
    match &e.value {
        Value::Bool(b) => limits.enabled = *b,
        Value::String(s) => limits.enabled = enabled_word(s).ok_or_else(|| bad(e, &format!("invalid value \"{s}\"")))?,
        Value::Map(fields) => {
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "max_mem" | "max_memory" | "max_memory_store" | "max_mem_store" => limits.max_memory = limit(f)?,
                    "max_file" | "max_store" | "max_file_store" | "max_disk" => limits.max_store = limit(f)?,
                    "max_streams" => limits.max_streams = limit(f)?,
                    "max_consumers" => limits.max_consumers = limit(f)?,
                    "max_ack_pending" => limits.max_ack_pending = limit(f)?,
                    "memory_max_stream_bytes" | "mem_max_stream_bytes" => limits.memory_max_stream_bytes = limit(f)?,
                    "store_max_stream_bytes" | "disk_max_stream_bytes" => limits.store_max_stream_bytes = limit(f)?,
                    "max_stream_bytes" | "max_bytes" => {
                        let n = limit(f)?;
                        limits.memory_max_stream_bytes = n;
                        limits.store_max_stream_bytes = n;
                    }
                    "max_bytes_required" => limits.max_bytes_required = boolean(f)?,
                    "enabled" => limits.enabled = boolean(f)?,
                    _ => return Err(bad(f, "unknown JetStream account limit")),
                }
            }
        }
        _ => return type_error(e, "bool, string or map"),
    }
    Ok(limits)
}

fn apply_accounts(opts: &mut Options, e: &Entry) -> Result<(), ConfigError> {
    let Value::Map(entries) = &e.value else {
        return type_error(e, "map");
    };
    for acc in entries {
        let mut account = AccountConfig { name: acc.key.clone(), users: Vec::new(), jetstream: None };
        match &acc.value {
            Value::Map(fields) => {
                for f in fields {
                    if f.key.eq_ignore_ascii_case("users") {
                        account.users = users(f, Some(&acc.key))?;
                    } else if f.key.eq_ignore_ascii_case("jetstream") {
                        account.jetstream = Some(account_jetstream(f)?);
                    }
                }
            }
            _ => return type_error(acc, "map"),
        }
        opts.accounts.push(account);
    }
    Ok(())
}

fn users(e: &Entry, account: Option<&str>) -> Result<Vec<User>, ConfigError> {
    let Value::Array(items) = &e.value else {
        return type_error(e, "array");
    };
    let mut out = Vec::new();
    for item in items {
        let Value::Map(fields) = item else {
            return Err(ConfigError { pos: e.pos.clone(), message: "user entry should be a map".into() });
        };
        let mut user = User { account: account.map(str::to_string), ..Default::default() };
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "user" | "username" => user.name = string(f)?,
                "pass" | "password" => user.password = string(f)?,
                "permissions" | "permission" => user.permissions = Some(permissions(f)?),
                "account" => user.account = Some(string(f)?),
                _ => {}
            }
        }
        out.push(user);
    }
    Ok(out)
}

fn permissions(e: &Entry) -> Result<Permissions, ConfigError> {
    let Value::Map(fields) = &e.value else {
        return type_error(e, "map");
    };
    let mut p = Permissions::default();
    for f in fields {
        match f.key.to_ascii_lowercase().as_str() {
            "publish" | "pub" => p.publish = Some(subject_permission(f)?),
            "subscribe" | "sub" => p.subscribe = Some(subject_permission(f)?),
            "allow_responses" | "allow_response" => {
                p.allow_responses = match &f.value {
                    Value::Bool(false) => None,
                    Value::Bool(true) => Some(ResponsePermission { max: 1, expires: Duration::ZERO }),
                    Value::Map(_) => Some(ResponsePermission {
                        max: match f.value.get("max") {
                            Some(Value::Int(n)) => *n as usize,
                            _ => 1,
                        },
                        expires: match f.value.get("expires").or_else(|| f.value.get("ttl")) {
                            Some(v) => duration_value(v).ok_or_else(|| bad(f, "invalid duration"))?,
                            None => Duration::ZERO,
                        },
                    }),
                    _ => return type_error(f, "bool or map"),
                }
            }
            _ => {}
        }
    }
    Ok(p)
}

fn subject_permission(e: &Entry) -> Result<SubjectPermission, ConfigError> {
    match &e.value {
        Value::String(_) | Value::Array(_) => Ok(SubjectPermission { allow: Some(strings(e, &e.value)?), deny: Vec::new() }),
        Value::Map(fields) => {
            let mut sp = SubjectPermission::default();
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "allow" => sp.allow = Some(strings(f, &f.value)?),
                    "deny" => sp.deny = strings(f, &f.value)?,
                    _ => {}
                }
            }
            Ok(sp)
        }
        _ => type_error(e, "string, array or map"),
    }
}

fn strings(e: &Entry, v: &Value) -> Result<Vec<String>, ConfigError> {
    match v {
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Ok(s.clone()),
                other => Err(bad(e, &format!("expected a subject string, got {}", other.type_name()))),
            })
            .collect(),
        other => Err(bad(e, &format!("expected a subject or a list of subjects, got {}", other.type_name()))),
    }
}

fn bad(e: &Entry, message: &str) -> ConfigError {
    ConfigError { pos: e.pos.clone(), message: format!("{}: {message}", e.key) }
}

fn type_error<T>(e: &Entry, want: &str) -> Result<T, ConfigError> {
    Err(bad(e, &format!("expected {want}, got {}", e.value.type_name())))
}

fn string(e: &Entry) -> Result<String, ConfigError> {
    match &e.value {
        Value::String(s) => Ok(s.clone()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(f) => Ok(f.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        _ => type_error(e, "string"),
    }
}

fn int(e: &Entry) -> Result<i64, ConfigError> {
    match &e.value {
        Value::Int(i) => Ok(*i),
        Value::String(s) => s.parse().map_err(|_| bad(e, &format!("invalid number \"{s}\""))),
        _ => type_error(e, "integer"),
    }
}

fn size(e: &Entry) -> Result<usize, ConfigError> {
    let n = int(e)?;
    usize::try_from(n).map_err(|_| bad(e, "must not be negative"))
}

fn boolean(e: &Entry) -> Result<bool, ConfigError> {
    match &e.value {
        Value::Bool(b) => Ok(*b),
        _ => type_error(e, "bool"),
    }
}

fn seconds_float(e: &Entry) -> Result<Duration, ConfigError> {
    match &e.value {
        Value::Int(_) | Value::Float(_) | Value::String(_) => duration(e),
        _ => type_error(e, "number of seconds"),
    }
}

fn duration(e: &Entry) -> Result<Duration, ConfigError> {
    duration_value(&e.value).ok_or_else(|| bad(e, "invalid duration"))
}

/// Integers are seconds; strings are Go durations (`"2m"`, `"1h30m"`, `"500ms"`).
fn duration_value(v: &Value) -> Option<Duration> {
    match v {
        Value::Int(i) => secs_f64(*i as f64),
        Value::Float(f) => secs_f64(*f),
        Value::String(s) => parse_go_duration(s),
        _ => None,
    }
}

/// The longest duration accepted anywhere (about 100 years): larger values are
/// config mistakes, and would overflow timer arithmetic.
const MAX_DURATION: Duration = Duration::from_secs(100 * 365 * 86_400);

/// Seconds as a float to a duration; `None` when negative, not finite or absurdly large.
fn secs_f64(secs: f64) -> Option<Duration> {
    Duration::try_from_secs_f64(secs).ok().filter(|d| *d <= MAX_DURATION)
}

/// Parses Go's `time.ParseDuration` syntax (non-negative values only).
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    if s == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = s;
    let mut total = 0f64;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if num_end == 0 {
            return None;
        }
        let number: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        rest = &rest[unit_end..];
        let scale = match unit {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += number * scale;
    }
    secs_f64(total)
}

fn split_host_port(s: &str, e: &Entry) -> Result<(Option<String>, i32), ConfigError> {
    let s = s.trim_start_matches("nats://");
    let (host, port) = match s.rsplit_once(':') {
        Some((h, p)) => (if h.is_empty() { None } else { Some(h.trim_matches(['[', ']']).to_string()) }, p),
        None => (None, s),
    };
    let port = port.parse::<i32>().map_err(|_| bad(e, &format!("could not parse port \"{port}\"")))?;
    Ok((host, port))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::config::parse_str;

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_go_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_go_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("soon"), None);
        assert_eq!(parse_go_duration("5"), None);
        assert_eq!(parse_go_duration("10000000000000000h"), None, "absurd durations are refused, not overflowed");
        let v = parse_str("ping_interval: 9223372036854775807\n", "d.conf").unwrap();
        assert!(apply_config(&mut Options::default(), &v).is_err());
        let v = parse_str("write_deadline: 1.0e400\n", "d.conf").unwrap();
        assert!(apply_config(&mut Options::default(), &v).is_err());
    }

    #[test]
    fn keys_onto_options() {
        let v = parse_str(
            "listen: 127.0.0.1:4333\nmax_payload: 2MB\nping_interval: \"5s\"\nwrite_deadline: 3\n\
             authorization { users: [ {user: a, password: b, permissions: { publish: { allow: [\"foo.>\"] }, subscribe: \"x\" } } ], timeout: 0.5 }\n\
             accounts { A: { users: [ {user: u1, password: p1} ] } }\nno_auth_user: a\nsystem_account: A\n",
            "t.conf",
        )
        .unwrap();
        let mut o = Options::default();
        apply_config(&mut o, &v).unwrap();
        assert_eq!((o.host.as_str(), o.port), ("127.0.0.1", 4333));
        assert_eq!(o.max_payload, 2 << 20);
        assert_eq!(o.ping_interval, Duration::from_secs(5));
        assert_eq!(o.write_deadline, Duration::from_secs(3));
        assert_eq!(o.auth_timeout, Duration::from_millis(500));
        let perms = o.users[0].permissions.as_ref().unwrap();
        assert_eq!(perms.publish.as_ref().unwrap().allow, Some(vec!["foo.>".to_string()]));
        assert_eq!(perms.subscribe.as_ref().unwrap().allow, Some(vec!["x".to_string()]));
        assert_eq!(o.accounts[0].users[0].account.as_deref(), Some("A"));
        assert!(o.validate().is_ok());
    }

    #[test]
    fn unknown_fields_are_errors_but_variables_are_not() {
        let v = parse_str("PW: x\nauthorization { password: $PW, user: u }\n", "v.conf").unwrap();
        assert!(apply_config(&mut Options::default(), &v).is_ok());
        let v = parse_str("port: 1\nfoo_bar: 1\n", "u.conf").unwrap();
        let err = apply_config(&mut Options::default(), &v).unwrap_err();
        assert_eq!(err.to_string(), "u.conf:2:1: unknown field \"foo_bar\"");
        let v = parse_str("cluster { port: 6222 }\n", "c.conf").unwrap();
        let warnings = apply_config(&mut Options::default(), &v).unwrap();
        assert_eq!(warnings.len(), 1, "known nats-server keys natsx lacks are warned about");
    }

    #[test]
    fn type_errors_name_the_position() {
        let v = parse_str("port: 1\nmax_payload: [1]\n", "x.conf").unwrap();
        let err = apply_config(&mut Options::default(), &v).unwrap_err();
        assert_eq!(err.pos.line, 2);
    }
}
