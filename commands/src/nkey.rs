//! `natsx account nkey`: NKeys as `nats auth nkey` makes and uses them — `gen` a seed
//! (with `--pubout` its public key too), `show` a seed's public key, `sign` a file
//! (base64url signature), `verify` a file's signature with a public key or seed. The
//! same seeds nats-server, nsc and the official clients take (`--nkey FILE`).

use std::path::{Path, PathBuf};

use anyhow::{anyhow, bail, Context, Result};
use base64::Engine;
use clap::{Subcommand, ValueEnum};

#[derive(Subcommand, Debug)]
pub enum NkeyCommand {
    /// Generate a key pair and print its seed
    Gen {
        /// The kind of key
        #[arg(value_enum)]
        kind: Kind,
        /// Print the public key after the seed
        #[arg(long, alias = "public")]
        pubout: bool,
        /// Write to this file instead of standard output
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Print the public key of a seed file
    Show { key: PathBuf },
    /// Sign a file with a seed; prints the base64url signature
    Sign { file: PathBuf, key: PathBuf },
    /// Verify a file's signature (a file holding the base64url signature) with a public key or a seed
    Verify { file: PathBuf, signature: PathBuf, key: PathBuf },
}

#[derive(ValueEnum, Clone, Copy, Debug)]
pub enum Kind {
    User,
    Account,
    Server,
    Cluster,
    Operator,
}

pub fn run(command: NkeyCommand) -> Result<()> {
    match command {
        NkeyCommand::Gen { kind, pubout, output } => {
            let kind = match kind {
                Kind::User => nkeys::KeyPairType::User,
                Kind::Account => nkeys::KeyPairType::Account,
                Kind::Server => nkeys::KeyPairType::Server,
                Kind::Cluster => nkeys::KeyPairType::Cluster,
                Kind::Operator => nkeys::KeyPairType::Operator,
            };
            let pair = nkeys::KeyPair::new(kind);
            let mut text = format!("{}\n", pair.seed().map_err(|e| anyhow!("{e}"))?);
            if pubout {
                text.push_str(&format!("{}\n", pair.public_key()));
            }
            match output {
                Some(path) => write_private(&path, &text),
                None => {
                    print!("{text}");
                    Ok(())
                }
            }
        }
        NkeyCommand::Show { key } => {
            println!("{}", seed(&key)?.public_key());
            Ok(())
        }
        NkeyCommand::Sign { file, key } => {
            let data = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let sig = seed(&key)?.sign(&data).map_err(|e| anyhow!("{e}"))?;
            println!("{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(sig));
            Ok(())
        }
        NkeyCommand::Verify { file, signature, key } => {
            let text = key_text(&key)?;
            let pair = nkeys::KeyPair::from_public_key(&text).or_else(|_| nkeys::KeyPair::from_seed(&text)).map_err(|e| anyhow!("{e}"))?;
            let data = std::fs::read(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let encoded = std::fs::read_to_string(&signature).with_context(|| format!("cannot read {}", signature.display()))?;
            let sig = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(encoded.trim())
                .map_err(|e| anyhow!("the signature is not base64url: {e}"))?;
            pair.verify(&data, &sig).map_err(|_| anyhow!("signature verification failed"))?;
            println!("Verified OK");
            Ok(())
        }
    }
}

/// The key in a file: its first line that is not blank or a comment (nsc's `.nk` and
/// `.creds` style files hold one).
fn key_text(path: &Path) -> Result<String> {
    let text = std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let key = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#') && !l.starts_with("--") && !l.starts_with("//"));
    key.map(str::to_string).ok_or_else(|| anyhow!("no key in {}", path.display()))
}

fn seed(path: &Path) -> Result<nkeys::KeyPair> {
    let text = key_text(path)?;
    if !text.starts_with('S') {
        bail!("{} does not hold a seed", path.display());
    }
    nkeys::KeyPair::from_seed(&text).map_err(|e| anyhow!("invalid seed in {}: {e}", path.display()))
}

/// Writes a seed readable by its owner only.
pub(crate) fn write_private(path: &Path, text: &str) -> Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(path)
        .with_context(|| format!("cannot write {}", path.display()))?;
    file.write_all(text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))
}
