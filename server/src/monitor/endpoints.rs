//! The monitoring reports by name, shared by the HTTP endpoints and the
//! `$SYS.REQ.SERVER.PING.*` services, and the query parameters they take.
//!
//! Every report is a typed struct whose fields are nats-server's, in its order and with
//! its omission rules, so tools that read nats-server's JSON (exporters, `nats server`
//! commands, dashboards) read natsx's unchanged.

use serde::{Serialize, Serializer};
use serde_json::{json, Value};

use super::{accountz, connz, healthz, jsz, routez, subsz, varz};
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

/// An integer parameter as nats-server's `decodeInt` reads it; zero, negative or absent
/// gives `default` (nats-server treats a negative offset as 0 and a limit of 0 or less as
/// its default).
pub fn number(params: &Params, key: &str, default: usize) -> Result<usize, String> {
    match param(params, key) {
        None | Some("") => Ok(default),
        Some(v) => match v.parse::<i64>() {
            Ok(n) if n > 0 => Ok(usize::try_from(n).unwrap_or(usize::MAX)),
            Ok(_) => Ok(default),
            Err(_) => Err(format!("Error decoding int for '{key}': strconv.Atoi: parsing \"{v}\": {}", go_number_error(v, true))),
        },
    }
}

/// Why Go's `strconv` could not read `v`: digits that do not fit are "value out of
/// range", anything else "invalid syntax".
pub fn go_number_error(v: &str, signed: bool) -> &'static str {
    let digits = if signed { v.strip_prefix(['-', '+']).unwrap_or(v) } else { v };
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        "value out of range"
    } else {
        "invalid syntax"
    }
}

/// The paths `/` lists, as nats-server's index page does.
pub const ENDPOINTS: &[&str] =
    &["/varz", "/connz", "/routez", "/gatewayz", "/leafz", "/subsz", "/accountz", "/accstatz", "/jsz", "/healthz", "/ipqueuesz"];

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
    Health(healthz::Health),
    Routez(routez::Routez),
    Gatewayz(routez::Gatewayz),
    Leafz(routez::Leafz),
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
        "healthz" => healthz::healthz(server, params).map(Report::Health),
        "routez" => routez::routez(server, params).map(Report::Routez),
        "gatewayz" => routez::gatewayz(server, params).map(Report::Gatewayz),
        "leafz" => routez::leafz(server, params).map(Report::Leafz),
        "ipqueuesz" => flag(params, "all").map(|_| Report::Other(json!({}))),
        _ => return None,
    })
}

/// One report by name as JSON (the `$SYS.REQ.SERVER` services). `None` for an unknown
/// name.
pub fn report(server: &Server, name: &str, params: &Params) -> Option<Result<Value, String>> {
    let built = build(server, name.trim_start_matches('/'), params).filter(|_| !name.is_empty())?;
    Some(built.and_then(|r| serde_json::to_value(r).map_err(|e| e.to_string())))
}

/// A monitoring response: status, content type and body.
pub struct Response {
    pub status: u16,
    pub content_type: &'static str,
    pub body: String,
}

/// Routes a GET to its endpoint, answering as nats-server does: the report as indented
/// JSON (its keys in nats-server's order); `/healthz` as compact JSON with the health
/// status as HTTP status; a bad parameter as a plain-text 400; an unknown path (a
/// trailing slash included) as Go's plain-text 404. `None` for an unknown path, which
/// is not counted in `http_req_stats`.
pub fn handle(server: &Server, path: &str, params: &Params) -> Option<Response> {
    let name = path.strip_prefix('/').unwrap_or(path);
    if path == "/metrics" {
        server.count_http_request(path);
        let body = super::metrics::metrics(server);
        return Some(Response { status: 200, content_type: "text/plain; version=0.0.4; charset=utf-8", body });
    }
    if !(ENDPOINTS.contains(&path) || matches!(path, "/" | "/subscriptionsz")) {
        return None;
    }
    // Counted as nats-server counts: most endpoints first (so `/varz` includes the request
    // it answers), `/connz` and `/routez` only once their parameters parse, `/ipqueuesz`
    // never.
    let counted_after = matches!(path, "/connz" | "/routez");
    if !counted_after && path != "/ipqueuesz" {
        server.count_http_request(path);
    }
    let built = build(server, name, params)?;
    if counted_after && built.is_ok() {
        server.count_http_request(path);
    }
    let json = |status, body| Response { status, content_type: "application/json", body };
    Some(match built {
        Ok(Report::Health(mut health)) => {
            let status = std::mem::take(&mut health.status_code);
            json(status, serde_json::to_string(&health).unwrap_or_default())
        }
        Ok(report) => json(200, pretty(&report)),
        Err(message) => Response { status: 400, content_type: "text/plain; charset=utf-8", body: message },
    })
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
