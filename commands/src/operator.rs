//! `natsx account init | add | generate | describe | revocations`: operators, accounts
//! and users as NKeys and JWTs, the nsc verbs in the same binary as the server.
//!
//! The store is nsc's, so an nsc store keeps working here and the other way round:
//! JWTs under `$XDG_DATA_HOME/nats/nsc/stores/<operator>/` (`<operator>.jwt`,
//! `accounts/<account>/<account>.jwt`, `accounts/<account>/users/<user>.jwt`, a `.nsc`
//! file naming the operator), seeds under `$NKEYS_PATH` (default
//! `$XDG_DATA_HOME/nats/nsc/keys`) as `keys/<K>/<XX>/<public key>.nk`, creds as
//! `creds/<operator>/<account>/<user>.creds`; the current operator and account in
//! `$NSC_HOME/nsc.json` (default `$XDG_CONFIG_HOME/nats/nsc/nsc.json`). Directories are
//! 0700, files 0600.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use clap::{Args, Subcommand, ValueEnum};
use natsx_common::jwt::{self, AccountClaims, OperatorClaims, UserClaims};

#[derive(Subcommand, Debug)]
pub enum AddCommand {
    /// Add an operator (its key signs accounts)
    Operator {
        name: String,
        /// Also add a system account `SYS` with a user `sys`, named in the operator JWT
        #[arg(long)]
        sys: bool,
    },
    /// Add an account signed by the current operator
    Account {
        name: String,
        #[command(flatten)]
        limits: AccountLimitArgs,
    },
    /// Add a user signed by an account
    User {
        name: String,
        /// The account (default: the current one)
        #[arg(long, short = 'a')]
        account: Option<String>,
        /// Sign with this signing key of the account (its public key, or a scoped key's
        /// role) instead of the account's own key
        #[arg(long, short = 'K')]
        signing_key: Option<String>,
        #[command(flatten)]
        user: Box<UserArgs>,
    },
}

#[derive(Subcommand, Debug)]
pub enum EditCommand {
    /// Change an account's limits or signing keys
    Account {
        name: Option<String>,
        /// Add a signing key: `generate` makes one, or give its public key
        #[arg(long)]
        sk: Vec<String>,
        /// Remove a signing key
        #[arg(long)]
        rm_sk: Vec<String>,
        #[command(flatten)]
        limits: EditLimitArgs,
    },
    /// Make a signing key scoped: its users get this role's permissions (a template:
    /// `{{name()}}`, `{{tag(NAME)}}` ... are filled in per user)
    SigningKey {
        #[arg(long, short = 'a')]
        account: Option<String>,
        /// The signing key (public key)
        #[arg(long)]
        sk: String,
        #[arg(long)]
        role: String,
        #[command(flatten)]
        user: UserArgs,
    },
    /// Make the account an auth callout account (as `nsc edit authcallout`): clients
    /// presenting its users' JWTs, but for `--auth-user`s, are handed to the callout
    /// service running as an auth user
    Authcallout {
        #[arg(long, short = 'a')]
        account: Option<String>,
        /// A user (public key, or name in this account) the service connects as
        #[arg(long)]
        auth_user: Vec<String>,
        #[arg(long)]
        rm_auth_user: Vec<String>,
        /// An account (public key or name; `*` for any) the service may place users in
        #[arg(long)]
        allowed_account: Vec<String>,
        #[arg(long)]
        rm_allowed_account: Vec<String>,
        /// The service's curve key (X...): the server encrypts requests to it
        #[arg(long)]
        curve: Option<String>,
        /// Remove the callout altogether
        #[arg(long)]
        disable: bool,
    },
}

/// Limits to change (unset ones stay).
#[derive(Args, Debug, Default)]
pub struct EditLimitArgs {
    #[arg(long, allow_negative_numbers = true)]
    conns: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    subs: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    payload: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    js_mem_storage: Option<i64>,
    #[arg(long, allow_negative_numbers = true)]
    js_disk_storage: Option<i64>,
}

/// Account limits (`-1` is unlimited).
#[derive(Args, Debug, Default)]
pub struct AccountLimitArgs {
    /// Connections at once
    #[arg(long, default_value_t = -1, allow_negative_numbers = true)]
    conns: i64,
    /// Subscriptions per connection
    #[arg(long, default_value_t = -1, allow_negative_numbers = true)]
    subs: i64,
    /// Largest message payload (bytes)
    #[arg(long, default_value_t = -1, allow_negative_numbers = true)]
    payload: i64,
    /// JetStream memory storage (bytes; -1 unlimited, 0 JetStream off)
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    js_mem_storage: i64,
    /// JetStream disk storage (bytes; -1 unlimited, 0 JetStream off)
    #[arg(long, default_value_t = 0, allow_negative_numbers = true)]
    js_disk_storage: i64,
    /// Refuse bearer user JWTs
    #[arg(long)]
    disallow_bearer: bool,
}

