//! NATS JWTs as nats-io/jwt v2 defines them: the claims of operators, accounts and
//! users, decoded and checked (header, Ed25519 signature by the issuer, issuer kind,
//! expiry and not-before, the claim's own rules) and encoded the way the Go library
//! does (`jti` = base32 of SHA-512/256 over the standard claims), so tokens minted here
//! are accepted by nats-server and tokens minted by nsc are read here. Also `.creds`
//! files (a user JWT and its seed).
//!
//! Limits: a token is at most 1 MiB (`MAX_TOKEN_SIZE`); `-1` is "no limit" in every
//! limit field (`NO_LIMIT`). Errors are the Go library's texts where it has one.

use std::collections::BTreeMap;

use base64::Engine;
use serde::{Deserialize, Serialize};

/// The largest token decoded (nats-io/jwt's `MaxTokenSize`).
pub const MAX_TOKEN_SIZE: usize = 1024 * 1024;

/// "No limit" in limit fields.
pub const NO_LIMIT: i64 = -1;

/// The header every v2 token carries.
const HEADER: &str = r#"{"typ":"JWT","alg":"ed25519-nkey"}"#;

/// The claims every token has (nats-io/jwt's `ClaimsData`), in its JSON order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ClaimsData {
    #[serde(rename = "aud", skip_serializing_if = "String::is_empty")]
    pub audience: String,
    /// Unix seconds; 0 is never.
    #[serde(rename = "exp", skip_serializing_if = "is_zero")]
    pub expires: i64,
    #[serde(rename = "jti", skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Unix seconds.
    #[serde(rename = "iat", skip_serializing_if = "is_zero")]
    pub issued_at: i64,
    #[serde(rename = "iss", skip_serializing_if = "String::is_empty")]
    pub issuer: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    /// Unix seconds; 0 is at once.
    #[serde(rename = "nbf", skip_serializing_if = "is_zero")]
    pub not_before: i64,
    #[serde(rename = "sub", skip_serializing_if = "String::is_empty")]
    pub subject: String,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// nats-io/jwt's `GenericFields`, which every claim's `nats` part ends with: `tags`,
/// `type` and `version`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GenericFields {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub version: i64,
}

/// `allow` and `deny` subjects (a subscribe entry may carry a queue: `subject queue`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Permission {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allow: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub deny: Vec<String>,
}

impl Permission {
    pub fn is_empty(&self) -> bool {
        self.allow.is_empty() && self.deny.is_empty()
    }
}

/// `resp`: how many responses, for how long (nanoseconds), a requester may receive.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ResponsePermission {
    #[serde(rename = "max")]
    pub max_msgs: i64,
    /// Nanoseconds.
    #[serde(rename = "ttl")]
    pub expires: i64,
}

/// A time of day range `HH:MM:SS`–`HH:MM:SS` a user may connect in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TimeRange {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub start: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub end: String,
}

/// A user's part of a user JWT (`nats`), in nats-io/jwt's JSON order. Go always writes
/// `pub` and `sub`, even empty.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct User {
    #[serde(rename = "pub")]
    pub publish: Permission,
    #[serde(rename = "sub")]
    pub subscribe: Permission,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resp: Option<ResponsePermission>,
    /// CIDRs the user may connect from (a list, or one comma-separated string).
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "cidr_list")]
    pub src: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub times: Vec<TimeRange>,
    #[serde(rename = "times_location", skip_serializing_if = "String::is_empty")]
    pub locale: String,
    #[serde(skip_serializing_if = "is_zero")]
    pub subs: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub data: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub payload: i64,
    #[serde(skip_serializing_if = "is_false")]
    pub bearer_token: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub proxy_required: bool,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub allowed_connection_types: Vec<String>,
    /// The account, when a signing key of it issued the token.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer_account: String,
    #[serde(flatten)]
    pub generic: GenericFields,
}

impl User {
    /// nats-io/jwt's `NewUserClaims`: no limits (`-1`). A decoded token's missing limits
    /// are 0, as in Go (`Default`).
    pub fn unlimited() -> User {
        User { subs: NO_LIMIT, data: NO_LIMIT, payload: NO_LIMIT, ..Default::default() }
    }
}

