//! The WebSocket port (issue 12): the official client's WebSocket transport, the upgrade
//! checks nats-server makes, origins, and what is refused.

use std::io::{Read, Write};
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

fn cert(name: &str) -> String {
    format!("{}/tests/certs/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The WebSocket port a server logged (`Listening for websocket clients on ws://H:P`).
pub(crate) fn ws_port(server: &Server) -> u16 {
    assert!(server.wait_log("Listening for websocket clients on", Duration::from_secs(5)), "{}", server.log());
    let log = server.log();
    let line = log.lines().find(|l| l.contains("Listening for websocket clients on")).unwrap();
    line.rsplit(':').next().unwrap().trim().parse().unwrap()
}

/// Sends an upgrade request and returns the response's status line.
fn upgrade(port: u16, extra: &str) -> String {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    let request = format!(
        "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
    );
    s.write_all(request.as_bytes()).unwrap();
    let mut buf = [0u8; 1024];
    let n = s.read(&mut buf).unwrap_or(0);
    String::from_utf8_lossy(&buf[..n]).lines().next().unwrap_or_default().to_string()
}

#[tokio::test]
async fn websocket_clients_and_tcp_clients_share_the_server() {
    let server = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true }\n", &[]);
    let port = ws_port(&server);
    assert!(server.log().contains("Websocket not configured with TLS. DO NOT USE IN PRODUCTION!"));
    let ws = async_nats::connect(format!("ws://127.0.0.1:{port}")).await.expect("over WebSocket");
    let tcp = server.client().await;
    let mut on_ws = ws.subscribe("cross.>").await.unwrap();
    crate::harness::sync(&ws).await;
    for i in 0..100 {
        tcp.publish(format!("cross.{i}"), Bytes::from(vec![b'x'; 1000 * (i % 5)])).await.unwrap();
    }
    for i in 0..100 {
        let m = tokio::time::timeout(Duration::from_secs(5), on_ws.next()).await.unwrap().unwrap();
        assert_eq!((m.subject.as_str(), m.payload.len()), (format!("cross.{i}").as_str(), 1000 * (i % 5)));
    }
    // Request/reply from the WebSocket side, answered over TCP.
    let mut service = tcp.subscribe("svc").await.unwrap();
    crate::harness::sync(&tcp).await;
    let ask = tokio::spawn({
        let ws = ws.clone();
        async move { ws.request("svc", Bytes::from("q")).await.unwrap() }
    });
    let req = tokio::time::timeout(Duration::from_secs(5), service.next()).await.unwrap().unwrap();
    tcp.publish(req.reply.unwrap(), Bytes::from("a")).await.unwrap();
    assert_eq!(ask.await.unwrap().payload, "a");
    // A large message crosses whole (several frames' worth).
    let big = Bytes::from(vec![7u8; 900 * 1024]);
    let mut big_sub = tcp.subscribe("big").await.unwrap();
    crate::harness::sync(&tcp).await;
    ws.publish("big", big.clone()).await.unwrap();
    ws.flush().await.unwrap();
    assert_eq!(tokio::time::timeout(Duration::from_secs(5), big_sub.next()).await.unwrap().unwrap().payload, big);
}

#[tokio::test]
async fn secure_websockets_use_the_blocks_tls() {
    let server = Server::with_config(
        &format!(
            "websocket {{ host: 127.0.0.1, port: -1, compression: true, tls {{ cert_file: {:?}, key_file: {:?} }} }}\n",
            cert("server.pem"),
            cert("server-key.pem")
        ),
        &["-m", "-1"],
    );
    let port = ws_port(&server);
    assert!(server.log().contains(&format!("wss://127.0.0.1:{port}")));
    let opts = async_nats::ConnectOptions::new().add_root_certificates(cert("ca.pem").into());
    let client = opts.connect(format!("wss://127.0.0.1:{port}")).await.expect("wss");
    let mut sub = client.subscribe("s").await.unwrap();
    crate::harness::sync(&client).await;
    client.publish("s", Bytes::from("over wss")).await.unwrap();
    assert_eq!(tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap().payload, "over wss");
    // Monitoring: the block in /varz, the connection's kind and TLS in /connz.
    let (_, varz) = server.get("/varz");
    let ws = &varz["websocket"];
    assert_eq!(
        (ws["host"].as_str(), ws["port"].as_i64(), ws["compression"].as_bool()),
        (Some("127.0.0.1"), Some(i64::from(port)), Some(true))
    );
    assert!(ws["tls_cert_not_after"].is_string() && ws.get("no_tls").is_none(), "{ws}");
    assert!(varz.get("tls_required").is_none(), "the client port has no TLS");
    let (_, connz) = server.get("/connz");
    let conn = &connz["connections"][0];
    assert_eq!((conn["type"].as_str(), conn["tls_version"].as_str()), (Some("websocket"), Some("1.3")));
}

#[test]
fn upgrades_are_checked_as_nats_server_checks_them() {
    let server =
        Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, allowed_origins: [\"https://app.example.com\"] }\n", &[]);
    let port = ws_port(&server);
    assert_eq!(upgrade(port, ""), "HTTP/1.1 101 Switching Protocols", "no Origin header: a non-browser client");
    assert_eq!(upgrade(port, "Origin: https://app.example.com\r\n"), "HTTP/1.1 101 Switching Protocols");
    assert_eq!(upgrade(port, "Origin: https://evil.example.com\r\n"), "HTTP/1.1 403 Forbidden");
    assert_eq!(upgrade(port, "Origin: http://app.example.com\r\n"), "HTTP/1.1 403 Forbidden", "scheme and port count");
    assert!(server.wait_log("websocket handshake error: origin not allowed", Duration::from_secs(2)));
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    s.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = [0u8; 256];
    let n = s.read(&mut buf).unwrap_or(0);
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 405"), "{}", String::from_utf8_lossy(&buf[..n]));
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(3))).unwrap();
    s.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n\r\n").unwrap();
    let n = s.read(&mut buf).unwrap_or(0);
    assert!(String::from_utf8_lossy(&buf[..n]).starts_with("HTTP/1.1 400"), "no key");

    let same = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, same_origin: true }\n", &[]);
    let port = ws_port(&same);
    assert_eq!(upgrade(port, &format!("Origin: http://127.0.0.1:{port}\r\n")), "HTTP/1.1 101 Switching Protocols");
    assert_eq!(upgrade(port, "Origin: http://127.0.0.1:1\r\n"), "HTTP/1.1 403 Forbidden");
}

