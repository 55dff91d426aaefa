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

/// nats-server's `DEFAULT_TLS_HANDSHAKE_FIRST_FALLBACK_DELAY` (`handshake_first: auto`).
pub const DEFAULT_FALLBACK_DELAY: Duration = Duration::from_millis(50);

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
    /// `handshake_first: auto` or a duration: a client that sends nothing within this
    /// delay gets INFO in plain text and the usual handshake after it.
    pub handshake_first_fallback: Option<Duration>,
    /// `cipher_suites` (Go's names); empty is rustls' defaults. TLS 1.3's suites are
    /// always on, as in Go.
    pub cipher_suites: Vec<String>,
    /// `curve_preferences` (Go's names), in order; empty is rustls' defaults.
    pub curve_preferences: Vec<String>,
    /// `min_version`: `"1.2"` (the default) or `"1.3"`.
    pub min_version: Option<String>,
    /// `verify_and_map`: verify client certificates and take the user they name.
    pub map: bool,
    /// `pinned_certs`: hex SHA-256 of the SubjectPublicKeyInfo a client certificate
    /// must have (lower case); empty pins nothing.
    pub pinned_certs: Vec<String>,
    /// nats-server's top-level `allow_non_tls`: plain-text clients are served too (INFO
    /// says `tls_available`; a client's first byte tells a TLS handshake from the
    /// protocol). `handshake_first` overrides it.
    pub allow_non_tls: bool,
    /// `insecure`: when dialing another server (a route, gateway or leaf node hub), do
    /// not verify its certificate. Nothing on the client port.
    pub insecure: bool,
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
            handshake_first_fallback: None,
            cipher_suites: Vec::new(),
            curve_preferences: Vec::new(),
            min_version: None,
            map: false,
            pinned_certs: Vec::new(),
            allow_non_tls: false,
            insecure: false,
        }
    }
}