/// A user's permissions and limits.
#[derive(Args, Debug, Default)]
pub struct UserArgs {
    /// Subjects the user may publish to (repeat, or comma-separated)
    #[arg(long, value_delimiter = ',')]
    allow_pub: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    deny_pub: Vec<String>,
    /// Subjects the user may subscribe to (`subject queue` for a queue group)
    #[arg(long, value_delimiter = ',')]
    allow_sub: Vec<String>,
    #[arg(long, value_delimiter = ',')]
    deny_sub: Vec<String>,
    /// The user may answer requests it receives (this many responses each)
    #[arg(long)]
    allow_pub_response: Option<i64>,
    /// Valid for this long (`1h`, `30d`); default: no expiry
    #[arg(long)]
    expiry: Option<String>,
    /// A bearer token: no nonce signature needed
    #[arg(long)]
    bearer: bool,
    /// Networks the user may connect from (CIDRs)
    #[arg(long, value_delimiter = ',')]
    source_network: Vec<String>,
    /// Connection types allowed (STANDARD, WEBSOCKET, ...)
    #[arg(long, value_delimiter = ',')]
    conn_type: Vec<String>,
    /// A time of day the user may connect, `HH:MM:SS-HH:MM:SS` (repeatable; nsc's --time)
    #[arg(long)]
    time: Vec<String>,
    /// The IANA time zone of --time (default: the server's local zone)
    #[arg(long)]
    locale: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum GenerateCommand {
    /// Print (or write) a user's .creds file
    Creds {
        #[arg(long, short = 'a')]
        account: Option<String>,
        #[arg(long, short = 'n')]
        name: String,
        #[arg(long, short = 'o')]
        output_file: Option<PathBuf>,
    },
    /// Print a server configuration that trusts the current operator
    Config {
        /// With every account JWT preloaded (resolver: MEMORY)
        #[arg(long, conflicts_with = "nats_resolver")]
        mem_resolver: bool,
        /// With the NATS-based resolver (`resolver { type: full }`), the system account
        /// preloaded; the others are pushed with `natsx account push`
        #[arg(long)]
        nats_resolver: bool,
        /// The resolver's directory (with --nats-resolver)
        #[arg(long, default_value = "./jwt")]
        dir: String,
        /// The system account (default: the operator's)
        #[arg(long)]
        sys_account: Option<String>,
        #[arg(long)]
        config_file: Option<PathBuf>,
    },
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq)]
pub enum Entity {
    Operator,
    Account,
    User,
}

#[derive(Subcommand, Debug)]
pub enum ListCommand {
    /// The operator's, accounts' and users' keys, and whether their seeds are stored
    Keys,
}

#[derive(Subcommand, Debug)]
pub enum RevocationsCommand {
    /// Revoke a user's JWTs issued until now
    AddUser {
        #[arg(long, short = 'a')]
        account: Option<String>,
        #[arg(long, short = 'n')]
        name: String,
    },
}

impl UserArgs {
    /// Puts the permissions and limits given into a user (or a scoped key's template).
    fn apply(&self, u: &mut jwt::User) -> Result<()> {
        u.publish = jwt::Permission { allow: self.allow_pub.clone(), deny: self.deny_pub.clone() };
        u.subscribe = jwt::Permission { allow: self.allow_sub.clone(), deny: self.deny_sub.clone() };
        for s in u.publish.allow.iter().chain(&u.publish.deny) {
            if !s.contains("{{") && !natsx_common::subject::is_valid_subscribe(s.as_bytes()) {
                bail!("invalid publish subject {s:?}");
            }
        }
        if let Some(max) = self.allow_pub_response {
            u.resp = Some(jwt::ResponsePermission { max_msgs: max, expires: 0 });
        }
        for cidr in &self.source_network {
            if jwt::parse_cidr(cidr).is_none() {
                bail!("invalid source network {cidr:?}: expected a CIDR such as 10.0.0.0/8");
            }
        }
        u.src = self.source_network.clone();
        u.allowed_connection_types = self.conn_type.iter().map(|t| t.to_uppercase()).collect();
        for range in &self.time {
            let (start, end) = range.split_once('-').ok_or_else(|| anyhow!("invalid --time {range:?}: expected HH:MM:SS-HH:MM:SS"))?;
            if jwt::parse_time_of_day(start).is_none() || jwt::parse_time_of_day(end).is_none() {
                bail!("invalid --time {range:?}: expected HH:MM:SS-HH:MM:SS");
            }
            u.times.push(jwt::TimeRange { start: start.to_string(), end: end.to_string() });
        }
        if let Some(locale) = &self.locale {
            u.locale = locale.clone();
        }
        u.bearer_token = self.bearer;
        Ok(())
    }
}

/// Where nsc keeps things.
pub(crate) struct Store {
    /// `stores/<operator>`.
    dir: PathBuf,
    pub(crate) operator: String,
    keys: PathBuf,
}

