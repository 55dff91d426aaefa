//! WebSocket clients (nats-server's `websocket {}` block): browsers and the official
//! clients' WebSocket transports speak the NATS protocol inside binary WebSocket frames.
//!
//! A connection on the WebSocket port (TLS first, unless `no_tls`) sends an HTTP upgrade
//! request, checked as nats-server's `wsUpgrade` checks it (GET, `Host`, `Upgrade`,
//! `Connection`, a 16-byte `Sec-WebSocket-Key`, version 13, and the origin rules
//! `same_origin` / `allowed_origins`), within `handshake_timeout` (default 2 s). A bad
//! request gets nats-server's HTTP error status and is closed. After the upgrade the
//! frames are the `tokio-websockets` crate's business; the NATS protocol they carry goes
//! through a pipe to the same connection code as the client port, so everything else
//! (INFO, auth, routing, limits) is shared. A WebSocket client's
//! `allowed_connection_types` name is `WEBSOCKET`.

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use futures_util::{SinkExt, StreamExt};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::client::Host;
use crate::tls::{Tls, TlsSettings};
use crate::{debug, error};

/// nats-server's default `handshake_timeout`.
pub const DEFAULT_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(2);

/// The largest upgrade request read (its headers).
const MAX_REQUEST: usize = 16 * 1024;

/// The `websocket {}` block as the options give it.
#[derive(Clone, Debug, PartialEq)]
pub struct WebsocketSettings {
    pub host: String,
    /// 0 picks a free port; -1 as well (nats-server's RANDOM_PORT).
    pub port: i32,
    pub no_tls: bool,
    pub tls: Option<TlsSettings>,
    pub same_origin: bool,
    /// `scheme://host[:port]` entries.
    pub allowed_origins: Vec<String>,
    pub handshake_timeout: Duration,
    /// The block's `authorization { user, password, token }` and `no_auth_user`: for
    /// WebSocket clients they replace the top-level single user, token and no_auth_user
    /// (configured users still apply), as nats-server overrides them.
    pub username: Option<String>,
    pub password: Option<String>,
    pub token: Option<String>,
    pub no_auth_user: Option<String>,
}

impl WebsocketSettings {
    /// Does the block override the top-level credentials (nats-server's `authOverride`)?
    pub fn auth_override(&self) -> bool {
        self.username.is_some() || self.token.is_some() || self.no_auth_user.is_some()
    }
}

impl Default for WebsocketSettings {
    fn default() -> Self {
        WebsocketSettings {
            host: String::new(),
            port: 0,
            no_tls: false,
            tls: None,
            same_origin: false,
            allowed_origins: Vec::new(),
            handshake_timeout: DEFAULT_HANDSHAKE_TIMEOUT,
            username: None,
            password: None,
            token: None,
            no_auth_user: None,
        }
    }
}

/// An allowed origin: scheme, host and port (the scheme's default when absent).
#[derive(Clone, Debug, PartialEq)]
struct Origin {
    scheme: String,
    host: String,
    port: u16,
}

