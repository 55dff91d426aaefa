//! HTTP monitoring endpoints.

use std::time::Duration;

use bytes::Bytes;

use crate::harness::Server;

#[tokio::test]
async fn varz_connz_subsz_healthz() {
    let server = Server::start(&["-m", "-1", "--name", "mon"]);
    let client = async_nats::ConnectOptions::new().name("watcher").connect(server.url()).await.unwrap();
    let sub = client.subscribe("watched.>").await.unwrap();
    crate::harness::sync(&client).await;
    for _ in 0..3 {
        client.publish("watched.x", Bytes::from("12345")).await.unwrap();
    }
    client.flush().await.unwrap();
    // The sync round trip was one message in (empty); wait for the three that follow.
    for _ in 0..100 {
        if server.get("/varz").1["in_msgs"] == 4 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }

    let (status, health) = server.get("/healthz");
    assert_eq!(status, 200);
    assert_eq!(health["status"], "ok");

    let (_, varz) = server.get("/varz");
    assert_eq!(varz["server_name"], "mon");
    assert_eq!(varz["port"], server.port);
    assert_eq!(varz["connections"], 1);
    assert_eq!(varz["in_msgs"], 4);
    // Out: the three messages and the sync request's no-responders status.
    assert_eq!(varz["out_msgs"], 4);
    assert_eq!(varz["in_bytes"], 15);
    assert!(varz["out_bytes"].as_u64().unwrap() > 15);
    assert_eq!(varz["max_payload"], 1048576);
    assert!(varz["subscriptions"].as_u64().unwrap() >= 1);
    assert!(varz["uptime"].is_string());

    let (_, connz) = server.get("/connz?subs=1");
    assert_eq!(connz["num_connections"], 1);
    let c = &connz["connections"][0];
    assert_eq!(c["name"], "watcher");
    assert_eq!(c["lang"], "rust");
    assert_eq!(c["in_msgs"], 4);
    assert_eq!(c["out_msgs"], 4);
    assert!(c["subscriptions_list"].as_array().unwrap().iter().any(|s| s == "watched.>"));

    let (_, subsz) = server.get("/subsz?subs=1");
    assert!(subsz["num_subscriptions"].as_u64().unwrap() >= 1);
    assert!(subsz["subscriptions_list"].as_array().unwrap().iter().any(|s| s["subject"] == "watched.>"));

    drop(sub);
    drop(client);
    let mut closed_seen = false;
    for _ in 0..50 {
        if server.get("/connz?state=closed").1["total"] == 1 {
            closed_seen = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(closed_seen);
    let (_, closed) = server.get("/connz?state=closed");
    assert_eq!(closed["connections"][0]["reason"], "Client Closed");
    assert_eq!(closed["connections"][0]["name"], "watcher");

    let (status, _) = server.get("/connz?sort=bogus");
    assert_eq!(status, 400);
    let (status, _) = server.get("/nope");
    assert_eq!(status, 404);
}

#[tokio::test]
async fn connz_paging_and_sorting() {
    let server = Server::start(&["-m", "-1"]);
    let mut clients = Vec::new();
    for i in 0..5 {
        let c = server.client().await;
        for _ in 0..i {
            c.publish("x", Bytes::from("y")).await.unwrap();
        }
        crate::harness::sync(&c).await;
        clients.push(c);
    }
    let (_, page) = server.get("/connz?offset=1&limit=2");
    assert_eq!(page["total"], 5);
    assert_eq!(page["num_connections"], 2);
    assert_eq!(page["offset"], 1);
    let (_, sorted) = server.get("/connz?sort=msgs_from");
    let counts: Vec<u64> = sorted["connections"].as_array().unwrap().iter().map(|c| c["in_msgs"].as_u64().unwrap()).collect();
    // Each client also sent one (empty) sync request.
    assert_eq!(counts, vec![5, 4, 3, 2, 1]);
}

#[tokio::test]
async fn system_account_services_answer_through_internal_subscribers() {
    let server = Server::with_config(
        "accounts {\n SYS: { users: [ {user: sys, password: sys} ] }\n APP: { users: [ {user: app, password: app} ] }\n}\nsystem_account: SYS\n",
        &["--name", "sys-test"],
    );
    let sys = async_nats::ConnectOptions::with_user_and_password("sys".into(), "sys".into()).connect(server.url()).await.unwrap();
    let reply = sys.request("$SYS.REQ.SERVER.PING", Bytes::new()).await.unwrap();
    let ping: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(ping["server"]["name"], "sys-test");
    assert_eq!(ping["server"]["id"], sys.server_info().server_id);
    assert!(ping["statsz"]["connections"].as_u64().unwrap() >= 1);

    let id = sys.server_info().server_id;
    let reply = sys.request(format!("$SYS.REQ.SERVER.{id}.CONNZ"), Bytes::from(r#"{"auth":true}"#)).await.unwrap();
    let connz: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(connz["data"]["connections"][0]["account"], "SYS");
    let reply = sys.request("$SYS.REQ.SERVER.PING.VARZ", Bytes::new()).await.unwrap();
    let varz: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap();
    assert_eq!(varz["data"]["system_account"], "SYS");

    // Other accounts cannot reach the system account's services.
    let app = async_nats::ConnectOptions::with_user_and_password("app".into(), "app".into()).connect(server.url()).await.unwrap();
    let err = app.request("$SYS.REQ.SERVER.PING", Bytes::new()).await.unwrap_err();
    assert_eq!(err.kind(), async_nats::RequestErrorKind::NoResponders);
}

/// The top-level keys of a pretty-printed JSON object, in the order written.
fn keys_in_order(body: &str) -> Vec<String> {
    body.lines().filter_map(|l| l.strip_prefix("  \"")).filter_map(|l| l.split_once('"')).map(|(k, _)| k.to_string()).collect()
}

/// The reports nats-server tools read, with nats-server 2.15.1's keys in its order and
/// values that are measured, not fixed: `/varz` (JetStream block, client counters,
/// CPU, request counts, config load time), `/connz` and `/subsz` filtered by `acc`,
/// `/jsz` with every level of detail, `/accountz` and `/accstatz`.
#[tokio::test]
async fn monitoring_reports_match_nats_server_shapes_and_tell_the_truth() {
    let dir = crate::harness::TempDir::new();
    let conf = format!(
        "jetstream {{ store_dir: \"{}\" }}\naccounts {{\n  A: {{ jetstream: enabled, users: [ {{user: a, password: a}} ] }}\n  B: {{ users: [ {{user: b, password: b}} ] }}\n}}\n",
        dir.path().display()
    );
    let server = Server::with_config(&conf, &["-m", "-1"]);
    let connect = |u: &str| async_nats::ConnectOptions::with_user_and_password(u.into(), u.into()).connect(server.url());
    let a = connect("a").await.unwrap();
    let b = connect("b").await.unwrap();
    let js = async_nats::jetstream::new(connect("a").await.unwrap());
    let stream = js
        .create_stream(async_nats::jetstream::stream::Config { name: "S".into(), subjects: vec!["s.>".into()], ..Default::default() })
        .await
        .unwrap();
    stream
        .create_consumer(async_nats::jetstream::consumer::pull::Config { durable_name: Some("D".into()), ..Default::default() })
        .await
        .unwrap();
    js.publish("s.x", Bytes::from("hi")).await.unwrap().await.unwrap();
    let _sb = b.subscribe("foo.b").await.unwrap();
    crate::harness::sync(&b).await;
    for _ in 0..20 {
        b.publish("foo.b", Bytes::from("x")).await.unwrap();
    }
    crate::harness::sync(&b).await;
    crate::harness::sync(&a).await;

    // /varz: nats-server's keys in its order (without git_commit, feature_flags and
    // disk_io_wait_stats, which natsx has no value for), plus natsx_version.
    let (_, raw) = server.get_raw("/varz");
    let mut keys = keys_in_order(&raw);
    keys.retain(|k| k != "natsx_version");
    let expected = [
        "server_id",
        "server_name",
        "version",
        "proto",
        "go",
        "host",
        "port",
        "auth_required",
        "max_connections",
        "ping_interval",
        "ping_max",
        "http_host",
        "http_port",
        "http_base_path",
        "https_port",
        "auth_timeout",
        "max_control_line",
        "max_payload",
        "max_pending",
        "cluster",
        "gateway",
        "leaf",
        "mqtt",
        "websocket",
        "jetstream",
        "tls_timeout",
        "write_deadline",
        "start",
        "now",
        "uptime",
        "mem",
        "cores",
        "gomaxprocs",
        "cpu",
        "connections",
        "total_connections",
        "routes",
        "remotes",
        "leafnodes",
        "in_msgs",
        "in_bytes",
        "in_client_msgs",
        "in_client_bytes",
        "out_msgs",
        "out_bytes",
        "out_client_msgs",
        "out_client_bytes",
        "slow_consumers",
        "stale_connections",
        "stalled_clients",
        "subscriptions",
        "http_req_stats",
        "config_load_time",
        "config_digest",
        "system_account",
        "slow_consumer_stats",
        "stale_connection_stats",
    ];
    assert_eq!(keys, expected);
    assert!(raw.contains("\"auth_timeout\": 2,") && raw.contains("\"tls_timeout\": 2,"), "seconds as Go writes them: {raw}");
    let (_, varz) = server.get("/varz");
    assert_eq!(varz["version"], "2.11.0");
    assert_eq!(varz["jetstream"]["config"]["store_dir"], dir.path().join("jetstream").display().to_string());
    assert_eq!(varz["jetstream"]["config"]["sync_always"], true, "natsx fsyncs before every ack by default");
    assert_eq!(varz["jetstream"]["stats"]["accounts"], 1);
    assert_eq!(varz["jetstream"]["stats"]["api"]["level"], 1);
    assert!(varz["jetstream"]["stats"]["api"]["total"].as_u64().unwrap() >= 2, "{}", varz["jetstream"]);
    assert!(varz["jetstream"]["stats"]["storage"].as_u64().unwrap() > 0);
    assert_eq!(varz["in_client_msgs"], varz["in_msgs"]);
    assert_eq!(varz["out_client_bytes"], varz["out_bytes"]);
    assert!(varz["http_req_stats"]["/varz"].as_u64().unwrap() >= 2);
    assert!(varz["cpu"].as_f64().unwrap() >= 0.0);
    assert!(varz["config_digest"].as_str().unwrap().starts_with("sha256:"));
    let loaded = varz["config_load_time"].as_str().unwrap().to_string();
    tokio::time::sleep(Duration::from_millis(20)).await;
    server.signal("HUP");
    assert!(server.wait_log("Reloaded server configuration", Duration::from_secs(5)));
    assert_ne!(server.get("/varz").1["config_load_time"], loaded.as_str(), "a reload is a new load time");

    // acc= filters connections and subscriptions.
    let (_, connz) = server.get("/connz?acc=B");
    assert_eq!(connz["total"], 1);
    assert!(connz["connections"][0].get("account").is_none(), "without auth=1 the account is not shown");
    let (_, connz) = server.get("/connz?acc=A&auth=1");
    assert_eq!(connz["total"], 2);
    assert!(connz["connections"].as_array().unwrap().iter().all(|c| c["account"] == "A" && c["name_tag"] == "A"));
    let (_, detail) = server.get("/connz?acc=B&subs=detail");
    let listed = detail["connections"][0]["subscriptions_list_detail"].as_array().unwrap();
    assert!(listed.iter().any(|s| s["subject"] == "foo.b" && s["account"] == "B"), "{detail}");
    let (raw, subsz) = (server.get_raw("/subsz?acc=B&subs=1").1, server.get("/subsz?acc=B&subs=1").1);
    assert_eq!(
        keys_in_order(&raw),
        [
            "server_id",
            "now",
            "num_subscriptions",
            "num_cache",
            "num_inserts",
            "num_removes",
            "num_matches",
            "cache_hit_rate",
            "max_fanout",
            "avg_fanout",
            "total",
            "offset",
            "limit",
            "subscriptions_list"
        ]
    );
    assert!(subsz["subscriptions_list"].as_array().unwrap().iter().all(|s| s["account"] == "B"));
    assert!(subsz["num_cache"].as_u64().unwrap() >= 1, "{subsz}");
    assert!(subsz["cache_hit_rate"].as_f64().unwrap() > 0.5, "20 publishes to one subject hit the cache: {subsz}");
    assert_eq!(subsz["max_fanout"], 1);

    // /jsz at every level of detail.
    let (raw, jsz) = (server.get_raw("/jsz").1, server.get("/jsz").1);
    assert_eq!(
        keys_in_order(&raw),
        [
            "memory",
            "storage",
            "reserved_memory",
            "reserved_storage",
            "accounts",
            "ha_assets",
            "api",
            "server_id",
            "now",
            "config",
            "limits",
            "streams",
            "consumers",
            "messages",
            "bytes",
            "total"
        ]
    );
    assert_eq!((jsz["streams"].as_u64(), jsz["consumers"].as_u64(), jsz["messages"].as_u64()), (Some(1), Some(1), Some(1)));
    let (_, full) = server.get("/jsz?accounts=1&streams=1&consumers=1&config=1");
    let account = &full["account_details"][0];
    assert_eq!(account["name"], "A");
    assert_eq!(account["stream_detail"][0]["name"], "S");
    assert_eq!(account["stream_detail"][0]["config"]["subjects"][0], "s.>");
    assert_eq!(account["stream_detail"][0]["state"]["messages"], 1);
    assert_eq!(account["stream_detail"][0]["consumer_detail"][0]["name"], "D");
    assert_eq!(account["stream_detail"][0]["consumer_detail"][0]["num_pending"], 1);
    let (_, no_config) = server.get("/jsz?accounts=1&streams=1&consumers=1");
    assert!(no_config["account_details"][0]["stream_detail"][0].get("config").is_none());
    assert!(no_config["account_details"][0]["stream_detail"][0]["consumer_detail"][0].get("config").is_none());
    let (_, only_b) = server.get("/jsz?acc=B");
    assert_eq!(only_b["total"], 0, "B has no JetStream");

    // /accountz and /accstatz.
    let (_, accountz) = server.get("/accountz");
    assert_eq!(accountz["accounts"], serde_json::json!(["A", "B", "$G", "$SYS"]));
    assert_eq!(accountz["system_account"], "$SYS");
    let (_, a_detail) = server.get("/accountz?acc=A");
    let d = &a_detail["account_detail"];
    assert_eq!(
        (d["account_name"].as_str(), d["jetstream_enabled"].as_bool(), d["client_connections"].as_u64()),
        (Some("A"), Some(true), Some(2))
    );
    assert!(d["sublist_stats"]["num_subscriptions"].as_u64().unwrap() >= 1);
    let (_, statz) = server.get("/accstatz");
    let names: Vec<&str> = statz["account_statz"].as_array().unwrap().iter().map(|a| a["acc"].as_str().unwrap()).collect();
    assert_eq!(names, ["A", "B"], "accounts with connections");
    let b_stat = &statz["account_statz"][1];
    assert!(b_stat["received"]["msgs"].as_u64().unwrap() >= 20 && b_stat["sent"]["msgs"].as_u64().unwrap() >= 20, "{b_stat}");
    let (_, all) = server.get("/accstatz?unused=1");
    assert_eq!(all["account_statz"].as_array().unwrap().len(), 4);
    let (status, _) = server.get("/accountz?acc=NOPE");
    assert_eq!(status, 400);
}

/// `/healthz` checks what it is asked about, and bad parameters and paths answer as in
/// nats-server 2.15.1 (each expected body below is the one it sent).
#[test]
fn healthz_checks_assets_and_bad_requests_answer_as_nats_server() {
    use crate::jetstream_api::{create_consumer, create_stream, Client};
    let dir = crate::harness::TempDir::new();
    let mut server = Server::jetstream_in(dir.path(), &["-m", "-1"], &[]);
    let mut c = Client::connect(&server);
    create_stream(&mut c, "F", r#"{"name":"F","subjects":["f"]}"#);
    create_stream(&mut c, "M", r#"{"name":"M","subjects":["m"],"storage":"memory"}"#);
    create_consumer(&mut c, "$JS.API.CONSUMER.CREATE.F.C", r#"{"stream_name":"F","config":{"durable_name":"C"}}"#);
    let ok = (200, r#"{"status":"ok"}"#.to_string());
    for (path, expected) in [
        ("/healthz", ok.clone()),
        ("/healthz?js-enabled-only=1", ok.clone()),
        ("/healthz?account=$G&stream=F&consumer=C", ok.clone()),
        ("/healthz?account=$G&stream=M", ok.clone()),
        ("/healthz?details=true", ok.clone()),
        ("/healthz?details=x", (400, r#"Error decoding boolean for 'details': strconv.ParseBool: parsing "x": invalid syntax"#.into())),
        ("/healthz?stream=F", (400, r#"{"status":"error","error":"\"account\" must not be empty when checking stream health"}"#.into())),
        (
            "/healthz?consumer=D&details=t",
            (400, r#"{"status":"error","errors":[{"type":"BAD_REQUEST","error":"\"stream\" must not be empty when checking consumer health"}]}"#.into()),
        ),
        ("/healthz?account=X", (404, r#"{"status":"unavailable","error":"JetStream account \"X\" not found"}"#.into())),
        (
            "/healthz?account=X&details=1",
            (404, r#"{"status":"error","errors":[{"type":"ACCOUNT","account":"X","error":"JetStream account \"X\" not found"}]}"#.into()),
        ),
        ("/healthz?account=$G&stream=G", (404, r#"{"status":"unavailable","error":"JetStream stream \"G\" not found on account \"$G\""}"#.into())),
        (
            "/healthz?account=$G&stream=F&consumer=D",
            (404, r#"{"status":"unavailable","error":"JetStream consumer \"D\" not found for stream \"F\" on account \"$G\""}"#.into()),
        ),
        ("/varz/", (404, "404 page not found\n".into())),
        ("/connz?offset=x", (400, r#"Error decoding int for 'offset': strconv.Atoi: parsing "x": invalid syntax"#.into())),
        ("/jsz?leader-only=x", (400, r#"Error decoding boolean for 'leader-only': strconv.ParseBool: parsing "x": invalid syntax"#.into())),
        ("/routez?subs=x", (400, r#"Error decoding boolean for 'subs': strconv.ParseBool: parsing "x": invalid syntax"#.into())),
    ] {
        assert_eq!(server.get_raw(path), expected, "{path}");
    }
    // Negative offsets and limits fall back to nats-server's defaults.
    let (status, connz) = server.get("/connz?offset=-1&limit=-5");
    assert_eq!((status, &connz["offset"], &connz["limit"]), (200, &serde_json::json!(0), &serde_json::json!(1024)));
    let (status, routez) = server.get("/routez");
    assert_eq!((status, &routez["num_routes"]), (200, &serde_json::json!(0)));
    // Any method is served, as by nats-server's handlers.
    let mut s = std::net::TcpStream::connect(("127.0.0.1", server.http_port.unwrap())).unwrap();
    std::io::Write::write_all(&mut s, b"POST /healthz HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\n\r\n").unwrap();
    let mut reply = String::new();
    std::io::Read::read_to_string(&mut s, &mut reply).unwrap();
    assert!(reply.starts_with("HTTP/1.1 200 OK"), "{reply}");
    assert_eq!(server.get_raw("/ipqueuesz"), (200, "{}".to_string()));
    // Counted as nats-server counts: served endpoints only; /connz and /routez once their
    // parameters parse; /ipqueuesz never.
    let stats = &server.get("/varz").1["http_req_stats"];
    let counts = ["/healthz", "/connz", "/routez", "/varz/", "/nope", "/ipqueuesz"].map(|p| stats.get(p).and_then(|v| v.as_u64()));
    assert_eq!(counts, [Some(13), Some(1), Some(1), None, None, None], "{stats}");

    // A stream that cannot be reopened makes the server unhealthy.
    drop(c);
    server.kill9();
    let meta = dir.path().join("jetstream/$G/streams/F/meta.json");
    std::fs::write(&meta, "not json").unwrap();
    let server = Server::jetstream_in(dir.path(), &["-m", "-1"], &[]);
    let broken = r#"{"status":"unavailable","error":"JetStream stream '$G > F' could not be recovered"}"#;
    assert_eq!(server.get_raw("/healthz"), (503, broken.to_string()));
    assert_eq!(server.get_raw("/healthz?js-enabled-only=true").0, 200);
}

/// `/connz` filters by user (the total counts before that filter, as in nats-server),
/// matches no connection for an MQTT client id, and words its parameter errors as
/// nats-server 2.15.1 does.
#[tokio::test]
async fn connz_filters_and_parameter_errors_match_nats_server() {
    let server = Server::with_config("authorization { users: [ {user: alice, password: a}, {user: bob, password: b} ] }\n", &["-m", "-1"]);
    let mut clients = Vec::new();
    for (user, pass) in [("alice", "a"), ("bob", "b")] {
        clients.push(async_nats::ConnectOptions::with_user_and_password(user.into(), pass.into()).connect(server.url()).await.unwrap());
    }
    for (query, n, total) in [("user=alice", 1, 2), ("user=nobody", 0, 2), ("mqtt_client=x", 0, 2), ("subs=DETAIL&state=ALL", 2, 2)] {
        let (status, connz) = server.get(&format!("/connz?{query}"));
        assert_eq!((status, connz["num_connections"].as_u64(), connz["total"].as_u64()), (200, Some(n), Some(total)), "{query}");
    }
    for (query, error) in [
        ("state=bogus", "Error decoding state for bogus"),
        ("sort=stop", "sort by stop only valid on closed connections"),
        ("sort=bogus", "invalid sorting option: bogus"),
        ("cid=x", r#"Error decoding uint64 for 'cid': strconv.ParseUint: parsing "x": invalid syntax"#),
        (
            "limit=99999999999999999999",
            r#"Error decoding int for 'limit': strconv.Atoi: parsing "99999999999999999999": value out of range"#,
        ),
    ] {
        assert_eq!(server.get_raw(&format!("/connz?{query}")), (400, error.to_string()), "{query}");
    }
    drop(clients);
}
