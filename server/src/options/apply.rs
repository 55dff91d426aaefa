//! Maps a parsed config file onto `Options`, with nats-server's key names, aliases and
//! error texts.
//!
//! Every key is either applied, refused (natsx cannot enforce it yet: see
//! `unsupported`), accepted with a warning (pure tuning), or an error (unknown, as in
//! nats-server). Errors do not stop the walk: like nats-server, every error in the file
//! is reported at once, each with its file, line and column.

use std::collections::HashSet;
use std::time::Duration;

use super::accounts::{
    AccountConfig, AccountJetStreamLimits, AccountLimits, Export, Latency, MappingConfig, ResponseType, ServiceExport, ServiceImport,
    StreamImport, User, CONNECTION_TYPES, DEFAULT_RESPONSE_THRESHOLD,
};
use super::config::{ConfigError, Document, Entry, Pos, Value};
use super::unsupported;
use super::{Options, SyncPolicy};
use crate::permissions::{PermissionSubject, Permissions, ResponsePermission, SubjectPermission};
use natsx_common::time::{parse_go_duration, secs_f64};

/// Applies `doc` (a parsed config file) to `opts`. Returns warnings to log, or every
/// error found.
pub fn apply_config(opts: &mut Options, doc: &Document) -> Result<Vec<String>, Vec<ConfigError>> {
    let Value::Map(entries) = &doc.root else {
        return Err(vec![ConfigError { pos: Pos::default(), message: "config must be a map".into() }]);
    };
    let mut loader = Loader { opts, referenced: &doc.used_variables, errors: Vec::new(), warnings: Vec::new(), user_names: HashSet::new() };
    // nats-server reads accounts before authorization, so duplicate users are found
    // in the same order whatever the file's order is.
    let (accounts, rest): (Vec<&Entry>, Vec<&Entry>) = entries.iter().partition(|e| e.key.eq_ignore_ascii_case("accounts"));
    for entry in accounts.into_iter().chain(rest) {
        if let Err(e) = loader.entry(entry) {
            loader.errors.push(e);
        }
    }
    if loader.opts.token.is_some() && loader.opts.accounts.iter().any(|a| !a.users.is_empty()) {
        let pos = entries.iter().find(|e| e.key.eq_ignore_ascii_case("authorization")).map(|e| e.pos.clone()).unwrap_or_default();
        loader.errors.push(ConfigError { pos, message: "Can not have a token and accounts".into() });
    }
    match loader.errors.is_empty() {
        true => Ok(loader.warnings),
        false => Err(loader.errors),
    }
}

/// The walk over one config file.
struct Loader<'a> {
    opts: &'a mut Options,
    /// Names the file uses as `$VAR`: a key that is only a variable is not unknown.
    referenced: &'a [String],
    errors: Vec<ConfigError>,
    warnings: Vec<String>,
    /// Every user name seen so far, for nats-server's duplicate check.
    user_names: HashSet<String>,
}

