//! TLS on the client port (issue 12), through async-nats and the natsx CLI, with the
//! certificates in `tests/certs` (made by `scripts/make-test-certs`).

use std::path::PathBuf;
use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{natsx, Server, TempDir};

fn cert(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/certs").join(name)
}

fn c(name: &str) -> String {
    cert(name).to_string_lossy().into_owned()
}

fn tls_server(extra: &str) -> Server {
    Server::with_config(&format!("tls {{ cert_file: {:?}, key_file: {:?} {extra} }}\n", c("server.pem"), c("server-key.pem")), &[])
}

fn tls_url(server: &Server) -> String {
    server.url().replace("nats://", "tls://")
}

/// A connection, or `None` when the client gives up (TLS refused either way).
async fn connect(url: &str, opts: async_nats::ConnectOptions) -> Option<async_nats::Client> {
    let opts = opts.connection_timeout(Duration::from_secs(3));
    tokio::time::timeout(Duration::from_secs(5), async_nats::connect_with_options(url, opts)).await.ok()?.ok()
}

fn trusting(ca: &str) -> async_nats::ConnectOptions {
    async_nats::ConnectOptions::new().add_root_certificates(cert(ca)).require_tls(true)
}

async fn round_trip(client: &async_nats::Client) {
    let mut sub = client.subscribe("tls.check").await.unwrap();
    crate::harness::sync(client).await;
    client.publish("tls.check", Bytes::from("secret")).await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap();
    assert_eq!(m.payload, "secret");
}

#[tokio::test]
async fn clients_trusting_the_ca_talk_over_tls() {
    let server = tls_server("");
    assert!(server.log().contains("TLS required for client connections"), "{}", server.log());
    let client = connect(&tls_url(&server), trusting("ca.pem")).await.expect("TLS connection");
    assert!(client.server_info().tls_required);
    round_trip(&client).await;
    // A CA that did not sign the server's certificate: no connection.
    assert!(connect(&tls_url(&server), trusting("other-ca.pem")).await.is_none(), "wrong CA");
}

#[tokio::test]
async fn an_expired_server_certificate_is_refused_by_clients() {
    let server = Server::with_config(
        &format!("tls {{ cert_file: {:?}, key_file: {:?} }}\n", c("expired-server.pem"), c("expired-server-key.pem")),
        &[],
    );
    assert!(connect(&tls_url(&server), trusting("ca.pem")).await.is_none());
}

#[test]
fn plain_text_on_a_tls_port_gets_info_then_nothing() {
    let server = tls_server("");
    let mut raw = server.raw();
    assert!(raw.info.contains("\"tls_required\":true"), "{}", raw.info);
    raw.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n");
    let got = raw.read_for(Duration::from_millis(500));
    assert!(!got.contains("PONG"), "no plain-text protocol on a TLS port: {got:?}");
    assert!(raw.is_closed(Duration::from_secs(3)), "closed, as nats-server closes it");
    let (_, connz) = {
        let monitored = Server::with_config(
            &format!("tls {{ cert_file: {:?}, key_file: {:?} }}\n", c("server.pem"), c("server-key.pem")),
            &["-m", "-1"],
        );
        let mut plain = monitored.raw();
        plain.send(b"CONNECT {}\r\n");
        assert!(plain.is_closed(Duration::from_secs(3)));
        std::thread::sleep(Duration::from_millis(100));
        monitored.get("/connz?state=closed")
    };
    assert_eq!(connz["connections"][0]["reason"], "TLS Handshake Failure");
}

#[tokio::test]
async fn mutual_tls_needs_a_certificate_the_ca_signed() {
    let server = tls_server(&format!(", ca_file: {:?}, verify: true", c("ca.pem")));
    let url = tls_url(&server);
    let with_cert = |name: &str| trusting("ca.pem").add_client_certificate(cert(&format!("{name}.pem")), cert(&format!("{name}-key.pem")));
    let alice = connect(&url, with_cert("client")).await.expect("a certificate the CA signed");
    assert!(server.raw().info.contains("\"tls_required\":true,\"tls_verify\":true"), "INFO says client certificates are verified");
    round_trip(&alice).await;
    assert!(connect(&url, trusting("ca.pem")).await.is_none(), "no client certificate");
    assert!(connect(&url, with_cert("stranger")).await.is_none(), "a certificate of another CA");
    assert!(connect(&url, with_cert("expired-client")).await.is_none(), "an expired certificate");
}

