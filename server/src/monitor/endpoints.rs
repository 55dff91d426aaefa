//! The monitoring reports by name, shared by the HTTP endpoints and the
//! `$SYS.REQ.SERVER.PING.*` services, and the query parameters they take.
//!
//! Every report is a typed struct whose fields are nats-server's, in its order and with
//! its omission rules, so tools that read nats-server's JSON (exporters, `nats server`
//! commands, dashboards) read natsx's unchanged.

use serde::{Serialize, Serializer};
use serde_json::{json, Value};

use super::{accountz, connz, jsz, subsz, varz};
use crate::server::Server;

pub type Params = [(String, String)];

pub fn param<'a>(params: &'a Params, key: &str) -> Option<&'a str> {
    params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
}

/// A boolean parameter as nats-server's `decodeBool` reads it (`1`, `true`, ...).
pub fn flag(params: &Params, key: &str) -> Result<bool, String> {
    match param(params, key) {
        None | Some("") => Ok(false),
        Some("1" | "t" | "T" | "true" | "TRUE" | "True") => Ok(true),
        Some("0" | "f" | "F" | "false" | "FALSE" | "False") => Ok(false),
        Some(other) => Err(format!("Error decoding boolean for '{key}': strconv.ParseBool: parsing \"{other}\": invalid syntax")),
    }
}

/// A non-negative integer parameter (`offset`, `limit`), or `default`.
pub fn number(params: &Params, key: &str, default: usize) -> Result<usize, String> {
    match param(params, key) {
        None | Some("") => Ok(default),
        Some(v) => v.parse().map_err(|_| format!("Error decoding number for '{key}': strconv.Atoi: parsing \"{v}\": invalid syntax")),
    }
}

/// The paths `/` lists, as nats-server's index page does.
pub const ENDPOINTS: &[&str] = &["/varz", "/connz", "/subsz", "/accountz", "/accstatz", "/jsz", "/healthz"];

/// One report, typed: serialized as it is, the keys keep nats-server's order.
#[derive(Serialize)]
#[serde(untagged)]
pub enum Report {
    Varz(Box<varz::Varz>),
    Connz(connz::Connz),
    Subsz(subsz::Subsz),
    Jsz(Box<jsz::JsInfo>),
    Accountz(accountz::Accountz),
    Accstatz(accountz::AccountStatz),
    Other(Value),
}

/// Builds a report by name; `None` for an unknown name, `Err` for bad parameters.
fn build(server: &Server, name: &str, params: &Params) -> Option<Result<Report, String>> {
    Some(match name {
        "" => Ok(Report::Other(json!({"server_id": server.server_id, "endpoints": ENDPOINTS}))),
        "varz" => Ok(Report::Varz(Box::new(varz::varz(server)))),
        "connz" => connz::connz(server, params).map(Report::Connz),
        "subsz" | "subscriptionsz" => subsz::subsz(server, params).map(Report::Subsz),
        "jsz" => jsz::jsz(server, params).map(|j| Report::Jsz(Box::new(j))),
        "accountz" => accountz::accountz(server, params).map(Report::Accountz),
        "accstatz" => accountz::accstatz(server, params).map(Report::Accstatz),
        "healthz" => Ok(Report::Other(json!({"status": "ok"}))),
        _ => return None,
    })
}

/// One report by name as JSON (the `$SYS.REQ.SERVER` services). `None` for an unknown
/// name.
pub fn report(server: &Server, name: &str, params: &Params) -> Option<Result<Value, String>> {
    let built = build(server, name.trim_start_matches('/'), params).filter(|_| !name.is_empty())?;
    Some(built.and_then(|r| serde_json::to_value(r).map_err(|e| e.to_string())))
}

/// Routes a GET to its endpoint: (status, JSON body). Bodies are written from the typed
/// reports directly, so the keys keep nats-server's order.
pub fn handle(server: &Server, path: &str, params: &Params) -> (u16, String) {
    match build(server, path.trim_start_matches('/'), params) {
        None => (404, json!({"error": format!("no such endpoint: {path}")}).to_string()),
        Some(Ok(report)) => (200, pretty(&report)),
        Some(Err(message)) => (400, json!({"error": message}).to_string()),
    }
}

/// nats-server's `json.MarshalIndent(v, "", "  ")`, with Go's escaping of `<`, `>`, `&`.
fn pretty<T: Serialize>(report: &T) -> String {
    let text = serde_json::to_string_pretty(report).unwrap_or_default();
    text.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// A float as Go's encoding/json writes it: whole numbers without a fraction (`2`, not
/// `2.0`).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct GoFloat(pub f64);

impl Serialize for GoFloat {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let v = self.0;
        if v.is_finite() && v.fract() == 0.0 && v.abs() < 1e15 {
            s.serialize_i64(v as i64)
        } else {
            s.serialize_f64(v)
        }
    }
}

pub fn is_false(b: &bool) -> bool {
    !*b
}

pub fn is_zero(n: &u64) -> bool {
    *n == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_floats_and_escaping() {
        assert_eq!(serde_json::to_string(&GoFloat(2.0)).unwrap(), "2");
        assert_eq!(serde_json::to_string(&GoFloat(0.5)).unwrap(), "0.5");
        assert_eq!(pretty(&json!({"s": "a.>"})), "{\n  \"s\": \"a.\\u003e\"\n}");
        let p = [("subs".to_string(), "1".to_string()), ("x".to_string(), "maybe".to_string())];
        assert_eq!(flag(&p, "subs"), Ok(true));
        assert!(flag(&p, "x").is_err());
        assert_eq!(number(&p, "limit", 1024), Ok(1024));
    }
}