fn env_dir(var: &str, fallback: &[&str]) -> PathBuf {
    if let Some(v) = std::env::var_os(var).filter(|v| !v.is_empty()) {
        return PathBuf::from(v);
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("."));
    fallback.iter().fold(home, |p, part| p.join(part))
}

fn data_home() -> PathBuf {
    env_dir("XDG_DATA_HOME", &[".local", "share"])
}

fn config_file() -> PathBuf {
    match std::env::var_os("NSC_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir).join("nsc.json"),
        None => env_dir("XDG_CONFIG_HOME", &[".config"]).join("nats").join("nsc").join("nsc.json"),
    }
}

fn stores_root() -> PathBuf {
    let config: serde_json::Value =
        std::fs::read_to_string(config_file()).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default();
    match config.get("store_root").and_then(|s| s.as_str()).filter(|s| !s.is_empty()) {
        Some(root) => PathBuf::from(root),
        None => data_home().join("nats").join("nsc").join("stores"),
    }
}

fn keys_root() -> PathBuf {
    match std::env::var_os("NKEYS_PATH").filter(|v| !v.is_empty()) {
        Some(p) => PathBuf::from(p),
        None => data_home().join("nats").join("nsc").join("keys"),
    }
}

/// Reads nsc.json's `operator` and `account`.
fn current(field: &str) -> Option<String> {
    let config: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(config_file()).ok()?).ok()?;
    config.get(field)?.as_str().filter(|s| !s.is_empty()).map(str::to_string)
}

/// Records the current operator and account in nsc.json (keeping what else it holds).
fn set_current(operator: &str, account: Option<&str>) -> Result<()> {
    let path = config_file();
    let mut config: serde_json::Value =
        std::fs::read_to_string(&path).ok().and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_else(|| serde_json::json!({}));
    config["store_root"] = serde_json::json!(stores_root());
    config["operator"] = serde_json::json!(operator);
    if let Some(a) = account {
        config["account"] = serde_json::json!(a);
    }
    write_file(&path, serde_json::to_string_pretty(&config)?.as_bytes())
}

fn make_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).with_context(|| format!("cannot create {}", dir.display()))
}

/// Writes a file readable by its owner only, making its directory.
pub(crate) fn write_file(path: &Path, data: &[u8]) -> Result<()> {
    if let Some(dir) = path.parent() {
        make_dir(dir)?;
    }
    crate::nkey::write_private(path, std::str::from_utf8(data).unwrap_or_default())
}

impl Store {
    /// The operator named, or nsc.json's current one, or the only one in the store.
    pub(crate) fn open(operator: Option<&str>) -> Result<Store> {
        let root = stores_root();
        let name = match operator.map(str::to_string).or_else(|| current("operator")) {
            Some(name) => name,
            None => {
                let names: Vec<String> = std::fs::read_dir(&root)
                    .map(|d| {
                        d.filter_map(|e| e.ok())
                            .filter(|e| e.path().is_dir())
                            .map(|e| e.file_name().to_string_lossy().into_owned())
                            .collect()
                    })
                    .unwrap_or_default();
                match names.as_slice() {
                    [one] => one.clone(),
                    [] => bail!("no operator in {}: run `natsx account init` first", root.display()),
                    _ => bail!("several operators in {}: name one with --operator", root.display()),
                }
            }
        };
        let dir = root.join(&name);
        if !dir.join(format!("{name}.jwt")).exists() {
            bail!("operator {name:?} not found in {}", root.display());
        }
        Ok(Store { dir, operator: name, keys: keys_root() })
    }

    fn create(name: &str) -> Result<Store> {
        let dir = stores_root().join(name);
        if dir.join(format!("{name}.jwt")).exists() {
            bail!("operator {name:?} already exists in {}", stores_root().display());
        }
        make_dir(&dir.join("accounts"))?;
        let info = serde_json::json!({"managed": false, "name": name, "kind": "operator", "version": "1"});
        write_file(&dir.join(".nsc"), info.to_string().as_bytes())?;
        Ok(Store { dir, operator: name.to_string(), keys: keys_root() })
    }

    fn key_path(&self, public: &str) -> PathBuf {
        self.keys.join("keys").join(&public[..1]).join(&public[1..3]).join(format!("{public}.nk"))
    }

    fn save_key(&self, pair: &nkeys::KeyPair) -> Result<()> {
        let seed = pair.seed().map_err(|e| anyhow!("{e}"))?;
        write_file(&self.key_path(&pair.public_key()), format!("{seed}\n").as_bytes())
    }

    pub(crate) fn load_key(&self, public: &str) -> Result<nkeys::KeyPair> {
        let path = self.key_path(public);
        let text =
            std::fs::read_to_string(&path).with_context(|| format!("the seed of {public} is not in the key store ({})", path.display()))?;
        nkeys::KeyPair::from_seed(text.trim()).map_err(|e| anyhow!("invalid seed in {}: {e}", path.display()))
    }

