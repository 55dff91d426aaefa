//! Arguments checked before anything is sent, as clap value parsers: a subject with a
//! space would otherwise go out as `PUB foo bar` (publishing to `foo` with reply `bar`),
//! and a bad stream name would cost a round trip for an error the CLI can give at once.
//! Each returns the value unchanged or one line saying what is wrong.

use natsx_common::subject;

/// A subject to publish or send a request to: tokens separated by `.`, none empty, no
/// whitespace, no wildcards.
pub fn publish_subject(s: &str) -> Result<String, String> {
    common(s)?;
    if !subject::is_valid_publish(s.as_bytes()) {
        return Err(format!("invalid subject \"{s}\": wildcards (* and >) can only be used to subscribe"));
    }
    Ok(s.to_string())
}

/// A subject to subscribe to: as `publish_subject`, and `*` / a final `>` allowed.
pub fn subscribe_subject(s: &str) -> Result<String, String> {
    common(s)?;
    if !subject::is_valid_subscribe(s.as_bytes()) {
        return Err(format!("invalid subject \"{s}\": > may only be the last token"));
    }
    Ok(s.to_string())
}

fn common(s: &str) -> Result<(), String> {
    if s.is_empty() {
        return Err("a subject can not be empty".into());
    }
    if s.chars().any(char::is_whitespace) {
        return Err(format!("invalid subject \"{s}\": subjects can not contain whitespace"));
    }
    if s.split('.').any(str::is_empty) {
        return Err(format!("invalid subject \"{s}\": empty token (a leading, trailing or double dot)"));
    }
    Ok(())
}

/// A queue group name: one token-like word without whitespace.
pub fn queue_group(s: &str) -> Result<String, String> {
    if s.is_empty() || s.chars().any(char::is_whitespace) {
        return Err(format!("invalid queue group \"{s}\": it must be a non-empty word without whitespace"));
    }
    Ok(s.to_string())
}

/// A stream or consumer name: one nats-server accepts (`isValidAssetName`, at most 255
/// bytes) and that fits in an API subject (no other whitespace or control characters).
pub fn jetstream_name(s: &str) -> Result<String, String> {
    use natsx_common::names::{valid_asset_name, MAX_NAME_LEN};
    if !valid_asset_name(s) || s.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(format!("invalid name \"{s}\": names can not be empty or contain whitespace, '.', '*', '>', '/' or '\\'"));
    }
    if s.len() > MAX_NAME_LEN {
        return Err(format!("invalid name: {} bytes long, the most is {MAX_NAME_LEN}", s.len()));
    }
    Ok(s.to_string())
}

/// A Key-Value or Object Store bucket name: letters, digits, `-` and `_` (ADR-8, ADR-20),
/// short enough that its stream name (`KV_` or `OBJ_` and the bucket) is at most 255 bytes.
pub fn bucket_name(s: &str) -> Result<String, String> {
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return Err(format!("invalid bucket name \"{s}\": use letters, digits, '-' and '_'"));
    }
    const MAX: usize = natsx_common::names::MAX_NAME_LEN - "OBJ_".len();
    if s.len() > MAX {
        return Err(format!("invalid bucket name: {} bytes long, the most is {MAX}", s.len()));
    }
    Ok(s.to_string())
}

/// A Key-Value key (ADR-8): letters, digits and `-/_=.`, dot-separated tokens that are
/// not empty (so no leading, trailing or doubled `.`).
pub fn kv_key(s: &str) -> Result<String, String> {
    check_kv_key(s, false)
}

/// A Key-Value key filter for watching: a key, or one with `*` and `>` wildcard tokens.
pub fn kv_key_filter(s: &str) -> Result<String, String> {
    check_kv_key(s, true)
}

fn check_kv_key(s: &str, wildcards: bool) -> Result<String, String> {
    let what = if wildcards { "key filter" } else { "key" };
    if s.is_empty() {
        return Err(format!("invalid {what}: it can not be empty"));
    }
    if s.starts_with('.') || s.ends_with('.') || s.contains("..") {
        return Err(format!("invalid {what} \"{s}\": it can not start or end with '.' or have an empty token"));
    }
    let tokens: Vec<&str> = s.split('.').collect();
    for (i, token) in tokens.iter().enumerate() {
        let wildcard = *token == "*" || (*token == ">" && i == tokens.len() - 1);
        if wildcard && wildcards {
            continue;
        }
        if wildcard || token.contains(['*', '>']) {
            return Err(format!("invalid {what} \"{s}\": wildcards are not allowed here"));
        }
        if let Some(c) = token.chars().find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '_' | '='))) {
            return Err(format!("invalid {what} \"{s}\": '{c}' is not allowed; use letters, digits and '-/_=.'"));
        }
    }
    Ok(s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kv_keys() {
        assert!(kv_key("config.db/host=1_a-b").is_ok());
        for bad in ["", ".a", "a.", "a..b", "a b", "a.*", "a.>", "a*", "é"] {
            assert!(kv_key(bad).is_err(), "{bad}");
        }
        assert!(kv_key_filter("a.*.c").is_ok() && kv_key_filter(">").is_ok() && kv_key_filter("a.>").is_ok());
        assert!(kv_key_filter("a.>.b").is_err() && kv_key_filter("a*").is_err());
    }

    #[test]
    fn subjects() {
        assert!(publish_subject("orders.new").is_ok());
        assert!(publish_subject("foo bar").unwrap_err().contains("whitespace"));
        assert!(publish_subject("").is_err());
        assert!(publish_subject("foo..bar").unwrap_err().contains("empty token"));
        assert!(publish_subject("foo.*").unwrap_err().contains("wildcards"));
        assert!(subscribe_subject("foo.*.>").is_ok());
        assert!(subscribe_subject("foo.>.x").is_err());
        assert!(subscribe_subject(".foo").is_err());
        assert!(jetstream_name("ORDERS").is_ok());
        assert!(jetstream_name("a.b").is_err());
        assert!(bucket_name("my-bucket_1").is_ok());
        assert!(bucket_name("my.bucket").is_err());
        assert!(queue_group("workers").is_ok() && queue_group("a b").is_err());
    }
}