fn cidr_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum List {
        Many(Vec<String>),
        One(String),
    }
    Ok(match List::deserialize(d)? {
        List::Many(v) => v,
        List::One(s) => s.to_lowercase().split(',').map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect(),
    })
}

/// An account's limits (nats-io/jwt's `OperatorLimits`: NATS, account and JetStream
/// limits in one object). 0 is "not set"; `NO_LIMIT` is unlimited. JetStream is on for
/// the account when `mem_storage` or `disk_storage` is not 0.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountLimits {
    #[serde(skip_serializing_if = "is_zero")]
    pub subs: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub data: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub payload: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub imports: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub exports: i64,
    #[serde(rename = "wildcards", skip_serializing_if = "is_false")]
    pub wildcard_exports: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub disallow_bearer: bool,
    #[serde(skip_serializing_if = "is_zero")]
    pub conn: i64,
    #[serde(rename = "leaf", skip_serializing_if = "is_zero")]
    pub leaf_node_conn: i64,
    #[serde(rename = "mem_storage", skip_serializing_if = "is_zero")]
    pub memory_storage: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub disk_storage: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub streams: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub consumer: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub max_ack_pending: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub mem_max_stream_bytes: i64,
    #[serde(skip_serializing_if = "is_zero")]
    pub disk_max_stream_bytes: i64,
    #[serde(skip_serializing_if = "is_false")]
    pub max_bytes_required: bool,
    #[serde(rename = "tiered_limits", skip_serializing_if = "BTreeMap::is_empty")]
    pub tiered: BTreeMap<String, serde_json::Value>,
}

impl AccountLimits {
    /// nats-io/jwt's `NewAccountClaims` limits: everything unlimited, JetStream off.
    pub fn unlimited() -> AccountLimits {
        AccountLimits {
            subs: NO_LIMIT,
            data: NO_LIMIT,
            payload: NO_LIMIT,
            imports: NO_LIMIT,
            exports: NO_LIMIT,
            wildcard_exports: true,
            conn: NO_LIMIT,
            leaf_node_conn: NO_LIMIT,
            ..Default::default()
        }
    }

    pub fn jetstream_enabled(&self) -> bool {
        self.memory_storage != 0 || self.disk_storage != 0
    }
}

/// An export (`exports` of an account JWT).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Export {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// `stream` or `service`.
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(skip_serializing_if = "is_false")]
    pub token_req: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub revocations: BTreeMap<String, i64>,
    /// `Singleton`, `Stream` or `Chunked`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub response_type: String,
    /// Nanoseconds.
    #[serde(skip_serializing_if = "is_zero")]
    pub response_threshold: i64,
    #[serde(rename = "service_latency", skip_serializing_if = "Option::is_none")]
    pub latency: Option<ServiceLatency>,
    #[serde(skip_serializing_if = "is_zero_u32")]
    pub account_token_position: u32,
    #[serde(skip_serializing_if = "is_false")]
    pub advertise: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub allow_trace: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub info_url: String,
}

fn is_zero_u32(n: &u32) -> bool {
    *n == 0
}

/// `service_latency`: `sampling` is a percentage, or `"headers"`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ServiceLatency {
    pub sampling: serde_json::Value,
    pub results: String,
}

/// An import (`imports` of an account JWT).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Import {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    /// An activation token, for an export that requires one.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub token: String,
    /// Deprecated by `local_subject`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub to: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub local_subject: String,
    #[serde(rename = "type", skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(skip_serializing_if = "is_false")]
    pub share: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub allow_trace: bool,
}

/// A signing key: a plain key, or a scoped one whose users get its template.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SigningKey {
    Plain(String),
    Scoped(Box<UserScope>),
}

impl SigningKey {
    pub fn key(&self) -> &str {
        match self {
            SigningKey::Plain(k) => k,
            SigningKey::Scoped(s) => &s.key,
        }
    }
}

/// A scoped signing key (`kind: user_scope`): users it signs carry no permissions of
/// their own and get `template`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UserScope {
    pub kind: String,
    pub key: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub template: User,
    #[serde(default)]
    pub description: String,
}

