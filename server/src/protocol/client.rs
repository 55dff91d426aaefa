//! The client-port parser.
//!
//! `parse` looks at the front of the read buffer and returns either one complete
//! operation borrowing from the buffer (with how many bytes it used), `Incomplete`
//! when more bytes are needed, or an error. The connection calls it in a loop over a
//! whole read, so a batch of small publishes is handled without copying a byte.
//! Control lines end in `\n` with an optional `\r` (telnet users type bare newlines),
//! operation names are case-insensitive and arguments are split on spaces and tabs,
//! as in nats-server's byte state machine.

use memchr::memchr;

/// One client operation, borrowing from the read buffer.
#[derive(Debug, PartialEq, Eq)]
pub enum ClientOp<'a> {
    Connect(&'a [u8]),
    /// `PUB` (header_len 0, headers false) and `HPUB`.
    Pub {
        subject: &'a [u8],
        reply: Option<&'a [u8]>,
        /// Headers and payload together; the first `header_len` bytes are the header block.
        message: &'a [u8],
        header_len: usize,
        has_headers: bool,
    },
    Sub {
        subject: &'a [u8],
        queue: Option<&'a [u8]>,
        sid: &'a [u8],
    },
    /// `max` as nats-server reads it: a bad or negative number is `-1` (unsubscribe now).
    Unsub {
        sid: &'a [u8],
        max: Option<i64>,
    },
    Ping,
    Pong,
    /// A client may send INFO; nats-server ignores it on the client port.
    Info,
    /// `+OK` and `-ERR` from a client are accepted and ignored.
    Ok,
    Err,
}

/// Why the input could not be parsed. Each maps to nats-server's reaction in `client.rs`.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum ParseError {
    /// Not an operation we know (or a known one spelled without its separator).
    UnknownOperation,
    /// The control line grew past `max_control_line` bytes.
    MaxControlLine,
    /// The announced payload is larger than `max_payload`.
    MaxPayload,
    /// Wrong number of PUB/HPUB arguments or a bad size.
    BadPub,
    /// Wrong number of SUB arguments.
    BadSub,
    /// Wrong UNSUB arguments.
    BadUnsub,
    /// HPUB header size larger than the total size.
    BadHeaderSize,
    /// The payload was not followed by `\r\n`.
    PayloadTerminator,
}

pub enum Parsed<'a> {
    Op(ClientOp<'a>, usize),
    Incomplete,
}

/// Limits the parser enforces while reading.
#[derive(Clone, Copy)]
pub struct ParseLimits {
    pub max_control_line: usize,
    pub max_payload: usize,
}

