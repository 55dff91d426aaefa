//! `natsx stream` and `natsx consumer`, run as processes against a JetStream server.

use std::time::Duration;

use crate::harness::{natsx, Server, TempDir};

const T: Duration = Duration::from_secs(20);

fn run(server: &Server, args: &[&str]) -> (i32, String, String) {
    let url = server.url();
    let mut all = vec!["-s", url.as_str()];
    all.extend_from_slice(args);
    natsx(&all, None, T)
}

fn json(out: &str) -> serde_json::Value {
    serde_json::from_str(out).unwrap_or_else(|e| panic!("not JSON ({e}): {out}"))
}

#[test]
fn stream_commands_round_trip() {
    let server = Server::jetstream(&[]);
    let (code, out, err) =
        run(&server, &["stream", "add", "ORDERS", "--subjects", "orders.>", "--max-msgs", "100", "--max-age", "1d", "--storage", "memory"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Stream ORDERS was created") && out.contains("Maximum Messages: 100") && out.contains("Storage: Memory"), "{out}");

    for i in 1..=3 {
        let (code, _, err) = run(&server, &["pub", &format!("orders.{i}"), &format!("order {i}")]);
        assert_eq!(code, 0, "{err}");
    }
    let (code, out, _) = run(&server, &["stream", "info", "ORDERS", "--json"]);
    assert_eq!(code, 0);
    let info = json(&out);
    assert_eq!(info["state"]["messages"], 3);
    assert_eq!(info["config"]["max_age"], 86_400_000_000_000i64);

    let (_, out, _) = run(&server, &["stream", "ls"]);
    assert!(out.contains("ORDERS") && out.contains('3'), "{out}");
    let (_, out, _) = run(&server, &["stream", "ls", "--names"]);
    assert_eq!(out.trim(), "ORDERS");
    let (_, out, _) = run(&server, &["stream", "get", "ORDERS", "2"]);
    assert!(out.contains("orders.2") && out.contains("order 2"), "{out}");
    let (_, out, _) = run(&server, &["stream", "get", "ORDERS", "--last-for", "orders.3", "--json"]);
    assert_eq!(json(&out)["message"]["seq"], 3);
    let (_, out, _) = run(&server, &["stream", "view", "ORDERS", "--raw"]);
    assert_eq!(out.lines().collect::<Vec<_>>(), vec!["order 1", "order 2", "order 3"]);
    let (_, out, _) = run(&server, &["stream", "report"]);
    assert!(out.contains("ORDERS") && out.contains("Memory"), "{out}");

    let (code, out, err) = run(&server, &["stream", "rmm", "ORDERS", "2", "-f"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Message 2 deleted"));
    let (code, _, err) = run(&server, &["stream", "get", "ORDERS", "2"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: no message found (error 10037)"));

    let (code, out, _) = run(&server, &["stream", "edit", "ORDERS", "--max-msgs", "1", "-f", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["state"]["messages"], 1, "the lower limit applies at once");

    let (code, out, _) = run(&server, &["stream", "purge", "ORDERS", "-f"]);
    assert_eq!(code, 0);
    assert!(out.contains("Purged 1 messages"), "{out}");
    // Without -f and nobody to say yes, nothing is deleted.
    let (code, _, err) = run(&server, &["stream", "rm", "ORDERS"]);
    assert_eq!(code, 1);
    assert!(err.contains("cancelled"), "{err}");
    let (code, _, _) = run(&server, &["stream", "rm", "ORDERS", "-f"]);
    assert_eq!(code, 0);
    let (code, _, err) = run(&server, &["stream", "info", "ORDERS"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: stream not found (error 10059)"));
}

#[test]
fn stream_add_errors_are_one_line() {
    let server = Server::jetstream(&[]);
    let (code, _, err) = run(&server, &["stream", "add", "A", "--subjects", "a.>"]);
    assert_eq!(code, 0, "{err}");
    let (code, _, err) = run(&server, &["stream", "add", "B", "--subjects", "a.b"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: subjects overlap with an existing stream (error 10065)"));
    let (code, _, err) = run(&server, &["stream", "add", "C", "--max-bytes", "lots"]);
    assert_eq!(code, 2, "a bad flag value is a usage error: {err}");
    let (code, _, err) = run(&server, &["stream", "add", "D", "--storage", "disk"]);
    assert_eq!(code, 2, "a storage natsx does not know is a usage error: {err}");
    assert!(err.contains("invalid value 'disk' for '--storage <STORAGE>': use file, memory"), "{err}");
    let plain = Server::start(&[]);
    let (code, _, err) = run(&plain, &["stream", "ls"]);
    assert_eq!(code, 1);
    assert!(err.contains("JetStream not enabled"), "{err}");
}

#[test]
fn consumer_commands_round_trip() {
    let server = Server::jetstream(&[]);
    assert_eq!(run(&server, &["stream", "add", "S", "--subjects", "s.*"]).0, 0);
    for i in 1..=4 {
        assert_eq!(run(&server, &["pub", "s.x", &format!("m{i}")]).0, 0);
    }
    let (code, out, err) = run(&server, &["consumer", "add", "S", "C", "--pull", "--filter", "s.x", "--max-deliver", "5", "--wait", "10s"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Pull Mode: true") && out.contains("Max Deliver: 5") && out.contains("Unprocessed Messages: 4"), "{out}");

    let (code, out, err) = run(&server, &["consumer", "next", "S", "C", "--count", "2", "--raw"]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().collect::<Vec<_>>(), vec!["m1", "m2"]);
    let (_, out, _) = run(&server, &["consumer", "info", "S", "C", "--json"]);
    let info = json(&out);
    assert_eq!((info["ack_floor"]["stream_seq"].as_u64(), info["num_pending"].as_u64()), (Some(2), Some(2)), "acked by `next`");

    let (_, out, _) = run(&server, &["consumer", "ls", "S"]);
    assert!(out.contains('C'), "{out}");
    let (_, out, _) = run(&server, &["consumer", "ls", "S", "--names"]);
    assert_eq!(out.trim(), "C");

    let dir = TempDir::new();
    let cfg = dir.path().join("c.json");
    std::fs::write(&cfg, r#"{"ack_policy":"explicit","deliver_policy":"last","description":"from a file"}"#).unwrap();
    let (code, out, err) = run(&server, &["consumer", "add", "S", "FILE", "--config", cfg.to_str().unwrap(), "--json"]);
    assert_eq!(code, 0, "{err}");
    let info = json(&out);
    assert_eq!((info["config"]["description"].as_str(), info["num_pending"].as_u64()), (Some("from a file"), Some(1)));

    let (code, out, _) = run(&server, &["consumer", "edit", "S", "C", "--max-deliver", "9", "-f", "--json"]);
    assert_eq!(code, 0);
    assert_eq!(json(&out)["config"]["max_deliver"], 9);
    let (code, _, err) = run(&server, &["consumer", "edit", "S", "C", "--ack", "none", "-f"]);
    assert_eq!(code, 1);
    assert!(err.contains("ack policy can not be updated"), "{err}");

    let (code, _, _) = run(&server, &["consumer", "rm", "S", "C", "-f"]);
    assert_eq!(code, 0);
    let (code, _, err) = run(&server, &["consumer", "info", "S", "C"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: consumer not found (error 10014)"));
    let (code, _, err) = run(&server, &["consumer", "next", "S", "NOPE", "--wait", "1s"]);
    assert_eq!(code, 1);
    assert!(err.contains("no consumer S > NOPE"), "{err}");
}

#[test]
fn kv_commands_round_trip() {
    let server = Server::jetstream(&[]);
    let (code, out, err) = run(&server, &["kv", "add", "CFG", "--history", "5", "--ttl", "1h"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("History Kept: 5") && out.contains("Maximum Age: 1h0m0s"), "{out}");
    assert_eq!(run(&server, &["kv", "put", "CFG", "app.color", "red"]).1.trim(), "1");
    assert_eq!(run(&server, &["kv", "put", "CFG", "app.color", "blue"]).1.trim(), "2");
    assert_eq!(run(&server, &["kv", "get", "CFG", "app.color", "--raw"]).1.trim(), "blue");
    assert_eq!(run(&server, &["kv", "get", "CFG", "app.color", "--revision", "1", "--raw"]).1.trim(), "red");
    let (code, _, err) = run(&server, &["kv", "create", "CFG", "app.color", "green"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: key app.color already has a value in bucket CFG"));
    let (code, _, err) = run(&server, &["kv", "update", "CFG", "app.color", "yellow", "1"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: key app.color is no longer at revision 1 (someone changed it)"));
    assert_eq!(run(&server, &["kv", "update", "CFG", "app.color", "yellow", "2"]).1.trim(), "3");
    let (_, out, _) = run(&server, &["kv", "history", "CFG", "app.color", "--json"]);
    let history: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!(history.iter().map(|e| e["value"].as_str().unwrap()).collect::<Vec<_>>(), vec!["red", "blue", "yellow"]);
    assert_eq!(run(&server, &["kv", "create", "CFG", "size", "L"]).0, 0);
    assert_eq!(run(&server, &["kv", "keys", "CFG"]).1.lines().collect::<Vec<_>>().len(), 2);
    assert_eq!(run(&server, &["kv", "del", "CFG", "size", "-f"]).0, 0);
    let (code, _, err) = run(&server, &["kv", "get", "CFG", "size"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: no value for key size in bucket CFG"));
    let (code, out, _) = run(&server, &["kv", "compact", "CFG", "-f"]);
    assert_eq!(code, 0);
    assert!(out.contains("Removed 0 delete markers from bucket CFG (1 recent ones kept)"), "{out}");
    let (code, out, _) = run(&server, &["kv", "compact", "CFG", "--keep-newer", "0", "-f"]);
    assert_eq!(code, 0);
    assert!(out.contains("Removed 1 delete markers"), "{out}");
    assert_eq!(run(&server, &["kv", "ls", "--names"]).1.trim(), "CFG");
    let (code, _, err) = run(&server, &["kv", "get", "NOPE", "x"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: no bucket named NOPE"));
    let (_, out, _) = run(&server, &["kv", "watch", "CFG", "--history", "--count", "1"]);
    assert!(out.contains("PUT CFG > app.color: yellow"), "{out}");
    assert_eq!(run(&server, &["kv", "rm", "CFG", "-f"]).0, 0);
    assert_eq!(run(&server, &["kv", "ls", "--names"]).1.trim(), "");

    assert_eq!(run(&server, &["kv", "add", "SMALL", "--max-value-size", "8"]).0, 0);
    let (code, _, err) = run(&server, &["kv", "put", "SMALL", "k", "123456789"]);
    assert_eq!(code, 1);
    assert!(err.contains("message size exceeds maximum allowed"), "{err}");
}

#[test]
fn obj_commands_round_trip_and_corruption() {
    let server = Server::jetstream(&[]);
    let dir = TempDir::new();
    let input = dir.path().join("data.bin");
    let data: Vec<u8> = (0..3_000_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
    std::fs::write(&input, &data).unwrap();
    assert_eq!(run(&server, &["obj", "add", "FILES"]).0, 0);
    let (code, out, err) = run(&server, &["obj", "put", "FILES", input.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Stored FILES > data.bin") && out.contains("SHA-256="), "{out}");
    let output = dir.path().join("back.bin");
    let (code, out, err) = run(&server, &["obj", "get", "FILES", "data.bin", "-O", output.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("verified"), "{out}");
    assert!(std::fs::read(&output).unwrap() == data, "the object came back different");
    let (_, out, _) = run(&server, &["obj", "ls", "FILES", "--json"]);
    let listed: Vec<serde_json::Value> = serde_json::from_str(&out).unwrap();
    assert_eq!((listed[0]["name"].as_str(), listed[0]["size"].as_u64()), (Some("data.bin"), Some(3_000_000)));

    // A meta record whose digest does not match the chunks: the download fails and leaves nothing.
    let (_, out, _) = run(&server, &["stream", "get", "OBJ_FILES", "--last-for", "$O.FILES.M.>", "--json"]);
    let msg: serde_json::Value = serde_json::from_str(&out).unwrap();
    use base64::Engine;
    let b64 = base64::engine::general_purpose::STANDARD;
    let mut meta: serde_json::Value = serde_json::from_slice(&b64.decode(msg["message"]["data"].as_str().unwrap()).unwrap()).unwrap();
    meta["digest"] = serde_json::json!("SHA-256=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=");
    let subject = msg["message"]["subject"].as_str().unwrap().to_string();
    let (code, _, err) = run(&server, &["pub", &subject, &meta.to_string(), "-H", "Nats-Rollup:sub"]);
    assert_eq!(code, 0, "{err}");
    let bad = dir.path().join("bad.bin");
    let (code, _, err) = run(&server, &["obj", "get", "FILES", "data.bin", "-O", bad.to_str().unwrap()]);
    assert_eq!((code, err.trim()), (1, "natsx: error: data.bin is corrupt: its content does not match its digest"));
    assert!(!bad.exists() && !dir.path().join("bad.bin.partial").exists(), "nothing half-written is left");

    let (code, _, err) = run(&server, &["obj", "get", "FILES", "nope", "-O", bad.to_str().unwrap()]);
    assert_eq!((code, err.trim()), (1, "natsx: error: no object nope in bucket FILES"));
    let (code, _, err) = run(&server, &["obj", "ls", "NOPE"]);
    assert_eq!((code, err.trim()), (1, "natsx: error: no object store bucket named NOPE"));
    assert_eq!(run(&server, &["obj", "del", "FILES", "data.bin", "-f"]).0, 0);
    assert_eq!(run(&server, &["obj", "seal", "FILES", "-f"]).0, 0);
    let (code, _, err) = run(&server, &["obj", "put", "FILES", input.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(err.contains("sealed"), "{err}");
}