impl Loader<'_> {
    /// The error for a key nats-server does not know either (unless it is a variable).
    fn unknown(&mut self, e: &Entry, message: impl FnOnce() -> String) {
        if !self.referenced.contains(&e.key) {
            self.errors.push(ConfigError { pos: e.pos.clone(), message: message() });
        }
    }

    fn unknown_field(&mut self, e: &Entry) {
        self.unknown(e, || format!("unknown field \"{}\"", e.key));
    }

    /// A key natsx cannot enforce: an error, unless it is a boolean switch set to `false`.
    /// A boolean where nats-server wants a block or a string gets nats-server's type error.
    fn refuse(&mut self, e: &Entry, what: &str) {
        let key = e.key.to_ascii_lowercase();
        let message = match &e.value {
            Value::Bool(false) if unsupported::BOOLEAN_KEYS.contains(&key.as_str()) => return,
            Value::Bool(b) => unsupported::bool_type_error(&key, *b).unwrap_or_else(|| unsupported::refusal(&e.key, what)),
            _ => unsupported::refusal(&e.key, what),
        };
        self.errors.push(ConfigError { pos: e.pos.clone(), message });
    }

    fn entry(&mut self, e: &Entry) -> Result<(), ConfigError> {
        let opts = &mut *self.opts;
        let v = &e.value;
        let key = e.key.to_ascii_lowercase();
        match key.as_str() {
            "listen" => {
                let (host, port) = split_host_port(&address(e)?, e)?;
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
                    let (host, port) = split_host_port(&address(e)?, e)?;
                    opts.http_host = host;
                    opts.http_port = Some(port);
                }
            },
            "http_port" | "monitor_port" => opts.http_port = Some(int(e)? as i32),
            "https" => match v {
                Value::Int(p) => opts.https_port = Some(*p as i32),
                _ => {
                    let (host, port) = split_host_port(&address(e)?, e)?;
                    opts.http_host = host;
                    opts.https_port = Some(port);
                }
            },
            "https_port" => opts.https_port = Some(int(e)? as i32),
            "max_payload" => opts.max_payload = size(e)?,
            "max_pending" => opts.max_pending = size(e)?,
            "max_control_line" => opts.max_control_line = size(e)?,
            "max_connections" | "max_conn" => opts.max_connections = size(e)?,
            "max_subscriptions" | "max_subs" => opts.max_subscriptions = size(e)?,
            "max_sub_tokens" | "max_subscription_tokens" => {
                let n = int(e)?;
                if n > u8::MAX as i64 {
                    return Err(ConfigError { pos: e.pos.clone(), message: format!("{} value is too big", e.key) });
                }
                if n <= 0 {
                    return Err(ConfigError { pos: e.pos.clone(), message: format!("{} value can not be negative", e.key) });
                }
                opts.max_sub_tokens = n as u8;
            }
            "max_closed_clients" => opts.max_closed_clients = size(e)?,
            "ping_interval" => opts.ping_interval = duration(e)?,
            "ping_max" => opts.ping_max = int(e)? as u32,
            "write_deadline" => opts.write_deadline = duration(e)?,
            // natsx closes a client that misses the write deadline: nats-server's
            // "default" and "close" for clients. "retry" is not implemented.
            "write_timeout" => match string(e)?.as_str() {
                "default" | "close" => {}
                "retry" => self.refuse(e, "retrying writes after the write deadline (write_timeout: retry)"),
                _ => return Err(ConfigError { pos: e.pos.clone(), message: "write_timeout must be 'default', 'close' or 'retry'".into() }),
            },
            "lame_duck_duration" => opts.lame_duck_duration = duration(e)?,
            "lame_duck_grace_period" => opts.lame_duck_grace_period = duration(e)?,
            "debug" => opts.debug = boolean(e)?,
            "trace" => opts.trace = boolean(e)?,
            "logtime" => opts.logtime = boolean(e)?,
            "logtime_utc" => opts.logtime_utc = boolean(e)?,
            "log_file" | "logfile" => opts.log_file = Some(string(e)?.into()),
            "logfile_size_limit" | "log_size_limit" => opts.log_size_limit = size(e)? as u64,
            "logfile_max_num" | "log_max_num" => opts.log_max_files = size(e)?,
            "pid_file" | "pidfile" => opts.pid_file = Some(string(e)?.into()),
            "ports_file_dir" => opts.ports_file_dir = Some(string(e)?.into()),
            // An empty name asks for nothing (nats-server ignores it).
            "no_auth_user" => opts.no_auth_user = Some(string(e)?).filter(|u| !u.is_empty()),
            "websocket" | "ws" => self.opts.websocket = self.websocket(e)?,
            "cluster" => self.cluster(e)?,
            "leafnodes" | "leaf" => self.leafnodes(e)?,
            "gateway" => self.gateway(e)?,
            "allow_non_tls" => opts.allow_non_tls = boolean(e)?,
            "tls" => {
                let before = self.errors.len();
                // nats-server stops at the block's first error, before reading any file.
                if let Some(settings) = self.tls(e)?.filter(|_| self.errors.len() == before) {
                    // nats-server builds the TLS configuration while parsing: a missing or bad
                    // file is a configuration error at the block.
                    match crate::tls::Tls::new(&settings) {
                        Ok(_) => self.opts.tls = Some(settings),
                        Err(why) => self.errors.push(bad_at(e, &why)),
                    }
                }
            }
            "system_account" | "system" => match &e.value {
                Value::String(name) => opts.system_account = Some(name.clone()),
                _ => return Err(bad_at(e, "system account name must be a string")),
            },
            "operator" | "operators" | "root" | "roots" | "root_operator" | "root_operators" => {
                let entries: Vec<String> = match v {
                    Value::String(s) => vec![s.clone()],
                    Value::Array(items) => {
                        let mut out = Vec::new();
                        for item in items {
                            match item {
                                Value::String(s) => out.push(s.clone()),
                                other => {
                                    return Err(bad_at(
                                        e,
                                        &format!(
                                            "error parsing operators: unsupported type {} where string is expected",
                                            go_type_name(other)
                                        ),
                                    ))
                                }
                            }
                        }
                        out
                    }
                    other => return Err(bad_at(e, &format!("error parsing operators: unsupported type {}", go_type_name(other)))),
                };
                for entry in entries {
                    match super::operator::read_operator(&entry) {
                        Ok((token, claims)) => {
                            self.opts.operator.operator_jwts.push(token);
                            self.opts.operator.operators.push(claims);
                        }
                        Err(why) => self.errors.push(bad_at(e, &format!("error parsing operator JWT: {why}"))),
                    }
                }
            }
            "trusted" | "trusted_keys" => {
                let keys: Vec<String> = match v {
                    Value::String(s) => vec![s.clone()],
                    Value::Array(items) => items.iter().map(|i| if let Value::String(s) = i { s.clone() } else { String::new() }).collect(),
                    other => return Err(bad_at(e, &format!("error parsing trusted: unsupported type {}", go_type_name(other)))),
                };
                for key in &keys {
                    if !natsx_common::jwt::is_public_key(key, 'O') {
                        self.errors.push(bad_at(e, &format!("trust key {key:?} required to be a valid public operator nkey")));
                    }
                }
                self.opts.operator.trusted_keys = keys;
            }
            "resolver" | "account_resolver" | "accounts_resolver" => match v {
                Value::String(s) => {
                    let upper = s.trim().to_ascii_uppercase();
                    if upper.starts_with("MEM") {
                        self.opts.operator.resolver = super::operator::Resolver::Memory;
                    } else if upper.starts_with("URL") {
                        self.refuse(e, "the URL account resolver");
                    }
                }
                Value::Map(_) => self.resolver(e)?,
                Value::Bool(_) => self.refuse(e, "an account resolver"),
                other => return Err(bad_at(e, &format!("error parsing operator resolver, wrong type {}", go_type_name(other)))),
            },
            "resolver_preload" => {
                let Value::Map(entries) = v else { return Err(bad_at(e, "preload should be a map of account_public_key:account_jwt")) };
                // A later resolver_preload replaces an earlier one, as in nats-server.
                self.opts.operator.preload.clear();
                for p in entries {
                    match &p.value {
                        Value::String(token) if natsx_common::jwt::AccountClaims::decode(token).is_ok() => {
                            self.opts.operator.preload.push((p.key.clone(), token.clone()))
                        }
                        Value::String(_) => self.errors.push(bad_at(p, "invalid account JWT")),
                        _ => self.errors.push(bad_at(p, "preload map value should be a string JWT")),
                    }
                }
            }
            "authorization" => self.authorization(e)?,
            "accounts" => self.accounts(e)?,
            "mappings" | "maps" => self.opts.mappings = self.mappings(e)?,
            "jetstream" => self.jetstream(e)?,
            "store_dir" | "storedir" => opts.store_dir = Some(string(e)?.into()),
            key => {
                if let Some(what) = unsupported::refused_key(key) {
                    self.refuse(e, what);
                } else if let Some(what) = unsupported::ignored_key(key) {
                    self.warnings.push(format!("{}: {}", e.pos, unsupported::ignored(&e.key, what)));
                } else {
                    self.unknown_field(e);
                }
            }
        }
        Ok(())
    }

    fn authorization(&mut self, e: &Entry) -> Result<(), ConfigError> {
        let Value::Map(entries) = &e.value else {
            return type_error(e, "map");
        };
        let mut default_permissions = None;
        let mut users = Vec::new();
        for a in entries {
            match a.key.to_ascii_lowercase().as_str() {
                "user" | "username" => self.opts.username = Some(string(a)?),
                "pass" | "password" => self.opts.password = Some(string(a)?),
                "token" => self.opts.token = Some(string(a)?),
                "timeout" => self.opts.auth_timeout = seconds_float(a)?,
                "users" => users = self.users(a, None)?,
                "permissions" | "default_permissions" | "default_permission" => default_permissions = Some(self.permissions(a)?),
                "auth_callout" | "auth_hook" => self.opts.auth_callout = Some(self.auth_callout(a)?),
                "proxy_required" => self.refuse(a, "trusted proxies"),
                _ => self.unknown_field(a),
            }
        }
        if self.opts.token.is_some() && !users.is_empty() {
            return Err(ConfigError { pos: e.pos.clone(), message: "Can not have a token and a users array".into() });
        }
        for u in users.iter_mut().filter(|u| u.permissions.is_none()) {
            u.permissions = default_permissions.clone();
        }
        self.opts.users = users;
        Ok(())
    }

    /// `jetstream: enabled` or `jetstream { store_dir, max_memory_store, max_file_store,
    /// domain, strict, sync_interval, enabled }`.
    fn jetstream(&mut self, e: &Entry) -> Result<(), ConfigError> {
        match &e.value {
            Value::Bool(b) => self.opts.jetstream = *b,
            Value::String(s) => self.opts.jetstream = enabled_word(s).ok_or_else(|| bad(e, &format!("invalid value \"{s}\"")))?,
            Value::Map(fields) => {
                self.opts.jetstream = true;
                for f in fields {
                    let key = f.key.to_ascii_lowercase();
                    let opts = &mut *self.opts;
                    match key.as_str() {
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
                        key if unsupported::IGNORED_JETSTREAM.contains(&key) => {}
                        key => match unsupported::REFUSED_JETSTREAM.iter().find(|(keys, _)| keys.contains(&key)) {
                            Some((_, what)) => self.refuse(f, what),
                            None => self.unknown_field(f),
                        },
                    }
                }
            }
            _ => return type_error(e, "bool or map"),
        }
        Ok(())
    }

    /// An account's `jetstream: enabled` or `jetstream { max_mem, max_file, ... }`, with
    /// nats-server's aliases. `max_bytes_required` is also spelt `max_stream_bytes` and
    /// `max_bytes` (all booleans, as in nats-server).
    fn account_jetstream(&mut self, e: &Entry) -> Result<AccountJetStreamLimits, ConfigError> {
        let mut limits = AccountJetStreamLimits::default();
        match &e.value {
            Value::Bool(b) => limits.enabled = *b,
            Value::String(s) => {
                limits.enabled =
                    enabled_word(s).ok_or_else(|| bad(e, &format!("Expected 'enabled' or 'disabled' for string value, got '{s}'")))?
            }
            Value::Map(fields) => {
                for f in fields {
                    match f.key.to_ascii_lowercase().as_str() {
                        "max_memory" | "max_mem" | "mem" | "memory" | "max_memory_store" | "max_mem_store" => {
                            limits.max_memory = parseable_size(f)?
                        }
                        "max_store" | "max_file" | "max_disk" | "store" | "disk" | "max_file_store" => {
                            limits.max_store = parseable_size(f)?
                        }
                        "max_streams" | "streams" => limits.max_streams = parseable_size(f)?,
                        "max_consumers" | "consumers" => limits.max_consumers = parseable_size(f)?,
                        "max_ack_pending" => limits.max_ack_pending = parseable_size(f)?,
                        "mem_max_stream_bytes" | "memory_max_stream_bytes" => limits.memory_max_stream_bytes = parseable_size(f)?,
                        "disk_max_stream_bytes" | "store_max_stream_bytes" => limits.store_max_stream_bytes = parseable_size(f)?,
                        "max_bytes_required" | "max_stream_bytes" | "max_bytes" => match f.value {
                            Value::Bool(b) => limits.max_bytes_required = b,
                            _ => return Err(nats_type_error(f, "bool")),
                        },
                        // Which account carries clustered JetStream's traffic: no
                        // clustering here, so either choice is the same server.
                        "cluster_traffic" => match &f.value {
                            Value::String(s) if matches!(s.as_str(), "system" | "owner" | "") => {}
                            other => {
                                return Err(bad(
                                    f,
                                    &format!("Expected 'system' or 'owner' string value for \"{}\", got {}", f.key, other.type_name()),
                                ))
                            }
                        },
                        "enabled" | "enable" => limits.enabled = boolean(f)?,
                        _ => self.unknown_field(f),
                    }
                }
            }
            _ => return type_error(e, "bool, string or map"),
        }
        Ok(limits)
    }

    fn accounts(&mut self, e: &Entry) -> Result<(), ConfigError> {
        let Value::Map(entries) = &e.value else {
            return type_error(e, "map");
        };
        for acc in entries {
            if self.opts.accounts.iter().any(|a| a.name == acc.key) {
                self.errors.push(ConfigError { pos: acc.pos.clone(), message: format!("Duplicate Account Entry: {}", acc.key) });
                continue;
            }
            let mut account = AccountConfig { name: acc.key.clone(), ..Default::default() };
            let Value::Map(fields) = &acc.value else {
                return type_error(acc, "map");
            };
            let mut default_permissions = None;
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "users" => account.users = self.users(f, Some(&acc.key))?,
                    "jetstream" => account.jetstream = Some(self.account_jetstream(f)?),
                    "default_permissions" => default_permissions = Some(self.permissions(f)?),
                    "nkey" => self.refuse(f, "accounts identified by an NKey (operator mode)"),
                    "exports" => (account.stream_exports, account.service_exports) = self.exports(f)?,
                    "imports" => (account.stream_imports, account.service_imports) = self.imports(f)?,
                    "mappings" | "maps" => account.mappings = self.mappings(f)?,
                    "limits" => account.limits = self.account_limits(f)?,
                    "msg_trace" | "trace_dest" => self.refuse(f, "message tracing"),
                    _ => self.unknown_field(f),
                }
            }
            for u in account.users.iter_mut().filter(|u| u.permissions.is_none()) {
                u.permissions = default_permissions.clone();
            }
            self.opts.accounts.push(account);
        }
        if self.errors.is_empty() {
            for message in crate::options::exports::check(&self.opts.accounts) {
                self.errors.push(ConfigError { pos: e.pos.clone(), message });
            }
        }
        Ok(())
    }

    /// `mappings { SUBJECT: DESTINATION | {destination, weight} | [{destination, weight}, ...] }`
    /// (top level: the global account's; or an account's), checked as nats-server's
    /// `parseAccountMappings` and `AddWeightedMappings` check them, with their texts.
    fn mappings(&mut self, e: &Entry) -> Result<Vec<MappingConfig>, ConfigError> {
        let Value::Map(entries) = &e.value else { return type_error(e, "map") };
        let mut out = Vec::new();
        for m in entries {
            if !natsx_common::subject::is_valid_subscribe(m.key.as_bytes()) {
                self.errors.push(bad_at(e, &format!("Subject {:?} is not a valid subject", m.key)));
                continue;
            }
            let dests = match &m.value {
                Value::String(dest) => vec![(dest.clone(), 100)],
                Value::Map(fields) => match self.map_dest(m, fields) {
                    Some(d) => d.into_iter().collect(),
                    None => continue,
                },
                Value::Array(items) => {
                    let mut dests = Vec::new();
                    for item in items {
                        let Value::Map(fields) = item else {
                            self.errors.push(bad_at(m, "Expected an entry for the mapping destination"));
                            continue;
                        };
                        if let Some(d) = self.map_dest(m, fields) {
                            dests.extend(d);
                        }
                    }
                    dests
                }
                other => {
                    self.errors.push(bad_at(m, &format!("Unknown type {} for mapping destination", go_type_name(other))));
                    continue;
                }
            };
            if let Err(why) = natsx_common::transform::Mapping::new(&m.key, &dests) {
                let message = match &m.value {
                    Value::String(dest) => format!("Error adding mapping for {:?} to {:?} : {why}", m.key, dest),
                    _ => format!("Error adding mapping for {:?} : {why}", m.key),
                };
                self.errors.push(bad_at(m, &message));
                continue;
            }
            out.push(MappingConfig { src: m.key.clone(), dests });
        }
        Ok(out)
    }

    /// One `{destination, weight, cluster}` of a mapping; `None` after an error, and
    /// `Some(None)` for a cluster-scoped entry (left out: natsx is not clustered).
    fn map_dest(&mut self, m: &Entry, fields: &[Entry]) -> Option<Option<(String, u8)>> {
        let (mut dest, mut weight, mut cluster) = (String::new(), None, String::new());
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "dest" | "destination" => dest = string(f).ok()?,
                "weight" => {
                    let w = match &f.value {
                        Value::String(s) => match s.trim_end_matches('%').parse::<i64>() {
                            Ok(w) => w,
                            Err(_) => {
                                self.errors
                                    .push(bad_at(f, &format!("Invalid weight {:?} for mapping destination", s.trim_end_matches('%'))));
                                return None;
                            }
                        },
                        Value::Int(w) => *w,
                        other => {
                            self.errors.push(bad_at(f, &format!("Unknown entry type for weight of {}", go_type_name(other))));
                            return None;
                        }
                    };
                    if !(0..=100).contains(&w) {
                        self.errors.push(bad_at(f, &format!("Invalid weight {w} for mapping destination")));
                        return None;
                    }
                    weight = Some(w as u8);
                }
                "cluster" => cluster = string(f).ok()?,
                _ => {
                    self.errors.push(bad_at(f, &format!("Unknown field {:?} for mapping destination", f.key)));
                    return None;
                }
            }
        }
        let Some(weight) = weight else {
            self.errors.push(bad_at(m, &format!("Missing weight for mapping destination {dest:?}")));
            return None;
        };
        Some(cluster.is_empty().then_some((dest, weight)))
    }

    /// An account's `limits { ... }`. `max_leafnodes` is taken (natsx has no leaf nodes,
    /// so nothing can exceed it).
    fn account_limits(&mut self, e: &Entry) -> Result<AccountLimits, ConfigError> {
        let Value::Map(fields) = &e.value else {
            return Err(bad_at(e, &format!("Expected account limits to be a map/struct, got {}", go_type_name(&e.value))));
        };
        let mut limits = AccountLimits::default();
        // Negative is nats-server's NoLimit; 0 allows none.
        let count = |f: &Entry| int(f).map(|n| (n >= 0).then_some(n as u64));
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "max_connections" | "max_conn" => limits.max_connections = count(f)?,
                "max_subscriptions" | "max_subs" => limits.max_subscriptions = count(f)?.map(|n| n as usize),
                "max_payload" | "max_pay" => limits.max_payload = Some(size(f)?),
                "max_leafnodes" | "max_leafs" => {
                    count(f)?;
                }
                _ => self.errors.push(bad_at(f, &format!("Unknown field {:?} parsing account limits", f.key))),
            }
        }
        Ok(limits)
    }

    /// An account's `exports: [...]`: stream and service exports, with nats-server's
    /// errors for a directive on the wrong kind. Latency tracking and `allow_trace` stop
    /// the server (fail closed) until natsx has them.
    fn exports(&mut self, e: &Entry) -> Result<(Vec<Export>, Vec<ServiceExport>), ConfigError> {
        let (mut streams, mut services) = (Vec::new(), Vec::new());
        for fields in item_maps(e, "Export")? {
            let (mut stream, mut service): (Option<String>, Option<String>) = (None, None);
            let (mut accounts, mut position) = (None, 0);
            let (mut response_type, mut threshold, mut latency) = (None, None, None);
            let mut non_service: Vec<(&Entry, &str)> = Vec::new();
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "stream" => match &f.value {
                        _ if service.is_some() => {
                            self.errors.push(bad_at(f, &format!("Detected stream {:?} but already saw a service", text(&f.value))))
                        }
                        Value::String(s) => stream = Some(s.clone()),
                        other => self.errors.push(bad_at(f, &format!("Expected stream name to be string, got {}", go_type_name(other)))),
                    },
                    "service" => match &f.value {
                        _ if stream.is_some() => {
                            self.errors.push(bad_at(f, &format!("Detected service {:?} but already saw a stream", text(&f.value))))
                        }
                        Value::String(s) => service = Some(s.clone()),
                        other => self.errors.push(bad_at(f, &format!("Expected service name to be string, got {}", go_type_name(other)))),
                    },
                    "accounts" => {
                        let Value::Array(names) = &f.value else { return type_error(f, "array") };
                        // An empty list is public, as in nats-server (its list stays nil).
                        let names: Vec<String> =
                            names.iter().map(|n| if let Value::String(s) = n { s.clone() } else { String::new() }).collect();
                        accounts = (!names.is_empty()).then_some(names);
                    }
                    "account_token_position" => match int(f)? {
                        n if n < 0 => self.errors.push(bad_at(f, &format!("account_token_position can not be negative, got {n}"))),
                        n => position = n as usize,
                    },
                    "response" | "response_type" => {
                        non_service.push((f, "Detected response directive on non-service"));
                        if response_type.is_some() {
                            self.errors.push(bad_at(f, "Duplicate response type definition"));
                            continue;
                        }
                        response_type = Some(ResponseType::Singleton);
                        match &f.value {
                            Value::String(s) => match s.to_ascii_lowercase().as_str() {
                                "single" | "singleton" => {}
                                "stream" => response_type = Some(ResponseType::Stream),
                                "chunk" | "chunked" => response_type = Some(ResponseType::Chunked),
                                _ => self.errors.push(bad_at(f, &format!("Unknown response type: {s:?}"))),
                            },
                            other => {
                                self.errors.push(bad_at(f, &format!("Expected response type to be string, got {}", go_type_name(other))))
                            }
                        }
                    }
                    "threshold" | "response_threshold" | "response_max_time" | "response_time" => {
                        non_service.push((f, "Detected response directive on non-service"));
                        if threshold.is_some() {
                            self.errors.push(bad_at(f, "Duplicate response threshold detected"));
                            continue;
                        }
                        threshold = Some(DEFAULT_RESPONSE_THRESHOLD);
                        match &f.value {
                            // nats-server takes a negative threshold: no response waits.
                            Value::String(s) => match parse_go_duration(s.strip_prefix('-').unwrap_or(s)) {
                                Some(_) if s.starts_with('-') => threshold = Some(std::time::Duration::ZERO),
                                Some(d) => threshold = Some(d),
                                None => self
                                    .errors
                                    .push(bad_at(f, &format!("Expected response threshold to be a parseable time duration, got {s:?}"))),
                            },
                            other => self.errors.push(bad_at(
                                f,
                                &format!("Expected response threshold to be a parseable time duration, got {}", go_type_name(other)),
                            )),
                        }
                    }
                    "latency" => {
                        non_service.push((f, "Detected latency directive on non-service"));
                        latency = self.latency(f);
                    }
                    "allow_trace" => {
                        non_service.push((f, "Detected allow_trace directive on non-service"));
                        self.refuse(f, "message tracing");
                    }
                    _ => self.unknown_field(f),
                }
            }
            let export = Export { subject: String::new(), accounts, account_token_position: position, token_required: false };
            if let Some(subject) = stream {
                for (f, why) in non_service {
                    self.errors.push(bad_at(f, why));
                }
                streams.push(Export { subject, ..export });
            } else if let Some(subject) = service {
                services.push(ServiceExport {
                    export: Export { subject, ..export },
                    response_type: response_type.unwrap_or_default(),
                    response_threshold: threshold.unwrap_or(DEFAULT_RESPONSE_THRESHOLD),
                    latency,
                });
            }
        }
        Ok((streams, services))
    }

    /// `auth_callout {}` (nats-server's `parseAuthCallout`, with its texts).
    fn auth_callout(&mut self, e: &Entry) -> Result<super::AuthCalloutSettings, ConfigError> {
        let Value::Map(fields) = &e.value else {
            // Go's %+v of the value.
            let shown = match &e.value {
                Value::Bool(b) => b.to_string(),
                Value::Int(i) => i.to_string(),
                Value::Float(f) => f.to_string(),
                Value::String(s) => s.clone(),
                other => go_type_name(other).to_string(),
            };
            return Err(bad_at(e, &format!("Expected authorization callout to be a map/struct, got {shown}")));
        };
        let mut ac = super::AuthCalloutSettings { account: crate::account::GLOBAL_ACCOUNT.to_string(), ..Default::default() };
        let strings = |f: &Entry, what: &str| -> Result<Vec<String>, ConfigError> {
            match &f.value {
                Value::Array(items) => Ok(items.iter().map(|i| if let Value::String(s) = i { s.clone() } else { String::new() }).collect()),
                other => Err(bad_at(f, &format!("Expected {what} field to be an array, got {}", go_type_name(other)))),
            }
        };
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "issuer" => {
                    ac.issuer = string(f)?;
                    if !natsx_common::jwt::is_public_key(&ac.issuer, 'A') {
                        return Err(bad_at(f, &format!("Expected callout user to be a valid public account nkey, got {:?}", ac.issuer)));
                    }
                }
                "account" | "acc" => ac.account = string(f)?,
                "auth_users" | "users" => ac.auth_users = strings(f, "auth_users")?,
                "xkey" | "key" => {
                    let key = string(f)?;
                    if !natsx_common::jwt::is_public_key(&key, 'X') {
                        return Err(bad_at(f, &format!("Expected callout xkey to be a valid public xkey, got {key:?}")));
                    }
                    ac.xkey = Some(key);
                }
                "allowed_accounts" => ac.allowed_accounts = strings(f, "allowed accounts")?,
                _ => return Err(bad_at(f, &format!("Unknown field {:?} parsing authorization callout", f.key))),
            }
        }
        if ac.issuer.is_empty() {
            return Err(bad_at(e, "Authorization callouts require an issuer to be specified"));
        }
        if ac.auth_users.is_empty() {
            return Err(bad_at(e, "Authorization callouts require authorized users to be specified"));
        }
        Ok(ac)
    }

    /// `resolver { type, dir, allow_delete, hard_delete, limit, interval, timeout, ttl }`
    /// (nats-server's parse, its errors). `type: cache` is refused: it fetches unknown
    /// accounts from other servers, which natsx cannot reach yet.
    fn resolver(&mut self, e: &Entry) -> Result<(), ConfigError> {
        let Value::Map(fields) = &e.value else { return type_error(e, "map") };
        let (mut dir, mut kind, mut allow_delete, mut hard_delete, mut limit) = (String::new(), String::new(), false, None, 0i64);
        let (mut ttl, mut interval, mut timeout) = (None, None, super::operator::DEFAULT_FETCH_TIMEOUT);
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "dir" => dir = string(f)?,
                "type" => kind = string(f)?,
                "allow_delete" => allow_delete = boolean(f)?,
                "hard_delete" => hard_delete = Some(boolean(f)?),
                "limit" => limit = int(f)?,
                "ttl" => ttl = Some(duration(f)?),
                // How often servers compare their stores, and how long a lookup waits:
                // both concern other servers, so a single server only checks them.
                "interval" => interval = Some(duration(f)?),
                "timeout" => timeout = duration(f)?,
                _ => self.unknown_field(f),
            }
        }
        let check_dir = |errors: &mut Vec<ConfigError>| {
            if dir.is_empty() {
                errors.push(bad_at(e, "dir has no value and needs to point to a directory"));
            } else if std::fs::metadata(&dir).is_ok_and(|m| !m.is_dir()) {
                errors.push(bad_at(e, "dir needs to point to an accessible directory"));
            }
        };
        match kind.to_ascii_uppercase().as_str() {
            "FULL" => {
                check_dir(&mut self.errors);
                if ttl.is_some_and(|t| !t.is_zero()) {
                    self.errors.push(bad_at(e, "FULL does not accept ttl"));
                }
                if hard_delete.is_some() && !allow_delete {
                    self.errors.push(bad_at(e, "hard_delete has no effect without delete"));
                }
                let _ = interval;
                self.opts.operator.resolver = super::operator::Resolver::Full(super::operator::DirResolver {
                    dir: dir.into(),
                    allow_delete,
                    hard_delete: hard_delete.unwrap_or(false),
                    limit: limit.max(0) as usize,
                    cache: false,
                    ttl: None,
                    timeout,
                });
            }
            "CACHE" => {
                check_dir(&mut self.errors);
                if interval.is_some_and(|i| !i.is_zero()) {
                    self.errors.push(bad_at(e, "CACHE does not accept sync"));
                }
                if allow_delete {
                    self.errors.push(bad_at(e, "CACHE does not accept allow_delete"));
                }
                if hard_delete.is_some() {
                    self.errors.push(bad_at(e, "CACHE does not accept hard_delete"));
                }
                self.opts.operator.resolver = super::operator::Resolver::Full(super::operator::DirResolver {
                    dir: dir.into(),
                    // A cache's deletes (by the operator) remove the file (nats-server's
                    // HardDelete), without `allow_delete`.
                    allow_delete: true,
                    hard_delete: true,
                    limit: if limit <= 0 { 1000 } else { limit as usize },
                    cache: true,
                    ttl: ttl.filter(|t| !t.is_zero()),
                    timeout,
                });
            }
            "MEM" | "MEMORY" => self.opts.operator.resolver = super::operator::Resolver::Memory,
            _ => self.errors.push(bad_at(
                e,
                "error parsing account resolver, should be MEM or  URL(\"url\") or a map containing dir and type state=[FULL|CACHE])",
            )),
        }
        Ok(())
    }

    /// The `cluster {}` block (nats-server's `parseCluster`). Route permissions stop the
    /// server by name; compression only tunes, and is taken with a warning.
    fn cluster(&mut self, e: &Entry) -> Result<(), ConfigError> {
        let fields = block_fields(e, "Expected map to define cluster, got bool")?;
        let mut c =
            super::cluster::ClusterSettings { host: "0.0.0.0".into(), port: super::cluster::DEFAULT_PORT as i32, ..Default::default() };
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "name" => c.name = Some(string(f)?).filter(|n| !n.is_empty()),
                "listen" => listen_into(f, &mut c.host, &mut c.port)?,
                "port" => c.port = int(f)? as i32,
                "host" | "net" => c.host = string(f)?,
                "advertise" | "cluster_advertise" => c.advertise = Some(string(f)?).filter(|a| !a.is_empty()),
                "no_advertise" => c.no_advertise = boolean(f)?,
                "connect_retries" => c.connect_retries = int(f)?.max(0) as u32,
                "ping_interval" => c.ping_interval = Some(duration(f)?),
                "ping_max" => c.ping_max = Some(int(f)?.max(1) as u32),
                "routes" => match &f.value {
                    Value::Array(items) => {
                        for item in items {
                            let Value::String(url) = item else { return type_error(f, "string") };
                            if let Err(why) = super::cluster::RouteUrl::parse(url) {
                                return Err(bad_at(f, &why));
                            }
                            c.routes.push(url.clone());
                        }
                    }
                    Value::String(url) => c.routes.push(url.clone()),
                    _ => return type_error(f, "array"),
                },
                "authorization" | "authentication" => {
                    let Value::Map(auth) = &f.value else { return type_error(f, "map") };
                    for a in auth {
                        match a.key.to_ascii_lowercase().as_str() {
                            "user" | "username" => c.username = Some(string(a)?),
                            "pass" | "password" => c.password = Some(string(a)?),
                            "timeout" => c.auth_timeout = Some(seconds_float(a)?),
                            "token" | "users" | "nkey" | "nkeys" => {
                                self.errors.push(bad_at(a, "Cluster authorization does not allow token or users, only user and password"))
                            }
                            _ => self.unknown_field(a),
                        }
                    }
                }
                "pool_size" => c.pool_size = Some(int(f)?),
                "compression" => c.compression = compression(f, super::compression::Mode::Fast, super::compression::Mode::Accept)?,
                "tls" => {
                    let errors = self.errors.len();
                    c.tls = self.tls(f)?.filter(|_| self.errors.len() == errors);
                }
                "permissions" => self.refuse(f, "route permissions"),
                "accounts" => c.pinned_accounts.extend(strings(f)?),
                _ => self.unknown_field(f),
            }
        }
        // A block without a port listens on the default one, as nats-server's does.
        self.opts.cluster = c;
        Ok(())
    }

    /// The `gateway {}` block (nats-server's `parseGateway`). A remote gateway's own
    /// `tls {}` is refused by name (the block's applies to all).
    fn gateway(&mut self, e: &Entry) -> Result<(), ConfigError> {
        use super::gateway::{GatewaySettings, RemoteGateway, DEFAULT_PORT};
        let fields = block_fields(e, "Expected gateway to be a map, got bool")?;
        let mut g = GatewaySettings { host: "0.0.0.0".into(), port: DEFAULT_PORT as i32, ..Default::default() };
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "name" => {
                    g.name = string(f)?;
                    if g.name.contains(' ') {
                        self.errors.push(bad_at(f, "gateway name cannot contain spaces"));
                    }
                }
                "listen" => listen_into(f, &mut g.host, &mut g.port)?,
                "port" => g.port = int(f)? as i32,
                "host" | "net" => g.host = string(f)?,
                "advertise" => g.advertise = Some(string(f)?).filter(|a| !a.is_empty()),
                "connect_retries" => g.connect_retries = int(f)?.max(0) as u32,
                "connect_backoff" => {
                    boolean(f)?;
                }
                "reject_unknown" | "reject_unknown_cluster" => g.reject_unknown = boolean(f)?,
                "authorization" => {
                    let Value::Map(auth) = &f.value else { return type_error(f, "map") };
                    for a in auth {
                        match a.key.to_ascii_lowercase().as_str() {
                            "user" | "username" => g.username = Some(string(a)?),
                            "pass" | "password" => g.password = Some(string(a)?),
                            "timeout" => g.auth_timeout = Some(seconds_float(a)?),
                            "token" | "users" | "nkey" => {
                                self.errors.push(bad_at(a, "Gateway authorization does not allow token or users, only user and password"))
                            }
                            _ => self.unknown_field(a),
                        }
                    }
                }
                "gateways" => {
                    let Value::Array(items) = &f.value else { return type_error(f, "array") };
                    for item in items {
                        let Value::Map(fields) = item else { return type_error(f, "map") };
                        let mut r = RemoteGateway::default();
                        for rf in fields {
                            match rf.key.to_ascii_lowercase().as_str() {
                                "name" => r.name = string(rf)?,
                                "url" => r.urls.push(string(rf)?),
                                "urls" => r.urls.extend(strings(rf)?),
                                "tls" => self.refuse(rf, "TLS settings per remote gateway (the block's own tls {} applies to all)"),
                                _ => self.unknown_field(rf),
                            }
                        }
                        for u in &r.urls {
                            if let Err(why) = super::cluster::RouteUrl::parse(u) {
                                self.errors.push(bad_at(f, &why));
                            }
                        }
                        g.remotes.push(r);
                    }
                }
                "tls" => {
                    let errors = self.errors.len();
                    g.tls = self.tls(f)?.filter(|_| self.errors.len() == errors);
                }
                "write_deadline" | "write_timeout" => self.refuse(f, "gateway write deadlines"),
                _ => self.unknown_field(f),
            }
        }
        self.opts.gateway = Some(g);
        Ok(())
    }

    /// The `leafnodes {}` block (nats-server's `parseLeafNodes`). What natsx cannot
    /// honour yet stops the server by name: WebSocket remotes, permissions of leaf node
    /// users, isolation, proxies, minimum versions; compression is taken with a warning.
    fn leafnodes(&mut self, e: &Entry) -> Result<(), ConfigError> {
        use super::leaf::{LeafSettings, LeafUser, RemoteLeaf, DEFAULT_RECONNECT};
        let fields = block_fields(e, "Expected map to define a leafnode, got bool")?;
        let mut l = LeafSettings { host: "0.0.0.0".into(), reconnect: DEFAULT_RECONNECT, ..Default::default() };
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "listen" => listen_into(f, &mut l.host, &mut l.port)?,
                "port" => l.port = int(f)? as i32,
                "host" | "net" => l.host = string(f)?,
                "advertise" | "leafnode_advertise" => l.advertise = Some(string(f)?).filter(|a| !a.is_empty()),
                "no_advertise" => l.no_advertise = boolean(f)?,
                "reconnect" | "reconnect_delay" | "reconnect_interval" => l.reconnect = duration(f)?,
                "authorization" => {
                    let Value::Map(auth) = &f.value else { return type_error(f, "map") };
                    for a in auth {
                        match a.key.to_ascii_lowercase().as_str() {
                            "user" | "username" => l.username = Some(string(a)?),
                            "pass" | "password" => l.password = Some(string(a)?),
                            "account" => l.account = Some(string(a)?),
                            "timeout" => l.auth_timeout = Some(seconds_float(a)?),
                            "users" => {
                                let Value::Array(items) = &a.value else { return type_error(a, "array") };
                                for item in items {
                                    let Value::Map(fields) = item else {
                                        return Err(bad_at(a, "Leafnode authorization users should be an array of maps"));
                                    };
                                    let mut u = LeafUser::default();
                                    for uf in fields {
                                        match uf.key.to_ascii_lowercase().as_str() {
                                            "user" | "username" => u.user = string(uf)?,
                                            "pass" | "password" => u.password = string(uf)?,
                                            "account" => u.account = Some(string(uf)?),
                                            "permissions" => self.refuse(uf, "permissions of leaf node users"),
                                            _ => self.unknown_field(uf),
                                        }
                                    }
                                    l.users.push(u);
                                }
                            }
                            "nkey" => self.refuse(a, "an NKey leaf node user"),
                            "proxy_required" => self.refuse(a, "leaf node connections through trusted proxies"),
                            _ => self.unknown_field(a),
                        }
                    }
                }
                "remotes" => {
                    let Value::Array(items) = &f.value else { return type_error(f, "array") };
                    for item in items {
                        let Value::Map(fields) = item else { return type_error(f, "map") };
                        let mut r = RemoteLeaf::default();
                        for rf in fields {
                            match rf.key.to_ascii_lowercase().as_str() {
                                "url" | "urls" => {
                                    for url in strings(rf)? {
                                        let scheme = url.split_once("://").map_or("nats", |(s, _)| s).to_ascii_lowercase();
                                        match scheme.as_str() {
                                            "nats" | "nats-leaf" | "leafnode" => r.urls.push(url),
                                            "tls" => {
                                                r.urls.push(url);
                                                r.tls.get_or_insert_with(Default::default);
                                            }
                                            "ws" | "wss" => r.urls.push(url),
                                            _ => return Err(bad_at(rf, &format!("error parsing remote leafnode url {url:?}"))),
                                        }
                                    }
                                }
                                "account" | "local" => r.account = Some(string(rf)?),
                                "creds" | "credentials" => r.credentials = Some(string(rf)?.into()),
                                "nkey" | "seed" => r.seed = Some(string(rf)?),
                                "deny_imports" | "deny_import" => r.deny_imports = strings(rf)?,
                                "deny_exports" | "deny_export" => r.deny_exports = strings(rf)?,
                                "no_randomize" | "dont_randomize" => {}
                                "hub" => r.hub = boolean(rf)?,
                                "compression" => {
                                    r.compression = Some(compression(rf, super::compression::Mode::Auto, super::compression::Mode::Auto)?)
                                }
                                "tls" => {
                                    let errors = self.errors.len();
                                    if let Some(t) = self.tls_client(rf)?.filter(|_| self.errors.len() == errors) {
                                        r.tls = Some(t);
                                    }
                                }
                                "isolate_leafnode_interest" | "isolate" | "request_isolation" => {
                                    self.refuse(rf, "isolated leaf node interest")
                                }
                                "proxy" => self.refuse(rf, "leaf node connections through an HTTP proxy"),
                                "ws_compress" | "ws_compression" | "websocket_compress" | "websocket_compression" => {
                                    r.ws_compression = boolean(rf)?
                                }
                                // Unmasked frames are an optimization the hub may refuse;
                                // natsx always masks, which every hub accepts.
                                "ws_no_masking" | "websocket_no_masking" => {
                                    if boolean(rf)? {
                                        self.warnings.push(format!(
                                            "{}: {}",
                                            rf.pos,
                                            unsupported::ignored(&rf.key, "unmasked WebSocket frames (natsx masks a leaf node's frames)")
                                        ));
                                    }
                                }
                                "jetstream_cluster_migrate" | "js_cluster_migrate" => self.refuse(rf, "JetStream cluster migration"),
                                "first_info_timeout" | "dial_timeout" => {
                                    duration(rf)?;
                                }
                                "disabled" => {
                                    if boolean(rf)? {
                                        r.urls.clear();
                                    }
                                }
                                _ => self.unknown_field(rf),
                            }
                        }
                        if r.urls.is_empty() && self.errors.is_empty() {
                            continue;
                        }
                        l.remotes.push(r);
                    }
                }
                "dial_timeout" => {
                    duration(f)?;
                }
                "tls" => {
                    let errors = self.errors.len();
                    l.tls = self.tls(f)?.filter(|_| self.errors.len() == errors);
                }
                "compression" => l.compression = Some(compression(f, super::compression::Mode::Auto, super::compression::Mode::Auto)?),
                "min_version" | "minimum_version" => self.refuse(f, "a minimum leaf node version"),
                "isolate_leafnode_interest" | "isolate" => self.refuse(f, "isolated leaf node interest"),
                "write_deadline" | "write_timeout" => self.refuse(f, "leaf node write deadlines"),
                _ => self.unknown_field(f),
            }
        }
        self.opts.leaf = l;
        Ok(())
    }

    /// The `websocket {}` block (nats-server's `parseWebsocket`), checked as
    /// `WebsocketSettings::validate` says.
    fn websocket(&mut self, e: &Entry) -> Result<Option<super::websocket::WebsocketSettings>, ConfigError> {
        let fields = match &e.value {
            Value::Map(fields) => fields,
            Value::Bool(_) => return Err(bad_at(e, "Expected websocket to be a map, got bool")),
            _ => return type_error(e, "map"),
        };
        let mut w = super::websocket::WebsocketSettings::default();
        let before = self.errors.len();
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "listen" => {
                    let (host, port) = split_host_port(&string(f)?, f)?;
                    if let Some(h) = host {
                        w.host = h;
                    }
                    w.port = port;
                }
                "port" => w.port = int(f)? as i32,
                "host" | "net" => w.host = string(f)?,
                // Where clusters tell clients to connect: natsx has no cluster to tell.
                "advertise" => w.advertise = Some(string(f)?),
                "no_tls" => w.no_tls = boolean(f)?,
                "tls" => {
                    let errors = self.errors.len();
                    w.tls = self.tls(f)?.filter(|_| self.errors.len() == errors);
                }
                "same_origin" => w.same_origin = boolean(f)?,
                "allowed_origins" | "allowed_origin" | "allow_origins" | "allow_origin" | "origins" | "origin" => {
                    w.allowed_origins = match &f.value {
                        Value::String(s) => vec![s.clone()],
                        Value::Array(items) => {
                            items.iter().map(|v| if let Value::String(s) = v { s.clone() } else { String::new() }).collect()
                        }
                        other => {
                            return Err(bad_at(f, &format!("error parsing allowed origins: unsupported type {}", go_type_name(other))))
                        }
                    }
                }
                "handshake_timeout" => {
                    w.handshake_timeout = match &f.value {
                        Value::Int(n) => Duration::from_secs((*n).max(0) as u64),
                        Value::String(s) => parse_go_duration(s).ok_or_else(|| bad_at(f, &format!("time: invalid duration {s:?}")))?,
                        other => {
                            return Err(bad_at(f, &format!("error parsing handshake timeout: unsupported type {}", go_type_name(other))))
                        }
                    }
                }
                "compress" | "compression" => w.compression = boolean(f)?,
                "authorization" | "authentication" => {
                    let Value::Map(auth) = &f.value else { return type_error(f, "map") };
                    for a in auth {
                        match a.key.to_ascii_lowercase().as_str() {
                            "user" | "username" => w.username = Some(string(a)?),
                            "pass" | "password" => w.password = Some(string(a)?),
                            "token" => w.token = Some(string(a)?),
                            "timeout" => w.auth_timeout = Some(seconds_float(a)?),
                            _ => self.unknown_field(a),
                        }
                    }
                }
                "no_auth_user" => w.no_auth_user = Some(string(f)?).filter(|u| !u.is_empty()),
                "jwt_cookie" => w.jwt_cookie = Some(string(f)?),
                "user_cookie" => w.user_cookie = Some(string(f)?),
                "pass_cookie" => w.pass_cookie = Some(string(f)?),
                "token_cookie" => w.token_cookie = Some(string(f)?),
                "headers" => {
                    let Value::Map(headers) = &f.value else {
                        return Err(bad_at(f, &format!("error parsing headers: unsupported type {}", go_type_name(&f.value))));
                    };
                    for h in headers {
                        let Value::String(value) = &h.value else {
                            return Err(bad_at(
                                h,
                                &format!("error parsing header key {}: unsupported type {}", h.key, go_type_name(&h.value)),
                            ));
                        };
                        w.headers.push((h.key.clone(), value.clone()));
                    }
                }
                "ping_interval" => w.ping_interval = Some(duration(f)?),
                _ => self.unknown_field(f),
            }
        }
        if self.errors.len() == before {
            if let Err(why) = w.validate() {
                self.errors.push(bad_at(e, &why));
            }
        }
        Ok(Some(w))
    }

    /// A `tls {}` block for dialing out (a leaf node remote's): a certificate is
    /// optional there (it is presented as the client's when given).
    fn tls_client(&mut self, e: &Entry) -> Result<Option<crate::tls::TlsSettings>, ConfigError> {
        let Value::Map(fields) = &e.value else { return self.tls(e) };
        if fields.iter().any(|f| f.key.eq_ignore_ascii_case("cert_file") || f.key.eq_ignore_ascii_case("key_file")) {
            return self.tls(e);
        }
        let mut t = crate::tls::TlsSettings::default();
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "ca_file" => t.ca_file = Some(string(f)?),
                "insecure" => t.insecure = boolean(f)?,
                "timeout" => t.timeout = duration(f)?,
                _ => self.refuse(f, "this TLS setting on a leaf node remote"),
            }
        }
        Ok(Some(t))
    }

    /// The `tls {}` block (nats-server's `parseTLS`, with its texts). What natsx cannot
    /// honour yet — certificate mapping, pinned certificates, cipher and curve choices,
    /// OS certificate stores, OCSP, several certificates — stops the server by name.
    fn tls(&mut self, e: &Entry) -> Result<Option<crate::tls::TlsSettings>, ConfigError> {
        let fields = match &e.value {
            Value::Map(fields) => fields,
            other => {
                let kind = go_type_name(other);
                return Err(bad_at(e, &format!("interface conversion: interface {{}} is {kind}, not map[string]interface {{}}")));
            }
        };
        let mut t = crate::tls::TlsSettings::default();
        let file = |f: &Entry, name: &str| match &f.value {
            Value::String(s) => Ok(s.clone()),
            _ => Err(bad_at(f, &format!("error parsing tls config, expected '{name}' to be filename"))),
        };
        let flag = |f: &Entry, name: &str| match &f.value {
            Value::Bool(b) => Ok(*b),
            _ => Err(bad_at(f, &format!("error parsing tls config, expected '{name}' to be a boolean"))),
        };
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "cert_file" => t.cert_file = file(f, "cert_file")?,
                "key_file" => t.key_file = file(f, "key_file")?,
                "ca_file" => t.ca_file = Some(file(f, "ca_file")?),
                "verify" => t.verify = flag(f, "verify")?,
                "timeout" => {
                    // nats-server reads 0 as its default.
                    t.timeout = match &f.value {
                        Value::Int(0) => crate::tls::DEFAULT_TIMEOUT,
                        Value::Int(_) | Value::Float(_) => duration(f)?,
                        Value::String(s) => parse_go_duration(s)
                            .ok_or_else(|| bad_at(f, &format!("error parsing tls config, 'timeout' time: invalid duration {s:?}")))?,
                        _ => return Err(bad_at(f, "error parsing tls config, 'timeout' wrong type")),
                    }
                }
                key @ ("handshake_first" | "first" | "immediate") => {
                    t.handshake_first = match &f.value {
                        Value::Bool(b) => *b,
                        Value::String(s) => match s.to_ascii_lowercase().as_str() {
                            "true" | "on" => true,
                            "false" | "off" => false,
                            // A fallback delay: clients that wait get INFO first.
                            "auto" | "auto_fallback" => {
                                t.handshake_first_fallback = Some(crate::tls::DEFAULT_FALLBACK_DELAY);
                                true
                            }
                            _ if parse_go_duration(s).is_some() => {
                                t.handshake_first_fallback = parse_go_duration(s);
                                true
                            }
                            _ => return Err(bad_at(f, &format!("field {key:?}'s value {s:?} is invalid"))),
                        },
                        other => {
                            return Err(bad_at(f, &format!("field {key:?} should be a boolean or a string, got {}", go_type_name(other))))
                        }
                    }
                }
                "verify_and_map" => t.map = flag(f, "verify_and_map")?,
                "insecure" => t.insecure = flag(f, "insecure")?,
                "verify_cert_and_check_known_urls" => self.refuse(f, "checking other servers' certificates against known URLs"),
                "pinned_certs" => {
                    const BAD: &str = "error parsing tls config, expected 'pinned_certs' to be a list of hex-encoded sha256 of DER encoded SubjectPublicKeyInfo";
                    let Value::Array(items) = &f.value else { return Err(bad_at(f, BAD)) };
                    for item in items {
                        let Value::String(pin) = item else { return Err(bad_at(f, BAD)) };
                        if pin.len() != 64 || !pin.bytes().all(|b| b.is_ascii_hexdigit()) {
                            return Err(bad_at(
                                f,
                                &format!("error parsing tls config, 'pinned_certs' key {pin} does not look like hex-encoded sha256 of DER encoded SubjectPublicKeyInfo"),
                            ));
                        }
                        t.pinned_certs.push(pin.to_ascii_lowercase());
                    }
                }
                key @ ("cipher_suites" | "curve_preferences") => {
                    let Value::Array(items) = &f.value else {
                        return Err(bad_at(f, &format!("error parsing tls config, '{key}' cannot be empty")));
                    };
                    if items.is_empty() {
                        return Err(bad_at(f, &format!("error parsing tls config, '{key}' cannot be empty")));
                    }
                    let names: Vec<String> =
                        items.iter().map(|v| if let Value::String(s) = v { s.clone() } else { String::new() }).collect();
                    if key == "cipher_suites" {
                        t.cipher_suites = names;
                    } else {
                        t.curve_preferences = names;
                    }
                }
                // rustls has no insecure suites to allow.
                "allow_insecure_cipher_suites" => {
                    flag(f, "allow_insecure_cipher_suites")?;
                }
                "min_version" => match &f.value {
                    Value::String(v) => t.min_version = Some(v.clone()),
                    other => return Err(bad_at(f, &format!("error parsing tls config: 'min_version' wrong type: {}", text(other)))),
                },
                "cert_store" | "cert_match_by" | "cert_match" | "ca_certs_match" | "cert_match_skip_invalid" => {
                    self.refuse(f, "operating system certificate stores")
                }
                "ocsp_peer" => self.refuse(f, "OCSP"),
                "certs" | "certificates" => self.refuse(f, "several TLS certificates"),
                "connection_rate_limit" => self.refuse(f, "a TLS connection rate limit"),
                _ => self.errors.push(bad_at(f, &format!("error parsing tls config, unknown field {:?}", f.key))),
            }
        }
        Ok(Some(t))
    }

    /// A service export's `latency: SUBJECT | {sampling: PERCENT | "headers", subject}`
    /// (nats-server's `parseServiceLatency`, with its errors); `None` after an error.
    fn latency(&mut self, e: &Entry) -> Option<Latency> {
        let fields = match &e.value {
            Value::String(subject) => return Some(Latency { sampling: 100, subject: subject.clone() }),
            Value::Map(fields) => fields,
            other => {
                self.errors.push(bad_at(e, &format!("Expected latency entry to be a map/struct or string, got {}", go_type_name(other))));
                return None;
            }
        };
        let mut latency = Latency { sampling: 100, subject: String::new() };
        let find = |name: &str| fields.iter().find(|f| f.key == name);
        if let Some(f) = find("sampling") {
            let sample = match &f.value {
                Value::Int(n) => *n,
                Value::String(s) if s.trim().eq_ignore_ascii_case("headers") => 0,
                Value::String(s) => match s.trim_end_matches('%').parse::<i64>() {
                    Ok(n) => n,
                    Err(_) => {
                        let why =
                            format!("Failed to parse latency sample: strconv.Atoi: parsing {:?}: invalid syntax", s.trim_end_matches('%'));
                        self.errors.push(bad_at(f, &why));
                        return None;
                    }
                },
                other => {
                    self.errors
                        .push(bad_at(f, &format!("Expected latency sample to be a string or map/struct, got {}", go_type_name(other))));
                    return None;
                }
            };
            let headers = matches!(&f.value, Value::String(s) if s.trim().eq_ignore_ascii_case("headers"));
            if !headers && !(1..=100).contains(&sample) {
                self.errors.push(bad_at(f, "bad sampling percentage, should be 1-100"));
                return None;
            }
            latency.sampling = sample as u8;
        }
        match find("subject").map(|f| (f, &f.value)) {
            Some((_, Value::String(subject))) => latency.subject = subject.clone(),
            Some((f, other)) => {
                self.errors.push(bad_at(f, &format!("Expected latency subject to be a string, got {}", go_type_name(other))));
                return None;
            }
            None => {
                self.errors.push(bad_at(e, "Latency subject required, but missing"));
                return None;
            }
        }
        Some(latency)
    }

    /// An account's `imports: [...]`: stream and service imports, with nats-server's
    /// checks (a duplicate service import subject from the same account is an error).
    fn imports(&mut self, e: &Entry) -> Result<(Vec<StreamImport>, Vec<ServiceImport>), ConfigError> {
        let (mut streams, mut services) = (Vec::new(), Vec::new());
        for fields in item_maps(e, "Import")? {
            let (mut stream, mut service): (Option<StreamImport>, Option<ServiceImport>) = (None, None);
            let (mut prefix, mut to, mut shared) = (None, None, false);
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    kind @ ("stream" | "service") => {
                        let is_stream = kind == "stream";
                        if is_stream && service.is_some() {
                            self.errors.push(bad_at(f, "Detected stream but already saw a service"));
                            continue;
                        }
                        if !is_stream && stream.is_some() {
                            self.errors.push(bad_at(f, "Detected service but already saw a stream"));
                            continue;
                        }
                        let Value::Map(source) = &f.value else {
                            let what = if is_stream { "Stream" } else { "Service" };
                            self.errors.push(bad_at(f, &format!("{what} entry should be an account map, got {}", go_type_name(&f.value))));
                            continue;
                        };
                        let (mut account, mut subject) = (String::new(), String::new());
                        for s in source {
                            match s.key.to_ascii_lowercase().as_str() {
                                "account" => account = string(s)?,
                                "subject" => subject = string(s)?,
                                _ => self.unknown_field(s),
                            }
                        }
                        if account.is_empty() || subject.is_empty() {
                            self.errors.push(bad_at(f, "Expect an account name and a subject"));
                            continue;
                        }
                        if is_stream {
                            stream = Some(StreamImport { account, subject, ..Default::default() });
                        } else {
                            service = Some(ServiceImport { to: subject.clone(), account, subject, share: false });
                        }
                    }
                    "prefix" => prefix = Some(string(f)?),
                    "to" => to = Some(string(f)?),
                    "allow_trace" => self.refuse(f, "message tracing"),
                    "share" => match f.value {
                        Value::Bool(b) => shared = b,
                        // nats-server's words (a failed type assertion).
                        ref other => self
                            .errors
                            .push(bad_at(f, &format!("interface conversion: interface {{}} is {}, not bool", go_type_name(other)))),
                    },
                    _ => self.unknown_field(f),
                }
            }
            if let Some(mut import) = stream {
                if prefix.is_some() && to.is_some() {
                    self.errors.push(bad_at(e, "Stream import can not have a 'prefix' and a 'to' property"));
                    continue;
                }
                import.prefix = prefix;
                import.to = to;
                streams.push(import);
            } else if let Some(mut import) = service {
                import.share = shared;
                if let Some(to) = to.filter(|t| !t.is_empty()) {
                    import.to = to;
                }
                let duplicate = services.iter().find(|d: &&ServiceImport| d.to == import.to && d.account == import.account);
                if let Some(dup) = duplicate {
                    self.errors.push(bad_at(
                        e,
                        &format!(
                            "Duplicate service import subject {:?}, previously used in import for account {:?}, subject {:?}",
                            import.to, dup.account, dup.subject
                        ),
                    ));
                    continue;
                }
                services.push(import);
            }
        }
        Ok((streams, services))
    }

    /// A `users: [...]` list, with nats-server's checks (a user name is required, and
    /// unique across the file).
    fn users(&mut self, e: &Entry, account: Option<&str>) -> Result<Vec<User>, ConfigError> {
        let Value::Array(items) = &e.value else {
            return type_error(e, "array");
        };
        let mut out = Vec::new();
        for item in items {
            let Value::Map(fields) = item else {
                return Err(ConfigError { pos: e.pos.clone(), message: "Expected user entry to be a map/struct".into() });
            };
            let mut user = User { account: account.map(str::to_string), ..Default::default() };
            let mut nkey = String::new();
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "user" | "username" => user.name = string(f)?,
                    "pass" | "password" => user.password = string(f)?,
                    "permissions" | "permission" | "authorization" => user.permissions = Some(self.permissions(f)?),
                    "account" => user.account = Some(string(f)?),
                    "allowed_connection_types" | "connection_types" | "clients" => {
                        user.allowed_connection_types = Some(connection_types(f)?)
                    }
                    "nkey" => nkey = string(f)?,
                    "proxy_required" => self.refuse(f, "trusted proxies"),
                    _ => self.unknown_field(f),
                }
            }
            // nats-server's parseUsers: an nkey takes precedence, and must be a user's
            // public key without a name or password beside it. Errors point at the entry's
            // last field, as nats-server's do.
            let at = fields.last().map_or(&e.pos, |f| &f.pos);
            if nkey.is_empty() && user.name.is_empty() {
                return Err(ConfigError { pos: at.clone(), message: "User entry requires a user".into() });
            }
            if !nkey.is_empty() {
                if !is_public_user_key(&nkey) {
                    return Err(ConfigError { pos: at.clone(), message: "Not a valid public nkey for a user".into() });
                }
                if !user.name.is_empty() || !user.password.is_empty() {
                    return Err(ConfigError { pos: at.clone(), message: "Nkey users do not take usernames or passwords".into() });
                }
                if !self.user_names.insert(nkey.clone()) {
                    self.errors.push(ConfigError { pos: at.clone(), message: format!("Duplicate nkey \"{nkey}\" detected") });
                    continue;
                }
                out.push(User { name: nkey, nkey: true, ..user });
                continue;
            }
            if !self.user_names.insert(user.name.clone()) {
                self.errors.push(ConfigError { pos: e.pos.clone(), message: format!("Duplicate user \"{}\" detected", user.name) });
                continue;
            }
            out.push(user);
        }
        Ok(out)
    }

    /// A permissions map: `publish`, `subscribe` (each a subject, a list, or
    /// `{allow, deny}`) and `allow_responses`. With responses allowed and no publish
    /// allow list, nothing else may be published (nats-server turns the blanket allow off).
    fn permissions(&mut self, e: &Entry) -> Result<Permissions, ConfigError> {
        let Value::Map(fields) = &e.value else {
            return type_error(e, "map");
        };
        let mut p = Permissions::default();
        for f in fields {
            match f.key.to_ascii_lowercase().as_str() {
                "publish" | "pub" | "import" => p.publish = self.subject_permission(f, false)?,
                "subscribe" | "sub" | "export" => p.subscribe = self.subject_permission(f, true)?,
                "allow_responses" | "publish_allow_responses" => p.allow_responses = response_permission(f)?,
                _ => self.unknown(f, || format!("Unknown field \"{}\" parsing permissions", f.key)),
            }
        }
        if p.allow_responses.is_some() {
            p.publish.get_or_insert_with(SubjectPermission::default).allow.get_or_insert_with(Vec::new);
        }
        Ok(p)
    }

    /// `subject`, `[subjects]` or `{allow: ..., deny: ...}`. An empty list or map is no
    /// restriction, as in nats-server.
    fn subject_permission(&mut self, e: &Entry, queue_allowed: bool) -> Result<Option<SubjectPermission>, ConfigError> {
        match &e.value {
            Value::String(_) | Value::Array(_) => {
                let allow = permission_subjects(e, &e.value, queue_allowed)?;
                Ok(Some(SubjectPermission { allow: (!allow.is_empty()).then_some(allow), deny: Vec::new() }))
            }
            Value::Map(fields) if fields.is_empty() => Ok(None),
            Value::Map(fields) => {
                let mut sp = SubjectPermission::default();
                for f in fields {
                    match f.key.to_ascii_lowercase().as_str() {
                        "allow" => sp.allow = Some(permission_subjects(f, &f.value, queue_allowed)?).filter(|a| !a.is_empty()),
                        "deny" => sp.deny = permission_subjects(f, &f.value, queue_allowed)?,
                        _ => self.unknown(f, || {
                            format!("Unknown field name \"{}\" parsing subject permissions, only 'allow' or 'deny' are permitted", f.key)
                        }),
                    }
                }
                Ok(Some(sp))
            }
            _ => type_error(e, "string, array or map"),
        }
    }
}