/// Parses `scheme://host[:port]` as nats-server does (`http` or `https` only).
fn parse_origin(text: &str) -> Result<Origin, String> {
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

/// The WebSocket port, ready to accept connections.
pub struct Websocket {
    pub settings: WebsocketSettings,
    tls: Option<Tls>,
    origins: Vec<Origin>,
}

impl Websocket {
    /// nats-server's `validateWebsocketOptions`, with its texts: TLS unless `no_tls`, and
    /// allowed origins that are absolute `http(s)` URLs.
    pub fn new(settings: &WebsocketSettings) -> Result<Websocket, String> {
        if settings.tls.is_none() && !settings.no_tls {
            return Err("websocket requires TLS configuration".into());
        }
        let tls = match &settings.tls {
            Some(t) => Some(Tls::new(t).map_err(|e| format!("websocket: {e}"))?),
            None => None,
        };
        let origins = settings
            .allowed_origins
            .iter()
            .map(|o| parse_origin(o).map_err(|e| format!("unable to parse allowed origin {e}")))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Websocket { settings: settings.clone(), tls, origins })
    }

    /// `ws` or `wss`, for the log.
    pub fn scheme(&self) -> &'static str {
        if self.tls.is_some() {
            "wss"
        } else {
            "ws"
        }
    }

    /// Serves one accepted socket of the WebSocket port until it closes.
    pub async fn serve(self: Arc<Self>, server: Arc<dyn Host>, socket: TcpStream, addr: SocketAddr) {
        let _ = socket.set_nodelay(true);
        let timeout = self.settings.handshake_timeout;
        match &self.tls {
            None => self.upgrade(server, socket, addr, false).await,
            Some(tls) => match tokio::time::timeout(timeout, tls.acceptor.accept(socket)).await {
                Ok(Ok(stream)) => self.clone().upgrade(server, stream, addr, true).await,
                Ok(Err(e)) => error!("{} - websocket TLS handshake error: {}", addr, e),
                Err(_) => debug!("{} - websocket TLS handshake error: i/o timeout", addr),
            },
        }
    }

    /// The HTTP upgrade, then the pipe between the frames and the connection code.
    async fn upgrade<S>(&self, server: Arc<dyn Host>, mut stream: S, addr: SocketAddr, secure: bool)
    where
        S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
    {
        let request = match tokio::time::timeout(self.settings.handshake_timeout, read_request(&mut stream)).await {
            Ok(Ok(request)) => request,
            Ok(Err(why)) => return refuse(&mut stream, addr, 400, &why).await,
            Err(_) => return debug!("{} - websocket handshake error: timeout", addr),
        };
        let key = match self.check(&request, secure) {
            Ok(key) => key,
            Err((status, why)) => return refuse(&mut stream, addr, status, &why).await,
        };
        let response = format!(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {}\r\n\r\n",
            accept_key(&key)
        );
        if stream.write_all(response.as_bytes()).await.is_err() {
            return;
        }
        let max = server.opts().max_payload + server.opts().max_control_line + 1024;
        let frames = tokio_websockets::ServerBuilder::new()
            .limits(tokio_websockets::Limits::default().max_payload_len(Some(max.max(64 * 1024))))
            .serve(stream);
        let (ours, theirs) = tokio::io::duplex(64 * 1024);
        tokio::spawn(pump(frames, theirs));
        crate::client::serve_websocket(server, ours, addr).await;
    }

    /// nats-server's checks of an upgrade request; the key, or the status and reason.
    fn check(&self, r: &Request, secure: bool) -> Result<String, (u16, String)> {
        if r.method != "GET" {
            return Err((405, "request method must be GET".into()));
        }
        let Some(host) = r.header("host") else { return Err((400, "'Host' missing in request".into())) };
        if !r.header_has("upgrade", "websocket") {
            return Err((400, "invalid value for header 'Upgrade'".into()));
        }
        if !r.header_has("connection", "upgrade") {
            return Err((400, "invalid value for header 'Connection'".into()));
        }
        let Some(key) = r.header("sec-websocket-key") else { return Err((400, "key missing".into())) };
        let decoded = base64::engine::general_purpose::STANDARD.decode(key.trim());
        if decoded.map(|d| d.len()) != Ok(16) {
            return Err((400, "invalid websocket key".into()));
        }
        if !r.header_has("sec-websocket-version", "13") {
            return Err((400, "invalid version".into()));
        }
        self.check_origin(r, host, secure).map_err(|why| (403, format!("origin not allowed: {why}")))?;
        Ok(key.trim().to_string())
    }

    /// nats-server's `checkOrigin`: no rules, or no `Origin` header, accepts.
    fn check_origin(&self, r: &Request, host: &str, secure: bool) -> Result<(), String> {
        if !self.settings.same_origin && self.origins.is_empty() {
            return Ok(());
        }
        let Some(origin) = r.header("origin").or_else(|| r.header("sec-websocket-origin")).filter(|o| !o.is_empty()) else {
            return Ok(());
        };
        let origin = parse_origin(origin)?;
        if self.settings.same_origin {
            let scheme = if secure { "https" } else { "http" };
            let here = parse_origin(&format!("{scheme}://{host}"))?;
            if origin != here {
                return Err("not same origin".into());
            }
        }
        if !self.origins.is_empty() && !self.origins.contains(&origin) {
            return Err("not in the allowed list".into());
        }
        Ok(())
    }
}

/// `Sec-WebSocket-Accept` for a key (RFC 6455: SHA-1 of the key and the protocol's GUID).
fn accept_key(key: &str) -> String {
    const GUID: &str = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    let digest = ring::digest::digest(&ring::digest::SHA1_FOR_LEGACY_USE_ONLY, format!("{key}{GUID}").as_bytes());
    base64::engine::general_purpose::STANDARD.encode(digest.as_ref())
}

