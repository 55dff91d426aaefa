//! The checks nats-server makes of exports and imports once every account of the
//! `accounts {}` block is known (its `parseAccounts`, `addStreamImportWithClaim`,
//! `addMappedStreamImportWithClaim` and `addServiceImportWithClaim`), with its error
//! texts, and how an import renames subjects.

use natsx_common::subject;
use natsx_common::transform::Transform;

use super::accounts::{AccountConfig, Export, ResponseType, ServiceExport, ServiceImport, StreamImport};

/// Where a stream import's messages arrive: `prefix.` + the subject, `to`, or the
/// subject itself.
pub fn import_destination(import: &StreamImport) -> String {
    match (&import.prefix, &import.to) {
        (Some(prefix), _) if !prefix.is_empty() => format!("{}{}", with_separator(prefix), import.subject),
        (_, Some(to)) if !to.is_empty() => to.clone(),
        _ => import.subject.clone(),
    }
}

/// A stream import's prefix ending in the `.` nats-server adds when it is missing.
fn with_separator(prefix: &str) -> String {
    if prefix.ends_with('.') {
        prefix.to_string()
    } else {
        format!("{prefix}.")
    }
}

/// How a stream import renames the subjects it brings in.
#[derive(Clone, Debug)]
pub enum ImportMap {
    /// The exporter's subject as it is.
    Same,
    /// `prefix.` + the subject.
    Prefix(String),
    /// One fixed subject (`to` for a literal import subject).
    Literal(String),
    /// `to` with the import subject's wildcards (`*` and `>` in `to` stand for them in
    /// order, as nats-server's `transformTokenize` reads them).
    Transform(Transform),
}

impl ImportMap {
    pub fn of(import: &StreamImport) -> Result<ImportMap, String> {
        if let Some(prefix) = import.prefix.as_deref().filter(|p| !p.is_empty()) {
            return Ok(ImportMap::Prefix(with_separator(prefix)));
        }
        let to = import_destination(import);
        if to == import.subject {
            return Ok(ImportMap::Same);
        }
        if !subject::has_wildcard(import.subject.as_bytes()) {
            return Ok(ImportMap::Literal(to));
        }
        Transform::strict(&import.subject, &natsx_common::transform::tokenized(&to)).map(ImportMap::Transform)
    }

    /// The subject a message published on `subject` arrives on. Subjects are bytes; only
    /// a transform needs them to be UTF-8.
    pub fn apply(&self, subject: &[u8]) -> Option<Vec<u8>> {
        match self {
            ImportMap::Same => Some(subject.to_vec()),
            ImportMap::Prefix(prefix) => Some([prefix.as_bytes(), subject].concat()),
            ImportMap::Literal(to) => Some(to.as_bytes().to_vec()),
            ImportMap::Transform(t) => t.apply_bytes(subject),
        }
    }
}

