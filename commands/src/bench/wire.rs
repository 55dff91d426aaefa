//! A minimal protocol-level load generator for the throughput benchmarks.
//!
//! Measuring a server needs a client that is cheaper than the server, or the client
//! is what gets measured: on a small machine `async-nats` tops out near 4 million
//! publishes a second, below what the servers can take. So the throughput modes
//! default to this engine: the publisher writes pre-built batches of PUB frames in
//! large writes; the subscriber reads large buffers and only counts MSG frames,
//! answering server PINGs. Both engines produce the same report; `--client async-nats`
//! runs the official client instead, and request/reply always uses it.

use std::time::{Duration, Instant};

use anyhow::{anyhow, Result};
use memchr::memmem;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

use crate::connect::ConnectArgs;

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
        let url = conn.server.split(',').next().unwrap_or_default().trim();
        let addr = url.split("://").last().unwrap_or(url);
        let (auth, addr) = match addr.rsplit_once('@') {
            Some((auth, host)) => (Some(auth.to_string()), host.to_string()),
            None => (None, addr.to_string()),
        };
        let addr = if addr.contains(':') { addr } else { format!("{addr}:4222") };
        let stream = TcpStream::connect(&addr).await.map_err(|e| anyhow!("cannot connect to {addr}: {e}"))?;
        stream.set_nodelay(true)?;
        let mut fields = vec!["\"verbose\":false".to_string(), "\"pedantic\":false".to_string(), "\"name\":\"natsx bench\"".to_string()];
        let (mut user, mut pass, mut token) = (conn.user.clone(), conn.password.clone(), conn.token.clone());
        if let Some(auth) = auth {
            match auth.split_once(':') {
                Some((u, p)) => (user, pass) = (Some(u.to_string()), Some(p.to_string())),
                None => token = Some(auth),
            }
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
    pub async fn publish(
        &mut self,
        subject: &str,
        multisubject: bool,
        size: usize,
        count: u64,
        deadline: Option<Instant>,
        sleep: Option<Duration>,
        progress: &(dyn Fn(u64) + Sync),
    ) -> Result<u64> {
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
            let mut at = 0usize;
            let before = msgs;
            loop {
                if skip > 0 {
                    let take = skip.min(filled - at);
                    at += take;
                    skip -= take;
                    if skip > 0 {
                        break;
                    }
                }
                let Some(nl) = memchr::memchr(b'\n', &buf[at..filled]) else { break };
                let line = &buf[at..at + nl];
                at += nl + 1;
                if line.starts_with(b"MSG ") || line.starts_with(b"HMSG ") {
                    let line = line.strip_suffix(b"\r").unwrap_or(line);
                    let size =
                        line.rsplit(|&b| b == b' ').next().and_then(|s| std::str::from_utf8(s).ok()).and_then(|s| s.parse::<usize>().ok());
                    let Some(size) = size else { return Err(anyhow!("bad MSG line: {}", String::from_utf8_lossy(line))) };
                    msgs += 1;
                    bytes += size as u64;
                    skip = size + 2;
                } else if line.starts_with(b"PING") {
                    self.stream.write_all(b"PONG\r\n").await?;
                } else if line.starts_with(b"-ERR") {
                    return Err(anyhow!("server said {}", String::from_utf8_lossy(line).trim()));
                }
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