/// `allow_responses: true|false` or `{max, expires}`. Zero means the default (one
/// response within two minutes); a negative value means unlimited, as in nats-server.
fn response_permission(f: &Entry) -> Result<Option<ResponsePermission>, ConfigError> {
    let fields = match &f.value {
        Value::Bool(false) => return Ok(None),
        Value::Bool(true) => return Ok(Some(ResponsePermission::DEFAULT)),
        Value::Map(fields) => fields,
        _ => {
            return Err(ConfigError {
                pos: f.pos.clone(),
                message: "error parsing response permissions, expected a boolean or a map".into(),
            })
        }
    };
    let mut rp = ResponsePermission::DEFAULT;
    for r in fields {
        match r.key.to_ascii_lowercase().as_str() {
            "max" | "max_msgs" | "max_messages" | "max_responses" => match int(r)? {
                0 => {}
                n if n < 0 => rp.max = None,
                n => rp.max = Some(n as usize),
            },
            "expires" | "expiration" | "ttl" => {
                let Value::String(s) = &r.value else {
                    return Err(ConfigError { pos: r.pos.clone(), message: "error parsing expires, not a duration string".into() });
                };
                match s.trim().strip_prefix('-') {
                    Some(_) => rp.expires = None,
                    None => match parse_go_duration(s) {
                        Some(d) if d.is_zero() => {}
                        Some(d) => rp.expires = Some(d),
                        None => {
                            return Err(ConfigError {
                                pos: r.pos.clone(),
                                message: format!("error parsing expires: invalid duration {s:?}"),
                            })
                        }
                    },
                }
            }
            _ => return Err(ConfigError { pos: r.pos.clone(), message: format!("Unknown field \"{}\" parsing permissions", r.key) }),
        }
    }
    Ok(Some(rp))
}

