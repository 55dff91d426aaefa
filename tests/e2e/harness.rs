//! Starting and stopping the real `natsx` binary for tests.
//!
//! Every server listens on 127.0.0.1 with a random port (`-p -1`), is found ready by
//! its own log lines (`Listening for client connections on ...`, `Server is ready`,
//! exactly what other harnesses wait for), and is killed when the handle drops.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::StreamExt;

pub const BIN: &str = env!("CARGO_BIN_EXE_natsx");

/// Route connections between two servers by default: a pool of 3 and the system
/// account's own (nats-server 2.10+).
pub const DEFAULT_ROUTES_PER_SERVER: usize = 4;

/// Everything `stream` says until it closes (or is quiet for `quiet`).
pub fn read_until_closed(stream: &mut TcpStream, quiet: Duration) -> String {
    stream.set_read_timeout(Some(quiet)).unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    while let Ok(n @ 1..) = stream.read(&mut buf) {
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    seen
}

/// An HTTP/1.1 chunked body, joined.
fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(size) = usize::from_str_radix(size.trim(), 16) else { break };
        if size == 0 || rest.len() < size {
            break;
        }
        out.push_str(&rest[..size]);
        body = rest[size..].trim_start_matches("\r\n");
    }
    out
}

/// The sum of `field` over a `/routez` answer's routes that `which` picks.
pub fn route_total(routez: &serde_json::Value, field: &str, which: impl Fn(&serde_json::Value) -> bool) -> u64 {
    routez["routes"].as_array().into_iter().flatten().filter(|r| which(r)).filter_map(|r| r[field].as_u64()).sum()
}

pub struct Server {
    pub child: Child,
    pub port: u16,
    pub http_port: Option<u16>,
    log: Arc<Mutex<Vec<String>>>,
    /// The config file, for tests that rewrite it and reload.
    pub config: Option<PathBuf>,
    _dir: Option<TempDir>,
}

impl Server {
    /// Starts `natsx server -a 127.0.0.1 -p -1 ARGS...`.
    pub fn start(args: &[&str]) -> Server {
        Self::start_inner(args, None, &[])
    }