/// The client port's TLS, ready to accept connections.
pub struct Tls {
    pub acceptor: tokio_rustls::TlsAcceptor,
    pub verify: bool,
    pub timeout: Duration,
    pub handshake_first: bool,
    /// See `TlsSettings::handshake_first_fallback`.
    pub handshake_first_fallback: Option<Duration>,
    /// Plain text is served too (see `TlsSettings::allow_non_tls`).
    pub allow_non_tls: bool,
    /// Users are the ones client certificates name (`verify_and_map`).
    pub map: bool,
    pinned: Vec<String>,
    /// When the server's certificate expires (`/varz` `tls_cert_not_after`).
    pub cert_not_after: Option<std::time::SystemTime>,
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

/// Go's names of the cipher suites rustls offers (TLS 1.2; 1.3's are always on).
const CIPHERS: &[(&str, rustls::CipherSuite)] = &[
    ("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", rustls::CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256),
    ("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", rustls::CipherSuite::TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384),
    ("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256", rustls::CipherSuite::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256),
    ("TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305", rustls::CipherSuite::TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256),
    ("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", rustls::CipherSuite::TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256),
    ("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", rustls::CipherSuite::TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384),
    ("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256", rustls::CipherSuite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256),
    ("TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305", rustls::CipherSuite::TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256),
];

/// Go's suites rustls does not have (CBC, RSA key exchange, 3DES, RC4): asking for one
/// is an error naming it, not a silently different set.
const GO_ONLY_CIPHERS: &[&str] = &[
    "TLS_RSA_WITH_RC4_128_SHA",
    "TLS_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA",
    "TLS_RSA_WITH_AES_256_CBC_SHA",
    "TLS_RSA_WITH_AES_128_CBC_SHA256",
    "TLS_RSA_WITH_AES_128_GCM_SHA256",
    "TLS_RSA_WITH_AES_256_GCM_SHA384",
    "TLS_ECDHE_ECDSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_RC4_128_SHA",
    "TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
    "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
    "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
    "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
];

/// Go's curve names and rustls' key exchange groups.
const CURVES: &[(&str, rustls::NamedGroup)] =
    &[("CurveP256", rustls::NamedGroup::secp256r1), ("CurveP384", rustls::NamedGroup::secp384r1), ("X25519", rustls::NamedGroup::X25519)];

/// The ring provider narrowed to the configured suites and curves (nats-server's
/// `cipher_suites` and `curve_preferences`, with its errors for unknown names).
fn provider(settings: &TlsSettings) -> Result<rustls::crypto::CryptoProvider, String> {
    let mut provider = rustls::crypto::ring::default_provider();
    if !settings.cipher_suites.is_empty() {
        let mut wanted = Vec::new();
        for name in &settings.cipher_suites {
            match CIPHERS.iter().find(|(n, _)| n == name) {
                Some((_, suite)) => wanted.push(*suite),
                None if GO_ONLY_CIPHERS.contains(&name.as_str()) => {
                    return Err(format!("cipher suite {name} is not available in natsx (rustls has AEAD suites with forward secrecy only)"))
                }
                // Go always enables TLS 1.3's suites and ignores them here.
                None if name.starts_with("TLS_AES_") || name == "TLS_CHACHA20_POLY1305_SHA256" => {}
                None => return Err(format!("unrecognized cipher {name}")),
            }
        }
        provider.cipher_suites.retain(|s| s.version() == &rustls::version::TLS13 || wanted.contains(&s.suite()));
    }
    if !settings.curve_preferences.is_empty() {
        let mut groups = Vec::new();
        for name in &settings.curve_preferences {
            let Some((_, group)) = CURVES.iter().find(|(n, _)| n == name) else {
                return Err(match name.as_str() {
                    "CurveP521" | "X25519MLKEM768" => format!("curve {name} is not available in natsx"),
                    _ => format!("unrecognized curve preference {name}"),
                });
            };
            if let Some(kx) = provider.kx_groups.iter().find(|k| k.name() == *group) {
                groups.push(*kx);
            }
        }
        provider.kx_groups = groups;
    }
    Ok(provider)
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
        let cert_not_after = chain.first().and_then(|der| not_after(der));
        let key = read_key(&settings.key_file).map_err(pair)?;
        let provider = Arc::new(provider(settings)?);
        let versions: &[&rustls::SupportedProtocolVersion] = match settings.min_version.as_deref() {
            None | Some("1.2") => rustls::DEFAULT_VERSIONS,
            Some("1.3") => &[&rustls::version::TLS13],
            Some(v @ ("1.0" | "1.1")) => return Err(format!("unsupported TLS version: TLS {v}")),
            Some(v) => return Err(format!("unknown version: {v}")),
        };
        let builder = rustls::ServerConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(versions)
            .map_err(|e| format!("error creating TLS configuration: {e}"))?;
        let builder = match (&settings.ca_file, settings.verify || settings.map) {
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
            handshake_first_fallback: settings.handshake_first_fallback.filter(|_| settings.handshake_first),
            allow_non_tls: settings.allow_non_tls && (!settings.handshake_first || settings.handshake_first_fallback.is_some()),
            map: settings.map,
            cert_not_after,
            pinned: settings.pinned_certs.iter().map(|p| p.to_ascii_lowercase()).collect(),
        })
    }

    /// The same certificate without asking clients for theirs: the monitoring port over
    /// HTTPS (nats-server sets `NoClientCert` there, whatever `verify` says).
    pub fn without_client_auth(settings: &TlsSettings) -> Result<Tls, String> {
        Tls::new(&TlsSettings { verify: false, map: false, pinned_certs: Vec::new(), ca_file: None, ..settings.clone() })
    }

    /// Checks a completed handshake's client certificate against `pinned_certs`, and
    /// reads who it names when users are mapped from certificates.
    pub fn check_peer(&self, certs: Option<&[CertificateDer<'_>]>) -> Result<Option<CertIdentity>, String> {
        let first = certs.and_then(|c| c.first());
        if !self.pinned.is_empty() {
            let pin = first.and_then(|c| spki_sha256(c));
            if !pin.is_some_and(|p| self.pinned.contains(&p)) {
                return Err("certificate not pinned".into());
            }
        }
        Ok(if self.map { first.and_then(|c| identity(c)) } else { None })
    }
}