/// Every error of the exports and imports of `accounts`, in nats-server's words.
pub fn check(accounts: &[AccountConfig]) -> Vec<String> {
    let mut errors = Vec::new();
    let find = |name: &str| accounts.iter().find(|a| a.name == name);
    for account in accounts {
        let services = account.service_exports.iter().map(|s| ("service", &s.export));
        for (kind, export) in account.stream_exports.iter().map(|e| ("stream", e)).chain(services) {
            for name in export.accounts.iter().flatten() {
                if find(name).is_none() {
                    errors.push(format!("{name:?} account not defined for {kind} export"));
                }
            }
            // nats-server's setExportAuth: the importer's name goes where the export has `*`.
            let position = export.account_token_position;
            if position > 0 && export.subject.split('.').nth(position - 1) != Some("*") {
                errors.push(format!("Error adding {kind} export {:?}: sublist: invalid subject", export.subject));
            }
        }
    }
    // nats-server's TrackServiceExportWithSampling.
    for account in accounts {
        for service in &account.service_exports {
            let Some(latency) = &service.latency else { continue };
            let results = latency.subject.as_bytes();
            let why = if !subject::is_valid_publish(results) || service_export_for(account, &latency.subject).is_some() {
                "invalid publish subject"
            } else if service.response_type != ResponseType::Singleton {
                "bad service response type"
            } else {
                continue;
            };
            errors.push(format!(
                "Error adding service latency sampling for {:?} on subject {:?}: {why}",
                service.export.subject, latency.subject
            ));
        }
    }
    for account in accounts {
        let mut seen: Vec<(&str, &str)> = Vec::new();
        for import in &account.stream_imports {
            let Some(exporter) = find(&import.account) else {
                errors.push(format!("{:?} account not defined for stream import", import.account));
                continue;
            };
            let fail = |why: &str| format!("Error adding stream import {:?}: {why}", import.subject);
            if exporter.name == account.name {
                // Delivering into the account it came from can feed a stream's republish
                // back to itself; natsx refuses (nats-server accepts and delivers twice).
                errors.push(fail("natsx does not import an account's own export"));
                continue;
            }
            let exports: Vec<&Export> = exporter.stream_exports.iter().collect();
            if !authorized(&exports, &account.name, &import.subject) {
                errors.push(fail("stream import not authorized"));
                continue;
            }
            if import.prefix.as_deref().is_some_and(|p| subject::has_wildcard(p.as_bytes())) {
                errors.push(fail("stream import prefix can not contain wildcard tokens"));
                continue;
            }
            let to = import_destination(import);
            let literal_ok = |s: &str| subject::is_valid_publish(s.as_bytes());
            let pattern_ok = |s: &str| subject::is_valid_subscribe(s.as_bytes());
            let prefix_ok = import.prefix.as_deref().is_none_or(|p| p.is_empty() || literal_ok(p.trim_end_matches('.')));
            // A wildcard import mapped `to` another subject is checked by building its
            // transform (below), whose error nats-server reports.
            let mapped = import.prefix.as_deref().is_none_or(str::is_empty) && import.to.as_deref().is_some_and(|t| !t.is_empty());
            let to_ok = match subject::has_wildcard(import.subject.as_bytes()) {
                true => mapped || pattern_ok(&to),
                false => literal_ok(&to),
            };
            if !prefix_ok || !to_ok {
                errors.push(fail("invalid subject"));
                continue;
            }
            let cycle = check_cycles(accounts, &exporter.name, &to, &mut vec![account.name.clone()])
                .and_then(|()| check_cycles(accounts, &exporter.name, &import.subject, &mut vec![account.name.clone()]));
            if let Err(why) = cycle {
                errors.push(fail(why));
                continue;
            }
            if let Err(e) = ImportMap::of(import) {
                errors.push(fail(&format!(
                    "failed to create mapping transform for stream import subject from {:?} to {:?}: {e}",
                    import.subject, to
                )));
                continue;
            }
            if seen.contains(&(import.account.as_str(), import.subject.as_str())) {
                errors.push(fail("stream import already exists"));
                continue;
            }
            seen.push((&import.account, &import.subject));
        }
    }
    // Service imports, in order: nats-server checks each against the ones added before it.
    let mut added: Vec<(&str, &ServiceImport)> = Vec::new();
    for account in accounts {
        for import in &account.service_imports {
            let Some(exporter) = find(&import.account) else {
                errors.push(format!("{:?} account not defined for service import", import.account));
                continue;
            };
            let fail = |why: &str| format!("Error adding service import {:?}: {why}", import.subject);
            if !subject::is_valid_subscribe(import.to.as_bytes()) || !subject::is_valid_subscribe(import.subject.as_bytes()) {
                errors.push(fail("sublist: invalid subject"));
                continue;
            }
            let exports: Vec<&Export> = exporter.service_exports.iter().map(|s| &s.export).collect();
            if !authorized(&exports, &account.name, &import.subject) {
                errors.push(fail("service import not authorized"));
                continue;
            }
            let from = if subject::has_wildcard(import.subject.as_bytes()) { untokenized(&import.to) } else { import.to.clone() };
            if let Err(why) = check_service_cycles(&added, &exporter.name, &from, &mut vec![account.name.clone()]) {
                errors.push(fail(why));
                continue;
            }
            if let Err(e) = ServiceMap::of(import) {
                errors.push(fail(&e));
                continue;
            }
            added.push((&account.name, import));
        }
    }
    errors
}

