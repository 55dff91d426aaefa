//! The client protocol parser on any bytes: every operation it yields consumes a part of
//! the input, and it never panics, whatever the framing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use natsx_server::protocol::client::{needed_len, parse, ParseLimits, Parsed};

fuzz_target!(|data: &[u8]| {
    let limits = ParseLimits { max_control_line: 4096, max_payload: 64 * 1024 };
    let mut rest = data;
    while !rest.is_empty() {
        let _ = needed_len(rest, limits);
        match parse(rest, limits) {
            Ok(Parsed::Op(_, used)) => {
                assert!(used > 0 && used <= rest.len(), "consumed {used} of {}", rest.len());
                rest = &rest[used..];
            }
            Ok(Parsed::Incomplete) | Err(_) => break,
        }
    }
});
