//! The benchmark runners: each starts its clients, waits for them, and returns a report.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Context, Result};
use async_nats::{Client, Subject};
use bytes::Bytes;
use futures::stream::{FuturesUnordered, StreamExt};
use hdrhistogram::Histogram;
use indicatif::{ProgressBar, ProgressStyle};

use super::report::{ClientRun, Report, RoleRun};
use super::wire::{Limit, Wire};
use super::{Engine, Load, PubSubArgs, RequestArgs, ServeArgs, SubArgs};
use crate::connect::{round_trip, ConnectArgs};

/// Progress shown while a benchmark runs; silent when output is not a terminal.
pub struct Progress(Option<ProgressBar>);

impl Progress {
    pub fn new(wanted: bool) -> Progress {
        if !wanted || !std::io::stderr().is_terminal() {
            return Progress(None);
        }
        let bar = ProgressBar::new(0);
        bar.set_style(
            ProgressStyle::with_template("{msg:>8} [{wide_bar}] {pos}/{len} ({per_sec}, {eta})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        Progress(Some(bar))
    }
    pub fn start(&self, label: &str, total: u64) {
        if let Some(b) = &self.0 {
            b.set_message(label.to_string());
            b.set_length(total);
            b.set_position(0);
        }
    }
    pub fn add(&self, n: u64) {
        if let Some(b) = &self.0 {
            b.inc(n);
        }
    }
    pub fn finish(&self) {
        if let Some(b) = &self.0 {
            b.finish_and_clear();
        }
    }
    pub fn handle(&self) -> Progress {
        Progress(self.0.clone())
    }
}

/// Bench clients get deep buffers, so a fast run measures the server, not the
/// client's default channel sizes.
pub(super) async fn bench_client(conn: &ConnectArgs) -> Result<Client> {
    conn.connect_tuned(|o| o.subscription_capacity(1 << 20).client_capacity(1 << 16)).await
}

/// Splits `total` messages over `clients` as evenly as possible.
pub(super) fn share(total: u64, clients: usize, index: usize) -> u64 {
    let clients = clients.max(1) as u64;
    total / clients + u64::from((index as u64) < total % clients)
}

fn subscribe_subject(load: &Load) -> String {
    if load.multisubject {
        format!("{}.>", load.subject)
    } else {
        load.subject.clone()
    }
}

fn check(load: &Load) -> Result<()> {
    if load.clients == 0 {
        return Err(anyhow!("--clients must be at least 1"));
    }
    if load.msgs == 0 && load.duration.is_none() {
        return Err(anyhow!("give --msgs above 0 or a --duration"));
    }
    Ok(())
}

async fn publisher(client: Client, load: Load, count: u64, progress: Progress) -> Result<ClientRun> {
    let payload = Bytes::from(vec![b'x'; load.size]);
    let subject = Subject::from(load.subject.as_str());
    let deadline = load.duration.map(|d| Instant::now() + d);
    let started = Instant::now();
    let mut sent = 0u64;
    loop {
        if let Some(deadline) = deadline {
            if sent.is_multiple_of(256) && Instant::now() >= deadline {
                break;
            }
        } else if sent >= count {
            break;
        }
        let subject = if load.multisubject { Subject::from(format!("{}.{}", load.subject, sent)) } else { subject.clone() };
        client.publish(subject, payload.clone()).await.map_err(|e| anyhow!("publish failed: {e}"))?;
        sent += 1;
        if sent.is_multiple_of(1024) {
            progress.add(1024);
        }
        if let Some(pause) = load.sleep {
            tokio::time::sleep(pause).await;
        }
    }
    client.flush().await.map_err(|e| anyhow!("flush failed: {e}"))?;
    // The publisher's rate counts until the server has taken every message.
    round_trip(&client).await?;
    progress.add(sent % 1024);
    Ok(ClientRun { msgs: sent, bytes: sent * load.size as u64, started, finished: Instant::now() })
}

/// How a subscriber knows it is done.
struct SubEnd {
    /// Messages this subscriber alone expects (plain subscription), if known.
    own: Option<u64>,
    /// Messages the whole queue group expects, counted together.
    group: Option<(Arc<AtomicU64>, u64)>,
    /// Set when every publisher has finished (duration runs end on quiet after it).
    publishers_done: Arc<AtomicBool>,
}

impl SubEnd {
    /// A plain subscriber expects every message; a queue member counts with its group.
    /// Runs bounded by time (not a count) end on quiet after the publishers.
    fn new(load: &Load, queued: bool, group: &Arc<AtomicU64>, publishers_done: &Arc<AtomicBool>) -> SubEnd {
        let bounded = load.duration.is_none();
        SubEnd {
            own: (bounded && !queued).then_some(load.msgs),
            group: (bounded && queued).then(|| (group.clone(), load.msgs)),
            publishers_done: publishers_done.clone(),
        }
    }
}

/// How long a subscriber waits for the next message before deciding the run is over:
/// long before the first message, and briefly once the publishers are done.
fn idle_limit(end: &SubEnd, received: u64) -> Duration {
    if end.publishers_done.load(Ordering::Relaxed) {
        Duration::from_millis(500)
    } else if received == 0 {
        Duration::from_secs(60)
    } else {
        Duration::from_secs(10)
    }
}

async fn subscriber(mut sub: async_nats::Subscriber, end: SubEnd, progress: Progress) -> Result<ClientRun> {
    let (mut received, mut bytes) = (0u64, 0u64);
    let mut started = None;
    let mut finished = Instant::now();
    loop {
        if end.own.is_some_and(|n| received >= n) || end.group.as_ref().is_some_and(|(c, n)| c.load(Ordering::Relaxed) >= *n) {
            break;
        }
        let idle = idle_limit(&end, received);
        match tokio::time::timeout(idle, sub.next()).await {
            Ok(Some(msg)) => {
                let now = Instant::now();
                started.get_or_insert(now);
                finished = now;
                received += 1;
                bytes += msg.payload.len() as u64;
                if let Some((counter, _)) = &end.group {
                    counter.fetch_add(1, Ordering::Relaxed);
                }
                if received % 1024 == 0 {
                    progress.add(1024);
                }
            }
            Ok(None) => return Err(anyhow!("subscription closed by the server (slow consumer?)")),
            Err(_) => break,
        }
    }
    progress.add(received % 1024);
    Ok(ClientRun { msgs: received, bytes, started: started.unwrap_or(finished), finished })
}

async fn join<T>(tasks: Vec<tokio::task::JoinHandle<Result<T>>>) -> Result<Vec<T>> {
    let mut out = Vec::with_capacity(tasks.len());
    for t in tasks {
        out.push(t.await.context("benchmark task failed")??);
    }
    Ok(out)
}

async fn connect_all(conn: &ConnectArgs, n: usize) -> Result<Vec<Client>> {
    let mut clients = Vec::with_capacity(n);
    for _ in 0..n {
        clients.push(bench_client(conn).await?);
    }
    Ok(clients)
}

async fn start_publishers(
    conn: &ConnectArgs,
    engine: Engine,
    load: &Load,
    progress: &Progress,
) -> Result<Vec<tokio::task::JoinHandle<Result<ClientRun>>>> {
    if engine == Engine::Wire {
        let mut tasks = Vec::new();
        for i in 0..load.clients {
            let mut wire = Wire::connect(conn).await?;
            let (load, progress) = (load.clone(), progress.handle());
            let count = share(load.msgs, load.clients, i);
            tasks.push(tokio::spawn(async move {
                let deadline = load.duration.map(|d| Instant::now() + d);
                let started = Instant::now();
                let sent = wire.publish(&load, count, deadline, &|n| progress.add(n)).await?;
                Ok(ClientRun { msgs: sent, bytes: sent * load.size as u64, started, finished: Instant::now() })
            }));
        }
        return Ok(tasks);
    }
    let clients = connect_all(conn, load.clients).await?;
    Ok(clients
        .into_iter()
        .enumerate()
        .map(|(i, c)| tokio::spawn(publisher(c, load.clone(), share(load.msgs, load.clients, i), progress.handle())))
        .collect())
}

pub async fn publish_only(conn: &ConnectArgs, engine: Engine, load: Load, progress: &Progress) -> Result<Report> {
    check(&load)?;
    progress.start("pub", load.msgs);
    let runs = join(start_publishers(conn, engine, &load, progress).await?).await?;
    let title = format!("Publish {} B to {} with {} client(s)", load.size, load.subject, load.clients);
    Ok(Report { title, roles: vec![RoleRun { role: "pub", clients: runs }], latency: None })
}

async fn start_subscribers(
    conn: &ConnectArgs,
    engine: Engine,
    load: &Load,
    subs: usize,
    queue: Option<&str>,
    publishers_done: &Arc<AtomicBool>,
    progress: &Progress,
) -> Result<Vec<tokio::task::JoinHandle<Result<ClientRun>>>> {
    let group = Arc::new(AtomicU64::new(0));
    let mut tasks = Vec::new();
    if engine == Engine::Wire {
        for _ in 0..subs {
            let mut wire = Wire::connect(conn).await?;
            wire.subscribe(&subscribe_subject(load), queue).await?;
            let end = SubEnd::new(load, queue.is_some(), &group, publishers_done);
            let progress = progress.handle();
            tasks.push(tokio::spawn(async move {
                let counted = std::sync::atomic::AtomicU64::new(0);
                let until = |n: u64| {
                    end.own.is_some_and(|o| n >= o) || end.group.as_ref().is_some_and(|(c, total)| c.load(Ordering::Relaxed) >= *total)
                };
                let idle = |n: u64| idle_limit(&end, n);
                let (msgs, bytes, first, last) = wire
                    .count_messages(&until, &idle, &|k| {
                        counted.fetch_add(k, Ordering::Relaxed);
                        if let Some((c, _)) = &end.group {
                            c.fetch_add(k, Ordering::Relaxed);
                        }
                        progress.add(k);
                    })
                    .await?;
                Ok(ClientRun { msgs, bytes, started: first.unwrap_or(last), finished: last })
            }));
        }
        return Ok(tasks);
    }
    for client in connect_all(conn, subs).await? {
        let subject = subscribe_subject(load);
        let sub = match queue {
            Some(q) => client.queue_subscribe(subject, q.to_string()).await,
            None => client.subscribe(subject).await,
        }
        .map_err(|e| anyhow!("subscribe failed: {e}"))?;
        round_trip(&client).await?;
        let end = SubEnd::new(load, queue.is_some(), &group, publishers_done);
        let progress = progress.handle();
        // The client moves into the task so the connection lives as long as the subscriber.
        tasks.push(tokio::spawn(async move {
            let run = subscriber(sub, end, progress).await;
            drop(client);
            run
        }));
    }
    Ok(tasks)
}

pub async fn subscribe_only(conn: &ConnectArgs, engine: Engine, args: SubArgs, progress: &Progress) -> Result<Report> {
    let load = args.load;
    check(&load)?;
    let expected = if args.queue.is_some() { load.msgs } else { load.msgs * load.clients as u64 };
    progress.start("sub", expected);
    let done = Arc::new(AtomicBool::new(false));
    let tasks = start_subscribers(conn, engine, &load, load.clients, args.queue.as_deref(), &done, progress).await?;
    eprintln!("{} subscriber(s) ready on {}", load.clients, subscribe_subject(&load));
    let runs = join(tasks).await?;
    let title = format!("Subscribe {} B on {} with {} client(s)", load.size, load.subject, load.clients);
    Ok(Report { title, roles: vec![RoleRun { role: "sub", clients: runs }], latency: None })
}

/// Waits (up to 10 s) until the publishers' server routes to the subscribers' one:
/// a responder subscribed there after the subscribers is reached from here, and the
/// subscribers' interest travelled the same route before it.
async fn wait_for_interest(pub_conn: &ConnectArgs, sub_conn: &ConnectArgs) -> Result<()> {
    let (here, there) = (pub_conn.connect().await?, sub_conn.connect().await?);
    let subject = format!("_natsx_bench.ready.{}", there.new_inbox().rsplit('.').next().unwrap_or("x"));
    let mut responder = there.subscribe(subject.clone()).await?;
    there.flush().await?;
    let answer = tokio::spawn(async move {
        while let Some(m) = responder.next().await {
            if let Some(reply) = m.reply {
                let _ = there.publish(reply, bytes::Bytes::new()).await;
                let _ = there.flush().await;
            }
        }
    });
    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    let ready = loop {
        match tokio::time::timeout(Duration::from_millis(500), here.request(subject.clone(), bytes::Bytes::new())).await {
            Ok(Ok(_)) => break true,
            _ if tokio::time::Instant::now() >= deadline => break false,
            _ => tokio::time::sleep(Duration::from_millis(20)).await,
        }
    };
    answer.abort();
    if !ready {
        return Err(anyhow!("the subscribers' server is not reachable from the publishers' one (are they in one cluster?)"));
    }
    Ok(())
}

pub async fn pub_and_sub(conn: &ConnectArgs, engine: Engine, args: PubSubArgs, progress: &Progress) -> Result<Report> {
    let load = args.load;
    check(&load)?;
    if args.subs == 0 {
        return Err(anyhow!("--subs must be at least 1 (use `bench pub` for publish only)"));
    }
    let received_total = if args.queue.is_some() { load.msgs } else { load.msgs * args.subs as u64 };
    progress.start("pub+sub", load.msgs + received_total);
    let done = Arc::new(AtomicBool::new(false));
    let sub_conn = match &args.sub_server {
        Some(url) => ConnectArgs { server: Some(url.clone()), ..conn.clone() },
        None => conn.clone(),
    };
    let sub_tasks = start_subscribers(&sub_conn, engine, &load, args.subs, args.queue.as_deref(), &done, progress).await?;
    if args.sub_server.is_some() {
        wait_for_interest(conn, &sub_conn).await?;
    }
    let pubs = join(start_publishers(conn, engine, &load, progress).await?).await?;
    done.store(true, Ordering::Relaxed);
    let subs = join(sub_tasks).await?;
    let lost = received_total.saturating_sub(subs.iter().map(|r| r.msgs).sum());
    if load.duration.is_none() && lost > 0 {
        eprintln!("warning: subscribers received {lost} fewer messages than expected");
    }
    let shape = match &args.queue {
        Some(q) => format!("{} pub(s) → queue group {q} of {}", load.clients, args.subs),
        None => format!("{} pub(s) → {} sub(s)", load.clients, args.subs),
    };
    let title = format!("{shape}, {} B on {}", load.size, load.subject);
    Ok(Report { title, roles: vec![RoleRun { role: "pub", clients: pubs }, RoleRun { role: "sub", clients: subs }], latency: None })
}

pub async fn serve(conn: &ConnectArgs, engine: Engine, args: ServeArgs) -> Result<()> {
    let payload = Bytes::from(vec![b'x'; args.size]);
    let mut tasks = Vec::new();
    if engine == Engine::Wire {
        for _ in 0..args.clients.max(1) {
            let wire = Wire::connect(conn).await?;
            let (subject, queue, size) = (args.subject.clone(), args.queue.clone(), args.size);
            tasks.push(tokio::spawn(async move {
                let _ = wire.serve(&subject, &queue, size).await;
            }));
        }
    }
    let async_clients = if engine == Engine::Wire { Vec::new() } else { connect_all(conn, args.clients.max(1)).await? };
    for client in async_clients {
        let mut sub =
            client.queue_subscribe(args.subject.clone(), args.queue.clone()).await.map_err(|e| anyhow!("subscribe failed: {e}"))?;
        round_trip(&client).await?;
        let payload = payload.clone();
        tasks.push(tokio::spawn(async move {
            while let Some(msg) = sub.next().await {
                if let Some(reply) = msg.reply {
                    if client.publish(reply, payload.clone()).await.is_err() {
                        break;
                    }
                }
            }
        }));
    }
    eprintln!("{} responder(s) serving {} (reply {} B)", args.clients.max(1), args.subject, args.size);
    super::wait_for_stop(args.duration).await?;
    for t in tasks {
        t.abort();
    }
    Ok(())
}

pub async fn request(conn: &ConnectArgs, engine: Engine, args: RequestArgs, progress: &Progress) -> Result<Report> {
    let load = args.load;
    check(&load)?;
    if args.rate.is_some_and(|r| r.is_nan() || r <= 0.0) {
        return Err(anyhow!("--rate must be above 0"));
    }
    progress.start("req", load.msgs);
    if engine == Engine::Wire {
        return wire_request(conn, load, args.rate, progress).await;
    }
    let clients = connect_all(conn, load.clients).await?;
    let timeout = conn.timeout;
    let mut tasks = Vec::new();
    for (i, client) in clients.into_iter().enumerate() {
        let count = share(load.msgs, load.clients, i);
        let load = load.clone();
        let per_client_rate = args.rate.map(|r| r / load.clients as f64);
        let progress = progress.handle();
        tasks.push(tokio::spawn(async move { requester(client, load, count, per_client_rate, timeout, progress).await }));
    }
    let results = join(tasks).await?;
    let mut hist = Histogram::<u64>::new_with_bounds(1, 60_000_000_000, 3).map_err(|e| anyhow!("histogram: {e}"))?;
    let mut runs = Vec::new();
    for (run, h) in results {
        hist.add(&h).map_err(|e| anyhow!("histogram: {e}"))?;
        runs.push(run);
    }
    let title = request_title(&load, args.rate);
    Ok(Report { title, roles: vec![RoleRun { role: "req", clients: runs }], latency: Some(hist) })
}

async fn wire_request(conn: &ConnectArgs, load: Load, rate: Option<f64>, progress: &Progress) -> Result<Report> {
    let mut tasks = Vec::new();
    for i in 0..load.clients {
        let wire = Wire::connect(conn).await?;
        let limit = Limit { count: share(load.msgs, load.clients, i), deadline: load.duration.map(|d| Instant::now() + d) };
        let (load, progress) = (load.clone(), progress.handle());
        let per_client_rate = rate.map(|r| r / load.clients as f64);
        tasks.push(tokio::spawn(async move {
            let started = Instant::now();
            let latencies = wire.request(&load.subject, load.size, limit, per_client_rate, &|n| progress.add(n)).await?;
            let n = latencies.len() as u64;
            Ok((ClientRun { msgs: n, bytes: n * load.size as u64, started, finished: Instant::now() }, latencies))
        }));
    }
    let mut hist = Histogram::<u64>::new_with_bounds(1, 60_000_000_000, 3).map_err(|e| anyhow!("histogram: {e}"))?;
    let mut runs = Vec::new();
    for (run, latencies) in join(tasks).await? {
        for l in latencies {
            hist.saturating_record(l);
        }
        runs.push(run);
    }
    Ok(Report { title: request_title(&load, rate), roles: vec![RoleRun { role: "req", clients: runs }], latency: Some(hist) })
}

fn request_title(load: &Load, rate: Option<f64>) -> String {
    let mode = match rate {
        Some(r) => format!("open loop at {r} req/s"),
        None => "closed loop".to_string(),
    };
    format!("Request/reply {} B on {} with {} requester(s), {mode}", load.size, load.subject, load.clients)
}

async fn requester(
    client: Client,
    load: Load,
    count: u64,
    rate: Option<f64>,
    timeout: Duration,
    progress: Progress,
) -> Result<(ClientRun, Histogram<u64>)> {
    let payload = Bytes::from(vec![b'x'; load.size]);
    let subject = Subject::from(load.subject.as_str());
    let mut hist = Histogram::<u64>::new_with_bounds(1, 60_000_000_000, 3).map_err(|e| anyhow!("histogram: {e}"))?;
    let deadline = load.duration.map(|d| Instant::now() + d);
    let started = Instant::now();
    let mut done = 0u64;
    let more = |i: u64| match deadline {
        Some(d) => Instant::now() < d,
        None => i < count,
    };
    match rate {
        None => {
            while more(done) {
                let t0 = Instant::now();
                client.request(subject.clone(), payload.clone()).await.map_err(|e| anyhow!("request failed: {e}"))?;
                hist.saturating_record(t0.elapsed().as_nanos() as u64);
                done += 1;
                progress.add(1);
            }
        }
        Some(rate) => {
            // Open loop: request i is due at start + i/rate, whether or not earlier
            // replies have come; latency counts from when it was due.
            let interval = Duration::from_secs_f64(1.0 / rate);
            let mut in_flight = FuturesUnordered::new();
            let mut issued = 0u64;
            loop {
                let due = started + interval.mul_f64(issued as f64);
                let can_issue = more(issued);
                if !can_issue && in_flight.is_empty() {
                    break;
                }
                tokio::select! {
                    _ = tokio::time::sleep_until(due.into()), if can_issue => {
                        let client = client.clone();
                        let subject = subject.clone();
                        let payload = payload.clone();
                        in_flight.push(async move {
                            let r = tokio::time::timeout(timeout, client.request(subject, payload)).await;
                            (due, r)
                        });
                        issued += 1;
                    }
                    Some((due, r)) = in_flight.next(), if !in_flight.is_empty() => {
                        match r {
                            Ok(Ok(_)) => {}
                            Ok(Err(e)) => return Err(anyhow!("request failed: {e}")),
                            Err(_) => return Err(anyhow!("request timed out after {timeout:?}")),
                        }
                        hist.saturating_record(due.elapsed().as_nanos() as u64);
                        done += 1;
                        progress.add(1);
                    }
                }
            }
        }
    }
    let run = ClientRun { msgs: done, bytes: done * load.size as u64, started, finished: Instant::now() };
    Ok((run, hist))
}
