//! `/jsz`: JetStream usage, as nats-server's `JSInfo`. Options: `accounts` (per-account
//! details), `streams`, `consumers`, `config` (stream and consumer configs), `acc` (one
//! account; implies `accounts`), `offset`, `limit`. `leader-only`, `raft`,
//! `stream-leader-only` and `direct-consumers` must be booleans (400 otherwise, as in
//! nats-server) and change nothing: a single server leads everything and has no Raft
//! groups.

use std::sync::atomic::Ordering;
use std::time::SystemTime;

use serde::Serialize;
use serde_json::Value;

use super::endpoints::{flag, is_false, number, param, Params};
use super::varz::{jetstream_parts, ApiStats, Empty, JetStreamConfig, JetStreamStats};
use crate::jetstream::JsAccount;
use crate::server::Server;
use natsx_common::time::rfc3339;
use natsx_common::time::rfc3339_nanos;

#[derive(Serialize)]
pub struct JsInfo {
    #[serde(flatten)]
    stats: JetStreamStats,
    server_id: String,
    now: String,
    #[serde(skip_serializing_if = "is_false")]
    disabled: bool,
    config: JetStreamConfig,
    #[serde(skip_serializing_if = "Option::is_none")]
    limits: Option<Empty>,
    streams: usize,
    consumers: usize,
    messages: u64,
    bytes: u64,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    account_details: Vec<AccountDetail>,
    total: usize,
}

#[derive(Serialize)]
struct AccountDetail {
    name: String,
    id: String,
    #[serde(flatten)]
    stats: JetStreamStats,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    stream_detail: Vec<StreamDetail>,
}

#[derive(Serialize)]
struct StreamDetail {
    name: String,
    created: String,
    cluster: Cluster,
    #[serde(skip_serializing_if = "Option::is_none")]
    config: Option<crate::jetstream::config::StreamConfig>,
    state: crate::jetstream::stream::StreamState,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    consumer_detail: Vec<Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    mirror: Option<crate::jetstream::source::SourceInfo>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    sources: Vec<crate::jetstream::source::SourceInfo>,
}

#[derive(Serialize)]
struct Cluster {
    leader: String,
}

pub fn jsz(server: &Server, params: &Params) -> Result<JsInfo, String> {
    let account = param(params, "acc").filter(|a| !a.is_empty());
    let accounts = flag(params, "accounts")? || account.is_some();
    let streams = flag(params, "streams")?;
    let consumers = flag(params, "consumers")?;
    let config = flag(params, "config")?;
    // Cluster-only filters: with one server every stream and consumer is led here.
    for key in ["leader-only", "raft", "stream-leader-only", "direct-consumers"] {
        flag(params, key)?;
    }
    let offset = number(params, "offset", 0)?;
    let limit = number(params, "limit", 1024)?;
    let now = rfc3339(SystemTime::now());
    let Some((js_config, stats)) = jetstream_parts(server) else {
        return Ok(JsInfo {
            stats: JetStreamStats {
                memory: 0,
                storage: 0,
                reserved_memory: 0,
                reserved_storage: 0,
                accounts: 0,
                ha_assets: 0,
                api: ApiStats { level: 0, total: 0, errors: 0 },
            },
            server_id: server.server_id.clone(),
            now,
            disabled: true,
            config: JetStreamConfig {
                max_memory: 0,
                max_storage: 0,
                store_dir: String::new(),
                sync_interval: 0,
                sync_always: false,
                domain: String::new(),
                strict: false,
            },
            limits: None,
            streams: 0,
            consumers: 0,
            messages: 0,
            bytes: 0,
            account_details: Vec::new(),
            total: 0,
        });
    };
    let js = server.jetstream().ok_or("JetStream is not running")?;
    let all = js.accounts();
    let (mut n_streams, mut n_consumers, mut messages, mut bytes) = (0, 0, 0, 0);
    for jsa in &all {
        for s in jsa.stream_list() {
            let st = s.state(None, false);
            n_streams += 1;
            n_consumers += st.consumer_count;
            messages += st.messages;
            bytes += st.bytes;
        }
    }
    let chosen: Vec<_> = all.into_iter().filter(|a| account.is_none_or(|name| a.account.name == name)).collect();
    let total = chosen.len();
    let account_details = if accounts {
        chosen.iter().skip(offset).take(limit).map(|jsa| account_detail(server, jsa, streams || consumers, consumers, config)).collect()
    } else {
        Vec::new()
    };
    Ok(JsInfo {
        stats,
        server_id: server.server_id.clone(),
        now,
        disabled: false,
        config: js_config,
        limits: Some(Empty {}),
        streams: n_streams,
        consumers: n_consumers,
        messages,
        bytes,
        account_details,
        total,
    })
}

fn account_detail(server: &Server, jsa: &JsAccount, streams: bool, consumers: bool, config: bool) -> AccountDetail {
    let l = &jsa.limits();
    let stream_detail = if streams {
        jsa.stream_list()
            .iter()
            .map(|s| {
                let (mirror, sources) = s.source_infos();
                StreamDetail {
                    name: s.name.clone(),
                    created: rfc3339_nanos(s.created),
                    cluster: Cluster { leader: server.server_name.clone() },
                    config: config.then(|| s.config()),
                    state: s.state(None, false),
                    consumer_detail: if consumers {
                        s.consumer_list()
                            .iter()
                            .map(|c| {
                                let mut v = serde_json::to_value(c.info()).unwrap_or(Value::Null);
                                if !config {
                                    if let Value::Object(m) = &mut v {
                                        m.remove("config");
                                    }
                                }
                                v
                            })
                            .collect()
                    } else {
                        Vec::new()
                    },
                    mirror,
                    sources,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    AccountDetail {
        name: jsa.account.name.clone(),
        id: jsa.account.name.clone(),
        stats: JetStreamStats {
            memory: jsa.memory_used.load(Ordering::Relaxed).max(0) as u64,
            storage: jsa.store_used.load(Ordering::Relaxed).max(0) as u64,
            // nats-server reports the account's limits here, -1 (none) as an unsigned.
            reserved_memory: l.max_memory as u64,
            reserved_storage: l.max_store as u64,
            accounts: 0,
            ha_assets: 0,
            api: ApiStats { level: 0, total: jsa.api_total.load(Ordering::Relaxed), errors: jsa.api_errors.load(Ordering::Relaxed) },
        },
        stream_detail,
    }
}
