//! Operator mode: a client authenticates with a user JWT (`jwt` in CONNECT) issued by
//! an account the resolver knows, and proves it holds the user's key by signing the
//! nonce (`sig`) unless the JWT is a bearer token. nats-server's checks, in its order
//! (`processClientOrLeafAuthentication`): the JWT decodes, is signed by its issuer and
//! is in its validity window; its account exists, was issued by a trusted operator key
//! and has not expired; the issuer is the account or one of its signing keys (a scoped
//! key brings its template, and its users carry no permissions of their own); bearer
//! tokens are allowed by the account; the connection type is allowed; the signature;
//! revocations; source addresses (`src`); connect times (`times`). Every failure is an
//! authorization violation for the client; the reason is logged at debug level with
//! nats-server's words.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::time::{Duration, SystemTime};

use natsx_common::jwt::{self, AccountClaims, SigningKey, UserClaims};

use super::Identity;
use crate::info::Connect;
use crate::permissions::{PermissionSubject, Permissions, ResponsePermission, SubjectPermission};

/// The accounts operator mode trusts (the preloaded JWTs a trusted key issued).
pub struct OperatorAuth {
    accounts: BTreeMap<String, AccountClaims>,
}

impl OperatorAuth {
    pub fn new(settings: &crate::options::operator::OperatorSettings) -> OperatorAuth {
        OperatorAuth { accounts: settings.accounts.clone() }
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
            self.accounts.get(&account_key).ok_or_else(|| format!("Account JWT lookup error: account {account_key} not found"))?;
        if user.claims.issuer != account.claims.subject {
            match account.nats.signing_key(&user.claims.issuer) {
                None => return Err("User JWT issuer is not known".into()),
                Some(SigningKey::Plain(_)) => {}
                Some(SigningKey::Scoped(scope)) => {
                    if !user_has_no_permissions(&user.nats) {
                        return Err("User JWT is not valid: scoped users require no permissions or limits set".into());
                    }
                    let template = serde_json::to_string(&scope.template).unwrap_or_default();
                    if template.contains("{{") {
                        // Templates ({{name()}}, {{tag(...)}}) are not expanded yet: refuse
                        // rather than grant the raw template's subjects.
                        return Err("User JWT generated invalid permissions: scoped signing key templates are not supported yet".into());
                    }
                    let mut scoped = scope.template.clone();
                    scoped.issuer_account = user.nats.issuer_account.clone();
                    scoped.tags = user.nats.tags.clone();
                    scoped.kind = user.nats.kind.clone();
                    scoped.version = user.nats.version;
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
    if u.times.is_empty() {
        return Ok(None);
    }
    if !u.locale.is_empty() && u.locale != "UTC" {
        return Err(format!("Outside connect times: time zone {:?} is not supported, only UTC", u.locale));
    }
    let now = (jwt::now().rem_euclid(86_400)) as u32;
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
    fn connect_times_in_utc() {
        let mut u = jwt::User::default();
        assert_eq!(connect_time_left(&u), Ok(None));
        u.times = vec![jwt::TimeRange { start: "00:00:00".into(), end: "23:59:59".into() }];
        let now = jwt::now().rem_euclid(86_400);
        if now > 0 && now < 86_399 {
            assert!(connect_time_left(&u).unwrap().is_some());
        }
        u.locale = "Europe/Berlin".into();
        assert!(connect_time_left(&u).unwrap_err().contains("not supported"));
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
