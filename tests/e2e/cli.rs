//! The client commands, run as processes the way a user runs them.

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::harness::{natsx, Server, BIN};

fn spawn(args: &[&str]) -> std::process::Child {
    Command::new(BIN).args(args).stdout(Stdio::piped()).stderr(Stdio::piped()).stdin(Stdio::null()).spawn().unwrap()
}

fn output(child: std::process::Child, within: Duration) -> (i32, String, String) {
    let mut child = child;
    let deadline = std::time::Instant::now() + within;
    while std::time::Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Waits (bounded) until the server holds a subscription matching `subject`.
fn wait_for_interest(server: &Server, subject: &str) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while std::time::Instant::now() < deadline {
        let (_, subsz) = server.get(&format!("/subsz?subs=1&test={subject}"));
        if subsz["subscriptions_list"].as_array().is_some_and(|l| !l.is_empty()) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("no interest on {subject}");
}

#[test]
fn pub_and_sub_with_count_headers_and_templates() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    let sub = spawn(&["-s", &url, "sub", "cli.>", "--count", "3"]);
    wait_for_interest(&server, "cli.x");
    let (code, _, err) = natsx(&["-s", &url, "pub", "cli.x", "msg {{Count}}", "--count", "3", "-H", "K:v"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let (code, out, _) = output(sub, Duration::from_secs(10));
    assert_eq!(code, 0);
    assert!(out.contains("[#1] Received on \"cli.x\""), "{out}");
    assert!(out.contains("K: v"), "{out}");
    assert!(out.contains("msg 1") && out.contains("msg 2") && out.contains("msg 3"), "{out}");
}

#[test]
fn pub_reads_body_from_stdin_and_sub_raw() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    let sub = spawn(&["-s", &url, "sub", "raw", "--count", "1", "--raw"]);
    wait_for_interest(&server, "raw");
    let (code, _, err) = natsx(&["-s", &url, "pub", "raw"], Some("from stdin"), Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = output(sub, Duration::from_secs(10));
    assert_eq!(out, "from stdin\n");
}

#[test]
fn req_and_reply() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    let replier = spawn(&["-s", &url, "reply", "svc", "pong {{Count}}", "--count", "1"]);
    wait_for_interest(&server, "svc");
    let (code, out, err) = natsx(&["-s", &url, "req", "svc", "ping", "--raw"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.trim(), "pong 1");
    let (code, _, _) = output(replier, Duration::from_secs(5));
    assert_eq!(code, 0);
}

#[test]
fn reply_echo_and_command() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    let echo = spawn(&["-s", &url, "reply", "echo", "--echo", "--count", "1"]);
    let cmd = spawn(&["-s", &url, "reply", "upper", "--command", "tr a-z A-Z", "--count", "1"]);
    wait_for_interest(&server, "echo");
    wait_for_interest(&server, "upper");
    let (_, out, err) = natsx(&["-s", &url, "req", "echo", "same back", "--raw"], None, Duration::from_secs(10));
    assert_eq!(out.trim(), "same back", "{err}");
    let (_, out, err) = natsx(&["-s", &url, "req", "upper", "shout", "--raw"], None, Duration::from_secs(10));
    assert_eq!(out.trim(), "SHOUT", "{err}");
    output(echo, Duration::from_secs(5));
    output(cmd, Duration::from_secs(5));
}

#[test]
fn scatter_gather_collects_replies() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    // Different queue groups, so both answer.
    let a = spawn(&["-s", &url, "reply", "sg", "from a", "--queue", "qa", "--count", "1"]);
    let b = spawn(&["-s", &url, "reply", "sg", "from b", "--queue", "qb", "--count", "1"]);
    std::thread::sleep(Duration::from_millis(300));
    wait_for_interest(&server, "sg");
    let (code, out, err) = natsx(&["-s", &url, "req", "sg", "x", "--replies", "2", "--raw"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("from a") && out.contains("from b"), "{out}");
    output(a, Duration::from_secs(5));
    output(b, Duration::from_secs(5));
}

#[test]
fn errors_are_one_clear_line() {
    let server = Server::start(&["--auth", "tok"]);
    let url = server.url();
    let (code, _, err) = natsx(&["-s", &url, "--token", "tok", "req", "nobody", "x"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert_eq!(err.lines().last().unwrap(), "natsx: error: no responders available for request on \"nobody\"");
    let (code, _, err) = natsx(&["-s", &url, "--token", "bad", "pub", "x", "y"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.trim().starts_with("natsx: error: authorization violation"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    let (code, _, err) = natsx(&["-s", "nats://127.0.0.1:1", "pub", "x", "y"], None, Duration::from_secs(10));
    assert_eq!(code, 1);
    assert!(err.trim().starts_with("natsx: error: cannot connect to nats://127.0.0.1:1"), "{err}");
    assert!(!err.contains("panicked") && !err.contains("Error {"), "{err}");
    // No URL at all, or one without a host, is refused.
    for (server_url, expected) in [
        ("", "natsx: error: no server URL given: pass --server (-s) or set NATS_URL"),
        (" , ", "natsx: error: no server URL given: pass --server (-s) or set NATS_URL"),
        ("nats://", "natsx: error: invalid server URL \"nats://\": no host"),
    ] {
        let (code, _, err) = natsx(&["-s", server_url, "pub", "x", "y"], None, Duration::from_secs(10));
        assert_eq!((code, err.trim()), (1, expected));
    }
    let (code, _, err) = natsx(&["-s", &url, "sub", "x", "--timeout", "1e30"], None, Duration::from_secs(10));
    assert_eq!(code, 2);
    assert!(err.contains("invalid duration \"1e30\": too long"), "{err}");
    let server2 = Server::start(&["-m", "-1"]);
    let (code, _, err) = natsx(&["-s", &server2.url(), "--timeout", "300ms", "req", "slow", "x"], None, Duration::from_secs(10));
    let _ = code;
    assert!(err.contains("no responders"), "{err}");
}

/// Subjects and names are checked before anything is sent: `pub 'foo bar'` must not
/// publish to `foo` with reply `bar`.
#[test]
fn invalid_subjects_and_names_are_refused_locally() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    let sub = spawn(&["-s", &url, "sub", ">", "--count", "1"]);
    wait_for_interest(&server, "foo");
    let cases: &[(&[&str], &str)] = &[
        (&["pub", "foo bar", "x"], "subjects can not contain whitespace"),
        (&["pub", "foo.*", "x"], "wildcards (* and >) can only be used to subscribe"),
        (&["pub", "foo", "x", "--reply", "a b"], "whitespace"),
        (&["sub", ""], "a subject can not be empty"),
        (&["sub", "foo..bar"], "empty token"),
        (&["sub", "foo", "--queue", "a b"], "invalid queue group"),
        (&["req", ".foo", "x"], "empty token"),
        (&["stream", "info", "a.b"], "invalid name \"a.b\""),
        (&["consumer", "info", "S", "c*"], "invalid name \"c*\""),
        (&["kv", "get", "my.bucket", "k"], "invalid bucket name"),
        (&["kv", "put", "B", "a..b", "v"], "have an empty token"),
        (&["kv", "get", "B", "a.*"], "wildcards are not allowed here"),
        (&["kv", "put", "B", "k y", "v"], "' ' is not allowed"),
        (&["kv", "watch", "B", "a.>.b"], "invalid key filter"),
        (&["stream", "info", &"s".repeat(300)], "the most is 255"),
        (&["kv", "add", &"b".repeat(260)], "the most is 251"),
    ];
    for (args, expect) in cases {
        let mut all = vec!["-s", url.as_str()];
        all.extend_from_slice(args);
        let (code, _, err) = natsx(&all, None, Duration::from_secs(10));
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(err.contains(expect), "{args:?}: {err}");
    }
    // Nothing reached the server: the catch-all subscriber got only this.
    let (code, _, err) = natsx(&["-s", &url, "pub", "last", "ok"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = output(sub, Duration::from_secs(10));
    assert!(out.contains("Received on \"last\"") && !out.contains("\"foo\""), "{out}");
}

/// Long-running commands say on stderr what the server says and what happens to the
/// connection: permission violations, a lost server, the reconnect.
#[test]
fn sub_reports_server_errors_and_reconnects() {
    let conf = "authorization { users: [ {user: u, password: p, permissions: { subscribe: \"ok.>\" } } ] }\n";
    let server = Server::with_config(conf, &["-m", "-1"]);
    let url = server.url();
    let denied = spawn(&["-s", &url, "--user", "u", "--password", "p", "sub", "secret.x"]);
    std::thread::sleep(Duration::from_millis(500));
    let (_, _, err) = output(denied, Duration::from_millis(100));
    assert!(err.contains("server error:") && err.contains("Permissions Violation for Subscription to \"secret.x\""), "{err}");

    let port = server.port.to_string();
    let dir = crate::harness::TempDir::new();
    let conf_path = dir.path().join("again.conf");
    std::fs::write(&conf_path, conf).unwrap();
    let watcher = spawn(&["-s", &url, "--user", "u", "--password", "p", "sub", "ok.x"]);
    wait_for_interest(&server, "ok.x");
    drop(server);
    std::thread::sleep(Duration::from_millis(300));
    let mut again = Command::new(BIN)
        .args(["server", "-a", "127.0.0.1", "-p", &port, "-c", conf_path.to_str().unwrap()])
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_secs(3));
    let (_, _, err) = output(watcher, Duration::from_millis(100));
    let _ = again.kill();
    let _ = again.wait();
    assert!(err.contains("disconnected from the server, reconnecting"), "{err}");
    assert!(err.contains("reconnected"), "{err}");
    assert!(!err.contains("client error"), "reconnect attempts are not reported one by one: {err}");
}

/// A download whose server goes away ends with a clear error after --timeout, and a
/// benchmark whose server goes away ends with one line.
#[test]
fn lost_server_ends_obj_get_and_bench_with_an_error() {
    let mut server = Server::jetstream(&[]);
    let url = server.url();
    let (code, _, err) = natsx(&["-s", &url, "obj", "add", "LOST"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let dir = crate::harness::TempDir::new();
    let file = dir.path().join("big.bin");
    std::fs::write(&file, vec![7u8; 48 * 1024 * 1024]).unwrap();
    let (code, _, err) = natsx(&["-s", &url, "obj", "put", "LOST", file.to_str().unwrap(), "--no-progress"], None, Duration::from_secs(60));
    assert_eq!(code, 0, "{err}");
    // A reader that does not drain its pipe holds the download back while the server dies.
    let mut get = Command::new(BIN)
        .args(["-s", &url, "--timeout", "1s", "obj", "get", "LOST", "big.bin", "-O", "-", "--no-progress"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    server.kill9();
    let mut stdout = get.stdout.take().unwrap();
    let drain = std::thread::spawn(move || std::io::copy(&mut stdout, &mut std::io::sink()));
    let (code, _, err) = output(get, Duration::from_secs(20));
    let _ = drain.join();
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("download of big.bin failed: no data from the server for 1s"), "{err}");

    let server = Server::start(&[]);
    let mut bench = spawn(&["-s", &server.url(), "bench", "pub", "x", "--msgs", "1000000000", "--no-progress"]);
    std::thread::sleep(Duration::from_millis(500));
    drop(server);
    let deadline = std::time::Instant::now() + Duration::from_secs(20);
    while bench.try_wait().unwrap().is_none() {
        assert!(std::time::Instant::now() < deadline, "bench kept running without a server");
        std::thread::sleep(Duration::from_millis(20));
    }
    let (code, _, err) = output(bench, Duration::from_secs(1));
    assert_eq!(code, 1, "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("natsx: error: lost the connection to the server"), "{err}");
}

#[test]
fn global_flags_before_the_subcommand_and_help_sections() {
    let (code, out, _) = natsx(&["pub", "--help"], None, Duration::from_secs(10));
    assert_eq!(code, 0);
    let (own, connection) = out.split_once("Connection Options:").expect("a section for the connection flags");
    assert!(own.contains("--count") && !own.contains("--server"), "{out}");
    assert!(connection.contains("--server") && connection.contains("--creds"), "{out}");
    // `natsx -s URL server ...` is still the server.
    let mut child = Command::new(BIN)
        .args(["-s", "nats://127.0.0.1:1", "server", "-a", "127.0.0.1", "-p", "-1"])
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let ready = std::thread::spawn(move || {
        use std::io::BufRead;
        std::io::BufReader::new(stderr).lines().map_while(Result::ok).any(|l| l.contains("Server is ready"))
    });
    std::thread::sleep(Duration::from_millis(800));
    let _ = child.kill();
    let _ = child.wait();
    assert!(ready.join().unwrap(), "the server started");
    let (code, out, _) = natsx(&["server", "--help"], None, Duration::from_secs(10));
    assert_eq!(code, 0);
    assert!(out.contains("--jetstream") && out.contains("--store_dir"), "{out}");
}

/// Credentials written in the URL are used when no flag gives any, as the nats CLI does.
#[test]
fn credentials_in_the_url() {
    let server = Server::with_config("authorization { users: [ {user: u, password: p} ] }\n", &[]);
    let with = server.url().replace("nats://", "nats://u:p@");
    let (code, _, err) = natsx(&["-s", &with, "pub", "x", "y"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
    let wrong = server.url().replace("nats://", "nats://u:nope@");
    let (code, _, err) = natsx(&["-s", &wrong, "pub", "x", "y"], None, Duration::from_secs(10));
    assert_eq!(code, 1, "{err}");
    let token = Server::with_config("authorization { token: s3cr3t }\n", &[]);
    let (code, _, err) = natsx(&["-s", &token.url().replace("nats://", "nats://s3cr3t@"), "pub", "x", "y"], None, Duration::from_secs(10));
    assert_eq!(code, 0, "{err}");
}