    fn operator_path(&self) -> PathBuf {
        self.dir.join(format!("{}.jwt", self.operator))
    }

    pub(crate) fn account_path(&self, account: &str) -> PathBuf {
        self.dir.join("accounts").join(account).join(format!("{account}.jwt"))
    }

    pub(crate) fn user_path(&self, account: &str, user: &str) -> PathBuf {
        self.dir.join("accounts").join(account).join("users").join(format!("{user}.jwt"))
    }

    fn creds_path(&self, account: &str, user: &str) -> PathBuf {
        self.keys.join("creds").join(&self.operator).join(account).join(format!("{user}.creds"))
    }

    pub(crate) fn read(path: &Path) -> Result<String> {
        let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        jwt::parse_decorated_jwt(&text).map_err(|e| anyhow!("{}: {e}", path.display()))
    }

    pub(crate) fn operator_claims(&self) -> Result<(String, OperatorClaims)> {
        let token = Store::read(&self.operator_path())?;
        let claims = OperatorClaims::decode(&token).map_err(|e| anyhow!("operator JWT: {e}"))?;
        Ok((token, claims))
    }

    pub(crate) fn account_claims(&self, account: &str) -> Result<(String, AccountClaims)> {
        let path = self.account_path(account);
        if !path.exists() {
            bail!("account {account:?} not found in operator {:?}", self.operator);
        }
        let token = Store::read(&path)?;
        let claims = AccountClaims::decode(&token).map_err(|e| anyhow!("account {account:?} JWT: {e}"))?;
        Ok((token, claims))
    }

    pub(crate) fn accounts(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.dir.join("accounts"))
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.retain(|n| self.account_path(n).exists());
        names.sort();
        names
    }

    /// The account named, or nsc.json's current one, or the only non-system one.
    pub(crate) fn pick_account(&self, account: Option<&str>) -> Result<String> {
        if let Some(a) = account.map(str::to_string).or_else(|| current("account")) {
            return Ok(a);
        }
        let names: Vec<String> = self.accounts().into_iter().filter(|a| a != "SYS").collect();
        match names.as_slice() {
            [one] => Ok(one.clone()),
            _ => bail!("name the account with --account"),
        }
    }

    fn add_operator(&self, pair: &nkeys::KeyPair, system_account: Option<&str>) -> Result<()> {
        let mut claims = OperatorClaims::new(&pair.public_key());
        claims.claims.name = self.operator.clone();
        if let Some(sys) = system_account {
            claims.nats.system_account = sys.to_string();
        }
        let token = claims.encode(pair).map_err(|e| anyhow!(e))?;
        write_file(&self.operator_path(), token.as_bytes())
    }

    fn add_account(&self, name: &str, limits: &AccountLimitArgs) -> Result<nkeys::KeyPair> {
        if self.account_path(name).exists() {
            bail!("account {name:?} already exists");
        }
        let (_, operator) = self.operator_claims()?;
        let signer = self.load_key(&operator.claims.subject)?;
        let pair = nkeys::KeyPair::new_account();
        self.save_key(&pair)?;
        let mut claims = AccountClaims::new(&pair.public_key());
        claims.claims.name = name.to_string();
        let l = &mut claims.nats.limits;
        (l.conn, l.subs, l.payload) = (limits.conns, limits.subs, limits.payload);
        (l.memory_storage, l.disk_storage, l.disallow_bearer) = (limits.js_mem_storage, limits.js_disk_storage, limits.disallow_bearer);
        if l.jetstream_enabled() {
            (l.streams, l.consumer) = (-1, -1);
        }
        let token = claims.encode(&signer).map_err(|e| anyhow!(e))?;
        write_file(&self.account_path(name), token.as_bytes())?;
        Ok(pair)
    }

    fn add_user(&self, account: &str, name: &str, signing_key: Option<&str>, args: &UserArgs) -> Result<()> {
        if self.user_path(account, name).exists() {
            bail!("user {name:?} already exists in account {account:?}");
        }
        let (_, acc) = self.account_claims(account)?;
        let (signer, scoped) = match signing_key {
            None => (self.load_key(&acc.claims.subject)?, false),
            Some(wanted) => {
                let key = acc
                    .nats
                    .signing_keys
                    .iter()
                    .find(|k| k.key() == wanted || matches!(k, jwt::SigningKey::Scoped(s) if s.role == wanted))
                    .ok_or_else(|| anyhow!("account {account:?} has no signing key or role {wanted:?}"))?;
                (self.load_key(key.key())?, matches!(key, jwt::SigningKey::Scoped(_)))
            }
        };
        if scoped && (!args.allow_pub.is_empty() || !args.allow_sub.is_empty() || !args.deny_pub.is_empty() || !args.deny_sub.is_empty()) {
            bail!("users of a scoped signing key take their permissions from its role");
        }
        let pair = nkeys::KeyPair::new_user();
        self.save_key(&pair)?;
        let mut claims = UserClaims::new(&pair.public_key());
        claims.claims.name = name.to_string();
        if signing_key.is_some() {
            claims.nats.issuer_account = acc.claims.subject.clone();
        }
        if scoped {
            // nats-io/jwt's SetScoped: no permissions or limits of its own.
            claims.nats = jwt::User { issuer_account: acc.claims.subject.clone(), ..Default::default() };
        }
        if !scoped {
            args.apply(&mut claims.nats)?;
        }
        if let Some(expiry) = &args.expiry {
            let d = natsx_common::time::parse_go_duration(expiry)
                .or_else(|| {
                    expiry.strip_suffix('d').and_then(|n| n.parse::<u64>().ok()).map(|n| std::time::Duration::from_secs(n * 86_400))
                })
                .ok_or_else(|| anyhow!("invalid expiry {expiry:?}: expected a duration such as 1h or 30d"))?;
            claims.claims.expires = jwt::now() + d.as_secs() as i64;
        }
        let token = claims.encode(&signer).map_err(|e| anyhow!(e))?;
        write_file(&self.user_path(account, name), token.as_bytes())?;
        let seed = pair.seed().map_err(|e| anyhow!("{e}"))?;
        write_file(&self.creds_path(account, name), jwt::format_creds(&token, &seed).as_bytes())
    }
}

