//! The connection flags every client command takes, named as the `nats` CLI names
//! them, and turning them into an `async-nats` connection.

use std::time::Duration;

use anyhow::{anyhow, bail, Context, Result};
use async_nats::{ConnectErrorKind, ConnectOptions, Event, ServerAddr};

use crate::output::clock;
use clap::Args;

#[derive(Args, Debug, Clone)]
pub struct ConnectArgs {
    /// NATS server URLs, comma separated [default: the context's, else nats://127.0.0.1:4222]
    #[arg(short = 's', long = "server", env = "NATS_URL", global = true, help_heading = "Connection Options")]
    pub server: Option<String>,
    /// The connection context to use (`natsx context`), instead of the selected one
    #[arg(long, env = "NATS_CONTEXT", global = true, help_heading = "Connection Options")]
    pub context: Option<String>,
    /// Username or token
    #[arg(long, env = "NATS_USER", global = true, help_heading = "Connection Options")]
    pub user: Option<String>,
    /// Password
    #[arg(long, env = "NATS_PASSWORD", global = true, help_heading = "Connection Options")]
    pub password: Option<String>,
    /// Authentication token
    #[arg(long, env = "NATS_TOKEN", global = true, help_heading = "Connection Options")]
    pub token: Option<String>,
    /// User credentials file (JWT and seed)
    #[arg(long, env = "NATS_CREDS", global = true, help_heading = "Connection Options")]
    pub creds: Option<std::path::PathBuf>,
    /// NKey seed file
    #[arg(long, env = "NATS_NKEY", global = true, help_heading = "Connection Options")]
    pub nkey: Option<std::path::PathBuf>,
    /// Time to wait on connect and on responses (e.g. 5s, 500ms)
    #[arg(long, default_value = "5s", value_parser = parse_duration, global = true, help_heading = "Connection Options")]
    pub timeout: Duration,
    /// Name of this connection, as the server shows it
    #[arg(long = "connection-name", global = true, help_heading = "Connection Options")]
    pub connection_name: Option<String>,
    /// TLS client certificate file (with --tlskey)
    #[arg(long, env = "NATS_CERT", global = true, help_heading = "TLS Options")]
    pub tlscert: Option<std::path::PathBuf>,
    /// TLS client key file
    #[arg(long, env = "NATS_KEY", global = true, help_heading = "TLS Options")]
    pub tlskey: Option<std::path::PathBuf>,
    /// CA file that signed the server's certificate (TLS is then required)
    #[arg(long, env = "NATS_CA", global = true, help_heading = "TLS Options")]
    pub tlsca: Option<std::path::PathBuf>,
    /// Start TLS before the server's INFO (for servers with handshake_first)
    #[arg(long, global = true, help_heading = "TLS Options")]
    pub tlsfirst: bool,
}

/// A clear error for a TLS file that cannot be read (the client library's is vaguer).
fn ensure_file(path: &std::path::Path, flag: &str) -> Result<()> {
    std::fs::metadata(path).map(|_| ()).map_err(|e| anyhow!("{flag} {}: {e}", path.display()))
}

/// Go-style durations (`500ms`, `2s`, `1m30s`); a bare number is seconds.
pub fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    if let Ok(secs) = s.parse::<f64>() {
        if secs >= 0.0 {
            return Duration::try_from_secs_f64(secs).map_err(|_| format!("invalid duration \"{s}\": too long"));
        }
    }
    natsx_common::time::parse_go_duration(s).ok_or_else(|| format!("invalid duration \"{s}\" (use e.g. 500ms, 2s, 1m)"))
}