/// `allowed_connection_types`: nats-server's names, upper-cased. natsx serves only
/// `STANDARD` connections today, so a user without it cannot connect at all.
fn connection_types(e: &Entry) -> Result<Vec<String>, ConfigError> {
    let types: Vec<String> = match &e.value {
        Value::String(s) => vec![s.to_ascii_uppercase()],
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Ok(s.to_ascii_uppercase()),
                other => Err(bad(e, &format!("expected a connection type, got {}", other.type_name()))),
            })
            .collect::<Result<_, _>>()?,
        other => return Err(bad(e, &format!("expected a list of connection types, got {}", other.type_name()))),
    };
    let unknown: Vec<&String> = types.iter().filter(|t| !CONNECTION_TYPES.contains(&t.as_str())).collect();
    if !unknown.is_empty() {
        return Err(ConfigError { pos: e.pos.clone(), message: format!("invalid connection types {unknown:?}") });
    }
    Ok(types)
}

fn enabled_word(s: &str) -> Option<bool> {
    match s.to_ascii_lowercase().as_str() {
        "enabled" | "enable" | "true" | "on" | "yes" => Some(true),
        "disabled" | "disable" | "false" | "off" | "no" => Some(false),
        _ => None,
    }
}

/// A size limit where negative means "none".
fn limit(e: &Entry) -> Result<i64, ConfigError> {
    let n = int(e)?;
    Ok(if n < 0 { -1 } else { n })
}