/// `natsx account init`: an operator with a system account `SYS` (user `sys`), made
/// current.
pub fn init(name: &str) -> Result<()> {
    add_operator(name, true)?;
    println!("[ OK ] created operator {name:?} with system account SYS (user sys)");
    println!("       server config: natsx account generate config --mem-resolver > server.conf");
    println!("                  or: natsx account generate config --nats-resolver > server.conf (then natsx account push --all)");
    Ok(())
}

fn add_operator(name: &str, sys: bool) -> Result<()> {
    let store = Store::create(name)?;
    let pair = nkeys::KeyPair::new_operator();
    store.save_key(&pair)?;
    store.add_operator(&pair, None)?;
    if sys {
        let sys_pair = store.add_account("SYS", &AccountLimitArgs { conns: -1, subs: -1, payload: -1, ..Default::default() })?;
        store.add_operator(&pair, Some(&sys_pair.public_key()))?;
        store.add_user("SYS", "sys", None, &UserArgs::default())?;
    }
    set_current(name, None)
}

pub fn add(operator: Option<&str>, command: AddCommand) -> Result<()> {
    match command {
        AddCommand::Operator { name, sys } => {
            add_operator(&name, sys)?;
            println!("[ OK ] added operator {name:?}");
        }
        AddCommand::Account { name, limits } => {
            let store = Store::open(operator)?;
            let pair = store.add_account(&name, &limits)?;
            set_current(&store.operator, Some(&name))?;
            println!("[ OK ] added account {name:?} ({})", pair.public_key());
        }
        AddCommand::User { name, account, signing_key, user } => {
            let store = Store::open(operator)?;
            let account = store.pick_account(account.as_deref())?;
            store.add_user(&account, &name, signing_key.as_deref(), &user)?;
            println!("[ OK ] added user {name:?} to account {account:?}");
            println!("[ OK ] wrote creds to {}", store.creds_path(&account, &name).display());
        }
    }
    Ok(())
}

pub fn generate(operator: Option<&str>, command: GenerateCommand) -> Result<()> {
    let store = Store::open(operator)?;
    match command {
        GenerateCommand::Creds { account, name, output_file } => {
            let account = store.pick_account(account.as_deref())?;
            let path = store.user_path(&account, &name);
            if !path.exists() {
                bail!("user {name:?} not found in account {account:?}");
            }
            let token = Store::read(&path)?;
            let user = UserClaims::decode(&token).map_err(|e| anyhow!("user JWT: {e}"))?;
            let seed = store.load_key(&user.claims.subject)?.seed().map_err(|e| anyhow!("{e}"))?;
            let creds = jwt::format_creds(&token, &seed);
            match output_file {
                Some(path) => write_file(&path, creds.as_bytes())?,
                None => print!("{creds}"),
            }
        }
        GenerateCommand::Config { mem_resolver, nats_resolver, dir, sys_account, config_file } => {
            if !mem_resolver && !nats_resolver {
                bail!("choose a resolver: --mem-resolver or --nats-resolver");
            }
            let (operator_jwt, operator) = store.operator_claims()?;
            let mut text = format!("# Operator {:?}\noperator: {operator_jwt}\n", store.operator);
            let sys = match sys_account {
                Some(name) => Some(store.account_claims(&name)?.1.claims.subject),
                None => Some(operator.nats.system_account.clone()).filter(|s| !s.is_empty()),
            };
            if let Some(sys) = &sys {
                text.push_str(&format!("# System Account\nsystem_account: {sys}\n"));
            }
            if nats_resolver {
                text.push_str(&format!(
                    "\n# The NATS-based account resolver: account JWTs live in {dir:?}; push them\n\
                     # with `natsx account push --all` (or `nsc push -A`).\n\
                     resolver {{\n  type: full\n  dir: {dir:?}\n  # true lets `natsx account push --prune` remove accounts\n  \
                     allow_delete: false\n  interval: \"2m\"\n  timeout: \"1.9s\"\n}}\n\n\
                     # The system account, so the resolver can be reached at once.\nresolver_preload: {{\n"
                ));
            } else {
                text.push_str("\nresolver: MEMORY\n\nresolver_preload: {\n");
            }
            for name in store.accounts() {
                let (token, claims) = store.account_claims(&name)?;
                if nats_resolver && sys.as_deref() != Some(claims.claims.subject.as_str()) {
                    continue;
                }
                text.push_str(&format!("  # Account {name:?}\n  {}: {token}\n\n", claims.claims.subject));
            }
            text.push_str("}\n");
            match config_file {
                Some(path) => write_file(&path, text.as_bytes())?,
                None => print!("{text}"),
            }
        }
    }
    Ok(())
}