#[tokio::test]
async fn allowed_connection_types_tell_websocket_from_standard() {
    let server = Server::with_config(
        "websocket { host: 127.0.0.1, port: -1, no_tls: true }\nauthorization { users: [\n  {user: web, password: w, allowed_connection_types: [WEBSOCKET]}\n  {user: tcp, password: t, allowed_connection_types: [STANDARD]}\n] }\n",
        &[],
    );
    let port = ws_port(&server);
    let ws_url = format!("ws://127.0.0.1:{port}");
    let as_user = |u: &str, p: &str| async_nats::ConnectOptions::with_user_and_password(u.into(), p.into());
    assert!(as_user("web", "w").connect(&ws_url).await.is_ok(), "web over WebSocket");
    assert!(as_user("web", "w").connect(server.url()).await.is_err(), "web not over TCP");
    assert!(as_user("tcp", "t").connect(server.url()).await.is_ok());
    assert!(as_user("tcp", "t").connect(&ws_url).await.is_err(), "tcp not over WebSocket");
}

#[test]
fn websocket_settings_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    for (name, config, expect) in [
        ("no tls", "websocket { port: 8080 }\n", "websocket requires TLS configuration"),
        ("origin", "websocket { port: 8080, no_tls: true, allowed_origins: [\"ftp://x\"] }\n", "unable to parse allowed origin"),
        (
            "ws user beside users",
            "websocket { port: 8080, no_tls: true, authorization { user: a, password: b } }\nauthorization { users: [ {user: c, password: d} ] }\n",
            "websocket authentication username not compatible with presence of users/nkeys",
        ),
        ("ws no_auth_user", "websocket { port: 8080, no_tls: true, no_auth_user: ghost }\n", "no_auth_user: \"ghost\" not present as user or nkey"),
        (
            "jwt cookie outside operator mode",
            "websocket { port: 8080, no_tls: true, jwt_cookie: c }\n",
            "trusted operators or trusted keys configuration is required for JWT authentication via cookie \"c\"",
        ),
        ("reserved header", "websocket { port: 8080, no_tls: true, headers { Sec-WebSocket-Protocol: x } }\n", "\"Sec-WebSocket-\" prefix not allowed"),
        ("unknown", "websocket { port: 8080, no_tls: true, bogus: 1 }\n", "unknown field \"bogus\""),
    ] {
        crate::harness::assert_config_refused(&dir, name, config, expect);
    }
}