/// An account's part of an account JWT (`nats`). Go always writes `limits`,
/// `default_permissions` and `authorization`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Account {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub imports: Vec<Import>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub exports: Vec<Export>,
    pub limits: AccountLimits,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signing_keys: Vec<SigningKey>,
    /// User public keys (or `*`) → unix seconds: tokens issued up to then are revoked.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub revocations: BTreeMap<String, i64>,
    pub default_permissions: Permissions,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub mappings: BTreeMap<String, Vec<serde_json::Value>>,
    pub authorization: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cluster_traffic: String,
    #[serde(flatten)]
    pub generic: GenericFields,
}

impl Default for Account {
    fn default() -> Self {
        Account {
            imports: Vec::new(),
            exports: Vec::new(),
            limits: AccountLimits::unlimited(),
            signing_keys: Vec::new(),
            revocations: BTreeMap::new(),
            default_permissions: Permissions::default(),
            mappings: BTreeMap::new(),
            authorization: serde_json::json!({}),
            trace: None,
            cluster_traffic: String::new(),
            generic: GenericFields::default(),
        }
    }
}

impl Account {
    /// The signing key `key`, when the account has it.
    pub fn signing_key(&self, key: &str) -> Option<&SigningKey> {
        self.signing_keys.iter().find(|k| k.key() == key)
    }

    /// nats-io/jwt's `IsClaimRevoked`: revoked when the user's key, or `*`, is listed
    /// at or after the token's issue time.
    pub fn is_revoked(&self, user: &str, issued_at: i64) -> bool {
        [user, "*"].iter().any(|k| self.revocations.get(*k).is_some_and(|&at| issued_at <= at))
    }
}

/// `pub`, `sub` and `resp` together (an account's `default_permissions`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Permissions {
    #[serde(rename = "pub")]
    pub publish: Permission,
    #[serde(rename = "sub")]
    pub subscribe: Permission,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resp: Option<ResponsePermission>,
}

/// An operator's part of an operator JWT (`nats`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Operator {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub signing_keys: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account_server_url: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub operator_service_urls: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub system_account: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub assert_server_version: String,
    #[serde(skip_serializing_if = "is_false")]
    pub strict_signing_key_usage: bool,
    #[serde(flatten)]
    pub generic: GenericFields,
}

/// An activation's part of an activation token (`nats`): the exporting account (or its
/// signing key) lets the subject account import `subject`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Activation {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    /// `stream` or `service`.
    #[serde(rename = "kind", skip_serializing_if = "String::is_empty")]
    pub export_kind: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer_account: String,
    #[serde(flatten)]
    pub generic: GenericFields,
}

/// The server's question to an auth callout service (`nats` of an
/// `authorization_request`): who is connecting, with what credentials.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuthorizationRequest {
    pub server_id: serde_json::Value,
    /// The key the answer's user JWT must be about (fresh for each request).
    pub user_nkey: String,
    pub client_info: serde_json::Value,
    pub connect_opts: serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub client_tls: Option<serde_json::Value>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub request_nonce: String,
    #[serde(flatten)]
    pub generic: GenericFields,
}

/// An auth callout service's answer (`nats` of an `authorization_response`): a user JWT
/// for the connection, or an error.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AuthorizationResponse {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub jwt: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub error: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issuer_account: String,
    #[serde(flatten)]
    pub generic: GenericFields,
}

/// A token's standard claims and its kind-specific part.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claims<T> {
    #[serde(flatten)]
    pub claims: ClaimsData,
    pub nats: T,
}

pub type UserClaims = Claims<User>;
pub type AccountClaims = Claims<Account>;
pub type OperatorClaims = Claims<Operator>;
pub type ActivationClaims = Claims<Activation>;
pub type AuthorizationRequestClaims = Claims<AuthorizationRequest>;
pub type AuthorizationResponseClaims = Claims<AuthorizationResponse>;

/// What each kind of token is, and whose key may issue it.
pub trait Kind: Serialize + serde::de::DeserializeOwned + Default {
    /// The `type` in `nats`.
    const TYPE: &'static str;
    /// The key kind of its subject (`O`, `A`, `U`).
    const SUBJECT_PREFIX: char;
    /// The key kinds that may issue it.
    const ISSUER_PREFIXES: &'static [char];
    fn set_type(&mut self);
    fn type_of(&self) -> &str;
    /// What nats-io/jwt's `New...Claims` starts from.
    fn fresh() -> Self;
}

