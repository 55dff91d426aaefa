//! Fail closed: a config key, flag or user entry natsx cannot enforce stops the server
//! (and `-t` reports it) with one line naming the option and where it is written; only
//! pure tuning is accepted with a warning. Options natsx does implement are enforced.

use std::time::Duration;

use crate::harness::{natsx, Server, TempDir};

/// Runs `natsx server -c FILE` with and without `-t`; both must fail with `expect`.
fn refuses(dir: &TempDir, name: &str, config: &str, expect: &str) {
    let path = dir.path.join(name);
    std::fs::write(&path, config).unwrap();
    for check in [true, false] {
        let mut args = vec!["server", "-a", "127.0.0.1", "-p", "-1", "-c", path.to_str().unwrap()];
        if check {
            args.push("-t");
        }
        let (code, _, err) = natsx(&args, None, Duration::from_secs(10));
        assert_eq!(code, 1, "{name} (check {check}) must not start: {err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(first.starts_with("nats-server: ") && first.contains(path.to_str().unwrap()), "{name}: {err}");
        assert!(err.contains(expect), "{name}: expected {expect:?} in {err:?}");
        assert!(err.contains("refusing to start"), "{name}: {err}");
    }
}

#[test]
fn config_keys_natsx_cannot_enforce_stop_the_server() {
    let dir = TempDir::new();
    let families = [
        (
            "tls.conf",
            "port: 4222\ntls {\n  cert_file: server.pem\n  key_file: key.pem\n  cert_store: WindowsCurrentUser\n}\n",
            ":5:3: cert_store: operating system certificate stores",
        ),
        ("mqtt.conf", "mqtt { port: 1883 }\n", ":1:0: mqtt: MQTT"),
        (
            "cluster_tls.conf",
            "cluster {\n  name: c\n  port: 6222\n  tls { cert_file: a.pem, key_file: b.pem, verify_cert_and_check_known_urls: true }\n}\n",
            "verify_cert_and_check_known_urls: checking other servers' certificates against known URLs",
        ),
        ("cluster_perms.conf", "cluster { port: 6222, permissions { import: \"a\" } }\n", ":1:22: permissions: route permissions"),
        (
            "gateway.conf",
            "gateway {\n  name: g\n  port: 7222\n  gateways: [{name: h, url: \"nats://h:7222\", tls: {}}]\n}\n",
            "tls: TLS settings per remote gateway",
        ),
        (
            "leaf.conf",
            "leafnodes {\n  port: 7422\n  remotes: [{url: \"wss://hub:443\", proxy: {url: \"http://proxy:8080\"}}]\n}\n",
            "proxy: leaf node connections through an HTTP proxy",
        ),
        ("resolver.conf", "resolver: URL(http://localhost:9090/jwt/v1/accounts/)\n", ":1:0: resolver: the URL account resolver"),
        ("pinned.conf", "resolver_pinned_accounts: [AABC]\n", ":1:0: resolver_pinned_accounts: parts of operator mode"),
        ("base.conf", "http_base_path: /nats\n", ":1:0: http_base_path: a monitoring base path"),
        ("syslog.conf", "syslog: true\n", ":1:0: syslog: logging to syslog"),
        ("encrypt.conf", "jetstream {\n  store_dir: /tmp/x\n  cipher: chachapoly\n  key: s3cret\n}\n", ":3:3: cipher: encryption at rest"),
    ];
    for (name, config, expect) in families {
        refuses(&dir, name, config, expect);
    }
    // All of them at once: each is named, one per line, as nats-server lists its errors.
    let path = dir.path.join("all.conf");
    std::fs::write(&path, "ocsp: true\nmqtt { port: 1883 }\nresolver: URL(http://x)\n").unwrap();
    let (code, _, err) = natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    for key in [":1:0: ocsp:", ":2:1: mqtt:", ":3:1: resolver:"] {
        assert!(err.contains(key), "{key} in {err}");
    }
}

#[test]
fn flags_natsx_cannot_enforce_stop_the_server() {
    for (args, expect) in [
        (&["--cluster", "nats://127.0.0.1:-1", "-js"][..], "jetstream: JetStream in a cluster"),
        (&["--syslog"][..], "-syslog: logging to syslog"),
    ] {
        for check in [true, false] {
            let mut all = vec!["server", "-a", "127.0.0.1", "-p", "-1"];
            all.extend_from_slice(args);
            if check {
                all.push("-t");
            }
            let (code, _, err) = natsx(&all, None, Duration::from_secs(10));
            assert_eq!(code, 1, "{args:?}: {err}");
            assert!(err.starts_with("nats-server: ") && err.contains(expect) && err.contains("refusing to start"), "{args:?}: {err}");
        }
    }
}

#[test]
fn pure_tuning_is_a_warning() {
    let server = Server::with_config("prof_port: 6060\ndisable_sublist_cache: true\nwrite_timeout: close\n", &["--profile", "6061"]);
    let log = server.log();
    assert!(log.contains("[WRN]") && log.contains("prof_port is ignored: it tunes the Go profiler"), "{log}");
    assert!(log.contains("disable_sublist_cache is ignored"), "{log}");
    assert!(log.contains("-profile is ignored"), "{log}");
}

#[test]
fn allowed_connection_types_are_enforced() {
    let server = Server::with_config(
        "authorization { users: [\n  {user: web, password: w, allowed_connection_types: [WEBSOCKET]}\n  {user: std, password: s, allowed_connection_types: [\"STANDARD\", \"MQTT\"]}\n] }\n",
        &[],
    );
    let mut web = server.raw();
    web.send(b"CONNECT {\"verbose\":false,\"user\":\"web\",\"pass\":\"w\"}\r\nPING\r\n");
    assert_eq!(web.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Authorization Violation'\r\n");
    assert!(web.is_closed(Duration::from_secs(2)));
    let mut std = server.raw();
    std.send(b"CONNECT {\"verbose\":false,\"user\":\"std\",\"pass\":\"s\"}\r\nPING\r\n");
    assert_eq!(std.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
}

#[test]
fn max_sub_tokens_is_enforced() {
    let server = Server::with_config("max_sub_tokens: 3\n", &[]);
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"verbose\":false}\r\nSUB a.b.c 1\r\nSUB a.b.c.d 2\r\nPING\r\n");
    assert_eq!(
        raw.read_until("PONG\r\n", Duration::from_secs(2)),
        "-ERR 'Permissions Violation for Subscription to \"a.b.c.d\", too many tokens'\r\nPONG\r\n"
    );
    let dir = TempDir::new();
    let path = dir.path.join("big.conf");
    std::fs::write(&path, "max_sub_tokens: 256\n").unwrap();
    let (code, _, err) = natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.contains(":1:0: max_sub_tokens value is too big"), "{err}");
}

#[test]
fn log_files_rotate_at_the_size_limit() {
    let dir = TempDir::new();
    let log = dir.path.join("natsx.log");
    let config = format!("logfile: \"{}\"\nlogfile_size_limit: 2KB\nlogfile_max_num: 3\ntrace: true\n", log.display());
    let conf = dir.path.join("rotate.conf");
    std::fs::write(&conf, config).unwrap();
    let mut child = std::process::Command::new(crate::harness::BIN)
        .args(["server", "-a", "127.0.0.1", "-p", "-1", "-c", conf.to_str().unwrap()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let port = loop {
        let text = std::fs::read_dir(&dir.path)
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("natsx.log"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap_or_default())
            .collect::<String>();
        if let Some(rest) = text.split("Listening for client connections on ").nth(1) {
            break rest.lines().next().unwrap().rsplit(':').next().unwrap().parse::<u16>().unwrap();
        }
        assert!(std::time::Instant::now() < deadline, "server did not log");
        std::thread::sleep(Duration::from_millis(20));
    };
    // Traced traffic fills the log well past the limit several times.
    let mut raw = crate::harness::Raw::connect(port);
    for i in 0..200 {
        raw.send(format!("CONNECT {{\"verbose\":false}}\r\nSUB rotate.{i} {i}\r\nPUB rotate.{i} 5\r\nhello\r\n").as_bytes());
    }
    assert!(raw.alive());
    let _ = child.kill();
    let _ = child.wait();
    let files: Vec<String> = std::fs::read_dir(&dir.path)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("natsx.log"))
        .collect();
    assert_eq!(files.len(), 3, "the current file and two backups: {files:?}");
    let current = std::fs::read_to_string(&log).unwrap();
    assert!(current.contains("Rotated log, backup saved as"), "{current}");
    assert!(current.len() < 8 * 1024, "the current file was rotated ({} bytes)", current.len());
}

/// `false` turns off only what is a switch; given to a block or a string it is the type
/// error nats-server 2.15.1 gives (texts and positions as it printed them).
#[test]
fn false_is_only_accepted_where_nats_server_takes_a_boolean() {
    let dir = TempDir::new();
    let check = |name: &str, config: &str| {
        let path = dir.path.join(name);
        std::fs::write(&path, config).unwrap();
        natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10))
    };
    for (config, expected) in [
        ("tls: false\n", ":1:0: interface conversion: interface {} is bool, not map[string]interface {}"),
        ("port: 4222\n   cluster: false\n", ":2:4: Expected map to define cluster, got bool"),
        ("leafnodes: false\n", ":1:0: Expected map to define a leafnode, got bool"),
        ("gateway: false\n", ":1:0: Expected gateway to be a map, got bool"),
        ("websocket: false\n", ":1:0: Expected websocket to be a map, got bool"),
        ("mqtt: false\n", ":1:0: Expected mqtt to be a map, got bool"),
        ("accounts: { A: { nkey: false } }\n", ":1:17: Not a valid public nkey for an account: %!q(bool=false)"),
        ("accounts: { A: { imports: false } }\n", ":1:17: Imports should be an array, got bool"),
        ("authorization: { auth_callout: false }\n", ":1:17: Expected authorization callout to be a map/struct, got false"),
        ("resolver: false\n", ":1:0: error parsing operator resolver, wrong type bool"),
        // Credentials and names must be strings: nothing is turned into one.
        ("authorization { token: true }\n", ":1:16: interface conversion: interface {} is bool, not string"),
        ("authorization { users: [ {user: a, password: 123} ] }\n", ":1:35: interface conversion: interface {} is int64, not string"),
        ("system_account: false\n", ":1:0: system account name must be a string"),
    ] {
        let (code, _, err) = check("bad.conf", config);
        assert_eq!(code, 1, "{config}");
        assert!(err.contains(expected), "{config}: expected {expected:?} in {err:?}");
    }
    for config in ["syslog: false\n", "no_system_account: false\n", "allow_non_tls: false\n", "authorization: { proxy_required: false }\n"]
    {
        let (code, _, err) = check("ok.conf", config);
        assert_eq!(code, 0, "{config}: {err}");
    }
}
