//! Subject transforms (stream `subject_transform`, source and mirror
//! `subject_transforms`, `republish`): a source pattern with wildcards and a destination
//! that reuses them, as `{{wildcard(1)}}`, `$1` or a trailing `>`.
//!
//! Validation follows nats-server's `ValidateMapping` and `NewSubjectTransform`, with
//! their error texts. nats-server's other mapping functions (`partition`, `split`,
//! `slice...`, `random`, ...) are refused by name: natsx does not implement them yet,
//! and a transform that silently did something else would store messages under the
//! wrong subjects.

use crate::subject;

#[derive(Clone, Debug)]
pub struct Transform {
    src: String,
    dest: Vec<Part>,
}

#[derive(Clone, Debug)]
enum Part {
    Literal(String),
    /// The n-th (1-based) wildcard token of the source.
    Wildcard(usize),
    /// Everything the source's `>` matched.
    Rest,
}

/// nats-server's `ErrBadSubject`.
const BAD_SUBJECT: &str = "invalid subject";

/// Mapping functions nats-server knows besides `wildcard`.
const OTHER_FUNCTIONS: &[&str] =
    &["partition", "splitfromleft", "splitfromright", "slicefromleft", "slicefromright", "split", "left", "right", "random"];

/// What a destination token asks for.
enum Placeholder {
    None,
    Wildcard(usize),
}

/// Reads `$N` and `{{wildcard(N)}}`; refuses other functions.
fn placeholder(token: &str) -> Result<Placeholder, String> {
    if let Some(n) = token.strip_prefix('$') {
        // Other `$` tokens are literal, as in nats-server.
        return Ok(n.parse().map_or(Placeholder::None, Placeholder::Wildcard));
    }
    let Some(inner) = token.strip_prefix("{{").and_then(|t| t.strip_suffix("}}")).filter(|_| token.len() > 4) else {
        return Ok(Placeholder::None);
    };
    let inner = inner.trim();
    let (name, args) = match inner.split_once('(') {
        Some((name, rest)) if rest.ends_with(')') => (name.trim().to_ascii_lowercase(), &rest[..rest.len() - 1]),
        _ => return Err(format!("invalid mapping destination: unknown function in {token}")),
    };
    if name == "wildcard" {
        let args: Vec<&str> = args.split(',').map(str::trim).collect();
        return match args.as_slice() {
            [""] => Err(format!("invalid mapping destination: not enough arguments passed to the function in {token}")),
            [n] => n
                .parse()
                .map(Placeholder::Wildcard)
                .map_err(|_| format!("invalid mapping destination: function argument is invalid or in the wrong format in {token}")),
            _ => Err(format!("invalid mapping destination: too many arguments passed to the function in {token}")),
        };
    }
    if OTHER_FUNCTIONS.contains(&name.as_str()) {
        return Err(format!("invalid mapping destination: the {name}() mapping function is not implemented in natsx yet in {token}"));
    }
    Err(format!("invalid mapping destination: unknown function in {token}"))
}

impl Transform {
    /// nats-server's `NewSubjectTransform`: `src` empty means every subject (`>`). Both
    /// must be valid subjects, the destination without `*`, and with `>` exactly when
    /// the source has it; wildcard references must exist in the source.
    pub fn new(src: &str, dest: &str) -> Result<Transform, String> {
        let src = if src.is_empty() { ">".to_string() } else { src.to_string() };
        let wildcards = src.split('.').filter(|t| *t == "*").count();
        let src_has_rest = src.split('.').any(|t| t == ">");
        let dest_has_rest = dest.split('.').any(|t| t == ">");
        if !subject::is_valid_subscribe(src.as_bytes())
            || !subject::is_valid_subscribe(dest.as_bytes())
            || dest.split('.').any(|t| t == "*")
            || src_has_rest != dest_has_rest
        {
            return Err(BAD_SUBJECT.into());
        }
        let mut parts = Vec::new();
        for token in dest.split('.') {
            let part = match placeholder(token)? {
                _ if token == ">" => Part::Rest,
                Placeholder::None => Part::Literal(token.to_string()),
                Placeholder::Wildcard(n) if n == 0 || n > wildcards => {
                    return Err(match wildcards + usize::from(src_has_rest) {
                        0 => format!("invalid mapping destination: wildcard index out of range in {token}"),
                        _ => format!("invalid mapping destination: wildcard index out of range in {token}: [{n}]"),
                    })
                }
                Placeholder::Wildcard(n) => Part::Wildcard(n),
            };
            parts.push(part);
        }
        Ok(Transform { src, dest: parts })
    }

