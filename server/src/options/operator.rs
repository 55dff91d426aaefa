//! Operator mode (decentralized JWT authentication), as nats-server configures it:
//! `operator` (JWT files or inline tokens), `trusted` keys, `system_account`,
//! `resolver: MEMORY` with `resolver_preload { ACCOUNT_KEY: ACCOUNT_JWT }`.
//!
//! The accounts of the preloaded JWTs become the server's accounts (named by public
//! key, with the JWT's limits, JetStream limits, exports, imports and mappings); users
//! are not configured at all: each client presents a user JWT issued by one of those
//! accounts (or a signing key of it), checked at CONNECT (see `auth::operator`).
//! The directory resolvers (`resolver { type: full | cache, dir }`) keep account JWTs in a
//! folder, take new ones over NATS and ask for unknown accounts on
//! `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP` (see `resolver`); the URL resolver (which
//! fetches over HTTP) is refused by name.

use std::collections::BTreeMap;

use natsx_common::jwt::{self, AccountClaims, OperatorClaims};

use super::accounts::{AccountConfig, AccountJetStreamLimits, AccountLimits, Export, Latency, MappingConfig, ResponseType};
use super::accounts::{ServiceExport, ServiceImport, StreamImport};

/// Operator mode's settings, once checked (`resolve`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OperatorSettings {
    /// The `operator` option's JWTs, decoded.
    pub operators: Vec<OperatorClaims>,
    /// The `operator` option's tokens as given (for `/varz`).
    pub operator_jwts: Vec<String>,
    /// Keys that may issue account JWTs: `trusted`, and each operator's key (unless it
    /// uses signing keys strictly) and signing keys.
    pub trusted_keys: Vec<String>,
    /// Where account JWTs come from.
    pub resolver: Resolver,
    /// `resolver_preload`: account public key → account JWT.
    pub preload: Vec<(String, String)>,
    /// The accounts whose JWTs a trusted key issued (preloaded, or in the resolver's
    /// directory), by public key, and their tokens.
    pub accounts: BTreeMap<String, AccountClaims>,
    pub account_jwts: BTreeMap<String, String>,
}

impl OperatorSettings {
    /// Is operator mode asked for at all?
    pub fn active(&self) -> bool {
        !self.operators.is_empty() || !self.trusted_keys.is_empty()
    }

    /// Is `key` trusted to issue account JWTs?
    pub fn trusts(&self, key: &str) -> bool {
        self.trusted_keys.iter().any(|k| k == key)
    }
}

/// The `resolver` option.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Resolver {
    #[default]
    None,
    /// `resolver: MEMORY`: the preloaded JWTs, updated in memory only.
    Memory,
    /// `resolver { type: full, dir, ... }` (nats-server's `DirAccResolver`), or
    /// `type: cache` (its `CacheDirAccResolver`: `cache` is set).
    Full(DirResolver),
}

/// `resolver { type: full }`'s settings.
#[derive(Clone, Debug, PartialEq)]
pub struct DirResolver {
    /// The folder holding `<account public key>.jwt` files.
    pub dir: std::path::PathBuf,
    /// `allow_delete`: `$SYS.REQ.CLAIMS.DELETE` is honoured; `hard_delete` removes the
    /// file, otherwise it is renamed to `<key>.jwt.deleted`.
    pub allow_delete: bool,
    pub hard_delete: bool,
    /// `limit`: the most JWTs kept (0 is none); `full` refuses an update beyond it
    /// with nats-server's "jwt store is full", `cache` drops the least recently used
    /// (default 1000).
    pub limit: usize,
    /// `type: cache`: keeps only the accounts it has been asked about (fetched with a
    /// lookup), takes updates only for those, and answers no lookups or lists itself.
    pub cache: bool,
    /// `ttl` (cache): how long a fetched JWT is kept before it is fetched again.
    pub ttl: Option<std::time::Duration>,
    /// `timeout`: how long a lookup of an unknown account waits (default 1.9 s).
    pub timeout: std::time::Duration,
}

/// nats-server's `DEFAULT_ACCOUNT_FETCH_TIMEOUT`.
pub const DEFAULT_FETCH_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(1900);

