//! Authentication, accounts and permissions.

use std::time::Duration;

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::Server;

async fn connect_err(opts: async_nats::ConnectOptions, url: &str) -> async_nats::ConnectErrorKind {
    opts.connect(url).await.map(|_| ()).expect_err("connect must fail").kind()
}

#[tokio::test]
async fn token_auth() {
    let server = Server::start(&["--auth", "s3cret"]);
    let ok = async_nats::ConnectOptions::with_token("s3cret".into()).connect(server.url()).await;
    assert!(ok.is_ok());
    let kind = connect_err(async_nats::ConnectOptions::with_token("wrong".into()), &server.url()).await;
    assert_eq!(kind, async_nats::ConnectErrorKind::AuthorizationViolation);
    let mut raw = server.raw();
    assert!(raw.info.contains("\"auth_required\":true"));
    raw.send(b"CONNECT {\"auth_token\":\"bad\"}\r\nPING\r\n");
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Authorization Violation'\r\n");
    assert!(raw.is_closed(Duration::from_secs(2)));
}

#[tokio::test]
async fn user_password_and_bcrypt() {
    let server = Server::start(&["--user", "alice", "--pass", "pw"]);
    assert!(async_nats::ConnectOptions::with_user_and_password("alice".into(), "pw".into()).connect(server.url()).await.is_ok());
    let kind = connect_err(async_nats::ConnectOptions::with_user_and_password("alice".into(), "nope".into()), &server.url()).await;
    assert_eq!(kind, async_nats::ConnectErrorKind::AuthorizationViolation);
    // A password stored as a bcrypt hash.
    let hash = bcrypt::hash("pw", 4).unwrap();
    let config = format!("authorization {{ users: [ {{user: bob, password: \"{hash}\"}} ] }}\n");
    let server = Server::with_config(&config, &[]);
    assert!(async_nats::ConnectOptions::with_user_and_password("bob".into(), "pw".into()).connect(server.url()).await.is_ok());
    let kind = connect_err(async_nats::ConnectOptions::with_user_and_password("bob".into(), "px".into()), &server.url()).await;
    assert_eq!(kind, async_nats::ConnectErrorKind::AuthorizationViolation);
}

#[tokio::test]
async fn operations_before_connect_are_refused_when_auth_is_required() {
    let server = Server::start(&["--auth", "t"]);
    let mut raw = server.raw();
    raw.send(b"PUB foo 2\r\nhi\r\n");
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Authorization Violation'\r\n");
    assert!(raw.is_closed(Duration::from_secs(2)));
}

#[tokio::test]
async fn auth_timeout_closes_silent_clients() {
    let server = Server::with_config("authorization { token: t, timeout: 0.5 }\n", &[]);
    let mut raw = server.raw();
    let got = raw.read_until("\r\n", Duration::from_secs(3));
    assert_eq!(got, "-ERR 'Authentication Timeout'\r\n");
    assert!(raw.is_closed(Duration::from_secs(2)));
}

#[tokio::test]
async fn accounts_isolate_subjects() {
    let server =
        Server::with_config("accounts {\n A: { users: [ {user: a, password: a} ] }\n B: { users: [ {user: b, password: b} ] }\n}\n", &[]);
    let a = async_nats::ConnectOptions::with_user_and_password("a".into(), "a".into()).connect(server.url()).await.unwrap();
    let b = async_nats::ConnectOptions::with_user_and_password("b".into(), "b".into()).connect(server.url()).await.unwrap();
    let a2 = async_nats::ConnectOptions::with_user_and_password("a".into(), "a".into()).connect(server.url()).await.unwrap();
    let mut sub_b = b.subscribe("shared").await.unwrap();
    let mut sub_a2 = a2.subscribe("shared").await.unwrap();
    crate::harness::sync(&b).await;
    crate::harness::sync(&a2).await;
    a.publish("shared", Bytes::from("for A only")).await.unwrap();
    crate::harness::sync(&a).await;
    let got = tokio::time::timeout(Duration::from_secs(5), sub_a2.next()).await.unwrap().unwrap();
    assert_eq!(got.payload, "for A only");
    assert!(tokio::time::timeout(Duration::from_millis(300), sub_b.next()).await.is_err(), "account B must not see A's message");
    // The second INFO names the bound account.
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"user\":\"b\",\"pass\":\"b\",\"protocol\":1}\r\nPING\r\n");
    let got = raw.read_until("connect_info", Duration::from_secs(2));
    assert!(got.contains("\"remote_account\":\"B\""), "{got}");
}

#[tokio::test]
async fn no_auth_user_is_used_without_credentials() {
    let server = Server::with_config("accounts { A: { users: [ {user: guest, password: x} ] } }\nno_auth_user: guest\n", &[]);
    let anon = server.client().await;
    let named = async_nats::ConnectOptions::with_user_and_password("guest".into(), "x".into()).connect(server.url()).await.unwrap();
    let mut sub = named.subscribe("q").await.unwrap();
    crate::harness::sync(&named).await;
    anon.publish("q", Bytes::from("same account")).await.unwrap();
    crate::harness::sync(&anon).await;
    let got = tokio::time::timeout(Duration::from_secs(5), sub.next()).await.unwrap().unwrap();
    assert_eq!(got.payload, "same account");
}

const PERMS: &str = r#"
authorization {
  users: [
    { user: limited, password: pw, permissions: {
        publish: { allow: ["foo.>", "_INBOX.>"], deny: ["foo.secret"] }
        subscribe: { allow: [">"], deny: ["secret.>"] }
    } }
    { user: admin, password: pw }
  ]
}
"#;