/// Re-signs an account's JWT after `change`, with the operator's key.
fn resign_account(store: &Store, account: &str, change: impl FnOnce(&mut AccountClaims) -> Result<()>) -> Result<()> {
    let (_, mut claims) = store.account_claims(account)?;
    change(&mut claims)?;
    let (_, operator) = store.operator_claims()?;
    let token = claims.encode(&store.load_key(&operator.claims.subject)?).map_err(|e| anyhow!(e))?;
    write_file(&store.account_path(account), token.as_bytes())
}

pub fn edit(operator: Option<&str>, command: EditCommand) -> Result<()> {
    let store = Store::open(operator)?;
    match command {
        EditCommand::Account { name, sk, rm_sk, limits } => {
            let account = store.pick_account(name.as_deref())?;
            let mut added = Vec::new();
            for key in &sk {
                let public = if key == "generate" {
                    let pair = nkeys::KeyPair::new_account();
                    store.save_key(&pair)?;
                    pair.public_key()
                } else if jwt::is_public_key(key, 'A') {
                    key.clone()
                } else {
                    bail!("--sk takes `generate` or an account public key (A...), not {key:?}");
                };
                added.push(public);
            }
            resign_account(&store, &account, |c| {
                for key in &added {
                    if c.nats.signing_key(key).is_none() {
                        c.nats.signing_keys.push(jwt::SigningKey::Plain(key.clone()));
                    }
                }
                c.nats.signing_keys.retain(|k| !rm_sk.iter().any(|r| r == k.key()));
                let l = &mut c.nats.limits;
                let set = |field: &mut i64, value: Option<i64>| {
                    if let Some(v) = value {
                        *field = v;
                    }
                };
                set(&mut l.conn, limits.conns);
                set(&mut l.subs, limits.subs);
                set(&mut l.payload, limits.payload);
                set(&mut l.memory_storage, limits.js_mem_storage);
                set(&mut l.disk_storage, limits.js_disk_storage);
                if l.jetstream_enabled() && l.streams == 0 {
                    (l.streams, l.consumer) = (-1, -1);
                }
                Ok(())
            })?;
            println!("[ OK ] edited account {account:?}");
            for key in added {
                println!("[ OK ] added signing key {key}");
            }
        }
        EditCommand::SigningKey { account, sk, role, user } => {
            let account = store.pick_account(account.as_deref())?;
            resign_account(&store, &account, |c| {
                let mut template = jwt::User::default();
                user.apply(&mut template)?;
                let entry = c
                    .nats
                    .signing_keys
                    .iter_mut()
                    .find(|k| k.key() == sk)
                    .ok_or_else(|| anyhow!("account {account:?} has no signing key {sk}"))?;
                *entry = jwt::SigningKey::Scoped(Box::new(jwt::UserScope {
                    kind: "user_scope".into(),
                    key: sk.clone(),
                    role: role.clone(),
                    template,
                    description: String::new(),
                }));
                Ok(())
            })?;
            println!("[ OK ] signing key {sk} of account {account:?} is scoped to role {role:?}");
        }
        EditCommand::Authcallout { account, auth_user, rm_auth_user, allowed_account, rm_allowed_account, curve, disable } => {
            let account = store.pick_account(account.as_deref())?;
            // Names become public keys: users of this account, accounts of the store.
            let user_key = |u: &str| -> Result<String> {
                if jwt::is_public_key(u, 'U') {
                    return Ok(u.to_string());
                }
                let token = Store::read(&store.user_path(&account, u))?;
                Ok(UserClaims::decode(&token).map_err(|e| anyhow!("user {u:?}: {e}"))?.claims.subject)
            };
            let account_key = |a: &str| -> Result<String> {
                if a == "*" || jwt::is_public_key(a, 'A') {
                    return Ok(a.to_string());
                }
                Ok(store.account_claims(a)?.1.claims.subject)
            };
            if let Some(x) = curve.as_deref().filter(|x| !jwt::is_public_key(x, 'X')) {
                bail!("{x:?} is not a curve public key (X...)");
            }
            let (add_users, rm_users): (Vec<String>, Vec<String>) = (
                auth_user.iter().map(|u| user_key(u)).collect::<Result<_>>()?,
                rm_auth_user.iter().map(|u| user_key(u)).collect::<Result<_>>()?,
            );
            let (add_accounts, rm_accounts): (Vec<String>, Vec<String>) = (
                allowed_account.iter().map(|a| account_key(a)).collect::<Result<_>>()?,
                rm_allowed_account.iter().map(|a| account_key(a)).collect::<Result<_>>()?,
            );
            resign_account(&store, &account, |c| {
                if disable {
                    c.nats.authorization = serde_json::json!({});
                    return Ok(());
                }
                let current = |field: &str| -> Vec<String> {
                    c.nats
                        .authorization
                        .get(field)
                        .and_then(|v| v.as_array())
                        .into_iter()
                        .flatten()
                        .filter_map(|v| v.as_str().map(str::to_string))
                        .collect()
                };
                let merge = |mut list: Vec<String>, add: &[String], rm: &[String]| {
                    for a in add {
                        if !list.contains(a) {
                            list.push(a.clone());
                        }
                    }
                    list.retain(|k| !rm.contains(k));
                    list
                };
                let users = merge(current("auth_users"), &add_users, &rm_users);
                if users.is_empty() {
                    bail!("an auth callout needs at least one --auth-user");
                }
                let accounts = merge(current("allowed_accounts"), &add_accounts, &rm_accounts);
                let mut authorization = serde_json::json!({ "auth_users": users });
                if !accounts.is_empty() {
                    authorization["allowed_accounts"] = serde_json::json!(accounts);
                }
                let xkey = curve.clone().or_else(|| c.nats.authorization.get("xkey").and_then(|x| x.as_str()).map(str::to_string));
                if let Some(x) = xkey {
                    authorization["xkey"] = serde_json::json!(x);
                }
                c.nats.authorization = authorization;
                Ok(())
            })?;
            match disable {
                true => println!("[ OK ] account {account:?} no longer has an auth callout"),
                false => println!("[ OK ] account {account:?} hands its users to an auth callout"),
            }
        }
    }
    Ok(())
}