/// The websocket block's own credentials: a single user or token for WebSocket clients
/// (the client port keeps its own), and a no_auth_user of its own — as nats-server
/// overrides them.
#[tokio::test]
async fn the_websocket_block_has_credentials_of_its_own() {
    let server =
        Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, authorization { user: ws, password: p } }\n", &[]);
    let url = format!("ws://127.0.0.1:{}", ws_port(&server));
    let ws_user = async_nats::ConnectOptions::with_user_and_password("ws".into(), "p".into());
    assert!(ws_user.connect(&url).await.is_ok(), "the block's user");
    assert!(async_nats::connect(&url).await.is_err(), "no credentials on the WebSocket port");
    assert!(async_nats::connect(server.url()).await.is_ok(), "the client port asks for none");

    let token = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, authorization { token: s3cr3t } }\n", &[]);
    let url = format!("ws://127.0.0.1:{}", ws_port(&token));
    assert!(async_nats::ConnectOptions::with_token("s3cr3t".into()).connect(&url).await.is_ok());
    assert!(async_nats::ConnectOptions::with_token("wrong".into()).connect(&url).await.is_err());

    let guest = Server::with_config(
        "websocket { host: 127.0.0.1, port: -1, no_tls: true, no_auth_user: guest }\nauthorization { users: [ {user: guest, password: g}, {user: admin, password: a} ] }\n",
        &[],
    );
    let url = format!("ws://127.0.0.1:{}", ws_port(&guest));
    let client = async_nats::connect(&url).await.expect("the block's no_auth_user");
    let me: serde_json::Value = serde_json::from_slice(&client.request("$SYS.REQ.USER.INFO", Bytes::new()).await.unwrap().payload).unwrap();
    assert_eq!(me["data"]["user"], "guest");
    assert!(async_nats::connect(guest.url()).await.is_err(), "no no_auth_user on the client port");
}

/// A bare WebSocket client, framed by hand, for what the official clients cannot show:
/// cookies, offers of per-message deflate and the RSV1 bit on the wire.
pub(crate) struct RawWs {
    pub(crate) stream: std::net::TcpStream,
    /// The upgrade response's status line and headers.
    response: String,
    /// Protocol text received and not yet taken.
    text: String,
}

