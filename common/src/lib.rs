//! natsx-common: the pure helpers both the broker (`natsx-server`) and the client
//! commands (`natsx-commands`) use, so the commands need not link the broker.
//!
//! - `subject`: subject validation and wildcard matching (the NATS subject rules).
//! - `names`: stream, consumer and priority group names as nats-server accepts them.
//! - `time`: RFC 3339 times and Go durations, formatted and parsed as nats-server does.
//! - `jetstream`: stream and consumer configurations as the JetStream API carries them.
//! - `transform`: subject transforms (`{{wildcard(1)}}`, `$1`), as stream transforms and
//!   stream imports use them.
//! - `jwt`: NATS JWTs (operators, accounts, users) and `.creds` files, as nats-io/jwt v2.

pub mod jetstream;
pub mod jwt;
pub mod names;
pub mod subject;
pub mod time;
pub mod transform;
