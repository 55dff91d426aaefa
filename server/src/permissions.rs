//! Publish and subscribe permissions: allow and deny lists of subject patterns, and
//! `allow_responses`.
//!
//! nats-server semantics:
//! - With an allow list only matching subjects pass; a deny list always wins over allow.
//! - A subscription to a wildcard is refused when it is not inside the allow list, and
//!   when it matches a deny entry exactly or is contained in one; a wildcard
//!   subscription that merely overlaps a deny entry is allowed, and the overlapping
//!   messages are filtered at delivery.
//! - Subscribe entries may name a queue group (`"orders.* workers"`): an allow entry
//!   with a queue admits only that queue (wildcards allowed in the queue name), a deny
//!   entry with a queue refuses only that queue, and filters deliveries to it.
//! - `allow_responses` lets a user publish to the reply subject of a request it
//!   received, at most `max` times within `expires`. A user with responses allowed and
//!   no publish allow list may publish nothing else (nats-server turns the blanket
//!   allow off).

use std::time::Duration;

use natsx_common::subject;

/// One permission entry: a subject pattern, and for subscribe entries an optional
/// queue group (`"subject queue"` in the config file).
#[derive(Clone, Debug, PartialEq)]
pub struct PermissionSubject {
    pub subject: String,
    pub queue: Option<String>,
}

impl PermissionSubject {
    pub fn plain(subject: &str) -> PermissionSubject {
        PermissionSubject { subject: subject.to_string(), queue: None }
    }

    /// Parses a config entry: `subject`, or `subject queue` where queues are allowed.
    /// Errors are nats-server's texts.
    pub fn parse(entry: &str, queue_allowed: bool) -> Result<PermissionSubject, String> {
        if subject::is_valid_subscribe(entry.as_bytes()) {
            return Ok(PermissionSubject::plain(entry));
        }
        let fields: Vec<&str> = entry.split_whitespace().collect();
        if !queue_allowed || fields.len() != 2 {
            return Err(format!("subject {entry:?} is not a valid subject"));
        }
        if !subject::is_valid_subscribe(fields[0].as_bytes()) {
            return Err(format!("subject {:?} is not a valid subject", fields[0]));
        }
        if !subject::is_valid_subscribe(fields[1].as_bytes()) {
            return Err(format!("queue {:?} is not a valid queue", fields[1]));
        }
        Ok(PermissionSubject { subject: fields[0].to_string(), queue: Some(fields[1].to_string()) })
    }

    /// True when `queue` is this entry's queue, or inside it when it is a wildcard.
    fn admits_queue(&self, queue: &[u8]) -> bool {
        self.queue
            .as_deref()
            .is_some_and(|q| q.as_bytes() == queue || (subject::has_wildcard(q.as_bytes()) && subject::is_subset(queue, q.as_bytes())))
    }
}

