//! Publish and subscribe permissions: allow and deny lists of subject patterns.
//!
//! nats-server semantics: with an allow list only matching subjects pass; a deny list
//! always wins over allow. A subscription to a wildcard is refused when it is not
//! inside the allow list, and when it matches a deny entry exactly or is contained in
//! one; a wildcard subscription that merely overlaps a deny entry is allowed, and the
//! overlapping messages are filtered at delivery.

use crate::subject;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubjectPermission {
    pub allow: Option<Vec<String>>,
    pub deny: Vec<String>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Permissions {
    pub publish: Option<SubjectPermission>,
    pub subscribe: Option<SubjectPermission>,
    /// `allow_responses`: the user may publish to reply subjects of requests it received.
    pub allow_responses: Option<ResponsePermission>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ResponsePermission {
    pub max: usize,
    pub expires: std::time::Duration,
}

impl SubjectPermission {
    /// May a message be published to (or delivered from) this literal subject?
    pub fn allows_literal(&self, subject: &[u8]) -> bool {
        if let Some(allow) = &self.allow {
            if !allow.iter().any(|p| subject::matches(p.as_bytes(), subject)) {
                return false;
            }
        }
        !self.deny.iter().any(|p| subject::matches(p.as_bytes(), subject))
    }

    /// May a subscription to this (possibly wildcard) subject be made?
    pub fn allows_subscription(&self, pattern: &[u8]) -> bool {
        if let Some(allow) = &self.allow {
            if !allow.iter().any(|p| subject::is_subset(pattern, p.as_bytes())) {
                return false;
            }
        }
        !self.deny.iter().any(|p| subject::is_subset(pattern, p.as_bytes()))
    }

    /// True when some deny entry overlaps this pattern, so deliveries need a check.
    pub fn deny_overlaps(&self, pattern: &[u8]) -> bool {
        self.deny.iter().any(|p| subject::patterns_intersect(pattern, p.as_bytes()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn perm(allow: Option<&[&str]>, deny: &[&str]) -> SubjectPermission {
        SubjectPermission {
            allow: allow.map(|a| a.iter().map(|s| s.to_string()).collect()),
            deny: deny.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn allow_and_deny() {
        let p = perm(Some(&["foo.>"]), &["foo.secret"]);
        assert!(p.allows_literal(b"foo.bar"));
        assert!(!p.allows_literal(b"bar"));
        assert!(!p.allows_literal(b"foo.secret"));
        assert!(p.allows_subscription(b"foo.*"));
        assert!(!p.allows_subscription(b">"));
        let d = perm(None, &["secret.>"]);
        assert!(!d.allows_subscription(b"secret.x"));
        assert!(d.allows_subscription(b">"));
        assert!(d.deny_overlaps(b">"));
    }
}
