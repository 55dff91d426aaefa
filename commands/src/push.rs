//! `natsx account push | pull`: account JWTs to and from a server's NATS-based account
//! resolver (`resolver { type: full }`), as `nsc push` and `nsc pull` do.
//!
//! Both talk to the resolver over the system account: with `--creds` given, as that
//! user; otherwise as a temporary user (2 minutes) the system account's key signs, which
//! may publish only to `$SYS.REQ.CLAIMS.*` and `$SYS.REQ.ACCOUNT.*.CLAIMS.*` (nsc's
//! temporary push user). Requests:
//!
//! - push: `$SYS.REQ.CLAIMS.UPDATE` with the account JWT; every server answering
//!   `{"data": {"message"}}` or `{"error": {"description"}}` is reported;
//! - `--account-removal` / `--prune`: `$SYS.REQ.CLAIMS.DELETE` with a generic JWT the
//!   operator signs about itself, `{"accounts": [...]}` (the server needs `allow_delete`);
//!   `--prune` asks `$SYS.REQ.CLAIMS.LIST` first and removes what the store lacks;
//! - pull: `$SYS.REQ.ACCOUNT.<key>.CLAIMS.LOOKUP` per account, or `$SYS.REQ.CLAIMS.PACK`
//!   (`--all`: `key|jwt` messages until an empty one).

use std::time::Duration;

use anyhow::{anyhow, bail, Result};
use bytes::Bytes;
use clap::Args;
use natsx_common::jwt::{self, AccountClaims, GenericClaims, UserClaims};

use crate::connect::ConnectArgs;
use crate::operator::Store;

#[derive(Args, Debug)]
pub struct PushArgs {
    /// The account to push (default: the current one)
    #[arg(long, short = 'a')]
    account: Option<String>,
    /// Push every account of the operator
    #[arg(long, short = 'A', conflicts_with = "account")]
    all: bool,
    /// Remove this account (name or public key) from the server's resolver
    #[arg(long, short = 'R')]
    account_removal: Option<String>,
    /// Remove the accounts the store does not have from the server's resolver
    #[arg(long, short = 'P', conflicts_with = "account_removal")]
    prune: bool,
}

#[derive(Args, Debug)]
pub struct PullArgs {
    /// The account to pull (default: the current one)
    #[arg(long, short = 'a')]
    account: Option<String>,
    /// Pull every account the server has (those of this operator)
    #[arg(long, short = 'A', conflicts_with = "account")]
    all: bool,
    /// Replace the store's JWT even when it is newer
    #[arg(long)]
    overwrite_newer: bool,
}

/// A connection to the system account: the `--creds` user, or a temporary one.
async fn system_connection(store: &Store, connect: &ConnectArgs) -> Result<async_nats::Client> {
    if connect.creds.is_some() {
        return connect.connect().await;
    }
    let (_, operator) = store.operator_claims()?;
    let sys = operator.nats.system_account.clone();
    if sys.is_empty() {
        bail!("the operator names no system account: give a system user's --creds");
    }
    let sys_key = store.load_key(&sys).map_err(|e| anyhow!("{e} (or give a system user's --creds)"))?;
    let user = nkeys::KeyPair::new_user();
    let mut claims = UserClaims::new(&user.public_key());
    claims.claims.name = "natsx temporary push user".into();
    claims.claims.expires = jwt::now() + 120;
    claims.nats.publish.allow = vec!["$SYS.REQ.CLAIMS.*".into(), "$SYS.REQ.ACCOUNT.*.CLAIMS.*".into()];
    claims.nats.subscribe.allow = vec!["_INBOX.>".into()];
    let token = claims.encode(&sys_key).map_err(|e| anyhow!(e))?;
    let user = std::sync::Arc::new(user);
    connect
        .connect_tuned(move |o| {
            o.jwt(token, move |nonce| {
                let user = user.clone();
                async move { user.sign(&nonce).map_err(async_nats::AuthError::new) }
            })
        })
        .await
}

/// Sends `payload` to `subject` and collects every answer that arrives within
/// `timeout` (several servers may answer; nsc's `multiRequest`).
async fn gather(client: &async_nats::Client, subject: &str, payload: Bytes, timeout: Duration) -> Result<Vec<Bytes>> {
    match crate::connect::request_many(client, subject, payload, timeout).await? {
        None => bail!("no server answers {subject}: is the NATS-based resolver (resolver {{ type: full }}) configured?"),
        Some(answers) => Ok(answers),
    }
}

/// How long to collect the servers' answers: `--timeout`, at most 1 s (nsc's default:
/// the servers of a cluster answer together).
fn answer_window(connect: &ConnectArgs) -> Duration {
    connect.timeout.min(Duration::from_secs(1))
}

/// A server's answer as `(server name, Ok(message) | Err(description))`.
fn outcome(answer: &[u8]) -> (String, std::result::Result<String, String>) {
    let v: serde_json::Value = serde_json::from_slice(answer).unwrap_or_default();
    let server = v["server"]["name"].as_str().unwrap_or("?").to_string();
    match v.get("error") {
        Some(e) => (server, Err(e["description"].as_str().unwrap_or("error").to_string())),
        None => (server, Ok(v["data"]["message"].as_str().unwrap_or("ok").to_string())),
    }
}

