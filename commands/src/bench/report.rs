//! Benchmark results: per-client figures, aggregates and latency percentiles, printed
//! as a table (people), JSON or CSV (scripts), in the shape `nats bench` uses so
//! numbers line up with published ones.

use std::time::{Duration, Instant};

use comfy_table::{presets::UTF8_FULL_CONDENSED, Cell, CellAlignment, Table};
use hdrhistogram::Histogram;
use serde_json::{json, Value};

/// What one client did.
#[derive(Clone, Debug)]
pub struct ClientRun {
    pub msgs: u64,
    pub bytes: u64,
    pub started: Instant,
    pub finished: Instant,
}

impl ClientRun {
    pub fn elapsed(&self) -> Duration {
        self.finished.saturating_duration_since(self.started).max(Duration::from_nanos(1))
    }
    pub fn rate(&self) -> f64 {
        self.msgs as f64 / self.elapsed().as_secs_f64()
    }
}

/// All clients of one role ("pub", "sub", "req", "rep").
#[derive(Clone, Debug)]
pub struct RoleRun {
    pub role: &'static str,
    pub clients: Vec<ClientRun>,
}

impl RoleRun {
    pub fn msgs(&self) -> u64 {
        self.clients.iter().map(|c| c.msgs).sum()
    }
    pub fn bytes(&self) -> u64 {
        self.clients.iter().map(|c| c.bytes).sum()
    }
    /// The aggregate rate over the span from the first start to the last finish.
    pub fn aggregate_rate(&self) -> f64 {
        let (Some(start), Some(end)) = (self.clients.iter().map(|c| c.started).min(), self.clients.iter().map(|c| c.finished).max()) else {
            return 0.0;
        };
        self.msgs() as f64 / end.saturating_duration_since(start).max(Duration::from_nanos(1)).as_secs_f64()
    }
    pub fn aggregate_mib(&self) -> f64 {
        let msgs = self.msgs();
        if msgs == 0 {
            return 0.0;
        }
        self.aggregate_rate() * (self.bytes() as f64 / msgs as f64) / (1024.0 * 1024.0)
    }
    fn rates(&self) -> (f64, f64, f64) {
        let rates: Vec<f64> = self.clients.iter().map(ClientRun::rate).collect();
        if rates.is_empty() {
            return (0.0, 0.0, 0.0);
        }
        let min = rates.iter().cloned().fold(f64::INFINITY, f64::min);
        let max = rates.iter().cloned().fold(0.0, f64::max);
        (min, rates.iter().sum::<f64>() / rates.len() as f64, max)
    }
}

pub struct Report {
    pub title: String,
    pub roles: Vec<RoleRun>,
    /// Round-trip (or end-to-end) latencies in nanoseconds.
    pub latency: Option<Histogram<u64>>,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    Csv,
}

const PERCENTILES: [(&str, f64); 4] = [("p50", 50.0), ("p90", 90.0), ("p99", 99.0), ("p99.9", 99.9)];

impl Report {
    pub fn print(&self, format: Format) {
        match format {
            Format::Table => print!("{}", self.table()),
            Format::Json => println!("{}", serde_json::to_string_pretty(&self.json()).unwrap_or_default()),
            Format::Csv => print!("{}", self.csv()),
        }
    }

    pub fn json(&self) -> Value {
        let mut out = json!({ "scenario": self.title });
        for role in &self.roles {
            let (min, avg, max) = role.rates();
            out[role.role] = json!({
                "clients": role.clients.iter().map(|c| json!({
                    "msgs": c.msgs, "bytes": c.bytes, "seconds": c.elapsed().as_secs_f64(),
                    "msgs_per_sec": c.rate(),
                })).collect::<Vec<_>>(),
                "msgs": role.msgs(),
                "msgs_per_sec": role.aggregate_rate(),
                "mib_per_sec": role.aggregate_mib(),
                "min_msgs_per_sec": min, "avg_msgs_per_sec": avg, "max_msgs_per_sec": max,
            });
        }
        if let Some(h) = &self.latency {
            let mut lat = json!({ "count": h.len(), "max_us": h.max() as f64 / 1000.0, "mean_us": h.mean() / 1000.0 });
            for (name, q) in PERCENTILES {
                lat[format!("{name}_us")] = json!(h.value_at_percentile(q) as f64 / 1000.0);
            }
            out["latency"] = lat;
        }
        out
    }

