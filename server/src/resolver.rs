//! The account resolver at run time: the account JWTs operator mode trusts, kept in
//! memory (`resolver: MEMORY`) or in a directory (`resolver { type: full }`), and what
//! the `$SYS.REQ.CLAIMS.*` requests do to them (nats-server's `DirAccResolver` and
//! `MemAccResolver`). The server turns a change into accounts (see `Server::apply_claims`);
//! this module only keeps, checks and stores JWTs.
//!
//! A directory store writes `<account public key>.jwt` (0600) through a temporary file,
//! `fsync` and `rename`, so a crash leaves the old JWT or the new one, never half of one.
//!
//! An account a client names that the directory resolvers do not have is looked up on
//! `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP` (see `Server::fetch_account`); what comes back
//! is stored if a trusted key issued it. The `cache` type keeps at most `limit` files,
//! dropping the least recently used (the account stays loaded, as in nats-server), and
//! files older than `ttl`.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::RwLock;

use natsx_common::jwt::{self, AccountClaims, GenericClaims};

use crate::options::operator::{DirResolver, OperatorSettings, Resolver};

/// How a claims request ended, in nats-server's `respondToUpdate` terms: the account it
/// concerns (`"n/a"` when the JWT did not decode), a message, and the error if any.
#[derive(Debug, PartialEq)]
pub struct Outcome {
    pub account: String,
    pub message: String,
    pub error: Option<String>,
}

impl Outcome {
    fn ok(account: &str, message: &str) -> Outcome {
        Outcome { account: account.into(), message: message.into(), error: None }
    }

    fn failed(account: &str, message: &str, error: impl Into<String>) -> Outcome {
        Outcome { account: account.into(), message: message.into(), error: Some(error.into()) }
    }

    /// nats-server's `ServerAPIClaimUpdateResponse` body without its `server` part:
    /// `{"data":{"account","code":200,"message"}}` or
    /// `{"error":{"account","code":500,"description":"<message> - <error>"}}`.
    pub fn body(&self) -> serde_json::Value {
        let mut body = serde_json::Map::new();
        let account = (!self.account.is_empty()).then(|| self.account.clone());
        match &self.error {
            None => {
                let mut data = serde_json::Map::new();
                if let Some(a) = account {
                    data.insert("account".into(), a.into());
                }
                data.insert("code".into(), 200.into());
                data.insert("message".into(), self.message.clone().into());
                body.insert("data".into(), data.into());
            }
            Some(e) => {
                let mut error = serde_json::Map::new();
                if let Some(a) = account {
                    error.insert("account".into(), a.into());
                }
                error.insert("code".into(), 500.into());
                error.insert("description".into(), format!("{} - {e}", self.message).into());
                body.insert("error".into(), error.into());
            }
        }
        body.into()
    }
}

/// The trusted account JWTs and where they are kept.
pub struct AccountResolver {
    /// Keys that may issue account JWTs.
    trusted: Vec<String>,
    /// The operator's own key when it uses signing keys strictly (it may not issue
    /// accounts itself), and the keys that may sign a delete request (the operator and
    /// its signing keys).
    strict_operator: Option<String>,
    operator_keys: Vec<String>,
    system: Option<String>,
    dir: Option<DirResolver>,
    accounts: RwLock<BTreeMap<String, (String, AccountClaims)>>,
    /// The cache's files and when each was last used or stored.
    cached: std::sync::Mutex<BTreeMap<String, std::time::Instant>>,
}