pub fn revocations(operator: Option<&str>, command: RevocationsCommand) -> Result<()> {
    let store = Store::open(operator)?;
    match command {
        RevocationsCommand::AddUser { account, name } => {
            let account = store.pick_account(account.as_deref())?;
            let user = UserClaims::decode(&Store::read(&store.user_path(&account, &name))?).map_err(|e| anyhow!("user JWT: {e}"))?;
            resign_account(&store, &account, |c| {
                c.nats.revocations.insert(user.claims.subject.clone(), jwt::now());
                Ok(())
            })?;
            println!("[ OK ] revoked user {name:?} ({}) in account {account:?}", user.claims.subject);
        }
    }
    Ok(())
}

/// `natsx account list keys`: every key of the operator's store (signing keys too), as
/// `nsc list keys --all` shows them.
pub fn list(operator: Option<&str>, command: ListCommand) -> Result<()> {
    let ListCommand::Keys = command;
    let store = Store::open(operator)?;
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_header(vec!["Entity", "Name", "Key", "Signing Key", "Stored"]);
    let stored = |key: &str| if store.key_path(key).exists() { "*" } else { "" };
    let (_, op) = store.operator_claims()?;
    table.add_row(vec!["Operator", &store.operator, &op.claims.subject, "", stored(&op.claims.subject)]);
    for key in &op.nats.signing_keys {
        table.add_row(vec!["", "", "", key.as_str(), stored(key)]);
    }
    for name in store.accounts() {
        let (_, acc) = store.account_claims(&name)?;
        table.add_row(vec!["Account", &name, &acc.claims.subject, "", stored(&acc.claims.subject)]);
        for key in &acc.nats.signing_keys {
            table.add_row(vec!["", "", "", key.key(), stored(key.key())]);
        }
        let users_dir = store.dir.join("accounts").join(&name).join("users");
        let mut users: Vec<PathBuf> =
            std::fs::read_dir(&users_dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
        users.sort();
        for path in users.iter().filter(|p| p.extension().is_some_and(|e| e == "jwt")) {
            let user = UserClaims::decode(&Store::read(path)?).map_err(|e| anyhow!("{}: {e}", path.display()))?;
            let name = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
            table.add_row(vec!["User", &name, &user.claims.subject, "", stored(&user.claims.subject)]);
        }
    }
    println!("{table}");
    Ok(())
}

/// `natsx account describe`: a JWT from the store (by kind and name), a file, or
/// standard input, as a table or its JSON claims.
pub fn describe(
    operator: Option<&str>,
    entity: Option<Entity>,
    name: Option<String>,
    account: Option<String>,
    file: Option<PathBuf>,
    json: bool,
) -> Result<()> {
    let token = match (&file, entity) {
        (Some(path), _) if path.as_os_str() == "-" => {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)?;
            jwt::parse_decorated_jwt(&text).map_err(|e| anyhow!(e))?
        }
        (Some(path), _) => Store::read(path)?,
        (None, Some(entity)) => {
            let store = Store::open(operator)?;
            match entity {
                Entity::Operator => Store::read(&store.operator_path())?,
                Entity::Account => Store::read(&store.account_path(&store.pick_account(name.as_deref().or(account.as_deref()))?))?,
                Entity::User => {
                    let account = store.pick_account(account.as_deref())?;
                    let name = name.ok_or_else(|| anyhow!("name the user"))?;
                    Store::read(&store.user_path(&account, &name))?
                }
            }
        }
        (None, None) => bail!("say what to describe: operator, account NAME, user NAME, or --file FILE"),
    };
    let kind = jwt::peek_type(&token).map_err(|e| anyhow!(e))?;
    let value: serde_json::Value = match kind.as_str() {
        "operator" => serde_json::to_value(OperatorClaims::decode(&token).map_err(|e| anyhow!(e))?)?,
        "account" => serde_json::to_value(AccountClaims::decode(&token).map_err(|e| anyhow!(e))?)?,
        "user" => serde_json::to_value(UserClaims::decode(&token).map_err(|e| anyhow!(e))?)?,
        other => bail!("cannot describe a {other:?} JWT"),
    };
    if json {
        println!("{}", serde_json::to_string_pretty(&value)?);
        return Ok(());
    }
    let title = format!("{}{} Details", kind[..1].to_uppercase(), &kind[1..]);
    let time = |v: &serde_json::Value| v.as_i64().map(|t| natsx_common::time::rfc3339_nanos(t * 1_000_000_000)).unwrap_or_default();
    let mut rows = vec![
        ("Name".to_string(), value["name"].as_str().unwrap_or_default().to_string()),
        (format!("{} ID", &title[..title.len() - 8]), value["sub"].as_str().unwrap_or_default().to_string()),
        ("Issuer ID".to_string(), value["iss"].as_str().unwrap_or_default().to_string()),
        ("Issued".to_string(), time(&value["iat"])),
        ("Expires".to_string(), if value["exp"].is_null() { "never".into() } else { time(&value["exp"]) }),
    ];
    let nats = &value["nats"];
    match kind.as_str() {
        "operator" => {
            rows.push(("System Account".into(), nats["system_account"].as_str().unwrap_or_default().into()));
            rows.push(("Signing Keys".into(), join(&nats["signing_keys"])));
        }
        "account" => {
            let l = &nats["limits"];
            let limit = |v: &serde_json::Value| match v.as_i64() {
                Some(-1) | None => "Unlimited".to_string(),
                Some(n) => n.to_string(),
            };
            rows.push(("Max Connections".into(), limit(&l["conn"])));
            rows.push(("Max Subscriptions".into(), limit(&l["subs"])));
            rows.push(("Max Payload".into(), limit(&l["payload"])));
            let js = l["mem_storage"].as_i64().unwrap_or(0) != 0 || l["disk_storage"].as_i64().unwrap_or(0) != 0;
            rows.push((
                "JetStream".into(),
                if js { format!("memory {}, disk {}", limit(&l["mem_storage"]), limit(&l["disk_storage"])) } else { "Disabled".into() },
            ));
            rows.push(("Exports".into(), nats["exports"].as_array().map_or(0, Vec::len).to_string()));
            rows.push(("Imports".into(), nats["imports"].as_array().map_or(0, Vec::len).to_string()));
            rows.push(("Revocations".into(), nats["revocations"].as_object().map_or(0, |m| m.len()).to_string()));
        }
        _ => {
            rows.push((
                "Issuer Account".into(),
                nats["issuer_account"].as_str().unwrap_or(value["iss"].as_str().unwrap_or_default()).into(),
            ));
            rows.push(("Bearer Token".into(), if nats["bearer_token"].as_bool().unwrap_or(false) { "Yes" } else { "No" }.into()));
            rows.push(("Pub Allow".into(), join(&nats["pub"]["allow"])));
            rows.push(("Pub Deny".into(), join(&nats["pub"]["deny"])));
            rows.push(("Sub Allow".into(), join(&nats["sub"]["allow"])));
            rows.push(("Sub Deny".into(), join(&nats["sub"]["deny"])));
            rows.push(("Source Networks".into(), join(&nats["src"])));
        }
    }
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    table.set_header(vec![title, String::new()]);
    for (k, v) in rows {
        table.add_row(vec![k, v]);
    }
    println!("{table}");
    Ok(())
}

fn join(v: &serde_json::Value) -> String {
    v.as_array()
        .map(|a| a.iter().filter_map(|s| s.as_str()).collect::<Vec<_>>().join(", "))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "-".into())
}
