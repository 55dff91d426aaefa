//! `/subsz`: subscription counts and matching statistics, as nats-server's `Subsz` and
//! `SublistStats`. Options: `subs` (list them), `offset`, `limit`, `test` (only those a
//! subject would reach), `acc` (one account).
//!
//! natsx caches match results per connection rather than per sublist, so `num_cache`
//! is the entries in those caches, and hits are counted by the connections.

use std::sync::atomic::Ordering;
use std::time::SystemTime;

use serde::Serialize;

use super::endpoints::{flag, number, param, GoFloat, Params};
use crate::account::Account;
use crate::server::Server;
use crate::subscription::Subscription;
use natsx_common::time::rfc3339;

#[derive(Serialize)]
pub struct Subsz {
    server_id: String,
    now: String,
    #[serde(flatten)]
    stats: SublistStats,
    total: usize,
    offset: usize,
    limit: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    subscriptions_list: Vec<SubDetail>,
}

/// nats-server's `SublistStats`.
#[derive(Serialize, Default)]
pub struct SublistStats {
    num_subscriptions: u64,
    num_cache: u64,
    num_inserts: u64,
    num_removes: u64,
    /// Lookups: matches computed plus answers from the caches.
    num_matches: u64,
    cache_hit_rate: GoFloat,
    max_fanout: u64,
    avg_fanout: GoFloat,
}

/// One subscription (nats-server's `SubDetail`).
#[derive(Serialize)]
pub struct SubDetail {
    account: String,
    account_tag: String,
    subject: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    qgroup: String,
    sid: String,
    msgs: u64,
    #[serde(skip_serializing_if = "super::endpoints::is_zero")]
    max: u64,
    cid: u64,
}

pub fn sub_detail(account: &str, s: &Subscription) -> SubDetail {
    SubDetail {
        account: account.to_string(),
        account_tag: account.to_string(),
        subject: String::from_utf8_lossy(s.subject()).into_owned(),
        qgroup: s.queue().map(|q| String::from_utf8_lossy(q).into_owned()).unwrap_or_default(),
        sid: String::from_utf8_lossy(s.sid()).into_owned(),
        msgs: s.delivered(),
        max: s.max(),
        cid: s.client().map(|c| c.cid).unwrap_or(0),
    }
}

/// The statistics of the given accounts' sublists together.
pub fn sublist_stats(server: &Server, accounts: &[std::sync::Arc<Account>]) -> SublistStats {
    let mut st = SublistStats::default();
    let (mut hits, mut total_fanout, mut computed) = (0u64, 0u64, 0u64);
    for a in accounts {
        let s = &a.sublist.stats;
        st.num_subscriptions += a.sublist.count();
        st.num_inserts += s.inserts.load(Ordering::Relaxed);
        st.num_removes += s.removes.load(Ordering::Relaxed);
        computed += s.matches.load(Ordering::Relaxed);
        hits += s.cache_hits.load(Ordering::Relaxed);
        total_fanout += s.total_fanout.load(Ordering::Relaxed);
        st.max_fanout = st.max_fanout.max(s.max_fanout.load(Ordering::Relaxed));
    }
    let names: Vec<&str> = accounts.iter().map(|a| a.name.as_str()).collect();
    st.num_cache = server
        .clients()
        .iter()
        .filter(|c| names.contains(&server.account(&c.meta().account).name.as_str()))
        .map(|c| c.cached_matches.load(Ordering::Relaxed))
        .sum();
    st.num_matches = computed + hits;
    if st.num_matches > 0 {
        st.cache_hit_rate = GoFloat(hits as f64 / st.num_matches as f64);
    }
    if computed > 0 {
        st.avg_fanout = GoFloat(total_fanout as f64 / computed as f64);
    }
    st
}

pub fn subsz(server: &Server, params: &Params) -> Result<Subsz, String> {
    let detail = flag(params, "subs")?;
    let offset = number(params, "offset", 0)?;
    let limit = number(params, "limit", 1024)?;
    let test_subject = param(params, "test").filter(|t| !t.is_empty());
    if let Some(t) = test_subject {
        if !natsx_common::subject::is_valid_publish(t.as_bytes()) {
            return Err(format!("invalid test subject, must be valid publish subject: {t}"));
        }
    }
    let accounts = match param(params, "acc").filter(|a| !a.is_empty()) {
        Some(name) => server.accounts().into_iter().filter(|a| a.name == name).collect(),
        None => server.accounts(),
    };
    let stats = sublist_stats(server, &accounts);
    let mut list = Vec::new();
    if detail {
        for a in &accounts {
            for s in a.sublist.all() {
                if test_subject.is_some_and(|t| !natsx_common::subject::matches(s.subject(), t.as_bytes())) {
                    continue;
                }
                list.push(sub_detail(&a.name, &s));
            }
        }
    }
    let total = list.len();
    let subscriptions_list: Vec<SubDetail> = list.into_iter().skip(offset).take(limit).collect();
    Ok(Subsz { server_id: server.server_id.clone(), now: rfc3339(SystemTime::now()), stats, total, offset, limit, subscriptions_list })
}