impl AccountResolver {
    /// The resolver of `settings` (already checked by `options::operator::resolve`). A
    /// directory is created when missing, and the preloaded JWTs newer than its own are
    /// written to it.
    pub fn open(settings: &OperatorSettings, system: Option<&str>) -> Result<AccountResolver, String> {
        let dir = match &settings.resolver {
            Resolver::Full(d) => Some(d.clone()),
            _ => None,
        };
        let mut accounts = BTreeMap::new();
        for (key, claims) in &settings.accounts {
            if let Some(token) = settings.account_jwts.get(key) {
                accounts.insert(key.clone(), (token.clone(), claims.clone()));
            }
        }
        let mut operator_keys = Vec::new();
        let mut strict_operator = None;
        for o in &settings.operators {
            operator_keys.push(o.claims.subject.clone());
            operator_keys.extend(o.nats.signing_keys.iter().cloned());
            if o.nats.strict_signing_key_usage {
                strict_operator = Some(o.claims.subject.clone());
            }
        }
        let resolver = AccountResolver {
            trusted: settings.trusted_keys.clone(),
            strict_operator,
            operator_keys,
            system: system.map(str::to_string),
            dir,
            accounts: RwLock::new(accounts),
            cached: Default::default(),
        };
        if let Some(d) = &resolver.dir {
            create_dir(&d.dir).map_err(|e| format!("resolver dir {}: {e}", d.dir.display()))?;
            let on_disk: BTreeMap<String, String> =
                crate::options::operator::read_jwt_dir(&d.dir).map_err(|e| e.to_string())?.into_iter().collect();
            for (key, (token, _)) in resolver.accounts.read().unwrap_or_else(|e| e.into_inner()).iter() {
                if on_disk.get(key) != Some(token) {
                    write_jwt(&d.dir, key, token).map_err(|e| format!("resolver dir {}: {e}", d.dir.display()))?;
                }
                if d.cache {
                    resolver.cached.lock().unwrap_or_else(|e| e.into_inner()).insert(key.clone(), std::time::Instant::now());
                }
            }
        }
        Ok(resolver)
    }

    /// Does the resolver keep its JWTs in a directory (and take `$SYS.REQ.CLAIMS.UPDATE`)?
    pub fn is_directory(&self) -> bool {
        self.dir.is_some()
    }

    /// Does it answer lookups and packs (`type: full`; a cache does not)?
    pub fn answers_lookups(&self) -> bool {
        self.dir.as_ref().is_some_and(|d| !d.cache)
    }

    /// How long a lookup of an unknown account waits.
    pub fn fetch_timeout(&self) -> Option<std::time::Duration> {
        self.dir.as_ref().map(|d| d.timeout)
    }

    /// Should an account a client names be looked up (a directory resolver that does
    /// not have it)?
    pub fn needs_fetch(&self, key: &str) -> bool {
        self.dir.is_some() && jwt::is_public_key(key, 'A') && !self.accounts.read().unwrap_or_else(|e| e.into_inner()).contains_key(key)
    }

    pub fn claims(&self, key: &str) -> Option<AccountClaims> {
        let found = self.accounts.read().unwrap_or_else(|e| e.into_inner()).get(key).map(|(_, c)| c.clone());
        if found.is_some() && self.dir.as_ref().is_some_and(|d| d.cache) {
            if let Some(used) = self.cached.lock().unwrap_or_else(|e| e.into_inner()).get_mut(key) {
                *used = std::time::Instant::now();
            }
        }
        found
    }

    /// A JWT a lookup brought back for `key`: kept if it decodes, is about `key`, a
    /// trusted key issued it, and it is not older than the one held (nats-server's
    /// `saveIfNewer`). Returns the claims in force and those they replaced.
    pub fn store_fetched(&self, key: &str, token: &[u8]) -> Result<(AccountClaims, Option<AccountClaims>), String> {
        let text = std::str::from_utf8(token).map_err(|_| "the JWT is not text".to_string())?.trim();
        let claims = AccountClaims::decode(text)?;
        if claims.claims.subject != key {
            return Err("jwt subject nkey and provided nkey do not match".into());
        }
        if !self.trusted.contains(&claims.claims.issuer) {
            return Err(format!("issuer {} is not trusted", claims.claims.issuer));
        }
        crate::options::operator::check_account(&claims).map_err(|e| format!("{e:?}"))?;
        let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
        if let Some((_, held)) = accounts.get(key) {
            if held.claims.issued_at > claims.claims.issued_at {
                return Ok((held.clone(), None));
            }
        }
        self.write(key, text).map_err(|e| e.to_string())?;
        let previous = accounts.insert(key.to_string(), (text.to_string(), claims.clone())).map(|(_, c)| c);
        Ok((claims, previous))
    }