pub fn parse<'a>(buf: &'a [u8], limits: ParseLimits) -> Result<Parsed<'a>, ParseError> {
    let Some(nl) = memchr(b'\n', buf) else {
        // Reject an over-long line early, before it has all arrived; but only once we
        // know what operation it is, as nats-server does in its argument states.
        // nats-server measures the arguments, not the operation name.
        if let Some((_, args)) = op_of(buf) {
            if arg_len(args) > limits.max_control_line {
                return Err(ParseError::MaxControlLine);
            }
        } else if buf.len() > limits.max_control_line {
            return Err(ParseError::UnknownOperation);
        }
        if !buf.is_empty() && op_of(buf).is_none() && !is_op_prefix(buf) {
            return Err(ParseError::UnknownOperation);
        }
        return Ok(Parsed::Incomplete);
    };
    let line_end = if nl > 0 && buf[nl - 1] == b'\r' { nl - 1 } else { nl };
    let line = &buf[..line_end];
    let after_line = nl + 1;
    let Some((op, rest)) = op_of(line) else {
        return Err(ParseError::UnknownOperation);
    };
    let args = rest;
    if matches!(op, Op::Pub | Op::Hpub | Op::Sub | Op::Unsub | Op::Connect) && arg_len(args) > limits.max_control_line {
        return Err(ParseError::MaxControlLine);
    }
    match op {
        Op::Ping => Ok(Parsed::Op(ClientOp::Ping, after_line)),
        Op::Pong => Ok(Parsed::Op(ClientOp::Pong, after_line)),
        Op::Ok => Ok(Parsed::Op(ClientOp::Ok, after_line)),
        Op::Err => Ok(Parsed::Op(ClientOp::Err, after_line)),
        Op::Info => Ok(Parsed::Op(ClientOp::Info, after_line)),
        Op::Connect => Ok(Parsed::Op(ClientOp::Connect(trim(args)), after_line)),
        Op::Sub => {
            let mut a = Args::new(args);
            let (subject, queue, sid) = match a.collect_upto3() {
                (Some(s), Some(sid), None, 2) => (s, None, sid),
                (Some(s), Some(q), Some(sid), 3) => (s, Some(q), sid),
                _ => return Err(ParseError::BadSub),
            };
            Ok(Parsed::Op(ClientOp::Sub { subject, queue, sid }, after_line))
        }
        Op::Unsub => {
            let mut a = Args::new(args);
            let op = match a.collect_upto3() {
                (Some(sid), None, None, 1) => ClientOp::Unsub { sid, max: None },
                (Some(sid), Some(max), None, 2) => ClientOp::Unsub { sid, max: Some(parse_size(max).map_or(-1, |m| m as i64)) },
                _ => return Err(ParseError::BadUnsub),
            };
            Ok(Parsed::Op(op, after_line))
        }
        Op::Pub | Op::Hpub => {
            let has_headers = op == Op::Hpub;
            let mut a = Args::new(args);
            let mut parts: [&[u8]; 4] = [&[]; 4];
            let mut n = 0;
            for part in a.by_ref() {
                if n == 4 {
                    return Err(ParseError::BadPub);
                }
                parts[n] = part;
                n += 1;
            }
            let (subject, reply, header_len, total) = if has_headers {
                match n {
                    3 => (parts[0], None, parts[1], parts[2]),
                    4 => (parts[0], Some(parts[1]), parts[2], parts[3]),
                    _ => return Err(ParseError::BadPub),
                }
            } else {
                match n {
                    2 => (parts[0], None, &b"0"[..], parts[1]),
                    3 => (parts[0], Some(parts[1]), &b"0"[..], parts[2]),
                    _ => return Err(ParseError::BadPub),
                }
            };
            let total = parse_size(total).ok_or(ParseError::BadPub)?;
            let header_len = parse_size(header_len).ok_or(ParseError::BadPub)?;
            if header_len > total {
                return Err(ParseError::BadHeaderSize);
            }
            if total > limits.max_payload {
                return Err(ParseError::MaxPayload);
            }
            let end = after_line + total;
            if buf.len() < end + 2 {
                // Check what has arrived of the terminator so garbage fails fast.
                if buf.len() > end && buf[end] != b'\r' {
                    return Err(ParseError::PayloadTerminator);
                }
                return Ok(Parsed::Incomplete);
            }
            if &buf[end..end + 2] != b"\r\n" {
                return Err(ParseError::PayloadTerminator);
            }
            let message = &buf[after_line..end];
            Ok(Parsed::Op(ClientOp::Pub { subject, reply, message, header_len, has_headers }, end + 2))
        }
    }
}

/// How many bytes the buffer must hold before the operation at its front can complete,
/// when that is known (a PUB whose control line has arrived). Lets the reader size
/// its buffer once for a large payload.
pub fn needed_len(buf: &[u8], limits: ParseLimits) -> Option<usize> {
    let nl = memchr(b'\n', buf)?;
    let line_end = if nl > 0 && buf[nl - 1] == b'\r' { nl - 1 } else { nl };
    let (op, args) = op_of(&buf[..line_end])?;
    if !matches!(op, Op::Pub | Op::Hpub) {
        return None;
    }
    let total = parse_size(Args::new(args).last()?)?;
    (total <= limits.max_payload).then_some(nl + 1 + total + 2)
}

#[derive(PartialEq, Eq, Clone, Copy, Debug)]
enum Op {
    Connect,
    Pub,
    Hpub,
    Sub,
    Unsub,
    Ping,
    Pong,
    Info,
    Ok,
    Err,
}

const OPS: [(&[u8], Op, bool); 10] = [
    // name, op, takes arguments (`CONNECT` alone is accepted and fails as empty JSON)
    (b"CONNECT", Op::Connect, true),
    (b"PUB", Op::Pub, true),
    (b"HPUB", Op::Hpub, true),
    (b"SUB", Op::Sub, true),
    (b"UNSUB", Op::Unsub, true),
    (b"PING", Op::Ping, false),
    (b"PONG", Op::Pong, false),
    (b"INFO", Op::Info, true),
    (b"+OK", Op::Ok, false),
    (b"-ERR", Op::Err, true),
];