/// How a service import turns the subject a request was published on into the
/// exporter's subject (nats-server's `addServiceImport`).
#[derive(Clone, Debug)]
pub enum ServiceMap {
    /// The exporter's subject is literal: every request goes there.
    Literal(String),
    /// Same pattern on both sides: the subject as it is.
    Same,
    /// The `*`/`>` of the local subject fill the exporter's, in order.
    Transform(Transform),
}

impl ServiceMap {
    /// nats-server's `addServiceImport`: a literal exporter subject takes every request;
    /// the same pattern on both sides keeps the subject; otherwise the local subject's
    /// wildcards fill the exporter's in order — or in the order its `$N` /
    /// `{{wildcard(N)}}` placeholders give (`to: "x.$2.$1"` maps `x.a.b` to `s.b.a`).
    pub fn of(import: &ServiceImport) -> Result<ServiceMap, String> {
        if !subject::has_wildcard(import.subject.as_bytes()) {
            return Ok(ServiceMap::Literal(import.subject.clone()));
        }
        if import.to == import.subject {
            return Ok(ServiceMap::Same);
        }
        // nats-server builds the exporter → importer transform strictly, then reverses it.
        let remote = untokenized(&import.subject);
        let local = natsx_common::transform::tokenized(&import.to);
        let fail =
            |e: String| format!("failed to create mapping transform for service import subject from {:?} to {:?}: {e}", import.to, remote);
        Transform::strict(&remote, &local).map_err(fail)?;
        let mut placeholders = local.split('.').filter(|t| untokenized(t) == "*");
        let reversed: Vec<&str> = remote.split('.').map(|t| if t == "*" { placeholders.next().unwrap_or(t) } else { t }).collect();
        Transform::strict(&untokenized(&import.to), &reversed.join(".")).map(ServiceMap::Transform).map_err(fail)
    }

    /// The subject a service import subscribes to in the importing account: its `to`, with
    /// placeholders read as the wildcards they stand for when the exporter's subject has
    /// wildcards.
    pub fn local_subject(import: &ServiceImport) -> String {
        if subject::has_wildcard(import.subject.as_bytes()) {
            untokenized(&import.to)
        } else {
            import.to.clone()
        }
    }

    /// The exporter's subject for a request published on `subject`.
    pub fn apply(&self, subject: &[u8]) -> Option<Vec<u8>> {
        match self {
            ServiceMap::Literal(to) => Some(to.as_bytes().to_vec()),
            ServiceMap::Same => Some(subject.to_vec()),
            ServiceMap::Transform(t) => t.apply_bytes(subject),
        }
    }
}

/// May `importer` import `subject` from the stream exports of `exporter`?
pub fn stream_import_allowed(exporter: &AccountConfig, importer: &str, subject_text: &str) -> bool {
    let exports: Vec<&Export> = exporter.stream_exports.iter().collect();
    authorized(&exports, importer, subject_text)
}

/// May `importer` import `subject` from the service exports of `exporter`?
pub fn service_import_allowed(exporter: &AccountConfig, importer: &str, subject_text: &str) -> bool {
    let exports: Vec<&Export> = exporter.service_exports.iter().map(|s| &s.export).collect();
    authorized(&exports, importer, subject_text)
}

/// The service export a service import of `subject` uses (nats-server's
/// `getServiceExport`: the export of exactly that subject, else one covering it).
pub fn service_export_for<'a>(exporter: &'a AccountConfig, subject_text: &str) -> Option<&'a ServiceExport> {
    let exports = &exporter.service_exports;
    exports
        .iter()
        .find(|e| e.export.subject == subject_text)
        .or_else(|| exports.iter().find(|e| subject::is_subset(subject_text.as_bytes(), e.export.subject.as_bytes())))
}

/// nats-server's `transformUntokenize`: `$N` and `{{wildcard(N)}}` tokens read as `*`.
fn untokenized(subject_text: &str) -> String {
    let placeholder = |t: &str| {
        (t.len() > 1 && t.starts_with('$') && t.as_bytes()[1].is_ascii_digit() && t.as_bytes()[1] != b'0')
            || (t.starts_with("{{") && t.ends_with("}}") && t.to_ascii_lowercase().contains("wildcard("))
    };
    subject_text.split('.').map(|t| if placeholder(t) { "*" } else { t }).collect::<Vec<_>>().join(".")
}