    pub fn csv(&self) -> String {
        let mut out = String::from("scenario,role,client,msgs,bytes,seconds,msgs_per_sec,mib_per_sec\n");
        for role in &self.roles {
            for (i, c) in role.clients.iter().enumerate() {
                let mib = c.bytes as f64 / c.elapsed().as_secs_f64() / (1024.0 * 1024.0);
                out.push_str(&format!(
                    "{},{},{},{},{},{:.6},{:.1},{:.2}\n",
                    self.title,
                    role.role,
                    i + 1,
                    c.msgs,
                    c.bytes,
                    c.elapsed().as_secs_f64(),
                    c.rate(),
                    mib
                ));
            }
            out.push_str(&format!(
                "{},{},all,{},{},,{:.1},{:.2}\n",
                self.title,
                role.role,
                role.msgs(),
                role.bytes(),
                role.aggregate_rate(),
                role.aggregate_mib()
            ));
        }
        if let Some(h) = &self.latency {
            for (name, q) in PERCENTILES {
                out.push_str(&format!("{},latency,{},,,{:.3},,\n", self.title, name, h.value_at_percentile(q) as f64 / 1e9));
            }
            out.push_str(&format!("{},latency,max,,,{:.3},,\n", self.title, h.max() as f64 / 1e9));
        }
        out
    }

    fn table(&self) -> String {
        let mut text = format!("{}\n", self.title);
        for role in &self.roles {
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED);
            t.set_header(vec![role.role.to_string(), "msgs".into(), "msgs/s".into(), "MiB/s".into(), "seconds".into()]);
            let show = role.clients.len() <= 16;
            for (i, c) in role.clients.iter().enumerate().filter(|_| show) {
                let mib = c.bytes as f64 / c.elapsed().as_secs_f64() / (1024.0 * 1024.0);
                t.add_row(vec![
                    Cell::new(format!("#{}", i + 1)),
                    right(c.msgs.to_string()),
                    right(human(c.rate())),
                    right(format!("{mib:.2}")),
                    right(format!("{:.3}", c.elapsed().as_secs_f64())),
                ]);
            }
            let (min, avg, max) = role.rates();
            t.add_row(vec![
                Cell::new("aggregate"),
                right(role.msgs().to_string()),
                right(human(role.aggregate_rate())),
                right(format!("{:.2}", role.aggregate_mib())),
                right(String::new()),
            ]);
            text.push_str(&t.to_string());
            text.push_str(&format!("\n{} clients: min {} | avg {} | max {} msgs/s\n", role.role, human(min), human(avg), human(max)));
        }
        if let Some(h) = &self.latency {
            let mut t = Table::new();
            t.load_preset(UTF8_FULL_CONDENSED);
            let mut header = vec!["latency".to_string()];
            header.extend(PERCENTILES.iter().map(|(n, _)| n.to_string()));
            header.push("max".into());
            t.set_header(header);
            let mut row = vec![Cell::new(format!("µs ({} samples)", h.len()))];
            row.extend(PERCENTILES.iter().map(|(_, q)| right(format!("{:.1}", h.value_at_percentile(*q) as f64 / 1000.0))));
            row.push(right(format!("{:.1}", h.max() as f64 / 1000.0)));
            t.add_row(row);
            text.push_str(&t.to_string());
            text.push('\n');
        }
        text
    }
}

fn right(s: String) -> Cell {
    Cell::new(s).set_alignment(CellAlignment::Right)
}

/// `1,234,567` style grouping for rates.
fn human(rate: f64) -> String {
    let n = rate.round() as u64;
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aggregates_and_formats() {
        let t0 = Instant::now();
        let run = |msgs, ms| ClientRun { msgs, bytes: msgs * 16, started: t0, finished: t0 + Duration::from_millis(ms) };
        let role = RoleRun { role: "pub", clients: vec![run(1000, 1000), run(3000, 1000)] };
        assert!((role.aggregate_rate() - 4000.0).abs() < 1.0);
        assert_eq!(role.rates(), (1000.0, 2000.0, 3000.0));
        assert_eq!(human(1234567.4), "1,234,567");
        let mut h = Histogram::<u64>::new(3).unwrap();
        h.record(50_000).unwrap();
        let report = Report { title: "x".into(), roles: vec![role], latency: Some(h) };
        let j = report.json();
        assert_eq!(j["pub"]["msgs"], 4000);
        assert!(j["latency"]["p50_us"].as_f64().unwrap() > 49.0);
        assert!(report.csv().lines().count() >= 4);
        assert!(report.table().contains("aggregate"));
    }
}