    /// Starts with JetStream on, storing in a fresh directory owned by the server.
    pub fn jetstream(args: &[&str]) -> Server {
        let dir = TempDir::new();
        let mut all = vec!["-js".to_string(), "-sd".to_string(), dir.path.to_string_lossy().into_owned()];
        all.extend(args.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        Self::start_inner(&refs, Some(dir), &[])
    }

    /// Starts with JetStream on, storing in `dir` (which outlives the server, for restarts),
    /// with extra environment variables.
    pub fn jetstream_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Server {
        let mut all = vec!["-js".to_string(), "-sd".to_string(), dir.to_string_lossy().into_owned()];
        all.extend(args.iter().map(|s| s.to_string()));
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        Self::start_inner(&refs, None, env)
    }

    /// SIGKILL: the process gets no chance to flush or sync anything.
    pub fn kill9(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }

    /// Starts with a config file holding `config` (written to a fresh temp dir).
    pub fn with_config(config: &str, args: &[&str]) -> Server {
        let dir = TempDir::new();
        let path = dir.path.join("server.conf");
        std::fs::write(&path, config).unwrap();
        let mut all = vec!["-c", path.to_str().unwrap()];
        all.extend_from_slice(args);
        let all: Vec<String> = all.iter().map(|s| s.to_string()).collect();
        let refs: Vec<&str> = all.iter().map(String::as_str).collect();
        Self::start_inner(&refs, Some(dir), &[])
    }

    /// nats-server 2.15.1 itself (the one `scripts/test` installs in tests/python/.venv)
    /// with this config: the reference interop tests compare natsx with.
    pub fn reference_with_config(config: &str) -> Server {
        let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/python/.venv/bin/nats-server");
        assert!(bin.exists(), "run scripts/test: it installs nats-server 2.15.1 in tests/python/.venv");
        let dir = TempDir::new();
        let path = dir.path.join("server.conf");
        std::fs::write(&path, config).unwrap();
        Self::spawn(Command::new(bin).args(["-a", "127.0.0.1", "-p", "-1", "-c", path.to_str().unwrap()]), Some(dir))
    }

    fn start_inner(args: &[&str], dir: Option<TempDir>, env: &[(&str, &str)]) -> Server {
        let mut cmd = Command::new(BIN);
        cmd.arg("server").args(["-a", "127.0.0.1", "-p", "-1"]).args(args);
        cmd.envs(env.iter().copied());
        Self::spawn(&mut cmd, dir)
    }

    fn spawn(cmd: &mut Command, dir: Option<TempDir>) -> Server {
        cmd.stdout(Stdio::null()).stderr(Stdio::piped()).stdin(Stdio::null());
        let mut child = cmd.spawn().expect("spawn natsx server");
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let sink = log.clone();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let deadline = Instant::now() + Duration::from_secs(20);
        let (mut port, mut http_port) = (None, None);
        loop {
            {
                let lines = log.lock().unwrap();
                for l in lines.iter() {
                    if let Some(rest) = l.split("Listening for client connections on ").nth(1) {
                        port = rest.rsplit(':').next().and_then(|p| p.trim().parse().ok());
                    }
                    if let Some(rest) = l.split("Starting http monitor on ").nth(1) {
                        http_port = rest.rsplit(':').next().and_then(|p| p.trim().parse().ok());
                    }
                }
                if port.is_some() && lines.iter().any(|l| l.contains("Server is ready")) {
                    break;
                }
            }
            if let Ok(Some(status)) = child.try_wait() {
                panic!("server exited early ({status}); log:\n{}", log.lock().unwrap().join("\n"));
            }
            assert!(Instant::now() < deadline, "server did not become ready; log:\n{}", log.lock().unwrap().join("\n"));
            std::thread::sleep(Duration::from_millis(10));
        }
        let config = dir.as_ref().map(|d| d.path.join("server.conf"));
        Server { child, port: port.unwrap(), http_port, log, config, _dir: dir }
    }

    /// The route port, from the log line nats-server and natsx both write.
    pub fn cluster_port(&self) -> u16 {
        let log = self.log();
        let line = log.lines().find_map(|l| l.split("Listening for route connections on ").nth(1)).expect("no cluster port in the log");
        line.trim().rsplit(':').next().unwrap().parse().unwrap()
    }

    /// `nats-route://127.0.0.1:<cluster port>`, for other servers' `--routes`.
    pub fn route_url(&self) -> String {
        format!("nats-route://127.0.0.1:{}", self.cluster_port())
    }

    /// The leaf node port, from the log line nats-server and natsx both write.
    pub fn leaf_port(&self) -> u16 {
        let log = self.log();
        let line = log.lines().find_map(|l| l.split("Listening for leafnode connections on ").nth(1)).expect("no leafnode port in the log");
        line.trim().rsplit(':').next().unwrap().parse().unwrap()
    }

    /// The gateway port, from the log line nats-server and natsx both write.
    pub fn gateway_port(&self) -> u16 {
        let log = self.log();
        let line = log.lines().find_map(|l| l.split("Listening for gateways connections on ").nth(1)).expect("no gateway port in the log");
        line.trim().rsplit(':').next().unwrap().parse().unwrap()
    }

    /// Waits (bounded) until `/gatewayz` shows `outbound` outbound and `inbound` inbound
    /// gateway connections.
    pub fn wait_gateways(&self, outbound: usize, inbound: usize, within: Duration) -> bool {
        self.wait_monitor("/gatewayz", within, |z| {
            let out = z["outbound_gateways"].as_object().map_or(0, |m| m.len());
            let inb = z["inbound_gateways"].as_object().map_or(0, |m| m.values().filter_map(|v| v.as_array()).map(Vec::len).sum::<usize>());
            out == outbound && inb == inbound
        })
    }

    /// Waits (bounded) until `/leafz` shows `n` leaf node connections.
    pub fn wait_leafs(&self, n: usize, within: Duration) -> bool {
        self.wait_monitor("/leafz", within, |z| z["leafnodes"].as_u64() == Some(n as u64))
    }

    /// Waits (bounded) until the monitoring endpoint `path` answers JSON that `done`
    /// accepts; false if it never does.
    pub fn wait_monitor(&self, path: &str, within: Duration, done: impl Fn(&serde_json::Value) -> bool) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if done(&self.get(path).1) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        false
    }

    /// Waits (bounded) until `/routez` shows `n` routes; false if it never does.
    /// Waits (bounded) until routes connect this server to `n` others, each with its
    /// whole pool and pinned routes (nats-server's defaults: 3 connections and one for
    /// the system account).
    pub fn wait_routes(&self, n: usize, within: Duration) -> bool {
        self.wait_route_connections(n, DEFAULT_ROUTES_PER_SERVER, within)
    }

