//! JetStream features beyond the basics, through async-nats: deliver and ack policies,
//! consumer limits, pause, mirrors and sources, account limits, domains, advisories.

use std::time::Duration;

use async_nats::jetstream::{self, consumer, stream};
use bytes::Bytes;
use futures::StreamExt;

use crate::harness::{Server, TempDir};

fn cfg(name: &str, subjects: &[&str]) -> stream::Config {
    stream::Config { name: name.into(), subjects: subjects.iter().map(|s| s.to_string()).collect(), ..Default::default() }
}

async fn fetch(c: &consumer::PullConsumer, n: usize) -> Vec<jetstream::Message> {
    let mut out = Vec::new();
    let mut batch = c.fetch().max_messages(n).expires(Duration::from_millis(500)).messages().await.unwrap();
    while let Some(m) = tokio::time::timeout(Duration::from_secs(5), batch.next()).await.unwrap() {
        out.push(m.unwrap());
    }
    out
}

fn payloads(msgs: &[jetstream::Message]) -> Vec<String> {
    msgs.iter().map(|m| String::from_utf8_lossy(&m.payload).into_owned()).collect()
}

async fn pull(s: &stream::Stream, name: &str, config: consumer::pull::Config) -> consumer::PullConsumer {
    s.create_consumer(consumer::pull::Config { durable_name: Some(name.into()), ..config }).await.unwrap()
}

#[tokio::test]
async fn deliver_policies_and_filters() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let s = js.create_stream(cfg("DP", &["dp.*"])).await.unwrap();
    for (i, subj) in ["dp.a", "dp.b", "dp.a", "dp.c", "dp.b"].iter().enumerate() {
        js.publish(*subj, Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let c = pull(&s, "last", consumer::pull::Config { deliver_policy: consumer::DeliverPolicy::Last, ..Default::default() }).await;
    assert_eq!(payloads(&fetch(&c, 10).await), vec!["4"]);
    // Last per subject needs a filter (nats-server 2.15.1: 10094).
    let lps = consumer::pull::Config {
        durable_name: Some("lps".into()),
        deliver_policy: consumer::DeliverPolicy::LastPerSubject,
        ..Default::default()
    };
    let err = s.create_consumer(lps.clone()).await.unwrap_err();
    assert!(err.to_string().contains("but optional filter subject is not set"), "{err}");
    let c = pull(&s, "lps", consumer::pull::Config { filter_subject: "dp.*".into(), ..lps }).await;
    assert_eq!(payloads(&fetch(&c, 10).await), vec!["2", "3", "4"]);
    let c = pull(
        &s,
        "seq",
        consumer::pull::Config { deliver_policy: consumer::DeliverPolicy::ByStartSequence { start_sequence: 4 }, ..Default::default() },
    )
    .await;
    assert_eq!(payloads(&fetch(&c, 10).await), vec!["3", "4"]);
    let c = pull(&s, "multi", consumer::pull::Config { filter_subjects: vec!["dp.a".into(), "dp.c".into()], ..Default::default() }).await;
    assert_eq!(payloads(&fetch(&c, 10).await), vec!["0", "2", "3"]);
    let c = pull(&s, "new", consumer::pull::Config { deliver_policy: consumer::DeliverPolicy::New, ..Default::default() }).await;
    assert!(fetch(&c, 10).await.is_empty());
    js.publish("dp.z", "5".into()).await.unwrap().await.unwrap();
    assert_eq!(payloads(&fetch(&c, 10).await), vec!["5"]);
    let start = time::OffsetDateTime::now_utc();
    tokio::time::sleep(Duration::from_millis(20)).await;
    js.publish("dp.t", "6".into()).await.unwrap().await.unwrap();
    let c = pull(
        &s,
        "time",
        consumer::pull::Config { deliver_policy: consumer::DeliverPolicy::ByStartTime { start_time: start }, ..Default::default() },
    )
    .await;
    assert_eq!(payloads(&fetch(&c, 10).await), vec!["6"]);
    let c = pull(&s, "hdrs", consumer::pull::Config { headers_only: true, ..Default::default() }).await;
    let m = &fetch(&c, 1).await[0];
    assert!(m.payload.is_empty());
    assert_eq!(m.headers.as_ref().and_then(|h| h.get("Nats-Msg-Size")).map(|v| v.as_str()), Some("1"));
}

#[tokio::test]
async fn ack_all_max_ack_pending_and_max_deliver() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.create_stream(cfg("AK", &["ak"])).await.unwrap();
    for i in 0..6 {
        js.publish("ak", Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let mut all = pull(&s, "all", consumer::pull::Config { ack_policy: consumer::AckPolicy::All, ..Default::default() }).await;
    let got = fetch(&all, 4).await;
    got[2].double_ack().await.unwrap();
    let info = all.info().await.unwrap();
    assert_eq!((info.ack_floor.stream_sequence, info.num_ack_pending), (3, 1), "acking 3 acks 1 and 2 too");

    let limited = pull(&s, "limited", consumer::pull::Config { max_ack_pending: 2, ..Default::default() }).await;
    assert_eq!(fetch(&limited, 10).await.len(), 2, "no more than max_ack_pending outstanding");

    let mut advisories = client.subscribe("$JS.EVENT.ADVISORY.CONSUMER.MAX_DELIVERIES.AK.tries").await.unwrap();
    let tries =
        pull(&s, "tries", consumer::pull::Config { max_deliver: 2, ack_wait: Duration::from_millis(200), ..Default::default() }).await;
    let first = fetch(&tries, 1).await;
    assert_eq!(first[0].info().unwrap().delivered, 1);
    tokio::time::sleep(Duration::from_millis(300)).await;
    let second = fetch(&tries, 1).await;
    assert_eq!((second[0].info().unwrap().stream_sequence, second[0].info().unwrap().delivered), (1, 2));
    let advisory = tokio::time::timeout(Duration::from_secs(3), advisories.next()).await.unwrap().unwrap();
    let body: serde_json::Value = serde_json::from_slice(&advisory.payload).unwrap();
    assert_eq!(
        (body["type"].as_str(), body["stream_seq"].as_u64(), body["deliveries"].as_u64()),
        (Some("io.nats.jetstream.advisory.v1.max_deliver"), Some(1), Some(2))
    );

    let term = pull(&s, "term", consumer::pull::Config::default()).await;
    let m = &fetch(&term, 1).await[0];
    m.ack_with(jetstream::AckKind::Term).await.unwrap();
    let mut term = term;
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert_eq!(term.info().await.unwrap().num_ack_pending, 0);
}

#[tokio::test]
async fn backoff_and_nak_delay() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let s = js.create_stream(cfg("BO", &["bo"])).await.unwrap();
    js.publish("bo", "x".into()).await.unwrap().await.unwrap();
    let c = pull(
        &s,
        "b",
        consumer::pull::Config { backoff: vec![Duration::from_millis(100), Duration::from_secs(30)], max_deliver: 3, ..Default::default() },
    )
    .await;
    let _ = fetch(&c, 1).await;
    // fetch() does not wait for messages that are not due: the first backoff step is 100ms.
    tokio::time::sleep(Duration::from_millis(150)).await;
    let again = fetch(&c, 1).await;
    assert_eq!(again[0].info().unwrap().delivered, 2);
    tokio::time::sleep(Duration::from_millis(150)).await;
    assert!(fetch(&c, 1).await.is_empty(), "the second backoff step is 30s");
    again[0].ack_with(jetstream::AckKind::Nak(Some(Duration::from_millis(600)))).await.unwrap();
    // (A fetch is no_wait with an expiry: it waits for a message that comes due in time,
    // as nats-server 2.11+ does, so this one expires well before the nak delay.)
    let mut early = c.fetch().max_messages(1).expires(Duration::from_millis(100)).messages().await.unwrap();
    assert!(
        tokio::time::timeout(Duration::from_secs(5), early.next()).await.unwrap().is_none(),
        "a delayed nak is not redelivered at once"
    );
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(fetch(&c, 1).await[0].info().unwrap().delivered, 3);
}

#[tokio::test]
async fn pause_and_resume() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let s = js.create_stream(cfg("PA", &["pa"])).await.unwrap();
    js.publish("pa", "1".into()).await.unwrap().await.unwrap();
    let c = pull(&s, "p", consumer::pull::Config::default()).await;
    let until = time::OffsetDateTime::now_utc() + time::Duration::hours(1);
    let paused = s.pause_consumer("p", until).await.unwrap();
    assert!(paused.paused);
    assert!(fetch(&c, 1).await.is_empty(), "paused consumers deliver nothing");
    let resumed = s.resume_consumer("p").await.unwrap();
    assert!(!resumed.paused);
    assert_eq!(payloads(&fetch(&c, 1).await), vec!["1"]);
}

