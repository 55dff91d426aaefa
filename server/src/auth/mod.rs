//! Authentication and authorization of client connections.
//!
//! Configured credentials (a token, one user/password, a users list, users inside
//! accounts) are checked against CONNECT; a user's account decides which routing
//! namespace the connection joins, and its permissions are compiled into a
//! `Permissions` checked on every publish and subscribe.

pub mod permissions;

pub use permissions::{Permissions, SubjectPermission};

/// A configured user.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct User {
    pub name: String,
    /// Plain text, or a bcrypt hash (`$2a$`, `$2b$`, `$2y$`).
    pub password: String,
    pub permissions: Option<Permissions>,
    /// Account this user belongs to; `None` is the global account.
    pub account: Option<String>,
}

/// An account declared in the `accounts {}` block.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct AccountConfig {
    pub name: String,
    pub users: Vec<User>,
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