#[tokio::test]
async fn handshake_first_starts_with_tls() {
    let server = tls_server(", handshake_first: true");
    let client = connect(&tls_url(&server), trusting("ca.pem").tls_first()).await.expect("TLS first");
    round_trip(&client).await;
    let mut raw = std::net::TcpStream::connect(server.url().trim_start_matches("nats://")).unwrap();
    raw.set_read_timeout(Some(Duration::from_millis(500))).unwrap();
    let mut buf = [0u8; 64];
    let got = std::io::Read::read(&mut raw, &mut buf).unwrap_or(0);
    assert_eq!(got, 0, "no plain-text INFO before the handshake");
}

#[tokio::test]
async fn the_tls_flags_serve_tls_too() {
    let server = Server::start(&["--tls", "--tlscert", &c("server.pem"), "--tlskey", &c("server-key.pem")]);
    let client = connect(&tls_url(&server), trusting("ca.pem")).await.expect("TLS from flags");
    round_trip(&client).await;
    let verified =
        Server::start(&["--tlsverify", "--tlscert", &c("server.pem"), "--tlskey", &c("server-key.pem"), "--tlscacert", &c("ca.pem")]);
    assert!(connect(&tls_url(&verified), trusting("ca.pem")).await.is_none(), "--tlsverify asks for a client certificate");
}

#[test]
fn tls_settings_nats_server_refuses_stop_the_server() {
    let dir = TempDir::new();
    let block = |rest: &str| format!("tls {{ cert_file: {:?}, key_file: {:?}{rest} }}\n", c("server.pem"), c("server-key.pem"));
    for (name, config, expect) in [
        (
            "missing file",
            "tls { cert_file: /nonexist.pem, key_file: /nonexist.key }\n".to_string(),
            "error parsing X509 certificate/key pair: open /nonexist.pem: no such file or directory",
        ),
        ("unknown", block(", bogus: 1"), "error parsing tls config, unknown field \"bogus\""),
        ("no key", format!("tls {{ cert_file: {:?} }}\n", c("server.pem")), "missing 'key_file' in TLS configuration"),
        (
            "not a cert",
            format!("tls {{ cert_file: {:?}, key_file: {:?} }}\n", c("server-key.pem"), c("server-key.pem")),
            "error parsing X509 certificate/key pair: tls: failed to find any PEM data in certificate input",
        ),
        ("verify type", block(", verify: \"maybe\""), "error parsing tls config, expected 'verify' to be a boolean"),
        ("handshake", block(", handshake_first: sometimes"), "field \"handshake_first\"'s value \"sometimes\" is invalid"),
        ("bool", "tls: false\n".to_string(), "interface conversion: interface {} is bool, not map[string]interface {}"),
        (
            "pin",
            block(", pinned_certs: [abc]"),
            "'pinned_certs' key abc does not look like hex-encoded sha256 of DER encoded SubjectPublicKeyInfo",
        ),
        ("map without ca", block(", verify_and_map: true"), "verify: client certificates need a 'ca_file' to be verified against"),
        // What natsx cannot honour yet stops it by name (fail closed).
        ("store", block(", cert_store: WindowsCurrentUser"), "cert_store: operating system certificate stores is not implemented"),
        ("cipher", block(", cipher_suites: [TLS_NOPE]"), "unrecognized cipher TLS_NOPE"),
        (
            "cbc",
            block(", cipher_suites: [TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA]"),
            "cipher suite TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA is not available in natsx",
        ),
        ("curve", block(", curve_preferences: [CurveP999]"), "unrecognized curve preference CurveP999"),
        ("p521", block(", curve_preferences: [CurveP521]"), "curve CurveP521 is not available in natsx"),
        ("old", block(", min_version: \"1.1\""), "unsupported TLS version: TLS 1.1"),
        ("empty", block(", cipher_suites: []"), "error parsing tls config, 'cipher_suites' cannot be empty"),
    ] {
        crate::harness::assert_config_refused(&dir, name, &config, expect);
    }
    let (code, _, err) = natsx(&["server", "--tls", "--tlscert", &c("server.pem"), "-t"], None, Duration::from_secs(10));
    assert_eq!((code, err.trim()), (1, "nats-server: TLS Server private key must be present and valid"));
}

