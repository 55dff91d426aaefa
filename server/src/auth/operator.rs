//! Operator mode: a client authenticates with a user JWT (`jwt` in CONNECT) issued by
//! an account the resolver knows, and proves it holds the user's key by signing the
//! nonce (`sig`) unless the JWT is a bearer token. nats-server's checks, in its order
//! (`processClientOrLeafAuthentication`): the JWT decodes, is signed by its issuer and
//! is in its validity window; its account exists, was issued by a trusted operator key
//! and has not expired; the issuer is the account or one of its signing keys (a scoped
//! key brings its template, filled in from the user and account, and its users carry no
//! permissions of their own); bearer
//! tokens are allowed by the account; the connection type is allowed; the signature;
//! revocations; source addresses (`src`); connect times (`times`). Every failure is an
//! authorization violation for the client; the reason is logged at debug level with
//! nats-server's words.

use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use natsx_common::jwt::{self, AccountClaims, SigningKey, UserClaims};

use super::Identity;
use crate::info::Connect;
use crate::permissions::{PermissionSubject, Permissions, ResponsePermission, SubjectPermission};

/// The accounts operator mode trusts: the resolver's, as they are at each CONNECT.
pub struct OperatorAuth {
    resolver: std::sync::Arc<crate::resolver::AccountResolver>,
}

impl OperatorAuth {
    pub fn new(resolver: std::sync::Arc<crate::resolver::AccountResolver>) -> OperatorAuth {
        OperatorAuth { resolver }
    }

    /// Checks CONNECT's user JWT; `Err` carries the reason nats-server logs.
    pub fn authenticate(
        &self,
        c: &Connect,
        nonce: Option<&str>,
        connection_type: &str,
        client_ip: Option<IpAddr>,
    ) -> Result<Identity, String> {
        if c.jwt.is_empty() {
            return Err("Authentication requires a user JWT".into());
        }
        let mut user = UserClaims::decode(&c.jwt).map_err(|e| format!("User JWT not valid: {e}"))?;
        user.validate_user().map_err(|e| format!("User JWT no longer valid: {e}"))?;
        let account_key = if user.nats.issuer_account.is_empty() { user.claims.issuer.clone() } else { user.nats.issuer_account.clone() };
        let account =
            &self.resolver.claims(&account_key).ok_or_else(|| format!("Account JWT lookup error: account {account_key} not found"))?;
        if user.claims.issuer != account.claims.subject {
            match account.nats.signing_key(&user.claims.issuer) {
                None => return Err("User JWT issuer is not known".into()),
                Some(SigningKey::Plain(_)) => {}
                Some(SigningKey::Scoped(scope)) => {
                    if !user_has_no_permissions(&user.nats) {
                        return Err("User JWT is not valid: scoped users require no permissions or limits set".into());
                    }
                    let mut scoped = expand_template(&scope.template, &user, account)
                        .map_err(|e| format!("User JWT generated invalid permissions: {e}"))?;
                    scoped.issuer_account = user.nats.issuer_account.clone();
                    scoped.generic = user.nats.generic.clone();
                    user.nats = scoped;
                }
            }
        }
        if account.validate().is_err() {
            return Err("Account JWT has expired".into());
        }
        if user.nats.bearer_token && account.nats.limits.disallow_bearer {
            return Err("Account does not allow bearer tokens".into());
        }
        let types = &user.nats.allowed_connection_types;
        if !types.is_empty() {
            const KNOWN: [&str; 7] = ["STANDARD", "WEBSOCKET", "LEAFNODE", "LEAFNODE_WS", "MQTT", "MQTT_WS", "IN_PROCESS"];
            let known: Vec<&String> = types.iter().filter(|t| KNOWN.contains(&t.as_str())).collect();
            if known.is_empty() || !known.iter().any(|t| t.as_str() == connection_type) {
                return Err("Connection type not allowed".into());
            }
        }
        if !user.nats.bearer_token {
            if c.sig.is_empty() {
                return Err("Signature missing".into());
            }
            if !super::signed(&user.claims.subject, &c.sig, nonce.unwrap_or_default()) {
                return Err("Signature not verified".into());
            }
        }
        if account.nats.is_revoked(&user.claims.subject, user.claims.issued_at) {
            return Err("User authentication revoked".into());
        }
        if !user.nats.src.is_empty() && !client_ip.is_some_and(|ip| user.nats.src.iter().any(|c| jwt::cidr_contains(c, ip))) {
            return Err(format!("Bad src Ip {}", client_ip.map(|i| i.to_string()).unwrap_or_default()));
        }
        let times_left = connect_time_left(&user.nats)?;
        let permissions = permissions_of(&user.nats).or_else(|| default_permissions(&account.nats.default_permissions));
        let exp = (user.claims.expires > 0).then(|| SystemTime::UNIX_EPOCH + Duration::from_secs(user.claims.expires as u64));
        let until_times = times_left.map(|left| SystemTime::now() + left);
        let expires = match (exp, until_times) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
        let positive = |n: i64| (n > 0).then_some(n as usize);
        Ok(Identity {
            user: user.claims.subject.clone(),
            account: Some(account_key),
            permissions,
            expires,
            max_subscriptions: positive(user.nats.subs),
            max_payload: positive(user.nats.payload),
            // nats-server's name tag: the account JWT's name (or its key).
            name_tag: if account.claims.name.is_empty() { account.claims.subject.clone() } else { account.claims.name.clone() },
            issuer_key: user.claims.issuer.clone(),
        })
    }
}