/// Reads an `operator` entry: a file holding a (decorated) operator JWT, or the JWT
/// itself (nats-server's `readOperatorJWT`). Errors are nats-server's.
pub fn read_operator(entry: &str) -> Result<(String, OperatorClaims), String> {
    let text = match std::fs::read_to_string(entry) {
        Ok(text) => text,
        Err(_) if entry.starts_with("eyJ") => entry.to_string(),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(format!("open {entry}: no such file or directory")),
        Err(e) => return Err(format!("open {entry}: {e}")),
    };
    let token = jwt::parse_decorated_jwt(&text)?;
    let claims = OperatorClaims::decode(&token)?;
    Ok((token, claims))
}

/// nats-server's `validateTrustedOperators` and the resolver's checks, with its texts;
/// then the preloaded accounts become `opts.accounts`. Returns warnings (accounts whose
/// JWT no trusted key issued, expired accounts).
pub fn resolve(opts: &mut super::Options) -> Result<Vec<String>, String> {
    let mut warnings = Vec::new();
    let op = &mut opts.operator;
    if !op.active() {
        if op.resolver != Resolver::None || !op.preload.is_empty() {
            return Err("resolver and resolver_preload need trusted operators (operator: or trusted:)".into());
        }
        return Ok(warnings);
    }
    if !op.operators.is_empty() && !op.trusted_keys.is_empty() {
        return Err("conflicting options for 'TrustedKeys' and 'TrustedOperators'".into());
    }
    if op.resolver == Resolver::None {
        if op.operators.len() == 1 && !op.operators[0].nats.account_server_url.is_empty() {
            // nats-server would fetch accounts from the operator's account server.
            return Err(format!(
                "account_server_url {:?} in the operator JWT asks for the URL account resolver, which natsx does not implement: use resolver: MEMORY with resolver_preload",
                op.operators[0].nats.account_server_url
            ));
        }
        return Err("operators require an account resolver to be configured".into());
    }
    if !opts.accounts.is_empty() {
        return Err("operators do not allow Accounts to be configured directly".into());
    }
    if !opts.users.is_empty() {
        return Err("operators do not allow users to be configured directly".into());
    }
    if opts.username.is_some() || opts.token.is_some() {
        return Err("operators do not allow a single user or token (authorization { user | token }): users are JWTs".into());
    }
    if opts.no_auth_user.is_some() {
        return Err("no_auth_user not compatible with Trusted Operator".into());
    }
    if opts.auth_callout.is_some() {
        return Err("operators do not allow authorization callouts to be configured directly".into());
    }
    match &opts.system_account {
        Some(sys) => {
            let named: Vec<&str> = op.operators.iter().map(|o| o.nats.system_account.as_str()).filter(|s| !s.is_empty()).collect();
            if !named.is_empty() && !named.contains(&sys.as_str()) {
                return Err("system_account in config and operator JWT must be identical".into());
            }
        }
        None => {
            if let Some(sys) = op.operators.first().map(|o| o.nats.system_account.clone()).filter(|s| !s.is_empty()) {
                opts.system_account = Some(sys);
            }
        }
    }
    let mut trusted = Vec::new();
    for o in &op.operators {
        if !o.nats.strict_signing_key_usage {
            trusted.push(o.claims.subject.clone());
        }
        trusted.extend(o.nats.signing_keys.iter().cloned());
    }
    op.trusted_keys.extend(trusted);
    for key in &op.trusted_keys {
        if !jwt::is_public_key(key, 'O') {
            return Err(format!("trusted Keys {key:?} are required to be a valid public operator nkey"));
        }
    }
    // The directory's JWTs, and the preloaded ones where they are newer (nats-server
    // stores preloads with `saveIfNewer`).
    let mut tokens: Vec<(String, String)> = Vec::new();
    if let Resolver::Full(dir) = &op.resolver {
        tokens = read_jwt_dir(&dir.dir).map_err(|e| format!("resolver dir {}: {e}", dir.dir.display()))?;
    }
    for (key, token) in &op.preload {
        let claims = AccountClaims::decode(token).map_err(|e| format!("preload account error for {key:?}: {e}"))?;
        if &claims.claims.subject != key {
            return Err(format!("preload account error for {key:?}: the JWT is for account {:?}", claims.claims.subject));
        }
        match tokens.iter_mut().find(|(k, _)| k == key) {
            Some(stored) => {
                // The newer wins, but a JWT that has expired never wins over one that
                // has not (an expired system account must not lock the operator out).
                let replace = AccountClaims::decode(&stored.1).map_or(true, |s| {
                    let (stored_expired, preload_expired) = (s.validate().is_err(), claims.validate().is_err());
                    (stored_expired && !preload_expired)
                        || (stored_expired == preload_expired && s.claims.issued_at <= claims.claims.issued_at)
                });
                if replace {
                    stored.1 = token.clone();
                }
            }
            None => tokens.push((key.clone(), token.clone())),
        }
    }
    for (key, token) in &tokens {
        let Ok(claims) = AccountClaims::decode(token) else {
            warnings.push(format!("Account {key:?} JWT in the resolver directory does not decode: skipped"));
            continue;
        };
        if &claims.claims.subject != key {
            warnings.push(format!("Account {key:?} JWT in the resolver directory is for account {:?}: skipped", claims.claims.subject));
            continue;
        }
        if !op.trusted_keys.contains(&claims.claims.issuer) {
            warnings.push(format!("Account {key:?} was not issued by a trusted operator: its users are refused"));
            continue;
        }
        if let Err(bad) = check_account(&claims) {
            warnings.push(format!("Account {key:?} JWT cannot be used ({bad:?}): its users are refused"));
            continue;
        }
        if claims.validate().is_err() {
            warnings.push(format!("Account {key:?} JWT has expired: its users are refused"));
        }
        op.accounts.insert(key.clone(), claims);
        op.account_jwts.insert(key.clone(), token.clone());
    }
    if let Some(sys) = &opts.system_account {
        if !jwt::is_public_key(sys, 'A') {
            return Err(format!("system_account {sys:?} is not an account public key"));
        }
    }
    opts.accounts = account_configs(&op.accounts, opts.system_account.as_deref())?;
    Ok(warnings)
}

