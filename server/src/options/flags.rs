//! nats-server's command line, parsed the way Go's `flag` package does it.
//!
//! Scripts, service files and the official clients' test harnesses call the server
//! with these exact flags, so the grammar is Go's rather than clap's: one or two
//! leading dashes are the same (`-port` == `--port`), values come as `-p 4222` or
//! `-p=4222`, booleans are bare (`-D`) or explicit (`-D=false`), combined spellings
//! such as `-DV` are flags of their own, and parsing stops at `--` or the first
//! argument that is not a flag.

use std::path::PathBuf;

use super::{unsupported, Options};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Bool,
    Str,
    Int,
}

/// (names, kind, canonical name)
const FLAGS: &[(&[&str], Kind, &str)] = &[
    (&["a", "addr", "net"], Kind::Str, "addr"),
    (&["p", "port"], Kind::Int, "port"),
    (&["n", "name", "server_name"], Kind::Str, "name"),
    (&["P", "pid"], Kind::Str, "pid"),
    (&["m", "http_port"], Kind::Int, "http_port"),
    (&["ms", "https_port"], Kind::Int, "https_port"),
    (&["c", "config"], Kind::Str, "config"),
    (&["t"], Kind::Bool, "t"),
    (&["sl", "signal"], Kind::Str, "signal"),
    (&["client_advertise"], Kind::Str, "client_advertise"),
    (&["ports_file_dir"], Kind::Str, "ports_file_dir"),
    (&["l", "log"], Kind::Str, "log"),
    (&["T", "logtime"], Kind::Bool, "logtime"),
    (&["s", "syslog"], Kind::Bool, "syslog"),
    (&["r", "remote_syslog"], Kind::Str, "remote_syslog"),
    (&["D", "debug"], Kind::Bool, "debug"),
    (&["V", "trace"], Kind::Bool, "trace"),
    (&["VV"], Kind::Bool, "VV"),
    (&["DV"], Kind::Bool, "DV"),
    (&["DVV"], Kind::Bool, "DVV"),
    (&["log_size_limit"], Kind::Int, "log_size_limit"),
    (&["max_traced_msg_len"], Kind::Int, "max_traced_msg_len"),
    (&["js", "jetstream"], Kind::Bool, "jetstream"),
    (&["sd", "store_dir"], Kind::Str, "store_dir"),
    (&["user"], Kind::Str, "user"),
    (&["pass"], Kind::Str, "pass"),
    (&["auth"], Kind::Str, "auth"),
    (&["tls"], Kind::Bool, "tls"),
    (&["tlscert"], Kind::Str, "tlscert"),
    (&["tlskey"], Kind::Str, "tlskey"),
    (&["tlsverify"], Kind::Bool, "tlsverify"),
    (&["tlscacert"], Kind::Str, "tlscacert"),
    (&["routes"], Kind::Str, "routes"),
    (&["cluster", "cluster_listen"], Kind::Str, "cluster"),
    (&["cluster_name"], Kind::Str, "cluster_name"),
    (&["cluster_advertise"], Kind::Str, "cluster_advertise"),
    (&["no_advertise"], Kind::Bool, "no_advertise"),
    (&["connect_retries"], Kind::Int, "connect_retries"),
    (&["profile"], Kind::Int, "profile"),
    (&["h", "help"], Kind::Bool, "help"),
    (&["v", "version"], Kind::Bool, "version"),
    (&["help_tls"], Kind::Bool, "help_tls"),
];

/// What the command line asks for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Run(Box<Flags>),
    Help,
    HelpTls,
    Version,
    /// `--signal NAME[=PID|PIDFILE]`
    Signal {
        signal: String,
        target: Option<String>,
    },
}

