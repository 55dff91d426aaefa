//! The checks nats-server makes of stream exports and imports once every account of the
//! `accounts {}` block is known (its `parseAccounts`, `addStreamImportWithClaim` and
//! `addMappedStreamImportWithClaim`), with its error texts.

use natsx_common::subject;
use natsx_common::transform::Transform;

use super::accounts::{AccountConfig, StreamExport, StreamImport};

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
            ImportMap::Transform(t) => t.apply(std::str::from_utf8(subject).ok()?).map(String::into_bytes),
        }
    }
}

/// Every error of the exports and imports of `accounts`, in nats-server's words.
pub fn check(accounts: &[AccountConfig]) -> Vec<String> {
    let mut errors = Vec::new();
    let find = |name: &str| accounts.iter().find(|a| a.name == name);
    for account in accounts {
        for export in &account.stream_exports {
            for name in export.accounts.iter().flatten() {
                if find(name).is_none() {
                    errors.push(format!("{name:?} account not defined for stream export"));
                }
            }
            // nats-server's setExportAuth: the importer's name goes where the export has `*`.
            let position = export.account_token_position;
            if position > 0 && export.subject.split('.').nth(position - 1) != Some("*") {
                errors.push(format!("Error adding stream export {:?}: sublist: invalid subject", export.subject));
            }
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
            if !authorized(exporter, &account.name, &import.subject) {
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
            let to_ok = if subject::has_wildcard(import.subject.as_bytes()) { pattern_ok(&to) } else { literal_ok(&to) };
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
    errors
}

/// nats-server's `checkStreamImportAuthorized`: `exporter` exports `subject` (exactly, or
/// a pattern it falls under) to `importer`. Exports of one subject are merged as
/// nats-server merges them: any private one makes it private to the accounts listed.
fn authorized(exporter: &AccountConfig, importer: &str, subject_text: &str) -> bool {
    if !subject::is_valid_subscribe(subject_text.as_bytes()) {
        return false;
    }
    let exact = exporter.stream_exports.iter().any(|e| e.subject == subject_text);
    let covers = |e: &&StreamExport| {
        if exact {
            e.subject == subject_text
        } else {
            subject::is_subset(subject_text.as_bytes(), e.subject.as_bytes())
        }
    };
    let Some(first) = exporter.stream_exports.iter().find(covers) else { return false };
    let same: Vec<&StreamExport> = exporter.stream_exports.iter().filter(|e| e.subject == first.subject).collect();
    if let Some(position) = same.iter().map(|e| e.account_token_position).find(|p| *p > 0) {
        return subject_text.split('.').nth(position - 1) == Some(importer);
    }
    let private: Vec<&String> = same.iter().filter_map(|e| e.accounts.as_ref()).flatten().collect();
    private.is_empty() || private.iter().any(|n| *n == importer)
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
                .map(|(s, accs)| StreamExport {
                    subject: s.to_string(),
                    accounts: accs.map(|a| a.iter().map(|n| n.to_string()).collect()),
                    account_token_position: 0,
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