#[test]
fn the_cli_speaks_tls() {
    let server = tls_server(&format!(", ca_file: {:?}, verify: true", c("ca.pem")));
    let url = tls_url(&server);
    let wait = Duration::from_secs(15);
    let (code, _, err) = natsx(
        &["-s", &url, "--tlsca", &c("ca.pem"), "--tlscert", &c("client.pem"), "--tlskey", &c("client-key.pem"), "pub", "x", "y"],
        None,
        wait,
    );
    assert_eq!(code, 0, "{err}");
    let plain_url = server.url();
    let (code, _, err) = natsx(
        &["-s", &plain_url, "--tlsca", &c("ca.pem"), "--tlscert", &c("client.pem"), "--tlskey", &c("client-key.pem"), "pub", "x", "y"],
        None,
        wait,
    );
    assert_eq!(code, 0, "--tlsca asks for TLS on a nats:// URL too: {err}");
    let (code, _, _) = natsx(&["-s", &url, "--tlsca", &c("ca.pem"), "--timeout", "2s", "pub", "x", "y"], None, wait);
    assert_eq!(code, 1, "no client certificate for a verifying server");
    let (code, _, err) = natsx(&["-s", &url, "--tlsca", "/nonexist.pem", "pub", "x", "y"], None, wait);
    assert!(code == 1 && err.contains("--tlsca /nonexist.pem"), "{err}");
}

/// A reload reads the TLS settings and certificates again: connections open before it
/// keep their session, new ones get the new settings (here: client certificates
/// required). A reload naming a missing certificate is refused whole.
#[tokio::test]
async fn a_reload_applies_new_tls_settings_to_new_connections() {
    let server = tls_server("");
    let config = server.config.clone().unwrap();
    let url = tls_url(&server);
    let before = connect(&url, trusting("ca.pem")).await.expect("connected before the reload");
    let verified = format!(
        "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true }}\n",
        c("server.pem"),
        c("server-key.pem"),
        c("ca.pem")
    );
    std::fs::write(&config, &verified).unwrap();
    server.signal("HUP");
    assert!(server.wait_log("Reloaded server configuration", Duration::from_secs(5)), "{}", server.log());
    round_trip(&before).await;
    assert!(connect(&url, trusting("ca.pem")).await.is_none(), "a certificate is now required");
    let with_cert = trusting("ca.pem").add_client_certificate(cert("client.pem"), cert("client-key.pem"));
    assert!(connect(&url, with_cert).await.is_some());

    std::fs::write(&config, "tls { cert_file: /nonexist.pem, key_file: /nonexist.key }\n").unwrap();
    server.signal("HUP");
    assert!(server.wait_log("error parsing X509 certificate/key pair: open /nonexist.pem", Duration::from_secs(5)), "{}", server.log());
    round_trip(&before).await;
}

/// `allow_non_tls`: INFO says TLS is available, and a client may start TLS or go on in
/// plain text (nats-server tells them apart by the first byte).
#[tokio::test]
async fn allow_non_tls_serves_both() {
    let server = Server::with_config(
        &format!("allow_non_tls: true\ntls {{ cert_file: {:?}, key_file: {:?} }}\n", c("server.pem"), c("server-key.pem")),
        &[],
    );
    assert!(server.log().contains("TLS available for client connections"), "{}", server.log());
    let raw = server.raw();
    assert!(raw.info.contains("\"tls_available\":true") && !raw.info.contains("tls_required"), "{}", raw.info);
    let plain = server.client().await;
    let secure = connect(&tls_url(&server), trusting("ca.pem")).await.expect("TLS on the same port");
    let mut sub = secure.subscribe("both").await.unwrap();
    crate::harness::sync(&secure).await;
    plain.publish("both", Bytes::from("from plain text")).await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap();
    assert_eq!(m.payload, "from plain text");
}

/// `https_port` (`-ms`): monitoring over HTTPS with the client port's certificate, as
/// nats-server serves it; without TLS configured it does not start.
#[tokio::test]
async fn monitoring_over_https() {
    // `verify: true` is for clients of the client port: monitoring asks for no certificate.
    let server = Server::with_config(
        &format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true }}\n",
            c("server.pem"),
            c("server-key.pem"),
            c("ca.pem")
        ),
        &["-ms", "-1"],
    );
    assert!(server.wait_log("Starting https monitor on", Duration::from_secs(5)), "{}", server.log());
    let log = server.log();
    let line = log.lines().find(|l| l.contains("Starting https monitor on")).unwrap();
    let port: u16 = line.rsplit(':').next().unwrap().trim().parse().unwrap();

    let mut roots = rustls::RootCertStore::empty();
    let pem = std::fs::read(cert("ca.pem")).unwrap();
    roots.add_parsable_certificates(rustls_pemfile::certs(&mut &pem[..]).map(Result::unwrap));
    let config = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let connector = tokio_rustls::TlsConnector::from(std::sync::Arc::new(config));
    let tcp = tokio::net::TcpStream::connect(("127.0.0.1", port)).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let mut tls = connector.connect(name, tcp).await.expect("HTTPS handshake");
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    tls.write_all(b"GET /varz HTTP/1.0\r\nHost: localhost\r\n\r\n").await.unwrap();
    let mut response = Vec::new();
    let _ = tls.read_to_end(&mut response).await;
    let response = String::from_utf8_lossy(&response);
    assert!(response.starts_with("HTTP/1.1 200") && response.contains("\"server_id\""), "{response}");

    let (code, _, err) = natsx(&["server", "-p", "-1", "-ms", "-1"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.contains("TLS cert and key required for HTTPS"), "{err}");
}

