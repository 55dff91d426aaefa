//! `natsx repl` (and `natsx` alone on a terminal): an interactive shell on one connection,
//! on rustyline (the design card's line editor).
//!
//! Every line is parsed by the same clap grammar as the shell commands (`pub x hi`,
//! `stream ls`, `kv get B K`, `server info` ...) and run on the REPL's connection, which
//! the commands share instead of connecting themselves. Besides those:
//!
//! - `sub SUBJECT [QUEUE]` subscribes in the background: messages print above the
//!   prompt as they arrive, without breaking the line being typed; `unsub ID|SUBJECT`
//!   ends one, `subs` lists them;
//! - `connect URL` opens a new connection in place of the old one;
//! - `help`, `exit` (or Ctrl-D). Ctrl-C cancels the running command, or clears the line.
//!
//! The prompt names the server; history is kept in `$XDG_DATA_HOME/natsx/history`
//! (default `~/.local/share`); Tab completes commands, subcommands, flags and subjects
//! seen in this session.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use anyhow::{anyhow, bail, Result};
use clap::{CommandFactory, Parser};
use futures::StreamExt;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::{Context, ExternalPrinter, Helper, Highlighter, Hinter, Validator};

use crate::connect::ConnectArgs;

/// What Tab offers: command words and flags from the clap tree, and subjects seen.
#[derive(Helper, Highlighter, Hinter, Validator)]
struct Completion {
    words: BTreeSet<String>,
    subjects: Arc<Mutex<BTreeSet<String>>>,
    /// Streams, and KV and object store buckets, by name.
    names: Arc<Mutex<BTreeSet<String>>>,
}

impl Completer for Completion {
    type Candidate = Pair;

    fn complete(&self, line: &str, pos: usize, _: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        let start = line[..pos].rfind(' ').map_or(0, |i| i + 1);
        let word = &line[start..pos];
        let subjects = self.subjects.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let names = self.names.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let pairs = self
            .words
            .iter()
            .chain(subjects.iter())
            .chain(names.iter())
            .filter(|w| w.starts_with(word))
            .map(|w| Pair { display: w.clone(), replacement: w.clone() })
            .collect();
        Ok((start, pairs))
    }
}

/// Every subcommand name and long flag of the command line.
fn words(command: &clap::Command, out: &mut BTreeSet<String>) {
    for arg in command.get_arguments() {
        if let Some(long) = arg.get_long() {
            out.insert(format!("--{long}"));
        }
    }
    for sub in command.get_subcommands() {
        out.insert(sub.get_name().to_string());
        words(sub, out);
    }
}

/// Splits a line into words as a shell would for simple cases: spaces separate,
/// single and double quotes group, a backslash escapes the next character.
fn split(line: &str) -> Result<Vec<String>> {
    let (mut words, mut word, mut quote, mut escaped, mut started) = (Vec::new(), String::new(), None, false, false);
    for c in line.chars() {
        if escaped {
            word.push(c);
            escaped = false;
            continue;
        }
        match (quote, c) {
            (_, '\\') if quote != Some('\'') => escaped = true,
            (None, '"' | '\'') => {
                quote = Some(c);
                started = true;
            }
            (Some(q), c) if c == q => quote = None,
            (None, c) if c.is_whitespace() => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            (_, c) => {
                word.push(c);
                started = true;
            }
        }
    }
    if quote.is_some() {
        bail!("unterminated quote");
    }
    if started {
        words.push(word);
    }
    Ok(words)
}

fn history_file() -> std::path::PathBuf {
    let data = std::env::var_os("XDG_DATA_HOME")
        .filter(|v| !v.is_empty())
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| std::env::var_os("HOME").map(std::path::PathBuf::from).unwrap_or_default().join(".local").join("share"));
    data.join("natsx").join("history")
}

/// A background subscription: its id, subject and the task printing its messages.
struct Background {
    id: u64,
    subject: String,
    task: tokio::task::JoinHandle<()>,
}

