//! Subject transforms (stream `subject_transform`, `republish`): a source pattern with
//! wildcards and a destination that reuses them, as `{{wildcard(1)}}`, `$1` or a trailing `>`.

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

impl Transform {
    /// `src` empty means every subject (`>`).
    pub fn new(src: &str, dest: &str) -> Option<Transform> {
        let src = if src.is_empty() { ">".to_string() } else { src.to_string() };
        if !subject::is_valid_subscribe(src.as_bytes()) || !subject::is_valid_subscribe(dest.as_bytes()) {
            return None;
        }
        let wildcards = src.split('.').filter(|t| *t == "*").count();
        let src_has_rest = src.ends_with('>');
        let mut parts = Vec::new();
        for token in dest.split('.') {
            let part = if token == ">" {
                if !src_has_rest {
                    return None;
                }
                Part::Rest
            } else if let Some(n) = token.strip_prefix('$').and_then(|n| n.parse::<usize>().ok()) {
                Part::Wildcard(n)
            } else if let Some(inner) = token.strip_prefix("{{").and_then(|t| t.strip_suffix("}}")) {
                let inner = inner.trim();
                let n = inner.strip_prefix("wildcard(").or_else(|| inner.strip_prefix("Wildcard(")).and_then(|r| r.strip_suffix(')'))?;
                Part::Wildcard(n.trim().parse().ok()?)
            } else {
                Part::Literal(token.to_string())
            };
            if let Part::Wildcard(n) = part {
                if n == 0 || n > wildcards {
                    return None;
                }
            }
            parts.push(part);
        }
        Some(Transform { src, dest: parts })
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
        assert!(Transform::new("foo.*", "bar.$2").is_none());
    }
}
