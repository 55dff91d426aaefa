//! WebSocket clients (nats-server's `websocket {}` block): browsers and the official
//! clients' WebSocket transports speak the NATS protocol inside binary WebSocket frames.
//!
//! A connection on the WebSocket port (TLS first, unless `no_tls`) sends an HTTP upgrade
//! request, checked as nats-server's `wsUpgrade` checks it (GET, `Host`, `Upgrade`,
//! `Connection`, a 16-byte `Sec-WebSocket-Key`, version 13, and the origin rules
//! `same_origin` / `allowed_origins`), within `handshake_timeout` (default 2 s). A bad
//! request gets nats-server's HTTP error status and is closed. The answer carries the
//! `headers` option's lines, and per-message deflate when `compression` is on and the
//! client offers it. After the upgrade the frames are the `soketto` crate's business; the
//! NATS protocol they carry goes through a pipe to the same connection code as the
//! client port, so everything else (INFO, auth, routing, limits) is shared; credentials
//! from the cookies `user_cookie`, `pass_cookie` and `token_cookie` name fill what
//! CONNECT leaves empty. A WebSocket client's `allowed_connection_types` name is
//! `WEBSOCKET`.

use base64::Engine;
use soketto::base::{Header, OpCode};
use soketto::extension::{Extension, Param};
use std::net::SocketAddr;
use std::sync::Arc;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_util::compat::TokioAsyncReadCompatExt;

use crate::client::{Host, WebsocketCredentials};
use crate::options::websocket::{parse_origin, Origin, WebsocketSettings};
use crate::tls::Tls;
use crate::{debug, error};

/// The path a leaf node's upgrade request ends with (nats-server's `leafNodeWSPath`).
pub const LEAF_PATH: &str = "/leafnode";

/// What a leaf node offers for per-message deflate (nats-server's `wsPMCReqHeaderValue`).
const DEFLATE_OFFER: &str = "permessage-deflate; server_no_context_takeover; client_no_context_takeover";

/// The largest upgrade request read (its headers).
const MAX_REQUEST: usize = 16 * 1024;

/// Messages of at most this many bytes go out uncompressed (nats-server's
/// `wsCompressThreshold`).
const COMPRESS_THRESHOLD: usize = 64;

/// What a compressed message leaves off (RFC 7692: the sync flush's empty block), then
/// an empty final block, so that inflating ends the stream exactly (nats-server's
/// `compressLastBlock`).
const FINAL_BLOCKS: [u8; 9] = [0x00, 0x00, 0xff, 0xff, 0x01, 0x00, 0x00, 0xff, 0xff];

/// The `Sec-WebSocket-Extensions` answer to a client offering per-message deflate: no
/// context kept across messages either way, as nats-server answers.
const DEFLATE_RESPONSE: &str = "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover\r\n";

/// The WebSocket port, ready to accept connections.
pub struct Websocket {
    pub settings: WebsocketSettings,
    tls: Option<Tls>,
    origins: Vec<Origin>,
    /// The `headers` option as response lines.
    extra_headers: String,
}

/// A secure WebSocket connection's TLS: what the handshake agreed on, and whom the
/// client's certificate names (with `verify_and_map`).
struct WsTls {
    agreed: crate::tls::TlsConnInfo,
    identity: Option<crate::tls::CertIdentity>,
}

/// What an accepted upgrade request asks for.
struct Upgrade {
    key: String,
    compress: bool,
    credentials: WebsocketCredentials,
}

impl Websocket {
    /// The port for valid settings (see `WebsocketSettings::validate`).
    pub fn new(settings: &WebsocketSettings) -> Result<Websocket, String> {
        settings.validate()?;
        let tls = match &settings.tls {
            Some(t) => Some(Tls::new(t).map_err(|e| format!("websocket: {e}"))?),
            None => None,
        };
        let extra_headers = settings.headers.iter().map(|(k, v)| format!("{k}: {v}\r\n")).collect();
        Ok(Websocket { settings: settings.clone(), tls, origins: settings.origins()?, extra_headers })
    }