#[tokio::test]
async fn push_deliver_group_and_ephemeral_inactivity() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.create_stream(cfg("PG", &["pg"])).await.unwrap();
    for i in 0..10 {
        js.publish("pg", Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let deliver = client.new_inbox();
    let mut a = client.queue_subscribe(deliver.clone(), "grp".into()).await.unwrap();
    let mut b = client.queue_subscribe(deliver.clone(), "grp".into()).await.unwrap();
    s.create_consumer(consumer::push::Config {
        durable_name: Some("grp".into()),
        deliver_subject: deliver,
        deliver_group: Some("grp".into()),
        ack_policy: consumer::AckPolicy::None,
        ..Default::default()
    })
    .await
    .unwrap();
    let mut total = 0;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while total < 10 {
        tokio::select! {
            Some(_) = a.next() => total += 1,
            Some(_) = b.next() => total += 1,
            _ = tokio::time::sleep_until(deadline) => panic!("only {total} of 10 delivered to the group"),
        }
    }
    // An ephemeral pull consumer with nobody pulling goes away after its threshold.
    let e =
        s.create_consumer(consumer::pull::Config { inactive_threshold: Duration::from_millis(300), ..Default::default() }).await.unwrap();
    let name = e.cached_info().name.clone();
    tokio::time::sleep(Duration::from_millis(900)).await;
    assert!(s.consumer_info(&name).await.is_err(), "ephemeral consumer {name} still there");
}

/// A push consumer's deliver_group spreads messages over every member (each delivery
/// round used to pick the same member), and a member that stops reading is cut off as a
/// slow consumer on its own limit while the others go on; what it lost is redelivered.
#[tokio::test]
async fn deliver_group_spreads_over_members_and_a_slow_member_is_cut_off_alone() {
    let dir = TempDir::new();
    let server = Server::with_config(
        &format!(
            "max_pending: 256KB\nmax_payload: 64KB\nwrite_deadline: \"500ms\"\njetstream {{ store_dir: \"{}\" }}\n",
            dir.path().display()
        ),
        &[],
    );
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.create_stream(cfg("SPREAD", &["spread"])).await.unwrap();
    let deliver = "spread.deliver".to_string();
    let mut members = Vec::new();
    for _ in 0..3 {
        members.push(client.queue_subscribe(deliver.clone(), "workers".into()).await.unwrap());
    }
    crate::harness::sync(&client).await;
    s.create_consumer(consumer::push::Config {
        durable_name: Some("workers".into()),
        deliver_subject: deliver.clone(),
        deliver_group: Some("workers".into()),
        ack_policy: consumer::AckPolicy::None,
        ..Default::default()
    })
    .await
    .unwrap();
    // One message per delivery round: publish, wait for it, publish the next.
    let mut counts = [0usize; 3];
    for i in 0..60 {
        js.publish("spread", Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
        let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
        let (a, rest) = members.split_at_mut(1);
        let (b, c) = rest.split_at_mut(1);
        tokio::select! {
            Some(_) = a[0].next() => counts[0] += 1,
            Some(_) = b[0].next() => counts[1] += 1,
            Some(_) = c[0].next() => counts[2] += 1,
            _ = tokio::time::sleep_until(deadline) => panic!("message {i} not delivered to the group"),
        }
    }
    assert!(counts.iter().all(|&n| n >= 5), "every member gets a share: {counts:?}");

    // A member that never reads: a raw connection with a full socket buffer.
    let slow_deliver = "slow.deliver".to_string();
    let mut slow = server.raw();
    slow.send(format!("CONNECT {{\"verbose\":false}}\r\nSUB {slow_deliver} slowgrp 1\r\nPING\r\n").as_bytes());
    slow.read_until("PONG\r\n", Duration::from_secs(2));
    // A small receive window, so the server's writes back up soon.
    {
        use std::os::fd::AsRawFd;
        let size: libc::c_int = 4096;
        // SAFETY: setsockopt on a socket we own, with a valid int option value.
        unsafe {
            libc::setsockopt(
                slow.stream.as_raw_fd(),
                libc::SOL_SOCKET,
                libc::SO_RCVBUF,
                &size as *const libc::c_int as *const libc::c_void,
                std::mem::size_of::<libc::c_int>() as libc::socklen_t,
            );
        }
    }
    let mut fast = client.queue_subscribe(slow_deliver.clone(), "slowgrp".into()).await.unwrap();
    crate::harness::sync(&client).await;
    let s2 = js.create_stream(cfg("SLOW", &["slow"])).await.unwrap();
    s2.create_consumer(consumer::push::Config {
        durable_name: Some("slowgrp".into()),
        deliver_subject: slow_deliver,
        deliver_group: Some("slowgrp".into()),
        ack_policy: consumer::AckPolicy::Explicit,
        ack_wait: Duration::from_secs(1),
        ..Default::default()
    })
    .await
    .unwrap();
    let body = Bytes::from(vec![b'x'; 16 * 1024]);
    let total = 400;
    let mut acks = Vec::new();
    for _ in 0..total {
        acks.push(js.publish("slow", body.clone()).await.unwrap());
    }
    for ack in acks {
        if let Err(e) = ack.await {
            panic!("publish not acknowledged: {e}; log:\n{}", server.log());
        }
    }
    let mut seen = std::collections::HashSet::new();
    let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
    while seen.len() < total {
        tokio::select! {
            Some(m) = fast.next() => {
                // `$JS.ACK.<stream>.<consumer>.<delivered>.<stream seq>...`: ack it by hand.
                let reply = m.reply.expect("an ack subject").to_string();
                seen.insert(reply.split('.').nth(5).unwrap().to_string());
                client.publish(reply, Bytes::new()).await.unwrap();
            }
            _ = tokio::time::sleep_until(deadline) => panic!("the reading member got only {} of {total}", seen.len()),
        }
    }
    assert!(server.log().contains("Slow Consumer Detected"), "the member that stopped reading was cut off: {}", server.log());
}

#[tokio::test]
async fn mirrors_and_sources_copy_messages() {
    let server = Server::jetstream(&[]);
    let js = jetstream::new(server.client().await);
    let origin = js.create_stream(cfg("ORIGIN", &["o.>"])).await.unwrap();
    for (i, subj) in ["o.a", "o.b", "o.a", "o.b", "o.a"].iter().enumerate() {
        js.publish(*subj, Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    origin.delete_message(3).await.unwrap();
    let mut mirror = js
        .create_stream(stream::Config {
            name: "MIRROR".into(),
            mirror: Some(stream::Source { name: "ORIGIN".into(), ..Default::default() }),
            ..Default::default()
        })
        .await
        .unwrap();
    let mut sourced = js
        .create_stream(stream::Config {
            name: "SOURCED".into(),
            subjects: vec!["local".into()],
            sources: Some(vec![stream::Source { name: "ORIGIN".into(), filter_subject: Some("o.a".into()), ..Default::default() }]),
            ..Default::default()
        })
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while mirror.info().await.unwrap().state.messages < 4 || sourced.info().await.unwrap().state.messages < 2 {
        assert!(std::time::Instant::now() < deadline, "copies did not arrive");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let m = mirror.get_raw_message(4).await.unwrap();
    assert_eq!((m.subject.as_str(), &m.payload[..]), ("o.b", &b"3"[..]), "a mirror keeps the origin's sequences");
    assert!(mirror.get_raw_message(3).await.is_err(), "and its gaps");
    js.publish("o.a", "5".into()).await.unwrap().await.unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(5);
    while sourced.info().await.unwrap().state.messages < 3 {
        assert!(std::time::Instant::now() < deadline, "new origin messages were not sourced");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let m = sourced.get_raw_message(3).await.unwrap();
    assert_eq!(&m.payload[..], b"5");
    assert_eq!(
        m.headers.get("Nats-Stream-Source").map(|v| v.as_str()),
        Some("ORIGIN 6 o.a > o.a"),
        "nats-server's NAME SEQ FILTERS DESTS SUBJECT"
    );
    let info = mirror.info().await.unwrap();
    assert_eq!(info.mirror.as_ref().map(|m| (m.name.as_str(), m.lag)), Some(("ORIGIN", 0)));
}

/// Two sources of one origin with different filters each copy their own messages once,
/// resume from their own positions after a restart, and a source added by an update
/// starts copying.
#[tokio::test]
async fn sources_of_one_origin_keep_their_own_positions() {
    let dir = TempDir::new();
    let mut server = Server::jetstream_in(dir.path(), &[], &[]);
    let js = jetstream::new(server.client().await);
    js.create_stream(cfg("ORIGIN", &["o.*"])).await.unwrap();
    let source = |filter: &str| stream::Source { name: "ORIGIN".into(), filter_subject: Some(filter.into()), ..Default::default() };
    js.create_stream(stream::Config { name: "BOTH".into(), sources: Some(vec![source("o.a"), source("o.b")]), ..Default::default() })
        .await
        .unwrap();
    js.create_stream(cfg("LATER", &["later"])).await.unwrap();
    for (i, subj) in ["o.a", "o.b", "o.c", "o.a", "o.b", "o.b"].iter().enumerate() {
        js.publish(*subj, Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let mut later = js.get_stream("LATER").await.unwrap();
    let mut config = later.info().await.unwrap().config.clone();
    config.sources = Some(vec![source("o.c")]);
    js.update_stream(config).await.unwrap();
    async fn wait_for(js: &jetstream::Context, name: &str, n: u64) {
        let mut s = js.get_stream(name).await.unwrap();
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while s.info().await.unwrap().state.messages < n {
            assert!(std::time::Instant::now() < deadline, "{name} did not reach {n} messages");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
    wait_for(&js, "BOTH", 5).await;
    wait_for(&js, "LATER", 1).await;
    // More after a restart: each source resumes where it stopped, nothing twice.
    server.kill9();
    let server = Server::jetstream_in(dir.path(), &[], &[]);
    let js = jetstream::new(server.client().await);
    for (i, subj) in ["o.b", "o.a", "o.c"].iter().enumerate() {
        js.publish(*subj, Bytes::from(format!("after {i}"))).await.unwrap().await.unwrap();
    }
    wait_for(&js, "BOTH", 7).await;
    wait_for(&js, "LATER", 2).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let both = js.get_stream("BOTH").await.unwrap();
    let info = both.get_info().await.unwrap();
    assert_eq!(info.state.messages, 7, "every o.a and o.b message exactly once");
    let mut seen = Vec::new();
    for seq in 1..=7 {
        let m = both.get_raw_message(seq).await.unwrap();
        seen.push(String::from_utf8_lossy(&m.payload).into_owned());
    }
    seen.sort();
    assert_eq!(seen, ["0", "1", "3", "4", "5", "after 0", "after 1"]);
    later = js.get_stream("LATER").await.unwrap();
    assert_eq!(later.info().await.unwrap().state.messages, 2);
}

#[tokio::test]
async fn account_limits_and_usage() {
    let dir = TempDir::new();
    let conf = format!(
        "jetstream {{ store_dir: \"{}\" }}\naccounts {{\n  A {{ jetstream {{ max_streams: 1, max_consumers: 1, max_file: 2KB, max_mem: 1KB }}, users: [ {{user: a, password: a}} ] }}\n  B {{ users: [ {{user: b, password: b}} ] }}\n}}\n",
        dir.path().display()
    );
    let server = Server::with_config(&conf, &[]);
    let a = async_nats::ConnectOptions::with_user_and_password("a".into(), "a".into()).connect(server.url()).await.unwrap();
    let js = jetstream::new(a.clone());
    let s = js.create_stream(cfg("S1", &["s1"])).await.unwrap();
    let err = js.create_stream(cfg("S2", &["s2"])).await.unwrap_err();
    assert!(err.to_string().contains("maximum number of streams reached"), "{err}");
    let _c = pull(&s, "c1", consumer::pull::Config::default()).await;
    let err = s.create_consumer(consumer::pull::Config { durable_name: Some("c2".into()), ..Default::default() }).await.unwrap_err();
    assert!(err.to_string().contains("maximum consumers limit reached"), "{err}");
    let mut stored = 0u64;
    loop {
        match js.publish("s1", Bytes::from(vec![b'x'; 100])).await.unwrap().await {
            Ok(_) => stored += 1,
            Err(e) => {
                assert!(e.to_string().contains("insufficient storage resources available"), "{e}");
                break;
            }
        }
        assert!(stored < 100, "the 2KB account limit never applied");
    }
    let account = js.query_account().await.unwrap();
    assert_eq!((account.streams, account.consumers), (1, 1));
    assert_eq!(account.storage, stored * (22 + 2 + 100 + 8), "usage is the sum of stored message sizes");
    assert_eq!(account.limits.max_streams, Some(1));

    // B has no JetStream: nats-server's error, not silence.
    let b = async_nats::ConnectOptions::with_user_and_password("b".into(), "b".into()).connect(server.url()).await.unwrap();
    let reply = b.request("$JS.API.INFO", Bytes::new()).await.unwrap();
    assert_eq!(
        std::str::from_utf8(&reply.payload).unwrap(),
        r#"{"type":"io.nats.jetstream.api.v1.account_info_response","error":{"code":503,"err_code":10039,"description":"JetStream not enabled for account"}}"#
    );
}

#[tokio::test]
async fn domain_prefix_and_advisories() {
    let dir = TempDir::new();
    let conf = format!("jetstream {{ store_dir: \"{}\", domain: hub }}\n", dir.path().display());
    let server = Server::with_config(&conf, &[]);
    let client = server.client().await;
    let mut advisories = client.subscribe("$JS.EVENT.ADVISORY.>").await.unwrap();
    let js = jetstream::with_domain(client.clone(), "hub");
    js.create_stream(cfg("DOM", &["dom"])).await.unwrap();
    let ack = js.publish("dom", "x".into()).await.unwrap().await.unwrap();
    assert_eq!((ack.sequence, ack.domain.as_str()), (1, "hub"));
    let info: serde_json::Value = serde_json::from_slice(&client.request("$JS.hub.API.INFO", Bytes::new()).await.unwrap().payload).unwrap();
    assert_eq!(info["domain"], "hub");
    let created = tokio::time::timeout(Duration::from_secs(3), advisories.next()).await.unwrap().unwrap();
    assert_eq!(created.subject.as_str(), "$JS.EVENT.ADVISORY.STREAM.CREATED.DOM");
    js.delete_stream("DOM").await.unwrap();
    let deleted = tokio::time::timeout(Duration::from_secs(3), advisories.next()).await.unwrap().unwrap();
    assert_eq!(deleted.subject.as_str(), "$JS.EVENT.ADVISORY.STREAM.DELETED.DOM");
}

/// One raw pull request; returns the first reply (a message or a status).
async fn next_raw(client: &async_nats::Client, subject: &str, body: &str) -> async_nats::Message {
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.unwrap();
    client.publish_with_reply(subject.to_string(), inbox, Bytes::from(body.to_string())).await.unwrap();
    tokio::time::timeout(Duration::from_secs(5), sub.next()).await.expect("a reply to the pull").unwrap()
}

#[tokio::test]
async fn priority_groups_overflow_and_pinned_client() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.create_stream(cfg("PRI", &["pri"])).await.unwrap();
    for i in 0..5 {
        js.publish("pri", Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
    }
    let ov = pull(
        &s,
        "ov",
        consumer::pull::Config {
            priority_groups: vec!["jobs".into()],
            priority_policy: consumer::PriorityPolicy::Overflow,
            ..Default::default()
        },
    )
    .await;
    let mut batch = ov.fetch().max_messages(2).group("jobs").min_pending(10).expires(Duration::from_millis(300)).messages().await.unwrap();
    assert!(batch.next().await.is_none_or(|m| m.is_err()), "min_pending 10 is not met by 5 pending");
    let mut batch = ov.fetch().max_messages(2).group("jobs").min_pending(3).expires(Duration::from_millis(300)).messages().await.unwrap();
    assert_eq!(&batch.next().await.unwrap().unwrap().payload[..], b"0");
    let missing = next_raw(&client, "$JS.API.CONSUMER.MSG.NEXT.PRI.ov", r#"{"batch":1}"#).await;
    assert_eq!(
        (missing.status.map(|s| s.as_u16()), missing.description.as_deref()),
        (Some(400), Some("Bad Request - Priority Group missing"))
    );
    // Each refusal as nats-server 2.15.1 words it.
    for (body, expected) in [
        (r#"{"batch":1,"group":"nope"}"#, "Bad Request - Invalid Priority Group"),
        (r#"{"batch":1,"group":"jobs","id":"x"}"#, "Bad Request - Not a Pinned Client Priority consumer"),
        (r#"{"batch":1,"group":"jobs","priority":10}"#, "Bad Request - Priority must be between 0 and 9"),
    ] {
        let refused = next_raw(&client, "$JS.API.CONSUMER.MSG.NEXT.PRI.ov", body).await;
        assert_eq!(refused.description.as_deref(), Some(expected), "{body}");
    }
    // A no_wait request held back by its own threshold ends at once (it used to wait and
    // hold a max_waiting slot for ever).
    for _ in 0..3 {
        let held =
            next_raw(&client, "$JS.API.CONSUMER.MSG.NEXT.PRI.ov", r#"{"batch":1,"no_wait":true,"group":"jobs","min_pending":100}"#).await;
        assert_eq!(held.status.map(|s| s.as_u16()), Some(404));
    }

    pull(
        &s,
        "pin",
        consumer::pull::Config {
            priority_groups: vec!["g".into()],
            priority_policy: consumer::PriorityPolicy::PinnedClient,
            ..Default::default()
        },
    )
    .await;
    let next = "$JS.API.CONSUMER.MSG.NEXT.PRI.pin";
    let refused = next_raw(&client, next, r#"{"batch":1,"group":"g","min_pending":3}"#).await;
    assert_eq!(refused.description.as_deref(), Some("Bad Request - Not a Overflow Priority consumer"));
    // A request naming a pin while none is held is told so when a message comes.
    let stale = next_raw(&client, next, r#"{"batch":1,"group":"g","id":"old","expires":1000000000}"#).await;
    assert_eq!((stale.status.map(|s| s.as_u16()), stale.description.as_deref()), (Some(423), Some("Nats-Wrong-Pin-Id")));
    let first = next_raw(&client, next, r#"{"batch":1,"group":"g","expires":1000000000}"#).await;
    assert_eq!(&first.payload[..], b"0");
    let pin = first.headers.as_ref().and_then(|h| h.get("Nats-Pin-Id")).map(|v| v.to_string()).expect("a pin id");
    let wrong = next_raw(&client, next, r#"{"batch":1,"group":"g","id":"wrong","expires":1000000000}"#).await;
    assert_eq!((wrong.status.map(|s| s.as_u16()), wrong.description.as_deref()), (Some(423), Some("Nats-Pin-Id mismatch")));
    let other = next_raw(&client, next, r#"{"batch":1,"group":"g","expires":300000000}"#).await;
    assert_eq!(other.status.map(|s| s.as_u16()), Some(408), "an unpinned client waits while another holds the pin");
    let pinned = next_raw(&client, next, &format!(r#"{{"batch":1,"group":"g","id":"{pin}","expires":1000000000}}"#)).await;
    assert_eq!(&pinned.payload[..], b"1");
    let info: serde_json::Value =
        serde_json::from_slice(&client.request("$JS.API.CONSUMER.INFO.PRI.pin", Bytes::new()).await.unwrap().payload).unwrap();
    assert_eq!(info["priority_groups"][0]["pinned_client_id"].as_str(), Some(pin.as_str()));
    let unpin: serde_json::Value =
        serde_json::from_slice(&client.request("$JS.API.CONSUMER.UNPIN.PRI.pin", Bytes::from(r#"{"group":"g"}"#)).await.unwrap().payload)
            .unwrap();
    assert!(unpin.get("error").is_none(), "{unpin}");
    let fresh = next_raw(&client, next, r#"{"batch":1,"group":"g","expires":1000000000}"#).await;
    let new_pin = fresh.headers.as_ref().and_then(|h| h.get("Nats-Pin-Id")).map(|v| v.to_string()).expect("a new pin id");
    assert_ne!(new_pin, pin);
}

#[tokio::test]
async fn rollup_republish_transform_first_seq_no_ack_and_sealed() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let roll_header = |v: &str| {
        let mut h = async_nats::HeaderMap::new();
        h.insert("Nats-Rollup", v);
        h
    };

    let mut roll = js.create_stream(stream::Config { allow_rollup: true, ..cfg("ROLL", &["roll.>"]) }).await.unwrap();
    for subj in ["roll.a", "roll.a", "roll.a", "roll.b"] {
        js.publish(subj, "v".into()).await.unwrap().await.unwrap();
    }
    js.publish_with_headers("roll.a", roll_header("sub"), "rolled".into()).await.unwrap().await.unwrap();
    assert_eq!(roll.info().await.unwrap().state.messages, 2, "roll.a rolled up to one, roll.b kept");
    js.publish_with_headers("roll.b", roll_header("all"), "everything".into()).await.unwrap().await.unwrap();
    assert_eq!(roll.info().await.unwrap().state.messages, 1);
    js.create_stream(cfg("NOROLL", &["noroll"])).await.unwrap();
    let err = js.publish_with_headers("noroll", roll_header("sub"), "x".into()).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("rollup not permitted"), "{err}");

    let mut republished = client.subscribe("out.>").await.unwrap();
    js.create_stream(stream::Config {
        republish: Some(stream::Republish { source: "rep.>".into(), destination: "out.>".into(), headers_only: false }),
        ..cfg("REP", &["rep.>"])
    })
    .await
    .unwrap();
    js.publish("rep.x", "again".into()).await.unwrap().await.unwrap();
    let m = tokio::time::timeout(Duration::from_secs(3), republished.next()).await.unwrap().unwrap();
    assert_eq!((m.subject.as_str(), &m.payload[..]), ("out.x", &b"again"[..]));
    // Looked up by name text: async-nats files well-known names differently when parsing.
    let h = m.headers.unwrap();
    let header = |name: &str| h.iter().find(|(k, _)| k.to_string() == name).and_then(|(_, v)| v.first()).map(|v| v.to_string());
    assert_eq!((header("Nats-Stream"), header("Nats-Sequence")), (Some("REP".to_string()), Some("1".to_string())), "{h:?}");

    let tr = js
        .create_stream(stream::Config {
            subject_transform: Some(stream::SubjectTransform { source: "tr.*".into(), destination: "moved.{{wildcard(1)}}".into() }),
            ..cfg("TR", &["tr.*"])
        })
        .await
        .unwrap();
    js.publish("tr.a", "t".into()).await.unwrap().await.unwrap();
    assert_eq!(tr.get_raw_message(1).await.unwrap().subject.as_str(), "moved.a");

    js.create_stream(stream::Config { first_sequence: Some(100), ..cfg("FS", &["fs"]) }).await.unwrap();
    assert_eq!(js.publish("fs", "f".into()).await.unwrap().await.unwrap().sequence, 100);

    let mut na = js.create_stream(stream::Config { no_ack: true, ..cfg("NA", &["na"]) }).await.unwrap();
    let silent = client.send_request("na", async_nats::Request::new().payload("n".into()).timeout(Some(Duration::from_millis(300)))).await;
    assert!(silent.is_err(), "no_ack streams do not acknowledge");
    assert_eq!(na.info().await.unwrap().state.messages, 1);

    js.create_stream(stream::Config {
        discard: stream::DiscardPolicy::New,
        max_messages_per_subject: 1,
        discard_new_per_subject: true,
        ..cfg("DNP", &["dnp.*"])
    })
    .await
    .unwrap();
    js.publish("dnp.a", "1".into()).await.unwrap().await.unwrap();
    js.publish("dnp.b", "1".into()).await.unwrap().await.unwrap();
    let err = js.publish("dnp.a", "2".into()).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("maximum messages per subject exceeded"), "{err}");

    let mut sealed_cfg = js.get_stream("ROLL").await.unwrap().info().await.unwrap().config.clone();
    sealed_cfg.sealed = true;
    js.update_stream(sealed_cfg).await.unwrap();
    let err = js.publish("roll.c", "late".into()).await.unwrap().await.unwrap_err();
    assert!(err.to_string().contains("invalid operation on sealed stream"), "{err}");
    let sealed = js.get_stream("ROLL").await.unwrap();
    assert!(sealed.purge().await.is_err());
    let mut unsealed = sealed.cached_info().config.clone();
    unsealed.sealed = false;
    assert!(js.update_stream(unsealed).await.is_err(), "a sealed stream stays sealed");
}

#[tokio::test]
async fn next_ack_and_replay_original() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let s = js.create_stream(cfg("NX", &["nx"])).await.unwrap();
    for i in 0..3 {
        js.publish("nx", Bytes::from(format!("{i}"))).await.unwrap().await.unwrap();
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    pull(&s, "n", consumer::pull::Config::default()).await;
    // +NXT acks and asks for the next message on the same inbox.
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await.unwrap();
    client.publish_with_reply("$JS.API.CONSUMER.MSG.NEXT.NX.n", inbox.clone(), "1".into()).await.unwrap();
    let first = tokio::time::timeout(Duration::from_secs(3), sub.next()).await.unwrap().unwrap();
    assert_eq!(&first.payload[..], b"0");
    client.publish_with_reply(first.reply.unwrap(), inbox, "+NXT".into()).await.unwrap();
    let second = tokio::time::timeout(Duration::from_secs(3), sub.next()).await.unwrap().unwrap();
    assert_eq!(&second.payload[..], b"1", "+NXT delivered the next message");

    // Replay at the original pace: three messages 150 ms apart take about 300 ms.
    let deliver = client.new_inbox();
    let mut msgs = client.subscribe(deliver.clone()).await.unwrap();
    s.create_consumer(consumer::push::Config {
        deliver_subject: deliver,
        replay_policy: consumer::ReplayPolicy::Original,
        ack_policy: consumer::AckPolicy::None,
        ..Default::default()
    })
    .await
    .unwrap();
    let started = std::time::Instant::now();
    for _ in 0..3 {
        tokio::time::timeout(Duration::from_secs(3), msgs.next()).await.unwrap().unwrap();
    }
    assert!(started.elapsed() >= Duration::from_millis(250), "replay original kept the gaps ({:?})", started.elapsed());
}

#[tokio::test]
async fn jetstream_config_block_strictness_and_checks() {
    // strict: false lets requests carry fields this server does not know (newer clients).
    let dir = TempDir::new();
    let conf = format!("jetstream {{ store_dir: \"{}\", strict: false, max_memory_store: 1MB }}\n", dir.path().display());
    let server = Server::with_config(&conf, &[]);
    let client = server.client().await;
    let reply = client
        .request("$JS.API.STREAM.CREATE.LAX", Bytes::from(r#"{"name":"LAX","subjects":["lax"],"from_the_future":true}"#))
        .await
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert!(v.get("error").is_none(), "{v}");
    // The server-wide memory limit applies to memory streams.
    let js = jetstream::new(client.clone());
    js.create_stream(stream::Config { storage: stream::StorageType::Memory, ..cfg("MEM", &["mem"]) }).await.unwrap();
    let mut refused = None;
    for _ in 0..200 {
        if let Err(e) = js.publish("mem", Bytes::from(vec![b'x'; 10_000])).await.unwrap().await {
            refused = Some(e.to_string());
            break;
        }
    }
    assert!(refused.is_some_and(|e| e.contains("insufficient memory resources available")));

    // Unknown JetStream options are refused by -t, as nats-server refuses them.
    let bad = dir.path().join("bad.conf");
    std::fs::write(&bad, "jetstream { store_dir: \"/tmp/x\", bogus_option: 1 }\n").unwrap();
    let (code, _, err) = crate::harness::natsx(&["server", "-c", bad.to_str().unwrap(), "-t"], None, Duration::from_secs(10));
    assert_ne!(code, 0);
    assert!(err.contains("bogus_option"), "{err}");
}

#[tokio::test]
async fn rate_limit_max_waiting_metadata_flow_control_and_consumer_advisories() {
    let server = Server::jetstream(&[]);
    let client = server.client().await;
    let js = jetstream::new(client.clone());
    let mut advisories = client.subscribe("$JS.EVENT.ADVISORY.CONSUMER.>").await.unwrap();
    let s = js.create_stream(cfg("RL", &["rl"])).await.unwrap();
    for _ in 0..3 {
        js.publish("rl", Bytes::from(vec![b'x'; 1000])).await.unwrap().await.unwrap();
    }

    // rate_limit_bps: 80 kbit/s is 10 KB/s, so three 1 KB messages take about 0.2 s.
    let deliver = client.new_inbox();
    let mut msgs = client.subscribe(deliver.clone()).await.unwrap();
    let mut metadata = std::collections::HashMap::new();
    metadata.insert("owner".to_string(), "team-a".to_string());
    let limited = s
        .create_consumer(consumer::push::Config {
            durable_name: Some("slow".into()),
            deliver_subject: deliver,
            rate_limit: 80_000,
            ack_policy: consumer::AckPolicy::None,
            metadata: metadata.clone(),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(limited.cached_info().config.metadata, metadata, "metadata is kept");
    let created = tokio::time::timeout(Duration::from_secs(3), advisories.next()).await.unwrap().unwrap();
    assert_eq!(created.subject.as_str(), "$JS.EVENT.ADVISORY.CONSUMER.CREATED.RL.slow");
    let started = std::time::Instant::now();
    for _ in 0..3 {
        tokio::time::timeout(Duration::from_secs(5), msgs.next()).await.unwrap().unwrap();
    }
    assert!(started.elapsed() >= Duration::from_millis(150), "rate limit not applied ({:?})", started.elapsed());

    // max_waiting: the second parked pull request is refused.
    pull(&s, "waiting", consumer::pull::Config { max_waiting: 1, deliver_policy: consumer::DeliverPolicy::New, ..Default::default() })
        .await;
    let parked = client.new_inbox();
    let _parked_sub = client.subscribe(parked.clone()).await.unwrap();
    client.publish_with_reply("$JS.API.CONSUMER.MSG.NEXT.RL.waiting", parked, r#"{"batch":1,"expires":5000000000}"#.into()).await.unwrap();
    crate::harness::sync(&client).await;
    let refused = next_raw(&client, "$JS.API.CONSUMER.MSG.NEXT.RL.waiting", r#"{"batch":1,"expires":5000000000}"#).await;
    assert_eq!((refused.status.map(|s| s.as_u16()), refused.description.as_deref()), (Some(409), Some("Exceeded MaxWaiting")));

    // Flow control: the server asks, the client answers, delivery goes on.
    let deliver = client.new_inbox();
    let mut fc_msgs = client.subscribe(deliver.clone()).await.unwrap();
    s.create_consumer(consumer::push::Config {
        durable_name: Some("fc".into()),
        deliver_subject: deliver,
        flow_control: true,
        idle_heartbeat: Duration::from_millis(200),
        ack_policy: consumer::AckPolicy::None,
        ..Default::default()
    })
    .await
    .unwrap();
    for _ in 0..300 {
        js.publish("rl", Bytes::from(vec![b'y'; 1000])).await.unwrap();
    }
    let mut data = 0;
    let mut fc_requests = 0;
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    // The request follows the round of messages that crossed the threshold.
    while data < 303 || fc_requests == 0 {
        let m = tokio::time::timeout_at(deadline, fc_msgs.next()).await.expect("flow-controlled delivery and its request").unwrap();
        match m.status.map(|s| s.as_u16()) {
            Some(100) if m.description.as_deref() == Some("FlowControl Request") => {
                fc_requests += 1;
                client.publish(m.reply.unwrap(), Bytes::new()).await.unwrap();
            }
            Some(_) => {}
            None => data += 1,
        }
    }
    assert!(fc_requests > 0, "300 KB delivered without a flow-control request");

    // A terminated message and a deleted consumer are announced.
    let term = pull(&s, "term", consumer::pull::Config::default()).await;
    let m = &fetch(&term, 1).await[0];
    m.ack_with(jetstream::AckKind::Term).await.unwrap();
    s.delete_consumer("term").await.unwrap();
    let mut seen = Vec::new();
    while !(seen.iter().any(|s: &String| s.starts_with("$JS.EVENT.ADVISORY.CONSUMER.MSG_TERMINATED.RL.term"))
        && seen.iter().any(|s| s == "$JS.EVENT.ADVISORY.CONSUMER.DELETED.RL.term"))
    {
        let a = tokio::time::timeout(Duration::from_secs(3), advisories.next()).await.expect("advisories").unwrap();
        seen.push(a.subject.to_string());
    }
}

#[tokio::test]
async fn account_stream_byte_limits() {
    // `max_stream_bytes: true` is nats-server's other spelling of `max_bytes_required`.
    let dir = TempDir::new();
    let conf = format!(
        "jetstream {{ store_dir: \"{}\" }}\naccounts {{\n  A {{ jetstream {{ disk_max_stream_bytes: 1MB, max_stream_bytes: true }}, users: [ {{user: a, password: a}} ] }}\n}}\n",
        dir.path().display()
    );
    let server = Server::with_config(&conf, &[]);
    let a = async_nats::ConnectOptions::with_user_and_password("a".into(), "a".into()).connect(server.url()).await.unwrap();
    let js = jetstream::new(a);
    let err = js.create_stream(cfg("NOBYTES", &["nb"])).await.unwrap_err();
    assert!(err.to_string().contains("account requires a stream config to have max bytes set"), "{err}");
    let err = js.create_stream(stream::Config { max_bytes: 2 * 1024 * 1024, ..cfg("BIG", &["big"]) }).await.unwrap_err();
    assert!(err.to_string().contains("stream max bytes exceeds account limit max stream bytes"), "{err}");
    js.create_stream(stream::Config { max_bytes: 512 * 1024, ..cfg("OK", &["ok"]) }).await.unwrap();
}
