//! The route protocol (cluster port): what servers of one cluster say to each other.
//!
//! The same framing as the client protocol, with nats-server's route operations:
//! `INFO`/`CONNECT` (JSON), `PING`/`PONG`, `RS+ <account> <subject> [<queue> <weight>]`,
//! `RS- <account> <subject> [<queue>]`, and messages
//! `RMSG <account> <subject> [<reply> | + <reply> <queues…> | | <queues…>] <size>`, or
//! `HMSG` with `<header size> <total size>` at the end. The queue names tell the
//! receiving server which of its queue groups the sender chose it for; a message
//! without them goes to plain subscribers only.

use memchr::memchr;
use smallvec::SmallVec;

use super::push_decimal;

/// Route control lines may be this long (nats-server allows routes 16 times a client's
/// 4 KiB: a message line carries an account and queue names).
pub const MAX_CONTROL_LINE: usize = 64 * 1024;

/// One route operation, borrowing from the read buffer.
#[derive(Debug, PartialEq, Eq)]
pub enum RouteOp<'a> {
    Info(&'a [u8]),
    Connect(&'a [u8]),
    Ping,
    Pong,
    Ok,
    Err(&'a [u8]),
    /// `RS+`: `queue` with its weight (local members at the sender).
    Sub {
        account: &'a [u8],
        subject: &'a [u8],
        queue: Option<(&'a [u8], u32)>,
    },
    /// `RS-`.
    Unsub {
        account: &'a [u8],
        subject: &'a [u8],
        queue: Option<&'a [u8]>,
    },
    /// A gateway's `A+ <account>` (`any`) / `A- <account>`: interest in the account
    /// again, or none at all.
    AccountInterest {
        account: &'a [u8],
        any: bool,
    },
    /// `RMSG`/`HMSG`. `queues`: `None` for a message to plain subscribers only, else the
    /// queue groups it was sent for (names separated by spaces).
    Msg {
        account: &'a [u8],
        subject: &'a [u8],
        reply: Option<&'a [u8]>,
        queues: Option<&'a [u8]>,
        message: &'a [u8],
        header_len: usize,
    },
}

/// How a message is framed for another server (`write_msg`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Frame<'a> {
    /// `RMSG <account> ...`: a route or a gateway.
    Route(&'a [u8]),
    /// `RMSG ...` without the account: a pinned account's route.
    PinnedRoute,
    /// `LMSG ...`: a leaf node.
    Leaf,
}

#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum RouteParseError {
    UnknownOperation,
    MaxControlLine,
    MaxPayload,
    BadArguments,
    PayloadTerminator,
}

pub enum RouteParsed<'a> {
    Op(RouteOp<'a>, usize),
    Incomplete,
}

/// Parses one route operation from the front of `buf` (see the client parser for the
/// conventions); `max_payload` bounds a message's size.
pub fn parse(buf: &[u8], max_payload: usize) -> Result<RouteParsed<'_>, RouteParseError> {
    parse_link(buf, max_payload, Dialect::Route)
}

/// Parses one operation of a pinned account's route: `RS+`, `RS-`, `RMSG` and `HMSG`
/// name no account (the ops come back with an empty one).
pub fn parse_pinned(buf: &[u8], max_payload: usize) -> Result<RouteParsed<'_>, RouteParseError> {
    parse_link(buf, max_payload, Dialect::PinnedRoute)
}

/// Parses one leaf node operation: `LS+ <subject> [<queue> <weight>]`, `LS- <subject>
/// [<queue>]`, `LMSG`/`HMSG` without an account (the ops come back with an empty one).
pub fn parse_leaf(buf: &[u8], max_payload: usize) -> Result<RouteParsed<'_>, RouteParseError> {
    parse_link(buf, max_payload, Dialect::Leaf)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Route,
    PinnedRoute,
    Leaf,
}