impl RawWs {
    pub(crate) fn connect(port: u16, extra: &str) -> RawWs {
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(6))).unwrap();
        let request = format!(
            "GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n{extra}\r\n"
        );
        stream.write_all(request.as_bytes()).unwrap();
        let mut response = Vec::new();
        let mut byte = [0u8; 1];
        while !response.ends_with(b"\r\n\r\n") {
            assert_eq!(stream.read(&mut byte).unwrap(), 1, "upgrade response cut: {}", String::from_utf8_lossy(&response));
            response.push(byte[0]);
        }
        RawWs { stream, response: String::from_utf8(response).unwrap(), text: String::new() }
    }

    /// Sends one masked binary message, deflated (RSV1) when `compress`.
    pub(crate) fn send(&mut self, payload: &[u8], compress: bool) {
        let mut body = payload.to_vec();
        let mut first = 0x82u8;
        if compress {
            let mut c = flate2::Compress::new(flate2::Compression::default(), false);
            let mut out = Vec::with_capacity(payload.len() + 1024);
            c.compress_vec(payload, &mut out, flate2::FlushCompress::Sync).unwrap();
            assert!(out.ends_with(&[0, 0, 0xff, 0xff]));
            out.truncate(out.len() - 4);
            body = out;
            first |= 0x40;
        }
        let mut frame = vec![first];
        match body.len() {
            n if n < 126 => frame.push(0x80 | n as u8),
            n if n < 65536 => {
                frame.push(0x80 | 126);
                frame.extend_from_slice(&(n as u16).to_be_bytes());
            }
            n => {
                frame.push(0x80 | 127);
                frame.extend_from_slice(&(n as u64).to_be_bytes());
            }
        }
        let mask = [0x37u8, 0xfa, 0x21, 0x3d];
        frame.extend_from_slice(&mask);
        frame.extend(body.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
        self.stream.write_all(&frame).unwrap();
    }

    /// The next frame: RSV1, opcode and payload (inflated when RSV1 is set). `None` when
    /// the server closed the connection.
    fn frame(&mut self) -> Option<(bool, u8, Vec<u8>)> {
        let mut head = [0u8; 2];
        self.stream.read_exact(&mut head).ok()?;
        let len = match head[1] & 0x7f {
            126 => {
                let mut b = [0u8; 2];
                self.stream.read_exact(&mut b).ok()?;
                u16::from_be_bytes(b) as usize
            }
            127 => {
                let mut b = [0u8; 8];
                self.stream.read_exact(&mut b).ok()?;
                u64::from_be_bytes(b) as usize
            }
            n => n as usize,
        };
        let mut payload = vec![0u8; len];
        self.stream.read_exact(&mut payload).ok()?;
        let rsv1 = head[0] & 0x40 != 0;
        if rsv1 {
            // The empty block the sender left off, then an empty final block.
            payload.extend_from_slice(&[0, 0, 0xff, 0xff, 0x01, 0, 0, 0xff, 0xff]);
            let mut inflate = flate2::write::DeflateDecoder::new(Vec::new());
            inflate.write_all(&payload).unwrap();
            payload = inflate.finish().unwrap();
        }
        Some((rsv1, head[0] & 0x0f, payload))
    }

    /// Reads frames until the protocol text holds `needle`; returns the text up to and
    /// including it, or panics with what came.
    pub(crate) fn until(&mut self, needle: &str) -> String {
        while !self.text.contains(needle) {
            match self.frame() {
                Some((_, 0x8, _)) | None => panic!("closed before {needle:?}; got {:?}", self.text),
                Some((_, _, payload)) => self.text.push_str(&String::from_utf8_lossy(&payload)),
            }
        }
        let end = self.text.find(needle).unwrap() + needle.len();
        self.text.drain(..end).collect()
    }

    /// Has the server ended the connection (a close frame or EOF) within the read timeout?
    fn closed(&mut self) -> bool {
        loop {
            match self.frame() {
                None | Some((_, 0x8, _)) => return true,
                Some(_) => continue,
            }
        }
    }
}

/// `compression: true`: a client offering permessage-deflate gets nats-server's answer,
/// the server's messages over 64 bytes go out deflated (RSV1), the client's deflated
/// messages are read, a frame that inflates past the limit ends only that connection,
/// and without the option (or the offer) nothing is compressed.
#[tokio::test]
async fn per_message_deflate_when_offered_and_configured() {
    let server = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, compression: true }\n", &[]);
    let port = ws_port(&server);
    let offer = "Sec-WebSocket-Extensions: permessage-deflate; client_max_window_bits\r\n";
    let mut ws = RawWs::connect(port, offer);
    assert!(
        ws.response.contains("Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover\r\n"),
        "{}",
        ws.response
    );
    let (rsv1, _, info) = ws.frame().unwrap();
    assert!(rsv1 && info.starts_with(b"INFO {"), "INFO is deflated: {}", String::from_utf8_lossy(&info));
    ws.send(b"CONNECT {\"verbose\":false,\"headers\":true}\r\nSUB big 1\r\nPING\r\n", true);
    ws.until("PONG\r\n");

    // Server to client: a compressible message arrives deflated and whole.
    let tcp = server.client().await;
    let text = "natsx compresses this line. ".repeat(400);
    tcp.publish("big", Bytes::from(text.clone())).await.unwrap();
    tcp.flush().await.unwrap();
    let (rsv1, _, message) = ws.frame().unwrap();
    assert!(rsv1);
    assert_eq!(String::from_utf8(message).unwrap(), format!("MSG big 1 {}\r\n{text}\r\n", text.len()));

    // Client to server: a deflated PUB of 200 KB.
    let mut sub = tcp.subscribe("up").await.unwrap();
    crate::harness::sync(&tcp).await;
    let payload = "abc".repeat(70_000);
    ws.send(format!("PUB up {}\r\n{payload}\r\nPING\r\n", payload.len()).as_bytes(), true);
    ws.until("PONG\r\n");
    let got = tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap();
    assert_eq!(got.payload, payload.as_bytes());

    // 16 MiB of zeros deflate to about 16 KiB; inflating stops at 8 × max_payload.
    let mut bomb = RawWs::connect(port, offer);
    bomb.until("\r\n");
    bomb.send(&vec![0u8; 16 << 20], true);
    assert!(bomb.closed(), "a message inflating past the limit ends the connection");
    ws.send(b"PING\r\n", false);
    ws.until("PONG\r\n");

    // No offer: nothing deflated.
    let mut plain = RawWs::connect(port, "");
    assert!(!plain.response.contains("permessage-deflate"));
    let (rsv1, _, _) = plain.frame().unwrap();
    assert!(!rsv1);
    // RSV1 without the extension negotiated is a protocol error.
    plain.send(b"PING\r\n", true);
    assert!(plain.closed());

    // No option: an offer is declined.
    let off = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true }\n", &[]);
    let mut declined = RawWs::connect(ws_port(&off), offer);
    assert!(!declined.response.contains("permessage-deflate"), "{}", declined.response);
    assert!(!declined.frame().unwrap().0);
}