const HELP: &str = "\
Commands are natsx's own (pub, req, reply, stream, consumer, kv, obj, account info,
server info, micro ...; `COMMAND --help` for each), on this shell's connection, and:
  sub SUBJECT [QUEUE]   subscribe in the background; messages print as they arrive
  unsub ID|SUBJECT      end a background subscription
  subs                  list them
  connect URL           connect to another server
  help, exit            (Ctrl-D leaves; Ctrl-C cancels the running command)";

/// Runs the shell until `exit` or Ctrl-D.
pub fn run(connect: &ConnectArgs) -> Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build()?;
    let mut connect = connect.clone();
    let mut client = runtime.block_on(connect.connect())?;
    crate::connect::share(Some(client.clone()));
    let subjects = Arc::new(Mutex::new(BTreeSet::new()));
    let mut all_words = BTreeSet::new();
    words(&crate::Cli::command(), &mut all_words);
    all_words.extend(["sub", "unsub", "subs", "connect", "help", "exit", "quit"].map(String::from));
    let mut editor = rustyline::Editor::<Completion, rustyline::history::DefaultHistory>::new()?;
    let names = Arc::new(Mutex::new(BTreeSet::new()));
    editor.set_helper(Some(Completion { words: all_words, subjects: subjects.clone(), names: names.clone() }));
    let history = history_file();
    let _ = editor.load_history(&history);
    // On a terminal rustyline cannot drive (`TERM=dumb`), messages are printed plainly.
    let printer: Arc<Mutex<Option<Box<dyn ExternalPrinter + Send>>>> =
        Arc::new(Mutex::new(editor.create_external_printer().ok().map(|p| Box::new(p) as Box<dyn ExternalPrinter + Send>)));
    let mut background: Vec<Background> = Vec::new();
    let mut next_id = 1;
    println!(
        "natsx {} connected to {} ({}); `help` lists the commands",
        env!("CARGO_PKG_VERSION"),
        connect.url(),
        client.server_info().server_name
    );
    loop {
        // Stream, bucket and object store names for Tab, fresh before each line (none
        // without JetStream).
        *names.lock().unwrap_or_else(|e| e.into_inner()) = runtime.block_on(stream_names(&client));
        let state = match client.connection_state() {
            async_nats::connection::State::Connected => String::new(),
            _ => " (disconnected)".to_string(),
        };
        let prompt = format!("natsx {}{state}> ", client.server_info().server_name);
        let line = match editor.readline(&prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => continue,
            Err(ReadlineError::Eof) => break,
            Err(e) => return Err(anyhow!("{e}")),
        };
        let words = match split(&line) {
            Ok(w) if w.is_empty() => continue,
            Ok(w) => w,
            Err(e) => {
                eprintln!("natsx: error: {e}");
                continue;
            }
        };
        let _ = editor.add_history_entry(line.as_str());
        match words[0].as_str() {
            "exit" | "quit" => break,
            "help" => println!("{HELP}"),
            "subs" => {
                for b in &background {
                    println!("{:>4}  {}", b.id, b.subject);
                }
            }
            "sub" if (2..=3).contains(&words.len()) => {
                let (subject, queue) = (words[1].clone(), words.get(2).cloned());
                let subscribed = runtime.block_on(async {
                    match &queue {
                        Some(q) => client.queue_subscribe(subject.clone(), q.clone()).await,
                        None => client.subscribe(subject.clone()).await,
                    }
                });
                let mut sub = match subscribed {
                    Ok(s) => s,
                    Err(e) => {
                        eprintln!("natsx: error: {e}");
                        continue;
                    }
                };
                subjects.lock().unwrap_or_else(|e| e.into_inner()).insert(subject.clone());
                let (printer, id) = (printer.clone(), next_id);
                next_id += 1;
                let task = runtime.spawn(async move {
                    let mut n = 0u64;
                    while let Some(m) = sub.next().await {
                        n += 1;
                        let text = format!("[#{id}.{n}] {}: {}", m.subject, String::from_utf8_lossy(&m.payload));
                        match printer.lock().unwrap_or_else(|e| e.into_inner()).as_mut() {
                            Some(p) => {
                                let _ = p.print(text);
                            }
                            None => println!("{text}"),
                        }
                    }
                });
                println!("subscription {id} on {subject:?}");
                background.push(Background { id, subject, task });
            }
            "unsub" if words.len() == 2 => {
                let which = &words[1];
                let before = background.len();
                background.retain(|b| {
                    let matches = b.id.to_string() == *which || b.subject == *which;
                    if matches {
                        b.task.abort();
                    }
                    !matches
                });
                if background.len() == before {
                    eprintln!("natsx: error: no subscription {which:?} (`subs` lists them)");
                }
            }
            "connect" if words.len() == 2 => {
                let mut next = connect.clone();
                next.server = Some(words[1].clone());
                crate::connect::share(None);
                match runtime.block_on(next.connect()) {
                    Ok(c) => {
                        for b in background.drain(..) {
                            b.task.abort();
                        }
                        client = c;
                        connect = next;
                        println!("connected to {} ({})", connect.url(), client.server_info().server_name);
                    }
                    Err(e) => eprintln!("natsx: error: {e}"),
                }
                crate::connect::share(Some(client.clone()));
            }
            _ => {
                let mut argv = vec!["natsx".to_string()];
                argv.extend(words.iter().cloned());
                let cli = match crate::Cli::try_parse_from(argv) {
                    Ok(cli) => cli,
                    Err(e) => {
                        let _ = e.print();
                        continue;
                    }
                };
                if matches!(cli.command, crate::Command::Repl) {
                    eprintln!("natsx: error: already in the shell");
                    continue;
                }
                if let crate::Command::Pub(_) | crate::Command::Req(_) = &cli.command {
                    if let Some(subject) = words.get(1).filter(|w| !w.starts_with('-')) {
                        subjects.lock().unwrap_or_else(|e| e.into_inner()).insert(subject.clone());
                    }
                }
                let result = runtime.block_on(async {
                    tokio::select! {
                        r = crate::dispatch(&connect, cli.command) => r,
                        _ = tokio::signal::ctrl_c() => Err(anyhow!("cancelled")),
                    }
                });
                if let Err(e) = result {
                    eprintln!("natsx: error: {}", crate::output::one_line(&e));
                }
            }
        }
    }
    if let Some(dir) = history.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = editor.save_history(&history);
    crate::connect::share(None);
    runtime.shutdown_background();
    Ok(())
}

