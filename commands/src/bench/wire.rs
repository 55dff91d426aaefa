//! A minimal protocol-level load generator for the throughput benchmarks.
//!
//! Measuring a server needs a client that is cheaper than the server, or the client
//! is what gets measured: on a small machine `async-nats` tops out near 4 million
//! publishes a second, below what the servers can take. So the throughput modes
//! default to this engine: the publisher writes pre-built batches of PUB frames in
//! large writes; the subscriber reads large buffers and only counts MSG frames,
//! answering server PINGs. Both engines produce the same report; `--client async-nats`
//! runs the official client instead, and request/reply always uses it.

use std::os::fd::AsFd;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use memchr::memmem;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use super::Load;
use crate::connect::{ConnectArgs, PlainAddress, UrlAuth};

/// An open connection after CONNECT.
pub struct Wire {
    stream: TcpStream,
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".into())
}

impl Wire {
    pub async fn connect(conn: &ConnectArgs) -> Result<Wire> {
        if conn.creds.is_some() || conn.nkey.is_some() {
            return Err(anyhow!("--creds and --nkey need `--client async-nats`"));
        }
        let PlainAddress { addr, auth } = conn.plain_address()?;
        let stream = TcpStream::connect(&addr).await.map_err(|e| anyhow!("cannot connect to {addr}: {e}"))?;
        stream.set_nodelay(true)?;
        let mut fields = vec!["\"verbose\":false".to_string(), "\"pedantic\":false".to_string(), "\"name\":\"natsx bench\"".to_string()];
        let (mut user, mut pass, mut token) = (conn.user.clone(), conn.password.clone(), conn.token.clone());
        match auth {
            Some(UrlAuth::User(u, p)) => (user, pass) = (Some(u), Some(p)),
            Some(UrlAuth::Token(t)) => token = Some(t),
            None => {}
        }
        match (user, pass) {
            (Some(u), Some(p)) => fields.extend([format!("\"user\":{}", json_string(&u)), format!("\"pass\":{}", json_string(&p))]),
            (Some(t), None) => fields.push(format!("\"auth_token\":{}", json_string(&t))),
            _ => {}
        }
        if let Some(t) = token {
            fields.push(format!("\"auth_token\":{}", json_string(&t)));
        }
        let mut wire = Wire { stream };
        wire.stream.write_all(format!("CONNECT {{{}}}\r\nPING\r\n", fields.join(",")).as_bytes()).await?;
        wire.wait_pong().await?;
        Ok(wire)
    }

    /// Waits for the PONG to our PING, failing on `-ERR`.
    pub async fn wait_pong(&mut self) -> Result<()> {
        let mut seen = Vec::new();
        let mut buf = [0u8; 8192];
        let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
        loop {
            if let Some(i) = memmem::find(&seen, b"-ERR") {
                let end = memmem::find(&seen[i..], b"\r\n").map_or(seen.len(), |e| i + e);
                return Err(anyhow!("server said {}", String::from_utf8_lossy(&seen[i..end])));
            }
            if memmem::find(&seen, b"PONG\r\n").is_some() {
                return Ok(());
            }
            let n =
                tokio::time::timeout_at(deadline, self.stream.read(&mut buf)).await.map_err(|_| anyhow!("no PONG from the server"))??;
            if n == 0 {
                return Err(anyhow!("connection closed by the server"));
            }
            seen.extend_from_slice(&buf[..n]);
            if seen.len() > 4096 {
                seen.drain(..seen.len() - 4096);
            }
        }
    }

    pub async fn subscribe(&mut self, subject: &str, queue: Option<&str>) -> Result<()> {
        let line = match queue {
            Some(q) => format!("SUB {subject} {q} 1\r\nPING\r\n"),
            None => format!("SUB {subject} 1\r\nPING\r\n"),
        };
        self.stream.write_all(line.as_bytes()).await?;
        self.wait_pong().await
    }

