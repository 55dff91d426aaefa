//! `/metrics`: the monitoring reports in the Prometheus text format (version 0.0.4),
//! named as the widely used prometheus-nats-exporter names them, so its dashboards
//! work against natsx without the exporter:
//!
//! - `gnatsd_varz_<field>`, `gnatsd_connz_<field>`, `gnatsd_subsz_<field>`: every numeric
//!   top-level field of `/varz`, `/connz` and `/subsz`, labelled `server_id` (the
//!   exporter's generic collector); `gnatsd_varz_version` and `gnatsd_varz_server_name`
//!   as 1 with the text in a `value` label;
//! - `jetstream_server_*`, `jetstream_stream_*`, `jetstream_consumer_*`: its JetStream
//!   collector's gauges with its labels (server, account, stream, consumer).
//!
//! All are gauges, as the exporter exports them.

use std::fmt::Write;

use serde_json::Value;

use crate::server::Server;

/// The text format's label value escaping: backslash, double quote, newline.
fn escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

/// Gauges: each metric's HELP and TYPE lines and then all its samples, as one group (the
/// text format requires a metric's lines together), in the order metrics first appear.
#[derive(Default)]
struct Exposition {
    families: Vec<(String, String, Vec<String>)>,
}

impl Exposition {
    fn gauge(&mut self, name: &str, help: &str, labels: &[(&str, &str)], value: f64) {
        let labels: Vec<String> = labels.iter().map(|(k, v)| format!("{k}=\"{}\"", escape(v))).collect();
        let sample = format!("{name}{{{}}} {value}", labels.join(","));
        match self.families.iter_mut().find(|(n, _, _)| n == name) {
            Some((_, _, samples)) => samples.push(sample),
            None => self.families.push((name.to_string(), help.to_string(), vec![sample])),
        }
    }

    fn text(&self) -> String {
        let mut out = String::new();
        for (name, help, samples) in &self.families {
            let _ = writeln!(out, "# HELP {name} {help}");
            let _ = writeln!(out, "# TYPE {name} gauge");
            for sample in samples {
                let _ = writeln!(out, "{sample}");
            }
        }
        out
    }

    /// Every numeric top-level field of a report, as the exporter's generic collector
    /// turns it into `gnatsd_<endpoint>_<field>`.
    fn numeric_fields(&mut self, endpoint: &str, report: &Value, server_id: &str) {
        let Some(fields) = report.as_object() else { return };
        for (key, value) in fields {
            if let Some(n) = value.as_f64() {
                self.gauge(&format!("gnatsd_{endpoint}_{key}"), key, &[("server_id", server_id)], n);
            }
        }
    }
}

/// The whole exposition.
pub fn metrics(server: &Server) -> String {
    let mut e = Exposition::default();
    let id = server.server_id.clone();
    let report = |name: &str, params: &[(String, String)]| crate::monitor::report(server, name, params).and_then(Result::ok);
    if let Some(varz) = report("varz", &[]) {
        e.numeric_fields("varz", &varz, &id);
        for key in ["version", "server_name"] {
            if let Some(text) = varz[key].as_str() {
                e.gauge(&format!("gnatsd_varz_{key}"), key, &[("server_id", &id), ("value", text)], 1.0);
            }
        }
    }
    if let Some(connz) = report("connz", &[]) {
        e.numeric_fields("connz", &connz, &id);
    }
    if let Some(subsz) = report("subsz", &[]) {
        e.numeric_fields("subsz", &subsz, &id);
    }
    let all = [("accounts", "true"), ("streams", "true"), ("consumers", "true"), ("config", "true")];
    let params: Vec<(String, String)> = all.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
    if let Some(jsz) = report("jsz", &params) {
        jetstream(&mut e, &jsz, &id, &server.server_name);
    }
    let mut text = e.text();
    if server.jetstream().is_some() {
        fsync_histogram(&mut text, &id);
    }
    text
}

/// `natsx_jetstream_fsync_seconds`: how long the file stores' data fsyncs took (natsx's
/// own metric; the exporter has none).
fn fsync_histogram(out: &mut String, server_id: &str) {
    let (buckets, count, sum) = crate::jetstream::store::io::FSYNC_LATENCY.snapshot();
    let name = "natsx_jetstream_fsync_seconds";
    let _ = writeln!(out, "# HELP {name} How long JetStream file store fsyncs took");
    let _ = writeln!(out, "# TYPE {name} histogram");
    let id = escape(server_id);
    for (bound, cumulative) in buckets {
        let _ = writeln!(out, "{name}_bucket{{server_id=\"{id}\",le=\"{bound}\"}} {cumulative}");
    }
    let _ = writeln!(out, "{name}_bucket{{server_id=\"{id}\",le=\"+Inf\"}} {count}");
    let _ = writeln!(out, "{name}_sum{{server_id=\"{id}\"}} {sum}");
    let _ = writeln!(out, "{name}_count{{server_id=\"{id}\"}} {count}");
}