/// `user_cookie`, `pass_cookie` and `token_cookie` fill the credentials CONNECT leaves
/// out; `headers` go into the upgrade answer; the block's `ping_interval` and
/// `authorization { timeout }` replace the server-wide ones for WebSocket clients.
#[test]
fn cookies_headers_ping_interval_and_auth_timeout() {
    let server = Server::with_config(
        "ping_interval: \"2m\"\nwebsocket {\n  host: 127.0.0.1, port: -1, no_tls: true\n  user_cookie: nu, pass_cookie: np\n  headers { X-Frame-Options: DENY }\n  ping_interval: \"1s\"\n  authorization { user: ws, password: p, timeout: 0.5 }\n}\n",
        &[],
    );
    let port = ws_port(&server);
    let mut ws = RawWs::connect(port, "Cookie: other=1; nu=ws; np=p\r\n");
    assert!(ws.response.contains("\r\nX-Frame-Options: DENY\r\n"), "{}", ws.response);
    ws.until("\r\n");
    ws.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n", false);
    ws.until("PONG\r\n");
    // Two PINGs from the server within seconds: the block's 1 s, not the server's 2 min.
    ws.until("PING\r\n");
    ws.send(b"PONG\r\n", false);
    ws.until("PING\r\n");

    // CONNECT's own credentials win over the cookies.
    let mut wrong = RawWs::connect(port, "Cookie: nu=ws; np=p\r\n");
    wrong.until("\r\n");
    wrong.send(b"CONNECT {\"verbose\":false,\"user\":\"ws\",\"pass\":\"nope\"}\r\n", false);
    wrong.until("-ERR 'Authorization Violation'");
    let mut none = RawWs::connect(port, "");
    none.until("\r\n");
    none.send(b"CONNECT {\"verbose\":false}\r\n", false);
    none.until("-ERR 'Authorization Violation'");
    // Silence: the block's half-second authentication timeout, not the default 2 s.
    let mut silent = RawWs::connect(port, "");
    silent.stream.set_read_timeout(Some(Duration::from_millis(1500))).unwrap();
    silent.until("\r\n");
    silent.until("-ERR 'Authentication Timeout'");

    let token = Server::with_config(
        "websocket { host: 127.0.0.1, port: -1, no_tls: true, token_cookie: nt, authorization { token: s3cr3t } }\n",
        &[],
    );
    let mut ws = RawWs::connect(ws_port(&token), "Cookie: nt=s3cr3t\r\n");
    ws.until("\r\n");
    ws.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n", false);
    ws.until("PONG\r\n");
}

