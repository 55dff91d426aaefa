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
fn ws_port(server: &Server) -> u16 {
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
            "websocket {{ host: 127.0.0.1, port: -1, tls {{ cert_file: {:?}, key_file: {:?} }} }}\n",
            cert("server.pem"),
            cert("server-key.pem")
        ),
        &[],
    );
    let port = ws_port(&server);
    assert!(server.log().contains(&format!("wss://127.0.0.1:{port}")));
    let opts = async_nats::ConnectOptions::new().add_root_certificates(cert("ca.pem").into());
    let client = opts.connect(format!("wss://127.0.0.1:{port}")).await.expect("wss");
    let mut sub = client.subscribe("s").await.unwrap();
    crate::harness::sync(&client).await;
    client.publish("s", Bytes::from("over wss")).await.unwrap();
    assert_eq!(tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap().payload, "over wss");
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
            "compression",
            "websocket { port: 8080, no_tls: true, compression: true }\n",
            "compression: WebSocket compression is not implemented",
        ),
        (
            "ws user beside users",
            "websocket { port: 8080, no_tls: true, authorization { user: a, password: b } }\nauthorization { users: [ {user: c, password: d} ] }\n",
            "websocket authentication username not compatible with presence of users/nkeys",
        ),
        ("ws no_auth_user", "websocket { port: 8080, no_tls: true, no_auth_user: ghost }\n", "no_auth_user: \"ghost\" not present as user or nkey"),
        (
            "cookie",
            "websocket { port: 8080, no_tls: true, jwt_cookie: c }\n",
            "jwt_cookie: credentials in WebSocket cookies is not implemented",
        ),
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