/// The exporter's JetStream collector: server totals, then each stream and consumer.
fn jetstream(e: &mut Exposition, jsz: &Value, id: &str, name: &str) {
    let domain = jsz["config"]["domain"].as_str().unwrap_or_default();
    // Not clustered: no meta group, this server leads everything it has.
    let server: [(&str, &str); 6] =
        [("server_id", id), ("server_name", name), ("cluster", ""), ("domain", domain), ("meta_leader", ""), ("is_meta_leader", "true")];
    let number = |v: &Value| v.as_f64().unwrap_or(0.0);
    let disabled = if jsz["disabled"].as_bool().unwrap_or(false) { 1.0 } else { 0.0 };
    e.gauge("jetstream_server_jetstream_disabled", "JetStream disabled or not", &server, disabled);
    for (metric, field, help) in [
        ("max_memory", &jsz["config"]["max_memory"], "JetStream Max Memory"),
        ("max_storage", &jsz["config"]["max_storage"], "JetStream Max Storage"),
        ("total_streams", &jsz["streams"], "Total number of streams in JetStream"),
        ("total_consumers", &jsz["consumers"], "Total number of consumers in JetStream"),
        ("total_messages", &jsz["messages"], "Total number of stored messages in JetStream"),
        ("total_message_bytes", &jsz["bytes"], "Total number of bytes stored in JetStream"),
    ] {
        e.gauge(&format!("jetstream_server_{metric}"), help, &server, number(field));
    }
    for account in jsz["account_details"].as_array().into_iter().flatten() {
        let (account_name, account_id) = (account["name"].as_str().unwrap_or_default(), account["id"].as_str().unwrap_or_default());
        for stream in account["stream_detail"].as_array().into_iter().flatten() {
            let stream_name = stream["name"].as_str().unwrap_or_default();
            let mut labels: Vec<(&str, &str)> = server.to_vec();
            labels.extend([
                ("account", account_name),
                ("account_id", account_id),
                ("stream_name", stream_name),
                ("stream_leader", name),
                ("is_stream_leader", "true"),
            ]);
            let state = &stream["state"];
            for (metric, field, help) in [
                ("total_messages", "messages", "Total number of messages from a stream"),
                ("total_bytes", "bytes", "Total stored bytes from a stream"),
                ("first_seq", "first_seq", "First sequence from a stream"),
                ("last_seq", "last_seq", "Last sequence from a stream"),
                ("consumer_count", "consumer_count", "Total number of consumers from a stream"),
            ] {
                e.gauge(&format!("jetstream_stream_{metric}"), help, &labels, number(&state[field]));
            }
            for consumer in stream["consumer_detail"].as_array().into_iter().flatten() {
                let consumer_name = consumer["name"].as_str().unwrap_or_default();
                let description = consumer["config"]["description"].as_str().unwrap_or_default();
                let created = consumer["created"].as_str().unwrap_or_default();
                let mut labels = labels.clone();
                labels.extend([
                    ("consumer_name", consumer_name),
                    ("consumer_leader", name),
                    ("is_consumer_leader", "true"),
                    ("consumer_desc", description),
                    ("consumer_created", created),
                ]);
                for (metric, field, help) in [
                    ("delivered_consumer_seq", &consumer["delivered"]["consumer_seq"], "Latest sequence number of a stream consumer"),
                    ("delivered_stream_seq", &consumer["delivered"]["stream_seq"], "Latest sequence number of a stream"),
                    ("num_ack_pending", &consumer["num_ack_pending"], "Number of pending acks from a consumer"),
                    ("num_redelivered", &consumer["num_redelivered"], "Number of redelivered messages from a consumer"),
                    ("num_waiting", &consumer["num_waiting"], "Number of inflight fetch requests from a pull consumer"),
                    ("num_pending", &consumer["num_pending"], "Number of pending messages from a consumer"),
                    ("ack_floor_stream_seq", &consumer["ack_floor"]["stream_seq"], "Number of ack floor stream seq from a consumer"),
                    ("ack_floor_consumer_seq", &consumer["ack_floor"]["consumer_seq"], "Number of ack floor consumer seq from a consumer"),
                ] {
                    e.gauge(&format!("jetstream_consumer_{metric}"), help, &labels, number(field));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gauges_are_declared_once_and_labels_escaped() {
        let mut e = Exposition::default();
        e.gauge("a_b", "help", &[("x", "q\"\\\n")], 1.0);
        e.gauge("c", "other", &[], 3.0);
        e.gauge("a_b", "help", &[("x", "y")], 2.5);
        assert_eq!(
            e.text(),
            "# HELP a_b help\n# TYPE a_b gauge\na_b{x=\"q\\\"\\\\\\n\"} 1\na_b{x=\"y\"} 2.5\n# HELP c other\n# TYPE c gauge\nc{} 3\n",
            "a metric's samples stay together"
        );
    }
}
