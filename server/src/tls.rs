//! TLS on the client port (nats-server's `tls {}` block and `--tls`, `--tlscert`,
//! `--tlskey`, `--tlscacert`, `--tlsverify`), on rustls with the ring provider.
//!
//! As in nats-server, a client is sent INFO in plain text (with `tls_required`, and
//! `tls_verify` when client certificates are required), then the TLS handshake runs
//! within `timeout` (default 2 s), and everything after it is encrypted. With
//! `handshake_first` the handshake comes before INFO. A client that does not complete
//! the handshake in time, or speaks plain text, is closed with nats-server's
//! `TLS handshake error` log line and close reason `TLS Handshake Failure`.
//!
//! `verify: true` requires a client certificate signed by `ca_file`'s authorities.
//! Files are read when the server starts (and when its configuration is checked); the
//! errors are nats-server's (`error parsing X509 certificate/key pair: ...`).

use std::sync::Arc;
use std::time::Duration;

use rustls::pki_types::{CertificateDer, PrivateKeyDer};

/// nats-server's `TLS_TIMEOUT`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(2);

/// The client port's TLS configuration as the options give it.
#[derive(Clone, Debug, PartialEq)]
pub struct TlsSettings {
    pub cert_file: String,
    pub key_file: String,
    pub ca_file: Option<String>,
    /// Require and verify client certificates (against `ca_file`).
    pub verify: bool,
    /// How long the handshake may take.
    pub timeout: Duration,
    /// Handshake before INFO (nats-server's `handshake_first: true`).
    pub handshake_first: bool,
    /// nats-server's top-level `allow_non_tls`: plain-text clients are served too (INFO
    /// says `tls_available`; a client's first byte tells a TLS handshake from the
    /// protocol). `handshake_first` overrides it.
    pub allow_non_tls: bool,
}

impl Default for TlsSettings {
    fn default() -> Self {
        TlsSettings {
            cert_file: String::new(),
            key_file: String::new(),
            ca_file: None,
            verify: false,
            timeout: DEFAULT_TIMEOUT,
            handshake_first: false,
            allow_non_tls: false,
        }
    }
}

/// The client port's TLS, ready to accept connections.
pub struct Tls {
    pub acceptor: tokio_rustls::TlsAcceptor,
    pub verify: bool,
    pub timeout: Duration,
    pub handshake_first: bool,
    /// Plain text is served too (see `TlsSettings::allow_non_tls`).
    pub allow_non_tls: bool,
}

/// Go's text for a file that cannot be opened (`open PATH: no such file or directory`).
fn open_error(path: &str, e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => format!("open {path}: no such file or directory"),
        std::io::ErrorKind::PermissionDenied => format!("open {path}: permission denied"),
        std::io::ErrorKind::IsADirectory => format!("read {path}: is a directory"),
        _ => format!("open {path}: {e}"),
    }
}

fn read_certs(path: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let pem = std::fs::read(path).map_err(|e| open_error(path, &e))?;
    let certs: Vec<CertificateDer<'static>> = rustls_pemfile::certs(&mut &pem[..])
        .collect::<Result<_, _>>()
        .map_err(|e| format!("tls: failed to parse certificate PEM data: {e}"))?;
    if certs.is_empty() {
        return Err("tls: failed to find any PEM data in certificate input".into());
    }
    Ok(certs)
}

fn read_key(path: &str) -> Result<PrivateKeyDer<'static>, String> {
    let pem = std::fs::read(path).map_err(|e| open_error(path, &e))?;
    rustls_pemfile::private_key(&mut &pem[..])
        .map_err(|e| format!("tls: failed to parse private key PEM data: {e}"))?
        .ok_or_else(|| "tls: failed to find any PEM data in key input".to_string())
}

/// The CA file's certificates: a file that cannot be read says why (nats-server's
/// `open PATH: ...`), one without certificates is `failed to parse root ca certificate`.
fn read_ca(path: &str) -> Result<Vec<CertificateDer<'static>>, String> {
    let pem = std::fs::read(path).map_err(|e| open_error(path, &e))?;
    let certs: Vec<CertificateDer<'static>> = rustls_pemfile::certs(&mut &pem[..]).filter_map(Result::ok).collect();
    if certs.is_empty() {
        return Err("failed to parse root ca certificate".into());
    }
    Ok(certs)
}

impl Tls {
    /// Reads the certificate, key and CA files and builds the TLS server configuration
    /// (nats-server's `GenTLSConfig`, with its error texts).
    pub fn new(settings: &TlsSettings) -> Result<Tls, String> {
        if settings.cert_file.is_empty() && !settings.key_file.is_empty() {
            return Err("missing 'cert_file' in TLS configuration".into());
        }
        if settings.key_file.is_empty() {
            return Err("missing 'key_file' in TLS configuration".into());
        }
        let pair = |why: String| format!("error parsing X509 certificate/key pair: {why}");
        let chain = read_certs(&settings.cert_file).map_err(pair)?;
        let key = read_key(&settings.key_file).map_err(pair)?;
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_safe_default_protocol_versions()
            .map_err(|e| format!("error creating TLS configuration: {e}"))?;
        let builder = match (&settings.ca_file, settings.verify) {
            (Some(ca), true) => {
                let mut roots = rustls::RootCertStore::empty();
                let (added, _) = roots.add_parsable_certificates(read_ca(ca)?);
                if added == 0 {
                    return Err("failed to parse root ca certificate".into());
                }
                let verifier = rustls::server::WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider)
                    .build()
                    .map_err(|e| format!("error creating the client certificate verifier: {e}"))?;
                builder.with_client_cert_verifier(verifier)
            }
            (None, true) => {
                // nats-server would fall back to the system's roots; natsx does not trust
                // them for client certificates.
                return Err("verify: client certificates need a 'ca_file' to be verified against".into());
            }
            (Some(ca), false) => {
                // nats-server reads it (and fails on a bad one) but asks for no client
                // certificate.
                read_ca(ca)?;
                builder.with_no_client_auth()
            }
            (None, false) => builder.with_no_client_auth(),
        };
        let config = builder.with_single_cert(chain, key).map_err(|e| match e {
            rustls::Error::InconsistentKeys(_) => pair("tls: private key does not match public key".into()),
            e => pair(e.to_string()),
        })?;
        Ok(Tls {
            acceptor: tokio_rustls::TlsAcceptor::from(Arc::new(config)),
            verify: settings.verify,
            timeout: settings.timeout,
            handshake_first: settings.handshake_first,
            allow_non_tls: settings.allow_non_tls && !settings.handshake_first,
        })
    }
}