/// An auth callout's user (already checked by `auth_callout`): its connect times,
/// connection types, permissions, limits and expiry. `Err` is the end of nats-server's
/// sentence ("outside of valid connect times", "using invalid connection type").
pub fn callout_identity(user: &UserClaims, connection_type: &str) -> Result<Identity, String> {
    let times_left = connect_time_left(&user.nats).map_err(|_| "outside of valid connect times".to_string())?;
    let types = &user.nats.allowed_connection_types;
    if !types.is_empty() && !types.iter().any(|t| t == connection_type) {
        return Err("using invalid connection type".into());
    }
    let exp = (user.claims.expires > 0).then(|| SystemTime::UNIX_EPOCH + Duration::from_secs(user.claims.expires as u64));
    let until_times = times_left.map(|left| SystemTime::now() + left);
    let positive = |n: i64| (n > 0).then_some(n as usize);
    Ok(Identity {
        user: user.claims.subject.clone(),
        permissions: permissions_of(&user.nats),
        expires: match (exp, until_times) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        },
        max_subscriptions: positive(user.nats.subs),
        max_payload: positive(user.nats.payload),
        ..Default::default()
    })
}

/// An auth callout's user in operator mode (nats-server's `assignAccountAndPermissions`):
/// `target` is the account it is placed in (the user JWT's `issuer_account`, or its
/// issuer), whose key or signing key must have issued it; a scoped key's template
/// replaces its permissions; then the checks of `callout_identity`, and the account's
/// default permissions when the user has none.
pub fn callout_operator_identity(mut user: UserClaims, target: &AccountClaims, connection_type: &str) -> Result<Identity, String> {
    if user.claims.issuer != target.claims.subject {
        match target.nats.signing_key(&user.claims.issuer) {
            None => return Err(format!("user JWT issuer {:?} is not known", user.claims.issuer)),
            Some(SigningKey::Plain(_)) => {}
            Some(SigningKey::Scoped(scope)) => {
                if !user_has_no_permissions(&user.nats) {
                    return Err("user JWT is not valid: scoped users require no permissions or limits set".into());
                }
                let mut scoped =
                    expand_template(&scope.template, &user, target).map_err(|e| format!("user JWT generated invalid permissions: {e}"))?;
                scoped.issuer_account = user.nats.issuer_account.clone();
                scoped.generic = user.nats.generic.clone();
                user.nats = scoped;
            }
        }
    }
    let mut identity = callout_identity(&user, connection_type)?;
    if identity.permissions.is_none() {
        identity.permissions = default_permissions(&target.nats.default_permissions);
    }
    identity.account = Some(target.claims.subject.clone());
    Ok(identity)
}