    /// When the port's certificate expires (with TLS).
    pub fn cert_not_after(&self) -> Option<std::time::SystemTime> {
        self.tls.as_ref().and_then(|t| t.cert_not_after)
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
            None => self.upgrade(server, socket, addr, None).await,
            Some(tls) => match tokio::time::timeout(timeout, tls.acceptor.accept(socket)).await {
                Ok(Ok(stream)) => {
                    // The block's own pinned_certs and verify_and_map, as on the client port.
                    let identity = match tls.check_peer(stream.get_ref().1.peer_certificates()) {
                        Ok(identity) => identity,
                        Err(why) => return error!("{} - websocket TLS handshake error: {}", addr, why),
                    };
                    let agreed = crate::tls::TlsConnInfo::of(stream.get_ref().1, false);
                    self.clone().upgrade(server, stream, addr, Some(WsTls { agreed, identity })).await
                }
                Ok(Err(e)) => error!("{} - websocket TLS handshake error: {}", addr, e),
                Err(_) => debug!("{} - websocket TLS handshake error: i/o timeout", addr),
            },
        }
    }

    /// The HTTP upgrade, then the pipe between the frames and the connection code.
    /// `tls`: what the handshake agreed on and whom the client's certificate names.
    async fn upgrade<S>(&self, server: Arc<dyn Host>, mut stream: S, addr: SocketAddr, tls: Option<WsTls>)
    where
        S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
    {
        let request = match tokio::time::timeout(self.settings.handshake_timeout, read_request(&mut stream)).await {
            Ok(Ok(request)) => request,
            Ok(Err(why)) => return refuse(&mut stream, addr, 400, &why).await,
            Err(_) => return debug!("{} - websocket handshake error: timeout", addr),
        };
        let upgrade = match self.check(&request, tls.is_some()) {
            Ok(upgrade) => upgrade,
            Err((status, why)) => return refuse(&mut stream, addr, status, &why).await,
        };
        let response = format!(
            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: {}\r\n{}{}\r\n",
            accept_key(&upgrade.key),
            if upgrade.compress { DEFLATE_RESPONSE } else { "" },
            self.extra_headers,
        );
        if stream.write_all(response.as_bytes()).await.is_err() {
            return;
        }
        let max = max_message_size(server.opts().max_payload);
        let (ours, theirs) = tokio::io::duplex(64 * 1024);
        tokio::spawn(pump(stream, theirs, upgrade.compress, max, addr, soketto::Mode::Server));
        // A leaf node asks for `/leafnode` (nats-server's `leafNodeWSPath`).
        if request.path.ends_with(LEAF_PATH) {
            if !server.accept_leaf_websocket(ours, addr) {
                error!("{} - Not configured to accept leaf node connections", addr);
            }
            return;
        }
        let (agreed, identity) = tls.map_or((None, None), |t| (Some(t.agreed), t.identity));
        crate::client::serve_websocket(server, ours, addr, upgrade.credentials, agreed, identity).await;
    }

    /// nats-server's checks of an upgrade request, and what it asks for; or the status
    /// and reason of a refusal.
    fn check(&self, r: &Request, secure: bool) -> Result<Upgrade, (u16, String)> {
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
        Ok(Upgrade {
            key: key.trim().to_string(),
            compress: self.settings.compression && r.offers_deflate(),
            credentials: self.credentials(r),
        })
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

    /// The values of the cookies `user_cookie`, `pass_cookie`, `token_cookie` and
    /// `jwt_cookie` name.
    fn credentials(&self, r: &Request) -> WebsocketCredentials {
        let s = &self.settings;
        let find = |name: &Option<String>| name.as_deref().and_then(|n| r.cookie(n));
        WebsocketCredentials {
            user: find(&s.user_cookie),
            pass: find(&s.pass_cookie),
            token: find(&s.token_cookie),
            jwt: find(&s.jwt_cookie),
        }
    }
}