impl std::fmt::Display for PermissionSubject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.queue {
            Some(q) => write!(f, "{} {}", self.subject, q),
            None => f.write_str(&self.subject),
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct SubjectPermission {
    /// `None`: no allow list, everything not denied passes. `Some(empty)`: nothing passes.
    pub allow: Option<Vec<PermissionSubject>>,
    pub deny: Vec<PermissionSubject>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Permissions {
    pub publish: Option<SubjectPermission>,
    pub subscribe: Option<SubjectPermission>,
    /// `allow_responses`: the user may publish to reply subjects of requests it received.
    pub allow_responses: Option<ResponsePermission>,
}

/// How often, and for how long, a request's reply subject may be published to.
#[derive(Clone, Debug, PartialEq)]
pub struct ResponsePermission {
    /// Responses per request; `None` is unlimited (a negative `max` in the config).
    pub max: Option<usize>,
    /// How long after delivery of the request; `None` never expires (a negative `expires`).
    pub expires: Option<Duration>,
}

impl ResponsePermission {
    /// nats-server's `DEFAULT_ALLOW_RESPONSE_MAX_MSGS` and `DEFAULT_ALLOW_RESPONSE_EXPIRATION`.
    pub const DEFAULT: ResponsePermission = ResponsePermission { max: Some(1), expires: Some(Duration::from_secs(120)) };
}

impl Permissions {
    /// nats-server's `publicPermissions` as JSON (`$SYS.REQ.USER.INFO`): `publish` and
    /// `subscribe` always (`{}` when unrestricted), entries as configured (`"subject
    /// queue"` for a queue entry), `responses` with `max` and `ttl` (nanoseconds) when
    /// responses are allowed (-1 is unlimited).
    pub fn public_json(&self) -> serde_json::Value {
        let side = |p: &Option<SubjectPermission>| {
            let mut out = serde_json::Map::new();
            if let Some(p) = p {
                if let Some(allow) = p.allow.as_ref().filter(|a| !a.is_empty()) {
                    out.insert("allow".into(), allow.iter().map(|e| e.to_string()).collect());
                }
                if !p.deny.is_empty() {
                    out.insert("deny".into(), p.deny.iter().map(|e| e.to_string()).collect());
                }
            }
            serde_json::Value::Object(out)
        };
        let mut out = serde_json::json!({ "publish": side(&self.publish), "subscribe": side(&self.subscribe) });
        if let Some(r) = &self.allow_responses {
            let max = r.max.map_or(-1, |m| m as i64);
            let ttl = r.expires.map_or(-1, |d| d.as_nanos() as i64);
            out["responses"] = serde_json::json!({ "max": max, "ttl": ttl });
        }
        out
    }
}

impl SubjectPermission {
    /// A permission with only plain subjects (tests, and callers building one by hand).
    pub fn new(allow: Option<&[&str]>, deny: &[&str]) -> SubjectPermission {
        SubjectPermission {
            allow: allow.map(|a| a.iter().map(|s| PermissionSubject::plain(s)).collect()),
            deny: deny.iter().map(|s| PermissionSubject::plain(s)).collect(),
        }
    }

    /// May a message be published to this literal subject?
    pub fn allows_literal(&self, subject: &[u8]) -> bool {
        if let Some(allow) = &self.allow {
            if !allow.iter().any(|p| p.queue.is_none() && subject::matches(p.subject.as_bytes(), subject)) {
                return false;
            }
        }
        !self.deny.iter().any(|p| p.queue.is_none() && subject::matches(p.subject.as_bytes(), subject))
    }

    /// May a message on this literal subject be delivered to a subscription in `queue`
    /// (`None` for a plain subscription)? Only deny entries apply at delivery.
    pub fn allows_delivery(&self, subject: &[u8], queue: Option<&[u8]>) -> bool {
        !self.deny.iter().any(|p| {
            subject::matches(p.subject.as_bytes(), subject)
                && match (&p.queue, queue) {
                    (None, _) => true,
                    (Some(_), Some(q)) => p.admits_queue(q),
                    (Some(_), None) => false,
                }
        })
    }

    /// May a subscription to this (possibly wildcard) subject, in `queue`, be made?
    pub fn allows_subscription(&self, pattern: &[u8], queue: Option<&[u8]>) -> bool {
        if let Some(allow) = &self.allow {
            let covering = || allow.iter().filter(|p| subject::is_subset(pattern, p.subject.as_bytes()));
            let plain = covering().any(|p| p.queue.is_none());
            let queued: Vec<&PermissionSubject> = covering().filter(|p| p.queue.is_some()).collect();
            let allowed = match queue {
                // nats-server: when entries name queues for this subject, the queue decides.
                Some(q) if !queued.is_empty() => queued.iter().any(|p| p.admits_queue(q)),
                _ => plain,
            };
            if !allowed {
                return false;
            }
        }
        // Denied when the subscription lies inside a deny entry, or when the deny entry
        // matches its subject read literally (nats-server's test: `foo.*` denies a
        // subscription to `foo.>`).
        !self.deny.iter().any(|p| {
            (subject::is_subset(pattern, p.subject.as_bytes()) || subject::matches(p.subject.as_bytes(), pattern))
                && match (&p.queue, queue) {
                    (None, _) => true,
                    (Some(_), Some(q)) => p.admits_queue(q),
                    (Some(_), None) => false,
                }
        })
    }

    /// True when some deny entry overlaps this subscription, so its deliveries need a
    /// check: a wildcard that intersects a deny entry, or a queue subscription that a
    /// queue-qualified deny entry may name.
    pub fn deny_overlaps(&self, pattern: &[u8], queue: Option<&[u8]>) -> bool {
        self.deny.iter().any(|p| subject::patterns_intersect(pattern, p.subject.as_bytes()) && (p.queue.is_none() || queue.is_some()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn queued(entries: &[&str]) -> Vec<PermissionSubject> {
        entries.iter().map(|e| PermissionSubject::parse(e, true).unwrap()).collect()
    }

    #[test]
    fn allow_and_deny() {
        let p = SubjectPermission::new(Some(&["foo.>"]), &["foo.secret"]);
        assert!(p.allows_literal(b"foo.bar"));
        assert!(!p.allows_literal(b"bar"));
        assert!(!p.allows_literal(b"foo.secret"));
        assert!(p.allows_subscription(b"foo.*", None));
        assert!(!p.allows_subscription(b">", None));
        let d = SubjectPermission::new(None, &["secret.>"]);
        assert!(!d.allows_subscription(b"secret.x", None));
        assert!(d.allows_subscription(b">", None));
        assert!(d.deny_overlaps(b">", None));
        assert!(!d.allows_delivery(b"secret.x", None));
        assert!(d.allows_delivery(b"public.x", Some(b"q")));
        let none = SubjectPermission::new(Some(&[]), &[]);
        assert!(!none.allows_literal(b"anything"), "an empty allow list allows nothing");
    }

    #[test]
    fn queue_qualified_entries() {
        let allow = SubjectPermission { allow: Some(queued(&["jobs.* workers", "logs.>"])), deny: Vec::new() };
        assert!(allow.allows_subscription(b"jobs.a", Some(b"workers")));
        assert!(!allow.allows_subscription(b"jobs.a", Some(b"others")));
        assert!(!allow.allows_subscription(b"jobs.a", None), "a queue-only allow entry does not admit plain subscriptions");
        assert!(allow.allows_subscription(b"logs.x", None));
        assert!(allow.allows_subscription(b"logs.x", Some(b"any")));
        let wild = SubjectPermission { allow: Some(queued(&["jobs.> team.*"])), deny: Vec::new() };
        assert!(wild.allows_subscription(b"jobs.a", Some(b"team.red")));
        assert!(!wild.allows_subscription(b"jobs.a", Some(b"team")));

        let deny = SubjectPermission { allow: None, deny: queued(&["jobs.* spies"]) };
        assert!(!deny.allows_subscription(b"jobs.a", Some(b"spies")));
        assert!(deny.allows_subscription(b"jobs.a", Some(b"workers")));
        assert!(deny.allows_subscription(b"jobs.a", None));
        assert!(deny.deny_overlaps(b"jobs.a", Some(b"spies")));
        assert!(!deny.allows_subscription(b"jobs.>", Some(b"spies")), "nats-server reads the subject literally: * matches >");
        assert!(!SubjectPermission::new(None, &["foo.*"]).allows_subscription(b"foo.>", None));
        assert!(!deny.deny_overlaps(b"jobs.a", None));
        assert!(!deny.allows_delivery(b"jobs.a", Some(b"spies")));
        assert!(deny.allows_delivery(b"jobs.a", None));
        assert!(deny.allows_literal(b"jobs.a"), "queue entries do not restrict publishing");
    }

    #[test]
    fn parsing_entries() {
        assert_eq!(PermissionSubject::parse("a.b", false), Ok(PermissionSubject::plain("a.b")));
        assert_eq!(PermissionSubject::parse("a.b q", false), Err("subject \"a.b q\" is not a valid subject".into()));
        assert_eq!(PermissionSubject::parse("a..b q", true), Err("subject \"a..b\" is not a valid subject".into()));
        assert_eq!(PermissionSubject::parse("a.b q..x", true), Err("queue \"q..x\" is not a valid queue".into()));
        assert_eq!(PermissionSubject::parse("a.b q r", true), Err("subject \"a.b q r\" is not a valid subject".into()));
        assert_eq!(PermissionSubject::parse("a.b q", true).unwrap().to_string(), "a.b q");
    }
}
