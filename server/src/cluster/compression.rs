//! S2 streams under a route's protocol, once the two servers agreed on compression
//! (`options::compression::select`), as nats-server's `s2.NewWriter`/`s2.NewReader`:
//! the S2 framing format (a stream identifier, then chunks of up to 4 MiB, each with
//! the masked CRC-32C of its data), read and written by a task on each side between
//! the connection and the protocol code. The block codec is `minlz` (binary
//! compatible with klauspost/compress/s2, which nats-server uses).

use std::sync::atomic::AtomicU64;

use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::conn::{Core, Reader};
use crate::options::compression::{select, Compression, Mode};
use crate::outbound::{CloseReason, Sink, SinkSwitch};
use crate::{debug, error};

/// The stream identifier chunk an S2 stream starts with.
const STREAM_IDENTIFIER: &[u8] = b"\xff\x06\x00\x00S2sTwO";
/// A Snappy stream's (S2 readers take Snappy streams too).
const SNAPPY_IDENTIFIER: &[u8] = b"sNaPpY";
const COMPRESSED: u8 = 0x00;
const UNCOMPRESSED: u8 = 0x01;
const IDENTIFIER: u8 = 0xff;
/// The most data one chunk carries (S2's maximum block size).
const MAX_BLOCK: usize = 4 << 20;
/// How much the writer takes from the protocol side at a time.
const WRITE_CHUNK: usize = 256 * 1024;

/// Agrees on compression with a peer whose INFO said `theirs` (nats-server's
/// `negotiateRouteCompression` and `negotiateLeafCompression`): the mode agreed (the
/// level, for `s2_auto`, from `elapsed`, the handshake so far), and whether the
/// connection switched to S2. When it does, the INFO `info` makes (given the mode to
/// tell) goes out plain before the switch from the side that dialed, compressed after
/// it from the other, and the reader switches after the operation being handled. A mode
/// nobody knows is nats-server's protocol error.
pub(super) fn agree(
    core: &mut Core,
    ours: &Compression,
    theirs: &str,
    elapsed: std::time::Duration,
    dialed: bool,
    info: impl FnOnce(&str) -> Vec<u8>,
) -> Result<(Mode, bool), CloseReason> {
    if !ours.mode.negotiates() {
        return Ok((if theirs.is_empty() { Mode::NotSupported } else { Mode::Off }, false));
    }
    let agreed = select(ours.mode, theirs).map_err(|why| {
        core.link.receiver.send_err(&why);
        CloseReason::ProtocolViolation
    })?;
    let level = ours.level_for(agreed, elapsed);
    if !level.compresses() {
        return Ok((level, false));
    }
    let told = if ours.mode == Mode::Auto { Mode::Auto } else { level };
    let line = info(told.as_str());
    let switch: SinkSwitch = Box::new(move |sink| compressing(sink, level));
    let out = &core.link.receiver.out;
    match dialed {
        true => out.switch_sink(&line, switch, b""),
        false => out.switch_sink(b"", switch, &line),
    }
    core.switch_to_s2 = true;
    Ok((level, true))
}

/// A sink that S2-compresses at `level` (`Uncompressed`, `Fast`, `Better`, `Best`)
/// what is written to it and passes it on to `sink`.
pub(super) fn compressing(sink: Sink, level: Mode) -> Sink {
    let (pipe, mut from_protocol) = tokio::io::duplex(WRITE_CHUNK);
    tokio::spawn(async move {
        let mut sink = sink;
        let progress = AtomicU64::new(0);
        let mut buf = vec![0u8; WRITE_CHUNK];
        let mut out = STREAM_IDENTIFIER.to_vec();
        loop {
            let n = match from_protocol.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            encode(level, &buf[..n], &mut out);
            if sink.write_all(&out, &progress).await.is_err() {
                break;
            }
            out.clear();
        }
        sink.close().await;
    });
    Sink::Stream(Box::new(pipe))
}