/// The account's stream names, with `KV_` and `OBJ_` buckets also under their bucket
/// names (`$JS.API.STREAM.NAMES`, briefly: nothing when JetStream does not answer).
async fn stream_names(client: &async_nats::Client) -> BTreeSet<String> {
    let request = client.request("$JS.API.STREAM.NAMES", bytes::Bytes::from_static(b"{}"));
    let Ok(Ok(reply)) = tokio::time::timeout(std::time::Duration::from_millis(300), request).await else { return BTreeSet::new() };
    let v: serde_json::Value = serde_json::from_slice(&reply.payload).unwrap_or_default();
    let mut out = BTreeSet::new();
    for name in v["streams"].as_array().into_iter().flatten().filter_map(|n| n.as_str()) {
        out.insert(name.to_string());
        for prefix in ["KV_", "OBJ_"] {
            if let Some(bucket) = name.strip_prefix(prefix) {
                out.insert(bucket.to_string());
            }
        }
    }
    out
}

/// `natsx` with no arguments: the shell, when a person is at the terminal.
pub fn wanted(args: &[String]) -> bool {
    use std::io::IsTerminal;
    args.len() == 1 && std::io::stdin().is_terminal() && std::io::stdout().is_terminal()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_split_as_a_shell_would() {
        assert_eq!(split("pub a.b 'hello world'").unwrap(), ["pub", "a.b", "hello world"]);
        assert_eq!(split(r#"kv put B k "say \"hi\"""#).unwrap(), ["kv", "put", "B", "k", "say \"hi\""]);
        assert_eq!(split("  sub   x  ").unwrap(), ["sub", "x"]);
        assert_eq!(split("pub x ''").unwrap(), ["pub", "x", ""]);
        assert!(split("pub 'x").is_err());
    }
}