pub async fn push(operator: Option<&str>, connect: &ConnectArgs, args: PushArgs) -> Result<()> {
    let store = Store::open(operator)?;
    let names = match (&args.account, args.all) {
        (_, true) => store.accounts(),
        (Some(name), _) => vec![name.clone()],
        (None, false) if args.account_removal.is_some() || args.prune => Vec::new(),
        (None, false) => vec![store.pick_account(None)?],
    };
    let client = system_connection(&store, connect).await?;
    let timeout = answer_window(connect);
    let mut failed = false;
    for name in &names {
        let (token, _) = store.account_claims(name)?;
        let answers = gather(&client, "$SYS.REQ.CLAIMS.UPDATE", Bytes::from(token), timeout).await?;
        if answers.is_empty() {
            println!("[ERR ] push {name:?}: no answer");
            failed = true;
        }
        for answer in &answers {
            match outcome(answer) {
                (server, Ok(message)) => println!("[ OK ] pushed {name:?} to nats-server {server}: {message}"),
                (server, Err(why)) => {
                    println!("[ERR ] pushing {name:?} to nats-server {server}: {why}");
                    failed = true;
                }
            }
        }
    }
    let mut remove: Vec<String> = Vec::new();
    if let Some(target) = &args.account_removal {
        remove.push(match jwt::is_public_key(target, 'A') {
            true => target.clone(),
            false => store.account_claims(target)?.1.claims.subject,
        });
    }
    if args.prune {
        let ours: Vec<String> =
            store.accounts().iter().filter_map(|n| store.account_claims(n).ok()).map(|(_, c)| c.claims.subject).collect();
        for answer in gather(&client, "$SYS.REQ.CLAIMS.LIST", Bytes::new(), timeout).await? {
            let v: serde_json::Value = serde_json::from_slice(&answer).unwrap_or_default();
            for key in v["data"].as_array().into_iter().flatten().filter_map(|k| k.as_str()) {
                if !ours.iter().any(|o| o == key) && !remove.iter().any(|r| r == key) {
                    remove.push(key.to_string());
                }
            }
        }
    }
    if !remove.is_empty() {
        let (_, operator) = store.operator_claims()?;
        let signer = store.load_key(&operator.claims.subject)?;
        let mut request = GenericClaims { nats: serde_json::json!({ "accounts": remove }), ..Default::default() };
        request.claims.subject = operator.claims.subject.clone();
        let token = request.encode(&signer).map_err(|e| anyhow!(e))?;
        for answer in gather(&client, "$SYS.REQ.CLAIMS.DELETE", Bytes::from(token), timeout).await? {
            match outcome(&answer) {
                (server, Ok(message)) => println!("[ OK ] nats-server {server}: {message}"),
                (server, Err(why)) => {
                    println!("[ERR ] nats-server {server}: {why}");
                    failed = true;
                }
            }
        }
    } else if args.prune {
        println!("[ OK ] nothing to prune");
    }
    if failed {
        bail!("some pushes failed");
    }
    Ok(())
}

pub async fn pull(operator: Option<&str>, connect: &ConnectArgs, args: PullArgs) -> Result<()> {
    let store = Store::open(operator)?;
    let client = system_connection(&store, connect).await?;
    let timeout = answer_window(connect);
    let mut tokens: Vec<String> = Vec::new();
    if args.all {
        for answer in gather(&client, "$SYS.REQ.CLAIMS.PACK", Bytes::new(), timeout).await? {
            let text = String::from_utf8_lossy(&answer);
            tokens.extend(text.lines().filter_map(|l| l.split_once('|')).map(|(_, t)| t.to_string()));
        }
    } else {
        let name = store.pick_account(args.account.as_deref())?;
        let (_, claims) = store.account_claims(&name)?;
        let subject = format!("$SYS.REQ.ACCOUNT.{}.CLAIMS.LOOKUP", claims.claims.subject);
        let answer = gather(&client, &subject, Bytes::new(), timeout).await?.into_iter().find(|a| !a.is_empty());
        let Some(answer) = answer else { bail!("the server has no JWT for account {name:?}") };
        tokens.push(String::from_utf8_lossy(&answer).into_owned());
    }
    let (_, operator) = store.operator_claims()?;
    let ours = |issuer: &str| issuer == operator.claims.subject || operator.nats.signing_keys.iter().any(|k| k == issuer);
    for token in tokens {
        let claims = match AccountClaims::decode(&token) {
            Ok(c) => c,
            Err(e) => {
                println!("[ERR ] a JWT the server sent does not decode: {e}");
                continue;
            }
        };
        if !ours(&claims.claims.issuer) {
            println!("[SKIP] account {} was not issued by operator {:?}", claims.claims.subject, store.operator);
            continue;
        }
        let existing =
            store.accounts().into_iter().find(|n| store.account_claims(n).is_ok_and(|(_, c)| c.claims.subject == claims.claims.subject));
        // A new account is stored under its JWT's name when that is a plain file name
        // (the JWT comes from the server: a name with a path in it must not pick where
        // the store writes), else under its public key.
        let plain = |n: &str| !n.is_empty() && !n.starts_with('.') && !n.contains(['/', '\\', '\0']) && n.len() <= 255;
        let name = existing.clone().unwrap_or_else(|| {
            if plain(&claims.claims.name) {
                claims.claims.name.clone()
            } else {
                claims.claims.subject.clone()
            }
        });
        if let Some(current) = existing.as_ref().and_then(|n| store.account_claims(n).ok()) {
            if current.0 == token.trim() {
                println!("[ OK ] {name:?} is up to date");
                continue;
            }
            if current.1.claims.issued_at > claims.claims.issued_at && !args.overwrite_newer {
                println!("[SKIP] {name:?}: the store's JWT is newer (--overwrite-newer replaces it)");
                continue;
            }
        }
        crate::operator::write_file(&store.account_path(&name), token.as_bytes())?;
        println!("[ OK ] pulled {name:?} ({}) from the server", claims.claims.subject);
    }
    Ok(())
}