/// An account JetStream limit: an integer (sizes with units), nats-server's error otherwise.
fn parseable_size(e: &Entry) -> Result<i64, ConfigError> {
    match e.value {
        Value::Int(n) => Ok(if n < 0 { -1 } else { n }),
        _ => Err(nats_type_error(e, "size")),
    }
}

/// nats-server's `Expected a parseable <kind> for "<key>", got <value>`.
fn nats_type_error(e: &Entry, kind: &str) -> ConfigError {
    let got = match &e.value {
        Value::String(s) => s.clone(),
        Value::Int(n) => n.to_string(),
        Value::Float(f) => f.to_string(),
        Value::Bool(b) => b.to_string(),
        other => other.type_name().to_string(),
    };
    ConfigError { pos: e.pos.clone(), message: format!("Expected a parseable {kind} for \"{}\", got {got}", e.key) }
}

/// Permission subjects (a string or a list), validated as nats-server validates them.
fn permission_subjects(e: &Entry, v: &Value, queue_allowed: bool) -> Result<Vec<PermissionSubject>, ConfigError> {
    let invalid = |message: String| ConfigError { pos: e.pos.clone(), message };
    let entries: Vec<&str> = match v {
        Value::String(s) => vec![s.as_str()],
        Value::Array(items) => items
            .iter()
            .map(|i| match i {
                Value::String(s) => Ok(s.as_str()),
                _ => Err(invalid("Subject in permissions array cannot be cast to string".into())),
            })
            .collect::<Result<_, _>>()?,
        other => {
            return Err(invalid(format!("Expected subject permissions to be a subject, or array of subjects, got {}", other.type_name())))
        }
    };
    entries.into_iter().map(|s| PermissionSubject::parse(s, queue_allowed).map_err(invalid)).collect()
}