/// `Kind` for a claim's `nats` part: its type name, its subject's and issuers' key kinds
/// (`type` and `version` live in its `generic` fields).
/// A new claim starts from `fresh` (default: `Default`).
macro_rules! kind {
    ($t:ty, $name:literal, $subject:literal, [$($issuer:literal),+]) => {
        kind!($t, $name, $subject, [$($issuer),+], fresh = <$t>::default());
    };
    ($t:ty, $name:literal, $subject:literal, [$($issuer:literal),+], fresh = $fresh:expr) => {
        impl Kind for $t {
            const TYPE: &'static str = $name;
            const SUBJECT_PREFIX: char = $subject;
            const ISSUER_PREFIXES: &'static [char] = &[$($issuer),+];
            fn set_type(&mut self) {
                self.generic.kind = Self::TYPE.into();
                self.generic.version = 2;
            }
            fn type_of(&self) -> &str {
                &self.generic.kind
            }
            fn fresh() -> Self {
                $fresh
            }
        }
    };
}

kind!(User, "user", 'U', ['A'], fresh = User::unlimited());
kind!(Account, "account", 'A', ['O']);
kind!(Operator, "operator", 'O', ['O']);
kind!(Activation, "activation", 'A', ['A']);
kind!(AuthorizationRequest, "authorization_request", 'A', ['N']);
kind!(AuthorizationResponse, "authorization_response", 'U', ['A']);

/// Is `key` a valid public key of this kind (`O`, `A`, `U`, `N`, `X` for curve keys, ...)?
pub fn is_public_key(key: &str, prefix: char) -> bool {
    match prefix {
        'X' => key.starts_with('X') && nkeys::XKey::from_public_key(key).is_ok(),
        _ => key.starts_with(prefix) && nkeys::KeyPair::from_public_key(key).is_ok(),
    }
}

fn b64(data: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(data)
}

fn unb64(data: &str) -> Result<Vec<u8>, String> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(data.trim_end_matches('=')).map_err(|e| format!("illegal base64 data: {e}"))
}

/// nats-io/jwt's `ClaimsData.hash`: base32 (no padding) of SHA-512/256 of the standard
/// claims' JSON.
fn claims_hash(claims: &ClaimsData) -> String {
    use sha2::Digest;
    let json = serde_json::to_vec(claims).unwrap_or_default();
    let digest = sha2::Sha512_256::digest(&json);
    data_encoding::BASE32_NOPAD.encode(&digest)
}

/// A token taken apart: its header, its payload (decoded), and what was signed with the
/// signature. Size, chunks, base64 and the `ed25519-nkey` algorithm are checked here
/// (v1's "ed25519" signs only the payload; natsx reads v2 tokens only).
struct Parts<'a> {
    header: serde_json::Value,
    payload: Vec<u8>,
    signed: &'a [u8],
    signature: Vec<u8>,
}

impl<'a> Parts<'a> {
    fn split(token: &'a str) -> Result<Parts<'a>, String> {
        if token.len() > MAX_TOKEN_SIZE {
            return Err(format!("token size {} exceeds maximum of {MAX_TOKEN_SIZE} bytes: token too large", token.len()));
        }
        let token = token.trim();
        let chunks: Vec<&str> = token.split('.').collect();
        if chunks.len() != 3 {
            return Err("expected 3 chunks".into());
        }
        let header: serde_json::Value = serde_json::from_slice(&unb64(chunks[0])?).map_err(|e| e.to_string())?;
        let alg = header.get("alg").and_then(|t| t.as_str()).unwrap_or_default();
        if !alg.eq_ignore_ascii_case("ed25519-nkey") {
            return Err(format!("unexpected {alg:?} algorithm"));
        }
        Ok(Parts {
            header,
            payload: unb64(chunks[1])?,
            signed: &token.as_bytes()[..chunks[0].len() + 1 + chunks[1].len()],
            signature: unb64(chunks[2])?,
        })
    }

    /// Checks that `issuer` (a public key) signed the token.
    fn verify(&self, issuer: &str) -> Result<(), String> {
        let failed = || "claim failed V2 signature verification".to_string();
        let key = nkeys::KeyPair::from_public_key(issuer).map_err(|_| failed())?;
        key.verify(self.signed, &self.signature).map_err(|_| failed())
    }
}

/// nats-io/jwt's `GenericClaims`: the standard claims and a free-form `nats` object,
/// such as the operator-signed `{"accounts": [...]}` of a `$SYS.REQ.CLAIMS.DELETE`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct GenericClaims {
    #[serde(flatten)]
    pub claims: ClaimsData,
    #[serde(default, skip_serializing_if = "serde_json::Value::is_null")]
    pub nats: serde_json::Value,
}