/// nats-server's `checkServiceImportsForCycles`, as written there: from `account`, follow
/// each service import added before whose exporter-side subject meets `from`; reaching
/// an account already on the path is a cycle. Requests cross one import only
/// (`router::Owner::Import`), so this guards the configuration, not the server.
fn check_service_cycles(
    added: &[(&str, &ServiceImport)],
    account: &str,
    from: &str,
    visited: &mut Vec<String>,
) -> Result<(), &'static str> {
    if visited.len() >= MAX_CYCLE_SEARCH_DEPTH {
        return Err("search cycle depth exhausted");
    }
    for (_, import) in added.iter().filter(|(owner, _)| *owner == account) {
        if subject::patterns_intersect(from.as_bytes(), import.subject.as_bytes()) {
            if visited.contains(&import.account) {
                return Err("import forms a cycle");
            }
            if !visited.iter().any(|v| v == account) {
                visited.push(account.to_string());
            }
            let next = if subject::is_subset(import.to.as_bytes(), from.as_bytes()) { import.to.as_str() } else { from };
            check_service_cycles(added, &import.account, next, visited)?;
        }
    }
    Ok(())
}

/// nats-server's `checkStreamImportAuthorized` and `checkServiceExportApproved`: one of
/// `exports` offers `subject` (exactly, or a pattern it falls under) to `importer`. Exports of one subject are merged as
/// nats-server merges them: any private one makes it private to the accounts listed.
fn authorized(exports: &[&Export], importer: &str, subject_text: &str) -> bool {
    if !subject::is_valid_subscribe(subject_text.as_bytes()) {
        return false;
    }
    let exports = exports.iter().copied();
    let exact = exports.clone().any(|e| e.subject == subject_text);
    let covers = |e: &&Export| {
        if exact {
            e.subject == subject_text
        } else {
            subject::is_subset(subject_text.as_bytes(), e.subject.as_bytes())
        }
    };
    let Some(first) = exports.clone().find(covers) else { return false };
    let same: Vec<&Export> = exports.filter(|e| e.subject == first.subject).collect();
    if let Some(position) = same.iter().map(|e| e.account_token_position).find(|p| *p > 0) {
        return subject_text.split('.').nth(position - 1) == Some(importer);
    }
    let private: Vec<&String> = same.iter().filter_map(|e| e.accounts.as_ref()).flatten().collect();
    let token_required = same.iter().any(|e| e.token_required);
    (private.is_empty() && !token_required) || private.iter().any(|n| *n == importer)
}

/// nats-server's `checkStreamImportsForCycles`, as written there: from `account`, which
/// exports `to`, follow each stream import whose destination meets `to` (narrowing `to`
/// to it); reaching an account already on the path is a cycle. Delivery is one hop
/// (`router::Owner::Import`), so this guards the configuration, not the server.
fn check_cycles(accounts: &[AccountConfig], account: &str, to: &str, visited: &mut Vec<String>) -> Result<(), &'static str> {
    if visited.len() >= MAX_CYCLE_SEARCH_DEPTH {
        return Err("search cycle depth exhausted");
    }
    let Some(a) = accounts.iter().find(|a| a.name == account) else { return Ok(()) };
    if !a.stream_exports.iter().any(|e| subject::is_subset(to.as_bytes(), e.subject.as_bytes())) {
        return Ok(());
    }
    let mut to = to.to_string();
    for import in &a.stream_imports {
        let dest = import_destination(import);
        if subject::patterns_intersect(to.as_bytes(), dest.as_bytes()) {
            if visited.contains(&import.account) {
                return Err("import forms a cycle");
            }
            if !visited.contains(&a.name) {
                visited.push(a.name.clone());
            }
            if subject::is_subset(dest.as_bytes(), to.as_bytes()) {
                to = dest;
            }
            check_cycles(accounts, &import.account, &to, visited)?;
        }
    }
    Ok(())
}

/// nats-server's `MaxAccountCycleSearchDepth`.
const MAX_CYCLE_SEARCH_DEPTH: usize = 1024;