/// The maps of an account's `exports` or `imports` array (`what`: `Export`, `Import`),
/// with nats-server's errors for anything else.
fn item_maps<'a>(e: &'a Entry, what: &str) -> Result<Vec<&'a [Entry]>, ConfigError> {
    let Value::Array(items) = &e.value else {
        return Err(bad_at(e, &format!("{what}s should be an array, got {}", go_type_name(&e.value))));
    };
    items
        .iter()
        .map(|item| match item {
            Value::Map(fields) => Ok(&fields[..]),
            other => Err(bad_at(e, &format!("{what} Items should be a map with type entry, got {}", go_type_name(other)))),
        })
        .collect()
}

fn bad(e: &Entry, message: &str) -> ConfigError {
    ConfigError { pos: e.pos.clone(), message: format!("{}: {message}", e.key) }
}

/// An error in nats-server's own words, which do not name the key.
/// nats-server's `nkeys.IsValidPublicUserKey`: a decodable public key of the user kind.
fn is_public_user_key(key: &str) -> bool {
    key.starts_with('U') && nkeys::KeyPair::from_public_key(key).is_ok()
}

/// A value as Go's `%q` shows the string inside it (other kinds by their text).
fn text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => format!("{other:?}"),
    }
}

fn bad_at(e: &Entry, message: &str) -> ConfigError {
    ConfigError { pos: e.pos.clone(), message: message.to_string() }
}

