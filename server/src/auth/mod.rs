//! Authentication and authorization of client connections.
//!
//! Configured credentials (a token, one user/password, a users list, users inside
//! accounts) are checked against CONNECT; a user's account decides which routing
//! namespace the connection joins, and its permissions are compiled into a
//! `Permissions` checked on every publish and subscribe.

use std::collections::HashMap;

use crate::options::accounts::User;
use crate::permissions::Permissions;

use crate::info::Connect;
use crate::options::Options;

/// The configured credentials, built from the options (and rebuilt on reload).
pub struct Authenticator {
    token: Option<String>,
    users: HashMap<String, User>,
    no_auth_user: Option<String>,
    required: bool,
}

/// Who a CONNECT authenticated as: the user's name, its account (`None` is the global
/// account) and its permissions.
pub struct Identity {
    pub user: String,
    pub account: Option<String>,
    pub permissions: Option<Permissions>,
}

impl Authenticator {
    /// Collects every configured user (the single `--user`, `authorization.users`,
    /// and users inside accounts). `accounts` are the names that exist.
    pub fn new<V>(opts: &Options, accounts: &HashMap<String, V>) -> Result<Authenticator, String> {
        let mut users = HashMap::new();
        let single = opts.username.iter().map(|u| User {
            name: u.clone(),
            password: opts.password.clone().unwrap_or_default(),
            ..Default::default()
        });
        for u in opts.users.iter().cloned().chain(opts.accounts.iter().flat_map(|a| a.users.iter().cloned())).chain(single) {
            if let Some(acc) = &u.account {
                if !accounts.contains_key(acc) {
                    return Err(format!("user \"{}\" references unknown account \"{acc}\"", u.name));
                }
            }
            users.insert(u.name.clone(), u);
        }
        Ok(Authenticator { token: opts.token.clone(), users, no_auth_user: opts.no_auth_user.clone(), required: opts.auth_required() })
    }

    /// True when a client must send CONNECT with credentials before anything else.
    pub fn requires_connect(&self) -> bool {
        self.required && self.no_auth_user.is_none()
    }

    /// Checks CONNECT credentials. `None` is an authorization violation.
    pub fn authenticate(&self, c: &Connect) -> Option<Identity> {
        let anonymous = || Identity { user: String::new(), account: None, permissions: None };
        if !self.required {
            return Some(anonymous());
        }
        let as_user = |u: &User| Identity { user: u.name.clone(), account: u.account.clone(), permissions: u.permissions.clone() };
        if let Some(token) = &self.token {
            if !c.auth_token.is_empty() {
                return secret_matches(token, &c.auth_token).then(anonymous);
            }
        }
        if !c.user.is_empty() {
            let user = self.users.get(&c.user).filter(|u| u.allows_standard_connections())?;
            return secret_matches(&user.password, &c.pass).then(|| as_user(user));
        }
        if c.auth_token.is_empty() && c.nkey.is_empty() && c.jwt.is_empty() {
            if let Some(user) = self.no_auth_user.as_ref().and_then(|n| self.users.get(n)).filter(|u| u.allows_standard_connections()) {
                return Some(as_user(user));
            }
        }
        None
    }
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
    fn plain_and_bcrypt_secrets() {
        assert!(secret_matches("pw", "pw"));
        assert!(!secret_matches("pw", "px"));
        let hash = bcrypt::hash("pw", 4).unwrap();
        assert!(secret_matches(&hash, "pw"));
        assert!(!secret_matches(&hash, "nope"));
    }
}