#[cfg(test)]
mod tests {
    use super::*;

    fn account(name: &str, exports: &[(&str, Option<&[&str]>)], imports: &[(&str, &str, Option<&str>)]) -> AccountConfig {
        AccountConfig {
            name: name.into(),
            stream_exports: exports
                .iter()
                .map(|(s, accs)| Export {
                    subject: s.to_string(),
                    accounts: accs.map(|a| a.iter().map(|n| n.to_string()).collect()),
                    account_token_position: 0,
                    token_required: false,
                })
                .collect(),
            stream_imports: imports
                .iter()
                .map(|(acc, s, prefix)| StreamImport {
                    account: acc.to_string(),
                    subject: s.to_string(),
                    prefix: prefix.map(str::to_string),
                    to: None,
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn imports_need_an_export_that_covers_them_and_allows_the_importer() {
        let a = account("A", &[("orders.>", None), ("private.>", Some(&["C"]))], &[]);
        let c = account("C", &[], &[("A", "private.x", None)]);
        let with = |b: AccountConfig| check(&[a.clone(), b, c.clone()]);
        assert_eq!(with(account("B", &[], &[("A", "orders.>", None), ("A", "orders.eu", Some("a"))])), Vec::<String>::new());
        assert_eq!(check(std::slice::from_ref(&a)), vec![r#""C" account not defined for stream export"#]);
        let private = account("B", &[], &[("A", "private.x", None)]);
        assert_eq!(with(private), vec![r#"Error adding stream import "private.x": stream import not authorized"#]);
        let wider = account("B", &[], &[("A", ">", None)]);
        assert_eq!(with(wider), vec![r#"Error adding stream import ">": stream import not authorized"#]);
        let missing = account("B", &[], &[("X", "orders.>", None)]);
        assert_eq!(with(missing), vec![r#""X" account not defined for stream import"#]);
        let star = account("B", &[], &[("A", "orders.>", Some("a.*"))]);
        assert_eq!(with(star), vec![r#"Error adding stream import "orders.>": stream import prefix can not contain wildcard tokens"#]);
        let twice = account("B", &[], &[("A", "orders.>", None), ("A", "orders.>", Some("p"))]);
        assert_eq!(with(twice), vec![r#"Error adding stream import "orders.>": stream import already exists"#]);
    }

    #[test]
    fn a_cycle_of_imports_is_refused() {
        let a = account("A", &[("x.>", None)], &[("B", "x.>", None)]);
        let b = account("B", &[("x.>", None)], &[("A", "x.>", None)]);
        let errors = check(&[a, b]);
        assert!(errors.iter().all(|e| e.ends_with("import forms a cycle")) && !errors.is_empty(), "{errors:?}");
        let a = account("A", &[("x.>", None)], &[("B", "y.>", None)]);
        let b = account("B", &[("y.>", None)], &[("A", "x.>", None)]);
        assert!(check(&[a, b]).is_empty(), "different subjects do not loop");
    }

    #[test]
    fn destinations() {
        let i = |prefix: Option<&str>, to: Option<&str>| StreamImport {
            account: "A".into(),
            subject: "orders.>".into(),
            prefix: prefix.map(str::to_string),
            to: to.map(str::to_string),
        };
        assert_eq!(import_destination(&i(Some("a"), None)), "a.orders.>");
        assert_eq!(import_destination(&i(Some("a."), None)), "a.orders.>");
        assert_eq!(import_destination(&i(None, Some("in.>"))), "in.>");
        assert_eq!(import_destination(&i(None, None)), "orders.>");
        // Subjects are bytes: a prefix or a fixed subject does not need UTF-8.
        assert_eq!(ImportMap::of(&i(Some("a"), None)).unwrap().apply(b"orders.\xff"), Some(b"a.orders.\xff".to_vec()));
        let star = StreamImport { subject: "orders.*".into(), to: Some("in.*".into()), ..i(None, None) };
        assert_eq!(ImportMap::of(&star).unwrap().apply(b"orders.eu"), Some(b"in.eu".to_vec()), "`*` in `to` stands for the wildcard");
    }
}