    /// Writes a JWT to the directory; the cache first makes room (least recently used
    /// first) and drops files older than its `ttl`.
    fn write(&self, key: &str, token: &str) -> std::io::Result<()> {
        let Some(d) = &self.dir else { return Ok(()) };
        if d.cache {
            let mut cached = self.cached.lock().unwrap_or_else(|e| e.into_inner());
            let now = std::time::Instant::now();
            if let Some(ttl) = d.ttl {
                let stale: Vec<String> = cached.iter().filter(|(_, t)| now.duration_since(**t) > ttl).map(|(k, _)| k.clone()).collect();
                for k in stale {
                    let _ = std::fs::remove_file(d.dir.join(format!("{k}.jwt")));
                    cached.remove(&k);
                }
            }
            while !cached.contains_key(key) && d.limit > 0 && cached.len() >= d.limit {
                let Some(oldest) = cached.iter().min_by_key(|(_, t)| **t).map(|(k, _)| k.clone()) else { break };
                let _ = std::fs::remove_file(d.dir.join(format!("{oldest}.jwt")));
                cached.remove(&oldest);
            }
            cached.insert(key.to_string(), now);
        }
        write_jwt(&d.dir, key, token)
    }

    /// Every trusted account JWT's claims, by public key.
    pub fn all(&self) -> BTreeMap<String, AccountClaims> {
        self.accounts.read().unwrap_or_else(|e| e.into_inner()).iter().map(|(k, (_, c))| (k.clone(), c.clone())).collect()
    }

    /// `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP`: the stored JWT (`None`: no such account,
    /// answered with an empty message).
    pub fn lookup(&self, key: &str) -> Option<String> {
        if let Some(d) = &self.dir {
            if !jwt::is_public_key(key, 'A') {
                return None;
            }
            return std::fs::read_to_string(d.dir.join(format!("{key}.jwt"))).ok().filter(|t| !t.is_empty());
        }
        self.accounts.read().unwrap_or_else(|e| e.into_inner()).get(key).map(|(t, _)| t.clone())
    }

    /// `$SYS.REQ.CLAIMS.LIST`: the stored accounts' keys.
    pub fn list(&self) -> Vec<String> {
        self.pack().into_iter().map(|(k, _)| k).collect()
    }

    /// `$SYS.REQ.CLAIMS.PACK`: every stored (key, JWT), expired ones left out.
    pub fn pack(&self) -> Vec<(String, String)> {
        let stored: Vec<(String, String)> = match &self.dir {
            Some(d) => crate::options::operator::read_jwt_dir(&d.dir).unwrap_or_default(),
            None => self.accounts.read().unwrap_or_else(|e| e.into_inner()).iter().map(|(k, (t, _))| (k.clone(), t.clone())).collect(),
        };
        let now = jwt::now();
        stored
            .into_iter()
            .filter(|(_, t)| GenericClaims::decode(t).map_or(true, |c| c.claims.expires == 0 || c.claims.expires >= now))
            .collect()
    }

    /// nats-server's `DirJWTStore.Hash`: the XOR of every stored JWT's SHA-256 (a pack
    /// request carrying the same hash gets no JWTs back).
    pub fn hash(&self) -> [u8; 32] {
        use sha2::Digest;
        let mut hash = [0u8; 32];
        for (_, token) in self.pack() {
            for (h, b) in hash.iter_mut().zip(sha2::Sha256::digest(token.as_bytes())) {
                *h ^= b;
            }
        }
        hash
    }

