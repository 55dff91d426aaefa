//! Auth callout (ADR-26; nats-server's `authorization { auth_callout {} }`, config
//! mode): a service the operator runs decides who connects.
//!
//! For a CONNECT from anyone but the service's own `auth_users`, the server makes a
//! fresh user key and sends an `authorization_request` JWT (signed by the server's key,
//! about the callout issuer, naming that key, the client and its CONNECT options) to
//! `$SYS.REQ.USER.AUTH` in the callout account, with a reply subject under
//! `$SYS._INBOX.<server>.`; with `xkey` the request is sealed to the service's curve key
//! (header `Nats-Server-Xkey` names the server's). The answer is an
//! `authorization_response` JWT for that user key and this server, holding either an
//! error or a user JWT issued by the callout issuer, for the fresh key, whose `aud`
//! names the account the client joins, with that user's permissions, limits and
//! expiry. No answer within the authentication timeout, or any flaw in it, is an
//! authorization violation, as in nats-server. A user placed in the callout account
//! may not publish to `$SYS.REQ.USER.AUTH`.
//!
//! Operator mode: an account JWT's `authorization { auth_users, allowed_accounts, xkey }`
//! makes that account a callout account. A client presenting a user JWT of the account
//! (a "sentinel", usually a bearer token) whose key is not among `auth_users` is handed
//! to the service running in it; the answer's user JWT is issued by the account (or a
//! signing key of it) or by one of `allowed_accounts`, and places the client there (see
//! `Server::callout_user`).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use natsx_common::jwt::{self, AuthorizationRequestClaims, AuthorizationResponseClaims, UserClaims};
use tokio::sync::oneshot;

use crate::account::Account;
use crate::options::AuthCalloutSettings;
use crate::router::{Outgoing, Router, Wake};

/// Where requests go (nats-server's `AuthCalloutSubject`).
pub const SUBJECT: &str = "$SYS.REQ.USER.AUTH";

/// The header naming the server's curve key on an encrypted request.
const XKEY_HEADER: &str = "Nats-Server-Xkey";

/// What the server tells the service about itself.
pub struct ServerDetails {
    pub id: String,
    pub name: String,
    pub host: String,
    pub version: String,
}

/// What the server tells the service about a client.
pub struct ClientDetails<'a> {
    pub connect: &'a crate::info::Connect,
    pub host: String,
    pub cid: u64,
    pub nonce: Option<&'a str>,
    /// `nats` or `websocket`.
    pub kind: &'static str,
    pub tls: Option<&'a crate::tls::TlsConnInfo>,
}

/// The service's answer, checked: the user JWT to bind the client with.
pub type Answer = Result<UserClaims, String>;

/// A request in flight: the key its answer must be about, and who waits.
struct Pending {
    user_key: String,
    reply: oneshot::Sender<Answer>,
}

/// The callout, wired into its account.
pub struct AuthCallout {
    pub settings: AuthCalloutSettings,
    /// Operator mode: the resolver, for the callout account's signing keys.
    operator: Option<Arc<crate::resolver::AccountResolver>>,
    /// The subscription answers arrive on (removed by `uninstall`).
    inbox_subscription: Mutex<Option<Arc<crate::subscription::Subscription>>>,
    account: Arc<Account>,
    router: Arc<Router>,
    server_key: Arc<nkeys::KeyPair>,
    /// The server's curve key pair, when the service's `xkey` asks for encryption.
    xkey: Option<nkeys::XKey>,
    server: ServerDetails,
    inbox: String,
    pending: Mutex<HashMap<String, Pending>>,
}

impl AuthCallout {
    /// Subscribes the reply inbox in the callout account. `operator`: the callout of an
    /// account JWT (operator mode), checked against the resolver's JWTs.
    pub fn install(
        settings: AuthCalloutSettings,
        account: Arc<Account>,
        router: Arc<Router>,
        server_key: Arc<nkeys::KeyPair>,
        server: ServerDetails,
        operator: Option<Arc<crate::resolver::AccountResolver>>,
    ) -> Arc<AuthCallout> {
        let hash: String = server.id.chars().skip(1).take(8).collect();
        let inbox = format!("$SYS._INBOX.{hash}.");
        let xkey = settings.xkey.as_ref().map(|_| nkeys::XKey::new());
        let callout = Arc::new(AuthCallout {
            settings,
            operator,
            inbox_subscription: Mutex::new(None),
            account: account.clone(),
            router,
            server_key,
            xkey,
            server,
            inbox: inbox.clone(),
            pending: Mutex::new(HashMap::new()),
        });
        let weak = Arc::downgrade(&callout);
        let sub = account.subscribe_internal(
            &format!("{inbox}*"),
            Arc::new(move |m| {
                if let Some(callout) = weak.upgrade() {
                    callout.on_reply(m.subject, m.payload);
                }
            }),
        );
        *callout.inbox_subscription.lock().unwrap_or_else(|e| e.into_inner()) = Some(sub);
        callout
    }