fn parse_link(buf: &[u8], max_payload: usize, dialect: Dialect) -> Result<RouteParsed<'_>, RouteParseError> {
    let leaf = dialect == Dialect::Leaf;
    let Some(nl) = memchr(b'\n', buf) else {
        if buf.len() > MAX_CONTROL_LINE {
            return Err(RouteParseError::MaxControlLine);
        }
        return Ok(RouteParsed::Incomplete);
    };
    if nl > MAX_CONTROL_LINE {
        return Err(RouteParseError::MaxControlLine);
    }
    let line = &buf[..if nl > 0 && buf[nl - 1] == b'\r' { nl - 1 } else { nl }];
    let after = nl + 1;
    let (op, args) = match line.iter().position(|b| *b == b' ' || *b == b'\t') {
        Some(i) => (&line[..i], trim(&line[i + 1..])),
        None => (line, &line[line.len()..]),
    };
    let op = op.to_ascii_uppercase();
    // A leaf node's operations name no account, nor do a pinned route's: an empty one
    // stands in for it.
    let words = || {
        let mut w: SmallVec<[&[u8]; 8]> = SmallVec::new();
        if dialect != Dialect::Route {
            w.push(&line[..0]);
        }
        w.extend(args.split(|b| *b == b' ' || *b == b'\t').filter(|w| !w.is_empty()));
        w
    };
    let op: &[u8] = match (leaf, op.as_slice()) {
        (true, b"LS+") => b"RS+",
        (true, b"LS-") => b"RS-",
        (true, b"LMSG") => b"RMSG",
        (true, b"RS+" | b"RS-" | b"RMSG") => b"?",
        (false, b"LS+" | b"LS-" | b"LMSG") => b"?",
        _ => &op,
    };
    let done = |op| Ok(RouteParsed::Op(op, after));
    match op {
        b"PING" => done(RouteOp::Ping),
        b"PONG" => done(RouteOp::Pong),
        b"+OK" => done(RouteOp::Ok),
        b"-ERR" => done(RouteOp::Err(args)),
        b"INFO" => done(RouteOp::Info(args)),
        b"CONNECT" => done(RouteOp::Connect(args)),
        b"RS+" => match words().as_slice() {
            [account, subject] => done(RouteOp::Sub { account, subject, queue: None }),
            [account, subject, queue, weight] => {
                let weight = decimal(weight).ok_or(RouteParseError::BadArguments)? as u32;
                done(RouteOp::Sub { account, subject, queue: Some((queue, weight)) })
            }
            // A weight left out counts as one member.
            [account, subject, queue] => done(RouteOp::Sub { account, subject, queue: Some((queue, 1)) }),
            _ => Err(RouteParseError::BadArguments),
        },
        b"A+" | b"A-" if !leaf => match words().as_slice() {
            [account] => done(RouteOp::AccountInterest { account, any: op == b"A+" }),
            _ => Err(RouteParseError::BadArguments),
        },
        b"RS-" => match words().as_slice() {
            [account, subject] => done(RouteOp::Unsub { account, subject, queue: None }),
            [account, subject, queue] => done(RouteOp::Unsub { account, subject, queue: Some(queue) }),
            _ => Err(RouteParseError::BadArguments),
        },
        b"RMSG" | b"HMSG" => {
            let with_headers = op == b"HMSG";
            let w = words();
            let sizes = if with_headers { 2 } else { 1 };
            if w.len() < 2 + sizes {
                return Err(RouteParseError::BadArguments);
            }
            let (account, subject) = (w[0], w[1]);
            let middle = &w[2..w.len() - sizes];
            let total = decimal(w[w.len() - 1]).ok_or(RouteParseError::BadArguments)?;
            let header_len = if with_headers { decimal(w[w.len() - 2]).ok_or(RouteParseError::BadArguments)? } else { 0 };
            if header_len > total {
                return Err(RouteParseError::BadArguments);
            }
            let span = |names: &[&[u8]]| match (names.first(), names.last()) {
                (Some(first), Some(last)) => {
                    let start = first.as_ptr() as usize - line.as_ptr() as usize;
                    let end = last.as_ptr() as usize - line.as_ptr() as usize + last.len();
                    &line[start..end]
                }
                _ => &line[..0],
            };
            let (reply, queues) = match middle {
                [] => (None, None),
                [reply] if *reply != b"+" && *reply != b"|" => (Some(*reply), None),
                [plus, reply, names @ ..] if *plus == b"+" => (Some(*reply), Some(span(names))),
                [bar, names @ ..] if *bar == b"|" => (None, Some(span(names))),
                _ => return Err(RouteParseError::BadArguments),
            };
            if total > max_payload {
                return Err(RouteParseError::MaxPayload);
            }
            let end = after + total;
            if buf.len() < end + 2 {
                return Ok(RouteParsed::Incomplete);
            }
            if &buf[end..end + 2] != b"\r\n" {
                return Err(RouteParseError::PayloadTerminator);
            }
            let message = &buf[after..end];
            done_at(RouteOp::Msg { account, subject, reply, queues, message, header_len }, end + 2)
        }
        _ => Err(RouteParseError::UnknownOperation),
    }
}