    /// nats-server's `ValidateMapping`: a transform for a stream or a source. An empty
    /// destination is no transform (`Ok(None)`).
    pub fn validated(src: &str, dest: &str) -> Result<Option<Transform>, String> {
        if dest.is_empty() {
            return Ok(None);
        }
        let mut after_rest = false;
        for token in dest.split('.') {
            if token.is_empty() || after_rest {
                return Err(format!("invalid mapping destination: invalid transform in {token}"));
            }
            if token.len() > 4 && token.starts_with("{{") && token.ends_with("}}") {
                placeholder(token)?;
                continue;
            }
            if token == ">" {
                after_rest = true;
            } else if token.contains(['\t', '\n', '\x0c', '\r', ' ']) {
                return Err("invalid mapping destination: invalid transform".into());
            }
        }
        Transform::new(src, dest).map(Some)
    }

    /// The source pattern (`>` when the config left it empty).
    pub fn source(&self) -> &str {
        &self.src
    }

    /// The destination for `subject`, or `None` when the source pattern does not match.
    pub fn apply(&self, subject_text: &str) -> Option<String> {
        if !subject::matches(self.src.as_bytes(), subject_text.as_bytes()) {
            return None;
        }
        let src_tokens: Vec<&str> = self.src.split('.').collect();
        let tokens: Vec<&str> = subject_text.split('.').collect();
        let mut wildcards = Vec::new();
        let mut rest = String::new();
        for (i, t) in src_tokens.iter().enumerate() {
            match *t {
                "*" => wildcards.push(tokens[i]),
                ">" => rest = tokens[i..].join("."),
                _ => {}
            }
        }
        let out: Vec<String> = self
            .dest
            .iter()
            .map(|p| match p {
                Part::Literal(s) => s.clone(),
                Part::Wildcard(n) => wildcards.get(n - 1).map(|s| s.to_string()).unwrap_or_default(),
                Part::Rest => rest.clone(),
            })
            .collect();
        Some(out.join("."))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transforms() {
        let t = Transform::new("foo.*.*", "bar.{{wildcard(2)}}.$1").unwrap();
        assert_eq!(t.apply("foo.a.b").as_deref(), Some("bar.b.a"));
        assert_eq!(t.apply("nope.a.b"), None);
        let t = Transform::new("", "copy.>").unwrap();
        assert_eq!(t.apply("x.y").as_deref(), Some("copy.x.y"));
        let t = Transform::new("a.*", "b.{{Wildcard(1)}}").unwrap();
        assert_eq!(t.apply("a.x").as_deref(), Some("b.x"));
    }

    #[test]
    fn nats_server_errors() {
        let err = |src: &str, dest: &str| Transform::validated(src, dest).unwrap_err();
        assert_eq!(err("e.*", "f.>"), "invalid subject", "a > in the destination needs one in the source");
        assert_eq!(err("e.>", "f.x"), "invalid subject", "and the other way round");
        assert_eq!(err("e.*", "f.*"), "invalid subject", "no * in a destination");
        assert_eq!(err("foo.*", "bar.$2"), "invalid mapping destination: wildcard index out of range in $2: [2]");
        assert_eq!(err("foo", "bar.{{wildcard(1)}}"), "invalid mapping destination: wildcard index out of range in {{wildcard(1)}}");
        assert_eq!(err("foo.*", "bar.{{nope(1)}}"), "invalid mapping destination: unknown function in {{nope(1)}}");
        assert_eq!(err("foo.*", "bar..x"), "invalid mapping destination: invalid transform in ");
        assert!(err("foo.*", "bar.{{partition(3,1)}}").contains("partition() mapping function is not implemented"));
        assert!(Transform::validated("foo.*", "").unwrap().is_none(), "no destination, no transform");
    }
}
