//! `natsx bench` as a process against a real server: every mode finishes and reports
//! what it moved. (Speed is measured by scripts/bench-compare, never asserted here.)

use std::process::{Command, Stdio};
use std::time::Duration;

use crate::harness::{natsx, Server, BIN};

fn bench_json(server: &Server, args: &[&str]) -> serde_json::Value {
    let url = server.url();
    let mut all = vec!["-s", url.as_str(), "bench"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--json", "--no-progress"]);
    let (code, out, err) = natsx(&all, None, Duration::from_secs(60));
    assert_eq!(code, 0, "bench {args:?} failed: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("bench {args:?} printed no JSON ({e}): {out}"))
}

#[test]
fn publish_and_fan_out_count_every_message() {
    let server = Server::start(&[]);
    let p = bench_json(&server, &["pub", "b.p", "--msgs", "5000", "--size", "64", "--clients", "2"]);
    assert_eq!(p["pub"]["msgs"], 5000);
    assert_eq!(p["pub"]["clients"].as_array().unwrap().len(), 2);
    assert!(p["pub"]["msgs_per_sec"].as_f64().unwrap() > 0.0);
    let f = bench_json(&server, &["pubsub", "b.f", "--msgs", "3000", "--size", "16", "--subs", "3"]);
    assert_eq!(f["pub"]["msgs"], 3000);
    assert_eq!(f["sub"]["msgs"], 9000, "each of 3 subscribers gets every message");
    let q = bench_json(&server, &["pubsub", "b.q", "--msgs", "3000", "--subs", "3", "--queue", "g"]);
    assert_eq!(q["sub"]["msgs"], 3000, "a queue group shares the messages");
    let m = bench_json(&server, &["pubsub", "b.m", "--msgs", "500", "--multisubject"]);
    assert_eq!(m["sub"]["msgs"], 500);
    let a = bench_json(&server, &["--client", "async-nats", "pubsub", "b.a", "--msgs", "2000", "--subs", "2"]);
    assert_eq!(a["sub"]["msgs"], 4000);
}

#[test]
fn jetstream_publish_counts_acks_and_stops_at_a_refusal() {
    let server = Server::jetstream(&[]);
    let url = server.url();
    let p = bench_json(&server, &["js", "pub", "bj.a", "--stream", "BJ", "--msgs", "3000", "--window", "64", "--clients", "2"]);
    assert_eq!(p["pub"]["msgs"], 3000, "every publish acknowledged: {p}");
    let (code, out, err) = natsx(&["-s", &url, "stream", "info", "BJ", "--json"], None, Duration::from_secs(30));
    assert_eq!(code, 0, "{err}");
    let info: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(info["state"]["messages"], 3000, "the stream holds exactly what was acknowledged");

    // A stream that refuses (discard new at max_msgs 10): the error reply ends the run.
    let (code, _, err) = natsx(
        &["-s", &url, "stream", "add", "FULL", "--subjects", "bj.full", "--max-msgs", "10", "--discard", "new", "--storage", "memory"],
        None,
        Duration::from_secs(30),
    );
    assert_eq!(code, 0, "{err}");
    let (code, _, err) =
        natsx(&["-s", &url, "bench", "js", "pub", "bj.full", "--keep", "--msgs", "50", "--no-progress"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.contains("publish not acknowledged") && err.contains("maximum messages exceeded"), "{err}");
    // No stream at all: the no-responders status is not an ack either.
    let (code, _, err) =
        natsx(&["-s", &url, "bench", "js", "pub", "nowhere", "--keep", "--msgs", "5", "--no-progress"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.contains("publish not acknowledged: no stream takes subject nowhere"), "{err}");
}

#[test]
fn request_reply_latency_closed_and_open_loop() {
    let server = Server::start(&[]);
    let url = server.url();
    for client in ["wire", "async-nats"] {
        let mut serve = Command::new(BIN)
            .args(["-s", &url, "bench", "--client", client, "service", "serve", "b.svc", "--size", "32"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(500));
        let closed = bench_json(&server, &["--client", client, "service", "request", "b.svc", "--msgs", "300", "--clients", "2"]);
        assert_eq!(closed["req"]["msgs"], 300, "{client}");
        assert_eq!(closed["latency"]["count"], 300);
        let lat = &closed["latency"];
        assert!(lat["p50_us"].as_f64().unwrap() <= lat["p99_us"].as_f64().unwrap());
        let open = bench_json(&server, &["--client", client, "service", "request", "b.svc", "--msgs", "200", "--rate", "1000"]);
        assert_eq!(open["req"]["msgs"], 200, "{client}");
        let _ = serve.kill();
        let _ = serve.wait();
    }
}

#[test]
fn table_and_csv_output_and_clear_errors() {
    let server = Server::start(&[]);
    let url = server.url();
    let (code, out, _) = natsx(&["-s", &url, "bench", "pub", "b.t", "--msgs", "1000", "--no-progress"], None, Duration::from_secs(30));
    assert_eq!(code, 0);
    assert!(out.contains("aggregate") && out.contains("msgs/s"), "{out}");
    let (code, out, _) = natsx(&["-s", &url, "bench", "pub", "b.c", "--msgs", "1000", "--format", "csv"], None, Duration::from_secs(30));
    assert_eq!(code, 0);
    assert!(out.starts_with("scenario,role,client,msgs,bytes,seconds,msgs_per_sec,mib_per_sec\n"), "{out}");
    // natscli's spellings: --csv FILE saves the results beside the table; sizes with units.
    let dir = crate::harness::TempDir::new();
    let csv = dir.path().join("results.csv");
    let (code, out, err) = natsx(
        &["-s", &url, "bench", "pub", "b.c", "--msgs", "1000", "--size", "1KB", "--no-progress", "--csv", csv.to_str().unwrap()],
        None,
        Duration::from_secs(30),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("msgs/s"), "{out}");
    let saved = std::fs::read_to_string(&csv).unwrap();
    assert!(saved.starts_with("scenario,role,client,msgs,bytes,"), "{saved}");
    assert!(saved.contains(",1000,1024000,"), "1000 messages of 1KB: {saved}");
    let (code, _, err) = natsx(&["-s", &url, "bench", "pub", "b.c", "--size", "lots"], None, Duration::from_secs(30));
    assert_eq!(code, 2);
    assert!(err.contains("invalid size \"lots\""), "{err}");
    let (code, _, err) = natsx(&["-s", "nats://127.0.0.1:1", "bench", "pub", "x"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.starts_with("natsx: error: cannot connect to") && err.contains("127.0.0.1:1"), "{err}");
    // Sizes the server would refuse are refused before anything is allocated or sent.
    let (code, _, err) = natsx(&["-s", &url, "bench", "pub", "b.c", "--size", "100GB"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.contains("--size 100.0 GiB is over the server's max_payload of 1.0 MiB (1048576 bytes)"), "{err}");
    let (code, _, err) = natsx(&["-s", &url, "bench", "js", "pub", "b.c", "--size", "2MB"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.contains("over the server's max_payload"), "{err}");
    let (code, _, err) = natsx(&["-s", &url, "bench", "pub", "b.c", "--size", "99999999999999999999"], None, Duration::from_secs(30));
    assert_eq!(code, 2);
    assert!(err.contains("too large"), "{err}");
    let (code, _, err) = natsx(&["-s", &url, "bench", "obj", "put", "--size", "3GB"], None, Duration::from_secs(30));
    assert_eq!(code, 2);
    assert!(err.contains("objects of at most 1 GiB"), "{err}");
    // The raw-protocol client speaks plain TCP: a tls:// URL is refused, not downgraded.
    let tls_url = url.replace("nats://", "tls://");
    let (code, _, err) = natsx(&["-s", &tls_url, "bench", "sub", "b.c", "--msgs", "1"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.contains("this client speaks plain TCP only; use --client async-nats for tls:// URLs"), "{err}");
    let (code, _, err) = natsx(&["-s", &url, "bench", "pub", "x", "--clients", "0"], None, Duration::from_secs(30));
    assert_eq!(code, 1);
    assert!(err.contains("--clients must be at least 1"), "{err}");
}

#[test]
fn idle_holds_connections_and_subscriptions() {
    let server = Server::start(&["-m", "-1"]);
    let url = server.url();
    let (code, out, err) =
        natsx(&["-s", &url, "bench", "idle", "--clients", "20", "--subs", "50", "--duration", "300ms"], None, Duration::from_secs(30));
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("ready: 20 connections, 1000 subscriptions"), "{out}");
}