/// Tells the user, on standard error, what happens to the connection while a command
/// runs: server errors (`-ERR`, permission violations), lost and regained
/// connections, slow-consumer drops and lame duck mode. Without this a long-running
/// command would just go quiet.
fn report_events(opts: ConnectOptions) -> ConnectOptions {
    let lost = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    opts.event_callback(move |event| {
        let lost = lost.clone();
        async move {
            use std::sync::atomic::Ordering;
            match event {
                Event::Disconnected => {
                    lost.store(true, Ordering::Relaxed);
                    eprintln!("{} natsx: disconnected from the server, reconnecting", clock());
                }
                Event::Connected if lost.swap(false, Ordering::Relaxed) => eprintln!("{} natsx: reconnected", clock()),
                Event::Connected | Event::Draining | Event::Closed => {}
                Event::LameDuckMode => eprintln!("{} natsx: the server is entering lame duck mode", clock()),
                Event::SlowConsumer(sid) => {
                    eprintln!("{} natsx: messages dropped: subscription {sid} fell behind (slow consumer)", clock())
                }
                Event::ServerError(e) => eprintln!("{} natsx: server error: {e}", clock()),
                // Each failed reconnect attempt is a client error: said once, above.
                Event::ClientError(_) if lost.load(Ordering::Relaxed) => {}
                Event::ClientError(e) => eprintln!("{} natsx: client error: {e}", clock()),
            }
        }
    })
}

/// The REPL's connection, which the commands it runs use instead of connecting.
static SHARED: std::sync::Mutex<Option<async_nats::Client>> = std::sync::Mutex::new(None);

/// Sets (or clears) the connection every command uses (the REPL's).
pub fn share(client: Option<async_nats::Client>) {
    *SHARED.lock().unwrap_or_else(|e| e.into_inner()) = client;
}

/// The server when neither a flag, `NATS_URL` nor a context names one.
pub const DEFAULT_URL: &str = "nats://127.0.0.1:4222";

impl ConnectArgs {
    /// The server URLs in force.
    pub fn url(&self) -> &str {
        self.server.as_deref().unwrap_or(DEFAULT_URL)
    }

    /// `base` with the flags `typed` says were typed here (on the command line, not
    /// from the environment or a default) taking their values from these: the flags
    /// after `natsx server VERB` over those before `server` and the environment.
    pub fn typed_over(&self, base: &ConnectArgs, typed: impl Fn(&str) -> bool) -> ConnectArgs {
        let mut merged = base.clone();
        macro_rules! take {
            ($($field:ident => $id:literal),*) => { $( if typed($id) { merged.$field = self.$field.clone(); } )* };
        }
        take!(server => "server", context => "context", user => "user", password => "password", token => "token", creds => "creds",
            nkey => "nkey", connection_name => "connection_name", tlscert => "tlscert", tlskey => "tlskey", tlsca => "tlsca",
            timeout => "timeout", tlsfirst => "tlsfirst");
        merged
    }

    /// Fills what the command line and environment left unset from the context named
    /// by `--context`, else the selected one (the nats CLI's precedence: flags over the
    /// context). An unknown `--context` is an error; no context selected is none.
    pub fn apply_context(&mut self) -> Result<()> {
        // An empty `NATS_CONTEXT` names none (an empty server is an error, below).
        self.context = self.context.take().filter(|c| !c.is_empty());
        let Some(ctx) = crate::context::load(self.context.as_deref())? else { return Ok(()) };
        // Fail closed: a context asking for something natsx would not do (another
        // JetStream domain, a proxy, nsc lookups) is refused rather than half-applied.
        let unsupported = ctx.unsupported();
        if !unsupported.is_empty() {
            bail!(
                "the context sets {}, which natsx does not apply yet: remove it (natsx context edit) or use the nats CLI",
                unsupported.join(", ")
            );
        }
        let set = |v: &String| (!v.is_empty()).then(|| v.clone());
        let path = |v: &String| set(v).map(|p| std::path::PathBuf::from(crate::context::expand_home(&p)));
        if self.server.is_none() {
            self.server = set(&ctx.url);
        }
        // A flag naming another way of authenticating replaces the context's; a user or
        // password flag replaces that field only.
        if self.token.is_none() && self.creds.is_none() && self.nkey.is_none() {
            self.user = self.user.take().or_else(|| set(&ctx.user));
            self.password = self.password.take().or_else(|| set(&ctx.password));
            if self.user.is_none() {
                self.token = set(&ctx.token);
                self.creds = path(&ctx.creds);
                self.nkey = path(&ctx.nkey);
            }
        }
        if self.tlscert.is_none() && self.tlskey.is_none() {
            self.tlscert = path(&ctx.cert);
            self.tlskey = path(&ctx.key);
        }
        if self.tlsca.is_none() {
            self.tlsca = path(&ctx.ca);
        }
        self.tlsfirst |= ctx.tls_first;
        Ok(())
    }