    /// Publishes `count` messages of `size` bytes (or until `deadline`), in large
    /// writes, then waits until the server has processed them all. Calls `progress`
    /// with batch sizes. Returns how many were sent.
    pub async fn publish(&mut self, load: &Load, count: u64, deadline: Option<Instant>, progress: &(dyn Fn(u64) + Sync)) -> Result<u64> {
        let (subject, multisubject, size, sleep) = (load.subject.as_str(), load.multisubject, load.size, load.sleep);
        let payload = vec![b'x'; size];
        let frame = |buf: &mut Vec<u8>, n: u64| {
            buf.extend_from_slice(b"PUB ");
            buf.extend_from_slice(subject.as_bytes());
            if multisubject {
                buf.extend_from_slice(format!(".{n}").as_bytes());
            }
            buf.extend_from_slice(format!(" {size}\r\n").as_bytes());
            buf.extend_from_slice(&payload);
            buf.extend_from_slice(b"\r\n");
        };
        // One batch is about 64 KiB of frames (at least one frame).
        let frame_len = subject.len() + size + 32;
        let per_batch = if sleep.is_some() { 1 } else { (64 * 1024 / frame_len).max(1) as u64 };
        let mut template = Vec::new();
        if !multisubject {
            for _ in 0..per_batch {
                frame(&mut template, 0);
            }
        }
        let mut sent = 0u64;
        let mut batch = Vec::with_capacity(template.len().max(frame_len * per_batch as usize));
        loop {
            let n = match deadline {
                Some(d) if Instant::now() >= d => break,
                Some(_) => per_batch,
                None if sent >= count => break,
                None => per_batch.min(count - sent),
            };
            if multisubject {
                batch.clear();
                for i in 0..n {
                    frame(&mut batch, sent + i);
                }
                self.stream.write_all(&batch).await?;
            } else if n == per_batch {
                self.stream.write_all(&template).await?;
            } else {
                self.stream.write_all(&template[..(template.len() / per_batch as usize) * n as usize]).await?;
            }
            sent += n;
            progress(n);
            if let Some(pause) = sleep {
                tokio::time::sleep(pause).await;
            }
        }
        self.stream.write_all(b"PING\r\n").await?;
        self.wait_pong().await?;
        Ok(sent)
    }

    /// Counts MSG frames until `until` says stop (checked per read) or the connection
    /// has been quiet for `idle(received)`. Answers server PINGs. Returns (messages,
    /// payload bytes, first and last arrival).
    pub async fn count_messages(
        &mut self,
        until: &(dyn Fn(u64) -> bool + Sync),
        idle: &(dyn Fn(u64) -> Duration + Sync),
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<(u64, u64, Option<Instant>, Instant)> {
        let mut buf = vec![0u8; 256 * 1024];
        let mut filled = 0usize;
        let (mut msgs, mut bytes) = (0u64, 0u64);
        let mut first = None;
        let mut last = Instant::now();
        // Bytes of the current message's payload (+ CRLF) still to skip.
        let mut skip = 0usize;

        while !until(msgs) {
            if filled == buf.len() {
                buf.resize(buf.len() * 2, 0);
            }
            let n = match tokio::time::timeout(idle(msgs), self.stream.read(&mut buf[filled..])).await {
                Ok(r) => r?,
                Err(_) => break,
            };
            if n == 0 {
                return Err(anyhow!("connection closed by the server (slow consumer?)"));
            }
            let now = Instant::now();
            filled += n;
            let before = msgs;
            let mut pongs = 0;
            let mut error = None;
            let at = scan(&buf[..filled], &mut skip, |frame| match frame {
                Frame::Msg { size, .. } => {
                    msgs += 1;
                    bytes += size as u64;
                }
                Frame::Ping => pongs += 1,
                Frame::Err(line) => error = Some(line),
            })?;
            if let Some(line) = error {
                return Err(anyhow!("server said {line}"));
            }
            for _ in 0..pongs {
                self.stream.write_all(b"PONG\r\n").await?;
            }
            buf.copy_within(at..filled, 0);
            filled -= at;
            if msgs > before {
                first.get_or_insert(now);
                last = now;
                progress(msgs - before);
            }
        }
        Ok((msgs, bytes, first, last))
    }
}

/// A server frame, as the benchmark clients need it.
pub enum Frame<'a> {
    /// `MSG`/`HMSG`: subject, reply and total size; the payload is skipped.
    Msg {
        subject: &'a [u8],
        reply: Option<&'a [u8]>,
        size: usize,
    },
    Ping,
    Err(String),
}

