//! `/healthz`: whether the server, and the JetStream assets asked about, are usable.
//!
//! Parameters as nats-server's `HandleHealthz` (single-server branch): `js-enabled-only`
//! (and the deprecated `js-enabled`), `js-server-only`, `js-meta-only` (no meta group on a
//! single server, so the same as the plain check), `account`, `stream`, `consumer`,
//! `details`. The statuses and messages are nats-server's: 400 when `stream` is given
//! without `account` or `consumer` without `stream`, 404 when the account (one with
//! JetStream), stream or consumer does not exist, 503 when a stream found on disk at
//! start-up could not be reopened. With `details`, failures are listed under `errors`
//! with their kind instead of a single `error`.
//!
//! One deliberate difference: nats-server looks streams up by their folders on disk, so it
//! answers 404 for a memory stream that exists; natsx finds memory streams too.

use serde::Serialize;

use super::endpoints::{flag, param, Params};
use crate::server::Server;

/// nats-server's `HealthStatus`. `status_code` is sent only in `$SYS` replies; over HTTP
/// it is the response status instead.
#[derive(Serialize)]
pub struct Health {
    pub status: &'static str,
    #[serde(skip_serializing_if = "is_zero")]
    pub status_code: u16,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub error: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<HealthError>,
}

fn is_zero(n: &u16) -> bool {
    *n == 0
}

/// One failure in a detailed report (nats-server's `HealthzError`).
#[derive(Serialize)]
pub struct HealthError {
    #[serde(rename = "type")]
    pub kind: &'static str,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub account: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub stream: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub consumer: String,
    pub error: String,
}

/// What failed, before it is shaped into a plain or a detailed report.
struct Failure {
    code: u16,
    /// `"error"` for bad requests, `"unavailable"` for missing or broken assets.
    status: &'static str,
    kind: &'static str,
    account: String,
    stream: String,
    consumer: String,
    error: String,
}

pub fn healthz(server: &Server, params: &Params) -> Result<Health, String> {
    // All flags are parsed (and a bad one refused) before anything is checked.
    let js_enabled_only = flag(params, "js-enabled")? | flag(params, "js-enabled-only")?;
    let js_server_only = flag(params, "js-server-only")?;
    flag(params, "js-meta-only")?;
    let details = flag(params, "details")?;
    let text = |key| param(params, key).unwrap_or("").to_string();
    let (account, stream, consumer) = (text("account"), text("stream"), text("consumer"));
    let failure = check(server, js_enabled_only || js_server_only, account, stream, consumer);
    Ok(match failure {
        None => Health { status: "ok", status_code: 200, error: String::new(), errors: Vec::new() },
        Some(f) if details => Health {
            status: "error",
            status_code: f.code,
            error: String::new(),
            errors: vec![HealthError { kind: f.kind, account: f.account, stream: f.stream, consumer: f.consumer, error: f.error }],
        },
        Some(f) => Health { status: f.status, status_code: f.code, error: f.error, errors: Vec::new() },
    })
}

fn check(server: &Server, server_only: bool, account: String, stream: String, consumer: String) -> Option<Failure> {
    let fail = |code, status, kind, account: &str, stream: &str, consumer: &str, error: String| {
        Some(Failure {
            code,
            status,
            kind,
            account: account.to_string(),
            stream: stream.to_string(),
            consumer: consumer.to_string(),
            error,
        })
    };
    if account.is_empty() && !stream.is_empty() {
        return fail(400, "error", "BAD_REQUEST", "", "", "", "\"account\" must not be empty when checking stream health".into());
    }
    if stream.is_empty() && !consumer.is_empty() {
        return fail(400, "error", "BAD_REQUEST", "", "", "", "\"stream\" must not be empty when checking consumer health".into());
    }
    // Without JetStream there is nothing more to check (nats-server answers ok too).
    let js = server.jetstream().filter(|_| !server_only)?;
    for jsa in js.accounts().iter().filter(|a| account.is_empty() || a.account.name == account) {
        if let Some(folder) = jsa.unrecovered.lock().unwrap_or_else(|e| e.into_inner()).iter().find(|f| stream.is_empty() || **f == stream)
        {
            let error = format!("JetStream stream '{} > {folder}' could not be recovered", jsa.account.name);
            return fail(503, "unavailable", "STREAM", &jsa.account.name, folder, "", error);
        }
    }
    if account.is_empty() {
        return None;
    }
    let Some(jsa) = js.account(&account) else {
        let error = format!("JetStream account {account:?} not found");
        return fail(404, "unavailable", "ACCOUNT", &account, "", "", error);
    };
    if stream.is_empty() {
        return None;
    }
    let Some(found) = jsa.stream(&stream) else {
        let error = format!("JetStream stream {stream:?} not found on account {account:?}");
        return fail(404, "unavailable", "STREAM", &account, &stream, "", error);
    };
    if !consumer.is_empty() && found.consumer(&consumer).is_none() {
        let error = format!("JetStream consumer {consumer:?} not found for stream {stream:?} on account {account:?}");
        return fail(404, "unavailable", "CONSUMER", &account, &stream, &consumer, error);
    }
    None
}
