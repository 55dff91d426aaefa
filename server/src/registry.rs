//! The account registry: every account by name, its configuration, and the wiring of
//! its imports — which an account JWT update undoes and does again.
//!
//! An import is wired as subscriptions (see `router::import_stream` and
//! `service_import::import_service`): a stream import subscribes in the exporter, a
//! service import in the importer. The registry remembers, per importing account, each
//! subscription and the account holding it, so `apply` can remove them and wire the
//! account's new imports — and those of every account importing from one that changed
//! (its exports may have). Accounts are never dropped while the server runs: a deleted
//! account loses its imports and clients, and a connection holding it keeps a valid
//! (empty) account.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use crate::account::{Account, GLOBAL_ACCOUNT, SYSTEM_ACCOUNT};
use crate::options::accounts::{AccountConfig, ResponseType};
use crate::router::Router;
use crate::service_import::ResponseRoutes;
use crate::subscription::Subscription;

pub struct Registry {
    router: Arc<Router>,
    server_name: String,
    system: String,
    state: RwLock<State>,
}

#[derive(Default)]
struct State {
    accounts: HashMap<String, Arc<Account>>,
    /// Configured accounts in the configuration's order (operator mode: by key).
    configs: Vec<AccountConfig>,
    /// Each account's routes back for service responses, made when first needed.
    routes: HashMap<String, Arc<ResponseRoutes>>,
    /// Per importing account: the subscriptions its imports installed, and where.
    wiring: HashMap<String, Wiring>,
}

/// Subscriptions an account's imports installed, each with the account holding it.
type Wiring = Vec<(Arc<Account>, Arc<Subscription>)>;

impl Registry {
    /// The accounts of `configs` plus `$G` and the system account (`system`, created as
    /// `$SYS` when no configuration names it), every import wired. `strict` (a
    /// configuration file's accounts): an import that cannot be wired is an error, in
    /// nats-server's words; otherwise (account JWTs) it is logged and left out, as
    /// nats-server marks such an account incomplete and starts.
    pub fn build(
        router: Arc<Router>,
        server_name: &str,
        configs: &[AccountConfig],
        system: Option<&str>,
        strict: bool,
    ) -> Result<Registry, String> {
        let system_name = system.unwrap_or(SYSTEM_ACCOUNT).to_string();
        if let Some(name) = system {
            if !configs.iter().any(|c| c.name == name) {
                return Err(format!("system account \"{name}\" not found"));
            }
        }
        let registry =
            Registry { router, server_name: server_name.to_string(), system: system_name.clone(), state: RwLock::new(State::default()) };
        {
            let mut state = registry.state.write().unwrap_or_else(|e| e.into_inner());
            for config in configs {
                registry.add(&mut state, config)?;
            }
            for builtin in [GLOBAL_ACCOUNT, system_name.as_str()] {
                if !state.accounts.contains_key(builtin) {
                    state.accounts.insert(builtin.to_string(), registry.new_account(builtin, builtin == system_name));
                }
            }
            let mut names: Vec<String> = state.accounts.keys().cloned().collect();
            names.sort();
            for name in &names {
                registry.wire(&mut state, name, strict)?;
            }
        }
        Ok(registry)
    }

    /// Creates the account of `config` with its limits and mappings (not yet wired).
    fn add(&self, state: &mut State, config: &AccountConfig) -> Result<Arc<Account>, String> {
        let account = self.new_account(&config.name, config.name == self.system);
        configure(&account, config)?;
        state.accounts.insert(config.name.clone(), account.clone());
        state.configs.push(config.clone());
        Ok(account)
    }

    pub fn account(&self, name: &str) -> Option<Arc<Account>> {
        self.read().accounts.get(name).cloned()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.read().accounts.contains_key(name)
    }

    /// Every account, in the order nats-server lists them: configured ones in the
    /// configuration's order, then `$G`, then the system account when it is `$SYS`.
    pub fn all(&self) -> Vec<Arc<Account>> {
        let state = self.read();
        let mut names: Vec<&str> = state.configs.iter().map(|c| c.name.as_str()).collect();
        for builtin in [GLOBAL_ACCOUNT, SYSTEM_ACCOUNT] {
            if !names.contains(&builtin) {
                names.push(builtin);
            }
        }
        names.iter().filter_map(|n| state.accounts.get(*n).cloned()).collect()
    }

    /// The configurations in force (operator mode: from the account JWTs).
    pub fn configs(&self) -> Vec<AccountConfig> {
        self.read().configs.clone()
    }

    pub fn config(&self, name: &str) -> Option<AccountConfig> {
        self.read().configs.iter().find(|c| c.name == name).cloned()
    }

    /// Every account's routes back (for the sweeper).
    pub fn response_routes(&self) -> Vec<Arc<ResponseRoutes>> {
        self.read().routes.values().cloned().collect()
    }

