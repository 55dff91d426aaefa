//! nats-server options natsx does not implement, and what it does with each.
//!
//! Fail closed: an option that asks for something natsx cannot enforce yet —
//! WebSocket, clustering, JWT authentication, subject mappings — stops the server with
//! an error naming the option, so an operator who asked for encryption or
//! authentication never gets a server without it. Only options that tune or add detail
//! to something natsx does its own way, where ignoring them weakens no guarantee, are
//! accepted with a warning; the README lists them.

/// Options that refuse to start the server: (config keys, command-line flags, what
/// they ask for). A refused config key set to `false` asks for nothing and is accepted.
pub const REFUSED: &[(&[&str], &[&str], &str)] = &[
    (&["ocsp", "ocsp_cache"], &[], "OCSP stapling"),
    (&["mqtt"], &[], "MQTT"),
    (&["default_js_domain"], &[], "JetStream domains for leaf nodes"),
    (
        &["resolver_tls", "resolver_pinned_accounts", "default_sentinel"],
        &[],
        "parts of operator mode not built yet (resolver TLS, pinned accounts, default sentinel)",
    ),
    (&["http_base_path"], &[], "a monitoring base path"),
    (&["proxies", "proxy_protocol"], &[], "the PROXY protocol and trusted proxies"),
    (&["syslog", "remote_syslog"], &["syslog", "remote_syslog"], "logging to syslog"),
    (&["no_system_account", "no_system", "no_sys_acc"], &[], "running without a system account"),
    (&["no_header_support"], &[], "turning message headers off"),
    (&["feature_flags"], &[], "feature flags"),
];

/// Refused keys that are boolean switches: `false` asks for nothing natsx lacks.
pub const BOOLEAN_KEYS: &[&str] =
    &["ocsp", "proxy_protocol", "syslog", "no_system_account", "no_system", "no_sys_acc", "no_header_support", "proxy_required"];

/// nats-server's error for a boolean given to a refused key that takes a block, list or
/// string (its texts, Go's type-assertion wording included).
pub fn bool_type_error(key: &str, value: bool) -> Option<String> {
    const NOT_A_MAP: &str = "interface conversion: interface {} is bool, not map[string]interface {}";
    Some(match key {
        "mappings" | "maps" => NOT_A_MAP.to_string(),
        "cluster" => "Expected map to define cluster, got bool".to_string(),
        "leafnodes" | "leaf" => "Expected map to define a leafnode, got bool".to_string(),
        "gateway" => "Expected gateway to be a map, got bool".to_string(),
        "websocket" | "ws" => "Expected websocket to be a map, got bool".to_string(),
        "mqtt" => "Expected mqtt to be a map, got bool".to_string(),
        "auth_callout" | "auth_hook" => format!("Expected authorization callout to be a map/struct, got {value}"),
        "imports" => "Imports should be an array, got bool".to_string(),
        "exports" => "Exports should be an array, got bool".to_string(),
        "nkey" => format!("Not a valid public nkey for an account: %!q(bool={value})"),
        "http_base_path" => "interface conversion: interface {} is bool, not string".to_string(),
        "feature_flags" => "error parsing feature flags: unsupported type bool".to_string(),
        "resolver" | "account_resolver" | "accounts_resolver" => "error parsing operator resolver, wrong type bool".to_string(),
        _ => return None,
    })
}

/// Options accepted with a warning: they only tune or add detail to something natsx
/// does its own way (or does not have), so ignoring them changes no guarantee.
pub const IGNORED: &[(&[&str], &[&str], &str)] = &[
    (&["trace_verbose", "trace_headers", "max_traced_msg_len"], &["max_traced_msg_len"], "protocol trace detail"),
    (&["disable_sublist_cache", "no_sublist_cache"], &[], "sublist cache tuning (natsx caches per connection)"),
    (&["prof_port", "prof_block_rate"], &["profile"], "the Go profiler"),
    (&["connect_error_reports", "reconnect_error_reports"], &[], "route, gateway and leaf error reporting"),
    (&["no_fast_producer_stall"], &[], "fast producer stall tuning"),
    (&["server_tags", "server_metadata"], &[], "server tags and metadata (used for cluster placement)"),
];

/// Keys inside the `jetstream {}` block that are refused: (keys, what they ask for).
pub const REFUSED_JETSTREAM: &[(&[&str], &str)] = &[
    (&["key", "ek", "encryption_key", "prev_key", "prev_ek", "prev_encryption_key", "cipher"], "encryption at rest"),
    (&["tpm"], "encryption keys sealed by a TPM"),
    (&["limits"], "server-wide JetStream limits (max_ack_pending, max_request_batch, duplicate_window, batch)"),
];

/// Keys inside the `jetstream {}` block that are accepted and ignored: cluster and
/// queue tuning of nats-server's implementation.
pub const IGNORED_JETSTREAM: &[&str] = &[
    "unique_tag",
    "max_outstanding_catchup",
    "max_buffered_size",
    "max_buffered_msgs",
    "request_queue_limit",
    "info_queue_limit",
    "meta_compact",
    "meta_compact_size",
    "meta_compact_sync",
    "max_concurrent_io",
    "extension_hint",
];

/// What a refused config key asks for, if it is one.
pub fn refused_key(key: &str) -> Option<&'static str> {
    REFUSED.iter().find(|(keys, _, _)| keys.contains(&key)).map(|(_, _, what)| *what)
}

/// What a refused command-line flag (canonical name) asks for, if it is one.
pub fn refused_flag(flag: &str) -> Option<&'static str> {
    REFUSED.iter().find(|(_, flags, _)| flags.contains(&flag)).map(|(_, _, what)| *what)
}

/// What an ignored config key tunes, if it is one.
pub fn ignored_key(key: &str) -> Option<&'static str> {
    IGNORED.iter().find(|(keys, _, _)| keys.contains(&key)).map(|(_, _, what)| *what)
}

/// What an ignored command-line flag tunes, if it is one.
pub fn ignored_flag(flag: &str) -> Option<&'static str> {
    IGNORED.iter().find(|(_, flags, _)| flags.contains(&flag)).map(|(_, _, what)| *what)
}

/// The one-line refusal for an option (`name` as written: `tls`, `-tlscert`).
pub fn refusal(name: &str, what: &str) -> String {
    format!("{name}: {what} is not implemented in natsx yet; refusing to start without it")
}

/// The warning for an ignored option.
pub fn ignored(name: &str, what: &str) -> String {
    format!("{name} is ignored: it tunes {what}, which natsx does not implement")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_option_is_both_refused_and_ignored() {
        for (keys, flags, _) in REFUSED {
            for k in *keys {
                assert!(ignored_key(k).is_none(), "{k}");
            }
            for f in *flags {
                assert!(ignored_flag(f).is_none(), "{f}");
            }
        }
        assert_eq!(refused_key("ocsp"), Some("OCSP stapling"));
        assert_eq!(refused_flag("routes"), None);
        assert!(refused_key("port").is_none());
    }
}
