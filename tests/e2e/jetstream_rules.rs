//! JetStream rules where natsx once differed from nats-server, each checked over raw
//! TCP against the replies nats-server 2.15.1 gave to the same requests: publish header
//! checks, rollups at limits, TTLs and subject delete markers, work-queue consumer
//! conflicts, max_deliver, pull request validation and interest, consumer limits on
//! stream update, KV purges of wildcard keys.

use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::Value;

use crate::harness::Server;
use crate::jetstream_api::{create_consumer, create_stream, json, pub_ack, Client, NO_HDRS};

fn pub_err(stream: &str, code: u16, err_code: u32, description: &str) -> String {
    format!(r#"{{"error":{{"code":{code},"err_code":{err_code},"description":"{description}"}},"stream":"{stream}","seq":0}}"#)
}

/// A stored message: (subject, header block, payload), or `None` when not found.
fn get_msg(c: &mut Client, stream: &str, seq: u64) -> Option<(String, String, String)> {
    let reply = json(&c.api(&format!("$JS.API.STREAM.MSG.GET.{stream}"), &format!(r#"{{"seq":{seq}}}"#)));
    let m = reply.get("message")?;
    let b64 = |k: &str| {
        let text = m.get(k).and_then(Value::as_str).unwrap_or("");
        String::from_utf8(base64::engine::general_purpose::STANDARD.decode(text).unwrap()).unwrap()
    };
    Some((m["subject"].as_str().unwrap().to_string(), b64("hdrs"), b64("data")))
}

fn state(c: &mut Client, stream: &str) -> Value {
    json(&c.api(&format!("$JS.API.STREAM.INFO.{stream}"), ""))["state"].clone()
}

#[test]
fn publish_header_checks_match_nats_server() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "E", r#"{"name":"E","subjects":["e.*"]}"#);
    c.expect_pub("e.a", NO_HDRS, "1", &pub_ack("E", 1));
    // The subject override needs the sequence header (10193).
    c.expect_pub(
        "e.a",
        &[("Nats-Expected-Last-Subject-Sequence-Subject", "e.*")],
        "2",
        &pub_err("E", 400, 10193, "missing sequence for expected last sequence per subject"),
    );
    c.expect_pub(
        "e.b",
        &[("Nats-Expected-Last-Subject-Sequence", "1"), ("Nats-Expected-Last-Subject-Sequence-Subject", "e.*")],
        "3",
        &pub_ack("E", 2),
    );
    // Not a number: matches no sequence, even when the subject has none yet.
    c.expect_pub("e.c", &[("Nats-Expected-Last-Subject-Sequence", "abc")], "x", &pub_err("E", 400, 10071, "wrong last sequence: 0"));
    // Features natsx's streams do not have are refused, not stored as plain messages.
    c.expect_pub("e.a", &[("Nats-Incr", "1")], "", &pub_err("E", 400, 10168, "message counters is disabled"));
    c.expect_pub("e.a", &[("Nats-Schedule", "@every 1s")], "", &pub_err("E", 400, 10188, "message schedules is disabled"));
    c.expect_pub("e.a", &[("Nats-Incr", "x")], "", &pub_err("E", 400, 10171, "message counter increment is invalid"));
    c.expect_pub(
        "e.a",
        &[("Nats-Batch-Id", "b1"), ("Nats-Batch-Sequence", "1")],
        "",
        &pub_err("E", 400, 10174, "atomic publish is disabled"),
    );

    // Header values are compared byte for byte: a trailing space is part of the value.
    create_stream(&mut c, "H", r#"{"name":"H","subjects":["h.*"]}"#);
    c.expect_pub("h.a", &[("Nats-Msg-Id", "id1 ")], "1", &pub_ack("H", 1));
    c.expect_pub("h.a", &[("Nats-Msg-Id", "id1")], "1", &pub_ack("H", 2));
    c.expect_pub("h.a", &[("Nats-Msg-Id", "id1 ")], "1", r#"{"stream":"H","seq":1,"duplicate": true}"#);
    c.expect_pub("h.a", &[("Nats-Expected-Stream", "H ")], "1", &pub_err("H", 400, 10060, "expected stream does not match"));
    c.expect_pub("h.a", &[("Nats-Expected-Last-Msg-Id", "id1 ")], "1", &pub_err("H", 400, 10070, "wrong last msg ID: id1"));
    assert_eq!(get_msg(&mut c, "H", 1).unwrap().1, "NATS/1.0\r\nNats-Msg-Id: id1 \r\n\r\n");
}

#[test]
fn rollups_pass_the_per_subject_limit_and_replace_at_max_msgs() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    let full = |s: &str, what: &str| pub_err(s, 503, 10077, what);
    create_stream(
        &mut c,
        "R",
        r#"{"name":"R","subjects":["r.*"],"discard":"new","max_msgs_per_subject":1,"discard_new_per_subject":true,"allow_rollup_hdrs":true}"#,
    );
    c.expect_pub("r.a", NO_HDRS, "1", &pub_ack("R", 1));
    c.expect_pub("r.a", NO_HDRS, "2", &full("R", "maximum messages per subject exceeded"));
    c.expect_pub("r.a", &[("Nats-Rollup", "sub")], "3", &pub_ack("R", 2));
    c.expect_pub("r.a", &[("Nats-Rollup", "all")], "4", &pub_ack("R", 3));
    assert_eq!((state(&mut c, "R")["messages"].as_u64(), state(&mut c, "R")["first_seq"].as_u64()), (Some(1), Some(3)));
    // max_msgs still holds for rollups; a message at its subject's limit replaces the
    // oldest and so does not count against max_msgs.
    create_stream(&mut c, "R2", r#"{"name":"R2","subjects":["r2.*"],"discard":"new","max_msgs":2,"allow_rollup_hdrs":true}"#);
    c.expect_pub("r2.a", NO_HDRS, "1", &pub_ack("R2", 1));
    c.expect_pub("r2.b", NO_HDRS, "2", &pub_ack("R2", 2));
    c.expect_pub("r2.a", &[("Nats-Rollup", "sub")], "3", &full("R2", "maximum messages exceeded"));
    create_stream(&mut c, "R3", r#"{"name":"R3","subjects":["r3.*"],"discard":"new","max_msgs":2,"max_msgs_per_subject":1}"#);
    c.expect_pub("r3.a", NO_HDRS, "1", &pub_ack("R3", 1));
    c.expect_pub("r3.b", NO_HDRS, "2", &pub_ack("R3", 2));
    c.expect_pub("r3.a", NO_HDRS, "3", &pub_ack("R3", 3));
    c.expect_pub("r3.c", NO_HDRS, "4", &full("R3", "maximum messages exceeded"));
}

/// A TTL below the marker TTL is raised to it (header rewritten in seconds), a TTL past
/// max_age still ends at max_age, only `never` outlives it, and every removal of a
/// subject's last message leaves nats-server's marker.
#[test]
fn ttls_and_subject_delete_markers_match_nats_server() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(
        &mut c,
        "T",
        r#"{"name":"T","subjects":["t.*"],"allow_msg_ttl":true,"subject_delete_marker_ttl":2000000000,"max_age":3000000000,"duplicate_window":1000000000}"#,
    );
    let start = Instant::now();
    c.expect_pub("t.a", &[("Nats-TTL", "1s")], "1", &pub_ack("T", 1));
    c.expect_pub("t.b", &[("Nats-TTL", "10s")], "2", &pub_ack("T", 2));
    c.expect_pub("t.c", NO_HDRS, "3", &pub_ack("T", 3));
    c.expect_pub("t.d", &[("Nats-TTL", "1")], "4", &pub_ack("T", 4));
    c.expect_pub("t.n", &[("Nats-TTL", "never")], "5", &pub_ack("T", 5));
    assert_eq!(get_msg(&mut c, "T", 1).unwrap().1, "NATS/1.0\r\nNats-TTL: 2\r\n\r\n", "raised to the marker TTL");
    assert_eq!(get_msg(&mut c, "T", 2).unwrap().1, "NATS/1.0\r\nNats-TTL: 10s\r\n\r\n");
    assert_eq!(get_msg(&mut c, "T", 4).unwrap().1, "NATS/1.0\r\nNats-TTL: 2\r\n\r\n");
    let marker = "NATS/1.0\r\nNats-Marker-Reason: MaxAge\r\nNats-TTL: 2s\r\nNats-Rollup: sub\r\n\r\n";
    std::thread::sleep(Duration::from_millis(1500).saturating_sub(start.elapsed()));
    assert_eq!(state(&mut c, "T")["messages"].as_u64(), Some(5), "nothing gone at 1.5s: the 1s TTLs were raised");
    // By 2.6s the raised TTLs have ended, each leaving a marker.
    let deadline = Instant::now() + Duration::from_secs(3);
    while get_msg(&mut c, "T", 7).is_none() {
        assert!(Instant::now() < deadline, "no markers for t.a and t.d");
        std::thread::sleep(Duration::from_millis(50));
    }
    let markers: Vec<(String, String, String)> = (6..=7).map(|s| get_msg(&mut c, "T", s).unwrap()).collect();
    let mut subjects: Vec<&str> = markers.iter().map(|m| m.0.as_str()).collect();
    subjects.sort();
    assert_eq!(subjects, ["t.a", "t.d"]);
    assert!(markers.iter().all(|m| m.1 == marker && m.2.is_empty()), "{markers:?}");
    assert!(get_msg(&mut c, "T", 2).is_some() && get_msg(&mut c, "T", 3).is_some(), "max_age (3s) not yet reached");
    // At max_age the 10s TTL and the plain message go too, with markers; `never` stays.
    let deadline = Instant::now() + Duration::from_secs(4);
    while get_msg(&mut c, "T", 9).is_none() {
        assert!(Instant::now() < deadline, "no markers at max_age");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(get_msg(&mut c, "T", 2).is_none() && get_msg(&mut c, "T", 3).is_none());
    let mut subjects: Vec<String> = (8..=9).map(|s| get_msg(&mut c, "T", s).unwrap().0).collect();
    subjects.sort();
    assert_eq!(subjects, ["t.b", "t.c"]);
    assert_eq!(get_msg(&mut c, "T", 5).map(|m| m.2), Some("5".into()), "Nats-TTL: never outlives max_age");
}

#[test]
fn work_queue_consumer_conflicts_give_nats_server_codes() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "W", r#"{"name":"W","subjects":["w.*"],"retention":"workqueue"}"#);
    let err = |code: u32, description: &str| {
        format!(
            r#"{{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{{"code":400,"err_code":{code},"description":"{description}"}}}}"#
        )
    };
    let create = |name: &str, extra: &str| {
        (format!("$JS.API.CONSUMER.CREATE.W.{name}"), format!(r#"{{"stream_name":"W","config":{{"durable_name":"{name}"{extra}}}}}"#))
    };
    let (s, b) = create("A", r#","ack_policy":"explicit""#);
    create_consumer(&mut c, &s, &b);
    let cases = [
        (create("B", r#","ack_policy":"explicit""#), err(10099, "multiple non-filtered consumers not allowed on workqueue stream")),
        (create("C", r#","ack_policy":"explicit","filter_subject":"w.a""#), err(10100, "filtered consumer not unique on workqueue stream")),
        (
            create("H", r#","ack_policy":"none","filter_subject":"w.h""#),
            err(10084, "consumer in pull mode requires explicit ack policy on workqueue stream"),
        ),
        (create("H2", r#","ack_policy":"all","filter_subject":"w.h2""#), err(10098, "workqueue stream requires explicit ack")),
        (
            create("G", r#","ack_policy":"explicit","deliver_policy":"last","filter_subject":"w.g""#),
            err(10101, "consumer must be deliver all on workqueue stream"),
        ),
    ];
    for ((subject, body), want) in &cases {
        c.expect(subject, body, want);
    }
    c.api("$JS.API.CONSUMER.DELETE.W.A", "");
    let (s, b) = create("D", r#","ack_policy":"explicit","filter_subject":"w.a""#);
    create_consumer(&mut c, &s, &b);
    let cases = [
        (create("E", r#","ack_policy":"explicit","filter_subject":"w.*""#), err(10100, "filtered consumer not unique on workqueue stream")),
        // An unfiltered consumer beside a filtered one is the "non-filtered" error.
        (create("F", r#","ack_policy":"explicit""#), err(10099, "multiple non-filtered consumers not allowed on workqueue stream")),
    ];
    for ((subject, body), want) in &cases {
        c.expect(subject, body, want);
    }
    // backoff with ack_policy none is accepted, as 2.15.1 accepts it.
    create_stream(&mut c, "B", r#"{"name":"B","subjects":["b.*"]}"#);
    let v = create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.B.BO",
        r#"{"stream_name":"B","config":{"durable_name":"BO","ack_policy":"none","backoff":[1000000000,2000000000]}}"#,
    );
    assert_eq!(v["config"]["backoff"], serde_json::json!([1000000000u64, 2000000000u64]));
}

/// A message that reaches max_deliver without an ack leaves the pending set but is not
/// counted as acknowledged: the ack floor stays, num_redelivered counts it.
#[test]
fn max_deliver_reached_is_not_acked() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "B", r#"{"name":"B","subjects":["b.*"]}"#);
    create_consumer(
        &mut c,
        "$JS.API.CONSUMER.CREATE.B.MD",
        r#"{"stream_name":"B","config":{"durable_name":"MD","ack_policy":"explicit","ack_wait":300000000,"max_deliver":2}}"#,
    );
    c.expect_pub("b.1", NO_HDRS, "1", &pub_ack("B", 1));
    c.expect_pub("b.2", NO_HDRS, "2", &pub_ack("B", 2));
    for _ in 0..2 {
        let got = c.pull_n("$JS.API.CONSUMER.MSG.NEXT.B.MD", r#"{"batch":2,"expires":500000000}"#, 2);
        assert_eq!(got.iter().map(|m| m.subject.as_str()).collect::<Vec<_>>(), ["b.1", "b.2"]);
        std::thread::sleep(Duration::from_millis(400));
    }
    let got = c.pull("$JS.API.CONSUMER.MSG.NEXT.B.MD", r#"{"batch":2,"expires":500000000}"#);
    assert_eq!(got.len(), 1, "no third delivery: {got:?}");
    assert_eq!(got[0].status(), Some("408"));
    let info = c.consumer_info("B", "MD");
    assert_eq!(info["ack_floor"]["stream_seq"], 0, "{info}");
    assert_eq!((info["num_ack_pending"].as_u64(), info["num_redelivered"].as_u64()), (Some(0), Some(2)), "{info}");
    // The state survives a restart the same way.
    let restart = json(&c.api("$JS.API.CONSUMER.INFO.B.MD", ""));
    assert_eq!(restart["delivered"]["stream_seq"], 2);
}

#[test]
fn pull_requests_validated_as_nats_server_and_dropped_without_interest() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "N", r#"{"name":"N","subjects":["n.*"]}"#);
    create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.N.C", r#"{"stream_name":"N","config":{"durable_name":"C","ack_policy":"explicit"}}"#);
    let next = "$JS.API.CONSUMER.MSG.NEXT.N.C";
    let too_large = "NATS/1.0 400 Bad Request - heartbeat value too large\r\n\r\n";
    c.expect_status(next, r#"{"batch":1,"idle_heartbeat":1000000000}"#, too_large);
    c.expect_status(next, r#"{"batch":1,"expires":1000000000,"idle_heartbeat":600000000}"#, too_large);
    c.expect_status(next, r#"{"batch":5,"no_wait":true,"idle_heartbeat":500000000}"#, too_large);
    c.expect_status(next, r#"{"batch":3,"no_wait":true}"#, "NATS/1.0 404 No Messages\r\n\r\n");
    // no_wait with an expiry waits for a message (nats-server 2.11+), then ends with 404.
    let inbox = "_R.wait";
    c.publish(next, Some(inbox), NO_HDRS, r#"{"batch":3,"no_wait":true,"expires":2000000000,"idle_heartbeat":500000000}"#);
    c.sync();
    std::thread::sleep(Duration::from_millis(300));
    c.publish("n.x", None, NO_HDRS, "hello");
    let got = c.quiet(Duration::from_millis(800));
    let for_request: Vec<(String, Option<&str>)> =
        got.iter().filter(|m| m.subject == "n.x" || m.subject == inbox).map(|m| (m.subject.clone(), m.status())).collect();
    assert_eq!(for_request, [("n.x".to_string(), None), (inbox.to_string(), Some("404"))]);
    // Nobody listens on the reply subject: the request is dropped, nothing delivered.
    create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.N.E", r#"{"stream_name":"N","config":{"durable_name":"E","ack_policy":"explicit"}}"#);
    c.publish("$JS.API.CONSUMER.MSG.NEXT.N.E", Some("nobody.listens"), NO_HDRS, r#"{"batch":10,"expires":3000000000}"#);
    c.sync();
    c.publish("n.w", None, NO_HDRS, "late");
    c.sync();
    std::thread::sleep(Duration::from_millis(200));
    let info = c.consumer_info("N", "E");
    assert_eq!((info["num_ack_pending"].as_u64(), info["delivered"]["stream_seq"].as_u64()), (Some(0), Some(0)), "{info}");
}

#[test]
fn consumer_limits_added_by_an_update_are_checked_against_consumers() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "L", r#"{"name":"L","subjects":["l"]}"#);
    for (name, pending) in [("C1", 500), ("C2", 50), ("C0", 900)] {
        create_consumer(
            &mut c,
            &format!("$JS.API.CONSUMER.CREATE.L.{name}"),
            &format!(r#"{{"stream_name":"L","config":{{"durable_name":"{name}","ack_policy":"explicit","max_ack_pending":{pending}}}}}"#),
        );
    }
    // nats-server lists the consumers in map order; natsx sorts them.
    c.expect(
        "$JS.API.STREAM.UPDATE.L",
        r#"{"name":"L","subjects":["l"],"consumer_limits":{"max_ack_pending":100}}"#,
        r#"{"type":"io.nats.jetstream.api.v1.stream_update_response","error":{"code":500,"err_code":10069,"description":"change to limits violates consumers: C0, C1"}}"#,
    );
    let ok = json(&c.api("$JS.API.STREAM.UPDATE.L", r#"{"name":"L","subjects":["l"],"consumer_limits":{"max_ack_pending":1000}}"#));
    assert_eq!(ok["config"]["consumer_limits"]["max_ack_pending"], 1000);
    c.expect(
        "$JS.API.CONSUMER.CREATE.L.C3",
        r#"{"stream_name":"L","config":{"durable_name":"C3","ack_policy":"explicit","max_ack_pending":2000}}"#,
        r#"{"type":"io.nats.jetstream.api.v1.consumer_create_response","error":{"code":400,"err_code":10121,"description":"consumer max ack pending exceeds system limit of 1000"}}"#,
    );
}

#[test]
fn kv_purge_of_a_wildcard_key_rolls_up_every_matching_key() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "KV_B", r#"{"name":"KV_B","subjects":["$KV.B.>"],"allow_rollup_hdrs":true,"max_msgs_per_subject":5}"#);
    for (i, key) in ["a.1", "a.2", "b.1", "a.1"].iter().enumerate() {
        c.expect_pub(&format!("$KV.B.{key}"), NO_HDRS, "v", &pub_ack("KV_B", i as u64 + 1));
    }
    c.expect_pub("$KV.B.a.*", &[("KV-Operation", "PURGE"), ("Nats-Rollup", "sub")], "", &pub_ack("KV_B", 5));
    let info = json(&c.api("$JS.API.STREAM.INFO.KV_B", r#"{"subjects_filter":">"}"#));
    assert_eq!(info["state"]["subjects"], serde_json::json!({"$KV.B.a.*": 1, "$KV.B.b.1": 1}), "{info}");
    assert_eq!((info["state"]["messages"].as_u64(), info["state"]["first_seq"].as_u64()), (Some(2), Some(3)));
}

/// Subjects with an empty token match no subscription, so no stream stores them
/// (nats-server's sublist returns nothing for them); a publish with a reply gets the
/// no-responders status instead of an ack.
#[test]
fn empty_token_subjects_are_never_stored() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "O", r#"{"name":"O","subjects":["orders.>","x.*"]}"#);
    for subject in ["orders..a", "x.", "orders.", "orders.a."] {
        let m = c.request_h(subject, NO_HDRS, "nope");
        assert_eq!(m.status(), Some("503"), "{subject}: {m:?}");
    }
    c.expect_pub("orders.a", NO_HDRS, "yes", &pub_ack("O", 1));
    assert_eq!(state(&mut c, "O")["messages"], 1);
}

/// Removing a mirror's `mirror` in an update promotes it to a normal stream, as
/// nats-server does: copying stops and its own subjects take publishes.
#[test]
fn a_mirror_is_promoted_by_removing_its_mirror() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "E", r#"{"name":"E","subjects":["e.*"]}"#);
    for i in 1..=3 {
        c.expect_pub("e.a", NO_HDRS, "x", &pub_ack("E", i));
    }
    create_stream(&mut c, "M", r#"{"name":"M","mirror":{"name":"E"}}"#);
    let deadline = Instant::now() + Duration::from_secs(5);
    while state(&mut c, "M")["messages"] != 3 {
        assert!(Instant::now() < deadline, "the mirror did not copy");
        std::thread::sleep(Duration::from_millis(25));
    }
    let v = json(&c.api("$JS.API.STREAM.UPDATE.M", r#"{"name":"M","subjects":["m.new"]}"#));
    assert!(v.get("error").is_none() && v["config"].get("mirror").is_none(), "{v}");
    c.expect_pub("m.new", NO_HDRS, "own", &pub_ack("M", 4));
    c.expect_pub("e.a", NO_HDRS, "after", &pub_ack("E", 4));
    std::thread::sleep(Duration::from_millis(300));
    assert_eq!(state(&mut c, "M")["messages"], 4, "no more copies from E");
}

/// A stream whose first sequence is near `u64::MAX` stores up to sequence `u64::MAX - 1`
/// and then refuses publishes (nats-server wraps to 0 there); the server stays up, the
/// stored messages survive a kill -9, and consumers and gets at the edge still work.
#[test]
fn sequence_space_exhaustion_is_refused_not_fatal() {
    let dir = crate::harness::TempDir::new();
    let top = u64::MAX - 1;
    let mut server = Server::jetstream_in(dir.path(), &[], &[]);
    let mut c = Client::connect(&server);
    for (name, storage) in [("EDGEF", "file"), ("EDGEM", "memory")] {
        let lower = name.to_lowercase();
        create_stream(
            &mut c,
            name,
            &format!(r#"{{"name":"{name}","subjects":["{lower}"],"storage":"{storage}","first_seq":{}}}"#, top - 1),
        );
        c.expect_pub(&lower, NO_HDRS, "1", &pub_ack(name, top - 1));
        c.expect_pub(&lower, NO_HDRS, "2", &pub_ack(name, top));
        c.expect_pub(&lower, NO_HDRS, "3", &pub_err(name, 503, 10077, "sequence space exhausted"));
        assert_eq!(state(&mut c, name)["last_seq"], top);
        assert_eq!(get_msg(&mut c, name, top).unwrap().2, "2");
        assert!(get_msg(&mut c, name, u64::MAX).is_none());
        let body = format!(r#"{{"stream_name":"{name}","config":{{"durable_name":"C","ack_policy":"explicit"}}}}"#);
        create_consumer(&mut c, &format!("$JS.API.CONSUMER.CREATE.{name}.C"), &body);
        let reply = c.api(&format!("$JS.API.CONSUMER.INFO.{name}.C"), "");
        assert_eq!(json(&reply)["num_pending"], 2, "{reply}");
    }
    server.kill9();
    let server = Server::jetstream_in(dir.path(), &[], &[]);
    let mut c = Client::connect(&server);
    let st = state(&mut c, "EDGEF");
    assert_eq!((st["first_seq"].as_u64(), st["last_seq"].as_u64(), st["messages"].as_u64()), (Some(top - 1), Some(top), Some(2)));
    c.expect_pub("edgef", NO_HDRS, "4", &pub_err("EDGEF", 503, 10077, "sequence space exhausted"));
}

/// MSG.GET, DIRECT.GET, MSG.DELETE, PURGE and paging: what each refuses and how, with
/// the replies nats-server 2.15.1 gave to the same requests.
#[test]
fn message_requests_are_checked_as_nats_server_checks_them() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "A", r#"{"name":"A","subjects":["a.>"],"allow_direct":true}"#);
    create_stream(&mut c, "M", r#"{"name":"M","subjects":["m.>"],"storage":"memory"}"#);
    c.expect_pub("a.x", &[("H", "1")], "zero", &pub_ack("A", 1));
    std::thread::sleep(Duration::from_millis(20));
    let between = natsx_common::time::rfc3339(std::time::SystemTime::now());
    std::thread::sleep(Duration::from_millis(20));
    c.expect_pub("a.y", NO_HDRS, "one", &pub_ack("A", 2));
    c.expect_pub("a.x", NO_HDRS, "two", &pub_ack("A", 3));
    c.expect_pub("m.x", NO_HDRS, "m", &pub_ack("M", 1));
    let api_err = |kind: &str, code: u16, err_code: u32, description: &str| {
        format!(
            r#"{{"type":"io.nats.jetstream.api.v1.{kind}","error":{{"code":{code},"err_code":{err_code},"description":"{description}"}}}}"#
        )
    };
    let delete_err = |code, err_code, description| api_err("stream_msg_delete_response", code, err_code, description);
    let bad_get = api_err("stream_msg_get_response", 400, 10003, "bad request");
    for (subject, body, expected) in [
        // File streams fail outside their range; memory streams just find nothing.
        ("STREAM.MSG.DELETE.A", r#"{"seq":99}"#, delete_err(500, 10057, "stream store EOF")),
        ("STREAM.MSG.DELETE.A", r#"{"seq":0}"#, delete_err(500, 10057, "no message found")),
        ("STREAM.MSG.DELETE.M", r#"{"seq":99}"#, delete_err(400, 10043, "sequence 99 not found")),
        ("STREAM.MSG.DELETE.A", "{}", delete_err(400, 10003, "bad request")),
        ("STREAM.MSG.DELETE.NOPE", "{}", delete_err(400, 10003, "bad request")),
        ("STREAM.MSG.GET.A", r#"{"seq":1,"last_by_subj":"a.x"}"#, bad_get.clone()),
        ("STREAM.MSG.GET.A", r#"{"last_by_subj":"a.x","next_by_subj":"a.x"}"#, bad_get.clone()),
        ("STREAM.MSG.GET.A", r#"{"seq":1,"batch":2}"#, bad_get.clone()),
        ("STREAM.MSG.GET.A", "{}", bad_get.clone()),
        (
            "STREAM.MSG.GET.A",
            r#"{"start_time":"x"}"#,
            api_err(
                "stream_msg_get_response",
                400,
                10025,
                r#"invalid JSON: parsing time \"x\" as \"2006-01-02T15:04:05Z07:00\": cannot parse \"x\" as \"2006\""#,
            ),
        ),
        (
            "STREAM.PURGE.A",
            r#"{"filter":"a..b"}"#,
            r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":0}"#.into(),
        ),
        (
            "STREAM.NAMES",
            r#"{"offset":-5}"#,
            r#"{"type":"io.nats.jetstream.api.v1.stream_names_response","total":2,"offset":0,"limit":1024,"streams":["A","M"]}"#.into(),
        ),
    ] {
        assert_eq!(c.api(&format!("$JS.API.{subject}"), body), expected, "{subject} {body}");
    }
    // start_time selects the first message at or after it; no_hdr leaves headers out.
    let got = json(&c.api("$JS.API.STREAM.MSG.GET.A", &format!(r#"{{"start_time":"{between}","no_hdr":true}}"#)));
    assert_eq!((&got["message"]["seq"], got["message"].get("hdrs")), (&serde_json::json!(2), None), "{got}");
    let got = json(&c.api("$JS.API.STREAM.MSG.GET.A", &format!(r#"{{"start_time":"{between}","next_by_subj":"a.x"}}"#)));
    assert_eq!(got["message"]["seq"], 3, "{got}");
    let direct = c.request("$JS.API.DIRECT.GET.A", r#"{"seq":1,"no_hdr":true}"#);
    assert_eq!((direct.headers.as_str(), direct.payload.as_str()), ("", "zero"));
    for (body, status) in [
        (r#"{"batch":2}"#, "NATS/1.0 408 Empty Request\r\n\r\n"),
        (r#"{"seq":1,"start_time":"2026-01-01T00:00:00Z"}"#, "NATS/1.0 408 Bad Request\r\n\r\n"),
        (r#"{"last_by_subj":"a.x","batch":2}"#, "NATS/1.0 408 Bad Request\r\n\r\n"),
        (r#"{"next_by_subj":"a.x","multi_last":["a.x"]}"#, "NATS/1.0 408 Bad Request\r\n\r\n"),
        (r#"{"start_time":"x"}"#, "NATS/1.0 408 Malformed Request\r\n\r\n"),
        (r#"{"multi_last":["b.*"]}"#, "NATS/1.0 404 No Results\r\n\r\n"),
        (r#"{"multi_last":["a.>"],"up_to_time":"2000-01-01T00:00:00Z"}"#, "NATS/1.0 404 No Results\r\n\r\n"),
    ] {
        assert_eq!(c.request("$JS.API.DIRECT.GET.A", body).headers, status, "{body}");
    }
}

/// An empty stream whose first sequence is above 1 (`first_seq`, or after a purge) counts
/// nothing pending for a new consumer, and the API keeps answering.
#[test]
fn consumers_on_an_empty_stream_that_starts_late() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    for (name, storage) in [("E", "file"), ("EM", "memory")] {
        let lower = name.to_lowercase();
        create_stream(&mut c, name, &format!(r#"{{"name":"{name}","subjects":["{lower}"],"storage":"{storage}","first_seq":5}}"#));
        let body = format!(r#"{{"stream_name":"{name}","config":{{"durable_name":"K","ack_policy":"explicit"}}}}"#);
        let info = create_consumer(&mut c, &format!("$JS.API.CONSUMER.CREATE.{name}.K"), &body);
        assert_eq!(info["num_pending"], 0, "{info}");
        c.expect_pub(&lower, NO_HDRS, "x", &pub_ack(name, 5));
        let info = json(&c.api(&format!("$JS.API.CONSUMER.INFO.{name}.K"), ""));
        assert_eq!(info["num_pending"], 1, "{info}");
    }
    assert!(json(&c.api("$JS.API.INFO", "")).get("error").is_none());
}

/// Small API requests are decoded as nats-server decodes them in strict mode: a misspelt
/// or unknown field is an error (a purge with `filtr` must purge nothing), keys match
/// whatever their case, a body that is not an object is refused; pages clamp to the total.
#[test]
fn api_requests_refuse_unknown_fields_and_clamp_pages() {
    let server = Server::jetstream(&[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "F", r#"{"name":"F","subjects":["f.>"]}"#);
    for i in 1..=5 {
        c.expect_pub(&format!("f.a.{i}"), NO_HDRS, "x", &pub_ack("F", i));
    }
    let invalid = |kind: &str, text: &str, extra: &str| {
        format!(
            r#"{{"type":"io.nats.jetstream.api.v1.{kind}","error":{{"code":400,"err_code":10025,"description":"invalid JSON: {text}"}}{extra}}}"#
        )
    };
    for (subject, body, expected) in [
        ("STREAM.PURGE.F", r#"{"filtr":"f.a.1"}"#, invalid("stream_purge_response", r#"json: unknown field \"filtr\""#, r#","purged":0"#)),
        (
            "STREAM.PURGE.F",
            "[]",
            invalid("stream_purge_response", "json: cannot unmarshal array into Go value of type server.JSApiStreamPurgeRequest", r#","purged":0"#),
        ),
        ("STREAM.PURGE.F", r#"{"Filter":"f.a.2"}"#, r#"{"type":"io.nats.jetstream.api.v1.stream_purge_response","success":true,"purged":1}"#.into()),
        ("STREAM.MSG.GET.F", r#"{"seq":1,"bogus":1}"#, invalid("stream_msg_get_response", r#"json: unknown field \"bogus\""#, "")),
        (
            "STREAM.NAMES",
            r#"{"zz":1}"#,
            invalid("stream_names_response", r#"json: unknown field \"zz\""#, r#","total":0,"offset":0,"limit":0,"streams":null"#),
        ),
        (
            "CONSUMER.NAMES.F",
            r#"{"subject":"x"}"#,
            invalid("consumer_names_response", r#"json: unknown field \"subject\""#, r#","total":0,"offset":0,"limit":0,"consumers":[]"#),
        ),
        (
            "CONSUMER.UNPIN.F.nope",
            "{}",
            r#"{"type":"io.nats.jetstream.api.v1.consumer_unpin_response","error":{"code":400,"err_code":10025,"description":"invalid JSON: consumer group not specified"}}"#.into(),
        ),
        ("STREAM.NAMES", r#"{"offset":99}"#, r#"{"type":"io.nats.jetstream.api.v1.stream_names_response","total":1,"offset":1,"limit":1024,"streams":null}"#.into()),
    ] {
        assert_eq!(c.api(&format!("$JS.API.{subject}"), body), expected, "{subject} {body}");
    }
    assert_eq!(state(&mut c, "F")["messages"], 4, "only f.a.2 was purged");
}