impl GenericClaims {
    /// Decodes any v2 token, checking its header and its issuer's signature but not its
    /// kind (nats-io/jwt's `DecodeGeneric`).
    pub fn decode(token: &str) -> Result<GenericClaims, String> {
        let parts = Parts::split(token)?;
        let claims: GenericClaims = serde_json::from_slice(&parts.payload).map_err(|e| e.to_string())?;
        parts.verify(&claims.claims.issuer)?;
        Ok(claims)
    }

    /// Signs the claims with `signer`, setting `iss`, `iat` and `jti` (nats-io/jwt's
    /// `GenericClaims.Encode`).
    pub fn encode(&mut self, signer: &nkeys::KeyPair) -> Result<String, String> {
        self.claims.issuer = signer.public_key();
        self.claims.issued_at = now();
        self.claims.id = String::new();
        self.claims.id = claims_hash(&self.claims);
        let payload = serde_json::to_vec(self).map_err(|e| e.to_string())?;
        let signed = format!("{}.{}", b64(HEADER.as_bytes()), b64(&payload));
        let sig = signer.sign(signed.as_bytes()).map_err(|e| e.to_string())?;
        Ok(format!("{signed}.{}", b64(&sig)))
    }
}

impl<T: Kind> Claims<T> {
    /// New claims about `subject` with the kind's defaults (no limits).
    pub fn new(subject: &str) -> Claims<T> {
        Claims { claims: ClaimsData { subject: subject.to_string(), ..Default::default() }, nats: T::fresh() }
    }

    /// Signs the claims with `signer` (the issuer's key pair), setting `iss`, `iat`
    /// (now), `jti`, `type` and `version` as nats-io/jwt's `Encode` does. Errors: a
    /// subject or issuer of the wrong kind.
    pub fn encode(&mut self, signer: &nkeys::KeyPair) -> Result<String, String> {
        if !is_public_key(&self.claims.subject, T::SUBJECT_PREFIX) {
            return Err(format!("expected subject to be {} public key", kind_name(T::SUBJECT_PREFIX)));
        }
        let issuer = signer.public_key();
        if !T::ISSUER_PREFIXES.iter().any(|p| issuer.starts_with(*p)) {
            return Err(format!("unable to validate expected prefixes - {:?}", T::ISSUER_PREFIXES));
        }
        self.claims.issuer = issuer;
        self.claims.issued_at = now();
        self.claims.id = String::new();
        self.claims.id = claims_hash(&self.claims);
        self.nats.set_type();
        let payload = serde_json::to_vec(self).map_err(|e| e.to_string())?;
        let signed = format!("{}.{}", b64(HEADER.as_bytes()), b64(&payload));
        let sig = signer.sign(signed.as_bytes()).map_err(|e| e.to_string())?;
        Ok(format!("{signed}.{}", b64(&sig)))
    }

