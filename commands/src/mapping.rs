//! `natsx server mapping SOURCE DESTINATION [SUBJECT]`: tries a subject mapping without a
//! server, as `nats server mapping` does — the transform nats-server would build from a
//! `mappings` entry (`natsx_common::transform`, every mapping function included), applied
//! to one subject, or to each subject read from standard input until an empty line.

use std::io::BufRead;

use anyhow::{anyhow, Result};
use clap::Parser;
use natsx_common::subject;
use natsx_common::transform::Transform;

#[derive(Parser, Debug)]
#[command(name = "natsx server mapping", about = "Test a subject mapping locally (it is not added to any server)")]
pub struct MappingArgs {
    /// Source subject pattern, e.g. `orders.*`
    source: String,
    /// Destination, e.g. `orders.{{partition(3,1)}}.{{wildcard(1)}}`
    destination: String,
    /// Subject to map; without one, subjects are read from standard input
    subject: Option<String>,
}

/// nats-server's `subjectTransform.Match`: the mapped subject, or its errors
/// (`invalid subject` for one that is not a literal subject, `no matching transforms
/// available` when the source does not match).
fn map(transform: &Transform, subject_text: &str) -> Result<String> {
    if !subject::is_valid_publish(subject_text.as_bytes()) {
        return Err(anyhow!("invalid subject"));
    }
    transform.apply(subject_text).ok_or_else(|| anyhow!("no matching transforms available"))
}

/// Runs `natsx server mapping ...` (`args` are the words after `server`).
pub fn run(args: &[String]) -> Result<()> {
    let args = match MappingArgs::try_parse_from(args) {
        Ok(a) => a,
        Err(e) => {
            let _ = e.print();
            std::process::exit(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let transform = Transform::new(&args.source, &args.destination).map_err(|e| anyhow!(e))?;
    if let Some(subject_text) = &args.subject {
        println!("{}", map(&transform, subject_text)?);
        return Ok(());
    }
    println!("Enter subjects to test, empty subject terminates.\n");
    println!("NOTE: This only tests mappings, it does not add them to the server\n");
    for line in std::io::stdin().lock().lines() {
        let line = line?;
        let subject_text = line.trim();
        if subject_text.is_empty() {
            break;
        }
        match map(&transform, subject_text) {
            Ok(mapped) => println!("{mapped}\n"),
            Err(e) => println!("Error: {e}\n"),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_as_nats_server_matches() {
        let t = Transform::new("orders.*.*", "part.{{partition(10,1)}}.{{wildcard(2)}}").unwrap();
        assert_eq!(map(&t, "orders.foo.x").unwrap(), "part.3.x");
        assert_eq!(map(&t, "orders.*.x").unwrap_err().to_string(), "invalid subject");
        assert_eq!(map(&t, "other.a.b").unwrap_err().to_string(), "no matching transforms available");
    }
}
