//! Reading and writing NATS header blocks (`NATS/1.0[ status text]\r\nKey: Value\r\n...\r\n\r\n`)
//! and the status messages JetStream sends (`100 Idle Heartbeat`, `404 No Messages`, ...).

/// The value of the first header named `name`, as nats-server's `sliceHeader` reads
/// it: the name matched exactly at the start of a line and followed by `:`, spaces
/// before the value skipped, everything else kept byte for byte (trailing spaces
/// included) up to the CRLF. `None` when absent or not UTF-8.
pub fn get<'a>(block: &'a [u8], name: &str) -> Option<&'a str> {
    let mut rest = block;
    // The first line is the `NATS/1.0` status line.
    let first_end = memchr::memmem::find(rest, b"\r\n")?;
    rest = &rest[first_end + 2..];
    while !rest.is_empty() {
        let end = memchr::memmem::find(rest, b"\r\n").unwrap_or(rest.len());
        let line = &rest[..end];
        if line.len() > name.len() && line.starts_with(name.as_bytes()) && line[name.len()] == b':' {
            let value = &line[name.len() + 1..];
            let start = value.iter().position(|&b| b != b' ').unwrap_or(value.len());
            return std::str::from_utf8(&value[start..]).ok();
        }
        rest = &rest[(end + 2).min(rest.len())..];
    }
    None
}

/// Builds a header block from a status line (`""`, `"404 No Messages"`) and headers.
pub fn block(status: &str, headers: &[(&str, &str)]) -> Vec<u8> {
    let mut out = Vec::with_capacity(64);
    out.extend_from_slice(b"NATS/1.0");
    if !status.is_empty() {
        out.push(b' ');
        out.extend_from_slice(status.as_bytes());
    }
    out.extend_from_slice(b"\r\n");
    push_lines(&mut out, headers);
    out
}

/// Writes `Key: Value` lines and the closing blank line.
fn push_lines(out: &mut Vec<u8>, headers: &[(&str, &str)]) {
    for (k, v) in headers {
        out.extend_from_slice(k.as_bytes());
        out.extend_from_slice(b": ");
        out.extend_from_slice(v.as_bytes());
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"\r\n");
}

/// Appends headers to an existing block (or starts one), keeping the original status line
/// out: stored messages carry plain headers.
pub fn extend(existing: &[u8], headers: &[(&str, &str)]) -> Vec<u8> {
    if existing.len() < 12 {
        return block("", headers);
    }
    // Drop the final blank line, add ours, close again.
    let body = existing.strip_suffix(b"\r\n").unwrap_or(existing);
    let mut out = Vec::with_capacity(existing.len() + 64);
    out.extend_from_slice(body);
    push_lines(&mut out, headers);
    out
}

/// Removes the named headers; returns an empty block when nothing else is left.
pub fn without(existing: &[u8], names: &[&str]) -> Vec<u8> {
    let Ok(text) = std::str::from_utf8(existing) else { return existing.to_vec() };
    let mut lines = text.split("\r\n");
    let Some(first) = lines.next() else { return Vec::new() };
    let kept: Vec<&str> = lines.filter(|l| !l.is_empty()).filter(|l| l.split_once(':').is_none_or(|(k, _)| !names.contains(&k))).collect();
    if kept.is_empty() {
        return Vec::new();
    }
    let mut out = String::with_capacity(existing.len());
    out.push_str(first);
    out.push_str("\r\n");
    for l in kept {
        out.push_str(l);
        out.push_str("\r\n");
    }
    out.push_str("\r\n");
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_and_build() {
        let b = block("", &[("Nats-Msg-Id", "1"), ("X", "y z")]);
        assert_eq!(b, b"NATS/1.0\r\nNats-Msg-Id: 1\r\nX: y z\r\n\r\n");
        assert_eq!(get(&b, "Nats-Msg-Id"), Some("1"));
        assert_eq!(get(&b, "X"), Some("y z"));
        assert_eq!(get(&b, "Nope"), None);
        let spaced = block("", &[("Nats-Msg-Id", "id1 "), ("Empty", "")]);
        assert_eq!(get(&spaced, "Nats-Msg-Id"), Some("id1 "), "trailing spaces are part of the value, as in nats-server");
        assert_eq!(get(&spaced, "Empty"), Some(""));
        assert_eq!(get(b"NATS/1.0\r\nNats-Msg-Id:x\r\n\r\n", "Nats-Msg-Id"), Some("x"));
        assert_eq!(get(b"NATS/1.0\r\nnats-msg-id: x\r\n\r\n", "Nats-Msg-Id"), None, "names match exactly");
        assert_eq!(block("404 No Messages", &[]), b"NATS/1.0 404 No Messages\r\n\r\n");
        assert_eq!(extend(&b, &[("A", "b")]), b"NATS/1.0\r\nNats-Msg-Id: 1\r\nX: y z\r\nA: b\r\n\r\n");
        assert_eq!(without(&b, &["X"]), b"NATS/1.0\r\nNats-Msg-Id: 1\r\n\r\n");
        assert!(without(&b, &["X", "Nats-Msg-Id"]).is_empty());
    }
}