fn done_at(op: RouteOp<'_>, used: usize) -> Result<RouteParsed<'_>, RouteParseError> {
    Ok(RouteParsed::Op(op, used))
}

fn trim(b: &[u8]) -> &[u8] {
    let start = b.iter().position(|c| !c.is_ascii_whitespace()).unwrap_or(b.len());
    let end = b.iter().rposition(|c| !c.is_ascii_whitespace()).map_or(start, |e| e + 1);
    &b[start..end]
}

fn decimal(b: &[u8]) -> Option<usize> {
    if b.is_empty() || b.len() > 18 || !b.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(b.iter().fold(0usize, |n, d| n * 10 + (d - b'0') as usize))
}

/// True when `name` is one of the space-separated `queues`.
pub fn names_queue(queues: &[u8], name: &[u8]) -> bool {
    queues.split(|b| *b == b' ').any(|q| q == name)
}

/// Writes one message for another server into `buf`, framed as `frame` says: `RMSG
/// <account> ...` for a route or a gateway, `RMSG ...` for a pinned account's route,
/// `LMSG ...` for a leaf node (bound to one account), `HMSG` for each with headers. `queues` are the queue groups the receiving server is to
/// deliver to (one member each) besides its plain subscribers.
pub fn write_msg(
    buf: &mut Vec<u8>,
    frame: Frame<'_>,
    subject: &[u8],
    reply: Option<&[u8]>,
    queues: &[&[u8]],
    message: &[u8],
    header_len: usize,
) {
    let queue_len: usize = queues.iter().map(|q| q.len() + 1).sum();
    let account = match frame {
        Frame::Route(account) => Some(account),
        Frame::PinnedRoute | Frame::Leaf => None,
    };
    buf.reserve(account.map_or(0, <[u8]>::len) + subject.len() + reply.map_or(0, |r| r.len() + 1) + queue_len + message.len() + 48);
    buf.extend_from_slice(match (header_len > 0, frame) {
        (true, _) => b"HMSG ",
        (false, Frame::Leaf) => b"LMSG ",
        (false, _) => b"RMSG ",
    });
    if let Some(account) = account {
        buf.extend_from_slice(account);
        buf.push(b' ');
    }
    buf.extend_from_slice(subject);
    buf.push(b' ');
    match (reply, queues.is_empty()) {
        (Some(reply), true) => {
            buf.extend_from_slice(reply);
            buf.push(b' ');
        }
        (Some(reply), false) => {
            buf.extend_from_slice(b"+ ");
            buf.extend_from_slice(reply);
            buf.push(b' ');
        }
        (None, false) => buf.extend_from_slice(b"| "),
        (None, true) => {}
    }
    for q in queues {
        buf.extend_from_slice(q);
        buf.push(b' ');
    }
    if header_len > 0 {
        push_decimal(buf, header_len as u64);
        buf.push(b' ');
    }
    push_decimal(buf, message.len() as u64);
    buf.extend_from_slice(b"\r\n");
    buf.extend_from_slice(message);
    buf.extend_from_slice(b"\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(text: &[u8]) -> RouteOp<'_> {
        match parse(text, 1 << 20).unwrap() {
            RouteParsed::Op(op, used) => {
                assert_eq!(used, text.len());
                op
            }
            RouteParsed::Incomplete => panic!("incomplete: {}", String::from_utf8_lossy(text)),
        }
    }

    #[test]
    fn every_message_form_round_trips() {
        type Case<'a> = (Option<&'a [u8]>, &'a [&'a [u8]], usize);
        let cases: [Case; 4] = [(None, &[], 0), (Some(b"_INBOX.1"), &[], 0), (Some(b"r"), &[b"q1", b"q2"], 3), (None, &[b"q"], 0)];
        for (reply, queues, header_len) in cases {
            let mut buf = Vec::new();
            write_msg(&mut buf, Frame::Route(b"$G"), b"foo.bar", reply, queues, b"H: \r\nbody", header_len);
            let joined = queues.join(&b' ');
            let expected = RouteOp::Msg {
                account: b"$G",
                subject: b"foo.bar",
                reply,
                queues: (!queues.is_empty()).then_some(joined.as_slice()),
                message: b"H: \r\nbody",
                header_len,
            };
            assert_eq!(op(&buf), expected, "{}", String::from_utf8_lossy(&buf));
        }
    }

    #[test]
    fn interest_lines_and_errors() {
        assert_eq!(op(b"RS+ A foo.* q 3\r\n"), RouteOp::Sub { account: b"A", subject: b"foo.*", queue: Some((b"q", 3)) });
        assert_eq!(op(b"RS- A foo\r\n"), RouteOp::Unsub { account: b"A", subject: b"foo", queue: None });
        assert!(matches!(parse(b"RS+ A\r\n", 10), Err(RouteParseError::BadArguments)));
        assert!(matches!(parse(b"RMSG A b 20\r\n", 10), Err(RouteParseError::MaxPayload)));
        assert!(matches!(parse(b"RMSG A b 2\r\nhiX\n", 10), Err(RouteParseError::PayloadTerminator)));
        assert!(matches!(parse(b"RMSG A b 5\r\nhi", 10), Ok(RouteParsed::Incomplete)));
        assert!(matches!(parse(b"BOGUS\r\n", 10), Err(RouteParseError::UnknownOperation)));
        assert!(names_queue(b"a bb c", b"bb") && !names_queue(b"a bb c", b"b"));
        // Leaf node operations carry no account.
        let leaf = |text: &'static [u8]| match parse_leaf(text, 100).unwrap() {
            RouteParsed::Op(op, _) => op,
            RouteParsed::Incomplete => panic!("incomplete"),
        };
        assert_eq!(leaf(b"LS+ foo q 2\r\n"), RouteOp::Sub { account: b"", subject: b"foo", queue: Some((b"q", 2)) });
        assert_eq!(
            leaf(b"LMSG foo + _INBOX.1 q 2\r\nhi\r\n"),
            RouteOp::Msg { account: b"", subject: b"foo", reply: Some(b"_INBOX.1"), queues: Some(b"q"), message: b"hi", header_len: 0 }
        );
        let mut buf = Vec::new();
        write_msg(&mut buf, Frame::Leaf, b"foo", None, &[], b"hi", 0);
        assert_eq!(buf, b"LMSG foo 2\r\nhi\r\n");
        assert!(matches!(parse_leaf(b"RS+ A foo\r\n", 10), Err(RouteParseError::UnknownOperation)));
    }
}