/// The largest WebSocket message (fragments together, and again after inflating):
/// 8 × `max_payload` (nats-server's `wsMaxMessageSize` for compressed messages), at least
/// 8 MiB and at most 64 MiB. soketto holds a message whole before it is parsed, so
/// uncompressed messages get a bound too, where nats-server parses them as they come;
/// clients batch many operations into one message, hence the floor. nats-server lets a
/// compressed message inflate to `max_payload` only (too little for one full PUB); natsx
/// allows the same as for any message.
pub fn max_message_size(max_payload: usize) -> usize {
    (max_payload.saturating_mul(8)).clamp(8 * 1024 * 1024, 64 * 1024 * 1024)
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
    /// The request target's path (`/leafnode` at its end: a leaf node connects).
    path: String,
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

    /// Does `Sec-WebSocket-Extensions` offer `permessage-deflate` (with any parameters)?
    fn offers_deflate(&self) -> bool {
        self.headers
            .iter()
            .filter(|(k, _)| k == "sec-websocket-extensions")
            .flat_map(|(_, v)| v.split(','))
            .any(|offer| offer.split(';').next().is_some_and(|name| name.trim().eq_ignore_ascii_case("permessage-deflate")))
    }

    /// A cookie's value (`Cookie: a=1; b="2"`), quotes removed, as Go's `Request.Cookies`
    /// reads it; the last of that name (nats-server keeps assigning in its loop).
    fn cookie(&self, name: &str) -> Option<String> {
        self.headers
            .iter()
            .filter(|(k, _)| k == "cookie")
            .flat_map(|(_, v)| v.split(';'))
            .filter_map(|pair| pair.trim().split_once('='))
            .rfind(|(k, _)| *k == name)
            .map(|(_, v)| v.strip_prefix('"').and_then(|v| v.strip_suffix('"')).unwrap_or(v).to_string())
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
                let target = parsed.path.unwrap_or_default();
                let path = target.split('?').next().unwrap_or_default().to_string();
                return Ok(Request { method: parsed.method.unwrap_or_default().to_string(), path, headers });
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

/// Per-message deflate (RFC 7692) as nats-server does it: no context kept across
/// messages (the upgrade answer asks the same of the client), messages over
/// `COMPRESS_THRESHOLD` bytes compressed, and what a client sends inflated up to a
/// bound (`max_message_size`), so a small frame cannot inflate to gigabytes. soketto
/// does the framing and calls this for each message; flate2 does the deflating.
struct Deflate {
    compressor: flate2::Compress,
    decompressor: flate2::Decompress,
    /// The largest message inflated; more ends the connection.
    max_inflated: usize,
    /// The first fragment of a compressed message came: inflate at its last.
    awaiting_last_fragment: bool,
    buffer: Vec<u8>,
}

impl std::fmt::Debug for Deflate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("permessage-deflate")
    }
}

impl Deflate {
    fn new(max_inflated: usize) -> Deflate {
        Deflate {
            compressor: flate2::Compress::new(flate2::Compression::fast(), false),
            decompressor: flate2::Decompress::new(false),
            max_inflated,
            awaiting_last_fragment: false,
            buffer: Vec::new(),
        }
    }

    /// Deflates `data` into the buffer, without the final empty block's `00 00 FF FF`.
    fn deflate(&mut self, data: &[u8]) -> Result<(), soketto::BoxedError> {
        self.compressor.reset();
        self.buffer.clear();
        self.buffer.reserve(data.len() / 2 + 64);
        loop {
            let done = self.compressor.total_in() as usize;
            self.compressor.compress_vec(&data[done..], &mut self.buffer, flate2::FlushCompress::Sync)?;
            // All in, and room left over: the sync flush is complete.
            if self.compressor.total_in() as usize == data.len() && self.buffer.len() < self.buffer.capacity() {
                break;
            }
            self.buffer.reserve(self.buffer.capacity().max(1024));
        }
        if !self.buffer.ends_with(&[0, 0, 0xff, 0xff]) {
            return Err("deflate: the sync flush did not end with an empty block".into());
        }
        self.buffer.truncate(self.buffer.len() - 4);
        Ok(())
    }

    /// Inflates `data` (a message, then `FINAL_BLOCKS`) into the buffer: the stream
    /// must end exactly there, or the message was cut or is not deflate.
    fn inflate(&mut self, data: &[u8]) -> Result<(), soketto::BoxedError> {
        self.decompressor.reset(false);
        self.buffer.clear();
        loop {
            let room = (self.max_inflated + 1).saturating_sub(self.buffer.len());
            if room == 0 {
                return Err(format!("inflated message larger than {} bytes", self.max_inflated).into());
            }
            self.buffer.reserve(room.min(64 * 1024).max(data.len().min(room)));
            let done = self.decompressor.total_in() as usize;
            let status = self.decompressor.decompress_vec(&data[done..], &mut self.buffer, flate2::FlushDecompress::None)?;
            if self.buffer.len() > self.max_inflated {
                return Err(format!("inflated message larger than {} bytes", self.max_inflated).into());
            }
            if status == flate2::Status::StreamEnd {
                return Ok(());
            }
            if self.decompressor.total_in() as usize == data.len() && self.buffer.len() < self.buffer.capacity() {
                return Err("invalid compressed message: unexpected EOF".into());
            }
        }
    }
}

impl Extension for Deflate {
    fn is_enabled(&self) -> bool {
        true
    }

    fn name(&self) -> &str {
        "permessage-deflate"
    }

    /// Negotiated in the upgrade answer (`DEFLATE_RESPONSE`), not through soketto.
    fn params(&self) -> &[Param<'_>] {
        &[]
    }