    /// An update of an account JWT: on `$SYS.REQ.CLAIMS.UPDATE` (`subject_key` None) or
    /// `$SYS.REQ.ACCOUNT.<key>.CLAIMS.UPDATE`, checked in nats-server's order. On success
    /// the new claims are in force here (and on disk); `Ok` carries them (and those they
    /// replaced) for the server to apply, `Err` the answer to give.
    pub fn update(&self, token: &[u8], subject_key: Option<&str>) -> Result<(Outcome, AccountClaims, Option<AccountClaims>), Outcome> {
        let cache = self.dir.as_ref().is_some_and(|d| d.cache);
        let failed = if cache { "jwt update cache resulted in error" } else { "jwt update resulted in error" };
        let updated = if cache { "jwt updated cache" } else { "jwt updated" };
        let text = std::str::from_utf8(token).unwrap_or_default().trim();
        let reported = subject_key.unwrap_or("n/a");
        if self.dir.is_none() && text.is_empty() {
            return Err(Outcome::failed(reported, "jwt update error", "request body is empty"));
        }
        let claims = AccountClaims::decode(text).map_err(|e| Outcome::failed(reported, failed, e))?;
        let account = claims.claims.subject.clone();
        // nats-server's `claimValidate` blocks on structural faults only: an expired
        // JWT is stored (its account is then expired, its clients cut off).
        match crate::options::operator::check_account(&claims) {
            Ok(()) => {}
            Err(crate::options::operator::BadAccount::Decode(e)) => return Err(Outcome::failed(reported, failed, e)),
            Err(crate::options::operator::BadAccount::Invalid(errors)) => {
                let validation = if cache { "jwt update cache validation failed" } else { "jwt validation failed" };
                return Err(Outcome::failed(&account, validation, format!("validation errors: [{}]", errors.join(" "))));
            }
        }
        if let Some(key) = subject_key.filter(|k| *k != account) {
            return Err(Outcome::failed(key, failed, "subject does not match jwt content"));
        }
        if self.strict_operator.as_deref() == Some(claims.claims.issuer.as_str()) {
            return Err(Outcome::failed(&account, failed, "operator requires issuer to be a signing key"));
        }
        // nats-server stores a JWT no trusted key issued (its users are refused later);
        // natsx refuses it here, so the store holds only what the server will use.
        let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
        if (self.dir.is_none() || cache) && !accounts.contains_key(&account) {
            // The memory resolver and the cache update only accounts they have
            // (nats-server's `accountClaimUpdate` and `CacheDirAccResolver`).
            let skipped = if cache { "jwt update cache skipped" } else { "jwt update skipped" };
            return Err(Outcome::ok(&account, skipped));
        }
        if !self.trusted.contains(&claims.claims.issuer) {
            return Err(Outcome::failed(&account, failed, format!("issuer {} is not trusted", claims.claims.issuer)));
        }
        if let Some((_, current)) = accounts.get(&account) {
            if current.claims.issued_at > claims.claims.issued_at {
                return Err(Outcome::failed(&account, failed, "the stored jwt is newer"));
            }
        }
        if let Some(d) = self.dir.as_ref().filter(|d| !d.cache) {
            if d.limit > 0 && !accounts.contains_key(&account) && accounts.len() >= d.limit {
                return Err(Outcome::failed(&account, failed, "jwt store is full"));
            }
        }
        self.write(&account, text).map_err(|e| Outcome::failed(&account, failed, e.to_string()))?;
        let previous = accounts.insert(account.clone(), (text.to_string(), claims.clone())).map(|(_, c)| c);
        Ok((Outcome::ok(&account, updated), claims, previous))
    }

