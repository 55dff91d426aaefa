//! A real browser (issue 12): headless Chromium opens `tests/browser/index.html`, which
//! uses the official JavaScript client's WebSocket transport (nats.ws, from npm) against
//! natsx's WebSocket port. `.ci/run` installs Chromium and the npm package.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;

use crate::harness::Server;

/// Serves `tests/browser` over HTTP on a free loopback port until dropped.
struct StaticFiles {
    port: u16,
    stop: Arc<AtomicBool>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl StaticFiles {
    fn start() -> StaticFiles {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
        assert!(root.join("node_modules/nats.ws/esm/nats.js").exists(), "run `npm ci` in tests/browser (.ci/run does)");
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        let thread = std::thread::spawn(move || {
            for conn in listener.incoming() {
                if stopping.load(Ordering::Relaxed) {
                    break;
                }
                if let Ok(conn) = conn {
                    serve_file(&root, conn);
                }
            }
        });
        StaticFiles { port, stop, thread: Some(thread) }
    }
}

impl Drop for StaticFiles {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        let _ = TcpStream::connect(("127.0.0.1", self.port));
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

fn serve_file(root: &std::path::Path, mut conn: TcpStream) {
    let _ = conn.set_read_timeout(Some(Duration::from_secs(5)));
    let mut reader = BufReader::new(conn.try_clone().unwrap());
    let mut first = String::new();
    if reader.read_line(&mut first).is_err() {
        return;
    }
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
            break;
        }
    }
    let path = first.split_whitespace().nth(1).unwrap_or("/").split('?').next().unwrap_or("/").trim_start_matches('/').to_string();
    let file = root.join(&path);
    let (status, body, kind) = match std::fs::read(&file) {
        Ok(body) if !path.contains("..") => {
            let kind = if path.ends_with(".js") { "application/javascript" } else { "text/html" };
            ("200 OK", body, kind)
        }
        _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let _ = conn.write_all(head.as_bytes());
    let _ = conn.write_all(&body);
}

fn ws_port(server: &Server) -> u16 {
    assert!(server.wait_log("Listening for websocket clients on", Duration::from_secs(5)), "{}", server.log());
    let log = server.log();
    let line = log.lines().find(|l| l.contains("Listening for websocket clients on")).unwrap();
    line.rsplit(':').next().unwrap().trim().parse().unwrap()
}

/// A headless Chromium, killed and its profile removed when dropped.
struct Browser {
    child: std::process::Child,
    profile: PathBuf,
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Headless Chromium on `url`; with `dump`, it prints the DOM once the page is loaded
/// and idle (network waits do not count) and exits.
fn chromium(url: &str, dump: bool) -> Browser {
    let mut cmd = Command::new("chromium");
    cmd.args(["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"]);
    // A profile of its own: two browsers may run at once.
    static PROFILES: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let profile = std::env::temp_dir().join(format!("natsx-chromium-{}-{}", std::process::id(), PROFILES.fetch_add(1, Ordering::Relaxed)));
    cmd.arg(format!("--user-data-dir={}", profile.display()));
    if dump {
        cmd.args(["--virtual-time-budget=20000", "--dump-dom"]);
    }
    let child =
        cmd.arg(url).stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("chromium (Debian's package; .ci/run installs it)");
    Browser { child, profile }
}

/// Opens the page in headless Chromium and returns the text of `#out` (its DOM dump).
fn open_in_browser(url: &str) -> String {
    let mut browser = chromium(url, true);
    let child = &mut browser.child;
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let _ = child.kill();
    let _ = child.wait();
    let mut dom = String::new();
    child.stdout.take().unwrap().read_to_string(&mut dom).unwrap();
    let start = dom.find("<pre id=\"out\">").map(|i| i + "<pre id=\"out\">".len()).unwrap_or(0);
    dom[start..].split("</pre>").next().unwrap_or_default().to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_javascript_client_in_a_browser_talks_to_natsx() {
    // With compression on, Chromium negotiates per-message deflate: its frames and ours
    // (INFO is over the 64-byte threshold) are deflated.
    let server = Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, compression: true }\n", &[]);
    let ws = ws_port(&server);
    let files = StaticFiles::start();
    let client = server.client().await;
    let mut echo = client.subscribe("browser.echo").await.unwrap();
    let mut ready = client.subscribe("browser.ready").await.unwrap();
    crate::harness::sync(&client).await;
    let answer = tokio::spawn({
        let client = client.clone();
        async move {
            if tokio::time::timeout(Duration::from_secs(30), ready.next()).await.is_ok() {
                client.publish("to.browser", Bytes::from("hi browser")).await.unwrap();
                client.flush().await.unwrap();
            }
        }
    });
    let mut result = client.subscribe("browser.result").await.unwrap();
    crate::harness::sync(&client).await;
    let browser = chromium(&format!("http://127.0.0.1:{}/index.html?port={ws}", files.port), false);
    let outcome = tokio::time::timeout(Duration::from_secs(60), result.next()).await;
    drop(browser);
    let outcome = outcome.expect("the page reported in time").unwrap();
    assert_eq!(outcome.payload, "OK:hello from the browser|hi browser", "what the page saw");
    let m = tokio::time::timeout(Duration::from_secs(5), echo.next()).await.unwrap().unwrap();
    assert_eq!(m.payload, "hello from the browser", "and a TCP client saw the browser's message");
    answer.await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_from_a_disallowed_origin_is_refused() {
    let server =
        Server::with_config("websocket { host: 127.0.0.1, port: -1, no_tls: true, allowed_origins: [\"https://app.example.com\"] }\n", &[]);
    let ws = ws_port(&server);
    let files = StaticFiles::start();
    let url = format!("http://127.0.0.1:{}/index.html?port={ws}", files.port);
    let out = tokio::task::spawn_blocking(move || open_in_browser(&url)).await.unwrap();
    assert!(out.starts_with("ERR:"), "the page's origin is not allowed: {out}");
    assert!(server.wait_log("websocket handshake error: origin not allowed", Duration::from_secs(5)), "{}", server.log());
}