    fn configure(&mut self, _: &[Param<'_>]) -> Result<(), soketto::BoxedError> {
        Ok(())
    }

    fn reserved_bits(&self) -> (bool, bool, bool) {
        (true, false, false)
    }

    fn encode(&mut self, header: &mut Header, data: &mut soketto::Storage<'_>) -> Result<(), soketto::BoxedError> {
        if !matches!(header.opcode(), OpCode::Binary | OpCode::Text) || data.as_ref().len() <= COMPRESS_THRESHOLD {
            return Ok(());
        }
        self.deflate(data.as_ref())?;
        match data {
            soketto::Storage::Owned(d) => std::mem::swap(d, &mut self.buffer),
            _ => *data = soketto::Storage::Owned(std::mem::take(&mut self.buffer)),
        }
        header.set_rsv1(true);
        header.set_payload_len(data.as_ref().len());
        Ok(())
    }

    /// soketto calls this at a message's first fragment and at its last (the one that
    /// holds the whole message by then); RSV1 is set on the first only.
    fn decode(&mut self, header: &mut Header, data: &mut Vec<u8>) -> Result<(), soketto::BoxedError> {
        match header.opcode() {
            OpCode::Binary | OpCode::Text if header.is_rsv1() && !header.is_fin() => {
                self.awaiting_last_fragment = true;
                return Ok(());
            }
            OpCode::Binary | OpCode::Text if header.is_rsv1() => {}
            OpCode::Continue if header.is_fin() && self.awaiting_last_fragment => self.awaiting_last_fragment = false,
            _ => return Ok(()),
        }
        data.extend_from_slice(&FINAL_BLOCKS);
        self.inflate(data)?;
        std::mem::swap(data, &mut self.buffer);
        header.set_rsv1(false);
        header.set_payload_len(data.len());
        Ok(())
    }
}

/// Moves bytes between the WebSocket frames and the connection's pipe until either
/// side ends: what the connection writes goes out as binary messages, what messages
/// bring in (binary or text) is read by the connection. Backpressure holds: a peer that
/// does not read stalls the pipe, and the connection's write deadline and pending limit
/// apply. Pings are answered by soketto.
async fn pump<S>(stream: S, pipe: tokio::io::DuplexStream, compress: bool, max: usize, addr: SocketAddr, mode: soketto::Mode)
where
    S: AsyncRead + AsyncWrite + Unpin,
{
    let mut frames = soketto::connection::Builder::new(stream.compat(), mode);
    frames.set_max_message_size(max);
    frames.set_max_frame_size(max);
    if compress {
        frames.add_extensions([Box::new(Deflate::new(max)) as Box<dyn Extension + Send>]);
    }
    let (mut sender, mut receiver) = frames.finish();
    let (mut from_connection, mut to_connection) = tokio::io::split(pipe);
    // Two loops, not one select: soketto's receive is not cancel-safe.
    let outbound = async {
        let mut buf = vec![0u8; 64 * 1024];
        while let Ok(n @ 1..) = from_connection.read(&mut buf).await {
            if sender.send_binary(&buf[..n]).await.is_err() || sender.flush().await.is_err() {
                return;
            }
        }
        let _ = sender.close().await;
    };
    let inbound = async {
        let mut message = Vec::new();
        loop {
            message.clear();
            match receiver.receive_data(&mut message).await {
                Ok(_) => {
                    if to_connection.write_all(&message).await.is_err() {
                        return;
                    }
                }
                Err(soketto::connection::Error::Closed) => return,
                Err(soketto::connection::Error::Io(e)) => return debug!("{} - websocket read error: {}", addr, e),
                // Protocol errors (a bad frame, a message too large, bad compression) are
                // logged as nats-server logs them.
                Err(e) => return error!("{} - websocket protocol error: {}", addr, e),
            }
            if message.capacity() > 1024 * 1024 {
                message = Vec::new();
            }
        }
    };
    tokio::select! {
        _ = outbound => {}
        _ = inbound => {}
    }
}

/// Upgrades `stream` (plain or TLS, to `host`) to a WebSocket connection to `path` as a
/// client (a leaf node dialing its hub, as nats-server's
/// `leafNodeSolicitWSConnection`), offering per-message deflate when `compress`; the
/// stream the connection code reads and writes, frames masked. Errors say why the
/// server's answer was refused.
pub async fn connect<S>(
    mut stream: S,
    host: &str,
    path: &str,
    compress: bool,
    max: usize,
    addr: SocketAddr,
) -> Result<tokio::io::DuplexStream, String>
where
    S: AsyncRead + AsyncWrite + Send + Unpin + 'static,
{
    let key = base64::engine::general_purpose::STANDARD.encode(rand::random::<[u8; 16]>());
    let offer = if compress { format!("Sec-WebSocket-Extensions: {DEFLATE_OFFER}\r\n") } else { String::new() };
    let request = format!(
        "GET {path} HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n{offer}\r\n"
    );
    stream.write_all(request.as_bytes()).await.map_err(|e| e.to_string())?;
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1];
    // Byte by byte up to the blank line: what follows it is the hub's first frame.
    while !buf.ends_with(b"\r\n\r\n") {
        if buf.len() > MAX_REQUEST {
            return Err("websocket response headers too large".into());
        }
        match stream.read(&mut chunk).await {
            Ok(1) => buf.push(chunk[0]),
            Ok(_) => return Err("connection closed during the websocket handshake".into()),
            Err(e) => return Err(e.to_string()),
        }
    }
    let mut headers = [httparse::EMPTY_HEADER; 64];
    let mut response = httparse::Response::new(&mut headers);
    response.parse(&buf).map_err(|e| format!("invalid websocket response: {e}"))?;
    let header = |name: &str| {
        response.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)).map(|h| String::from_utf8_lossy(h.value).trim().to_string())
    };
    let valid = response.code == Some(101)
        && header("upgrade").is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
        && header("connection").is_some_and(|v| v.eq_ignore_ascii_case("upgrade"))
        && header("sec-websocket-accept").is_some_and(|v| v == accept_key(&key));
    if !valid {
        return Err("invalid websocket connection".into());
    }
    // Deflate only when the server took the offer.
    let compress = compress && header("sec-websocket-extensions").is_some_and(|v| v.to_ascii_lowercase().contains("permessage-deflate"));
    let (ours, theirs) = tokio::io::duplex(64 * 1024);
    tokio::spawn(pump(stream, theirs, compress, max, addr, soketto::Mode::Client));
    Ok(ours)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accept_key_of_rfc_6455() {
        assert_eq!(accept_key("dGhlIHNhbXBsZSBub25jZQ=="), "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=");
    }

    fn request(headers: &[(&str, &str)]) -> Request {
        Request { method: "GET".into(), path: "/".into(), headers: headers.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect() }
    }

    #[test]
    fn cookies_and_extension_offers() {
        let r = request(&[
            ("cookie", "a=1; user=\"bob\""),
            ("cookie", "pass=s3=cr"),
            ("sec-websocket-extensions", "x-foo, permessage-deflate; client_max_window_bits"),
        ]);
        assert_eq!(r.cookie("user").as_deref(), Some("bob"));
        assert_eq!(r.cookie("pass").as_deref(), Some("s3=cr"));
        assert_eq!(r.cookie("token"), None);
        assert!(r.offers_deflate());
        assert!(!request(&[("sec-websocket-extensions", "permessage-deflate-x")]).offers_deflate());
    }

    #[test]
    fn deflate_round_trip_and_bomb() {
        let mut d = Deflate::new(1 << 20);
        let text: Vec<u8> = b"PUB greeting 11\r\nhello world\r\n".repeat(200);
        d.deflate(&text).unwrap();
        let mut wire = d.buffer.clone();
        assert!(wire.len() < text.len() / 10);
        wire.extend_from_slice(&FINAL_BLOCKS);
        d.inflate(&wire).unwrap();
        assert_eq!(d.buffer, text);
        // 8 MiB of zeros deflate to a few KiB: refused, not inflated.
        let mut big = Deflate::new(8 << 20);
        big.deflate(&vec![0u8; 8 << 20]).unwrap();
        let mut bomb = big.buffer.clone();
        bomb.extend_from_slice(&FINAL_BLOCKS);
        assert!(Deflate::new(1 << 20).inflate(&bomb).unwrap_err().to_string().contains("larger than 1048576"));
        assert!(Deflate::new(1 << 20).inflate(&[0x12, 0x34, 0x56]).is_err());
        let mut cut = d.buffer.clone();
        cut.truncate(wire.len() / 2);
        assert!(Deflate::new(1 << 20).inflate(&cut).is_err(), "a message cut short is refused");
    }

    #[test]
    fn message_bound() {
        assert_eq!(max_message_size(4 * 1024 * 1024), 32 * 1024 * 1024);
        assert_eq!(max_message_size(1024), 8 * 1024 * 1024, "room for batched operations under a small payload limit");
        assert_eq!(max_message_size(64 * 1024 * 1024), 64 * 1024 * 1024);
    }
}