    /// Waits (bounded) until `n` other servers are connected by `each` route
    /// connections apiece.
    pub fn wait_route_connections(&self, n: usize, each: usize, within: Duration) -> bool {
        self.wait_monitor("/routez", within, |z| {
            let mut per_server: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
            for r in z["routes"].as_array().into_iter().flatten() {
                *per_server.entry(r["remote_id"].as_str().unwrap_or_default()).or_default() += 1;
            }
            per_server.len() == n && per_server.values().all(|c| *c == each)
        })
    }

    pub fn url(&self) -> String {
        format!("nats://127.0.0.1:{}", self.port)
    }

    pub fn log(&self) -> String {
        self.log.lock().unwrap().join("\n")
    }

    /// Waits (bounded) until a log line contains `needle`.
    pub fn wait_log(&self, needle: &str, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if self.log().contains(needle) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        false
    }

    pub fn signal(&self, sig: &str) {
        let status = Command::new("kill").args([&format!("-{sig}"), &self.child.id().to_string()]).status().unwrap();
        assert!(status.success());
    }

    /// Waits (bounded) for the process to exit and returns its exit code.
    pub fn wait_exit(&mut self, within: Duration) -> Option<i32> {
        let deadline = Instant::now() + within;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = self.child.try_wait() {
                return status.code();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        None
    }

    pub async fn client(&self) -> async_nats::Client {
        async_nats::connect(self.url()).await.expect("connect")
    }

    pub fn raw(&self) -> Raw {
        Raw::connect(self.port)
    }

    /// GET on the monitoring port: (status, parsed JSON body).
    pub fn get(&self, path: &str) -> (u16, serde_json::Value) {
        let (status, body) = self.get_raw(path);
        (status, serde_json::from_str(&body).unwrap_or(serde_json::Value::Null))
    }

    /// GET on the monitoring port: (status, body as sent).
    pub fn get_raw(&self, path: &str) -> (u16, String) {
        let (status, _, body) = self.get_text(path);
        (status, body)
    }

    /// GET on the monitoring port: (status, content type, body).
    pub fn get_text(&self, path: &str) -> (u16, String, String) {
        let port = self.http_port.expect("monitoring port (-m) not enabled");
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        write!(s, "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").unwrap();
        let mut text = String::new();
        s.read_to_string(&mut text).unwrap();
        let (head, body) = text.split_once("\r\n\r\n").unwrap();
        let status = head.split_whitespace().nth(1).unwrap().parse().unwrap();
        let content_type = head
            .lines()
            .find_map(|l| l.to_ascii_lowercase().strip_prefix("content-type:").map(|v| v.trim().to_string()))
            .unwrap_or_default();
        // nats-server sends bodies of more than 2 KiB in chunks (Go's net/http).
        let chunked = head.to_ascii_lowercase().contains("transfer-encoding: chunked");
        (status, content_type, if chunked { dechunk(body) } else { body.to_string() })
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A raw TCP client, for protocol-level tests.
pub struct Raw {
    pub stream: TcpStream,
    pub info: String,
}

impl Raw {
    pub fn connect(port: u16) -> Raw {
        let stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
        let mut raw = Raw { stream, info: String::new() };
        raw.info = raw.read_until("\r\n", Duration::from_secs(5));
        assert!(raw.info.starts_with("INFO "), "expected INFO, got {:?}", raw.info);
        raw
    }

    pub fn send(&mut self, bytes: &[u8]) {
        let _ = self.stream.write_all(bytes);
    }

    /// Reads until `needle` has arrived (or the time is up); returns all that was read.
    pub fn read_until(&mut self, needle: &str, within: Duration) -> String {
        let deadline = Instant::now() + within;
        let mut out = Vec::new();
        let mut buf = [0u8; 65536];
        while Instant::now() < deadline && !String::from_utf8_lossy(&out).contains(needle) {
            let left = deadline.saturating_duration_since(Instant::now()).clamp(Duration::from_millis(1), Duration::from_millis(50));
            let _ = self.stream.set_read_timeout(Some(left));
            match self.stream.read(&mut buf) {
                Ok(0) => break,
                Ok(n) => out.extend_from_slice(&buf[..n]),
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
                Err(_) => break,
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    /// Reads whatever arrives within `within`.
    pub fn read_for(&mut self, within: Duration) -> String {
        self.read_until("\u{0}never\u{0}", within)
    }

    /// True when the server has closed the connection (EOF or reset) within `within`.
    pub fn is_closed(&mut self, within: Duration) -> bool {
        let deadline = Instant::now() + within;
        let mut buf = [0u8; 4096];
        while Instant::now() < deadline {
            match self.stream.read(&mut buf) {
                Ok(0) => return true,
                Ok(_) => {}
                Err(e) if matches!(e.kind(), std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut) => {}
                Err(_) => return true,
            }
        }
        false
    }

    /// Sends PING and reports whether PONG came back (the connection is alive).
    pub fn alive(&mut self) -> bool {
        self.send(b"PING\r\n");
        self.read_until("PONG\r\n", Duration::from_secs(2)).contains("PONG\r\n")
    }
}

/// A temporary directory removed on drop.
pub struct TempDir {
    pub path: PathBuf,
}

impl TempDir {
    pub fn new() -> TempDir {
        static N: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("natsx-test-{}-{}", std::process::id(), n));
        std::fs::create_dir_all(&path).unwrap();
        TempDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// Runs `natsx ARGS...` to completion (bounded) and returns (exit code, stdout, stderr).
pub fn natsx(args: &[&str], stdin: Option<&str>, within: Duration) -> (i32, String, String) {
    natsx_env(args, &[], stdin, within)
}

/// `natsx` with these environment variables set.
pub fn natsx_env(args: &[&str], env: &[(&str, &str)], stdin: Option<&str>, within: Duration) -> (i32, String, String) {
    let mut child = Command::new(BIN)
        .args(args)
        .envs(env.iter().copied())
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    }
    let deadline = Instant::now() + within;
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let out = child.wait_with_output().unwrap();
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Checks a config with `natsx server -t` and asserts it is refused (exit status 1)
/// with `expect` in the error; `name` labels the case.
pub fn assert_config_refused(dir: &TempDir, name: &str, config: &str, expect: &str) {
    let path = dir.path().join(format!("{name}.conf"));
    std::fs::write(&path, config).unwrap();
    let (code, _, err) = natsx(&["server", "-t", "-c", path.to_str().unwrap()], None, Duration::from_secs(10));
    assert_eq!(code, 1, "{name}: {err}");
    assert!(err.contains(expect), "{name}: expected {expect:?} in {err}");
}

/// A round trip through the server: once it returns, everything the client sent
/// before (SUBs, PUBs) has been processed. async-nats' `flush` only empties the
/// client's own buffer, so tests use this after subscribing.
pub async fn sync(client: &async_nats::Client) {
    let subject = format!("_sync.{}", client.new_inbox());
    match client.request(subject, bytes::Bytes::new()).await {
        Err(e) if e.kind() == async_nats::RequestErrorKind::NoResponders => {}
        other => panic!("sync round trip failed: {:?}", other.map(|m| m.subject)),
    }
}

/// The next `n` messages' payloads, or fewer if they do not come within `within`.
pub async fn take(sub: &mut async_nats::Subscriber, n: usize, within: Duration) -> Vec<String> {
    let mut out = Vec::new();
    let deadline = tokio::time::Instant::now() + within;
    while out.len() < n {
        match tokio::time::timeout_at(deadline, sub.next()).await {
            Ok(Some(m)) => out.push(String::from_utf8_lossy(&m.payload).into_owned()),
            _ => break,
        }
    }
    out
}

/// Waits until a subscription made on one server is known on `other` (a publish there
/// reaches it), by publishing probes on `probe_subject` until one arrives at `sub`.
pub async fn wait_interest(other: &async_nats::Client, probe_subject: &str, sub: &mut async_nats::Subscriber) {
    for _ in 0..200 {
        other.publish(probe_subject.to_string(), bytes::Bytes::from_static(b"probe")).await.unwrap();
        other.flush().await.unwrap();
        if let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(50), sub.next()).await {
            // Drain other probes in flight.
            while let Ok(Some(_)) = tokio::time::timeout(Duration::from_millis(100), sub.next()).await {}
            return;
        }
    }
    panic!("interest in {probe_subject} never reached the other server");
}

/// Answers every request on `subject` with `answer`, or with the request's own payload
/// when `None`, until the returned task is aborted or the client closes.
pub async fn serve_requests(client: &async_nats::Client, subject: &str, answer: Option<&'static str>) -> tokio::task::JoinHandle<()> {
    let mut requests = client.subscribe(subject.to_string()).await.unwrap();
    let responder = client.clone();
    let task = tokio::spawn(async move {
        while let Some(m) = requests.next().await {
            if let Some(reply) = m.reply {
                let body = answer.map_or(m.payload.clone(), |a| bytes::Bytes::from_static(a.as_bytes()));
                let _ = responder.publish(reply, body).await;
            }
        }
    });
    sync(client).await;
    task
}

/// Requests `subject` until an answer comes (bounded: at most about 20 s, each try
/// waiting half a second), as interest takes a moment to reach other servers; the
/// answer's payload.
pub async fn request_until_answered(client: &async_nats::Client, subject: &str, payload: &'static str) -> Option<bytes::Bytes> {
    for _ in 0..40 {
        let request = client.request(subject.to_string(), bytes::Bytes::from_static(payload.as_bytes()));
        if let Ok(Ok(m)) = tokio::time::timeout(Duration::from_millis(500), request).await {
            return Some(m.payload);
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    None
}

/// Ten messages each way between clients of two servers, each arriving once: `up`
/// publishes "up" on `<up_subject>.<n>` for `down` to receive, and `down` publishes
/// "down" on `<down_subject>.<n>` for `up`.
pub async fn exchange(up: &async_nats::Client, down: &async_nats::Client, up_subject: &str, down_subject: &str) {
    let mut at_down = down.subscribe(format!("{up_subject}.*")).await.unwrap();
    let mut at_up = up.subscribe(format!("{down_subject}.*")).await.unwrap();
    sync(down).await;
    sync(up).await;
    wait_interest(up, &format!("{up_subject}.probe"), &mut at_down).await;
    wait_interest(down, &format!("{down_subject}.probe"), &mut at_up).await;
    for i in 0..10 {
        up.publish(format!("{up_subject}.{i}"), "up".into()).await.unwrap();
        down.publish(format!("{down_subject}.{i}"), "down".into()).await.unwrap();
    }
    up.flush().await.unwrap();
    down.flush().await.unwrap();
    assert_eq!(take(&mut at_down, 20, Duration::from_secs(3)).await, vec!["up"; 10], "each once");
    assert_eq!(take(&mut at_up, 20, Duration::from_secs(3)).await, vec!["down"; 10], "each once");
}

/// A TCP relay the test controls: while `cut` is set it forwards nothing (and lets no
/// new connection through), as a network partition would; `close` ends one connection.
pub struct Relay {
    pub port: u16,
    pub cut: Arc<AtomicBool>,
    /// The connections accepted so far (their inbound sides).
    accepted: Arc<std::sync::Mutex<Vec<TcpStream>>>,
    /// Bytes forwarded, both ways.
    pub forwarded: Arc<std::sync::atomic::AtomicU64>,
}

impl Relay {
    pub fn to(target: u16) -> Relay {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let cut = Arc::new(AtomicBool::new(false));
        let flag = cut.clone();
        let accepted = Arc::new(std::sync::Mutex::new(Vec::new()));
        let list = accepted.clone();
        let forwarded = Arc::new(std::sync::atomic::AtomicU64::new(0));
        let counter = forwarded.clone();
        std::thread::spawn(move || {
            for inbound in listener.incoming().map_while(Result::ok) {
                if flag.load(Ordering::SeqCst) {
                    continue;
                }
                let Ok(outbound) = TcpStream::connect(("127.0.0.1", target)) else { continue };
                list.lock().unwrap().push(inbound.try_clone().unwrap());
                for (from, to) in [(inbound.try_clone().unwrap(), outbound.try_clone().unwrap()), (outbound, inbound)] {
                    let (flag, counter) = (flag.clone(), counter.clone());
                    std::thread::spawn(move || pump(from, to, flag, counter));
                }
            }
        });
        Relay { port, cut, accepted, forwarded }
    }

    /// Ends the `i`-th connection accepted (both ways), as a network fault would.
    pub fn close(&self, i: usize) {
        let accepted = self.accepted.lock().unwrap();
        let _ = accepted[i].shutdown(std::net::Shutdown::Both);
    }

    /// How many connections went through.
    pub fn accepted(&self) -> usize {
        self.accepted.lock().unwrap().len()
    }
}

/// Copies `from` to `to`, dropping everything while `cut` is set; ends when either side closes.
fn pump(mut from: TcpStream, mut to: TcpStream, cut: Arc<AtomicBool>, forwarded: Arc<std::sync::atomic::AtomicU64>) {
    let mut buf = [0u8; 16 * 1024];
    from.set_read_timeout(Some(Duration::from_millis(200))).unwrap();
    loop {
        match from.read(&mut buf) {
            Ok(0) => break,
            Ok(n) if !cut.load(Ordering::SeqCst) => {
                if to.write_all(&buf[..n]).is_err() {
                    break;
                }
                forwarded.fetch_add(n as u64, Ordering::Relaxed);
            }
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock || e.kind() == std::io::ErrorKind::TimedOut => {}
            Err(_) => break,
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
}
