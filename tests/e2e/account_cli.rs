//! `natsx account info` and `natsx server mapping` (issue 11's CLI), run as a user runs
//! them.

use std::time::Duration;

use crate::harness::{natsx, Server, TempDir};

#[test]
fn server_mapping_tries_a_mapping_without_a_server() {
    let wait = Duration::from_secs(10);
    let (code, out, _) =
        natsx(&["server", "mapping", "orders.*.*", "part.{{partition(10,1)}}.{{wildcard(2)}}", "orders.foo.x"], None, wait);
    assert_eq!((code, out.as_str()), (0, "part.3.x\n"), "the subject nats-server maps it to");
    let (code, _, err) = natsx(&["server", "mapping", "orders.*", "x.{{nope(1)}}", "orders.a"], None, wait);
    assert_eq!(code, 1);
    assert!(err.contains("invalid mapping destination: unknown function in {{nope(1)}}"), "{err}");
    let (code, _, err) = natsx(&["server", "mapping", "orders.*", "x.$1", "other"], None, wait);
    assert_eq!((code, err.trim()), (1, "natsx: error: no matching transforms available"));
    let (code, out, _) = natsx(&["server", "mappings", "orders.*", "x.$1"], Some("orders.a\norders.*\n\nnever.read\n"), wait);
    assert_eq!(code, 0);
    assert!(out.contains("x.a\n") && out.contains("Error: invalid subject") && !out.contains("never"), "{out}");
    let (code, _, err) = natsx(&["server", "mapping", "only-one"], None, wait);
    assert_eq!(code, 2, "a missing argument is a usage error: {err}");
}

#[test]
fn account_info_shows_the_connection_permissions_jetstream_and_shares() {
    let dir = TempDir::new();
    let config = format!(
        r#"
jetstream {{ store_dir: {:?} }}
system_account: SYS
accounts {{
  SYS: {{ users: [ {{user: sys, password: sys}} ] }}
  B: {{
    jetstream: enabled
    users: [ {{user: b, password: b, permissions: {{publish: {{allow: [">"], deny: ["secret.>"]}}}}}} ]
    exports: [ {{service: "help.>", response_type: stream}}, {{stream: "events.>", accounts: [A]}} ]
  }}
  A: {{
    users: [ {{user: a, password: a}} ]
    imports: [ {{service: {{account: B, subject: "help.>"}}, to: "b.help.>"}}, {{stream: {{account: B, subject: "events.>"}}, prefix: b}} ]
  }}
}}
"#,
        dir.path().to_string_lossy()
    );
    let server = Server::with_config(&config, &[]);
    let url = server.url();
    let wait = Duration::from_secs(20);
    let (code, out, err) = natsx(&["-s", &url, "--user", "b", "--password", "b", "account", "info"], None, wait);
    assert_eq!(code, 0, "{err}");
    for line in
        ["User: b", "Account: B", "Expires: never", "Headers Supported: true", "JetStream Account Information", "Streams: 0 of Unlimited"]
    {
        assert!(out.contains(line), "{line:?} in {out}");
    }
    assert!(out.contains("Deny:\n      secret.>"), "the user's permissions: {out}");
    assert!(out.contains("Not shown: the server tells them to users of the system account only"), "{out}");

    let (code, out, err) = natsx(&["-s", &url, "--user", "sys", "--password", "sys", "account", "info", "--account", "A"], None, wait);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Account: SYS"), "{out}");
    assert!(out.contains("service help.> from B as b.help.>") && out.contains("stream events.> from B as b.events.>"), "{out}");
    let (_, b_shares, _) = natsx(&["-s", &url, "--user", "sys", "--password", "sys", "account", "info", "--account", "B"], None, wait);
    assert!(b_shares.contains("service help.> to everyone, Streamed responses") && b_shares.contains("stream events.> to A"), "{b_shares}");

    let (code, out, _) = natsx(&["-s", &url, "--user", "a", "--password", "a", "account", "info", "--json"], None, wait);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((code, json["user"]["account"].as_str()), (0, Some("A")));
    assert!(json["jetstream"]["error"].as_str().is_some_and(|e| e.contains("not enabled")), "A has no JetStream: {json}");
}
