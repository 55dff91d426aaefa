//! `natsx account callout serve`: a small auth callout service (ADR-26), to run beside
//! a server with `authorization { auth_callout { issuer, auth_users, account } }` and to
//! show how one is written.
//!
//! It answers `$SYS.REQ.USER.AUTH` requests: the request JWT (signed by the server,
//! sealed to `--xkey-seed`'s key when the server encrypts) carries the client's CONNECT
//! options; a `user`/`pass` found in the users file gets a user JWT for the request's
//! user key, naming its account (`aud`) and permissions, signed by the issuer's seed,
//! inside an `authorization_response` JWT for the server. Anyone else gets a response
//! carrying an error. The users file is JSON:
//! `{"alice": {"password": "s3cret", "account": "APP", "publish": ["orders.>"], "subscribe": [">"]}}`.
//!
//! In operator mode (an account JWT's `authorization { auth_users, allowed_accounts }`)
//! the account a user joins is the one whose key signs its JWT: `account` is then that
//! account's public key, signed with the issuer's seed when it is the issuer and with
//! an `--account-seed` otherwise (the account must be among `allowed_accounts`).

use std::collections::HashMap;
use std::path::PathBuf;

use anyhow::{anyhow, bail, Context, Result};
use bytes::Bytes;
use clap::{Args, Subcommand};
use futures::StreamExt;
use natsx_common::jwt::{AuthorizationRequestClaims, AuthorizationResponseClaims, UserClaims};
use serde::Deserialize;

use crate::connect::ConnectArgs;

/// Where servers send their requests.
const AUTH_CALLOUT_SUBJECT: &str = "$SYS.REQ.USER.AUTH";

#[derive(Subcommand, Debug)]
pub enum CalloutCommand {
    /// Answer auth callout requests from a users file
    Serve(ServeArgs),
}

#[derive(Args, Debug)]
pub struct ServeArgs {
    /// The issuer account's seed (SA...): it signs the answers; its public key is the
    /// server's `auth_callout { issuer }`
    #[arg(long)]
    issuer_seed: PathBuf,
    /// The users file (JSON: name → password, account, publish, subscribe)
    #[arg(long)]
    users: PathBuf,
    /// The service's curve seed (SX...), when the server's `auth_callout { xkey }` names
    /// its public key
    #[arg(long)]
    xkey_seed: Option<PathBuf>,
    /// Seeds of other accounts (SA...) whose users the service issues, for operator
    /// mode's `allowed_accounts` (repeatable)
    #[arg(long = "account-seed")]
    account_seeds: Vec<PathBuf>,
    /// Stop after answering this many requests (default: run until interrupted)
    #[arg(long)]
    count: Option<u64>,
}

/// A user the service admits.
#[derive(Deserialize, Debug)]
struct Entry {
    password: String,
    account: String,
    #[serde(default)]
    publish: Vec<String>,
    #[serde(default)]
    subscribe: Vec<String>,
}

fn read_seed(path: &PathBuf) -> Result<String> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    text.lines().map(str::trim).find(|l| l.starts_with('S')).map(str::to_string).ok_or_else(|| anyhow!("no seed in {}", path.display()))
}

pub async fn run(connect: &ConnectArgs, command: CalloutCommand) -> Result<()> {
    let CalloutCommand::Serve(args) = command;
    let issuer = nkeys::KeyPair::from_seed(&read_seed(&args.issuer_seed)?).map_err(|e| anyhow!("issuer seed: {e}"))?;
    if !issuer.public_key().starts_with('A') {
        bail!("the issuer seed must be an account seed (SA...)");
    }
    let xkey = match &args.xkey_seed {
        Some(path) => Some(nkeys::XKey::from_seed(&read_seed(path)?).map_err(|e| anyhow!("xkey seed: {e}"))?),
        None => None,
    };
    let text = std::fs::read_to_string(&args.users).with_context(|| format!("cannot read {}", args.users.display()))?;
    let users: HashMap<String, Entry> =
        serde_json::from_str(&text).with_context(|| format!("{} is not a users file", args.users.display()))?;
    let mut signers = vec![issuer];
    for path in &args.account_seeds {
        let pair = nkeys::KeyPair::from_seed(&read_seed(path)?).map_err(|e| anyhow!("account seed {}: {e}", path.display()))?;
        if !pair.public_key().starts_with('A') {
            bail!("{} is not an account seed (SA...)", path.display());
        }
        signers.push(pair);
    }
    let client = connect.connect().await?;
    let mut requests = client.subscribe(AUTH_CALLOUT_SUBJECT).await?;
    client.flush().await?;
    eprintln!("Answering auth callout requests as issuer {} ({} users)", signers[0].public_key(), users.len());
    let mut answered = 0;
    while let Some(msg) = requests.next().await {
        let Some(reply) = msg.reply.clone() else { continue };
        let server_xkey = msg.headers.as_ref().and_then(|h| h.get("Nats-Server-Xkey")).map(|v| v.to_string());
        let answer = match answer(&msg.payload, &signers, xkey.as_ref(), server_xkey.as_deref(), &users) {
            Ok(a) => a,
            Err(e) => {
                eprintln!("request refused: {e}");
                continue;
            }
        };
        client.publish(reply, answer).await?;
        client.flush().await?;
        answered += 1;
        if args.count.is_some_and(|n| answered >= n) {
            break;
        }
    }
    Ok(())
}