/// Walks complete frames at the front of `buf`, calling `on_frame` for each; payload
/// bytes are skipped (across calls, through `skip`). Returns how many bytes were used.
pub fn scan<'a>(buf: &'a [u8], skip: &mut usize, mut on_frame: impl FnMut(Frame<'a>)) -> Result<usize> {
    let mut at = 0usize;
    loop {
        if *skip > 0 {
            let take = (*skip).min(buf.len() - at);
            at += take;
            *skip -= take;
            if *skip > 0 {
                return Ok(at);
            }
        }
        let Some(nl) = memchr::memchr(b'\n', &buf[at..]) else { return Ok(at) };
        let line = &buf[at..at + nl];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        if line.starts_with(b"MSG ") || line.starts_with(b"HMSG ") {
            let mut parts = line.split(|&b| b == b' ').filter(|p| !p.is_empty());
            let headers = line.starts_with(b"H");
            parts.next();
            let fields: Vec<&[u8]> = parts.collect();
            // MSG subject sid [reply] size | HMSG subject sid [reply] hsize size
            let plain = if headers { fields.len().saturating_sub(1) } else { fields.len() };
            let size = fields.last().and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.parse::<usize>().ok());
            let (Some(size), Some(subject)) = (size, fields.first()) else {
                return Err(anyhow!("bad MSG line: {}", String::from_utf8_lossy(line)));
            };
            let reply = (plain == 4).then(|| fields[2]);
            at += nl + 1;
            *skip = size + 2;
            on_frame(Frame::Msg { subject, reply, size });
            continue;
        }
        at += nl + 1;
        if line.starts_with(b"PING") {
            on_frame(Frame::Ping);
        } else if line.starts_with(b"-ERR") {
            on_frame(Frame::Err(String::from_utf8_lossy(line).into_owned()));
        }
    }
}

impl Wire {
    /// A responder in `queue`: answers each request with `size` bytes, until `stop`.
    pub async fn serve(mut self, subject: &str, queue: &str, size: usize) -> Result<u64> {
        self.subscribe(subject, Some(queue)).await?;
        let payload = vec![b'x'; size];
        let mut buf = vec![0u8; 64 * 1024];
        let (mut filled, mut skip, mut answered) = (0usize, 0usize, 0u64);
        let mut out = Vec::with_capacity(64 * 1024);
        loop {
            if filled == buf.len() {
                buf.resize(buf.len() * 2, 0);
            }
            let n = self.stream.read(&mut buf[filled..]).await?;
            if n == 0 {
                return Ok(answered);
            }
            filled += n;
            out.clear();
            let at = scan(&buf[..filled], &mut skip, |frame| match frame {
                Frame::Msg { reply: Some(reply), .. } => {
                    out.extend_from_slice(b"PUB ");
                    out.extend_from_slice(reply);
                    out.extend_from_slice(format!(" {size}\r\n").as_bytes());
                    out.extend_from_slice(&payload);
                    out.extend_from_slice(b"\r\n");
                    answered += 1;
                }
                Frame::Ping => out.extend_from_slice(b"PONG\r\n"),
                _ => {}
            })?;
            if !out.is_empty() {
                self.stream.write_all(&out).await?;
            }
            buf.copy_within(at..filled, 0);
            filled -= at;
        }
    }

