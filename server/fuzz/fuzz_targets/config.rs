//! The nats-server config format: lexing, parsing, variables, and applying the result to
//! the server's options, on any text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use natsx_server::options::{apply, config, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    // Includes are resolved beside the config file: point them at an empty directory.
    if let Ok(doc) = config::parse_str(text, "/nonexistent/fuzz.conf") {
        let mut opts = Options::default();
        if apply::apply_config(&mut opts, &doc).is_ok() {
            let _ = opts.validate();
        }
    }
});