/// `cipher_suites`, `curve_preferences` and `min_version` narrow what the handshake may
/// use: a client that offers only TLS 1.2 is refused by `min_version: "1.3"`.
#[tokio::test]
async fn tls_versions_suites_and_curves_can_be_chosen() {
    let server = tls_server(
        ", cipher_suites: [TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256], curve_preferences: [X25519, CurveP256], min_version: \"1.3\"",
    );
    let client = connect(&tls_url(&server), trusting("ca.pem")).await.expect("a TLS 1.3 client");
    round_trip(&client).await;
    let mut roots = rustls::RootCertStore::empty();
    let pem = std::fs::read(cert("ca.pem")).unwrap();
    roots.add_parsable_certificates(rustls_pemfile::certs(&mut &pem[..]).map(Result::unwrap));
    let tls12_only = rustls::ClientConfig::builder_with_provider(std::sync::Arc::new(rustls::crypto::ring::default_provider()))
        .with_protocol_versions(&[&rustls::version::TLS12])
        .unwrap()
        .with_root_certificates(roots)
        .with_no_client_auth();
    let mut tcp = tokio::net::TcpStream::connect(server.url().trim_start_matches("nats://")).await.unwrap();
    use tokio::io::AsyncReadExt;
    let mut info = [0u8; 2048];
    let _ = tcp.read(&mut info).await.unwrap();
    let name = rustls::pki_types::ServerName::try_from("localhost").unwrap();
    let handshake = tokio_rustls::TlsConnector::from(std::sync::Arc::new(tls12_only)).connect(name, tcp).await;
    assert!(handshake.is_err(), "TLS 1.2 is below min_version");
}

/// The SHA-256 of `client.pem`'s SubjectPublicKeyInfo (`openssl x509 -pubkey | openssl
/// pkey -pubin -outform der | sha256sum`); `scripts/make-test-certs` makes new keys, so
/// this changes with them.
const CLIENT_PIN: &str = "4fa4577db5699f1ab1cc10b625f097d6d5baf070c96bfd631e6490f539d47918";

fn mtls(extra: &str, users: &str) -> Server {
    Server::with_config(
        &format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true {extra} }}\nauthorization {{ users: [ {users} ] }}\n",
            c("server.pem"),
            c("server-key.pem"),
            c("ca.pem")
        ),
        &[],
    )
}

fn with_cert(name: &str) -> async_nats::ConnectOptions {
    trusting("ca.pem").add_client_certificate(cert(&format!("{name}.pem")), cert(&format!("{name}-key.pem")))
}

/// `verify_and_map`: the user is the one the client certificate names — its e-mail
/// address first, else its subject — with that user's permissions; a certificate that
/// names no user gets no connection.
#[tokio::test]
async fn verify_and_map_takes_the_user_the_certificate_names() {
    let by_email = mtls(
        ", verify_and_map: true",
        "{user: \"alice@example.com\", permissions: {publish: [\"alice.>\", \"_sync.>\"], subscribe: [\"alice.>\", \"_INBOX.>\"]}}",
    );
    let alice = connect(&tls_url(&by_email), with_cert("client")).await.expect("mapped by e-mail");
    let mut mine = alice.subscribe("alice.>").await.unwrap();
    crate::harness::sync(&alice).await;
    alice.publish("other.x", Bytes::from("denied")).await.unwrap();
    alice.publish("alice.x", Bytes::from("allowed")).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(5), mine.next()).await.unwrap().unwrap();
    assert_eq!(first.payload, "allowed", "the mapped user's permissions apply");

    let by_subject = mtls(", verify_and_map: true", "{user: \"CN=alice,O=natsx\"}");
    assert!(connect(&tls_url(&by_subject), with_cert("client")).await.is_some(), "mapped by subject, in either order");
    let reversed = mtls(", verify_and_map: true", "{user: \"O=natsx, CN=alice\"}");
    assert!(connect(&tls_url(&reversed), with_cert("client")).await.is_some());

    let nobody = mtls(", verify_and_map: true", "{user: bob, password: b}");
    assert!(connect(&tls_url(&nobody), with_cert("client")).await.is_none(), "a certificate that names no user");
}