/// The natsx CLI takes ws:// and wss:// URLs (the official client's WebSocket transport),
/// as the nats CLI does; the benchmark's plain-TCP load generator refuses them.
#[tokio::test]
async fn the_cli_speaks_websocket() {
    let server = Server::with_config(
        &format!(
            "websocket {{ host: 127.0.0.1, port: -1, tls {{ cert_file: {:?}, key_file: {:?} }} }}\n",
            cert("server.pem"),
            cert("server-key.pem")
        ),
        &[],
    );
    let url = format!("wss://127.0.0.1:{}", ws_port(&server));
    let tcp = server.client().await;
    let mut sub = tcp.subscribe("cli.ws").await.unwrap();
    crate::harness::sync(&tcp).await;
    let (code, _, err) =
        crate::harness::natsx(&["-s", &url, "--tlsca", &cert("ca.pem"), "pub", "cli.ws", "over wss"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    assert_eq!(tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap().payload, "over wss");
    let (code, _, err) = crate::harness::natsx(
        &["-s", &url, "--tlsca", &cert("ca.pem"), "bench", "pub", "x", "--msgs", "10"],
        None,
        Duration::from_secs(10),
    );
    assert_eq!(code, 1);
    assert!(err.contains("use --client async-nats for ws:// and wss:// URLs"), "{err}");
}

/// The block's own `tls {}` maps and pins client certificates as the client port's does:
/// `verify_and_map` makes the certificate's subject the user, `pinned_certs` admits only
/// pinned keys.
#[tokio::test]
async fn secure_websockets_map_and_pin_client_certificates() {
    let tls = |extra: &str| {
        format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?} {extra} }}",
            cert("server.pem"),
            cert("server-key.pem"),
            cert("ca.pem")
        )
    };
    let server = Server::with_config(
        &format!(
            "authorization {{ users: [ {{user: \"CN=alice,O=natsx\"}} ] }}\nwebsocket {{ host: 127.0.0.1, port: -1, {} }}\n",
            tls(", verify_and_map: true")
        ),
        &[],
    );
    let url = format!("wss://localhost:{}", ws_port(&server));
    let with_cert = |name: &str| {
        async_nats::ConnectOptions::new()
            .add_root_certificates(cert("ca.pem").into())
            .add_client_certificate(cert(&format!("{name}.pem")).into(), cert(&format!("{name}-key.pem")).into())
    };
    let alice = with_cert("client").connect(&url).await.expect("the certificate's subject is a user");
    let me: serde_json::Value = serde_json::from_slice(&alice.request("$SYS.REQ.USER.INFO", Bytes::new()).await.unwrap().payload).unwrap();
    assert_eq!(me["data"]["user"], "CN=alice,O=natsx");
    assert!(with_cert("stranger").connect(&url).await.is_err(), "a certificate naming no user");

    let pinned = Server::with_config(
        &format!(
            "websocket {{ host: 127.0.0.1, port: -1, {} }}\n",
            tls(", verify: true, pinned_certs: [\"0000000000000000000000000000000000000000000000000000000000000000\"]")
        ),
        &[],
    );
    let url = format!("wss://localhost:{}", ws_port(&pinned));
    let refused =
        tokio::time::timeout(Duration::from_secs(5), with_cert("client").connection_timeout(Duration::from_secs(2)).connect(&url)).await;
    assert!(!matches!(refused, Ok(Ok(_))), "a key that is not pinned");
}

/// Clients batch many operations into one WebSocket message: with a small
/// `max_payload`, a 100 KB message of 200 publishes still arrives whole.
#[tokio::test]
async fn batched_messages_fit_under_a_small_payload_limit() {
    let server = Server::with_config("max_payload: 1024\nwebsocket { host: 127.0.0.1, port: -1, no_tls: true }\n", &[]);
    let tcp = server.client().await;
    let mut sub = tcp.subscribe("batch").await.unwrap();
    crate::harness::sync(&tcp).await;
    let mut ws = RawWs::connect(ws_port(&server), "");
    ws.until("\r\n");
    let mut message = b"CONNECT {\"verbose\":false}\r\n".to_vec();
    for _ in 0..200 {
        message.extend_from_slice(format!("PUB batch 500\r\n{}\r\n", "x".repeat(500)).as_bytes());
    }
    message.extend_from_slice(b"PING\r\n");
    ws.send(&message, false);
    ws.until("PONG\r\n");
    for _ in 0..200 {
        tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("all 200").unwrap();
    }
}