/// Flags as given, in order; applied over the config file by `apply`.
#[derive(Debug, Default, PartialEq)]
pub struct Flags {
    pub config: Option<PathBuf>,
    values: Vec<(&'static str, String)>,
}

#[derive(Debug, PartialEq)]
pub struct FlagError(pub String);

impl std::fmt::Display for FlagError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn parse(args: &[String]) -> Result<Command, FlagError> {
    let mut flags = Flags::default();
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        i += 1;
        if arg == "--" {
            break;
        }
        let Some(body) = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-')) else {
            return Err(FlagError(format!("unrecognized command: \"{arg}\"")));
        };
        if body.is_empty() || body.starts_with('-') || body.starts_with('=') {
            return Err(FlagError(format!("bad flag syntax: {arg}")));
        }
        let (name, inline) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let Some(&(_, kind, canonical)) = FLAGS.iter().find(|(names, _, _)| names.contains(&name)) else {
            return Err(FlagError(format!("flag provided but not defined: -{name}")));
        };
        let value = match (kind, inline) {
            (Kind::Bool, None) => "true".to_string(),
            (Kind::Bool, Some(v)) => match v.as_str() {
                "1" | "t" | "T" | "true" | "TRUE" | "True" => "true".into(),
                "0" | "f" | "F" | "false" | "FALSE" | "False" => "false".into(),
                _ => return Err(FlagError(format!("invalid boolean value \"{v}\" for -{name}: parse error"))),
            },
            (_, Some(v)) => v,
            (_, None) => match args.get(i) {
                Some(v) => {
                    i += 1;
                    v.clone()
                }
                None => return Err(FlagError(format!("flag needs an argument: -{name}"))),
            },
        };
        if kind == Kind::Int && value.parse::<i64>().is_err() {
            return Err(FlagError(format!("invalid value \"{value}\" for flag -{name}: parse error")));
        }
        match canonical {
            "help" if value == "true" => return Ok(Command::Help),
            "help_tls" if value == "true" => return Ok(Command::HelpTls),
            "version" if value == "true" => return Ok(Command::Version),
            "config" => flags.config = Some(PathBuf::from(&value)),
            _ => {}
        }
        flags.values.push((canonical, value));
    }
    if let Some(rest) = args.get(i) {
        return Err(FlagError(format!("unrecognized command: \"{rest}\"")));
    }
    if let Some((_, sig)) = flags.values.iter().rev().find(|(k, _)| *k == "signal") {
        let (signal, target) = match sig.split_once('=') {
            Some((s, t)) => (s.to_string(), Some(t.to_string())),
            None => (sig.clone(), None),
        };
        return Ok(Command::Signal { signal, target });
    }
    Ok(Command::Run(Box::new(flags)))
}