/// Appends `data` as chunks of an S2 stream.
fn encode(level: Mode, data: &[u8], out: &mut Vec<u8>) {
    for block in data.chunks(MAX_BLOCK) {
        let crc = minlz::crc::crc(block);
        let compressed = match level {
            Mode::Uncompressed => None,
            Mode::Better => Some(minlz::encode_better(block)),
            Mode::Best => Some(minlz::encode_best(block)),
            _ => Some(minlz::encode(block)),
        };
        let (kind, body) = match &compressed {
            Some(c) if c.len() < block.len() => (COMPRESSED, &c[..]),
            _ => (UNCOMPRESSED, block),
        };
        let len = body.len() + 4;
        out.extend_from_slice(&[kind, len as u8, (len >> 8) as u8, (len >> 16) as u8]);
        out.extend_from_slice(&crc.to_le_bytes());
        out.extend_from_slice(body);
    }
}

/// A reader of what `reader` carries as an S2 stream (`leftover`: its first bytes,
/// already read), decompressed. A corrupt stream ends it, as a closed connection.
pub(super) fn decompressing(leftover: Vec<u8>, reader: Reader, addr: std::net::SocketAddr) -> Reader {
    let (pipe, mut to_protocol) = tokio::io::duplex(WRITE_CHUNK);
    tokio::spawn(async move {
        let mut reader = reader;
        let mut buf = leftover;
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let mut used = 0;
            while buf.len() - used >= 4 {
                let header = &buf[used..used + 4];
                let len = header[1] as usize | (header[2] as usize) << 8 | (header[3] as usize) << 16;
                if buf.len() - used < 4 + len {
                    break;
                }
                let body = &buf[used + 4..used + 4 + len];
                match decode(header[0], body) {
                    Ok(Some(data)) => {
                        if to_protocol.write_all(&data).await.is_err() {
                            return;
                        }
                    }
                    Ok(None) => {}
                    Err(why) => return error!("{} - compressed stream error: {}", addr, why),
                }
                used += 4 + len;
            }
            buf.drain(..used);
            match reader.read(&mut chunk).await {
                Ok(0) => return,
                Ok(n) => buf.extend_from_slice(&chunk[..n]),
                Err(e) => return debug!("{} - read error: {}", addr, e),
            }
        }
    });
    Box::new(pipe)
}

/// One chunk's data (`None`: a chunk that carries none), its checksum checked.
fn decode(kind: u8, body: &[u8]) -> Result<Option<Vec<u8>>, String> {
    match kind {
        IDENTIFIER => {
            if body != &STREAM_IDENTIFIER[4..] && body != SNAPPY_IDENTIFIER {
                return Err("bad stream identifier".into());
            }
            Ok(None)
        }
        COMPRESSED | UNCOMPRESSED => {
            if body.len() < 4 {
                return Err("chunk too short".into());
            }
            let (crc, block) = body.split_at(4);
            let data = if kind == UNCOMPRESSED {
                block.to_vec()
            } else {
                let (len, _) = minlz::decode_len(block).map_err(|e| e.to_string())?;
                if len > MAX_BLOCK {
                    return Err(format!("block of {len} bytes"));
                }
                minlz::decode(block).map_err(|e| e.to_string())?
            };
            if data.len() > MAX_BLOCK || minlz::crc::crc(&data).to_le_bytes() != crc {
                return Err("checksum mismatch".into());
            }
            Ok(Some(data))
        }
        // Padding and other skippable chunks.
        0x80..=0xfe => Ok(None),
        _ => Err(format!("unknown chunk type {kind:#x}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_round_trips() {
        let data: Vec<u8> = (0..300_000u32).flat_map(|i| format!("RMSG $G foo.{} 5\r\nhello\r\n", i % 100).into_bytes()).collect();
        for level in [Mode::Uncompressed, Mode::Fast, Mode::Better, Mode::Best] {
            let mut out = Vec::new();
            encode(level, &data, &mut out);
            let mut back = Vec::new();
            let mut at = 0;
            while at < out.len() {
                let len = out[at + 1] as usize | (out[at + 2] as usize) << 8 | (out[at + 3] as usize) << 16;
                back.extend(decode(out[at], &out[at + 4..at + 4 + len]).unwrap().unwrap());
                at += 4 + len;
            }
            assert_eq!(back, data, "{level:?}");
            assert!(level == Mode::Uncompressed || out.len() < data.len() / 4, "{level:?}: {}", out.len());
        }
        // A flipped bit is caught.
        let mut out = Vec::new();
        encode(Mode::Fast, b"hello hello hello hello", &mut out);
        let last = out.len() - 1;
        out[last] ^= 1;
        assert!(decode(out[0], &out[4..]).is_err());
    }
}
