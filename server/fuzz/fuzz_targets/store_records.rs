//! The on-disk record decoders: a stream's message segments and a consumer's state log,
//! recovered from any bytes as opening them from disk does (in memory: no files).
//!
//! Input: a flags byte (bit 0: give records valid checksums, so input reaches the record
//! handling; the rest places the segments), then up to three segments and a state log
//! separated by `\xff\xfe\xfd\xfc`.
#![no_main]
use libfuzzer_sys::fuzz_target;
use natsx_server::jetstream::store::file::{fuzz_recover, fuzz_seal_records};

const SEPARATOR: &[u8] = b"\xff\xfe\xfd\xfc";

fn split(mut data: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    while let Some(at) = data.windows(SEPARATOR.len()).position(|w| w == SEPARATOR) {
        parts.push(&data[..at]);
        data = &data[at + SEPARATOR.len()..];
    }
    parts.push(data);
    parts
}

/// Damage is logged, and every input is damage: send the log nowhere.
fn quiet() {
    static QUIET: std::sync::Once = std::sync::Once::new();
    QUIET.call_once(|| {
        let settings = natsx_server::log::LogSettings {
            debug: false,
            trace: false,
            logtime: false,
            utc: false,
            file: Some(std::path::Path::new("/dev/null")),
            size_limit: 0,
            max_files: 0,
        };
        natsx_server::log::configure(settings).expect("/dev/null opens");
    });
}

fuzz_target!(|data: &[u8]| {
    quiet();
    let Some((&flags, rest)) = data.split_first() else { return };
    let seal = flags & 1 == 1;
    let parts = split(rest);
    let (log, segments) = match parts.split_last() {
        Some((log, segments)) if !segments.is_empty() => (Some(*log), segments),
        _ => (None, &parts[..]),
    };
    let step = u64::from(flags >> 1);
    let segments: Vec<(u64, Vec<u8>)> = segments
        .iter()
        .take(3)
        .enumerate()
        .map(|(i, part)| {
            let mut bytes = part.to_vec();
            if seal {
                fuzz_seal_records(&mut bytes);
            }
            ([1, 1 + step * 3, 1 + step * 7][i], bytes)
        })
        .collect();
    let (first, last, msgs, _) = fuzz_recover(&segments);
    assert!(msgs == 0 || (first <= last && msgs <= last - first + 1), "first {first} last {last} msgs {msgs}");
    if let Some(log) = log {
        natsx_server::jetstream::consumer::fuzz_state_log(log, seal);
    }
});
