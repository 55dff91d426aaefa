//! `natsx context` (issue 14): contexts in the nats CLI's files, selected or named with
//! `--context`, flags winning over them; a context file as the nats CLI writes it.

use std::time::Duration;

use crate::harness::{natsx_env, Server, TempDir};

#[test]
fn contexts_pick_the_server_and_credentials() {
    let server = Server::with_config("authorization { users: [ {user: ann, password: pw} ] }\n", &[]);
    let dir = TempDir::new();
    let config = dir.path().to_str().unwrap().to_string();
    let env = [("XDG_CONFIG_HOME", config.as_str()), ("NATS_CONTEXT", "")];
    let run = |args: &[&str]| natsx_env(args, &env, None, Duration::from_secs(10));
    let ok = |args: &[&str]| {
        let (code, out, err) = run(args);
        assert_eq!(code, 0, "natsx {args:?}: {out}{err}");
        out
    };
    // No context: the default server, where nothing listens.
    assert_ne!(run(&["--timeout", "1s", "pub", "x", "y"]).0, 0);
    ok(&["-s", &server.url(), "--user", "ann", "--password", "pw", "context", "add", "dev", "--description", "test", "--select"]);
    ok(&["pub", "x", "from the selected context"]);
    let listed = ok(&["context", "ls"]);
    assert!(listed.contains("dev*") && listed.contains(&server.url()), "{listed}");
    let info: serde_json::Value = serde_json::from_str(&ok(&["context", "info", "--json"])).unwrap();
    assert_eq!((info["user"].as_str(), info["password"].as_str()), (Some("ann"), Some("*********")), "{info}");
    {
        use std::os::unix::fs::PermissionsExt;
        let file = dir.path().join("nats/context/dev.json");
        assert_eq!(std::fs::metadata(&file).unwrap().permissions().mode() & 0o777, 0o600);
        let saved: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        assert_eq!(saved["password"], "pw");
        assert_eq!(std::fs::read_to_string(dir.path().join("nats/context.txt")).unwrap().trim(), "dev");
    }
    // Flags win over the context.
    let (code, _, err) = run(&["--password", "wrong", "pub", "x", "y"]);
    assert_ne!(code, 0, "a flag overrides the context's password: {err}");

    // A context as the nats CLI writes it (more fields than natsx uses), picked by name.
    let nats_cli = format!(
        r#"{{
  "description": "made by nats",
  "url": "{}",
  "socks_proxy": "",
  "token": "",
  "user": "ann",
  "password": "pw",
  "creds": "",
  "nkey": "",
  "cert": "",
  "key": "",
  "ca": "",
  "nsc": "",
  "jetstream_domain": "",
  "jetstream_api_prefix": "",
  "jetstream_event_prefix": "",
  "inbox_prefix": "",
  "user_jwt": "",
  "color_scheme": "",
  "tls_first": false,
  "windows_cert_store": "",
  "windows_cert_match_by": "",
  "windows_cert_match": "",
  "windows_ca_certs_match": []
}}"#,
        server.url()
    );
    std::fs::write(dir.path().join("nats/context/natscli.json"), nats_cli).unwrap();
    ok(&["--context", "natscli", "pub", "x", "y"]);
    ok(&["context", "edit", "natscli", "--description", "edited by natsx"]);
    let edited: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("nats/context/natscli.json")).unwrap()).unwrap();
    assert_eq!(edited["description"], "edited by natsx");
    assert_eq!(edited["windows_ca_certs_match"], serde_json::json!([]), "fields natsx does not use are kept");

    // A context asking for what natsx does not do (another JetStream domain) is refused.
    let natscli = std::fs::read_to_string(dir.path().join("nats/context/natscli.json")).unwrap();
    let hub = natscli.replace("\"jetstream_domain\": \"\"", "\"jetstream_domain\": \"hub\"");
    assert_ne!(hub, natscli);
    std::fs::write(dir.path().join("nats/context/hub.json"), hub).unwrap();
    let (code, _, err) = run(&["--context", "hub", "pub", "x", "y"]);
    assert!(code != 0 && err.contains("jetstream_domain"), "{err}");

    // Bad input.
    let (code, _, err) = run(&["--context", "nope", "pub", "x", "y"]);
    assert!(code != 0 && err.contains("unknown context \"nope\""), "{err}");
    let (code, _, err) = run(&["context", "add", "../evil"]);
    assert!(code != 0 && err.contains("invalid context name"), "{err}");
    let (code, _, err) = run(&["context", "rm", "dev"]);
    assert!(code != 0 && err.contains("cannot remove the current active context"), "{err}");
    ok(&["context", "select", "natscli"]);
    ok(&["context", "rm", "dev"]);
    assert!(!dir.path().join("nats/context/dev.json").exists());
}