    /// Decodes a token of this kind and checks it: size, header, payload, the issuer's
    /// signature, the issuer's key kind (nats-io/jwt's `Decode`). Times are checked by
    /// `validate`.
    pub fn decode(token: &str) -> Result<Claims<T>, String> {
        let parts = Parts::split(token)?;
        let typ = parts.header.get("typ").and_then(|t| t.as_str()).unwrap_or_default();
        if !typ.eq_ignore_ascii_case("JWT") {
            return Err(format!("not supported type {typ:?}"));
        }
        let payload = &parts.payload;
        let value: serde_json::Value = serde_json::from_slice(payload).map_err(|e| e.to_string())?;
        let kind = value.pointer("/nats/type").and_then(|t| t.as_str()).unwrap_or_default();
        if kind != T::TYPE {
            return Err(format!("not {} claim", T::TYPE));
        }
        if value.pointer("/nats/version").and_then(|v| v.as_i64()).unwrap_or(0) > 2 {
            return Err("JWT was generated by a newer version ".into());
        }
        let claims: Claims<T> = serde_json::from_value(value).map_err(|e| e.to_string())?;
        parts.verify(&claims.claims.issuer)?;
        if !T::ISSUER_PREFIXES.iter().any(|p| is_public_key(&claims.claims.issuer, *p)) {
            return Err(format!("unable to validate expected prefixes - {:?}", T::ISSUER_PREFIXES));
        }
        Ok(claims)
    }

    /// The checks nats-server treats as blocking (nats-io/jwt's `Validate` and
    /// `IsBlocking(true)`): expired, not yet valid, and the kind's own rules.
    pub fn validate(&self) -> Result<(), String> {
        let now = now();
        if self.claims.expires > 0 && now > self.claims.expires {
            return Err("claim is expired".into());
        }
        if self.claims.not_before > 0 && now < self.claims.not_before {
            return Err("claim is not yet valid".into());
        }
        Ok(())
    }
}

impl UserClaims {
    /// `validate` and the user's own rules: CIDRs, time ranges, permission subjects.
    pub fn validate_user(&self) -> Result<(), String> {
        self.validate()?;
        for cidr in &self.nats.src {
            if parse_cidr(cidr).is_none() {
                return Err(format!("invalid cidr {cidr:?} in user src limits"));
            }
        }
        for t in &self.nats.times {
            for (what, v) in [("start", &t.start), ("end", &t.end)] {
                if v.is_empty() {
                    return Err(format!("time ranges {what} must contain a{} {what}", if what == "end" { "n" } else { "" }));
                }
                if parse_time_of_day(v).is_none() {
                    return Err(format!("{what} in time range is invalid {v:?}"));
                }
            }
        }
        if !self.nats.issuer_account.is_empty() && !is_public_key(&self.nats.issuer_account, 'A') {
            return Err("account_id is not an account public key".into());
        }
        Ok(())
    }
}

/// `HH:MM:SS` as seconds of the day.
pub fn parse_time_of_day(text: &str) -> Option<u32> {
    let mut parts = text.split(':');
    let (h, m, s) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || h.len() != 2 || m.len() != 2 || s.len() != 2 {
        return None;
    }
    let (h, m, s): (u32, u32, u32) = (h.parse().ok()?, m.parse().ok()?, s.parse().ok()?);
    (h < 24 && m < 60 && s < 60).then_some(h * 3600 + m * 60 + s)
}

/// A CIDR (`10.0.0.0/8`, `::1/128`) as its address and prefix length.
pub fn parse_cidr(text: &str) -> Option<(std::net::IpAddr, u8)> {
    let (ip, bits) = text.trim().split_once('/')?;
    let ip: std::net::IpAddr = ip.parse().ok()?;
    let bits: u8 = bits.parse().ok()?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    (bits <= max).then_some((ip, bits))
}

/// Does `cidr` contain `ip`?
pub fn cidr_contains(cidr: &str, ip: std::net::IpAddr) -> bool {
    let Some((net, bits)) = parse_cidr(cidr) else { return false };
    let ip = match ip {
        std::net::IpAddr::V6(v6) => v6.to_ipv4_mapped().map(std::net::IpAddr::V4).unwrap_or(ip),
        v4 => v4,
    };
    match (net, ip) {
        (std::net::IpAddr::V4(n), std::net::IpAddr::V4(a)) => {
            let mask = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
            u32::from(n) & mask == u32::from(a) & mask
        }
        (std::net::IpAddr::V6(n), std::net::IpAddr::V6(a)) => {
            let mask = if bits == 0 { 0 } else { u128::MAX << (128 - bits) };
            u128::from(n) & mask == u128::from(a) & mask
        }
        _ => false,
    }
}

fn kind_name(prefix: char) -> &'static str {
    match prefix {
        'O' => "operator",
        'A' => "account",
        'U' => "user",
        _ => "a",
    }
}

