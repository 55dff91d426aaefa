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

/// Every combination of publish allow/deny lists with `allow_responses`, against the
/// replies nats-server 2.15.1 gives to the same exchange: a responder subscribed to
/// `svc` receives two requests (replies `_INBOX.a` and `_INBOX.bad`) and then publishes
/// three replies to `_INBOX.a`, one to `_INBOX.bad`, and to `_INBOX.never`, `x`, `y`,
/// `svc.q`.
#[test]
fn allow_responses_with_every_kind_of_publish_list_matches_nats_server() {
    let server = Server::with_config(
        r#"
authorization { users: [
  {user: req, password: p}
  {user: r1, password: p, permissions: { allow_responses: true } }
  {user: r2, password: p, permissions: { publish: { deny: "x" }, allow_responses: true } }
  {user: r3, password: p, permissions: { publish: "svc.>", allow_responses: { max: 2 } } }
  {user: r5, password: p, permissions: { publish: { deny: "x" } } }
  {user: r6, password: p, permissions: { publish: { allow: "y", deny: "_INBOX.bad" }, allow_responses: { max: -1 } } }
  {user: r7, password: p, permissions: { publish: [], allow_responses: true } }
] }
"#,
        &[],
    );
    let violation = |s: &str| format!("-ERR 'Permissions Violation for Publish to \"{s}\"'\r\n");
    let violations = |subjects: &[&str]| subjects.iter().map(|s| violation(s)).collect::<String>();
    let replies = |pairs: &[(&str, &str)]| pairs.iter().map(|(s, b)| format!("MSG {s} 1 2\r\n{b}\r\n")).collect::<String>();
    let cases: [(&str, String, String); 6] = [
        // No publish list: replies only, one each.
        (
            "r1",
            violations(&["_INBOX.a", "_INBOX.a", "_INBOX.never", "x", "y", "svc.q"]),
            replies(&[("_INBOX.a", "r1"), ("_INBOX.bad", "b1")]),
        ),
        // Deny only: still replies only.
        (
            "r2",
            violations(&["_INBOX.a", "_INBOX.a", "_INBOX.never", "x", "y", "svc.q"]),
            replies(&[("_INBOX.a", "r1"), ("_INBOX.bad", "b1")]),
        ),
        // An allow list: it, plus two replies each.
        (
            "r3",
            violations(&["_INBOX.a", "_INBOX.never", "x", "y"]),
            replies(&[("_INBOX.a", "r1"), ("_INBOX.a", "r2"), ("_INBOX.bad", "b1")]),
        ),
        // Deny only, without allow_responses: everything but the denied subject.
        (
            "r5",
            violations(&["x"]),
            replies(&[("_INBOX.a", "r1"), ("_INBOX.a", "r2"), ("_INBOX.a", "r3"), ("_INBOX.bad", "b1"), ("_INBOX.never", "n1")]),
        ),
        // Unlimited responses, and a reply subject the deny list names still answers.
        (
            "r6",
            violations(&["_INBOX.never", "x", "svc.q"]),
            replies(&[("_INBOX.a", "r1"), ("_INBOX.a", "r2"), ("_INBOX.a", "r3"), ("_INBOX.bad", "b1")]),
        ),
        // An empty publish list is no list.
        (
            "r7",
            violations(&["_INBOX.a", "_INBOX.a", "_INBOX.never", "x", "y", "svc.q"]),
            replies(&[("_INBOX.a", "r1"), ("_INBOX.bad", "b1")]),
        ),
    ];
    let without_pings = |s: String| s.replace("PING\r\n", "");
    for (user, errors, delivered) in cases {
        let mut requester = server.raw();
        requester.send(b"CONNECT {\"verbose\":false,\"user\":\"req\",\"pass\":\"p\"}\r\nSUB _INBOX.> 1\r\nPING\r\n");
        requester.read_until("PONG\r\n", Duration::from_secs(2));
        let mut responder = server.raw();
        responder.send(format!("CONNECT {{\"verbose\":false,\"user\":\"{user}\",\"pass\":\"p\"}}\r\nSUB svc 1\r\nPING\r\n").as_bytes());
        responder.read_until("PONG\r\n", Duration::from_secs(2));
        requester.send(b"PUB svc _INBOX.a 1\r\nq\r\nPUB svc _INBOX.bad 1\r\nq\r\nPING\r\n");
        requester.read_until("PONG\r\n", Duration::from_secs(2));
        responder.read_until("_INBOX.bad 1\r\nq\r\n", Duration::from_secs(2));
        responder.send(
            b"PUB _INBOX.a 2\r\nr1\r\nPUB _INBOX.a 2\r\nr2\r\nPUB _INBOX.a 2\r\nr3\r\nPUB _INBOX.bad 2\r\nb1\r\n\
              PUB _INBOX.never 2\r\nn1\r\nPUB x 1\r\nx\r\nPUB y 1\r\ny\r\nPUB svc.q 1\r\ns\r\nPING\r\n",
        );
        assert_eq!(without_pings(responder.read_until("PONG\r\n", Duration::from_secs(2))), format!("{errors}PONG\r\n"), "{user}");
        requester.send(b"PING\r\n");
        assert_eq!(without_pings(requester.read_until("PONG\r\n", Duration::from_secs(2))), format!("{delivered}PONG\r\n"), "{user}");
    }
}