    /// `$SYS.REQ.CLAIMS.DELETE`: a generic JWT the operator (or a signing key of it)
    /// signed about itself, listing `nats.accounts`. `Ok` carries the accounts removed.
    pub fn delete(&self, token: &[u8]) -> Result<(Outcome, Vec<String>), Outcome> {
        let text = std::str::from_utf8(token).unwrap_or_default().trim();
        let request = GenericClaims::decode(text);
        let subject = request.as_ref().map(|r| r.claims.subject.clone()).unwrap_or_default();
        let fail = |e: &str| Outcome::failed("", &format!("delete accounts request by {subject} failed"), e);
        let request = request.map_err(|e| fail(&e))?;
        let Some(d) = &self.dir else { return Err(fail("delete must be enabled in server config")) };
        if !d.allow_delete {
            return Err(fail("delete must be enabled in server config"));
        }
        if request.claims.subject != request.claims.issuer {
            return Err(fail("not self signed"));
        }
        if !self.operator_keys.contains(&request.claims.issuer) {
            return Err(fail("not trusted"));
        }
        let Some(list) = request.nats.get("accounts").and_then(|a| a.as_array()) else { return Err(fail("malformed request")) };
        let mut keys = Vec::new();
        for entry in list {
            match entry.as_str() {
                Some(key) if jwt::is_public_key(key, 'A') => {
                    if self.system.as_deref() == Some(key) {
                        return Err(fail("not allowed to delete system account"));
                    }
                    keys.push(key.to_string());
                }
                _ => return Err(fail("malformed request")),
            }
        }
        let mut errors = Vec::new();
        let mut accounts = self.accounts.write().unwrap_or_else(|e| e.into_inner());
        for key in &keys {
            let path = d.dir.join(format!("{key}.jwt"));
            let done = if d.hard_delete { std::fs::remove_file(&path) } else { std::fs::rename(&path, path.with_extension("jwt.deleted")) };
            match done {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    errors.push(e.to_string());
                    continue;
                }
            }
            accounts.remove(key);
        }
        let passed = keys.len() - errors.len();
        if errors.is_empty() {
            Ok((Outcome::ok("", &format!("deleted {passed} accounts")), keys))
        } else {
            Err(Outcome::failed("", &format!("deleted {passed} accounts, failed for {}", errors.len()), errors.join("\n")))
        }
    }
}

fn create_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir)
}

/// Writes `<dir>/<key>.jwt` whole: a temporary file, synced, renamed over the old one,
/// and the directory synced. When the directory takes no new files (read-only, or
/// immutable) an existing file is rewritten in place and synced, as nats-server writes
/// it; errors name the path.
fn write_jwt(dir: &Path, key: &str, token: &str) -> std::io::Result<()> {
    let path: PathBuf = dir.join(format!("{key}.jwt"));
    let named = |e: std::io::Error| std::io::Error::new(e.kind(), format!("{}: {e}", path.display()));
    match write_replacing(dir, key, token, &path) {
        Err(e) if path.exists() && (e.kind() == std::io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(libc::EPERM)) => {
            let mut file = std::fs::OpenOptions::new().write(true).truncate(true).open(&path).map_err(named)?;
            file.write_all(token.as_bytes()).map_err(named)?;
            file.sync_all().map_err(named)
        }
        other => other.map_err(named),
    }
}