    /// Stops taking answers (an account JWT update changed or removed the callout);
    /// requests in flight get none, and their clients time out.
    pub fn uninstall(&self) {
        if let Some(sub) = self.inbox_subscription.lock().unwrap_or_else(|e| e.into_inner()).take() {
            self.account.unsubscribe(&sub);
        }
    }

    /// Is this an account JWT's callout (operator mode)?
    pub fn is_operator_mode(&self) -> bool {
        self.operator.is_some()
    }

    /// The callout an account JWT's `authorization` asks for (nats-server's
    /// `hasExternalAuth`: some `auth_users`), as settings.
    pub fn settings_of(claims: &jwt::AccountClaims) -> Option<AuthCalloutSettings> {
        let a = &claims.nats.authorization;
        let list = |field: &str| -> Vec<String> {
            a.get(field).and_then(|v| v.as_array()).into_iter().flatten().filter_map(|v| v.as_str().map(str::to_string)).collect()
        };
        let auth_users = list("auth_users");
        if auth_users.is_empty() {
            return None;
        }
        Some(AuthCalloutSettings {
            issuer: claims.claims.subject.clone(),
            account: claims.claims.subject.clone(),
            auth_users,
            allowed_accounts: list("allowed_accounts"),
            xkey: a.get("xkey").and_then(|x| x.as_str()).filter(|x| !x.is_empty()).map(str::to_string),
        })
    }

    /// Does this user skip the callout (one of `auth_users`)?
    pub fn skips(&self, user: &str) -> bool {
        !user.is_empty() && self.settings.auth_users.iter().any(|u| u == user)
    }

    /// Is a client authenticated into `account` by the configuration handed to the
    /// service (`allowed_accounts` empty, or naming it)?
    pub fn delegates(&self, account: &str) -> bool {
        self.settings.allowed_accounts.is_empty() || self.settings.allowed_accounts.iter().any(|a| a == account)
    }

    /// The callout account's name.
    pub fn account_name(&self) -> &str {
        &self.account.name
    }