/// Why an account JWT cannot be used, as nats-server's decode (`Err(Decode)`: its
/// export and import types are JSON enums there) or `Validate` (`Err(Invalid)`) words it.
#[derive(Debug, PartialEq)]
pub enum BadAccount {
    Decode(String),
    Invalid(Vec<String>),
}

/// nats-io/jwt's checks of an account JWT's content that natsx relies on: export and
/// import types and subjects, response types, mappings (weights and functions), signing
/// keys, the external authorization's keys — and that it converts into a configuration.
pub fn check_account(claims: &AccountClaims) -> Result<(), BadAccount> {
    let a = &claims.nats;
    let subject_error = |s: &str| -> Option<String> {
        if s.is_empty() {
            Some("subject cannot be empty".into())
        } else if s.contains(' ') {
            Some(format!("subject {s:?} cannot have spaces"))
        } else if s.starts_with('.') || s.ends_with('.') {
            Some(format!("subject {s:?} cannot start or end with a `.`"))
        } else if s.contains("..") {
            Some(format!("subject {s:?} cannot contain consecutive `.`"))
        } else {
            None
        }
    };
    for e in &a.exports {
        if e.kind != "stream" && e.kind != "service" {
            return Err(BadAccount::Decode(format!("unknown export type {:?}", e.kind)));
        }
    }
    for i in &a.imports {
        if i.kind != "stream" && i.kind != "service" {
            return Err(BadAccount::Decode(format!("unknown import type {:?}", i.kind)));
        }
    }
    let mut errors = Vec::new();
    for e in &a.exports {
        errors.extend(subject_error(&e.subject));
        if e.kind == "service" && !["", "Singleton", "Stream", "Chunked"].contains(&e.response_type.as_str()) {
            errors.push(format!("invalid response type for service: {:?}", e.response_type));
        }
        if e.response_threshold < 0 {
            errors.push("negative response threshold is invalid".into());
        }
    }
    for i in &a.imports {
        errors.extend(subject_error(&i.subject));
        if !jwt::is_public_key(&i.account, 'A') {
            errors.push("account to import from is not specified".into());
        }
    }
    for (from, dests) in &a.mappings {
        errors.extend(subject_error(from));
        let mut total = 0u64;
        for d in dests {
            let weight = d.get("weight").and_then(|w| w.as_u64()).unwrap_or(100);
            if weight > 100 {
                errors.push(format!("Mapping {from:?} has a weight {weight} that exceeds 100"));
            }
            if d.get("cluster").and_then(|c| c.as_str()).is_none_or(str::is_empty) {
                total += weight;
            }
            let to = d.get("subject").and_then(|s| s.as_str()).unwrap_or_default();
            if let Err(e) = natsx_common::transform::Transform::new(from, to) {
                errors.push(format!("Mapping {from:?} to {to:?}: {e}"));
            }
        }
        if total > 100 {
            errors.push(format!("Mapping {from:?} exceeds 100% among all of it's weighted to mappings"));
        }
    }
    for key in &a.signing_keys {
        if !jwt::is_public_key(key.key(), 'A') {
            errors.push(format!("{:?} is not a valid account signing key", key.key()));
        }
    }
    let auth = &a.authorization;
    let list = |field: &str| -> Vec<String> {
        auth.get(field).and_then(|v| v.as_array()).into_iter().flatten().map(|v| v.as_str().unwrap_or_default().to_string()).collect()
    };
    let (users, allowed) = (list("auth_users"), list("allowed_accounts"));
    if users.is_empty() && !allowed.is_empty() {
        errors.push("External authorization cannot have accounts without users specified".into());
    }
    errors.extend(users.iter().filter(|u| !jwt::is_public_key(u, 'U')).map(|u| format!("AuthUser {u:?} is not a valid user public key")));
    if allowed.len() > 1 && allowed.iter().any(|a| a == "*") {
        errors.push("AllowedAccounts can only be a list of accounts or \"*\"".into());
    }
    errors.extend(
        allowed
            .iter()
            .filter(|a| *a != "*" && !jwt::is_public_key(a, 'A'))
            .map(|a| format!("Account {a:?} is not a valid account public key")),
    );
    if let Some(x) = auth.get("xkey").and_then(|x| x.as_str()).filter(|x| !x.is_empty() && !jwt::is_public_key(x, 'X')) {
        errors.push(format!("XKey {x:?} is not a valid public xkey"));
    }
    if errors.is_empty() {
        let alone = BTreeMap::from([(claims.claims.subject.clone(), claims.clone())]);
        if let Err(e) = account_config(claims, &alone) {
            errors.push(e);
        }
    }
    match errors.is_empty() {
        true => Ok(()),
        false => Err(BadAccount::Invalid(errors)),
    }
}

