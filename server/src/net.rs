//! Listening sockets. nats-server listens with Go's `net.Listen("tcp", host:port)`, which
//! for the wildcard address `0.0.0.0` (its default) opens one dual-stack socket: IPv4
//! clients and IPv6 clients (`[::1]`) alike. natsx does the same for `0.0.0.0`, `::` and
//! an empty host, falling back to IPv4 alone where the machine has no IPv6.

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};

use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::TcpListener;

/// How many connections may wait to be accepted (Linux caps it at somaxconn).
const BACKLOG: i32 = 4096;

/// Binds `host:port` (port 0 picks a free one). Errors are the bind's own.
pub async fn listen(host: &str, port: u16) -> std::io::Result<TcpListener> {
    let wildcard = matches!(host, "" | "0.0.0.0" | "::" | "[::]");
    if wildcard {
        match dual_stack(port) {
            Ok(listener) => return Ok(listener),
            // No IPv6 here: IPv4 only, as Go falls back.
            Err(e) if matches!(e.raw_os_error(), Some(libc::EAFNOSUPPORT) | Some(libc::EADDRNOTAVAIL)) => {}
            Err(e) => return Err(e),
        }
        return TcpListener::bind((Ipv4Addr::UNSPECIFIED, port)).await;
    }
    TcpListener::bind((host.trim_matches(['[', ']']), port)).await
}

/// A failed `listen` as Go's net package words it, which nats-server logs:
/// `listen tcp 127.0.0.1:4222: bind: address already in use`.
pub fn listen_error(host: &str, port: u16, e: &std::io::Error) -> String {
    let host = host.trim_matches(['[', ']']);
    let addr = if host.contains(':') { format!("[{host}]:{port}") } else { format!("{host}:{port}") };
    match e.raw_os_error() {
        Some(code) => {
            // Go's errno texts are the C library's, starting in lower case.
            let text = std::io::Error::from_raw_os_error(code).to_string();
            let text = text.split(" (os error").next().unwrap_or(&text);
            let mut chars = text.chars();
            let text: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
            format!("listen tcp {addr}: bind: {text}")
        }
        None => format!("listen tcp {addr}: {e}"),
    }
}

fn dual_stack(port: u16) -> std::io::Result<TcpListener> {
    let socket = Socket::new(Domain::IPV6, Type::STREAM, Some(Protocol::TCP))?;
    socket.set_only_v6(false)?;
    socket.set_reuse_address(true)?;
    socket.set_nonblocking(true)?;
    socket.bind(&SocketAddr::from((Ipv6Addr::UNSPECIFIED, port)).into())?;
    socket.listen(BACKLOG)?;
    TcpListener::from_std(socket.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_errors_read_as_go_writes_them() {
        let in_use = std::io::Error::from_raw_os_error(libc::EADDRINUSE);
        assert_eq!(listen_error("127.0.0.1", 4222, &in_use), "listen tcp 127.0.0.1:4222: bind: address already in use");
        let denied = std::io::Error::from_raw_os_error(libc::EACCES);
        assert_eq!(listen_error("::1", 80, &denied), "listen tcp [::1]:80: bind: permission denied");
    }

    #[tokio::test]
    async fn wildcard_listens_on_ipv4_and_ipv6() {
        let listener = listen("0.0.0.0", 0).await.unwrap();
        let port = listener.local_addr().unwrap().port();
        assert!(tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok());
        if std::net::TcpStream::connect(("::1", port)).is_err() && listener.local_addr().unwrap().is_ipv4() {
            return; // a machine without IPv6
        }
        assert!(tokio::net::TcpStream::connect(("::1", port)).await.is_ok());
        let v4_only = listen("127.0.0.1", 0).await.unwrap();
        assert!(v4_only.local_addr().unwrap().is_ipv4());
    }
}
