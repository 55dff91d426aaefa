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

/// `subject` with each `*` token written as the wildcard reference it stands for (`$1`,
/// `$2`, ...; a trailing `>` stays), as nats-server's `transformTokenize` reads a
/// destination made of the source's own wildcards.
pub fn tokenized(subject: &str) -> String {
    let mut n = 0;
    let tokens: Vec<String> = subject
        .split('.')
        .map(|t| match t {
            "*" => {
                n += 1;
                format!("${n}")
            }
            t => t.to_string(),
        })
        .collect();
    tokens.join(".")
}

/// A subject mapping (nats-server's `mappings`): messages published on `src` (wildcards
/// allowed) are routed to one of the destinations, chosen by weight (percent). Weights
/// that do not add up to 100 leave the rest on the original subject, unless the source
/// is itself one of the destinations (then the rest is dropped, as nats-server does).
#[derive(Clone, Debug)]
pub struct Mapping {
    src: String,
    literal: bool,
    /// Destinations by cumulative weight, ascending.
    dests: Vec<(u8, Transform)>,
}

/// What a mapping does with a subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    /// No mapping's source matches: the subject is used as it is.
    Unchanged,
    To(String),
    /// The mapping matched but the roll chose no destination.
    Dropped,
}

impl Mapping {
    /// nats-server's `AddWeightedMappings`, with its error texts. `dests` are
    /// (destination, weight in percent).
    pub fn new(src: &str, dests: &[(String, u8)]) -> Result<Mapping, String> {
        let mut out: Vec<(u8, Transform)> = Vec::new();
        let mut total: u32 = 0;
        let mut seen: Vec<&str> = Vec::new();
        for (dest, weight) in dests {
            if seen.contains(&dest.as_str()) {
                return Err(format!("duplicate entry for {dest:?}"));
            }
            seen.push(dest);
            if *weight > 100 {
                return Err("individual weights need to be <= 100".into());
            }
            total += u32::from(*weight);
            if total > 100 {
                return Err("total weight needs to be <= 100".into());
            }
            out.push((*weight, Transform::new(src, dest)?));
        }
        if total != 100 && !seen.contains(&src) {
            let rest = if dests.is_empty() { 100 } else { 100 - total as u8 };
            out.push((rest, Transform::new(src, &tokenized(src))?));
        }
        out.sort_by_key(|(w, _)| *w);
        let mut cumulative = 0u8;
        for (w, _) in out.iter_mut() {
            *w += cumulative;
            cumulative = *w;
        }
        Ok(Mapping { src: src.to_string(), literal: !subject::has_wildcard(src.as_bytes()), dests: out })
    }

    pub fn source(&self) -> &str {
        &self.src
    }

    /// Does this mapping take `subject`?
    pub fn matches(&self, subject: &str) -> bool {
        if self.literal {
            self.src == subject
        } else {
            subject::is_subset(subject.as_bytes(), self.src.as_bytes())
        }
    }

    /// The destination for `subject` (which `matches`), `roll` being a number below 100
    /// drawn for this message.
    pub fn select(&self, subject: &str, roll: u8) -> Mapped {
        match self.dests.iter().find(|(w, _)| roll < *w) {
            Some((_, t)) => t.apply(subject).map_or(Mapped::Dropped, Mapped::To),
            None => Mapped::Dropped,
        }
    }
}

/// The first of `mappings` that takes `subject` (in configuration order), applied.
pub fn map_subject(mappings: &[Mapping], subject: &str, roll: u8) -> Mapped {
    match mappings.iter().find(|m| m.matches(subject)) {
        Some(m) => m.select(subject, roll),
        None => Mapped::Unchanged,
    }
}

#[cfg(test)]
mod mapping_tests {
    use super::*;

    #[test]
    fn weights_and_the_original_subject() {
        let all = Mapping::new("a.*", &[("b.$1".into(), 100)]).unwrap();
        assert_eq!(all.select("a.x", 99), Mapped::To("b.x".into()));
        let half = Mapping::new("orders", &[("orders.v2".into(), 40)]).unwrap();
        assert_eq!(half.select("orders", 0), Mapped::To("orders.v2".into()));
        assert_eq!(half.select("orders", 39), Mapped::To("orders.v2".into()));
        assert_eq!(half.select("orders", 40), Mapped::To("orders".into()), "the rest stays on the original subject");
        let lossy = Mapping::new("x", &[("x".into(), 50)]).unwrap();
        assert_eq!(lossy.select("x", 80), Mapped::Dropped, "the source named itself: the rest is dropped");
        assert_eq!(Mapping::new("x", &[("y".into(), 60), ("z".into(), 50)]).unwrap_err(), "total weight needs to be <= 100");
        assert_eq!(Mapping::new("x", &[("y".into(), 10), ("y".into(), 10)]).unwrap_err(), "duplicate entry for \"y\"");
        let maps = [Mapping::new("a.>", &[("in.>".into(), 100)]).unwrap()];
        assert_eq!(map_subject(&maps, "a.b.c", 5), Mapped::To("in.b.c".into()));
        assert_eq!(map_subject(&maps, "b", 5), Mapped::Unchanged);
        assert_eq!(tokenized("a.*.b.*.>"), "a.$1.b.$2.>");
    }
}
