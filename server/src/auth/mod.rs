//! Authentication and authorization of client connections.
//!
//! Configured credentials (a token, one user/password, a users list, NKey users, users
//! inside accounts) are checked against CONNECT; a user's account decides which routing
//! namespace the connection joins, and its permissions are compiled into a
//! `Permissions` checked on every publish and subscribe.
//!
//! NKey users (nats-server's `nkey: U...`): when any is configured, each connection's
//! INFO carries a `nonce` (11 random bytes, base64url without padding, as nats-server
//! makes it), and CONNECT must carry the user's public key (`nkey`) and the Ed25519
//! signature of the nonce (`sig`, base64url or standard base64). A missing, malformed or
//! wrong signature is an authorization violation, as in nats-server.

pub mod operator;

use std::collections::HashMap;

use crate::options::accounts::User;
use crate::permissions::Permissions;

use crate::info::Connect;
use crate::options::Options;

/// The configured credentials, built from the options (and rebuilt on reload).
pub struct Authenticator {
    token: Option<String>,
    users: HashMap<String, User>,
    /// NKey users, by public key.
    nkeys: HashMap<String, User>,
    no_auth_user: Option<String>,
    required: bool,
    /// Operator mode: users are JWTs, not configured.
    operator: Option<operator::OperatorAuth>,
}

/// Who a CONNECT authenticated as: the user's name, its account (`None` is the global
/// account) and its permissions; for a JWT user also when it expires, its own limits and
/// its name.
#[derive(Default)]
pub struct Identity {
    pub user: String,
    pub account: Option<String>,
    pub permissions: Option<Permissions>,
    /// When the connection must end (`User Authentication Expired`).
    pub expires: Option<std::time::SystemTime>,
    pub max_subscriptions: Option<usize>,
    pub max_payload: Option<usize>,
    /// The account JWT's `name` (nats-server's name tag).
    pub name_tag: String,
    /// The key that issued the user JWT (the account or its signing key).
    pub issuer_key: String,
}

impl Authenticator {
    /// Collects every configured user (the single `--user`, `authorization.users`,
    /// and users inside accounts). `account_exists` says which account names exist;
    /// `resolver` holds operator mode's account JWTs.
    pub fn new(
        opts: &Options,
        account_exists: &dyn Fn(&str) -> bool,
        resolver: Option<std::sync::Arc<crate::resolver::AccountResolver>>,
    ) -> Result<Authenticator, String> {
        let (mut users, mut nkeys) = (HashMap::new(), HashMap::new());
        let single = opts.username.iter().map(|u| User {
            name: u.clone(),
            password: opts.password.clone().unwrap_or_default(),
            ..Default::default()
        });
        for u in opts.users.iter().cloned().chain(opts.accounts.iter().flat_map(|a| a.users.iter().cloned())).chain(single) {
            if let Some(acc) = &u.account {
                if !account_exists(acc) {
                    return Err(format!("user \"{}\" references unknown account \"{acc}\"", u.name));
                }
            }
            if u.nkey {
                nkeys.insert(u.name.clone(), u);
            } else {
                users.insert(u.name.clone(), u);
            }
        }
        let (token, no_auth_user, required) = (opts.token.clone(), opts.no_auth_user.clone(), opts.auth_required());
        let operator = resolver.filter(|_| opts.operator.active()).map(operator::OperatorAuth::new);
        Ok(Authenticator { token, users, nkeys, no_auth_user, required: required || operator.is_some(), operator })
    }

    /// The user a client certificate names (`verify_and_map`: its e-mail, DNS and URI
    /// names, then its subject); `None` when it names no configured user.
    pub fn authenticate_by_certificate(&self, cert: &crate::tls::CertIdentity, connection_type: &str) -> Option<Identity> {
        let candidates = cert.names.iter().filter_map(|n| self.users.get(n));
        let user = candidates.chain(self.users.values().filter(|u| cert.matches(&u.name))).find(|u| u.allows(connection_type))?;
        Some(Identity {
            user: user.name.clone(),
            account: user.account.clone(),
            permissions: user.permissions.clone(),
            ..Default::default()
        })
    }

    /// True when credentials are configured and a `no_auth_user` stands in for clients
    /// that send none.
    pub fn default_user_configured(&self) -> bool {
        self.required && self.no_auth_user.is_some()
    }

    /// True when INFO must carry a nonce for clients to sign (NKey users exist, or
    /// operator mode).
    pub fn nonce_required(&self) -> bool {
        !self.nkeys.is_empty() || self.operator.is_some()
    }

    /// True when a client must send CONNECT with credentials before anything else.
    pub fn requires_connect(&self) -> bool {
        self.required && self.no_auth_user.is_none()
    }

    /// Checks CONNECT credentials; `nonce` is the one this connection's INFO carried.
    /// `None` is an authorization violation.
    /// `connection_type` is `STANDARD` or `WEBSOCKET` (for `allowed_connection_types`).
    /// `client_ip` is checked against a JWT user's `src`. `Err` holds the reason to log
    /// (at debug level, as nats-server), empty when there is nothing to add.
    pub fn authenticate(
        &self,
        c: &Connect,
        nonce: Option<&str>,
        connection_type: &str,
        client_ip: Option<std::net::IpAddr>,
    ) -> Result<Identity, String> {
        match &self.operator {
            Some(operator) => operator.authenticate(c, nonce, connection_type, client_ip),
            None => self.authenticate_configured(c, nonce, connection_type).ok_or_default(),
        }
    }