    fn options(&self) -> Result<ConnectOptions> {
        let mut opts = ConnectOptions::new().connection_timeout(self.timeout).request_timeout(Some(self.timeout));
        opts = report_events(opts);
        opts = opts.name(self.connection_name.clone().unwrap_or_else(|| "NATSX CLI".to_string()));
        match (&self.user, &self.password) {
            (Some(u), Some(p)) => opts = opts.user_and_password(u.clone(), p.clone()),
            // The `nats` CLI treats a user without a password as a token.
            (Some(u), None) => opts = opts.token(u.clone()),
            (None, Some(_)) => return Err(anyhow!("--password needs --user")),
            (None, None) => {}
        }
        if let Some(t) = &self.token {
            opts = opts.token(t.clone());
        }
        // Credentials in the URL (`nats://user:pass@host`, `nats://token@host`), as the
        // nats CLI takes them, when no flag gives any.
        if self.user.is_none() && self.token.is_none() {
            if let Some(first) = self.servers()?.first() {
                match (first.username(), first.password()) {
                    (Some(u), Some(p)) => opts = opts.user_and_password(u.to_string(), p.to_string()),
                    (Some(t), None) if !t.is_empty() => opts = opts.token(t.to_string()),
                    _ => {}
                }
            }
        }
        // TLS options with a plain ws:// URL would be dropped: refuse, as tls:// would be
        // the answer on the client port.
        let wants_tls = self.tlsca.is_some() || self.tlscert.is_some() || self.tlsfirst;
        if wants_tls && self.servers()?.iter().any(|s| s.scheme() == "ws") {
            bail!("ws:// is plain text: use wss:// with TLS options");
        }
        // TLS as the `nats` CLI takes it: a CA, a client certificate or TLS-first asks
        // for TLS (a `tls://` URL does too).
        if let Some(ca) = &self.tlsca {
            ensure_file(ca, "--tlsca")?;
            opts = opts.add_root_certificates(ca.clone()).require_tls(true);
        }
        match (&self.tlscert, &self.tlskey) {
            (Some(cert), Some(key)) => {
                ensure_file(cert, "--tlscert")?;
                ensure_file(key, "--tlskey")?;
                opts = opts.add_client_certificate(cert.clone(), key.clone()).require_tls(true);
            }
            (Some(_), None) => bail!("--tlscert needs --tlskey"),
            (None, Some(_)) => bail!("--tlskey needs --tlscert"),
            (None, None) => {}
        }
        if self.tlsfirst {
            opts = opts.tls_first();
        }
        if let Some(path) = &self.nkey {
            let seed = std::fs::read_to_string(path).with_context(|| format!("cannot read nkey file {}", path.display()))?;
            let seed =
                seed.lines().map(str::trim).find(|l| l.starts_with('S')).ok_or_else(|| anyhow!("no nkey seed in {}", path.display()))?;
            opts = opts.nkey(seed.to_string());
        }
        Ok(opts)
    }