/// Unix seconds now.
pub fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// The `type` of a token without checking it (`operator`, `account`, `user`, ...), or
/// an error when it is not a JWT at all.
pub fn peek_type(token: &str) -> Result<String, String> {
    let chunks: Vec<&str> = token.trim().split('.').collect();
    if chunks.len() != 3 {
        return Err("expected 3 chunks".into());
    }
    let value: serde_json::Value = serde_json::from_slice(&unb64(chunks[1])?).map_err(|e| e.to_string())?;
    Ok(value.pointer("/nats/type").or_else(|| value.get("type")).and_then(|t| t.as_str()).unwrap_or("generic").to_string())
}

/// The first JWT in a decorated file (`-----BEGIN NATS ... JWT-----` blocks), or the
/// text itself when it is a bare token (nats-io/jwt's `ParseDecoratedJWT`), or else the
/// first word of the text that is one (`eyJ...`, three dot-separated parts).
pub fn parse_decorated_jwt(text: &str) -> Result<String, String> {
    match decorated_blocks(text).into_iter().next() {
        Some(block) => Ok(block),
        None => {
            let t = text.trim();
            if t.split('.').count() == 3 && !t.contains(char::is_whitespace) {
                return Ok(t.to_string());
            }
            // Text that holds a token somewhere (a server config's `operator: eyJ...`).
            t.split(|c: char| c.is_whitespace() || c == '"' || c == '\'')
                .find(|w| w.starts_with("eyJ") && w.split('.').count() == 3)
                .map(str::to_string)
                .ok_or_else(|| "no JWT found".into())
        }
    }
}

/// The seed in a `.creds` file: the second decorated block (nats-io/jwt's
/// `ParseDecoratedNKey`), or the first line starting `SU`, `SA` or `SO`.
pub fn parse_decorated_seed(text: &str) -> Result<String, String> {
    let blocks = decorated_blocks(text);
    if let Some(seed) = blocks.get(1).filter(|b| b.starts_with('S')) {
        return Ok(seed.clone());
    }
    text.lines()
        .map(str::trim)
        .find(|l| l.starts_with("SU") || l.starts_with("SA") || l.starts_with("SO"))
        .map(str::to_string)
        .ok_or_else(|| "no nkey seed found".into())
}

/// The contents of blocks fenced by lines of three or more dashes.
fn decorated_blocks(text: &str) -> Vec<String> {
    let fence = |l: &str| l.trim().starts_with("---") && l.trim().ends_with("---");
    let lines: Vec<&str> = text.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        if fence(lines[i]) && lines[i].contains("BEGIN") {
            let body: Vec<&str> = lines[i + 1..].iter().take_while(|l| !fence(l)).map(|l| l.trim()).filter(|l| !l.is_empty()).collect();
            i += body.len() + 1;
            if !body.is_empty() {
                blocks.push(body.concat());
            }
        }
        i += 1;
    }
    blocks
}

/// A `.creds` file as nsc and nats-io/jwt's `FormatUserConfig` write it.
pub fn format_creds(user_jwt: &str, seed: &str) -> String {
    format!(
        "-----BEGIN NATS USER JWT-----\n{user_jwt}\n------END NATS USER JWT------\n\n\
************************* IMPORTANT *************************\n\
NKEY Seed printed below can be used to sign and prove identity.\n\
NKEYs are sensitive and should be treated as secrets.\n\n\
-----BEGIN USER NKEY SEED-----\n{seed}\n------END USER NKEY SEED------\n\n\
*************************************************************\n"
    )
}