#[tokio::test]
async fn publish_and_subscribe_permissions() {
    let server = Server::with_config(PERMS, &[]);
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"user\":\"limited\",\"pass\":\"pw\"}\r\nPING\r\n");
    assert!(raw.read_until("PONG\r\n", Duration::from_secs(2)).contains("PONG"));
    raw.send(b"PUB bar 2\r\nhi\r\n");
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Permissions Violation for Publish to \"bar\"'\r\n");
    raw.send(b"PUB foo.secret 2\r\nhi\r\n");
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Permissions Violation for Publish to \"foo.secret\"'\r\n");
    raw.send(b"SUB secret.x 1\r\n");
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Permissions Violation for Subscription to \"secret.x\"'\r\n");
    raw.send(b"SUB secret.y q 2\r\n");
    assert_eq!(
        raw.read_until("\r\n", Duration::from_secs(2)),
        "-ERR 'Permissions Violation for Subscription to \"secret.y\" using queue \"q\"'\r\n"
    );
    assert!(raw.alive(), "permission violations keep the connection open");

    // A wildcard subscription overlapping the deny list never receives denied subjects.
    raw.send(b"SUB > 9\r\nPING\r\n");
    raw.read_until("PONG\r\n", Duration::from_secs(2));
    let admin = async_nats::ConnectOptions::with_user_and_password("admin".into(), "pw".into()).connect(server.url()).await.unwrap();
    admin.publish("secret.plans", Bytes::from("x")).await.unwrap();
    admin.publish("public.news", Bytes::from("y")).await.unwrap();
    // (No sync round trip here: the raw `>` subscriber would swallow it.)
    admin.flush().await.unwrap();
    let got = raw.read_until("public.news", Duration::from_secs(2));
    assert!(got.contains("MSG public.news 9 1"), "{got}");
    assert!(!got.contains("secret.plans"), "{got}");
}

#[test]
fn allow_responses_permits_limited_replies() {
    let server = Server::with_config(
        r#"
authorization {
  users: [
    {user: e, password: f, permissions: { publish: ["nothing"], subscribe: ["svc"], allow_responses: true } }
    {user: g, password: h, permissions: { publish: ["nothing"], subscribe: ["svc2"], allow_responses: { max: 2, expires: "500ms" } } }
    {user: r, password: s}
  ]
}
"#,
        &[],
    );
    let mut responder = server.raw();
    responder.send(b"CONNECT {\"verbose\":false,\"user\":\"e\",\"pass\":\"f\"}\r\nSUB svc 1\r\nPING\r\n");
    responder.read_until("PONG\r\n", Duration::from_secs(2));
    let mut requester = server.raw();
    requester
        .send(b"CONNECT {\"verbose\":false,\"user\":\"r\",\"pass\":\"s\"}\r\nSUB _INBOX.r2 9\r\nPUB svc _INBOX.r2 3\r\nreq\r\nPING\r\n");
    requester.read_until("PONG\r\n", Duration::from_secs(2));
    assert_eq!(responder.read_until("req\r\n", Duration::from_secs(2)), "MSG svc 1 _INBOX.r2 3\r\nreq\r\n");
    responder.send(b"PUB _INBOX.r2 4\r\nrep1\r\nPUB _INBOX.r2 4\r\nrep2\r\nPUB _INBOX.other 4\r\nrep3\r\nPING\r\n");
    assert_eq!(
        responder.read_until("PONG\r\n", Duration::from_secs(2)),
        "-ERR 'Permissions Violation for Publish to \"_INBOX.r2\"'\r\n-ERR 'Permissions Violation for Publish to \"_INBOX.other\"'\r\nPONG\r\n"
    );
    assert_eq!(requester.read_until("rep1\r\n", Duration::from_secs(2)), "MSG _INBOX.r2 9 4\r\nrep1\r\n");

    let mut limited = server.raw();
    limited.send(b"CONNECT {\"verbose\":false,\"user\":\"g\",\"pass\":\"h\"}\r\nSUB svc2 1\r\nPING\r\n");
    limited.read_until("PONG\r\n", Duration::from_secs(2));
    requester.send(b"PUB svc2 _INBOX.r3 3\r\nreq\r\nPUB svc2 _INBOX.r3b 3\r\nreq\r\nPING\r\n");
    requester.read_until("PONG\r\n", Duration::from_secs(2));
    limited.read_until("_INBOX.r3b 3\r\nreq\r\n", Duration::from_secs(2));
    limited.send(b"PUB _INBOX.r3 1\r\n1\r\nPUB _INBOX.r3 1\r\n2\r\nPUB _INBOX.r3 1\r\n3\r\nPING\r\n");
    assert_eq!(
        limited.read_until("PONG\r\n", Duration::from_secs(2)),
        "-ERR 'Permissions Violation for Publish to \"_INBOX.r3\"'\r\nPONG\r\n"
    );
    std::thread::sleep(Duration::from_millis(700));
    limited.send(b"PUB _INBOX.r3b 4\r\nlate\r\nPING\r\n");
    assert_eq!(
        limited.read_until("PONG\r\n", Duration::from_secs(2)),
        "-ERR 'Permissions Violation for Publish to \"_INBOX.r3b\"'\r\nPONG\r\n"
    );
    assert!(server.log().contains("\"$G/user:g\" - Publish Violation - Subject \"_INBOX.r3\""), "{}", server.log());
}

#[test]
fn with_auth_a_first_op_other_than_connect_is_refused_at_once() {
    let server = Server::start(&["--auth", "t"]);
    let mut raw = server.raw();
    // Refused on the control line: the server does not wait for a megabyte of payload.
    raw.send(b"PUB x 1048576\r\n");
    assert_eq!(raw.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Authorization Violation'\r\n");
    assert!(raw.is_closed(Duration::from_secs(2)));
}