/// Splits the operation name off a control line. Operations with arguments need a
/// space or tab after the name; bare ones allow only trailing whitespace.
fn op_of(line: &[u8]) -> Option<(Op, &[u8])> {
    for (name, op, takes_args) in OPS {
        if line.len() >= name.len() && line[..name.len()].eq_ignore_ascii_case(name) {
            let rest = &line[name.len()..];
            if !takes_args {
                // nats-server ignores whatever follows PING, PONG and +OK up to the newline.
                return Some((op, rest));
            }
            let separated = rest.first().is_some_and(|&b| b == b' ' || b == b'\t');
            if separated || (op == Op::Connect && rest.iter().all(|&b| b == b'\r')) {
                return Some((op, rest));
            }
            // Without a separator this is another word (e.g. `PUBX`) or a missing argument list.
        }
    }
    None
}

/// True when `buf` could still become a known operation once more bytes arrive.
fn is_op_prefix(buf: &[u8]) -> bool {
    OPS.iter().any(|(name, _, _)| {
        let n = buf.len().min(name.len());
        buf[..n].eq_ignore_ascii_case(&name[..n])
    })
}

/// Length of an argument list without the whitespace that separates it from the operation.
fn arg_len(args: &[u8]) -> usize {
    let start = args.iter().position(|&b| b != b' ' && b != b'\t').unwrap_or(args.len());
    args.len() - start
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(start, |e| e + 1);
    &b[start..end]
}

/// A decimal size as nats-server reads it: digits only, no sign, no overflow.
pub fn parse_size(b: &[u8]) -> Option<usize> {
    if b.is_empty() || b.len() > 18 {
        return None;
    }
    let mut n: usize = 0;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + (c - b'0') as usize;
    }
    Some(n)
}

type UpTo3<'a> = (Option<&'a [u8]>, Option<&'a [u8]>, Option<&'a [u8]>, usize);

/// Space- and tab-separated arguments.
struct Args<'a> {
    rest: &'a [u8],
}

impl<'a> Args<'a> {
    fn new(rest: &'a [u8]) -> Self {
        Args { rest }
    }
    /// The first three arguments and how many there were in all.
    fn collect_upto3(&mut self) -> UpTo3<'a> {
        let a = self.next();
        let b = self.next();
        let c = self.next();
        let extra = self.count();
        let n = a.is_some() as usize + b.is_some() as usize + c.is_some() as usize + extra;
        (a, b, c, n)
    }
}