fn type_error<T>(e: &Entry, want: &str) -> Result<T, ConfigError> {
    Err(bad(e, &format!("expected {want}, got {}", e.value.type_name())))
}

/// A string value. Anything else is refused with nats-server's error (its Go type
/// assertion): `password: 123` or `token: true` is not quietly turned into a string.
fn string(e: &Entry) -> Result<String, ConfigError> {
    match &e.value {
        Value::String(s) => Ok(s.clone()),
        other => Err(bad_at(e, &format!("interface conversion: interface {{}} is {}, not string", go_type_name(other)))),
    }
}

/// One string or an array of them (`accounts: [A, B]`, `urls: "nats://h:1"`).
fn strings(e: &Entry) -> Result<Vec<String>, ConfigError> {
    match &e.value {
        Value::Array(items) => items
            .iter()
            .map(|item| match item {
                Value::String(s) => Ok(s.clone()),
                _ => type_error(e, "string"),
            })
            .collect(),
        Value::String(s) => Ok(vec![s.clone()]),
        _ => type_error(e, "array"),
    }
}

/// A host, port or address given as a string or a bare number (`listen: 4222`).
/// A block's fields; `bool_text` is nats-server's error for a boolean in its place.
fn block_fields<'a>(e: &'a Entry, bool_text: &str) -> Result<&'a [Entry], ConfigError> {
    match &e.value {
        Value::Map(fields) => Ok(fields),
        Value::Bool(_) => Err(bad_at(e, bool_text)),
        _ => type_error(e, "map"),
    }
}

/// A block's `listen: [host:]port` into its host and port.
fn listen_into(e: &Entry, host: &mut String, port: &mut i32) -> Result<(), ConfigError> {
    let (h, p) = split_host_port(&address(e)?, e)?;
    if let Some(h) = h {
        *host = h;
    }
    *port = p;
    Ok(())
}

fn address(e: &Entry) -> Result<String, ConfigError> {
    match &e.value {
        Value::Int(i) => Ok(i.to_string()),
        _ => string(e),
    }
}

