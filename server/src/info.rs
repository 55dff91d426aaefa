//! The JSON bodies of INFO (server → client) and CONNECT (client → server).
//!
//! Field names and omission rules follow nats-server's `Info` and `connectOpts`
//! structs, because clients parse them: async-nats, for example, reads `headers`,
//! `max_payload`, `nonce`, `connect_urls` and `ldm`.

use serde::{Deserialize, Serialize};

/// The nats-server release whose features natsx implements, advertised in INFO, `/varz`
/// and `--version`. Clients switch features on by it (nats.go, for instance, sends KV
/// limit-marker TTLs only to 2.11+), so it names the newest release all of whose
/// client-visible features natsx has: 2.11 (JetStream API level 1: per-message TTLs,
/// subject delete markers, consumer pause, priority groups, batched direct gets). It is
/// raised only when a later release's features are all implemented. JetStream's absence
/// is announced by INFO `jetstream` being unset, as a nats-server without `-js` does.
pub const FEATURE_LEVEL: &str = "2.11.0";

/// natsx's own version, shown by `--version` and in `/varz`.
pub const NATSX_VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Serialize, Clone, Debug, Default)]
pub struct Info {
    pub server_id: String,
    pub server_name: String,
    pub version: String,
    pub proto: i32,
    pub go: String,
    pub host: String,
    pub port: u16,
    pub headers: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub auth_required: bool,
    /// The client must upgrade to TLS after this INFO (nats-server's order of keys).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub tls_required: bool,
    /// The client must present a certificate.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub tls_verify: bool,
    /// TLS may be used, plain text too (`allow_non_tls`).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub tls_available: bool,
    pub max_payload: i64,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub jetstream: bool,
    #[serde(skip_serializing_if = "is_zero")]
    pub client_id: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub client_ip: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub nonce: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub connect_urls: Vec<String>,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub ldm: bool,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub connect_info: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub remote_account: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub acc_is_sys: bool,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl Info {
    /// The `INFO {...}\r\n` line.
    pub fn to_line(&self) -> Vec<u8> {
        let mut line = b"INFO ".to_vec();
        // Serializing a struct of strings, numbers and bools cannot fail.
        serde_json::to_writer(&mut line, self).expect("INFO serializes");
        line.extend_from_slice(b" \r\n");
        line
    }
}

/// CONNECT options. Unknown fields are ignored, as nats-server's json.Unmarshal does.
#[derive(Deserialize, Clone, Debug, Default)]
#[serde(default)]
pub struct Connect {
    #[serde(default = "default_true")]
    pub verbose: bool,
    #[serde(default = "default_true")]
    pub pedantic: bool,
    pub tls_required: bool,
    #[serde(deserialize_with = "null_as_default")]
    pub auth_token: String,
    #[serde(deserialize_with = "null_as_default")]
    pub user: String,
    #[serde(deserialize_with = "null_as_default")]
    pub pass: String,
    #[serde(deserialize_with = "null_as_default")]
    pub name: String,
    #[serde(deserialize_with = "null_as_default")]
    pub lang: String,
    #[serde(deserialize_with = "null_as_default")]
    pub version: String,
    pub protocol: i32,
    pub echo: Option<bool>,
    pub headers: bool,
    pub no_responders: bool,
    #[serde(deserialize_with = "null_as_default")]
    pub nkey: String,
    #[serde(deserialize_with = "null_as_default")]
    pub jwt: String,
    #[serde(deserialize_with = "null_as_default")]
    pub sig: String,
    #[serde(deserialize_with = "null_as_default")]
    pub account: String,
}

impl Connect {
    /// The options in force before a CONNECT arrives, and the defaults for fields it
    /// leaves out: nats-server treats a missing `verbose` or `pedantic` as true.
    pub fn before_connect() -> Connect {
        Connect { verbose: true, pedantic: true, ..Default::default() }
    }
}

fn default_true() -> bool {
    true
}

fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_line_omits_empty_fields() {
        let info = Info {
            server_id: "NABC".into(),
            version: FEATURE_LEVEL.into(),
            proto: 1,
            headers: true,
            max_payload: 1024,
            ..Default::default()
        };
        let line = String::from_utf8(info.to_line()).unwrap();
        assert!(line.starts_with("INFO {\"server_id\":\"NABC\""));
        assert!(line.ends_with("} \r\n"));
        assert!(line.contains("\"headers\":true"));
        assert!(!line.contains("auth_required"));
        assert!(!line.contains("client_id"));
    }

    #[test]
    fn connect_tolerates_nulls_and_unknown_fields() {
        let c: Connect = serde_json::from_str(r#"{"verbose":true,"user":null,"extra":[1],"echo":false,"protocol":1}"#).unwrap();
        assert!(c.verbose);
        assert_eq!(c.echo, Some(false));
        assert_eq!(c.user, "");
        let empty: Connect = serde_json::from_str("{}").unwrap();
        assert!(empty.verbose && empty.pedantic, "missing verbose/pedantic default to true");
        assert!(serde_json::from_str::<Connect>(r#"{"verbose":"yes"}"#).is_err());
    }
}