/// The most subjects one template entry may expand to (nats-server's
/// `maxPermTemplateSubjectExpansions`).
const MAX_TEMPLATE_EXPANSIONS: usize = 4096;

/// nats-server's `processUserPermissionsTemplate`: a scoped signing key's template with
/// `{{name()}}`, `{{subject()}}`, `{{account-name()}}`, `{{account-subject()}}`,
/// `{{tag(NAME)}}` and `{{account-tag(NAME)}}` filled in from the user and its account
/// (a tag with several values expands to each). Allow entries that expand to an
/// invalid subject are dropped, deny entries fail; an allow list left empty becomes a
/// deny of `>`.
fn expand_template(template: &jwt::User, user: &UserClaims, account: &AccountClaims) -> Result<jwt::User, String> {
    let account_name = if account.claims.name.is_empty() { account.claims.subject.clone() } else { account.claims.name.clone() };
    let values = |op: &str| -> Result<Option<Vec<String>>, String> {
        let lower = op.to_ascii_lowercase();
        let tags = |list: &[String], name: &str| {
            let prefix = format!("{}:", name.to_ascii_lowercase());
            list.iter().filter_map(|t| t.strip_prefix(&prefix).map(str::to_string)).collect::<Vec<_>>()
        };
        Ok(Some(match lower.as_str() {
            "name()" => vec![user.claims.name.clone()],
            "subject()" => vec![user.claims.subject.clone()],
            "account-name()" => vec![account_name.clone()],
            "account-subject()" => vec![user.nats.issuer_account.clone()],
            _ if lower.starts_with("tag(") && lower.ends_with(')') => tags(&user.nats.generic.tags, &op[4..op.len() - 1]),
            _ if lower.starts_with("account-tag(") && lower.ends_with(')') => tags(&account.nats.generic.tags, &op[12..op.len() - 1]),
            _ => return Ok(None),
        }))
    };
    let expand = |list: &[String], strict: bool| -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        for entry in list {
            if !entry.contains("{{") {
                out.push(entry.clone());
                continue;
            }
            // Each {{...}} in the entry, and what it stands for.
            let mut parts: Vec<(String, Vec<String>)> = Vec::new();
            let mut rest = entry.as_str();
            while let Some(start) = rest.find("{{") {
                let Some(len) = rest[start + 2..].find("}}") else { break };
                let token = &rest[start..start + 2 + len + 2];
                let op = token[2..token.len() - 2].trim();
                let found = values(op)?.ok_or_else(|| format!("template operation in {entry:?}: {op:?} is not defined"))?;
                if found.is_empty() {
                    if strict {
                        return Err(format!("generated invalid subject {entry:?}: {op:?} is not defined"));
                    }
                    parts.push((token.to_string(), vec![" ".to_string()]));
                } else {
                    parts.push((token.to_string(), found));
                }
                rest = &rest[start + token.len()..];
            }
            let combinations: usize = parts.iter().map(|(_, v)| v.len()).product();
            if combinations > MAX_TEMPLATE_EXPANSIONS || out.len() + combinations > MAX_TEMPLATE_EXPANSIONS {
                return Err(format!("template expansion exceeds limit: {MAX_TEMPLATE_EXPANSIONS}"));
            }
            for n in 0..combinations {
                let (mut subject, mut k) = (entry.clone(), n);
                for (token, vals) in &parts {
                    subject = subject.replace(token.as_str(), &vals[k % vals.len()]);
                    k /= vals.len();
                }
                if natsx_common::subject::is_valid_subscribe(subject.as_bytes()) {
                    out.push(subject);
                } else if strict {
                    return Err("generated invalid subject".into());
                }
            }
        }
        Ok(out)
    };
    let mut u = template.clone();
    let (sub_had_allow, pub_had_allow) = (!u.subscribe.allow.is_empty(), !u.publish.allow.is_empty());
    u.subscribe.allow = expand(&template.subscribe.allow, false)?;
    u.subscribe.deny = expand(&template.subscribe.deny, true)?;
    u.publish.allow = expand(&template.publish.allow, false)?;
    u.publish.deny = expand(&template.publish.deny, true)?;
    if sub_had_allow && u.subscribe.allow.is_empty() {
        u.subscribe.deny.push(">".into());
    }
    if pub_had_allow && u.publish.allow.is_empty() {
        u.publish.deny.push(">".into());
    }
    Ok(u)
}