/// TLS on links between servers (routes, gateways, leaf nodes): the accepting side's
/// configuration, and the dialing side's — the same certificate presented as a client
/// certificate, the other server's checked against `ca_file` (nats-server's
/// `RootCAs = ClientCAs`) and the host dialed, unless `insecure`.
pub struct LinkTls {
    pub server: Tls,
    pub connector: tokio_rustls::TlsConnector,
    pub timeout: Duration,
}

impl LinkTls {
    /// `mutual`: the accepting side requires the other server's certificate (routes and
    /// gateways always do, as nats-server forces `RequireAndVerifyClientCert`).
    pub fn new(settings: &TlsSettings, mutual: bool) -> Result<LinkTls, String> {
        let accepting = TlsSettings { verify: settings.verify || mutual, ..settings.clone() };
        let server = Tls::new(&accepting)?;
        Ok(LinkTls { server, connector: connector(settings)?, timeout: settings.timeout })
    }
}

/// The dialing side of a link's TLS (a leaf node's `remotes` `tls {}` too): the server's
/// certificate checked against `ca_file` (or not at all with `insecure`), and this
/// server's own certificate, when it has one, presented as the client's.
pub fn connector(settings: &TlsSettings) -> Result<tokio_rustls::TlsConnector, String> {
    let provider = Arc::new(provider(settings)?);
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_protocol_versions(rustls::DEFAULT_VERSIONS)
        .map_err(|e| format!("error creating TLS configuration: {e}"))?;
    let builder = if settings.insecure {
        builder.dangerous().with_custom_certificate_verifier(Arc::new(NoServerVerification(provider)))
    } else {
        let Some(ca) = &settings.ca_file else {
            return Err("TLS to other servers needs a 'ca_file' to verify them against (or 'insecure: true')".into());
        };
        let mut roots = rustls::RootCertStore::empty();
        let (added, _) = roots.add_parsable_certificates(read_ca(ca)?);
        if added == 0 {
            return Err("failed to parse root ca certificate".into());
        }
        builder.with_root_certificates(roots)
    };
    let config = if settings.cert_file.is_empty() {
        builder.with_no_client_auth()
    } else {
        let pair = |why: String| format!("error parsing X509 certificate/key pair: {why}");
        let chain = read_certs(&settings.cert_file).map_err(pair)?;
        let key = read_key(&settings.key_file).map_err(pair)?;
        builder.with_client_auth_cert(chain, key).map_err(|e| pair(e.to_string()))?
    };
    Ok(tokio_rustls::TlsConnector::from(Arc::new(config)))
}

/// `insecure: true`: any certificate the other server shows is taken (its signatures
/// are still checked, so the handshake itself is sound).
#[derive(Debug)]
struct NoServerVerification(Arc<rustls::crypto::CryptoProvider>);

