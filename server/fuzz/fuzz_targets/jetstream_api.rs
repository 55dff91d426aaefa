//! The JetStream API request decoders and the stream and consumer config checks on any
//! request body.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    natsx_server::jetstream::api::fuzz_request_body(data);
});