/// An HTTP request's method and headers (names lower-cased).
struct Request {
    method: String,
    headers: Vec<(String, String)>,
}

impl Request {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    /// Does the header hold this token (comma-separated, any case)?
    fn header_has(&self, name: &str, token: &str) -> bool {
        self.headers.iter().filter(|(k, _)| k == name).any(|(_, v)| v.split(',').any(|t| t.trim().eq_ignore_ascii_case(token)))
    }
}

/// Reads the upgrade request up to its blank line. A client must not send anything
/// after it before the upgrade is answered (nats-server refuses that too).
async fn read_request<S: AsyncRead + Unpin>(stream: &mut S) -> Result<Request, String> {
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    loop {
        let n = stream.read(&mut chunk).await.map_err(|e| e.to_string())?;
        if n == 0 {
            return Err("connection closed during the handshake".into());
        }
        buf.extend_from_slice(&chunk[..n]);
        let mut headers = [httparse::EMPTY_HEADER; 64];
        let mut parsed = httparse::Request::new(&mut headers);
        match parsed.parse(&buf) {
            Ok(httparse::Status::Complete(len)) => {
                if len < buf.len() {
                    return Err("client sent data before handshake is complete".into());
                }
                let headers =
                    parsed.headers.iter().map(|h| (h.name.to_ascii_lowercase(), String::from_utf8_lossy(h.value).into_owned())).collect();
                return Ok(Request { method: parsed.method.unwrap_or_default().to_string(), headers });
            }
            Ok(httparse::Status::Partial) if buf.len() < MAX_REQUEST => continue,
            Ok(httparse::Status::Partial) => return Err("request headers too large".into()),
            Err(e) => return Err(format!("invalid request: {e}")),
        }
    }
}

/// Answers a refused upgrade as nats-server does (the status and its text) and logs why.
async fn refuse<S: AsyncWrite + Unpin>(stream: &mut S, addr: SocketAddr, status: u16, why: &str) {
    error!("{} - websocket handshake error: {}", addr, why);
    let text = match status {
        403 => "Forbidden",
        405 => "Method Not Allowed",
        _ => "Bad Request",
    };
    let body = format!("{text}\n");
    let response = format!(
        "HTTP/1.1 {status} {text}\r\nContent-Type: text/plain; charset=utf-8\r\nSec-Websocket-Version: 13\r\nX-Content-Type-Options: nosniff\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let _ = stream.write_all(response.as_bytes()).await;
    let _ = stream.shutdown().await;
}

/// Moves bytes between the WebSocket frames and the connection's pipe until either
/// side ends: what the connection writes goes out as binary frames, what frames bring
/// in (binary or text) is read by the connection. Backpressure holds: a peer that does
/// not read stalls the pipe, and the connection's write deadline and pending limit apply.
async fn pump<S>(mut frames: tokio_websockets::WebSocketStream<S>, mut pipe: tokio::io::DuplexStream)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        tokio::select! {
            read = pipe.read(&mut buf) => match read {
                Ok(n) if n > 0 => {
                    let frame = tokio_websockets::Message::binary(bytes::Bytes::copy_from_slice(&buf[..n]));
                    if frames.send(frame).await.is_err() {
                        break;
                    }
                }
                _ => {
                    let _ = frames.close().await;
                    break;
                }
            },
            frame = frames.next() => match frame {
                Some(Ok(m)) if m.is_binary() || m.is_text() => {
                    if pipe.write_all(m.as_payload()).await.is_err() {
                        break;
                    }
                }
                Some(Ok(m)) if m.is_close() => break,
                // Pings are answered by the crate.
                Some(Ok(_)) => {}
                _ => break,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_key_of_rfc_6455() {
        assert_eq!(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    #[test]
    fn origins() {
        assert_eq!(parse_origin("https://example.com").unwrap(), Origin { scheme: "https".into(), host: "example.com".into(), port: 443 });
        assert_eq!(parse_origin("http://Example.com:8080/x").unwrap().port, 8080);
        assert!(parse_origin("ftp://example.com").unwrap_err().contains("http or https scheme"));
        assert!(parse_origin("example.com").is_err());
        assert!(parse_origin("http://").unwrap_err().contains("host is required"));
    }
}
