//! `/metrics` (issue 14): the monitoring reports in the Prometheus text format, read
//! with a Prometheus parser, named as prometheus-nats-exporter names them.

use bytes::Bytes;

use crate::harness::{Server, TempDir};

#[tokio::test]
async fn metrics_are_prometheus_text_named_as_the_exporter_names_them() {
    let dir = TempDir::new();
    let server = Server::jetstream_in(dir.path(), &["-m", "-1"], &[]);
    let client = async_nats::connect(server.url()).await.unwrap();
    let js = async_nats::jetstream::new(client.clone());
    let stream = js
        .create_stream(async_nats::jetstream::stream::Config {
            name: "ORDERS".into(),
            subjects: vec!["orders.>".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    for i in 0..5 {
        js.publish(format!("orders.{i}"), Bytes::from("o")).await.unwrap().await.unwrap();
    }
    stream
        .create_consumer(async_nats::jetstream::consumer::pull::Config { durable_name: Some("ship".into()), ..Default::default() })
        .await
        .unwrap();
    // A second stream and consumer: each metric's samples must still be one group.
    let other = js
        .create_stream(async_nats::jetstream::stream::Config {
            name: "AUDIT".into(),
            subjects: vec!["audit.>".into()],
            ..Default::default()
        })
        .await
        .unwrap();
    other
        .create_consumer(async_nats::jetstream::consumer::pull::Config { durable_name: Some("scan".into()), ..Default::default() })
        .await
        .unwrap();
    let (status, content_type, body) = tokio::task::spawn_blocking(move || server.get_text("/metrics")).await.unwrap();
    assert_eq!(status, 200);
    assert!(content_type.starts_with("text/plain; version=0.0.4"), "{content_type}");
    let lines = body.lines().map(|l| Ok(l.to_string()));
    let scrape = prometheus_parse::Scrape::parse(lines).expect("the Prometheus text format");
    let value = |name: &str, label: Option<(&str, &str)>| {
        scrape
            .samples
            .iter()
            .find(|s| s.metric == name && label.is_none_or(|(k, v)| s.labels.get(k) == Some(v)))
            .map(|s| match s.value {
                prometheus_parse::Value::Gauge(v) | prometheus_parse::Value::Untyped(v) | prometheus_parse::Value::Counter(v) => v,
                _ => f64::NAN,
            })
            .unwrap_or_else(|| panic!("{name} in\n{body}"))
    };
    assert_eq!(value("gnatsd_varz_connections", None), 1.0);
    assert!(value("gnatsd_varz_in_msgs", None) >= 5.0);
    assert_eq!(value("gnatsd_connz_num_connections", None), 1.0);
    assert!(value("gnatsd_subsz_num_subscriptions", None) >= 1.0);
    assert_eq!(value("gnatsd_varz_version", None), 1.0);
    assert_eq!(value("jetstream_server_total_streams", None), 2.0);
    assert_eq!(value("jetstream_server_total_messages", None), 5.0);
    assert_eq!(value("jetstream_stream_total_messages", Some(("stream_name", "ORDERS"))), 5.0);
    assert_eq!(value("jetstream_stream_last_seq", Some(("stream_name", "ORDERS"))), 5.0);
    assert_eq!(value("jetstream_consumer_num_pending", Some(("consumer_name", "ship"))), 5.0);
    assert_eq!(value("jetstream_consumer_num_ack_pending", Some(("consumer_name", "ship"))), 0.0);
    // natsx's own: the file stores' fsync latency, a histogram (published with acks: at
    // least one fsync), its buckets cumulative.
    let fsyncs = scrape.samples.iter().find(|s| s.metric == "natsx_jetstream_fsync_seconds").expect("the fsync histogram");
    match &fsyncs.value {
        prometheus_parse::Value::Histogram(buckets) => {
            let counts: Vec<f64> = buckets.iter().map(|b| b.count).collect();
            assert!(counts.windows(2).all(|w| w[0] <= w[1]), "cumulative: {counts:?}");
            assert!(counts.last().copied().unwrap_or(0.0) >= 1.0, "{counts:?}");
        }
        other => panic!("a histogram, not {other:?}"),
    }
    // The text format: each metric once, its samples right after its HELP and TYPE.
    let mut seen = std::collections::HashSet::new();
    let mut current = String::new();
    for line in body.lines() {
        if let Some(rest) = line.strip_prefix("# TYPE ") {
            current = rest.split(' ').next().unwrap().to_string();
            assert!(seen.insert(current.clone()), "{current} declared twice");
        } else if !line.starts_with('#') && !line.is_empty() {
            let name = line.split(['{', ' ']).next().unwrap();
            let family = ["_bucket", "_sum", "_count"].iter().find_map(|s| name.strip_suffix(s)).filter(|f| *f == current);
            assert_eq!(family.unwrap_or(name), current, "a sample outside its metric's group: {line}");
        }
    }
}
