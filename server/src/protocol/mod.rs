//! Wire protocol parsing. `client` holds the parser for the client port; route, leaf and
//! gateway parsers will live beside it. Parsers know nothing about routing: they turn
//! bytes into borrowed operations and typed errors.

pub mod client;