/// The account configurations of a set of trusted account JWTs (by public key), plus the
/// system account (which exists without a JWT too, as nats-server creates it). An
/// account whose JWT does not convert is left out (logged): the others stay in force.
pub fn account_configs(accounts: &BTreeMap<String, AccountClaims>, system: Option<&str>) -> Result<Vec<AccountConfig>, String> {
    let mut configs = Vec::new();
    for claims in accounts.values() {
        match account_config(claims, accounts) {
            Ok(config) => configs.push(config),
            Err(e) => crate::error!("Account {} left out: {e}", claims.claims.subject),
        }
    }
    if let Some(sys) = system {
        if !accounts.contains_key(sys) {
            configs.push(AccountConfig { name: sys.to_string(), ..Default::default() });
        }
    }
    Ok(configs)
}

/// The `<account public key>.jwt` files of a resolver directory (nats-server's
/// unsharded `DirJWTStore`), as (key, token); a missing directory holds none.
pub fn read_jwt_dir(dir: &std::path::Path) -> std::io::Result<Vec<(String, String)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    for entry in entries {
        let path = entry?.path();
        let Some(key) = path.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".jwt")) else { continue };
        if !jwt::is_public_key(key, 'A') {
            continue;
        }
        let token = std::fs::read_to_string(&path)?;
        if !token.trim().is_empty() {
            out.push((key.to_string(), token.trim().to_string()));
        }
    }
    out.sort();
    Ok(out)
}