fn write_replacing(dir: &Path, key: &str, token: &str, path: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let tmp = dir.join(format!(".{key}.jwt.tmp"));
    let mut file = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(&tmp)?;
    file.write_all(token.as_bytes())?;
    file.sync_all()?;
    std::fs::rename(&tmp, path)?;
    std::fs::File::open(dir)?.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;
    use natsx_common::jwt::{Operator, OperatorClaims};

    struct Keys {
        operator: nkeys::KeyPair,
        settings: OperatorSettings,
    }

    fn keys(dir: Option<&Path>) -> Keys {
        let operator = nkeys::KeyPair::new_operator();
        let mut claims: OperatorClaims = jwt::Claims::<Operator>::new(&operator.public_key());
        claims.encode(&operator).unwrap();
        let settings = OperatorSettings {
            operators: vec![claims],
            trusted_keys: vec![operator.public_key()],
            resolver: match dir {
                Some(d) => Resolver::Full(DirResolver {
                    dir: d.to_path_buf(),
                    allow_delete: true,
                    hard_delete: false,
                    limit: 0,
                    cache: false,
                    ttl: None,
                    timeout: crate::options::operator::DEFAULT_FETCH_TIMEOUT,
                }),
                None => Resolver::Memory,
            },
            ..Default::default()
        };
        Keys { operator, settings }
    }

    fn account_jwt(signer: &nkeys::KeyPair, account: &nkeys::KeyPair) -> String {
        AccountClaims::new(&account.public_key()).encode(signer).unwrap()
    }

    #[test]
    fn updates_are_checked_stored_and_kept_newest() {
        let dir = std::env::temp_dir().join(format!("natsx-resolver-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let k = keys(Some(&dir));
        let resolver = AccountResolver::open(&k.settings, None).unwrap();
        let a = nkeys::KeyPair::new_account();
        let token = account_jwt(&k.operator, &a);
        let (outcome, claims, _) = resolver.update(token.as_bytes(), None).unwrap();
        assert_eq!(outcome.message, "jwt updated");
        assert_eq!(claims.claims.subject, a.public_key());
        assert_eq!(resolver.lookup(&a.public_key()).as_deref(), Some(token.as_str()));
        assert_eq!(std::fs::read_to_string(dir.join(format!("{}.jwt", a.public_key()))).unwrap(), token);
        assert_eq!(resolver.list(), vec![a.public_key()]);

        let garbage = resolver.update(b"garbage", None).unwrap_err();
        assert_eq!(garbage.body()["error"]["description"], "jwt update resulted in error - expected 3 chunks");
        assert_eq!(garbage.account, "n/a");
        let stranger = account_jwt(&nkeys::KeyPair::new_operator(), &nkeys::KeyPair::new_account());
        assert!(resolver.update(stranger.as_bytes(), None).unwrap_err().error.unwrap().contains("not trusted"));
        let other = nkeys::KeyPair::new_account().public_key();
        let mismatch = resolver.update(token.as_bytes(), Some(&other)).unwrap_err();
        assert_eq!(mismatch.error.as_deref(), Some("subject does not match jwt content"));
        assert_eq!(mismatch.account, other);

        // Reopened, the directory's JWT is what the resolver has.
        let mut settings = k.settings.clone();
        crate::options::operator::read_jwt_dir(&dir).unwrap().into_iter().for_each(|(key, t)| {
            settings.accounts.insert(key.clone(), AccountClaims::decode(&t).unwrap());
            settings.account_jwts.insert(key, t);
        });
        let reopened = AccountResolver::open(&settings, None).unwrap();
        assert!(reopened.claims(&a.public_key()).is_some());

        // Delete: only the operator, about itself; renamed to .deleted.
        let mut request = GenericClaims { nats: serde_json::json!({"accounts": [a.public_key()]}), ..Default::default() };
        request.claims.subject = k.operator.public_key();
        let by_operator = request.encode(&k.operator).unwrap();
        let (done, removed) = reopened.delete(by_operator.as_bytes()).unwrap();
        assert_eq!(done.message, "deleted 1 accounts");
        assert_eq!(removed, vec![a.public_key()]);
        assert!(dir.join(format!("{}.jwt.deleted", a.public_key())).exists());
        assert!(reopened.claims(&a.public_key()).is_none());
        let by_account = request.encode(&a).unwrap();
        assert!(reopened.delete(by_account.as_bytes()).unwrap_err().error.unwrap().contains("not self signed"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_memory_resolver_updates_only_accounts_it_has() {
        let k = keys(None);
        let resolver = AccountResolver::open(&k.settings, None).unwrap();
        let token = account_jwt(&k.operator, &nkeys::KeyPair::new_account());
        let skipped = resolver.update(token.as_bytes(), None).unwrap_err();
        assert_eq!((skipped.message.as_str(), skipped.error.is_none()), ("jwt update skipped", true));
        assert_eq!(resolver.update(b"", Some("A")).unwrap_err().error.as_deref(), Some("request body is empty"));
        assert!(resolver.delete(b"x").is_err());
    }
}
