//! The `leafnodes {}` block, as nats-server reads it (`parseLeafNodes`,
//! `parseLeafAuthorization`, `parseRemoteLeafNodes`): the hub side's listener and
//! authorization, and the remotes this server connects to as a leaf node.

use std::path::PathBuf;
use std::time::Duration;

/// nats-server's default leaf node port.
pub const DEFAULT_PORT: u16 = 7422;

/// nats-server's default delay between attempts to reach a remote.
pub const DEFAULT_RECONNECT: Duration = Duration::from_secs(1);

/// The `leafnodes {}` block.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LeafSettings {
    pub host: String,
    /// The port leaf nodes connect to: 0 accepts none (remotes only), -1 picks a free one.
    pub port: i32,
    /// `advertise`: `host:port` other leaf nodes are told to use.
    pub advertise: Option<String>,
    /// `no_advertise`: do not tell leaf nodes about the cluster's other hub URLs.
    pub no_advertise: bool,
    /// `authorization { user, password }`: one user every leaf node presents.
    pub username: Option<String>,
    pub password: Option<String>,
    /// `authorization { users: [...] }`: leaf node users, each bound to an account.
    pub users: Vec<LeafUser>,
    /// `authorization { account }`: the account of leaf nodes without their own.
    pub account: Option<String>,
    /// `authorization { timeout }`.
    pub auth_timeout: Option<Duration>,
    /// `reconnect`: the pause between attempts to reach a remote.
    pub reconnect: Duration,
    /// `tls {}`: leaf nodes connecting here must upgrade to TLS after INFO.
    pub tls: Option<crate::tls::TlsSettings>,
    pub remotes: Vec<RemoteLeaf>,
    /// `compression`: S2 on the leaf connections accepted here (`None`: nats-server's
    /// default for leaf nodes, `s2_auto`).
    pub compression: Option<super::compression::Compression>,
}

impl LeafSettings {
    /// Is there anything to run: a listener, or remotes?
    pub fn enabled(&self) -> bool {
        self.port != 0 || !self.remotes.is_empty()
    }

    /// Does the block bring its own authorization (else the server's users apply)?
    pub fn has_authorization(&self) -> bool {
        self.username.is_some() || !self.users.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct LeafUser {
    pub user: String,
    pub password: String,
    pub account: Option<String>,
}

/// One entry of `remotes`: a hub this server connects to as a leaf node.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct RemoteLeaf {
    /// `url`/`urls`: tried in turn (with those the hub tells about).
    pub urls: Vec<String>,
    /// `account`: the local account the connection is bound to (`$G` when unset).
    pub account: Option<String>,
    /// `credentials`: a user JWT and seed file, for a hub in operator mode.
    pub credentials: Option<PathBuf>,
    /// `nkey`/`seed`: an NKey seed signing the hub's nonce.
    pub seed: Option<String>,
    /// Subjects not taken from the hub: neither messages nor interest asked for.
    pub deny_imports: Vec<String>,
    /// Subjects not sent to the hub: neither messages nor interest honoured.
    pub deny_exports: Vec<String>,
    /// `tls {}` (or a `tls://` URL): TLS to the hub, verified against `ca_file`.
    pub tls: Option<crate::tls::TlsSettings>,
    /// `ws_compression`: offer per-message deflate to a WebSocket hub (`ws://`, `wss://`).
    pub ws_compression: bool,
    /// `compression`: S2 on the connection to the hub (`None`: `s2_auto`, as nats-server).
    pub compression: Option<super::compression::Compression>,
    /// `hub: true`: this server acts as the hub of the connection it dials (the other
    /// server becomes the leaf node; nats-server's `is_hub` in CONNECT).
    pub hub: bool,
}

/// A leaf connection's compression: the configured one, else nats-server's default for
/// leaf nodes (`s2_auto` with the default round-trip thresholds).
pub fn compression_or_default(configured: &Option<super::compression::Compression>) -> super::compression::Compression {
    configured.clone().unwrap_or_else(|| {
        super::compression::Compression::new(super::compression::Mode::Auto, &[]).expect("the default thresholds are valid")
    })
}

/// Reads the user JWT and the seed from a `.creds` file's text (the blocks between
/// `-----BEGIN ...-----` and `------END ...------` lines, in that order).
pub fn parse_creds(text: &str) -> Option<(String, String)> {
    let mut blocks = Vec::new();
    let mut inside = false;
    for line in text.lines().map(str::trim) {
        if line.starts_with("---") {
            inside = line.contains("BEGIN");
            continue;
        }
        if inside && !line.is_empty() {
            blocks.push(line.to_string());
            inside = false;
        }
    }
    let mut it = blocks.into_iter();
    Some((it.next()?, it.next()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn creds_files_give_the_jwt_and_the_seed() {
        let text = natsx_common::jwt::format_creds("eyJ0eXAi.payload.sig", "SUAEXAMPLESEED");
        assert_eq!(parse_creds(&text), Some(("eyJ0eXAi.payload.sig".to_string(), "SUAEXAMPLESEED".to_string())));
        assert_eq!(parse_creds("nothing here"), None);
    }
}