/// The Go type nats-server's config parser gives a value.
fn go_type_name(v: &Value) -> &'static str {
    match v {
        Value::Map(_) => "map[string]interface {}",
        Value::Array(_) => "[]interface {}",
        Value::String(_) => "string",
        Value::Int(_) => "int64",
        Value::Float(_) => "float64",
        Value::Bool(_) => "bool",
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

/// A `compression` value (nats-server's `parseCompression`): a mode, a boolean (`on`
/// picks `on`), or `{ mode, rtt_thresholds }`; checked as nats-server checks it.
/// An empty mode is the block's default, `default`.
fn compression(
    e: &Entry,
    on: super::compression::Mode,
    default: super::compression::Mode,
) -> Result<super::compression::Compression, ConfigError> {
    use super::compression::{Compression, Mode};
    let (mode, thresholds) = match &e.value {
        Value::String(text) if text.is_empty() => (default, Vec::new()),
        Value::Bool(true) => (on, Vec::new()),
        Value::Bool(false) => (Mode::Off, Vec::new()),
        Value::String(text) => (Mode::parse(text, on).map_err(|why| bad_at(e, &why))?, Vec::new()),
        Value::Map(fields) => {
            let mut mode = default;
            let mut thresholds = Vec::new();
            for f in fields {
                match f.key.to_ascii_lowercase().as_str() {
                    "mode" => {
                        let text = string(f)?;
                        mode = if text.is_empty() { default } else { Mode::parse(&text, on).map_err(|why| bad_at(f, &why))? };
                    }
                    "rtt_thresholds" | "thresholds" | "rtts" | "rtt" => {
                        let Value::Array(items) = &f.value else { return type_error(f, "array") };
                        for item in items {
                            thresholds.push(duration_value(item).ok_or_else(|| bad(f, "invalid duration"))?);
                        }
                    }
                    _ => return Err(bad_at(f, &format!("unknown field {:?}", f.key))),
                }
            }
            (mode, thresholds)
        }
        _ => return type_error(e, "string, boolean or map"),
    };
    Compression::new(mode, &thresholds).map_err(|why| bad_at(e, &why))
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
    fn absurd_durations_are_config_errors() {
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
        assert_eq!(perms.publish.as_ref().unwrap().allow, Some(vec![PermissionSubject::plain("foo.>")]));
        assert_eq!(perms.subscribe.as_ref().unwrap().allow, Some(vec![PermissionSubject::plain("x")]));
        assert_eq!(o.accounts[0].users[0].account.as_deref(), Some("A"));
        assert!(o.validate().is_ok());
    }

    fn errors(text: &str) -> Vec<String> {
        let doc = parse_str(text, "e.conf").unwrap();
        match apply_config(&mut Options::default(), &doc) {
            Ok(_) => Vec::new(),
            Err(errors) => errors.iter().map(|e| e.to_string()).collect(),
        }
    }

    #[test]
    fn account_limits() {
        let mut opts = Options::default();
        let doc =
            parse_str("accounts { A: { limits: { max_connections: 3, max_subs: 10, max_payload: 1KB, max_leafnodes: 1 } } }\n", "e.conf")
                .unwrap();
        apply_config(&mut opts, &doc).unwrap();
        assert_eq!(
            opts.accounts[0].limits,
            AccountLimits { max_connections: Some(3), max_subscriptions: Some(10), max_payload: Some(1024) }
        );
        let errs = errors("accounts { A: { limits: { max_bogus: 1 } } }\n");
        assert!(errs.len() == 1 && errs[0].contains("Unknown field \"max_bogus\" parsing account limits"), "{errs:?}");
    }

    /// Stream exports and imports, parsed and checked as nats-server parses them.
    #[test]
    fn stream_exports_and_imports() {
        let mut opts = Options::default();
        let doc = parse_str("accounts { A: { exports: [ {stream: \"x.>\", accounts: []} ] }, B: { imports: [ {stream: {account: A, subject: \"x.>\"}, share: true} ] } }\n", "e.conf").unwrap();
        apply_config(&mut opts, &doc).unwrap();
        assert_eq!(opts.accounts[0].stream_exports[0].accounts, None, "an empty list is public, as in nats-server");
        // A reload may not change them: they are wired at start.
        let mut revoked = Options::default();
        let doc = parse_str("accounts { A: { exports: [ {stream: \"x.>\", accounts: [A]} ] }, B: {} }\n", "e.conf").unwrap();
        apply_config(&mut revoked, &doc).unwrap();
        assert_eq!(opts.reload_blocker(&revoked).as_deref(), Some("config reload not supported for account exports, imports and mappings"));
        assert_eq!(opts.reload_blocker(&opts.clone()), None);
        let one = |text: &str, what: &str| {
            let errs = errors(text);
            assert!(errs.len() == 1 && errs[0].contains(what), "{text}: {errs:?}");
        };
        one(
            "accounts { A: { exports: [ {stream: x} ] }, B: { imports: [ {stream: {account: A, subject: x}, prefix: p, to: y} ] } }\n",
            "Stream import can not have a 'prefix' and a 'to' property",
        );
        one(
            "accounts { A: { exports: [ {stream: \"a.*\", account_token_position: -1} ] } }\n",
            "account_token_position can not be negative",
        );
        one(
            "accounts { A: { exports: [ {stream: \"a.b\", account_token_position: 2} ] } }\n",
            "Error adding stream export \"a.b\": sublist: invalid subject",
        );
        one("accounts { B: { imports: [ {stream: {subject: x}} ] } }\n", "Expect an account name and a subject");
        one("accounts { B: { imports: [ {stream: x} ] } }\n", "Stream entry should be an account map, got string");
        one(
            "accounts { A: { exports: [ {stream: x} ], imports: [ {stream: {account: A, subject: x}, to: y} ] } }\n",
            "natsx does not import an account's own export",
        );
        one(
            "accounts { A: { exports: [ {stream: x} ] }, B: { imports: [ {stream: {account: A, subject: x}, prefix: \"a b\"} ] } }\n",
            "invalid subject",
        );
        // Exports of one subject merge: a private one makes it private.
        one(
            "accounts { A: { exports: [ {stream: x}, {stream: x, accounts: [C]} ] }, B: { imports: [ {stream: {account: A, subject: x}} ] }, C: {} }\n",
            "stream import not authorized",
        );
        assert!(errors("accounts { A: { exports: [ {stream: \"t.*.>\", account_token_position: 2} ] }, B: { imports: [ {stream: {account: A, subject: \"t.B.>\"}} ] } }\n").is_empty());
        one(
            "accounts { A: { exports: [ {stream: \"t.*.>\", account_token_position: 2} ] }, B: { imports: [ {stream: {account: A, subject: \"t.C.>\"}} ] } }\n",
            "stream import not authorized",
        );
    }

    #[test]
    fn unknown_fields_are_errors_but_variables_are_not() {
        assert!(errors("PW: x\nauthorization { password: $PW, user: u }\n").is_empty());
        assert_eq!(errors("port: 1\nfoo_bar: 1\n"), ["e.conf:2:1: unknown field \"foo_bar\""]);
        assert_eq!(
            errors("foo: 1\nauthorization { users: [ {user: a, bogus: 1} ] }\n"),
            ["e.conf:1:0: unknown field \"foo\"", "e.conf:2:36: unknown field \"bogus\""],
            "every error is reported, as nats-server does"
        );
        assert_eq!(
            errors("authorization { users: [ {user: a, permissions: { publsh: x } } ] }\n"),
            ["e.conf:1:50: Unknown field \"publsh\" parsing permissions"]
        );
        assert_eq!(
            errors("authorization { permissions: { publish: { allw: x } } }\n"),
            ["e.conf:1:42: Unknown field name \"allw\" parsing subject permissions, only 'allow' or 'deny' are permitted"]
        );
        assert_eq!(errors("accounts { A: { userz: [] } }\n"), ["e.conf:1:16: unknown field \"userz\""]);
        assert_eq!(errors("jetstream { bogus: 1 }\n"), ["e.conf:1:12: unknown field \"bogus\""]);
    }

    #[test]
    fn websocket_block() {
        let text = "websocket { port: 8443, no_tls: true, compression: true, user_cookie: u, pass_cookie: p, token_cookie: t,\n  headers { X-Frame-Options: DENY }, ping_interval: \"30s\", authorization { timeout: 1.5 } }\n";
        let mut o = Options::default();
        apply_config(&mut o, &parse_str(text, "w.conf").unwrap()).unwrap();
        let w = o.websocket.unwrap();
        assert!(w.compression);
        assert_eq!((w.user_cookie.as_deref(), w.pass_cookie.as_deref(), w.token_cookie.as_deref()), (Some("u"), Some("p"), Some("t")));
        assert_eq!(w.headers, [("X-Frame-Options".to_string(), "DENY".to_string())]);
        assert_eq!(w.ping_interval, Some(Duration::from_secs(30)));
        assert_eq!(w.auth_timeout, Some(Duration::from_millis(1500)));
        assert_eq!(
            errors("websocket { port: 8080, no_tls: true, headers: [a] }\n"),
            ["e.conf:1:38: error parsing headers: unsupported type []interface {}"]
        );
        assert_eq!(
            errors("websocket { port: 8080, no_tls: true, headers { Upgrade: x } }\n"),
            ["e.conf:1:0: websocket: invalid header \"Upgrade\" not allowed"]
        );
        assert_eq!(
            errors("websocket { port: 8080, no_tls: true, headers { a: 1 } }\n"),
            ["e.conf:1:48: error parsing header key a: unsupported type int64"]
        );
    }

    #[test]
    fn options_natsx_cannot_enforce_are_refused() {
        let refused = |text: &str, what: &str| {
            let errs = errors(text);
            assert_eq!(errs.len(), 1, "{text}: {errs:?}");
            assert!(errs[0].contains(what) && errs[0].contains("refusing to start"), "{text}: {errs:?}");
        };
        refused("tls { cert_file: a, key_file: b, ocsp_peer: true }\n", "ocsp_peer: OCSP");
        refused("resolver: URL(http://x)\n", "resolver: the URL account resolver");
        refused("default_sentinel: x\n", "default_sentinel: parts of operator mode not built yet");
        refused("jetstream { cipher: aes }\n", "cipher: encryption at rest");
        refused("jetstream { limits { max_request_batch: 10 } }\n", "limits: server-wide JetStream limits");
        refused("write_timeout: retry\n", "write_timeout: retrying writes");
        assert!(errors("syslog: false\nwrite_timeout: close\n").is_empty(), "options that ask for nothing are accepted");
        let doc = parse_str("prof_port: 6060\n", "w.conf").unwrap();
        let warnings = apply_config(&mut Options::default(), &doc).unwrap();
        assert_eq!(warnings, ["w.conf:1:0: prof_port is ignored: it tunes the Go profiler, which natsx does not implement"]);
    }

    #[test]
    fn users_permissions_and_accounts_as_nats_server_reads_them() {
        assert_eq!(errors("authorization { users: [ {user: a}, {user: a} ] }\n"), ["e.conf:1:16: Duplicate user \"a\" detected"]);
        assert_eq!(errors("accounts { A: { users: [ {user: a} ] } }\nauthorization { users: [ {user: a} ] }\n").len(), 1);
        assert_eq!(
            errors("authorization { users: [ {password: x} ] }\n"),
            ["e.conf:1:26: User entry requires a user"],
            "at the last field, as 2.15.1"
        );
        assert_eq!(errors("accounts { A: {}, A: {} }\n"), ["e.conf:1:18: Duplicate Account Entry: A"]);
        // A quoted key is placed inside its quote; a mapping's bad source at `mappings`
        // (nats-server 2.15.1's positions).
        assert_eq!(errors("\"foo_bar\": 1\n"), ["e.conf:1:1: unknown field \"foo_bar\""]);
        assert_eq!(
            errors("accounts {\n  A: {\n    mappings: {\n      \"a..b\": c\n    }\n  }\n}\n"),
            ["e.conf:3:5: Subject \"a..b\" is not a valid subject"]
        );
        assert_eq!(
            errors("authorization { token: t }\naccounts { A: { users: [ {user: a} ] } }\n"),
            ["e.conf:1:0: Can not have a token and accounts"]
        );
        assert_eq!(
            errors("authorization { users: [ {user: a, permissions: { publish: \"a..b\" } } ] }\n"),
            ["e.conf:1:50: subject \"a..b\" is not a valid subject"]
        );
        assert_eq!(
            errors("authorization { users: [ {user: a, permissions: { publish: \"a q\" } } ] }\n"),
            ["e.conf:1:50: subject \"a q\" is not a valid subject"],
            "queue groups only qualify subscribe permissions"
        );
        assert_eq!(
            errors("authorization { users: [ {user: a, allowed_connection_types: [STANDARD, PIGEON] } ] }\n"),
            ["e.conf:1:35: invalid connection types [\"PIGEON\"]"]
        );

        let mut o = Options::default();
        let doc = parse_str(
            "accounts { A: { default_permissions: { publish: \"a.>\" }, users: [ {user: x}, {user: y, permissions: { publish: \"y\" } } ] } }\n\
             authorization { default_permissions: { subscribe: { deny: \"secret.> spies\" } }, users: [ {user: z, clients: [standard]} ] }\n",
            "p.conf",
        )
        .unwrap();
        apply_config(&mut o, &doc).unwrap();
        let publish = |u: &User| u.permissions.as_ref().and_then(|p| p.publish.clone()).and_then(|p| p.allow).unwrap()[0].subject.clone();
        assert_eq!(publish(&o.accounts[0].users[0]), "a.>", "account default permissions apply to users without their own");
        assert_eq!(publish(&o.accounts[0].users[1]), "y");
        let z = &o.users[0];
        assert_eq!(z.allowed_connection_types, Some(vec!["STANDARD".to_string()]));
        let deny = &z.permissions.as_ref().unwrap().subscribe.as_ref().unwrap().deny[0];
        assert_eq!((deny.subject.as_str(), deny.queue.as_deref()), ("secret.>", Some("spies")));
    }

    #[test]
    fn allow_responses_turns_the_blanket_publish_allow_off() {
        let perms = |text: &str| {
            let mut o = Options::default();
            apply_config(&mut o, &parse_str(text, "r.conf").unwrap()).unwrap();
            o.users[0].permissions.clone().unwrap()
        };
        let p = perms("authorization { users: [ {user: a, permissions: { allow_responses: true } } ] }\n");
        assert_eq!(p.publish.unwrap().allow, Some(vec![]), "no publish list: replies only");
        assert_eq!(p.allow_responses, Some(ResponsePermission::DEFAULT));
        let p = perms("authorization { users: [ {user: a, permissions: { publish: { deny: x }, allow_responses: { max: 3, expires: \"1s\" } } } ] }\n");
        assert_eq!(p.publish.clone().unwrap().allow, Some(vec![]), "deny only: replies only");
        assert_eq!(p.publish.unwrap().deny, vec![PermissionSubject::plain("x")]);
        assert_eq!(p.allow_responses, Some(ResponsePermission { max: Some(3), expires: Some(Duration::from_secs(1)) }));
        let p =
            perms("authorization { users: [ {user: a, permissions: { publish: y, allow_responses: { max: -1, expires: \"-1s\" } } } ] }\n");
        assert_eq!(p.publish.unwrap().allow, Some(vec![PermissionSubject::plain("y")]));
        assert_eq!(p.allow_responses, Some(ResponsePermission { max: None, expires: None }));
        let p = perms("authorization { users: [ {user: a, permissions: { publish: [], allow_responses: false } } ] }\n");
        assert_eq!(p.publish.unwrap().allow, None, "an empty list restricts nothing, as in nats-server");
    }

    #[test]
    fn account_jetstream_aliases() {
        let mut o = Options::default();
        let doc = parse_str(
            "accounts { A: { jetstream: { mem: 1MB, disk: 2GB, streams: 3, consumers: 4, max_stream_bytes: true } } }\n",
            "j.conf",
        )
        .unwrap();
        apply_config(&mut o, &doc).unwrap();
        let js = o.accounts[0].jetstream.unwrap();
        assert_eq!((js.max_memory, js.max_store, js.max_streams, js.max_consumers), (1 << 20, 2 << 30, 3, 4));
        assert!(js.max_bytes_required);
        assert_eq!(
            errors("accounts { A: { jetstream: { max_stream_bytes: 100 } } }\n"),
            ["e.conf:1:29: Expected a parseable bool for \"max_stream_bytes\", got 100"]
        );
    }

    #[test]
    fn type_errors_name_the_position() {
        let v = parse_str("port: 1\nmax_payload: [1]\n", "x.conf").unwrap();
        let err = apply_config(&mut Options::default(), &v).unwrap_err();
        assert_eq!(err[0].pos.line, 2);
    }
}
