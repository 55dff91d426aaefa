//! HTTP monitoring (`-m PORT`): `/varz`, `/connz`, `/routez`, `/gatewayz`, `/leafz`,
//! `/subsz`, `/jsz`, `/accountz`, `/accstatz`, `/healthz`, `/ipqueuesz`.
//!
//! A deliberately small HTTP/1.1 responder (one request per connection):
//! the endpoints are read by dashboards, scripts and curl, and a full HTTP stack
//! would cost more build time than the feature is worth. JSON field names follow
//! nats-server's monitor structs so existing tooling reads them unchanged.

mod accountz;
mod connz;
mod endpoints;
mod healthz;
mod jsz;
mod metrics;
mod routez;
mod subsz;
mod varz;

pub use endpoints::report;

use std::sync::Arc;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::server::Server;

/// Binds the monitoring port and serves it in the background. Returns the bound port.
/// With `tls`, the port speaks HTTPS (nats-server's `https_port`).
pub async fn start(server: Arc<Server>, host: &str, port: i32, tls: Option<Arc<crate::tls::Tls>>) -> std::io::Result<u16> {
    let port = if port < 0 { 0 } else { port as u16 };
    let listener = crate::net::listen(host, port).await?;
    let bound = listener.local_addr()?.port();
    tokio::spawn(async move {
        loop {
            let Ok((socket, _)) = listener.accept().await else {
                continue;
            };
            let (server, tls) = (server.clone(), tls.clone());
            tokio::spawn(async move {
                let _ = tokio::time::timeout(Duration::from_secs(10), async move {
                    match tls {
                        Some(tls) => match tls.acceptor.accept(socket).await {
                            Ok(stream) => serve(server, stream).await,
                            Err(_) => Ok(()),
                        },
                        None => serve(server, socket).await,
                    }
                })
                .await;
            });
        }
    });
    Ok(bound)
}

async fn serve<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(server: Arc<Server>, mut socket: S) -> std::io::Result<()> {
    let mut req = Vec::with_capacity(1024);
    let mut chunk = [0u8; 1024];
    // The end of the head: a blank line, with CRLF or (as Go's server also takes) bare LF.
    while !req.windows(4).any(|w| w == b"\r\n\r\n") && !req.windows(2).any(|w| w == b"\n\n") {
        let n = socket.read(&mut chunk).await?;
        if n == 0 || req.len() > 16 * 1024 {
            return Ok(());
        }
        req.extend_from_slice(&chunk[..n]);
    }
    let end = req.iter().position(|&b| b == b'\n').unwrap_or(0);
    let line = String::from_utf8_lossy(&req[..end]).trim_end_matches('\r').to_string();
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let params = parse_query(query);
    let text = |status, body: &str| endpoints::Response { status, content_type: "text/plain; charset=utf-8", body: body.to_string() };
    // Any method is served, as nats-server's handlers serve them; HEAD gets no body.
    let response = match endpoints::handle(&server, path, &params) {
        Some(response) => response,
        None => text(404, "404 page not found\n"),
    };
    let endpoints::Response { status, content_type, body } = response;
    let reason = match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "Error",
    };
    let cors = if content_type == "application/json" { "Access-Control-Allow-Origin: *\r\n" } else { "" };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\n{cors}Content-Type: {content_type}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    socket.write_all(head.as_bytes()).await?;
    if method != "HEAD" {
        socket.write_all(body.as_bytes()).await?;
    }
    socket.shutdown().await
}

/// `a=1&b=x` → pairs, with `%XX` and `+` decoded.
fn parse_query(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match u8::from_str_radix(std::str::from_utf8(&bytes[i + 1..i + 3]).unwrap_or("zz"), 16) {
                Ok(b) => {
                    out.push(b);
                    i += 2;
                }
                Err(_) => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
