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
    let server2 = Server::start(&["-m", "-1"]);
    let (code, _, err) = natsx(&["-s", &server2.url(), "--timeout", "300ms", "req", "slow", "x"], None, Duration::from_secs(10));
    let _ = code;
    assert!(err.contains("no responders"), "{err}");
}
