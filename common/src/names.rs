//! Names of JetStream assets (streams, consumers) and priority groups, with the rules
//! nats-server applies to them.

/// nats-server's `JSMaxNameLen`: the longest stream or consumer name (bytes).
pub const MAX_NAME_LEN: usize = 255;

/// nats-server's `isValidAssetName`: a stream or consumer name is not empty and has no
/// space, `\t`, `\r`, `\n`, `\f`, `.`, `*`, `>`, `\\` or `/`. Length is checked on its own
/// ([`MAX_NAME_LEN`]), with its own error.
pub fn valid_asset_name(name: &str) -> bool {
    !name.is_empty() && !name.bytes().any(|c| matches!(c, b' ' | b'\t' | b'\r' | b'\n' | b'\x0c' | b'.' | b'*' | b'>' | b'\\' | b'/'))
}

/// A priority group name (nats-server's `validGroupName`): 1 to 16 letters, digits, `-`,
/// `_`, `/` or `=`.
pub fn valid_group_name(group: &str) -> bool {
    (1..=16).contains(&group.len()) && group.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '/' | '='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_nats_server_takes_them() {
        for good in ["ORDERS", "a-b_c", "ünïcode"] {
            assert!(valid_asset_name(good), "{good}");
        }
        for bad in ["", "a.b", "a b", "a*", "a>", "a/b", "a\\b", "a\tb"] {
            assert!(!valid_asset_name(bad), "{bad:?}");
        }
        assert!(valid_group_name("jobs-1/a=b"));
        assert!(!valid_group_name(""));
        assert!(!valid_group_name("seventeen-chars-x"));
        assert!(!valid_group_name("a.b"));
    }
}
