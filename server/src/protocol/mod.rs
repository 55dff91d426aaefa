//! Wire protocol parsing. `client` holds the parser for the client port; route, leaf and
//! gateway parsers will live beside it. Parsers know nothing about routing: they turn
//! bytes into borrowed operations and typed errors.

pub mod client;
pub mod route;

/// Appends `n` in decimal (the protocol's sizes and sids, ack subjects' numbers).
pub fn push_decimal(buf: &mut Vec<u8>, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut i = digits.len();
    loop {
        i -= 1;
        digits[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    buf.extend_from_slice(&digits[i..]);
}

/// Bytes as text for log lines (invalid UTF-8 shown as U+FFFD).
pub fn lossy(b: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(b)
}

#[cfg(test)]
mod tests {
    use super::push_decimal;

    #[test]
    fn decimals_match_the_formatter() {
        for n in [0, 1, 9, 10, 99, 100, 12_345, u32::MAX as u64, 10u64.pow(19), u64::MAX] {
            let mut s = b"x".to_vec();
            push_decimal(&mut s, n);
            assert_eq!(s, format!("x{n}").into_bytes());
        }
    }
}