/// The answer to one request: a response JWT signed by the issuer (the first of
/// `signers`), sealed to the server's key when the request came sealed; the user JWT in
/// it is signed by the signer whose key the user's `account` names, else the issuer.
fn answer(
    payload: &[u8],
    signers: &[nkeys::KeyPair],
    xkey: Option<&nkeys::XKey>,
    server_xkey: Option<&str>,
    users: &HashMap<String, Entry>,
) -> Result<Bytes> {
    let token = match (xkey, server_xkey) {
        (Some(ours), Some(theirs)) => {
            let sender = nkeys::XKey::from_public_key(theirs).map_err(|e| anyhow!("{e}"))?;
            String::from_utf8(ours.open(payload, &sender).map_err(|e| anyhow!("cannot decrypt the request: {e}"))?)?
        }
        _ => String::from_utf8(payload.to_vec())?,
    };
    let issuer = &signers[0];
    let request = AuthorizationRequestClaims::decode(&token).map_err(|e| anyhow!("request: {e}"))?;
    let server_id = request.nats.server_id["id"].as_str().unwrap_or_default().to_string();
    let user_nkey = request.nats.user_nkey.clone();
    let opts = &request.nats.connect_opts;
    let (name, pass) = (opts["user"].as_str().unwrap_or_default(), opts["pass"].as_str().unwrap_or_default());
    let mut response = AuthorizationResponseClaims::new(&user_nkey);
    response.claims.audience = server_id;
    match users.get(name).filter(|u| !name.is_empty() && u.password == pass) {
        Some(entry) => {
            let mut user = UserClaims::new(&user_nkey);
            user.claims.name = name.to_string();
            user.claims.audience = entry.account.clone();
            user.nats.publish.allow = entry.publish.clone();
            user.nats.subscribe.allow = entry.subscribe.clone();
            let signer = signers.iter().find(|s| s.public_key() == entry.account).unwrap_or(issuer);
            response.nats.jwt = user.encode(signer).map_err(|e| anyhow!(e))?;
        }
        None => response.nats.error = format!("unknown user or wrong password for {name:?}"),
    }
    let answer = response.encode(issuer).map_err(|e| anyhow!(e))?;
    Ok(match (xkey, server_xkey) {
        (Some(ours), Some(theirs)) => {
            let recipient = nkeys::XKey::from_public_key(theirs).map_err(|e| anyhow!("{e}"))?;
            Bytes::from(ours.seal(answer.as_bytes(), &recipient).map_err(|e| anyhow!("{e}"))?)
        }
        _ => Bytes::from(answer),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_known_users_and_refuses_others() {
        let issuer = nkeys::KeyPair::new_account();
        let server = nkeys::KeyPair::new_server();
        let user_key = nkeys::KeyPair::new_user().public_key();
        let mut request = AuthorizationRequestClaims::new(&issuer.public_key());
        request.nats.user_nkey = user_key.clone();
        request.nats.server_id = serde_json::json!({"id": server.public_key()});
        request.nats.connect_opts = serde_json::json!({"user": "alice", "pass": "pw"});
        let token = request.encode(&server).unwrap();
        let users: HashMap<String, Entry> = serde_json::from_str(r#"{"alice": {"password": "pw", "account": "APP"}}"#).unwrap();
        let out = answer(token.as_bytes(), std::slice::from_ref(&issuer), None, None, &users).unwrap();
        let response = AuthorizationResponseClaims::decode(std::str::from_utf8(&out).unwrap()).unwrap();
        assert_eq!(
            (response.claims.subject.as_str(), response.claims.audience.as_str()),
            (user_key.as_str(), server.public_key().as_str())
        );
        let user = UserClaims::decode(&response.nats.jwt).unwrap();
        assert_eq!((user.claims.audience.as_str(), user.claims.name.as_str()), ("APP", "alice"));
        request.nats.connect_opts = serde_json::json!({"user": "alice", "pass": "wrong"});
        let out = answer(request.encode(&server).unwrap().as_bytes(), std::slice::from_ref(&issuer), None, None, &users).unwrap();
        let response = AuthorizationResponseClaims::decode(std::str::from_utf8(&out).unwrap()).unwrap();
        assert!(response.nats.jwt.is_empty() && response.nats.error.contains("wrong password"));
    }
}