/// An account JWT as the account configuration natsx already runs: limits, JetStream,
/// exports, imports (private exports admit only imports with a valid activation token),
/// mappings.
fn account_config(claims: &AccountClaims, all: &BTreeMap<String, AccountClaims>) -> Result<AccountConfig, String> {
    let a = &claims.nats;
    let name = claims.claims.subject.clone();
    // nats-server: -1 (NoLimit) is none, 0 allows none.
    let limit = |n: i64| (n >= 0).then_some(n as u64);
    let limits = AccountLimits {
        max_connections: limit(a.limits.conn),
        max_subscriptions: limit(a.limits.subs).map(|n| n as usize),
        max_payload: limit(a.limits.payload).map(|n| n as usize),
    };
    let jetstream = a.limits.jetstream_enabled().then_some(AccountJetStreamLimits {
        enabled: true,
        max_memory: a.limits.memory_storage,
        max_store: a.limits.disk_storage,
        max_streams: if a.limits.streams == 0 { -1 } else { a.limits.streams },
        max_consumers: if a.limits.consumer == 0 { -1 } else { a.limits.consumer },
        max_ack_pending: if a.limits.max_ack_pending == 0 { -1 } else { a.limits.max_ack_pending },
        memory_max_stream_bytes: if a.limits.mem_max_stream_bytes == 0 { -1 } else { a.limits.mem_max_stream_bytes },
        store_max_stream_bytes: if a.limits.disk_max_stream_bytes == 0 { -1 } else { a.limits.disk_max_stream_bytes },
        max_bytes_required: a.limits.max_bytes_required,
    });
    let mut config = AccountConfig { name: name.clone(), limits, jetstream, expires: claims.claims.expires, ..Default::default() };
    for e in &a.exports {
        // A private export is open to the accounts whose imports carry an activation
        // token from this account for it.
        let accounts = e.token_req.then(|| activated_importers(&name, e, all));
        let export = Export {
            subject: e.subject.clone(),
            accounts,
            account_token_position: e.account_token_position as usize,
            token_required: e.token_req,
        };
        match e.kind.as_str() {
            "stream" => config.stream_exports.push(export),
            "service" => config.service_exports.push(ServiceExport {
                export,
                response_type: match e.response_type.as_str() {
                    "Stream" => ResponseType::Stream,
                    "Chunked" => ResponseType::Chunked,
                    _ => ResponseType::Singleton,
                },
                response_threshold: if e.response_threshold > 0 {
                    std::time::Duration::from_nanos(e.response_threshold as u64)
                } else {
                    super::accounts::DEFAULT_RESPONSE_THRESHOLD
                },
                latency: e.latency.as_ref().map(|l| Latency {
                    // A percentage, or `"headers"` (0).
                    sampling: l.sampling.as_u64().map_or(0, |n| n.clamp(1, 100) as u8),
                    subject: l.results.clone(),
                }),
            }),
            other => return Err(format!("account {name}: export of {:?} has unknown type {other:?}", e.subject)),
        }
    }
    for i in &a.imports {
        if !all.contains_key(&i.account) {
            // An import from an account the resolver does not have delivers nothing.
            continue;
        }
        match i.kind.as_str() {
            "stream" => {
                let (prefix, to) = match (i.local_subject.is_empty(), i.to.is_empty()) {
                    (false, _) => (None, Some(i.local_subject.clone())),
                    (true, false) => (Some(i.to.clone()), None),
                    (true, true) => (None, None),
                };
                config.stream_imports.push(StreamImport { account: i.account.clone(), subject: i.subject.clone(), prefix, to });
            }
            "service" => {
                let local = [&i.local_subject, &i.to].into_iter().find(|s| !s.is_empty()).unwrap_or(&i.subject).clone();
                config.service_imports.push(ServiceImport {
                    account: i.account.clone(),
                    subject: i.subject.clone(),
                    to: local,
                    share: i.share,
                });
            }
            other => return Err(format!("account {name}: import of {:?} has unknown type {other:?}", i.subject)),
        }
    }
    for (src, dests) in &a.mappings {
        let dests = dests
            .iter()
            .filter(|d| d.get("cluster").and_then(|c| c.as_str()).is_none_or(str::is_empty))
            .filter_map(|d| {
                Some((d.get("subject")?.as_str()?.to_string(), d.get("weight").and_then(|w| w.as_u64()).unwrap_or(100).min(100) as u8))
            })
            .collect();
        config.mappings.push(MappingConfig { src: src.clone(), dests });
    }
    Ok(config)
}

/// The accounts whose imports of `export` carry a valid activation token issued by
/// `exporter` (or one of its signing keys) for them.
fn activated_importers(exporter: &str, export: &jwt::Export, all: &BTreeMap<String, AccountClaims>) -> Vec<String> {
    let Some(exporter_claims) = all.get(exporter) else { return Vec::new() };
    let mut allowed = Vec::new();
    for (importer, claims) in all {
        let valid = claims.nats.imports.iter().any(|i| {
            i.account == exporter
                && i.kind == export.kind
                && !i.token.is_empty()
                && jwt::ActivationClaims::decode(&i.token).is_ok_and(|act| {
                    let issuer_ok = act.claims.issuer == exporter
                        || (act.nats.issuer_account == exporter && exporter_claims.nats.signing_key(&act.claims.issuer).is_some());
                    issuer_ok
                        && act.claims.subject == *importer
                        && act.validate().is_ok()
                        && natsx_common::subject::is_subset(i.subject.as_bytes(), act.nats.subject.as_bytes())
                        && export.revocations.get(importer.as_str()).is_none_or(|&at| act.claims.issued_at > at)
                })
        });
        if valid {
            allowed.push(importer.clone());
        }
    }
    allowed
}