impl<'a> Iterator for Args<'a> {
    type Item = &'a [u8];
    fn next(&mut self) -> Option<&'a [u8]> {
        let is_sep = |b: &u8| *b == b' ' || *b == b'\t' || *b == b'\r';
        let start = self.rest.iter().position(|b| !is_sep(b))?;
        let rest = &self.rest[start..];
        let end = rest.iter().position(is_sep).unwrap_or(rest.len());
        self.rest = &rest[end..];
        Some(&rest[..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: ParseLimits = ParseLimits { max_control_line: 4096, max_payload: 1024 * 1024 };

    fn op(buf: &[u8]) -> (ClientOp<'_>, usize) {
        match parse(buf, LIMITS) {
            Ok(Parsed::Op(op, n)) => (op, n),
            Ok(Parsed::Incomplete) => panic!("incomplete"),
            Err(e) => panic!("{e:?}"),
        }
    }

    #[test]
    fn pub_and_hpub() {
        let (o, n) = op(b"PUB foo.bar reply 5\r\nhello\r\nPING\r\n");
        assert_eq!(n, 28);
        assert_eq!(o, ClientOp::Pub { subject: b"foo.bar", reply: Some(b"reply"), message: b"hello", header_len: 0, has_headers: false });
        let (o, _) = op(b"hpub foo 12 14\r\nNATS/1.0\r\n\r\nhi\r\n");
        assert!(matches!(o, ClientOp::Pub { header_len: 12, has_headers: true, .. }));
        let (o, _) = op(b"PUB\tfoo\t0\r\n\r\n");
        assert!(matches!(o, ClientOp::Pub { message: b"", .. }));
    }

    #[test]
    fn incomplete_until_whole_frame() {
        let full = b"PUB foo 5\r\nhello\r\n";
        for cut in 0..full.len() {
            assert!(matches!(parse(&full[..cut], LIMITS), Ok(Parsed::Incomplete)), "cut {cut}");
        }
        assert_eq!(needed_len(b"PUB foo 5\r\nhe", LIMITS), Some(18));
    }

    #[test]
    fn sub_unsub_ping() {
        assert_eq!(op(b"SUB foo 1\r\n").0, ClientOp::Sub { subject: b"foo", queue: None, sid: b"1" });
        assert_eq!(op(b"sub foo q 1\n").0, ClientOp::Sub { subject: b"foo", queue: Some(b"q"), sid: b"1" });
        assert_eq!(op(b"UNSUB 1 5\r\n").0, ClientOp::Unsub { sid: b"1", max: Some(5) });
        assert_eq!(op(b"UNSUB 1 x\r\n").0, ClientOp::Unsub { sid: b"1", max: Some(-1) });
        assert_eq!(op(b"PING foo\r\n").0, ClientOp::Ping);
        assert_eq!(op(b"CONNECT\r\n").0, ClientOp::Connect(b""));
        assert_eq!(op(b"ping\r\n").0, ClientOp::Ping);
        assert_eq!(op(b"CONNECT {\"a\":1}\r\n").0, ClientOp::Connect(b"{\"a\":1}"));
    }

    #[test]
    fn errors() {
        let e = |b: &[u8]| match parse(b, LIMITS) {
            Err(e) => e,
            _ => panic!("expected error for {:?}", String::from_utf8_lossy(b)),
        };
        assert_eq!(e(b"FOO bar\r\n"), ParseError::UnknownOperation);
        assert_eq!(e(b"\x00\xff\r\n"), ParseError::UnknownOperation);
        assert_eq!(e(b"X"), ParseError::UnknownOperation);
        assert_eq!(e(b"PUB\r\n"), ParseError::UnknownOperation);
        assert_eq!(e(b"PUB foo\r\n"), ParseError::BadPub);
        assert_eq!(e(b"PUB foo x\r\n"), ParseError::BadPub);
        assert_eq!(e(b"PUB foo -1\r\n"), ParseError::BadPub);
        assert_eq!(e(b"PUB foo 2\r\nhello\r\n"), ParseError::PayloadTerminator);
        assert_eq!(e(b"PUB foo 2000000\r\n"), ParseError::MaxPayload);
        assert_eq!(e(b"HPUB foo 5 3\r\n"), ParseError::BadHeaderSize);
        assert_eq!(e(b"SUB foo\r\n"), ParseError::BadSub);
        assert_eq!(e(b"SUB a b c d\r\n"), ParseError::BadSub);
        assert_eq!(e(b"UNSUB 1 2 3\r\n"), ParseError::BadUnsub);
        assert_eq!(e(b"UNSUB\r\n"), ParseError::UnknownOperation);
        assert_eq!(e(b"\r\n"), ParseError::UnknownOperation);
        let long = [b"PUB ".as_slice(), &[b'a'; 5000]].concat();
        assert_eq!(e(&long), ParseError::MaxControlLine);
        // The limit counts the arguments only: 4096 bytes of them are fine, 4097 are not.
        let at_limit = [b"PUB ".as_slice(), &[b'a'; 4096]].concat();
        assert!(matches!(parse(&at_limit, LIMITS), Ok(Parsed::Incomplete)));
        let over = [b"SUB ".as_slice(), &[b'a'; 4097], b"\r\n"].concat();
        assert_eq!(e(&over), ParseError::MaxControlLine);
    }

    proptest::proptest! {
        /// Whatever bytes arrive, the parser answers without panicking, never claims more
        /// than it was given, and agrees with itself when the same bytes come split.
        #[test]
        fn never_panics_on_arbitrary_input(
            noise in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300),
            valid_prefix in proptest::prelude::any::<bool>(),
        ) {
            let mut input = if valid_prefix { b"PUB a 3\r\nxyz\r\nSUB b 1\r\n".to_vec() } else { Vec::new() };
            input.extend_from_slice(&noise);
            let small = ParseLimits { max_control_line: 64, max_payload: 128 };
            let mut at = 0;
            while at < input.len() {
                match parse(&input[at..], small) {
                    Ok(Parsed::Op(_, n)) => {
                        proptest::prop_assert!(n > 0 && at + n <= input.len());
                        at += n;
                    }
                    Ok(Parsed::Incomplete) | Err(_) => break,
                }
                let _ = needed_len(&input[at..], small);
            }
        }
    }
}