    /// Sends `count` requests (or until `deadline`) and returns the latencies in
    /// nanoseconds. Closed loop without `rate`: one request outstanding, the next sent
    /// when its reply is in. Open loop with `rate`: request i is due at start + i/rate
    /// whatever the replies do, and its latency counts from when it was due.
    pub async fn request(
        mut self,
        subject: &str,
        size: usize,
        limit: Limit,
        rate: Option<f64>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<Vec<u64>> {
        let inbox = format!("_INBOX.natsx{}x{}", std::process::id(), self.stream.local_addr()?.port());
        self.subscribe(&format!("{inbox}.*"), None).await?;
        let requests = Arc::new(Requests { subject: subject.to_string(), inbox, payload: vec![b'x'; size] });
        let (mut reader, mut writer) = self.stream.into_split();
        let start = Instant::now();
        let mut latencies = Vec::new();
        let mut replies = Replies::default();
        match rate {
            None => {
                let mut i = 0;
                while limit.allows(i) {
                    let sent = Instant::now();
                    writer.write_all(&requests.frame(i)).await?;
                    loop {
                        let (seqs, pongs) = replies.read(&mut reader).await?;
                        for _ in 0..pongs {
                            writer.write_all(b"PONG\r\n").await?;
                        }
                        if !seqs.is_empty() {
                            break;
                        }
                    }
                    latencies.push(sent.elapsed().as_nanos() as u64);
                    progress(1);
                    i += 1;
                }
            }
            Some(rate) => {
                let interval = Duration::from_secs_f64(1.0 / rate);
                let due = move |i: u64| start + interval.mul_f64(i as f64);
                // The sender runs on its own thread: tokio's timers tick in whole
                // milliseconds, which would show up as latency at high rates, while a
                // thread sleep is accurate to tens of microseconds. It writes through a
                // second handle of the same socket (non-blocking, as tokio set it).
                let sender_requests = requests.clone();
                let socket = std::net::TcpStream::from(writer.as_ref().as_fd().try_clone_to_owned()?);
                let mut sender = tokio::task::spawn_blocking(move || {
                    let mut i = 0u64;
                    while limit.allows(i) {
                        let wait = due(i).saturating_duration_since(Instant::now());
                        if !wait.is_zero() {
                            std::thread::sleep(wait);
                        }
                        write_all_nonblocking(&socket, &sender_requests.frame(i))?;
                        i += 1;
                    }
                    Ok::<_, anyhow::Error>((i, ()))
                });
                let mut _writer = Some(writer);
                // Read replies until the sender is done and every request it sent is answered.
                let mut total: Option<u64> = None;
                loop {
                    if total.is_some_and(|n| latencies.len() as u64 >= n) {
                        break;
                    }
                    if total.is_none() && sender.is_finished() {
                        let (sent, ()) = (&mut sender).await.map_err(|e| anyhow!("sender failed: {e}"))??;
                        total = Some(sent);
                        continue;
                    }
                    // Short waits while sending (to notice the sender finish), then a generous one.
                    let wait = if total.is_some() { Duration::from_secs(30) } else { Duration::from_millis(100) };
                    match tokio::time::timeout(wait, replies.read(&mut reader)).await {
                        Ok(read) => {
                            let (seqs, _) = read?;
                            let now = Instant::now();
                            for i in seqs {
                                latencies.push(now.saturating_duration_since(due(i)).as_nanos() as u64);
                                progress(1);
                            }
                        }
                        Err(_) if total.is_some() => {
                            return Err(anyhow!("{} replies missing after {wait:?}", total.unwrap_or(0) - latencies.len() as u64));
                        }
                        Err(_) => {}
                    }
                }
            }
        }
        Ok(latencies)
    }
}

/// `write_all` on a non-blocking socket from a plain thread: retries briefly when the
/// socket buffer is full.
fn write_all_nonblocking(mut socket: &std::net::TcpStream, mut bytes: &[u8]) -> Result<()> {
    use std::io::Write;
    while !bytes.is_empty() {
        match socket.write(bytes) {
            Ok(0) => return Err(anyhow!("connection closed")),
            Ok(n) => bytes = &bytes[n..],
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => std::thread::sleep(Duration::from_micros(50)),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e.into()),
        }
    }
    Ok(())
}

/// How many requests to send: a count, or until a deadline.
#[derive(Clone, Copy)]
pub struct Limit {
    pub count: u64,
    pub deadline: Option<Instant>,
}

impl Limit {
    fn allows(&self, i: u64) -> bool {
        match self.deadline {
            Some(d) => Instant::now() < d,
            None => i < self.count,
        }
    }
}

/// Builds request `i`: a PUB whose reply subject carries its sequence number.
struct Requests {
    subject: String,
    inbox: String,
    payload: Vec<u8>,
}

impl Requests {
    fn frame(&self, i: u64) -> Vec<u8> {
        let mut f = format!("PUB {} {}.{} {}\r\n", self.subject, self.inbox, i, self.payload.len()).into_bytes();
        f.extend_from_slice(&self.payload);
        f.extend_from_slice(b"\r\n");
        f
    }
}

/// The read side of a requester: returns the sequence numbers of the replies that
/// arrived (and how many PINGs need a PONG).
#[derive(Default)]
struct Replies {
    buf: Vec<u8>,
    filled: usize,
    skip: usize,
}

impl Replies {
    async fn read(&mut self, reader: &mut tokio::net::tcp::OwnedReadHalf) -> Result<(Vec<u64>, usize)> {
        if self.buf.len() < 64 * 1024 {
            self.buf.resize(64 * 1024, 0);
        }
        if self.filled == self.buf.len() {
            self.buf.resize(self.buf.len() * 2, 0);
        }
        let n = reader.read(&mut self.buf[self.filled..]).await?;
        if n == 0 {
            return Err(anyhow!("connection closed by the server"));
        }
        self.filled += n;
        let (mut seqs, mut pongs, mut error) = (Vec::new(), 0, None);
        let at = scan(&self.buf[..self.filled], &mut self.skip, |frame| match frame {
            Frame::Msg { subject, .. } => {
                let seq = subject.rsplit(|&b| b == b'.').next().and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.parse().ok());
                seqs.push(seq.unwrap_or(0));
            }
            Frame::Ping => pongs += 1,
            Frame::Err(line) => error = Some(line),
        })?;
        if let Some(line) = error {
            return Err(anyhow!("server said {line}"));
        }
        self.buf.copy_within(at..self.filled, 0);
        self.filled -= at;
        Ok((seqs, pongs))
    }
}