    /// `authenticate` against the configured users.
    fn authenticate_configured(&self, c: &Connect, nonce: Option<&str>, connection_type: &str) -> Option<Identity> {
        let anonymous = Identity::default;
        if !self.required {
            return Some(anonymous());
        }
        let as_user = |u: &User| Identity {
            user: u.name.clone(),
            account: u.account.clone(),
            permissions: u.permissions.clone(),
            ..Default::default()
        };
        if let Some(token) = &self.token {
            if !c.auth_token.is_empty() {
                return secret_matches(token, &c.auth_token).then(anonymous);
            }
        }
        // NKey users first, as nats-server checks them (the no_auth_user may be one, and
        // then needs no signature).
        if !self.nkeys.is_empty() {
            let anonymous_connect = c.user.is_empty() && c.pass.is_empty() && c.auth_token.is_empty() && c.nkey.is_empty();
            let default = self.no_auth_user.as_ref().filter(|n| anonymous_connect && self.nkeys.contains_key(*n));
            if let Some(user) = default.and_then(|n| self.nkeys.get(n)).filter(|u| u.allows(connection_type)) {
                return Some(as_user(user));
            }
            if !c.nkey.is_empty() {
                let user = self.nkeys.get(&c.nkey).filter(|u| u.allows(connection_type))?;
                return signed(&c.nkey, &c.sig, nonce?).then(|| as_user(user));
            }
        }
        if !c.user.is_empty() {
            let user = self.users.get(&c.user).filter(|u| u.allows(connection_type))?;
            return secret_matches(&user.password, &c.pass).then(|| as_user(user));
        }
        if c.auth_token.is_empty() && c.nkey.is_empty() && c.jwt.is_empty() {
            if let Some(user) = self.no_auth_user.as_ref().and_then(|n| self.users.get(n)).filter(|u| u.allows(connection_type)) {
                return Some(as_user(user));
            }
        }
        None
    }
}

trait OkOrDefault<T> {
    fn ok_or_default(self) -> Result<T, String>;
}

impl<T> OkOrDefault<T> for Option<T> {
    fn ok_or_default(self) -> Result<T, String> {
        self.ok_or_else(String::new)
    }
}

/// A fresh nonce for INFO (nats-server's `generateNonce`: 11 random bytes, base64url
/// without padding, 15 characters).
pub fn new_nonce() -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(rand::random::<[u8; 11]>())
}

/// Is `sig` (base64url without padding, or standard base64, as nats-server takes it)
/// `public_key`'s Ed25519 signature of `nonce`?
fn signed(public_key: &str, sig: &str, nonce: &str) -> bool {
    use base64::Engine;
    let decoded =
        base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(sig).or_else(|_| base64::engine::general_purpose::STANDARD.decode(sig));
    let (Ok(sig), Ok(key)) = (decoded, nkeys::KeyPair::from_public_key(public_key)) else { return false };
    key.verify(nonce.as_bytes(), &sig).is_ok()
}

/// True when `given` matches the configured `expected` secret, which may be a bcrypt hash.
pub fn secret_matches(expected: &str, given: &str) -> bool {
    if is_bcrypt(expected) {
        // bcrypt is deliberately slow (tens of ms): on a server worker thread, let the
        // runtime move other connections elsewhere while it runs.
        let verify = || bcrypt::verify(given, expected).unwrap_or(false);
        return match tokio::runtime::Handle::try_current() {
            Ok(h) if h.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => tokio::task::block_in_place(verify),
            _ => verify(),
        };
    }
    constant_time_eq(expected.as_bytes(), given.as_bytes())
}

pub fn is_bcrypt(s: &str) -> bool {
    s.starts_with("$2a$") || s.starts_with("$2b$") || s.starts_with("$2y$") || s.starts_with("$2x$")
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nkey_signatures_of_the_nonce() {
        let user = nkeys::KeyPair::new_user();
        let nonce = new_nonce();
        assert_eq!(nonce.len(), 15);
        use base64::Engine;
        let sig = user.sign(nonce.as_bytes()).unwrap();
        let url = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&sig);
        let std = base64::engine::general_purpose::STANDARD.encode(&sig);
        assert!(signed(&user.public_key(), &url, &nonce));
        assert!(signed(&user.public_key(), &std, &nonce), "standard base64 too, as nats-server");
        assert!(!signed(&user.public_key(), &url, "another nonce"));
        assert!(!signed(&nkeys::KeyPair::new_user().public_key(), &url, &nonce), "another key");
        assert!(!signed(&user.public_key(), "not base64!", &nonce));
        assert!(!signed(&user.public_key(), "", &nonce));
    }

    #[test]
    fn plain_and_bcrypt_secrets() {
        assert!(secret_matches("pw", "pw"));
        assert!(!secret_matches("pw", "px"));
        let hash = bcrypt::hash("pw", 4).unwrap();
        assert!(secret_matches(&hash, "pw"));
        assert!(!secret_matches(&hash, "nope"));
    }
}
