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
        (Some(prefix), _) if !prefix.is_empty() => {
            let sep = if prefix.ends_with('.') { "" } else { "." };
            format!("{prefix}{sep}{}", import.subject)
        }
        (_, Some(to)) if !to.is_empty() => to.clone(),
        _ => import.subject.clone(),
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
            let sep = if prefix.ends_with('.') { "" } else { "." };
            return Ok(ImportMap::Prefix(format!("{prefix}{sep}")));
        }
        let to = import_destination(import);
        if to == import.subject {
            return Ok(ImportMap::Same);
        }
        if !subject::has_wildcard(import.subject.as_bytes()) {
            return Ok(ImportMap::Literal(to));
        }
        let mut n = 0;
        let tokenized: Vec<String> = to
            .split('.')
            .map(|t| match t {
                "*" => {
                    n += 1;
                    format!("${n}")
                }
                t => t.to_string(),
            })
            .collect();
        Transform::new(&import.subject, &tokenized.join(".")).map(ImportMap::Transform)
    }

    /// The subject a message published on `subject` arrives on.
    pub fn apply(&self, subject: &str) -> Option<String> {
        match self {
            ImportMap::Same => Some(subject.to_string()),
            ImportMap::Prefix(prefix) => Some(format!("{prefix}{subject}")),
            ImportMap::Literal(to) => Some(to.clone()),
            ImportMap::Transform(t) => t.apply(subject),
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
            if !authorized(exporter, &account.name, &import.subject) {
                errors.push(fail("stream import not authorized"));
                continue;
            }
            if import.prefix.as_deref().is_some_and(|p| subject::has_wildcard(p.as_bytes())) {
                errors.push(fail("stream import prefix can not contain wildcard tokens"));
                continue;
            }
            let to = import_destination(import);
            if forms_cycle(accounts, &exporter.name, &to, &account.name)
                || forms_cycle(accounts, &exporter.name, &import.subject, &account.name)
            {
                errors.push(fail("import forms a cycle"));
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
/// a pattern it falls under) to `importer`.
fn authorized(exporter: &AccountConfig, importer: &str, subject_text: &str) -> bool {
    if !subject::is_valid_subscribe(subject_text.as_bytes()) {
        return false;
    }
    let exact = exporter.stream_exports.iter().find(|e| e.subject == subject_text);
    let export =
        exact.or_else(|| exporter.stream_exports.iter().find(|e| subject::is_subset(subject_text.as_bytes(), e.subject.as_bytes())));
    export.is_some_and(|e| export_allows(e, importer, subject_text))
}

fn export_allows(export: &StreamExport, importer: &str, subject_text: &str) -> bool {
    if export.account_token_position > 0 {
        return subject_text.split('.').nth(export.account_token_position - 1) == Some(importer);
    }
    export.accounts.as_ref().is_none_or(|names| names.iter().any(|n| n == importer))
}

/// nats-server's `streamImportFormsCycle`: would messages arriving in `importer` on `to`
/// find their way back to it through the stream imports of `exporter` (and further)?
fn forms_cycle(accounts: &[AccountConfig], exporter: &str, to: &str, importer: &str) -> bool {
    let mut visited = vec![importer.to_string()];
    let mut pending = vec![exporter.to_string()];
    while let Some(name) = pending.pop() {
        let Some(account) = accounts.iter().find(|a| a.name == name) else { continue };
        if !account.stream_exports.iter().any(|e| subject::is_subset(to.as_bytes(), e.subject.as_bytes())) {
            continue;
        }
        for import in &account.stream_imports {
            if subject::patterns_intersect(to.as_bytes(), import_destination(import).as_bytes()) {
                if visited.contains(&import.account) {
                    return true;
                }
                pending.push(import.account.clone());
            }
        }
        visited.push(name);
        if visited.len() > 64 {
            return true;
        }
    }
    false
}

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
    }
}