/// nats-io/jwt's `HasEmptyPermissions`: no permissions and no limits of its own.
fn user_has_no_permissions(u: &jwt::User) -> bool {
    u.publish.is_empty()
        && u.subscribe.is_empty()
        && u.resp.is_none()
        && u.src.is_empty()
        && u.times.is_empty()
        && u.locale.is_empty()
        && u.subs == 0
        && u.data == 0
        && u.payload == 0
        && !u.bearer_token
        && u.allowed_connection_types.is_empty()
}

/// nats-server's `validateTimes`: inside one of the `times` ranges (in UTC; other
/// `times_location` zones are refused until natsx reads the time zone database), and
/// how long is left of it. No ranges: always, with no end.
fn connect_time_left(u: &jwt::User) -> Result<Option<Duration>, String> {
    connect_time_left_at(u, jiff::Timestamp::now())
}

/// `connect_time_left` at `now`: the ranges are wall-clock times in the user's
/// `times_location` (an IANA zone; the server's local zone when empty, as nats-server's
/// `validateTimes` uses `time.Local`).
fn connect_time_left_at(u: &jwt::User, now: jiff::Timestamp) -> Result<Option<Duration>, String> {
    if u.times.is_empty() {
        return Ok(None);
    }
    let zone = match u.locale.as_str() {
        "" => jiff::tz::TimeZone::system(),
        name => jiff::tz::TimeZone::get(name).map_err(|_| format!("could not parse iana time zone by name: {name:?}"))?,
    };
    let clock = now.to_zoned(zone).time();
    let now = clock.hour() as u32 * 3600 + clock.minute() as u32 * 60 + clock.second() as u32;
    let mut best: Option<u32> = None;
    for range in &u.times {
        let (Some(start), Some(end)) = (jwt::parse_time_of_day(&range.start), jwt::parse_time_of_day(&range.end)) else { continue };
        // A range that ends before it starts runs over midnight.
        let left = if start < end {
            (start < now && now < end).then(|| end - now)
        } else if start > end {
            if now < end {
                Some(end - now)
            } else if now > start {
                Some(86_400 - now + end)
            } else {
                None
            }
        } else {
            None
        };
        if let Some(left) = left {
            best = Some(best.map_or(left, |b| b.max(left)));
        }
    }
    best.map(|s| Some(Duration::from_secs(s as u64))).ok_or_else(|| "Outside connect times".to_string())
}

/// nats-server's `buildPermissionsFromJwt`: publish and subscribe lists, and response
/// permissions (which turn off publishing anywhere else unless allowed); `None` when
/// the user has none (the account's defaults apply).
fn permissions_of(u: &jwt::User) -> Option<Permissions> {
    build(&u.publish, &u.subscribe, u.resp.as_ref())
}

fn default_permissions(p: &jwt::Permissions) -> Option<Permissions> {
    build(&p.publish, &p.subscribe, p.resp.as_ref())
}

