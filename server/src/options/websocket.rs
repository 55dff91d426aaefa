//! The `websocket {}` block's settings and nats-server's checks of them
//! (`validateWebsocketOptions`). The listener itself is the top-level `websocket` module.

use std::time::Duration;

use crate::tls::TlsSettings;

/// nats-server's default `handshake_timeout`.
pub const DEFAULT_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(2);

/// The `websocket {}` block as the options give it.
#[derive(Clone, Debug, PartialEq)]
pub struct WebsocketSettings {
    pub host: String,
    /// 0 picks a free port; -1 as well (nats-server's RANDOM_PORT).
    pub port: i32,
    /// `advertise`: shown in `/varz`; natsx has no cluster to tell clients about.
    pub advertise: Option<String>,
    pub no_tls: bool,
    pub tls: Option<TlsSettings>,
    pub same_origin: bool,
    /// `scheme://host[:port]` entries.
    pub allowed_origins: Vec<String>,
    pub handshake_timeout: Duration,
    /// `compression`: per-message deflate (RFC 7692) for clients that offer it.
    pub compression: bool,
    /// The block's `authorization { user, password, token }` and `no_auth_user`: for
    /// WebSocket clients they replace the top-level single user, token and no_auth_user
    /// (configured users still apply), as nats-server overrides them.
    pub username: Option<String>,
    pub password: Option<String>,
    pub token: Option<String>,
    pub no_auth_user: Option<String>,
    /// `authorization { timeout }`: replaces `authorization { timeout }` of the client
    /// port for WebSocket clients (nats-server's `Websocket.AuthTimeout`).
    pub auth_timeout: Option<Duration>,
    /// Cookies whose values stand in for CONNECT's `user`, `pass` and `auth_token` when
    /// CONNECT has none (`user_cookie`, `pass_cookie`, `token_cookie`).
    pub user_cookie: Option<String>,
    pub pass_cookie: Option<String>,
    pub token_cookie: Option<String>,
    /// `jwt_cookie`: a cookie holding the user JWT, when CONNECT has none (operator mode).
    pub jwt_cookie: Option<String>,
    /// `headers`: extra header lines of the upgrade response, in the order given.
    pub headers: Vec<(String, String)>,
    /// `ping_interval`: replaces the server's `ping_interval` for WebSocket clients.
    pub ping_interval: Option<Duration>,
}

impl WebsocketSettings {
    /// Does the block override the top-level credentials (nats-server's `authOverride`)?
    pub fn auth_override(&self) -> bool {
        self.username.is_some() || self.token.is_some() || self.no_auth_user.is_some()
    }

    /// nats-server's `validateWebsocketOptions`, with its texts: TLS unless `no_tls`,
    /// allowed origins that are absolute `http(s)` URLs, no response header the upgrade
    /// itself sets. The TLS block is checked by loading it. (A `jwt_cookie` needs trusted
    /// operators: `Options::validate` checks that, knowing the whole config.)
    pub fn validate(&self) -> Result<(), String> {
        if self.tls.is_none() && !self.no_tls {
            return Err("websocket requires TLS configuration".into());
        }
        if let Some(t) = &self.tls {
            crate::tls::Tls::new(t).map_err(|e| format!("websocket: {e}"))?;
        }
        self.origins()?;
        for (name, _) in &self.headers {
            let lower = name.to_ascii_lowercase();
            if ["host", "content-length", "connection", "upgrade", "nats-no-masking"].contains(&lower.as_str()) {
                return Err(format!("websocket: invalid header {name:?} not allowed"));
            }
            if lower.starts_with("sec-websocket-") {
                return Err(format!("websocket: invalid header {name:?}, \"Sec-WebSocket-\" prefix not allowed"));
            }
        }
        Ok(())
    }

    /// The parsed `allowed_origins`.
    pub fn origins(&self) -> Result<Vec<Origin>, String> {
        self.allowed_origins.iter().map(|o| parse_origin(o).map_err(|e| format!("unable to parse allowed origin {e}"))).collect()
    }
}

impl Default for WebsocketSettings {
    fn default() -> Self {
        WebsocketSettings {
            host: String::new(),
            port: 0,
            advertise: None,
            no_tls: false,
            tls: None,
            same_origin: false,
            allowed_origins: Vec::new(),
            handshake_timeout: DEFAULT_HANDSHAKE_TIMEOUT,
            compression: false,
            username: None,
            password: None,
            token: None,
            no_auth_user: None,
            auth_timeout: None,
            user_cookie: None,
            pass_cookie: None,
            token_cookie: None,
            jwt_cookie: None,
            headers: Vec::new(),
            ping_interval: None,
        }
    }
}

/// An origin: scheme, host and port (the scheme's default when absent).
#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    pub scheme: String,
    pub host: String,
    pub port: u16,
}

/// Parses `scheme://host[:port]` as nats-server does (`http` or `https` only).
pub fn parse_origin(text: &str) -> Result<Origin, String> {
    let (scheme, rest) = text.split_once("://").ok_or_else(|| format!("parse {text:?}: invalid URI for request"))?;
    let scheme = scheme.to_ascii_lowercase();
    if scheme != "http" && scheme != "https" {
        return Err(format!("{text:?}: allowed origins must be absolute URLs with http or https scheme"));
    }
    let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let (host, port) = match authority.rsplit_once(':').filter(|(_, p)| !p.is_empty() && !p.contains(']')) {
        Some((h, p)) => (h, p.parse::<u16>().map_err(|_| format!("{text:?}: invalid port"))?),
        None => (authority, if scheme == "https" { 443 } else { 80 }),
    };
    if host.is_empty() {
        return Err(format!("{text:?}: host is required"));
    }
    Ok(Origin { scheme, host: host.trim_matches(['[', ']']).to_ascii_lowercase(), port })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins() {
        assert_eq!(parse_origin("https://example.com").unwrap(), Origin { scheme: "https".into(), host: "example.com".into(), port: 443 });
        assert_eq!(parse_origin("http://Example.com:8080/x").unwrap().port, 8080);
        assert!(parse_origin("ftp://example.com").unwrap_err().contains("http or https scheme"));
        assert!(parse_origin("example.com").is_err());
        assert!(parse_origin("http://").unwrap_err().contains("host is required"));
    }

    #[test]
    fn checks_of_nats_server() {
        let plain = WebsocketSettings { no_tls: true, ..Default::default() };
        assert_eq!(WebsocketSettings::default().validate().unwrap_err(), "websocket requires TLS configuration");
        assert!(plain.validate().is_ok());
        let header = |name: &str| WebsocketSettings { headers: vec![(name.into(), "v".into())], ..plain.clone() }.validate();
        assert!(header("X-Frame-Options").is_ok());
        assert_eq!(header("Content-Length").unwrap_err(), "websocket: invalid header \"Content-Length\" not allowed");
        assert_eq!(
            header("Sec-WebSocket-Protocol").unwrap_err(),
            "websocket: invalid header \"Sec-WebSocket-Protocol\", \"Sec-WebSocket-\" prefix not allowed"
        );
    }
}
