//! `natsx server` as an operator runs it: flags, config checks, logs, signals, lame duck.

use std::time::Duration;

use crate::harness::{natsx, Server, TempDir};

#[test]
fn version_help_and_bad_flags() {
    let (code, out, _) = natsx(&["server", "--version"], None, Duration::from_secs(10));
    assert_eq!(code, 0);
    assert!(out.starts_with("nats-server: v"), "{out}");
    let (code, out, _) = natsx(&["server", "-h"], None, Duration::from_secs(10));
    assert_eq!(code, 0);
    assert!(out.contains("--port <port>") && out.contains("--signal"), "{out}");
    let (code, _, err) = natsx(&["server", "-bogus"], None, Duration::from_secs(10));
    assert_eq!(code, 2);
    assert!(err.starts_with("flag provided but not defined: -bogus"), "{err}");
    let (code, _, err) = natsx(&["server", "-p", "notaport"], None, Duration::from_secs(10));
    assert_eq!(code, 2);
    assert!(err.contains("invalid value \"notaport\" for flag -p"), "{err}");
}

#[test]
fn config_check_and_errors() {
    let dir = TempDir::new();
    let good = dir.path.join("good.conf");
    std::fs::write(&good, "port: 4333\nping_interval: \"1s\"\n").unwrap();
    let (code, _, err) = natsx(&["server", "-t", "-c", good.to_str().unwrap()], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    assert_eq!(err.trim(), format!("nats-server: configuration file {} is valid", good.display()));

    let cases = [
        (
            "unclosed.conf",
            "listen: 127.0.0.1:4222\nauthorization {\n  user: a\n  password: b\n",
            ":5:1: unexpected end of file, expected '}'",
        ),
        ("unknown.conf", "port: 4222\nfoo_bar: 1\n", ":2:1: unknown field \"foo_bar\""),
        ("type.conf", "port: 1\nmax_payload: [1]\n", ":2:1: max_payload: expected integer, got array"),
        ("payload.conf", "max_payload: 100MB\n", "max_payload (104857600) cannot be higher than max_pending (67108864)"),
        ("ldm.conf", "lame_duck_duration: \"4s\"\n", "invalid lame_duck_duration of 4s, minimum is 30 seconds"),
        (
            "var.conf",
            "password: $NOT_DEFINED_ANYWHERE_XYZ\n",
            "variable reference for 'NOT_DEFINED_ANYWHERE_XYZ' on line 1 can not be found",
        ),
    ];
    for (name, text, expect) in cases {
        let path = dir.path.join(name);
        std::fs::write(&path, text).unwrap();
        for check in [true, false] {
            let mut args = vec!["server", "-c", path.to_str().unwrap()];
            if check {
                args.push("-t");
            }
            let (code, _, err) = natsx(&args, None, Duration::from_secs(10));
            assert_eq!(code, 1, "{name}: {err}");
            assert!(err.starts_with("nats-server: "), "{name}: {err}");
            assert!(err.contains(expect), "{name}: expected {expect:?} in {err:?}");
        }
    }
    let (code, _, err) = natsx(&["server", "-c", "/nonexistent/natsx.conf"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.contains("/nonexistent/natsx.conf"), "{err}");
}

#[test]
fn flags_override_the_config_file_and_include_works() {
    let dir = TempDir::new();
    std::fs::write(dir.path.join("auth.conf"), "authorization { token: from_include }\n").unwrap();
    let main = format!("port: 1\nserver_name: from_file\ninclude \"{}\"\n", dir.path.join("auth.conf").display());
    // The harness passes `-p -1`, which must win over `port: 1`; `-n` wins over server_name.
    let server = Server::with_config(&main, &["-n", "from_flag"]);
    assert_ne!(server.port, 1);
    let mut raw = server.raw();
    assert!(raw.info.contains("\"server_name\":\"from_flag\""), "{}", raw.info);
    assert!(raw.info.contains("\"auth_required\":true"));
    raw.send(b"CONNECT {\"auth_token\":\"from_include\",\"verbose\":false}\r\nPING\r\n");
    assert_eq!(raw.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
}

#[test]
fn startup_log_lines_and_sigint_exits_zero() {
    let mut server = Server::start(&[]);
    let log = server.log();
    assert!(log.contains("[INF] Starting nats-server"), "{log}");
    assert!(log.contains(&format!("[INF] Listening for client connections on 127.0.0.1:{}", server.port)), "{log}");
    assert!(log.contains("[INF] Server is ready"));
    let first = log.lines().next().unwrap();
    assert!(first.starts_with(&format!("[{}] ", server.child.id())), "pid prefix: {first}");
    server.signal("INT");
    assert_eq!(server.wait_exit(Duration::from_secs(10)), Some(0));
    assert!(server.log().contains("[INF] Trapped \"interrupt\" signal"));
    assert!(server.log().contains("[INF] Server Exiting.."));
}

#[test]
fn sigterm_exits_zero_and_clients_see_eof() {
    let mut server = Server::start(&[]);
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"verbose\":false}\r\nPING\r\n");
    raw.read_until("PONG", Duration::from_secs(2));
    server.signal("TERM");
    assert!(raw.is_closed(Duration::from_secs(5)));
    assert_eq!(server.wait_exit(Duration::from_secs(10)), Some(0));
}

#[test]
fn trace_logs_protocol_lines() {
    let server = Server::start(&["-DV"]);
    let mut raw = server.raw();
    raw.send(b"CONNECT {\"verbose\":false}\r\nSUB foo 1\r\nPUB foo 5\r\nhello\r\nPING\r\n");
    raw.read_until("PONG", Duration::from_secs(2));
    assert!(server.wait_log("<<- [PUB foo 5]", Duration::from_secs(2)), "{}", server.log());
    assert!(server.log().contains("<<- MSG_PAYLOAD: [\"hello\"]"));
    assert!(server.log().contains("->> [MSG foo 1 5]"));
    assert!(server.log().contains("[DBG]") && server.log().contains("Client connection created"));
}

#[test]
fn log_and_pid_files_and_ports_file() {
    let dir = TempDir::new();
    let log = dir.path.join("natsx.log");
    let pid = dir.path.join("natsx.pid");
    let mut child = std::process::Command::new(crate::harness::BIN)
        .args(["server", "-a", "127.0.0.1", "-p", "-1", "-l", log.to_str().unwrap(), "-P", pid.to_str().unwrap()])
        .args(["--ports_file_dir", dir.path.to_str().unwrap()])
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !std::fs::read_to_string(&log).unwrap_or_default().contains("Server is ready") {
        assert!(std::time::Instant::now() < deadline, "server did not log to its file");
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(std::fs::read_to_string(&pid).unwrap().trim(), child.id().to_string());
    let ports = std::fs::read_dir(dir.path()).unwrap().flatten().find(|e| e.file_name().to_string_lossy().ends_with(".ports"));
    let ports: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(ports.expect("ports file").path()).unwrap()).unwrap();
    assert!(ports["nats"][0].as_str().unwrap().starts_with("nats://127.0.0.1:"));
    // --signal with a pid file; `quit` is SIGINT.
    let (code, _, err) = natsx(&["server", "--signal", &format!("quit={}", pid.display())], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(std::time::Instant::now() < deadline, "server did not stop");
        std::thread::sleep(Duration::from_millis(20));
    };
    assert_eq!(status.code(), Some(0));
    assert!(!pid.exists(), "pid file removed on exit");
    let (code, _, err) = natsx(&["server", "--signal", "bogus=1"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.contains("unknown signal"), "{err}");
}

#[test]
fn lame_duck_mode() {
    let mut server = Server::with_config("lame_duck_duration: \"30s\"\nlame_duck_grace_period: \"1s\"\n", &[]);
    let mut modern = server.raw();
    modern.send(b"CONNECT {\"protocol\":1,\"verbose\":false}\r\nPING\r\n");
    modern.read_until("} \r\n", Duration::from_secs(2));
    let mut old = server.raw();
    old.send(b"CONNECT {\"protocol\":0,\"verbose\":false}\r\nPING\r\n");
    old.read_until("PONG\r\n", Duration::from_secs(2));
    let pid = server.child.id().to_string();
    let (code, out, err) = natsx(&["server", "--signal", &format!("ldm={pid}")], None, Duration::from_secs(10));
    assert_eq!((code, out.as_str()), (0, ""), "{err}");
    let got = modern.read_until("} \r\n", Duration::from_secs(3));
    assert!(got.starts_with("INFO {") && got.contains("\"ldm\":true"), "{got}");
    assert!(server.wait_log("Entering lame duck mode, stop accepting new clients", Duration::from_secs(2)));
    // New connections are refused once in lame duck mode.
    std::thread::sleep(Duration::from_millis(100));
    assert!(std::net::TcpStream::connect(("127.0.0.1", server.port)).is_err(), "listener closed in lame duck mode");
    assert_eq!(old.read_for(Duration::from_millis(300)), "", "protocol 0 clients get no INFO");
    assert!(modern.is_closed(Duration::from_secs(10)));
    assert!(old.is_closed(Duration::from_secs(10)));
    assert_eq!(server.wait_exit(Duration::from_secs(20)), Some(0));
    assert!(server.log().contains("Closing existing clients"));
}

#[test]
fn reload_applies_authorization_and_refuses_fixed_settings() {
    let before = "authorization { users: [\n  {user: a, password: a}\n  {user: b, password: b}\n] }\n";
    let server = Server::with_config(before, &[]);
    let config = server.config.clone().unwrap();
    let mut a = server.raw();
    a.send(b"CONNECT {\"verbose\":false,\"user\":\"a\",\"pass\":\"a\"}\r\nPING\r\n");
    assert_eq!(a.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");
    let mut b = server.raw();
    b.send(b"CONNECT {\"verbose\":false,\"user\":\"b\",\"pass\":\"b\"}\r\nPUB x 1\r\n1\r\nPING\r\n");
    assert_eq!(b.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");

    // a is removed, b loses publish rights on x, c is new.
    let after =
        "authorization { users: [\n  {user: b, password: b, permissions: { publish: { deny: [\"x\"] } } }\n  {user: c, password: c}\n] }\n";
    std::fs::write(&config, after).unwrap();
    let pid = server.child.id().to_string();
    let (code, _, err) = natsx(&["server", "--signal", &format!("reload={pid}")], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    assert!(server.wait_log("Reloaded server configuration", Duration::from_secs(5)), "{}", server.log());
    assert_eq!(a.read_until("\r\n", Duration::from_secs(2)), "-ERR 'Authorization Violation'\r\n");
    assert!(a.is_closed(Duration::from_secs(2)));
    b.send(b"PUB x 1\r\n1\r\nPING\r\n");
    assert_eq!(b.read_until("PONG\r\n", Duration::from_secs(2)), "-ERR 'Permissions Violation for Publish to \"x\"'\r\nPONG\r\n");
    let mut c = server.raw();
    c.send(b"CONNECT {\"verbose\":false,\"user\":\"c\",\"pass\":\"c\"}\r\nPING\r\n");
    assert_eq!(c.read_until("PONG\r\n", Duration::from_secs(2)), "PONG\r\n");

    // Accounts cannot change while running: the whole reload is refused.
    std::fs::write(&config, format!("{after}accounts {{ NEW: {{}} }}\n")).unwrap();
    server.signal("HUP");
    assert!(
        server.wait_log("Failed to reload server configuration: config reload not supported for accounts", Duration::from_secs(5)),
        "{}",
        server.log()
    );
    // A broken file is reported and the running configuration stays.
    std::fs::write(&config, "authorization {\n").unwrap();
    server.signal("HUP");
    assert!(server.wait_log("Failed to reload server configuration:", Duration::from_secs(5)));
    assert!(c.alive() && b.alive());
}

/// A port already taken stops the server with exit status 1 and nats-server's fatal
/// line, for the client port and for the monitoring port (natsx used to carry on
/// without monitoring and exit 0). Texts recorded from nats-server 2.15.1.
#[test]
fn a_port_in_use_is_fatal_with_nats_server_words() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port().to_string();
    let in_use = format!("listen tcp 127.0.0.1:{port}: bind: address already in use");
    let (code, _, err) = natsx(&["server", "-a", "127.0.0.1", "-p", &port], None, Duration::from_secs(10));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&format!("[FTL] Error listening on port: 127.0.0.1:{port}, \"{in_use}\"")), "{err}");
    let (code, _, err) = natsx(&["server", "-a", "127.0.0.1", "-p", "-1", "-m", &port], None, Duration::from_secs(10));
    assert_eq!(code, 1, "{err}");
    assert!(err.contains(&format!("[FTL] Can't start monitoring: can't listen to the monitor port: {in_use}")), "{err}");
    assert!(!err.contains("Server is ready"), "{err}");
}
