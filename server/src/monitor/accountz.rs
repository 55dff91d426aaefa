//! `/accountz` (the accounts, and one account's detail with `acc=`) and `/accstatz`
//! (each account's connections and traffic; `unused=1` includes accounts without
//! connections), as nats-server's `Accountz` and `AccountStatz`.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::SystemTime;

use serde::Serialize;

use super::endpoints::{flag, param, Params};
use super::subsz::{sublist_stats, SublistStats};
use crate::account::Account;
use crate::server::Server;
use natsx_common::time::rfc3339;

#[derive(Serialize)]
pub struct Accountz {
    server_id: String,
    now: String,
    system_account: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    accounts: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    account_detail: Option<AccountInfo>,
}

#[derive(Serialize)]
struct AccountInfo {
    account_name: String,
    update_time: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    is_system: bool,
    expired: bool,
    complete: bool,
    jetstream_enabled: bool,
    leafnode_connections: u32,
    client_connections: u64,
    subscriptions: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    exports: Vec<ExportInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    imports: Vec<ImportInfo>,
    name_tag: String,
    sublist_stats: SublistStats,
}

/// nats-server's `ExtExport`.
#[derive(Serialize)]
struct ExportInfo {
    subject: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    response_type: Option<&'static str>,
    #[serde(skip_serializing_if = "is_zero")]
    account_token_position: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    approved_accounts: Option<Vec<String>>,
}

/// nats-server's `ExtImport`: `local_subject` is where a stream import arrives, or where
/// a service import's requests are published (`to` too, for a service).
#[derive(Serialize)]
struct ImportInfo {
    subject: String,
    account: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    to: Option<String>,
    local_subject: String,
    #[serde(rename = "type")]
    kind: &'static str,
    invalid: bool,
    share: bool,
    tracking: bool,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

pub fn accountz(server: &Server, params: &Params) -> Result<Accountz, String> {
    let system_account = server.system_account().name.clone();
    let now = rfc3339(SystemTime::now());
    let Some(name) = param(params, "acc").filter(|a| !a.is_empty()) else {
        return Ok(Accountz {
            server_id: server.server_id.clone(),
            now,
            system_account,
            accounts: server.accounts().iter().map(|a| a.name.clone()).collect(),
            account_detail: None,
        });
    };
    let account = server.accounts().into_iter().find(|a| a.name == name).ok_or_else(|| format!("Account {name} does not exist"))?;
    let jetstream_enabled = server.jetstream().is_some_and(|js| js.account(&account.name).is_some());
    let config = server.account_config(&account.name);
    let config = config.as_ref();
    let export = |e: &crate::options::accounts::Export, kind, response_type| ExportInfo {
        subject: e.subject.clone(),
        kind,
        response_type,
        account_token_position: e.account_token_position,
        approved_accounts: e.accounts.clone(),
    };
    let import = |subject: &str, account: &str, to: Option<&str>, local: String, kind, share| ImportInfo {
        subject: subject.to_string(),
        account: account.to_string(),
        to: to.map(str::to_string),
        local_subject: local,
        kind,
        invalid: false,
        share,
        tracking: false,
    };
    let (mut exports, mut imports) = (Vec::new(), Vec::new());
    if let Some(c) = config {
        exports.extend(c.stream_exports.iter().map(|e| export(e, "stream", None)));
        exports.extend(c.service_exports.iter().map(|s| export(&s.export, "service", Some(s.response_type.name()))));
        let local = crate::options::exports::import_destination;
        imports.extend(c.stream_imports.iter().map(|i| import(&i.subject, &i.account, None, local(i), "stream", false)));
        imports.extend(c.service_imports.iter().map(|i| import(&i.subject, &i.account, Some(&i.to), i.to.clone(), "service", i.share)));
    }
    // The system services every account imports, as nats-server lists them.
    for &(local, remote, share, _) in crate::registry::system_imports(&account.name, &system_account, config) {
        let remote = remote.replace("{acc}", &account.name);
        imports.push(import(&remote, &system_account, Some(local), local.to_string(), "service", share));
    }
    exports.sort_by(|a, b| a.subject.cmp(&b.subject));
    let detail = AccountInfo {
        account_name: account.name.clone(),
        update_time: rfc3339(server.config_load_time()),
        is_system: account.is_system,
        expired: false,
        complete: true,
        jetstream_enabled,
        leafnode_connections: 0,
        client_connections: account.connections(),
        subscriptions: account.sublist.count(),
        exports,
        imports,
        name_tag: account.name.clone(),
        sublist_stats: sublist_stats(server, std::slice::from_ref(&account)),
    };
    Ok(Accountz { server_id: server.server_id.clone(), now, system_account, accounts: Vec::new(), account_detail: Some(detail) })
}

#[derive(Serialize)]
pub struct AccountStatz {
    server_id: String,
    now: String,
    account_statz: Vec<AccountStat>,
}

#[derive(Serialize)]
struct AccountStat {
    acc: String,
    name: String,
    conns: u64,
    leafnodes: u32,
    total_conns: u64,
    num_subscriptions: u64,
    sent: DataStats,
    received: DataStats,
    slow_consumers: u64,
}

#[derive(Serialize, Default)]
struct DataStats {
    msgs: u64,
    bytes: u64,
    gateways: MsgBytes,
    routes: MsgBytes,
    leafs: MsgBytes,
}

#[derive(Serialize, Default)]
struct MsgBytes {
    msgs: u64,
    bytes: u64,
}

pub fn accstatz(server: &Server, params: &Params) -> Result<AccountStatz, String> {
    let unused = flag(params, "unused")?;
    let clients = server.clients();
    let stat = |account: &Arc<Account>| {
        let closed = &account.closed;
        let mut sent = DataStats {
            msgs: closed.out_msgs.load(Ordering::Relaxed),
            bytes: closed.out_bytes.load(Ordering::Relaxed),
            ..Default::default()
        };
        let mut received = DataStats {
            msgs: closed.in_msgs.load(Ordering::Relaxed),
            bytes: closed.in_bytes.load(Ordering::Relaxed),
            ..Default::default()
        };
        for c in clients.iter().filter(|c| server.account(&c.meta().account).name == account.name) {
            let s = &c.receiver.out.stats;
            sent.msgs += s.out_msgs.load(Ordering::Relaxed);
            sent.bytes += s.out_bytes.load(Ordering::Relaxed);
            received.msgs += s.in_msgs.load(Ordering::Relaxed);
            received.bytes += s.in_bytes.load(Ordering::Relaxed);
        }
        AccountStat {
            acc: account.name.clone(),
            name: account.name.clone(),
            conns: account.connections(),
            leafnodes: 0,
            total_conns: account.connections(),
            num_subscriptions: account.sublist.count(),
            sent,
            received,
            slow_consumers: closed.slow_consumers.load(Ordering::Relaxed),
        }
    };
    // `accounts` (comma-separated) narrows it, as the options of nats-server's
    // `$SYS.REQ.ACCOUNT.<acc>.STATZ` request do.
    let only: Option<Vec<&str>> = param(params, "accounts").map(|a| a.split(',').collect());
    let account_statz = server
        .accounts()
        .iter()
        .filter(|a| only.as_ref().is_none_or(|names| names.contains(&a.name.as_str())))
        .filter(|a| unused || a.connections() > 0)
        .map(stat)
        .collect();
    Ok(AccountStatz { server_id: server.server_id.clone(), now: rfc3339(SystemTime::now()), account_statz })
}