/// `pinned_certs`: only a client certificate whose public key is pinned completes the
/// handshake, even among certificates the CA signed.
#[tokio::test]
async fn pinned_certificates_admit_only_their_keys() {
    let pinned = Server::with_config(
        &format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true, pinned_certs: [{:?}] }}\n",
            c("server.pem"),
            c("server-key.pem"),
            c("ca.pem"),
            CLIENT_PIN.to_uppercase()
        ),
        &[],
    );
    let client = connect(&tls_url(&pinned), with_cert("client")).await.expect("the pinned key");
    round_trip(&client).await;
    let other = Server::with_config(
        &format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true, pinned_certs: [\"{}\"] }}\n",
            c("server.pem"),
            c("server-key.pem"),
            c("ca.pem"),
            "0".repeat(64)
        ),
        &[],
    );
    assert!(connect(&tls_url(&other), with_cert("client")).await.is_none(), "a key not pinned");
    assert!(other.wait_log("TLS handshake error: certificate not pinned", Duration::from_secs(5)), "{}", other.log());
}

/// `handshake_first` with a fallback delay: TLS-first clients start at once, clients that
/// wait for INFO get it after the delay and upgrade as usual.
#[tokio::test]
async fn handshake_first_with_a_fallback_serves_both_kinds_of_client() {
    let server = tls_server(", handshake_first: \"300ms\"");
    let first = connect(&tls_url(&server), trusting("ca.pem").tls_first()).await.expect("TLS first");
    round_trip(&first).await;
    let usual = connect(&tls_url(&server), trusting("ca.pem")).await.expect("INFO after the delay, then TLS");
    round_trip(&usual).await;
}

/// What monitoring shows of TLS, as nats-server: `/varz` `tls_required`, `tls_verify`,
/// `tls_timeout`, the certificate's expiry and the authentication timeout (the TLS
/// timeout and a second when not configured); `/connz` each connection's version,
/// suite, handshake order and (with `auth`) the client's certificates, subject in Go's
/// form.
#[tokio::test]
async fn monitoring_shows_tls_as_nats_server() {
    let server = Server::with_config(
        &format!(
            "tls {{ cert_file: {:?}, key_file: {:?}, ca_file: {:?}, verify: true, timeout: 3 }}\n",
            c("server.pem"),
            c("server-key.pem"),
            c("ca.pem")
        ),
        &["-m", "-1"],
    );
    let (_, varz) = server.get("/varz");
    assert_eq!((varz["tls_required"].as_bool(), varz["tls_verify"].as_bool()), (Some(true), Some(true)));
    assert_eq!((varz["tls_timeout"].as_f64(), varz["auth_timeout"].as_f64()), (Some(3.0), Some(4.0)));
    let not_after = varz["tls_cert_not_after"].as_str().unwrap();
    assert!(not_after.ends_with('Z') && !not_after.contains('.'), "{not_after}");

    let client = connect(&tls_url(&server), with_cert("client")).await.expect("mTLS");
    round_trip(&client).await;
    let (_, connz) = server.get("/connz?auth=1");
    let conn = &connz["connections"][0];
    assert_eq!(conn["tls_version"], "1.3");
    assert!(
        conn["tls_cipher_suite"].as_str().unwrap().starts_with("TLS_AES_") || conn["tls_cipher_suite"] == "TLS_CHACHA20_POLY1305_SHA256"
    );
    assert_eq!(conn["tls_peer_certs"][0]["subject"], "CN=alice,O=natsx");
    assert_eq!(conn["tls_peer_certs"][0]["spki_sha256"], CLIENT_PIN);
    assert_eq!(conn["tls_peer_certs"][0]["cert_sha256"].as_str().map(str::len), Some(64));
    assert!(conn.get("tls_first").is_none());
    let (_, plain) = server.get("/connz");
    assert!(plain["connections"][0].get("tls_peer_certs").is_none(), "certificates only with auth");

    let first = Server::with_config(
        &format!("tls {{ cert_file: {:?}, key_file: {:?}, handshake_first: true }}\n", c("server.pem"), c("server-key.pem")),
        &["-m", "-1"],
    );
    let client = connect(&tls_url(&first), trusting("ca.pem").tls_first()).await.expect("TLS first");
    round_trip(&client).await;
    let (_, varz) = first.get("/varz");
    assert_eq!((varz["tls_timeout"].as_f64(), varz["auth_timeout"].as_f64()), (Some(2.0), Some(3.0)));
    assert!(varz.get("tls_verify").is_none());
    assert_eq!(first.get("/connz").1["connections"][0]["tls_first"], true);
}
