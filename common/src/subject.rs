//! Subjects: validation, tokens and wildcard matching.
//!
//! A subject is a `.`-separated list of non-empty tokens without whitespace. In a
//! subscription `*` matches exactly one token and `>` (last token only) matches one or
//! more. Everything here works on bytes, because the parser hands us slices of the
//! read buffer and we never want to copy or UTF-8 check on the hot path.

/// True when `subject` is a valid subscription subject (wildcards allowed).
pub fn is_valid_subscribe(subject: &[u8]) -> bool {
    valid_tokens(subject, true)
}

/// True when `subject` is a valid publish subject: literal, no wildcards.
pub fn is_valid_publish(subject: &[u8]) -> bool {
    valid_tokens(subject, false)
}

/// True when `subject` is syntactically valid and contains a wildcard token.
pub fn has_wildcard(subject: &[u8]) -> bool {
    subject.split(|&b| b == b'.').any(|t| t == b"*" || t == b">")
}

fn valid_tokens(subject: &[u8], wildcards_allowed: bool) -> bool {
    if subject.is_empty() {
        return false;
    }
    let mut tokens = subject.split(|&b| b == b'.').peekable();
    while let Some(token) = tokens.next() {
        if token.is_empty() || token.iter().any(|b| b.is_ascii_whitespace()) {
            return false;
        }
        if token == b">" {
            if !wildcards_allowed || tokens.peek().is_some() {
                return false;
            }
        } else if token == b"*" && !wildcards_allowed {
            return false;
        }
    }
    true
}

/// True when the literal `subject` is matched by the (possibly wildcard) `pattern`.
pub fn matches(pattern: &[u8], subject: &[u8]) -> bool {
    let mut pattern_tokens = pattern.split(|&b| b == b'.');
    let mut subject_tokens = subject.split(|&b| b == b'.');
    loop {
        match (pattern_tokens.next(), subject_tokens.next()) {
            (None, None) => return true,
            (Some(b">"), Some(_)) => return true,
            (Some(p), Some(s)) if p == b"*" || p == s => continue,
            _ => return false,
        }
    }
}

/// True when some literal subject could be matched by both patterns. Used for
/// permission checks of wildcard subscriptions against deny lists.
pub fn patterns_intersect(a: &[u8], b: &[u8]) -> bool {
    let mut at = a.split(|&x| x == b'.');
    let mut bt = b.split(|&x| x == b'.');
    loop {
        match (at.next(), bt.next()) {
            (None, None) => return true,
            (Some(b">"), Some(_)) | (Some(_), Some(b">")) => return true,
            (Some(x), Some(y)) if x == b"*" || y == b"*" || x == y => continue,
            _ => return false,
        }
    }
}

/// True when every subject matched by `inner` is also matched by `outer`.
pub fn is_subset(inner: &[u8], outer: &[u8]) -> bool {
    let mut it = inner.split(|&x| x == b'.');
    let mut ot = outer.split(|&x| x == b'.');
    loop {
        match (it.next(), ot.next()) {
            (None, None) => return true,
            (Some(_), Some(b">")) => return true,
            (Some(b">"), Some(_)) => return false,
            (Some(b"*"), Some(b"*")) => continue,
            (Some(b"*"), Some(_)) => return false,
            (Some(x), Some(y)) if y == b"*" || x == y => continue,
            _ => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validation() {
        for ok in ["foo", "foo.bar", "foo.*", "foo.>", "*", ">", "*.>", "$SYS.REQ", "a-b_c"] {
            assert!(is_valid_subscribe(ok.as_bytes()), "{ok}");
        }
        for bad in ["", ".", "foo.", ".foo", "foo..bar", "foo.>.bar", "foo bar", "foo\tbar", "> .x"] {
            assert!(!is_valid_subscribe(bad.as_bytes()), "{bad}");
        }
        assert!(is_valid_publish(b"foo.bar"));
        assert!(!is_valid_publish(b"foo.*"));
        assert!(!is_valid_publish(b"foo.>"));
        assert!(is_valid_publish(b"foo.*bar"), "a token that merely contains * is literal");
    }

    #[test]
    fn matching() {
        assert!(matches(b"foo.*", b"foo.bar"));
        assert!(!matches(b"foo.*", b"foo.bar.baz"));
        assert!(matches(b"foo.>", b"foo.bar.baz"));
        assert!(!matches(b"foo.>", b"foo"));
        assert!(matches(b">", b"foo"));
        assert!(matches(b"*.bar", b"foo.bar"));
        assert!(!matches(b"foo", b"foo.bar"));
    }

    #[test]
    fn subsets_and_intersections() {
        assert!(is_subset(b"foo.bar", b"foo.*"));
        assert!(is_subset(b"foo.*", b"foo.>"));
        assert!(!is_subset(b"foo.>", b"foo.*"));
        assert!(patterns_intersect(b"foo.*", b"*.bar"));
        assert!(!patterns_intersect(b"foo.*", b"bar.*"));
    }
}
