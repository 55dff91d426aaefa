//! `natsx context add | edit | ls | select | info | rm`: named connection settings, in the
//! nats CLI's own files so contexts made by `nats context` work here and the other way
//! round: `$XDG_CONFIG_HOME/nats/context/<name>.json` (default `~/.config`), the
//! selected one named in `$XDG_CONFIG_HOME/nats/context.txt`, directories 0700 and files
//! 0600. The JSON fields are natscontext's; fields natsx does not use are kept as they
//! are when a context is edited.
//!
//! Every other command takes `--context NAME` (or `NATS_CONTEXT`), else the selected
//! context; flags and environment variables win over what the context says.

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context as _, Result};
use clap::Subcommand;
use serde::{Deserialize, Serialize};

use crate::connect::ConnectArgs;

/// A context file (natscontext's `settings`), field for field in its order.
#[derive(Serialize, Deserialize, Default, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct Settings {
    pub description: String,
    pub url: String,
    pub socks_proxy: String,
    pub token: String,
    pub user: String,
    pub password: String,
    pub creds: String,
    pub nkey: String,
    pub cert: String,
    pub key: String,
    pub ca: String,
    pub nsc: String,
    pub jetstream_domain: String,
    pub jetstream_api_prefix: String,
    pub jetstream_event_prefix: String,
    pub inbox_prefix: String,
    pub user_jwt: String,
    pub color_scheme: String,
    pub tls_first: bool,
    /// Whatever else the file holds (newer nats CLI fields), written back unchanged.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl Settings {
    /// The fields set here that natsx's commands would not honour.
    pub fn unsupported(&self) -> Vec<&'static str> {
        [
            ("jetstream_domain", &self.jetstream_domain),
            ("jetstream_api_prefix", &self.jetstream_api_prefix),
            ("jetstream_event_prefix", &self.jetstream_event_prefix),
            ("inbox_prefix", &self.inbox_prefix),
            ("socks_proxy", &self.socks_proxy),
            ("nsc", &self.nsc),
            ("user_jwt", &self.user_jwt),
        ]
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(k, _)| k)
        .collect()
    }
}

#[derive(Subcommand, Debug, Clone)]
pub enum ContextCommand {
    /// Save a context from the connection flags given (`-s`, `--user`, `--creds`, ...)
    Add {
        name: String,
        #[arg(long)]
        description: Option<String>,
        /// Also make it the selected context
        #[arg(long)]
        select: bool,
    },
    /// Change a context: the connection flags given replace its values
    Edit {
        name: String,
        #[arg(long)]
        description: Option<String>,
    },
    /// List the contexts (the selected one marked `*`)
    #[command(alias = "list")]
    Ls,
    /// Make a context the one every command uses by default
    Select { name: String },
    /// Show a context (default: the selected one); passwords and tokens are hidden
    #[command(alias = "show")]
    Info {
        name: Option<String>,
        #[arg(long)]
        json: bool,
    },
    /// Remove a context (not the selected one)
    #[command(alias = "delete")]
    Rm {
        name: String,
        /// Remove it even when it is the selected one (the selection is cleared)
        #[arg(long, short = 'f')]
        force: bool,
    },
}

fn config_dir() -> PathBuf {
    match std::env::var_os("XDG_CONFIG_HOME").filter(|v| !v.is_empty()) {
        Some(dir) => PathBuf::from(dir).join("nats"),
        None => std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(|| PathBuf::from(".")).join(".config").join("nats"),
    }
}

fn contexts_dir() -> PathBuf {
    config_dir().join("context")
}

fn selection_file() -> PathBuf {
    config_dir().join("context.txt")
}

/// natscontext's `validName`: not empty, no `..`, no path separator.
fn valid_name(name: &str) -> Result<()> {
    if name.is_empty() || name.contains("..") || name.contains('/') {
        bail!("invalid context name {name:?}");
    }
    Ok(())
}