impl rustls::client::danger::ServerCertVerifier for NoServerVerification {
    fn verify_server_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _server_name: &rustls::pki_types::ServerName<'_>,
        _ocsp: &[u8],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<rustls::client::danger::ServerCertVerified, rustls::Error> {
        Ok(rustls::client::danger::ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(message, cert, dss, &self.0.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.0.signature_verification_algorithms.supported_schemes()
    }
}

/// Who a client certificate names, for `verify_and_map` (nats-server's
/// `checkClientTLSCertSubject`): its e-mail, DNS and URI alternative names, in that order,
/// then its subject (`CN=alice,O=acme`; the attribute order does not matter).
#[derive(Clone, Debug, Default)]
pub struct CertIdentity {
    pub names: Vec<String>,
    /// The subject's attributes, `KEY=value` each.
    pub subject: Vec<String>,
}

impl CertIdentity {
    /// Does the configured user name `user` name this certificate?
    pub fn matches(&self, user: &str) -> bool {
        if self.names.iter().any(|n| n == user) {
            return true;
        }
        let mut wanted: Vec<String> = user.split(',').map(|a| a.trim().to_string()).filter(|a| !a.is_empty()).collect();
        let mut have = self.subject.clone();
        wanted.sort();
        have.sort();
        !have.is_empty() && wanted == have
    }
}

/// A TLS connection as `/connz` shows it (nats-server's `tls_version`,
/// `tls_cipher_suite`, `tls_peer_certs`, `tls_first`).
#[derive(Clone, Debug, PartialEq)]
pub struct TlsConnInfo {
    /// `1.2` or `1.3`.
    pub version: &'static str,
    /// Go's name of the suite (`TLS_AES_128_GCM_SHA256`).
    pub cipher_suite: String,
    pub peer_certs: Vec<PeerCert>,
    /// The handshake came before INFO.
    pub first: bool,
}

/// nats-server's `TLSPeerCert`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct PeerCert {
    /// Go's `pkix.Name.String()`: RDNs last to first, `CN=alice,O=acme`.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub subject: String,
    #[serde(rename = "spki_sha256", skip_serializing_if = "String::is_empty")]
    pub spki_sha256: String,
    #[serde(rename = "cert_sha256", skip_serializing_if = "String::is_empty")]
    pub cert_sha256: String,
}

impl TlsConnInfo {
    /// What a completed handshake agreed on.
    pub fn of(conn: &rustls::ServerConnection, first: bool) -> TlsConnInfo {
        let version = match conn.protocol_version() {
            Some(rustls::ProtocolVersion::TLSv1_3) => "1.3",
            _ => "1.2",
        };
        // rustls names TLS 1.3's suites TLS13_*, Go TLS_*; the TLS 1.2 names agree.
        let cipher_suite =
            conn.negotiated_cipher_suite().map(|s| format!("{:?}", s.suite()).replacen("TLS13_", "TLS_", 1)).unwrap_or_default();
        let peer_certs = conn.peer_certificates().unwrap_or_default().iter().map(|c| peer_cert(c)).collect();
        TlsConnInfo { version, cipher_suite, peer_certs, first }
    }
}

fn peer_cert(der: &[u8]) -> PeerCert {
    use sha2::Digest;
    let hex = |bytes: &[u8]| bytes.iter().map(|b| format!("{b:02x}")).collect::<String>();
    PeerCert {
        subject: x509_parser::parse_x509_certificate(der).map(|(_, c)| go_name(c.subject())).unwrap_or_default(),
        spki_sha256: spki_sha256(der).unwrap_or_default(),
        cert_sha256: hex(&sha2::Sha256::digest(der)),
    }
}

/// Go's `pkix.Name.String()`: attributes Go does not name first (`OID=value`, or
/// `OID=#hex` of the DER when the value is not a string), then C, ST, L, STREET, POSTALCODE, O, OU, CN, SERIALNUMBER (several
/// values of one kind in one RDN, `+`-joined), the whole sequence written last to first,
/// comma-joined, values escaped as RFC 2253 says.
fn go_name(name: &x509_parser::x509::X509Name<'_>) -> String {
    use x509_parser::oid_registry as oids;
    let order = [
        (oids::OID_X509_COUNTRY_NAME, "C"),
        (oids::OID_X509_STATE_OR_PROVINCE_NAME, "ST"),
        (oids::OID_X509_LOCALITY_NAME, "L"),
        (oids::OID_X509_STREET_ADDRESS, "STREET"),
        (oids::OID_X509_POSTAL_CODE, "POSTALCODE"),
        (oids::OID_X509_ORGANIZATION_NAME, "O"),
        (oids::OID_X509_ORGANIZATIONAL_UNIT, "OU"),
        (oids::OID_X509_COMMON_NAME, "CN"),
        (oids::OID_X509_SERIALNUMBER, "SERIALNUMBER"),
    ];
    let mut rdns: Vec<String> = Vec::new();
    for attr in name.iter_attributes().filter(|a| !order.iter().any(|(oid, _)| oid == a.attr_type())) {
        let oid = attr.attr_type().to_id_string();
        match attr.as_str() {
            Ok(text) => rdns.push(format!("{oid}={}", escape_dn_value(text))),
            Err(_) => {
                let der = x509_parser::der_parser::asn1_rs::ToDer::to_der_vec(attr.attr_value()).unwrap_or_default();
                rdns.push(format!("{oid}=#{}", der.iter().map(|b| format!("{b:02x}")).collect::<String>()));
            }
        }
    }
    for (oid, short) in &order {
        // Go keeps one CN and one SERIALNUMBER (the last given).
        let mut values: Vec<&str> = name.iter_attributes().filter(|a| a.attr_type() == oid).filter_map(|a| a.as_str().ok()).collect();
        if matches!(*short, "CN" | "SERIALNUMBER") && values.len() > 1 {
            values.drain(..values.len() - 1);
        }
        if !values.is_empty() {
            rdns.push(values.iter().map(|v| format!("{short}={}", escape_dn_value(v))).collect::<Vec<_>>().join("+"));
        }
    }
    rdns.reverse();
    rdns.join(",")
}

/// RFC 2253 escaping as Go's `AttributeTypeAndValue` writes it.
fn escape_dn_value(v: &str) -> String {
    let chars: Vec<char> = v.chars().collect();
    let mut out = String::with_capacity(v.len());
    for (i, &c) in chars.iter().enumerate() {
        let special = matches!(c, ',' | '+' | '"' | '\\' | '<' | '>' | ';')
            || (i == 0 && (c == ' ' || c == '#'))
            || (i == chars.len() - 1 && c == ' ');
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A certificate's expiry.
fn not_after(der: &[u8]) -> Option<std::time::SystemTime> {
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let secs = u64::try_from(cert.validity().not_after.timestamp()).ok()?;
    Some(std::time::UNIX_EPOCH + Duration::from_secs(secs))
}

/// The identity in a certificate (DER), or `None` when it does not parse.
pub fn identity(der: &[u8]) -> Option<CertIdentity> {
    use x509_parser::extensions::GeneralName;
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let mut id = CertIdentity::default();
    if let Ok(Some(san)) = cert.subject_alternative_name() {
        let names = &san.value.general_names;
        let pick = |want: fn(&GeneralName<'_>) -> Option<String>| names.iter().filter_map(want).collect::<Vec<_>>();
        id.names.extend(pick(|n| if let GeneralName::RFC822Name(e) = n { Some(e.to_string()) } else { None }));
        id.names.extend(pick(|n| if let GeneralName::DNSName(d) = n { Some(d.to_string()) } else { None }));
        id.names.extend(pick(|n| if let GeneralName::URI(u) = n { Some(u.to_string()) } else { None }));
    }
    id.subject = cert.subject().to_string().split(", ").filter(|a| !a.is_empty()).map(str::to_string).collect();
    Some(id)
}

/// The hex SHA-256 of a certificate's SubjectPublicKeyInfo (nats-server's
/// `pinned_certs` entries).
pub fn spki_sha256(der: &[u8]) -> Option<String> {
    use sha2::Digest;
    let (_, cert) = x509_parser::parse_x509_certificate(der).ok()?;
    let digest = sha2::Sha256::digest(cert.public_key().raw);
    Some(digest.iter().map(|b| format!("{b:02x}")).collect())
}
