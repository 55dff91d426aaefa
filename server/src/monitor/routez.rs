//! `/routez`, `/gatewayz`, `/leafz`: natsx has no routes, gateways or leaf nodes yet, so
//! these are nats-server's reports for a server with none configured, field for field,
//! so monitoring tools that poll every endpoint keep working. Their parameters are still
//! checked as nats-server checks them.

use serde::Serialize;
use serde_json::{Map, Value};

use super::endpoints::{flag, param, Params};
use crate::server::Server;
use natsx_common::time::rfc3339;

#[derive(Serialize)]
pub struct Routez {
    server_id: String,
    server_name: String,
    now: String,
    num_routes: usize,
    routes: Vec<Value>,
}

#[derive(Serialize)]
pub struct Gatewayz {
    server_id: String,
    now: String,
    outbound_gateways: Map<String, Value>,
    inbound_gateways: Map<String, Value>,
}

#[derive(Serialize)]
pub struct Leafz {
    server_id: String,
    now: String,
    leafnodes: usize,
    leafs: Vec<Value>,
}

fn now() -> String {
    rfc3339(std::time::SystemTime::now())
}

/// `subs` is a boolean or `detail` (nats-server's `decodeSubs`).
pub fn routez(server: &Server, params: &Params) -> Result<Routez, String> {
    if param(params, "subs") != Some("detail") {
        flag(params, "subs")?;
    }
    Ok(Routez {
        server_id: server.server_id.clone(),
        server_name: server.server_name.clone(),
        now: now(),
        num_routes: 0,
        routes: Vec::new(),
    })
}

pub fn gatewayz(server: &Server, params: &Params) -> Result<Gatewayz, String> {
    if param(params, "subs") != Some("detail") {
        flag(params, "subs")?;
    }
    flag(params, "accs")?;
    Ok(Gatewayz { server_id: server.server_id.clone(), now: now(), outbound_gateways: Map::new(), inbound_gateways: Map::new() })
}

pub fn leafz(server: &Server, params: &Params) -> Result<Leafz, String> {
    flag(params, "subs")?;
    Ok(Leafz { server_id: server.server_id.clone(), now: now(), leafnodes: 0, leafs: Vec::new() })
}