    /// Puts `configs` in force: new accounts are created, changed ones get their limits
    /// and mappings, and the imports of every account that changed — or imports from
    /// one that did — are wired again. An import that no longer checks out (its export
    /// gone or closed to the importer) is left unwired and logged, as nats-server marks
    /// the account incomplete. Accounts missing from `configs` lose their imports.
    /// Returns the accounts created.
    pub fn apply(&self, configs: Vec<AccountConfig>) -> Vec<Arc<Account>> {
        let mut state = self.state.write().unwrap_or_else(|e| e.into_inner());
        let old = std::mem::take(&mut state.configs);
        let mut changed: Vec<String> = Vec::new();
        let mut created = Vec::new();
        for config in &configs {
            match old.iter().find(|c| c.name == config.name) {
                Some(before) if before == config => state.configs.push(config.clone()),
                Some(_) => {
                    if let Some(account) = state.accounts.get(&config.name).cloned() {
                        if let Err(e) = configure(&account, config) {
                            crate::error!("Account {} update: {e}", config.name);
                        }
                    }
                    state.configs.push(config.clone());
                    changed.push(config.name.clone());
                }
                None => {
                    match state.accounts.get(&config.name).cloned() {
                        // A deleted account that came back.
                        Some(account) => {
                            let _ = configure(&account, config);
                            state.configs.push(config.clone());
                        }
                        None => match self.add(&mut state, config) {
                            Ok(account) => created.push(account),
                            Err(e) => {
                                crate::error!("Account {} not added: {e}", config.name);
                                continue;
                            }
                        },
                    }
                    changed.push(config.name.clone());
                }
            }
        }
        for gone in old.iter().filter(|c| !configs.iter().any(|n| n.name == c.name)) {
            changed.push(gone.name.clone());
            if let Some(account) = state.accounts.get(&gone.name).cloned() {
                let _ = configure(&account, &AccountConfig { name: gone.name.clone(), ..Default::default() });
            }
        }
        // Who to wire again: the changed accounts and those importing from them.
        let mut rewire: Vec<String> = changed.clone();
        for config in &state.configs {
            let imports_changed = config.stream_imports.iter().map(|i| &i.account).chain(config.service_imports.iter().map(|i| &i.account));
            if imports_changed.into_iter().any(|a| changed.contains(a)) && !rewire.contains(&config.name) {
                rewire.push(config.name.clone());
            }
        }
        rewire.sort();
        for name in &rewire {
            self.unwire(&mut state, name);
            if let Err(e) = self.wire(&mut state, name, false) {
                crate::error!("Account {name} has issues importing: {e}");
            }
        }
        created
    }

    /// A new account whose subscriptions are counted for other servers.
    fn new_account(&self, name: &str, is_system: bool) -> Arc<Account> {
        let account = Account::new(name, is_system);
        account.set_propagation(self.router.propagation.clone());
        Arc::new(account)
    }

    /// Removes the subscriptions `importer`'s imports installed.
    fn unwire(&self, state: &mut State, importer: &str) {
        for (holder, sub) in state.wiring.remove(importer).unwrap_or_default() {
            holder.unsubscribe(&sub);
        }
    }

    /// Wires `importer`'s stream and service imports and the system imports every
    /// account gets. `strict`: the first import that fails is an error (at start);
    /// otherwise failures are logged and skipped (an update).
    fn wire(&self, state: &mut State, importer_name: &str, strict: bool) -> Result<(), String> {
        use crate::options::exports::{service_export_for, stream_import_allowed, ImportMap, ServiceMap};
        use crate::service_import::{import_service, ServiceImportSpec};
        let Some(importer) = state.accounts.get(importer_name).cloned() else { return Ok(()) };
        let config = state.configs.iter().find(|c| c.name == importer_name).cloned();
        let mut installed: Wiring = Vec::new();
        let mut failures = Vec::new();
        for import in config.iter().flat_map(|c| &c.stream_imports) {
            let exporter_config = state.configs.iter().find(|c| c.name == import.account);
            let (Some(exporter), Some(exporter_config)) = (state.accounts.get(&import.account).cloned(), exporter_config) else {
                failures.push(format!("{:?} account not defined for stream import", import.account));
                continue;
            };
            if !stream_import_allowed(exporter_config, importer_name, &import.subject) {
                failures.push(format!("Error adding stream import {:?}: stream import not authorized", import.subject));
                continue;
            }
            let map = match ImportMap::of(import) {
                Ok(map) => map,
                Err(e) => {
                    failures.push(e);
                    continue;
                }
            };
            let sub = self.router.import_stream(&exporter, importer.clone(), &import.subject, move |s| map.apply(s));
            installed.push((exporter, sub));
        }
        let mut services = Vec::new();
        // The service imports that check out: only these stand in for a system import.
        let mut wired = Vec::new();
        for import in config.iter().flat_map(|c| &c.service_imports) {
            let exporter_config = state.configs.iter().find(|c| c.name == import.account);
            let export = exporter_config.and_then(|c| service_export_for(c, &import.subject)).filter(|_| {
                exporter_config.is_some_and(|c| crate::options::exports::service_import_allowed(c, importer_name, &import.subject))
            });
            let Some(export) = export else {
                failures.push(format!("Error adding service import {:?}: service import not authorized", import.subject));
                continue;
            };
            let map = match ServiceMap::of(import) {
                Ok(map) => map,
                Err(e) => {
                    failures.push(e);
                    continue;
                }
            };
            services.push((import.account.clone(), ServiceMap::local_subject(import), map, export.clone(), import.share));
            wired.push(import.clone());
        }
        if strict {
            if let Some(first) = failures.first() {
                return Err(first.clone());
            }
        }
        let importer_side = self.side(state, importer_name);
        for (exporter, local, map, export, share) in services {
            let Some(exporter_side) = self.side(state, &exporter) else { continue };
            let spec = ServiceImportSpec {
                local: &local,
                map,
                response_type: export.response_type,
                threshold: export.response_threshold,
                latency: export.latency.clone(),
                share,
            };
            let sub = import_service(&self.router, importer_side.as_ref().expect("the importer exists"), &exporter_side, spec);
            installed.push((importer.clone(), sub));
        }
        // The system services every account reaches (nats-server's addSystemAccountExports).
        let system = self.system.clone();
        let wired = AccountConfig { service_imports: wired, ..Default::default() };
        for &(local, remote, share, response_type) in system_imports(importer_name, &system, Some(&wired)) {
            let Some(system_side) = self.side(state, &system) else { break };
            let spec = ServiceImportSpec {
                local,
                map: ServiceMap::Literal(remote.replace("{acc}", importer_name)),
                response_type,
                threshold: crate::options::accounts::DEFAULT_RESPONSE_THRESHOLD,
                latency: None,
                share,
            };
            let sub = import_service(&self.router, importer_side.as_ref().expect("the importer exists"), &system_side, spec);
            installed.push((importer.clone(), sub));
        }
        state.wiring.insert(importer_name.to_string(), installed);
        for failure in failures {
            crate::error!("Account {importer_name}: {failure}");
        }
        Ok(())
    }