/// A decorated JWT (an operator's or account's, as nsc exports them).
pub fn format_decorated(kind: &str, token: &str) -> String {
    let upper = kind.to_uppercase();
    format!("-----BEGIN NATS {upper} JWT-----\n{token}\n------END NATS {upper} JWT------\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain() -> (nkeys::KeyPair, nkeys::KeyPair, nkeys::KeyPair) {
        (nkeys::KeyPair::new_operator(), nkeys::KeyPair::new_account(), nkeys::KeyPair::new_user())
    }

    #[test]
    fn round_trip_and_signature() {
        let (op, acc, user) = chain();
        let mut uc = UserClaims::new(&user.public_key());
        uc.claims.name = "alice".into();
        uc.nats.publish.allow = vec!["orders.>".into()];
        let token = uc.encode(&acc).unwrap();
        let back = UserClaims::decode(&token).unwrap();
        assert_eq!(back.claims.issuer, acc.public_key());
        assert_eq!(back.nats.publish.allow, ["orders.>"]);
        assert_eq!((back.nats.generic.kind.as_str(), back.nats.generic.version, back.nats.subs), ("user", 2, NO_LIMIT));
        assert_eq!(back.claims.id.len(), 52, "base32 of 32 bytes");
        // The JSON Go writes: standard claims, then nats with pub and sub always there.
        let payload = String::from_utf8(unb64(token.split('.').nth(1).unwrap()).unwrap()).unwrap();
        assert!(payload.starts_with("{\"jti\":"), "{payload}");
        assert!(payload.contains("\"nats\":{\"pub\":{\"allow\":[\"orders.>\"]},\"sub\":{},\"subs\":-1,\"data\":-1,\"payload\":-1,\"type\":\"user\",\"version\":2}"), "{payload}");

        // Tampered payload, wrong issuer kind, wrong kind, garbage.
        let mut parts: Vec<String> = token.split('.').map(str::to_string).collect();
        parts[1] = b64(payload.replace("orders", "admin").as_bytes());
        assert_eq!(UserClaims::decode(&parts.join(".")).unwrap_err(), "claim failed V2 signature verification");
        let mut by_operator = UserClaims::new(&user.public_key());
        assert!(by_operator.encode(&op).unwrap_err().contains("expected prefixes"));
        assert_eq!(AccountClaims::decode(&token).unwrap_err(), "not account claim");
        assert_eq!(UserClaims::decode("a.b").unwrap_err(), "expected 3 chunks");
        let mut ac = AccountClaims::new(&acc.public_key());
        let account_jwt = ac.encode(&op).unwrap();
        assert_eq!(AccountClaims::decode(&account_jwt).unwrap().nats.limits.conn, NO_LIMIT);
        assert_eq!(peek_type(&account_jwt).unwrap(), "account");
    }

    #[test]
    fn times_and_revocations() {
        let (_, acc, user) = chain();
        let mut uc = UserClaims::new(&user.public_key());
        uc.claims.expires = now() - 10;
        let expired = UserClaims::decode(&uc.encode(&acc).unwrap()).unwrap();
        assert_eq!(expired.validate().unwrap_err(), "claim is expired");
        let mut later = UserClaims::new(&user.public_key());
        later.claims.not_before = now() + 3600;
        assert_eq!(UserClaims::decode(&later.encode(&acc).unwrap()).unwrap().validate().unwrap_err(), "claim is not yet valid");
        let mut a = Account::default();
        a.revocations.insert(user.public_key(), 100);
        assert!(a.is_revoked(&user.public_key(), 100) && !a.is_revoked(&user.public_key(), 101));
        a.revocations.insert("*".into(), 200);
        assert!(a.is_revoked("UOTHER", 150));
    }

    #[test]
    fn cidrs_times_creds() {
        assert!(cidr_contains("10.0.0.0/8", "10.1.2.3".parse().unwrap()));
        assert!(!cidr_contains("10.0.0.0/8", "11.1.2.3".parse().unwrap()));
        assert!(cidr_contains("127.0.0.1/32", "::ffff:127.0.0.1".parse().unwrap()));
        assert!(cidr_contains("::1/128", "::1".parse().unwrap()));
        assert_eq!(parse_time_of_day("09:30:00"), Some(34200));
        assert_eq!(parse_time_of_day("24:00:00"), None);
        let creds = format_creds("aaa.bbb.ccc", "SUAXYZ");
        assert_eq!(parse_decorated_jwt(&creds).unwrap(), "aaa.bbb.ccc");
        assert_eq!(parse_decorated_seed(&creds).unwrap(), "SUAXYZ");
        let user: User = serde_json::from_str(r#"{"src":"10.0.0.0/8, 192.168.0.0/16"}"#).unwrap();
        assert_eq!(user.src, ["10.0.0.0/8", "192.168.0.0/16"]);
    }
}