fn path_of(name: &str) -> Result<PathBuf> {
    valid_name(name)?;
    Ok(contexts_dir().join(format!("{name}.json")))
}

/// The selected context's name, if any.
pub fn selected() -> Option<String> {
    let text = std::fs::read_to_string(selection_file()).ok()?;
    Some(text.trim().to_string()).filter(|n| !n.is_empty())
}

fn read(name: &str) -> Result<Settings> {
    let path = path_of(name)?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => bail!("unknown context {name:?}"),
        Err(e) => return Err(anyhow!("{}: {e}", path.display())),
    };
    serde_json::from_str(&text).with_context(|| format!("{} is not a context file", path.display()))
}

/// The context a command uses: `name`, else the selected one; `None` when neither. A
/// selected context that no longer exists is ignored (the nats CLI's behaviour is an
/// error there; natsx says so and goes on without it).
pub fn load(name: Option<&str>) -> Result<Option<Settings>> {
    match name {
        Some(name) => read(name).map(Some),
        None => match selected() {
            Some(name) => match read(&name) {
                Ok(settings) => Ok(Some(settings)),
                Err(e) => {
                    eprintln!("natsx: warning: the selected context: {e}");
                    Ok(None)
                }
            },
            None => Ok(None),
        },
    }
}

/// `~/x` as the nats CLI expands it in context paths.
pub fn expand_home(path: &str) -> String {
    match (path.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => Path::new(&home).join(rest).to_string_lossy().into_owned(),
        _ => path.to_string(),
    }
}

/// Writes a file readable by its owner only, making its directory (0700).
fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    if let Some(dir) = path.parent() {
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    }
    crate::nkey::write_private(path, text)
}

fn save(name: &str, settings: &Settings) -> Result<()> {
    write_private(&path_of(name)?, &serde_json::to_string_pretty(settings)?)
}

/// Puts the connection flags the user gave into `s`.
fn take_flags(s: &mut Settings, flags: &ConnectArgs) {
    let text = |p: &Option<PathBuf>| p.as_ref().map(|p| p.to_string_lossy().into_owned());
    if let Some(url) = &flags.server {
        s.url = url.clone();
    }
    for (field, value) in [
        (&mut s.user, flags.user.clone()),
        (&mut s.password, flags.password.clone()),
        (&mut s.token, flags.token.clone()),
        (&mut s.creds, text(&flags.creds)),
        (&mut s.nkey, text(&flags.nkey)),
        (&mut s.cert, text(&flags.tlscert)),
        (&mut s.key, text(&flags.tlskey)),
        (&mut s.ca, text(&flags.tlsca)),
    ] {
        if let Some(v) = value {
            *field = v;
        }
    }
    if flags.tlsfirst {
        s.tls_first = true;
    }
}