/// Subscribe permissions that name queue groups (`"subject queue"`), against nats-server
/// 2.15.1's replies to the same subscriptions; one deliberate difference (README): a
/// wildcard wider than the allow entry (`jobs.>` under `jobs.*`) is refused.
#[test]
fn queue_qualified_subscribe_permissions_match_nats_server() {
    let server = Server::with_config(
        r#"
authorization { users: [
  {user: pub, password: p}
  {user: qa, password: p, permissions: { subscribe: ["jobs.* workers", "logs.>", "tasks.> team.*"] } }
  {user: qd, password: p, permissions: { subscribe: { deny: ["jobs.* spies", "secret.>"] } } }
] }
"#,
        &[],
    );
    let refused = |s: &str, q: Option<&str>| match q {
        Some(q) => format!("-ERR 'Permissions Violation for Subscription to \"{s}\" using queue \"{q}\"'\r\n"),
        None => format!("-ERR 'Permissions Violation for Subscription to \"{s}\"'\r\n"),
    };
    let mut qa = server.raw();
    qa.send(b"CONNECT {\"verbose\":false,\"user\":\"qa\",\"pass\":\"p\"}\r\nSUB jobs.a 1\r\nSUB jobs.a workers 2\r\nSUB jobs.a others 3\r\nSUB logs.x 4\r\nSUB logs.x q 5\r\nSUB tasks.a team.red 6\r\nSUB tasks.a team 7\r\nSUB jobs.* workers 8\r\nSUB jobs.> workers 9\r\nPING\r\n");
    let expected =
        [refused("jobs.a", None), refused("jobs.a", Some("others")), refused("tasks.a", Some("team")), refused("jobs.>", Some("workers"))];
    assert_eq!(qa.read_until("PONG\r\n", Duration::from_secs(2)).replace("PING\r\n", ""), format!("{}PONG\r\n", expected.concat()));

    let mut qd = server.raw();
    qd.send(b"CONNECT {\"verbose\":false,\"user\":\"qd\",\"pass\":\"p\"}\r\nSUB jobs.a spies 1\r\nSUB jobs.a workers 2\r\nSUB jobs.a 3\r\nSUB jobs.> spies 4\r\nSUB > spies 6\r\nSUB secret.x q 7\r\nPING\r\n");
    let expected = [refused("jobs.a", Some("spies")), refused("jobs.>", Some("spies")), refused("secret.x", Some("q"))];
    assert_eq!(qd.read_until("PONG\r\n", Duration::from_secs(2)).replace("PING\r\n", ""), format!("{}PONG\r\n", expected.concat()));
    // `> spies` overlaps the queue-qualified deny: jobs.b is filtered from it, jobs.b.c is not.
    let mut publisher = server.raw();
    publisher.send(b"CONNECT {\"verbose\":false,\"user\":\"pub\",\"pass\":\"p\"}\r\nPUB jobs.b 1\r\n1\r\nPUB jobs.b.c 1\r\n2\r\nPUB secret.y 1\r\n3\r\nPUB other 1\r\n4\r\nPING\r\n");
    publisher.read_until("PONG\r\n", Duration::from_secs(2));
    qd.send(b"PING\r\n");
    let got = qd.read_until("PONG\r\n", Duration::from_secs(2)).replace("PING\r\n", "");
    assert_eq!(got, "MSG jobs.b.c 6 1\r\n2\r\nMSG other 6 1\r\n4\r\nPONG\r\n");
}

/// Found in review: with a no_auth_user, a client that never sent CONNECT acted with no
/// permissions at all. It is that user, as in nats-server (checked against 2.15.1).
#[test]
fn a_client_that_skips_connect_is_the_no_auth_user() {
    let server = Server::with_config(
        "authorization { users: [ {user: a, password: a, permissions: {publish: \"ok.>\", subscribe: \"ok.>\"}}, {user: b, password: b} ] }\nno_auth_user: a\n",
        &[],
    );
    let mut raw = server.raw();
    raw.send(b"PUB x 5\r\nhello\r\nPING\r\n");
    assert_eq!(raw.read_until("PONG\r\n", Duration::from_secs(2)), "-ERR 'Permissions Violation for Publish to \"x\"'\r\nPONG\r\n");
    raw.send(b"SUB secret.> 1\r\nPING\r\n");
    assert_eq!(
        raw.read_until("PONG\r\n", Duration::from_secs(2)),
        "-ERR 'Permissions Violation for Subscription to \"secret.>\"'\r\nPONG\r\n"
    );
    raw.send(b"PUB ok.1 2\r\nhi\r\nPING\r\n");
    assert_eq!(raw.read_until("PONG\r\n", Duration::from_secs(2)), "+OK\r\nPONG\r\n", "what a may do, it does (verbose until CONNECT)");
}
