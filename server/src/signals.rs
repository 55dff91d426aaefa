//! Process signals: the ones this server handles, and `--signal` for sending them to
//! a running server (nats-server's `ldm`, `stop`, `quit`, `term`, `reopen`, `reload`).

use std::sync::Arc;

use tokio::signal::unix::{signal, SignalKind};

use crate::server::Server;
use crate::{info, warn};

/// Installs the handlers: SIGINT/SIGTERM shut down, SIGUSR2 enters lame duck mode,
/// SIGHUP asks for a reload, SIGUSR1 reopens the log file.
pub fn handle(server: Arc<Server>) {
    let kinds = [
        (SignalKind::interrupt(), "interrupt"),
        (SignalKind::terminate(), "terminated"),
        (SignalKind::user_defined2(), "user defined signal 2"),
        (SignalKind::hangup(), "hangup"),
        (SignalKind::user_defined1(), "user defined signal 1"),
    ];
    for (kind, name) in kinds {
        let Ok(mut stream) = signal(kind) else {
            continue;
        };
        let server = server.clone();
        tokio::spawn(async move {
            while stream.recv().await.is_some() {
                match name {
                    "interrupt" | "terminated" => {
                        info!("Trapped \"{}\" signal", name);
                        info!("Initiating Shutdown...");
                        server.shutdown();
                    }
                    "user defined signal 2" => {
                        let s = server.clone();
                        tokio::spawn(async move { s.enter_lame_duck().await });
                    }
                    "hangup" => {
                        if let Err(e) = server.reload() {
                            crate::error!("Failed to reload server configuration: {}", e);
                        }
                    }
                    _ => {
                        let o = server.opts();
                        if let Err(e) = crate::log::configure(o.log_settings()) {
                            warn!("Could not reopen log file: {}", e);
                        } else {
                            info!("File log re-opened");
                        }
                    }
                }
            }
        });
    }
}

/// `--signal NAME[=PID|PIDFILE]`: sends the signal and returns the exit code.
pub fn send(name: &str, target: Option<&str>) -> i32 {
    let sig = match name {
        "stop" => libc::SIGKILL,
        "quit" => libc::SIGINT,
        "term" => libc::SIGTERM,
        "reopen" => libc::SIGUSR1,
        "reload" => libc::SIGHUP,
        "ldm" => libc::SIGUSR2,
        other => {
            eprintln!("unknown signal \"{other}\"");
            return 1;
        }
    };
    let pids = match target {
        Some(t) => match t.parse::<i32>() {
            Ok(pid) => vec![pid],
            Err(_) => match std::fs::read_to_string(t) {
                Ok(text) => match text.trim().parse::<i32>() {
                    Ok(pid) => vec![pid],
                    Err(_) => {
                        eprintln!("invalid pid file {t}: {:?}", text.trim());
                        return 1;
                    }
                },
                Err(e) => {
                    eprintln!("could not read pid file {t}: {e}");
                    return 1;
                }
            },
        },
        None => running_servers(),
    };
    match pids.as_slice() {
        [] => {
            eprintln!("no natsx server processes running");
            1
        }
        [pid] => {
            // SAFETY: kill(2) with a pid and a valid signal number has no memory effects.
            if unsafe { libc::kill(*pid, sig) } != 0 {
                eprintln!("could not signal process {pid}: {}", std::io::Error::last_os_error());
                return 1;
            }
            0
        }
        many => {
            let list: Vec<String> = many.iter().map(|p| p.to_string()).collect();
            eprintln!("multiple natsx server processes running:\n{}", list.join("\n"));
            1
        }
    }
}

/// Other processes running this executable with the `server` subcommand.
fn running_servers() -> Vec<i32> {
    let me = std::process::id() as i32;
    let exe = std::env::current_exe().ok();
    let mut pids = Vec::new();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return pids;
    };
    for entry in entries.flatten() {
        let Ok(pid) = entry.file_name().to_string_lossy().parse::<i32>() else {
            continue;
        };
        if pid == me {
            continue;
        }
        let same_exe = std::fs::read_link(entry.path().join("exe")).ok() == exe;
        let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
        let is_server = cmdline.split(|&b| b == 0).nth(1) == Some(b"server".as_slice());
        if same_exe && is_server {
            pids.push(pid);
        }
    }
    pids
}