pub fn run(flags: &ConnectArgs, command: &ContextCommand) -> Result<()> {
    match command.clone() {
        ContextCommand::Add { name, description, select } => {
            let path = path_of(&name)?;
            let mut s = Settings { url: crate::connect::DEFAULT_URL.to_string(), ..Default::default() };
            take_flags(&mut s, flags);
            if let Some(d) = description {
                s.description = d;
            }
            save(&name, &s)?;
            if select {
                write_private(&selection_file(), &name)?;
            }
            println!("[ OK ] saved context {name:?} in {}", path.display());
            print_info(&name, &s, false)
        }
        ContextCommand::Edit { name, description } => {
            let mut s = read(&name)?;
            take_flags(&mut s, flags);
            if let Some(d) = description {
                s.description = d;
            }
            save(&name, &s)?;
            print_info(&name, &s, false)
        }
        ContextCommand::Ls => {
            let current = selected();
            let mut names: Vec<String> = std::fs::read_dir(contexts_dir())
                .map(|d| {
                    d.flatten()
                        .filter(|e| e.metadata().is_ok_and(|m| m.is_file() && m.len() > 0))
                        .filter_map(|e| e.file_name().to_string_lossy().strip_suffix(".json").map(str::to_string))
                        .collect()
                })
                .unwrap_or_default();
            names.sort();
            if names.is_empty() {
                println!("No contexts: add one with `natsx context add NAME --server URL`");
                return Ok(());
            }
            let mut table = comfy_table::Table::new();
            table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
            table.set_header(["Name", "Description", "Server"]);
            for name in names {
                let s = read(&name).unwrap_or_default();
                let shown = if current.as_deref() == Some(name.as_str()) { format!("{name}*") } else { name };
                table.add_row([shown, s.description, s.url]);
            }
            println!("{table}");
            Ok(())
        }
        ContextCommand::Select { name } => {
            read(&name)?;
            write_private(&selection_file(), &name)?;
            println!("[ OK ] selected context {name:?}");
            Ok(())
        }
        ContextCommand::Info { name, json } => {
            let name = name.or_else(selected).ok_or_else(|| anyhow!("no context selected: name one"))?;
            let s = read(&name)?;
            print_info(&name, &s, json)
        }
        ContextCommand::Rm { name, force } => {
            let path = path_of(&name)?;
            if !path.exists() {
                bail!("unknown context {name:?}");
            }
            let is_selected = selected().as_deref() == Some(name.as_str());
            if is_selected && !force {
                bail!("cannot remove the current active context (--force removes it and clears the selection)");
            }
            std::fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
            if is_selected {
                let _ = std::fs::remove_file(selection_file());
            }
            println!("[ OK ] removed context {name:?}");
            Ok(())
        }
    }
}

fn print_info(name: &str, s: &Settings, json: bool) -> Result<()> {
    let hide = |v: &str| if v.is_empty() { String::new() } else { "*********".to_string() };
    if json {
        let mut shown = s.clone();
        shown.password = hide(&s.password);
        shown.token = hide(&s.token);
        println!("{}", serde_json::to_string_pretty(&shown)?);
        return Ok(());
    }
    let rows: Vec<(&str, String)> = vec![
        ("Description", s.description.clone()),
        ("Server URLs", s.url.clone()),
        ("Username", s.user.clone()),
        ("Password", hide(&s.password)),
        ("Token", hide(&s.token)),
        ("Credentials", s.creds.clone()),
        ("NKey", s.nkey.clone()),
        ("Certificate", s.cert.clone()),
        ("Key", s.key.clone()),
        ("CA", s.ca.clone()),
        ("TLS First", if s.tls_first { "true".into() } else { String::new() }),
        ("JetStream Domain", s.jetstream_domain.clone()),
        ("JetStream API Prefix", s.jetstream_api_prefix.clone()),
    ];
    let mut rows: Vec<(&str, String)> = rows.into_iter().filter(|(_, v)| !v.is_empty()).collect();
    rows.push(("Path", path_of(name)?.display().to_string()));
    crate::jsapi::print_section(Some(&format!("NATS Configuration Context {name:?}")), &rows);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nats_cli_context_round_trips_with_its_unknown_fields() {
        let text = r#"{"description":"d","url":"nats://a:4222","user":"u","password":"p","creds":"","nkey":"","cert":"","key":"","ca":"","nsc":"","jetstream_domain":"hub","jetstream_api_prefix":"","jetstream_event_prefix":"","inbox_prefix":"","user_jwt":"","color_scheme":"","tls_first":false,"windows_cert_store":"user"}"#;
        let s: Settings = serde_json::from_str(text).unwrap();
        assert_eq!((s.url.as_str(), s.user.as_str(), s.jetstream_domain.as_str()), ("nats://a:4222", "u", "hub"));
        let back: serde_json::Value = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(back["windows_cert_store"], "user", "unknown fields are kept");
        assert!(valid_name("a/b").is_err() && valid_name("..x").is_err() && valid_name("").is_err() && valid_name("ngs.js").is_ok());
    }
}