    /// Sends the request; the receiver gets the checked answer (or nothing, if the
    /// service never answers: the caller times out).
    pub fn request(&self, client: &ClientDetails<'_>, auth_timeout: std::time::Duration) -> Result<oneshot::Receiver<Answer>, String> {
        let user_key = nkeys::KeyPair::new_user().public_key();
        let mut claims = AuthorizationRequestClaims::new(&self.settings.issuer);
        claims.claims.audience = "nats-authorization-request".into();
        claims.claims.expires = jwt::now() + auth_timeout.as_secs().max(1) as i64;
        let mut server_id = serde_json::json!({
            "name": self.server.name, "host": self.server.host, "id": self.server.id, "version": self.server.version,
        });
        if let Some(x) = &self.xkey {
            server_id["xkey"] = serde_json::json!(x.public_key());
        }
        claims.nats.server_id = server_id;
        claims.nats.user_nkey = user_key.clone();
        let c = client.connect;
        let raw_user = [&c.user, &c.nkey].into_iter().find(|s| !s.is_empty()).cloned().unwrap_or_default();
        let mut info = serde_json::json!({ "host": client.host, "id": client.cid, "kind": "Client", "type": client.kind });
        if !raw_user.is_empty() {
            info["user"] = serde_json::json!(raw_user);
        }
        if !c.name.is_empty() {
            info["name"] = serde_json::json!(c.name);
        }
        if let Some(nonce) = client.nonce.filter(|_| !c.sig.is_empty()) {
            info["nonce"] = serde_json::json!(nonce);
        }
        claims.nats.client_info = info;
        let mut opts = serde_json::Map::new();
        for (key, value) in [
            ("jwt", &c.jwt),
            ("nkey", &c.nkey),
            ("sig", &c.sig),
            ("auth_token", &c.auth_token),
            ("user", &c.user),
            ("pass", &c.pass),
            ("name", &c.name),
            ("lang", &c.lang),
            ("version", &c.version),
        ] {
            if !value.is_empty() {
                opts.insert(key.into(), serde_json::json!(value));
            }
        }
        opts.insert("protocol".into(), serde_json::json!(c.protocol));
        claims.nats.connect_opts = serde_json::Value::Object(opts);
        if let Some(tls) = client.tls {
            claims.nats.client_tls = Some(serde_json::json!({ "version": tls.version, "cipher": tls.cipher_suite }));
        }
        let token = claims
            .encode(&self.server_key)
            .map_err(|e| format!("Error encoding auth request claim on account {:?}: {e}", self.account.name))?;
        let (payload, headers) = match (&self.xkey, &self.settings.xkey) {
            (Some(ours), Some(theirs)) => {
                let recipient = nkeys::XKey::from_public_key(theirs).map_err(|e| e.to_string())?;
                let sealed = ours
                    .seal(token.as_bytes(), &recipient)
                    .map_err(|e| format!("Error encrypting auth request claim on account {:?}: {e}", self.account.name))?;
                (sealed, format!("NATS/1.0\r\n{XKEY_HEADER}: {}\r\n\r\n", ours.public_key()))
            }
            _ => (token.into_bytes(), String::new()),
        };
        let token: String = (0..22)
            .map(|_| char::from(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[rand::random::<usize>() % 62]))
            .collect();
        let reply = format!("{}{token}", self.inbox);
        let (tx, rx) = oneshot::channel();
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).insert(reply.clone(), Pending { user_key, reply: tx });
        let msg = Outgoing::new(SUBJECT.as_bytes(), &payload).with_reply(reply.as_bytes()).with_headers(headers.as_bytes());
        self.router.publish(&self.account, [msg], Wake::Deferred);
        Ok(rx)
    }

    /// Forgets the requests nobody waits for any more (answers that did not come in
    /// time), so a silent service does not make them pile up.
    pub fn forget_abandoned(&self) {
        self.pending.lock().unwrap_or_else(|e| e.into_inner()).retain(|_, p| !p.reply.is_closed());
    }

    fn on_reply(&self, subject: &[u8], payload: &[u8]) {
        let Some(pending) = self.pending.lock().unwrap_or_else(|e| e.into_inner()).remove(String::from_utf8_lossy(subject).as_ref()) else {
            return;
        };
        let _ = pending.reply.send(self.check(payload, &pending.user_key));
    }

    /// nats-server's `decodeResponse` and the checks after it, with its texts.
    fn check(&self, payload: &[u8], user_key: &str) -> Answer {
        let account = &self.account.name;
        if payload.is_empty() {
            return Err(format!("auth callout violation: \"no reason supplied\" on account {account:?}"));
        }
        let mut text = payload.to_vec();
        let mut encrypted = false;
        if let (Some(ours), Some(theirs)) = (&self.xkey, &self.settings.xkey) {
            if !payload.starts_with(b"eyJ") {
                encrypted = true;
                let sender = nkeys::XKey::from_public_key(theirs).map_err(|e| e.to_string())?;
                text = ours
                    .open(payload, &sender)
                    .map_err(|e| format!("error decrypting auth callout response on account {account:?}: {e}"))?;
            }
        }
        let text = String::from_utf8(text).map_err(|_| "auth callout response is not a JWT".to_string())?;
        let response = AuthorizationResponseClaims::decode(&text)?;
        response.validate().map_err(|e| format!("authorization response had validation errors: {e}"))?;
        if response.claims.subject != user_key {
            return Err("auth callout violation: auth callout response is not for expected user".into());
        }
        if response.claims.audience != self.server.id {
            return Err("auth callout violation: auth callout response is not for server".into());
        }
        if !response.nats.error.is_empty() {
            return Err(format!("auth callout service returned an error: {}", response.nats.error));
        }
        if let Some(resolver) = self.operator.as_ref().filter(|_| !encrypted) {
            // nats-server: an unencrypted answer must be signed by the account or one of
            // its signing keys.
            let signer = if response.nats.issuer_account.is_empty() { &response.claims.issuer } else { &response.nats.issuer_account };
            let known = signer == account || resolver.claims(account).is_some_and(|c| c.nats.signing_key(signer).is_some());
            if !known {
                return Err("auth callout signing key is unknown".into());
            }
        }
        let user = UserClaims::decode(&response.nats.jwt)?;
        user.validate_user().map_err(|e| format!("Error validating user JWT: {e}"))?;
        if user.claims.subject != user_key {
            return Err(format!("Expected authorized user of {user_key:?} but got {:?} on account {account:?}", user.claims.subject));
        }
        if self.operator.is_some() {
            let issuer = if user.nats.issuer_account.is_empty() { &user.claims.issuer } else { &user.nats.issuer_account };
            let allowed = &self.settings.allowed_accounts;
            let any = allowed.len() == 1 && allowed[0] == "*";
            if issuer != account && !any && !allowed.iter().any(|a| a == issuer) {
                return Err(format!(
                    "account {:?} not permitted as valid account option for auth callout for account {account:?}",
                    user.claims.issuer
                ));
            }
            return Ok(user);
        }
        if !user.nats.issuer_account.is_empty() {
            return Err(format!("error non operator mode account {account:?}: attempted to use issuer_account"));
        }
        if user.claims.issuer != self.settings.issuer {
            return Err(format!(
                "wrong issuer for auth callout response on account {account:?}, expected {:?} got {:?}",
                self.settings.issuer, user.claims.issuer
            ));
        }
        Ok(user)
    }
}

/// What a connection waits on while the service decides.
pub struct Waiting {
    pub callout: Arc<AuthCallout>,
    pub answer: oneshot::Receiver<Answer>,
}