    /// An account and its routes back (made on first use).
    fn side(&self, state: &mut State, name: &str) -> Option<crate::service_import::Side> {
        let account = state.accounts.get(name)?.clone();
        let routes = state
            .routes
            .entry(name.to_string())
            .or_insert_with(|| ResponseRoutes::install(&self.router, &account, &self.server_name))
            .clone();
        Some(crate::service_import::Side { account, routes })
    }

    fn read(&self) -> std::sync::RwLockReadGuard<'_, State> {
        self.state.read().unwrap_or_else(|e| e.into_inner())
    }
}

/// An account's limits and mappings from its configuration.
fn configure(account: &Account, config: &AccountConfig) -> Result<(), String> {
    let l = config.limits;
    account.set_limits(l.max_connections, l.max_subscriptions, l.max_payload);
    account.set_expires(config.expires);
    account.set_mappings(build_mappings(&config.mappings)?);
    Ok(())
}

/// The subject mappings of a configuration (already checked when it was read).
pub fn build_mappings(configs: &[crate::options::accounts::MappingConfig]) -> Result<Vec<natsx_common::transform::Mapping>, String> {
    configs.iter().map(|m| natsx_common::transform::Mapping::new(&m.src, &m.dests)).collect()
}

/// The system imports `account` gets: all of `SYSTEM_IMPORTS` (the system account only
/// the last), less those its configuration already imports from the system account on
/// the same local subject (nats-server's `serviceImportExists`).
pub fn system_imports<'a>(
    account: &str,
    system: &str,
    config: Option<&AccountConfig>,
) -> impl Iterator<Item = &'static (&'static str, &'static str, bool, ResponseType)> + use<'a> {
    let configured: Vec<String> =
        config.map(|c| c.service_imports.iter().filter(|i| i.account == system).map(|i| i.to.clone()).collect()).unwrap_or_default();
    let is_system = account == system;
    SYSTEM_IMPORTS
        .iter()
        .filter(move |(local, ..)| (!is_system || *local == "$SYS.REQ.USER.INFO") && !configured.iter().any(|c| c == local))
}

/// The service imports nats-server adds to every account from the system account: the
/// local subject, the system account's (`{acc}` is the importer), whether the requester's
/// details are shared, and the response type. The system account gets only the last.
pub const SYSTEM_IMPORTS: &[(&str, &str, bool, ResponseType)] = &[
    ("$SYS.REQ.ACCOUNT.PING.CONNZ", "$SYS.REQ.ACCOUNT.{acc}.CONNZ", false, ResponseType::Stream),
    ("$SYS.REQ.SERVER.PING.CONNZ", "$SYS.REQ.ACCOUNT.{acc}.CONNZ", false, ResponseType::Stream),
    ("$SYS.REQ.ACCOUNT.PING.STATZ", "$SYS.REQ.ACCOUNT.{acc}.STATZ", false, ResponseType::Stream),
    ("$SYS.REQ.USER.INFO", "$SYS.REQ.USER.{acc}.INFO", true, ResponseType::Singleton),
];