fn build(publish: &jwt::Permission, subscribe: &jwt::Permission, resp: Option<&jwt::ResponsePermission>) -> Option<Permissions> {
    let side = |p: &jwt::Permission, queue: bool| {
        let parse = |list: &[String]| list.iter().filter_map(|s| PermissionSubject::parse(s, queue).ok()).collect::<Vec<_>>();
        (!p.is_empty()).then(|| SubjectPermission { allow: (!p.allow.is_empty()).then(|| parse(&p.allow)), deny: parse(&p.deny) })
    };
    let mut perms = Permissions { publish: side(publish, false), subscribe: side(subscribe, true), allow_responses: None };
    if let Some(r) = resp {
        let max = match r.max_msgs {
            0 => Some(1),
            n if n < 0 => None,
            n => Some(n as usize),
        };
        let expires = match r.expires {
            0 => Some(Duration::from_secs(120)),
            n if n < 0 => None,
            n => Some(Duration::from_nanos(n as u64)),
        };
        perms.allow_responses = Some(ResponsePermission { max, expires });
        // validateResponsePermissions: a response permission turns off the blanket allow.
        let publish = perms.publish.get_or_insert_with(SubjectPermission::default);
        publish.allow.get_or_insert_with(Vec::new);
    }
    (perms.publish.is_some() || perms.subscribe.is_some() || perms.allow_responses.is_some()).then_some(perms)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connect_times_in_the_users_time_zone() {
        let mut u = jwt::User::default();
        assert_eq!(connect_time_left(&u), Ok(None));
        // 2026-07-01 12:00:00 UTC: 08:00 in New York (EDT), 14:00 in Berlin (CEST).
        let noon: jiff::Timestamp = "2026-07-01T12:00:00Z".parse().unwrap();
        u.times = vec![jwt::TimeRange { start: "07:00:00".into(), end: "09:00:00".into() }];
        u.locale = "America/New_York".into();
        assert_eq!(connect_time_left_at(&u, noon), Ok(Some(Duration::from_secs(3600))), "08:00 there: an hour left");
        u.locale = "Europe/Berlin".into();
        assert!(connect_time_left_at(&u, noon).is_err(), "14:00 there: outside");
        u.locale = "UTC".into();
        assert!(connect_time_left_at(&u, noon).is_err());
        // A range over midnight, in Tokyo (21:00 there).
        u.locale = "Asia/Tokyo".into();
        u.times = vec![jwt::TimeRange { start: "20:00:00".into(), end: "02:00:00".into() }];
        assert_eq!(connect_time_left_at(&u, noon), Ok(Some(Duration::from_secs(5 * 3600))));
        u.locale = "Mars/Olympus".into();
        assert!(connect_time_left_at(&u, noon).unwrap_err().contains("could not parse iana time zone"));
    }

    #[test]
    fn templates_of_scoped_signing_keys() {
        let account = nkeys::KeyPair::new_account();
        let mut acc = AccountClaims::new(&account.public_key());
        acc.claims.name = "ORDERS".into();
        acc.nats.generic.tags = vec!["region:eu".into()];
        let mut user = UserClaims::new(&nkeys::KeyPair::new_user().public_key());
        user.claims.name = "alice".into();
        user.nats.issuer_account = account.public_key();
        user.nats.generic.tags = vec!["team:red".into(), "team:blue".into()];
        let mut t = jwt::User::default();
        t.publish.allow = vec!["users.{{name()}}.>".into(), "{{account-name()}}.{{tag(team)}}".into(), "r.{{account-tag(region)}}".into()];
        t.subscribe.allow = vec!["x.{{tag(missing)}}".into()];
        let out = expand_template(&t, &user, &acc).unwrap();
        assert_eq!(out.publish.allow, ["users.alice.>", "ORDERS.red", "ORDERS.blue", "r.eu"]);
        assert!(out.subscribe.allow.is_empty() && out.subscribe.deny == [">"], "an allow list emptied by a missing tag denies all");
        t.publish.deny = vec!["{{tag(missing)}}".into()];
        assert!(expand_template(&t, &user, &acc).unwrap_err().contains("is not defined"));
        t.publish.deny = vec!["{{bogus()}}".into()];
        assert!(expand_template(&t, &user, &acc).unwrap_err().contains("template operation"));
    }

    #[test]
    fn response_permissions_close_publishing() {
        let resp = jwt::ResponsePermission { max_msgs: 0, expires: 0 };
        let p = build(&jwt::Permission::default(), &jwt::Permission::default(), Some(&resp)).unwrap();
        assert_eq!(p.publish.unwrap().allow, Some(vec![]));
        assert_eq!(p.allow_responses, Some(ResponsePermission::DEFAULT));
        assert!(build(&jwt::Permission::default(), &jwt::Permission::default(), None).is_none());
    }
}