    /// The comma-separated server URLs (`nats://`, `tls://`, `ws://`, `wss://`). An empty
    /// list, or a URL without a host, is an error.
    fn servers(&self) -> Result<Vec<ServerAddr>> {
        let servers = self
            .url()
            .split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                let addr = s.parse::<ServerAddr>().map_err(|e| anyhow!("invalid server URL \"{s}\": {e}"))?;
                if addr.host().is_empty() {
                    bail!("invalid server URL \"{s}\": no host");
                }
                Ok(addr)
            })
            .collect::<Result<Vec<_>>>()?;
        if servers.is_empty() {
            bail!("no server URL given: pass --server (-s) or set NATS_URL");
        }
        Ok(servers)
    }

    /// The first server as a plain TCP address with the credentials its URL carries, for
    /// the benchmark's raw-protocol clients. `tls://` and WebSocket URLs are refused:
    /// these clients speak plain TCP only, and must not quietly drop what the URL asks for.
    pub fn plain_address(&self) -> Result<PlainAddress> {
        let first = self.servers()?.swap_remove(0);
        if first.is_websocket() {
            bail!("{}: this client speaks plain TCP only; use --client async-nats for ws:// and wss:// URLs", self.url());
        }
        if first.tls_required() {
            bail!("{}: this client speaks plain TCP only; use --client async-nats for tls:// URLs", self.url());
        }
        let auth = match (first.username(), first.password()) {
            (Some(user), Some(pass)) => Some(UrlAuth::User(user.to_string(), pass.to_string())),
            (Some(token), None) => Some(UrlAuth::Token(token.to_string())),
            _ => None,
        };
        Ok(PlainAddress { addr: format!("{}:{}", first.host(), first.port()), auth })
    }

    /// Connects, turning connection failures into one clear line.
    pub async fn connect(&self) -> Result<async_nats::Client> {
        self.connect_tuned(|o| o).await
    }

    /// Connects with extra client options (the benchmarks raise buffer capacities).
    pub async fn connect_tuned(&self, tune: impl FnOnce(ConnectOptions) -> ConnectOptions) -> Result<async_nats::Client> {
        if let Some(shared) = SHARED.lock().unwrap_or_else(|e| e.into_inner()).clone() {
            return Ok(shared);
        }
        let mut opts = tune(self.options()?);
        if let Some(path) = &self.creds {
            opts = opts.credentials_file(path).await.with_context(|| format!("cannot load credentials {}", path.display()))?;
        }
        let servers = self.servers()?;
        match async_nats::connect_with_options(servers, opts).await {
            Ok(client) => Ok(client),
            Err(e) => Err(match e.kind() {
                ConnectErrorKind::AuthorizationViolation => anyhow!("authorization violation connecting to {}", self.url()),
                ConnectErrorKind::TimedOut => anyhow!("timed out connecting to {}", self.url()),
                ConnectErrorKind::Io => anyhow!("cannot connect to {}: {}", self.url(), e),
                _ => anyhow!("cannot connect to {}: {}", self.url(), e),
            }),
        }
    }
}

/// A round trip through the server: once it returns, everything sent before (a SUB
/// in particular) has been processed. `flush` alone only empties the client's buffer.
pub async fn round_trip(client: &async_nats::Client) -> Result<()> {
    let subject = format!("_NATSX_RT.{}", client.new_inbox());
    match client.request(subject, bytes::Bytes::new()).await {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == async_nats::RequestErrorKind::NoResponders => Ok(()),
        Err(e) => Err(anyhow!("round trip to the server failed: {e}")),
    }
}

/// Parses `-H key:value` header flags into a header map.
pub fn headers(pairs: &[String]) -> Result<async_nats::HeaderMap> {
    let mut map = async_nats::HeaderMap::new();
    for pair in pairs {
        let (k, v) = pair.split_once(':').ok_or_else(|| anyhow!("invalid header \"{pair}\": use key:value"))?;
        let k = k.trim();
        if k.is_empty() || k.contains(char::is_whitespace) {
            return Err(anyhow!("invalid header name \"{k}\""));
        }
        map.append(k, v.trim());
    }
    Ok(map)
}

/// A server reachable over plain TCP (see [`ConnectArgs::plain_address`]).
pub struct PlainAddress {
    /// `host:port`.
    pub addr: String,
    pub auth: Option<UrlAuth>,
}

/// Credentials written into a server URL (`nats://user:pass@host`, `nats://token@host`).
pub enum UrlAuth {
    User(String, String),
    Token(String),
}

/// Sends one request and collects every answer that arrives within `window` (several
/// servers or service instances may answer). `None` when no one listens (the server's
/// no-responders status).
pub async fn request_many(
    client: &async_nats::Client,
    subject: &str,
    payload: bytes::Bytes,
    window: Duration,
) -> Result<Option<Vec<bytes::Bytes>>> {
    use futures::StreamExt;
    let inbox = client.new_inbox();
    let mut sub = client.subscribe(inbox.clone()).await?;
    client.publish_with_reply(subject.to_string(), inbox, payload).await?;
    client.flush().await?;
    let mut answers = Vec::new();
    let deadline = tokio::time::Instant::now() + window;
    while let Ok(Some(msg)) = tokio::time::timeout_at(deadline, sub.next()).await {
        if msg.status.is_some_and(|s| s == async_nats::StatusCode::NO_RESPONDERS) {
            return Ok(None);
        }
        answers.push(msg.payload);
    }
    Ok(Some(answers))
}