impl Flags {
    /// Applies the flags over `opts` (which already holds defaults and the config file).
    /// Returns warnings for flags natsx accepts but ignores (pure tuning), or the error
    /// for a flag that asks for something natsx cannot enforce yet (fail closed).
    pub fn apply(&self, opts: &mut Options) -> Result<Vec<String>, String> {
        let mut warnings = Vec::new();
        let on = |v: &str| v == "true";
        // nats-server's `-tls*` flags: any of them replaces the file's TLS with theirs;
        // `-tls=false` turns TLS off.
        let (mut tls_flags, mut tls_off) = (crate::tls::TlsSettings::default(), false);
        let mut tls_given = false;
        for (name, value) in &self.values {
            match *name {
                "tls" if !on(value) => tls_off = true,
                "tls" => tls_given = true,
                "tlscert" | "tlskey" | "tlscacert" | "tlsverify" => {
                    tls_given = true;
                    match *name {
                        "tlscert" => tls_flags.cert_file = value.clone(),
                        "tlskey" => tls_flags.key_file = value.clone(),
                        "tlscacert" => tls_flags.ca_file = Some(value.clone()),
                        _ => tls_flags.verify = on(value),
                    }
                }
                "addr" => opts.host = value.clone(),
                "port" => opts.port = value.parse().unwrap_or(opts.port),
                "name" => opts.server_name = Some(value.clone()),
                "pid" => opts.pid_file = Some(value.into()),
                "http_port" => opts.http_port = value.parse().ok(),
                "https_port" => opts.https_port = value.parse().ok(),
                "config" => opts.config_file = Some(value.into()),
                "t" => opts.check_config = on(value),
                "client_advertise" => opts.client_advertise = Some(value.clone()),
                "ports_file_dir" => opts.ports_file_dir = Some(value.into()),
                "log" => opts.log_file = Some(value.into()),
                "log_size_limit" => opts.log_size_limit = value.parse().unwrap_or(0),
                "logtime" => opts.logtime = on(value),
                "debug" => opts.debug = on(value),
                "trace" | "VV" => opts.trace = on(value),
                "DV" | "DVV" => {
                    opts.debug = on(value);
                    opts.trace = on(value);
                }
                "jetstream" => opts.jetstream = on(value),
                "cluster" => {
                    if opts.cluster.host.is_empty() {
                        opts.cluster.host = "0.0.0.0".into();
                    }
                    opts.cluster.set_listen_url(value)?;
                }
                "cluster_name" => opts.cluster.name = Some(value.clone()).filter(|n| !n.is_empty()),
                "routes" => opts.cluster.set_routes_flag(value),
                "cluster_advertise" => opts.cluster.advertise = Some(value.clone()),
                "no_advertise" => opts.cluster.no_advertise = on(value),
                "connect_retries" => opts.cluster.connect_retries = value.parse::<i64>().unwrap_or(0).max(0) as u32,
                "store_dir" => opts.store_dir = Some(value.into()),
                "user" => opts.username = Some(value.clone()),
                "pass" => opts.password = Some(value.clone()),
                "auth" => opts.token = Some(value.clone()),
                "signal" | "help" | "version" | "help_tls" => {}
                other => {
                    // A boolean flag set to false asks for nothing.
                    if value == "false" {
                        continue;
                    }
                    if let Some(what) = unsupported::refused_flag(other) {
                        return Err(unsupported::refusal(&format!("-{other}"), what));
                    }
                    match unsupported::ignored_flag(other) {
                        Some(what) => warnings.push(unsupported::ignored(&format!("-{other}"), what)),
                        None => return Err(format!("flag -{other} is not implemented in natsx")),
                    }
                }
            }
        }
        if tls_off {
            opts.tls = None;
        } else if tls_given {
            if tls_flags.cert_file.is_empty() {
                return Err("TLS Server certificate must be present and valid".into());
            }
            if tls_flags.key_file.is_empty() {
                return Err("TLS Server private key must be present and valid".into());
            }
            crate::tls::Tls::new(&tls_flags)?;
            opts.tls = Some(tls_flags);
        }
        Ok(warnings)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(args: &[&str]) -> Options {
        let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
        let Command::Run(flags) = parse(&args).unwrap() else { panic!("not a run") };
        let mut o = Options::default();
        flags.apply(&mut o).unwrap();
        o
    }

    #[test]
    fn go_flag_grammar() {
        let o = run(&["-p", "-1", "--addr=127.0.0.1", "-DV", "-T=false", "--name", "x", "-js", "-sd", "/tmp/d"]);
        assert_eq!(o.port, -1);
        assert_eq!(o.host, "127.0.0.1");
        assert!(o.debug && o.trace && !o.logtime && o.jetstream);
        assert_eq!(o.server_name.as_deref(), Some("x"));
        assert_eq!(o.store_dir, Some("/tmp/d".into()));
        let o = run(&["--port=4333", "--user", "u", "--pass", "p", "-m", "8222"]);
        assert_eq!((o.port, o.http_port), (4333, Some(8222)));
        assert_eq!(o.username.as_deref(), Some("u"));
    }

    #[test]
    fn actions_and_errors() {
        let p = |a: &[&str]| parse(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(p(&["-v"]), Ok(Command::Version));
        assert_eq!(p(&["--help"]), Ok(Command::Help));
        assert_eq!(p(&["--signal", "ldm=123"]), Ok(Command::Signal { signal: "ldm".into(), target: Some("123".into()) }));
        assert_eq!(p(&["-sl", "stop"]), Ok(Command::Signal { signal: "stop".into(), target: None }));
        assert_eq!(p(&["-bogus"]), Err(FlagError("flag provided but not defined: -bogus".into())));
        assert!(p(&["-p"]).is_err());
        assert!(p(&["-p", "abc"]).is_err());
        assert!(p(&["-D=maybe"]).is_err());
    }

    #[test]
    fn flags_natsx_cannot_enforce_refuse_to_start() {
        let apply = |a: &[&str]| {
            let Command::Run(flags) = parse(&a.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap() else { panic!() };
            flags.apply(&mut Options::default())
        };
        // The TLS flags as nats-server checks them.
        assert_eq!(apply(&["--tls"]), Err("TLS Server certificate must be present and valid".into()));
        assert_eq!(apply(&["--tlscert", "c.pem"]).unwrap_err(), "TLS Server private key must be present and valid");
        assert_eq!(
            apply(&["--tlscert", "c.pem", "--tlskey", "k.pem"]).unwrap_err(),
            "error parsing X509 certificate/key pair: open c.pem: no such file or directory"
        );
        let mut o = Options::default();
        let flags = |args: &[&str]| match parse(&args.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap() {
            Command::Run(f) => f,
            _ => unreachable!(),
        };
        flags(&["--cluster", "nats://127.0.0.1:6300", "--cluster_name", "c", "--routes", "nats://a:1,nats://b:2"]).apply(&mut o).unwrap();
        assert_eq!((o.cluster.port, o.cluster.name.as_deref(), o.cluster.routes.len()), (6300, Some("c"), 2));
        assert!(apply(&["-s"]).unwrap_err().starts_with("-syslog: logging to syslog"));
        assert_eq!(apply(&["--tls=false", "-s=false"]), Ok(vec![]), "a flag turned off asks for nothing");
        assert_eq!(apply(&["--profile", "6060"]).unwrap().len(), 1);
    }
}
