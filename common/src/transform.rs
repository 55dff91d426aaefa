//! Subject transforms (subject `mappings`, stream `subject_transform`, source and mirror
//! `subject_transforms`, `republish`, import `to`): a source pattern with wildcards and a
//! destination built from its tokens.
//!
//! Destination tokens are literals, a trailing `>`, `$N`, or one of nats-server's mapping
//! functions in `{{...}}`: `wildcard(N)`, `partition(BUCKETS[, N...])` (FNV-1a of the
//! tokens, modulo BUCKETS), `split(N, DELIM)`, `splitFromLeft(N, POS)`,
//! `splitFromRight(N, POS)`, `sliceFromLeft(N, SIZE)`, `sliceFromRight(N, SIZE)`,
//! `left(N, LEN)`, `right(N, LEN)` and `random(BUCKETS)`. `N` counts the source's `*`
//! tokens from 1.
//!
//! Validation and output follow nats-server's `subject_transform.go`
//! (`NewSubjectTransformWithStrict`, `TransformTokenizedSubject`) and `ValidateMapping`,
//! with their error texts.

use crate::subject;

#[derive(Clone, Debug)]
pub struct Transform {
    src: String,
    src_tokens: usize,
    dest: Vec<Part>,
}

/// One destination token. Token positions are 0-based positions in the subject.
#[derive(Clone, Debug)]
enum Part {
    Literal(String),
    /// A source token, as it is (`$N`, `{{wildcard(N)}}`).
    Token(usize),
    /// Everything the source's `>` matched.
    Rest,
    /// FNV-1a 32 of the named tokens joined without a separator (of the whole subject
    /// when none are named), modulo `buckets`.
    Partition {
        buckets: i32,
        tokens: Vec<usize>,
    },
    SplitFromLeft(usize, i32),
    SplitFromRight(usize, i32),
    SliceFromLeft(usize, i32),
    SliceFromRight(usize, i32),
    Left(usize, i32),
    Right(usize, i32),
    Split(usize, String),
    Random(i32),
}

/// nats-server's `ErrBadSubject`.
const BAD_SUBJECT: &str = "invalid subject";

const NOT_ENOUGH_ARGS: &str = "invalid mapping destination: not enough arguments passed to the function";
const TOO_MANY_ARGS: &str = "invalid mapping destination: too many arguments passed to the function";
const INVALID_ARG: &str = "invalid mapping destination: function argument is invalid or in the wrong format";
const UNKNOWN_FUNCTION: &str = "invalid mapping destination: unknown function";
const OUT_OF_RANGE: &str = "invalid mapping destination: wildcard index out of range";
const IMPORT_ONLY_WILDCARD: &str = "invalid mapping destination: the only mapping function allowed for import transforms is {{Wildcard()}}";
const NOT_ALL_WILDCARDS: &str = "invalid mapping destination: not using all of the token wildcard(s)";

/// The mapping functions, spelt as nats-server's regular expressions accept them: each
/// word's first letter in either case, the rest as written.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Function {
    Wildcard,
    Partition,
    SplitFromLeft,
    SplitFromRight,
    SliceFromLeft,
    SliceFromRight,
    Split,
    Left,
    Right,
    Random,
}

const FUNCTIONS: &[(&str, Function)] = &[
    ("wildcard", Function::Wildcard),
    ("partition", Function::Partition),
    ("splitFromLeft", Function::SplitFromLeft),
    ("splitFromRight", Function::SplitFromRight),
    ("sliceFromLeft", Function::SliceFromLeft),
    ("sliceFromRight", Function::SliceFromRight),
    ("split", Function::Split),
    ("left", Function::Left),
    ("right", Function::Right),
    ("random", Function::Random),
];

impl Function {
    fn named(name: &str) -> Option<Function> {
        let same = |spelt: &str| {
            spelt.len() == name.len()
                && spelt
                    .bytes()
                    .zip(name.bytes())
                    .enumerate()
                    .all(|(i, (s, n))| s == n || ((i == 0 || s.is_ascii_uppercase()) && s.eq_ignore_ascii_case(&n)))
        };
        FUNCTIONS.iter().find(|(spelt, _)| same(spelt)).map(|(_, f)| *f)
    }
}

/// A destination token read: no function (a literal, `>` or a `$` that is not a
/// number), or a function with its wildcard-number arguments and its other argument.
enum Placeholder {
    None,
    Call { function: Function, wildcards: Vec<i64>, int: i32, text: String },
}

/// `{{ name(args) }}` split into the name and the arguments, as nats-server's
/// expressions do (`,\s*` between arguments), or `None` when it is not that shape.
fn call(token: &str) -> Option<(&str, Vec<&str>)> {
    let inner = token.strip_prefix("{{")?.strip_suffix("}}")?.trim();
    let (name, rest) = inner.split_once('(')?;
    let args = rest.trim_end().strip_suffix(')')?;
    let mut list = Vec::new();
    for (i, arg) in args.split(',').enumerate() {
        list.push(if i == 0 { arg } else { arg.trim_start() });
    }
    Some((name.trim(), list))
}

/// Go's `strconv.Atoi` after `strings.Trim(arg, " ")`.
fn int(arg: &str) -> Option<i64> {
    arg.trim_matches(' ').parse().ok()
}

/// nats-server's `indexPlaceHolders`: what a destination token asks for.
fn placeholder(token: &str) -> Result<Placeholder, String> {
    let bad = |why: &str| Err(format!("{why} in {token}"));
    if let Some(n) = token.strip_prefix('$').filter(|n| !n.is_empty()) {
        // Other `$` tokens are literal, as in nats-server.
        return Ok(match n.parse() {
            Ok(n) => Placeholder::Call { function: Function::Wildcard, wildcards: vec![n], int: -1, text: String::new() },
            Err(_) => Placeholder::None,
        });
    }
    if token.len() <= 4 || !token.starts_with("{{") || !token.ends_with("}}") {
        return Ok(Placeholder::None);
    }
    let Some((function, args)) = call(token).and_then(|(name, args)| Some((Function::named(name)?, args))) else {
        return bad(UNKNOWN_FUNCTION);
    };
    let call = |wildcards: Vec<i64>, int: i32, text: &str| Ok(Placeholder::Call { function, wildcards, int, text: text.to_string() });
    match function {
        Function::Wildcard => match args.as_slice() {
            [""] => bad(NOT_ENOUGH_ARGS),
            [n] => match int(n) {
                Some(n) => call(vec![n], -1, ""),
                None => bad(INVALID_ARG),
            },
            _ => bad(TOO_MANY_ARGS),
        },
        Function::Partition => {
            let Some(buckets) = int(args[0]).filter(|b| *b <= i64::from(i32::MAX)) else { return bad(INVALID_ARG) };
            let Some(wildcards) = args[1..].iter().map(|a| int(a)).collect::<Option<Vec<i64>>>() else { return bad(INVALID_ARG) };
            call(wildcards, buckets as i32, "")
        }
        Function::Random => match args.as_slice() {
            [n] => match int(n).filter(|b| *b <= i64::from(i32::MAX)) {
                Some(n) => call(Vec::new(), n as i32, ""),
                None => bad(INVALID_ARG),
            },
            _ => bad(NOT_ENOUGH_ARGS),
        },
        Function::Split => match args.as_slice() {
            [_] => bad(NOT_ENOUGH_ARGS),
            [n, delimiter] => match int(n) {
                Some(n) if !delimiter.contains([' ', '.']) => call(vec![n], -1, delimiter),
                _ => bad(INVALID_ARG),
            },
            _ => bad(TOO_MANY_ARGS),
        },
        _ => match args.as_slice() {
            [_] => bad(NOT_ENOUGH_ARGS),
            [n, size] => match (int(n), size.trim_matches(' ').parse::<i32>()) {
                (Some(n), Ok(size)) => call(vec![n], size, ""),
                _ => bad(INVALID_ARG),
            },
            _ => bad(TOO_MANY_ARGS),
        },
    }
}

/// The tokens of a subject, the count of its `*`, and whether it ends in `>`
/// (nats-server's `subjectInfo`, which allows spaces: a destination's function
/// arguments may have them); `None` for an empty token or one after `>`.
fn subject_info(subject_text: &str) -> Option<(Vec<&str>, usize, bool)> {
    let tokens: Vec<&str> = subject_text.split('.').collect();
    let rest_at = tokens.iter().position(|t| *t == ">");
    if tokens.iter().any(|t| t.is_empty()) || rest_at.is_some_and(|at| at + 1 != tokens.len()) {
        return None;
    }
    let stars = tokens.iter().filter(|t| **t == "*").count();
    Some((tokens, stars, rest_at.is_some()))
}

impl Transform {
    /// nats-server's `NewSubjectTransform`: `src` empty means every subject (`>`). Both
    /// must be valid subjects, the destination without `*`, and with `>` exactly when
    /// the source has it; wildcard references must exist in the source, and a literal
    /// source allows only `partition` and `random`.
    pub fn new(src: &str, dest: &str) -> Result<Transform, String> {
        Transform::build(src, dest, false)
    }

    /// nats-server's `NewSubjectTransformStrict`, for imports, whose transform must be
    /// reversible: only `$N`/`wildcard(N)`, and every source wildcard used.
    pub fn strict(src: &str, dest: &str) -> Result<Transform, String> {
        Transform::build(src, dest, true)
    }

    fn build(src: &str, dest: &str, strict: bool) -> Result<Transform, String> {
        let src = if src.is_empty() { ">" } else { src };
        let (Some((src_tokens, stars, src_rest)), Some((dest_tokens, dest_stars, dest_rest))) = (subject_info(src), subject_info(dest))
        else {
            return Err(BAD_SUBJECT.into());
        };
        if dest_stars > 0 || src_rest != dest_rest {
            return Err(BAD_SUBJECT.into());
        }
        // Position in the subject of the n-th `*` (1-based); nats-server reads a missing
        // entry (0 or a negative number) as position 0.
        let star_positions: Vec<usize> = src_tokens.iter().enumerate().filter(|(_, t)| **t == "*").map(|(i, _)| i).collect();
        let position = |n: i64| if n >= 1 { star_positions.get(n as usize - 1).copied().unwrap_or(0) } else { 0 };
        let wildcard_source = stars > 0 || src_rest;
        let mut parts = Vec::new();
        let mut used = 0;
        for token in &dest_tokens {
            let Placeholder::Call { function, wildcards, int, text } = placeholder(token)? else {
                parts.push(if *token == ">" { Part::Rest } else { Part::Literal(token.to_string()) });
                continue;
            };
            if !wildcard_source {
                parts.push(match function {
                    Function::Random => Part::Random(int),
                    Function::Partition => Part::Partition { buckets: int, tokens: Vec::new() },
                    _ => return Err(format!("{OUT_OF_RANGE} in {token}")),
                });
                continue;
            }
            if strict && function != Function::Wildcard {
                return Err(format!("{IMPORT_ONLY_WILDCARD} in {token}"));
            }
            if let Some(n) = wildcards.iter().find(|n| **n > stars as i64) {
                return Err(format!("{OUT_OF_RANGE} in {token}: [{n}]"));
            }
            used += wildcards.len();
            let at = wildcards.first().map_or(0, |n| position(*n));
            parts.push(match function {
                Function::Wildcard => Part::Token(at),
                Function::Partition => Part::Partition { buckets: int, tokens: wildcards.iter().map(|n| position(*n)).collect() },
                Function::SplitFromLeft => Part::SplitFromLeft(at, int),
                Function::SplitFromRight => Part::SplitFromRight(at, int),
                Function::SliceFromLeft => Part::SliceFromLeft(at, int),
                Function::SliceFromRight => Part::SliceFromRight(at, int),
                Function::Left => Part::Left(at, int),
                Function::Right => Part::Right(at, int),
                Function::Split => Part::Split(at, text),
                Function::Random => Part::Random(int),
            });
        }
        if strict && wildcard_source && used < stars {
            return Err(format!("{NOT_ALL_WILDCARDS} in {dest}"));
        }
        Ok(Transform { src: src.to_string(), src_tokens: src_tokens.len(), dest: parts })
    }

    /// nats-server's `ValidateMapping`: a transform for a mapping, a stream or a source.
    /// An empty destination is no transform (`Ok(None)`).
    pub fn validated(src: &str, dest: &str) -> Result<Option<Transform>, String> {
        if dest.is_empty() {
            return Ok(None);
        }
        let mut after_rest = false;
        for token in dest.split('.') {
            if token.is_empty() || after_rest {
                // nats-server names the token, unless it is empty.
                return Err(match token {
                    "" => "invalid mapping destination: invalid transform".to_string(),
                    _ => format!("invalid mapping destination: invalid transform in {token}"),
                });
            }
            if token.len() > 4 && token.starts_with("{{") && token.ends_with("}}") {
                match call(token).and_then(|(name, _)| Function::named(name)) {
                    None => return Err(format!("{UNKNOWN_FUNCTION} in {token}")),
                    Some(_) => continue,
                }
            }
            if token == ">" {
                after_rest = true;
            } else if token.contains(['\t', '\n', '\x0c', '\r', ' ']) {
                return Err("invalid mapping destination: invalid transform".into());
            }
        }
        Transform::new(src, dest).map(Some)
    }

    /// The source pattern (`>` when the config left it empty).
    pub fn source(&self) -> &str {
        &self.src
    }

    /// The destination for `subject`, or `None` when the source pattern does not match.
    /// A function that cuts a token inside a multi-byte character leaves the halves as
    /// they are, as nats-server does; here they are shown as U+FFFD (see `apply_bytes`).
    pub fn apply(&self, subject_text: &str) -> Option<String> {
        self.apply_bytes(subject_text.as_bytes())
            .map(|b| String::from_utf8(b).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()))
    }

    /// `apply` on the bytes of a subject (NATS subjects are bytes; nats-server cuts and
    /// slices them byte by byte).
    pub fn apply_bytes(&self, subject: &[u8]) -> Option<Vec<u8>> {
        if !subject::matches(self.src.as_bytes(), subject) {
            return None;
        }
        let tokens: Vec<&[u8]> = subject.split(|b| *b == b'.').collect();
        let mut out = Vec::with_capacity(subject.len() + 16);
        for (i, part) in self.dest.iter().enumerate() {
            if i > 0 {
                out.push(b'.');
            }
            let token = |at: &usize| tokens.get(*at).copied().unwrap_or(b"");
            match part {
                Part::Literal(s) => out.extend_from_slice(s.as_bytes()),
                Part::Rest => out.extend_from_slice(&tokens[self.src_tokens - 1..].join(&b'.')),
                Part::Token(at) => out.extend_from_slice(token(at)),
                Part::Partition { buckets, tokens: named } => {
                    let hash =
                        if named.is_empty() { fnv1a(subject) } else { named.iter().fold(FNV_OFFSET, |h, at| fnv1a_more(h, token(at))) };
                    match *buckets {
                        0 => out.push(b'0'),
                        b => out.extend_from_slice((hash % b as u32).to_string().as_bytes()),
                    }
                }
                Part::SplitFromLeft(at, pos) => split_at(&mut out, token(at), *pos, |_, pos| pos),
                Part::SplitFromRight(at, pos) => split_at(&mut out, token(at), *pos, |len, pos| len - pos),
                Part::SliceFromLeft(at, size) => slice_from_left(&mut out, token(at), *size),
                Part::SliceFromRight(at, size) => slice_from_right(&mut out, token(at), *size),
                Part::Left(at, size) => {
                    let t = token(at);
                    out.extend_from_slice(if *size > 0 && (*size as usize) < t.len() { &t[..*size as usize] } else { t });
                }
                Part::Right(at, size) => {
                    let t = token(at);
                    out.extend_from_slice(if *size > 0 && (*size as usize) < t.len() { &t[t.len() - *size as usize..] } else { t });
                }
                Part::Split(at, delimiter) => split(&mut out, token(at), delimiter.as_bytes()),
                Part::Random(buckets) => match *buckets {
                    0 => out.push(b'0'),
                    b => out.extend_from_slice((random31() % b.unsigned_abs()).to_string().as_bytes()),
                },
            }
        }
        Some(out)
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;

fn fnv1a_more(mut hash: u32, bytes: &[u8]) -> u32 {
    for b in bytes {
        hash ^= u32::from(*b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

/// FNV-1a, 32 bits (Go's `hash/fnv.New32a`).
fn fnv1a(bytes: &[u8]) -> u32 {
    fnv1a_more(FNV_OFFSET, bytes)
}

/// A token cut in two at `cut(len, pos)` when `pos` is inside it; otherwise as it is.
fn split_at(out: &mut Vec<u8>, token: &[u8], pos: i32, cut: impl Fn(usize, usize) -> usize) {
    if pos > 0 && (pos as usize) < token.len() {
        let at = cut(token.len(), pos as usize);
        out.extend_from_slice(&token[..at]);
        out.push(b'.');
        out.extend_from_slice(&token[at..]);
    } else {
        out.extend_from_slice(token);
    }
}

/// Slices of `size` bytes from the left, the remainder last.
fn slice_from_left(out: &mut Vec<u8>, token: &[u8], size: i32) {
    if size <= 0 || size as usize >= token.len() {
        out.extend_from_slice(token);
        return;
    }
    out.extend_from_slice(&token.chunks(size as usize).collect::<Vec<_>>().join(&b'.'));
}

/// Slices of `size` bytes from the right, the remainder first.
fn slice_from_right(out: &mut Vec<u8>, token: &[u8], size: i32) {
    if size <= 0 || size as usize >= token.len() {
        out.extend_from_slice(token);
        return;
    }
    let size = size as usize;
    let remainder = token.len() % size;
    let mut pieces: Vec<&[u8]> = Vec::new();
    if remainder > 0 {
        pieces.push(&token[..remainder]);
    }
    pieces.extend(token[remainder..].chunks(size));
    out.extend_from_slice(&pieces.join(&b'.'));
}

/// nats-server's `split`: the token's pieces around `delimiter` as tokens, empty pieces
/// left out. An empty delimiter splits between characters, as Go's `strings.Split`.
fn split(out: &mut Vec<u8>, token: &[u8], delimiter: &[u8]) {
    let pieces: Vec<&[u8]> = if delimiter.is_empty() {
        match std::str::from_utf8(token) {
            Ok(text) => text.char_indices().map(|(i, c)| &token[i..i + c.len_utf8()]).collect(),
            Err(_) => token.chunks(1).collect(),
        }
    } else {
        let mut pieces = Vec::new();
        let mut rest = token;
        while let Some(at) = rest.windows(delimiter.len()).position(|w| w == delimiter) {
            pieces.push(&rest[..at]);
            rest = &rest[at + delimiter.len()..];
        }
        pieces.push(rest);
        pieces
    };
    for (j, piece) in pieces.iter().enumerate() {
        out.extend_from_slice(piece);
        if j + 1 < pieces.len() && !pieces[j + 1].is_empty() && !(j == 0 && piece.is_empty()) {
            out.push(b'.');
        }
    }
}

/// A random number below 2^31 (the `random()` function), from a per-thread xorshift
/// seeded by the standard library's random hasher keys.
fn random31() -> u32 {
    use std::cell::Cell;
    use std::hash::{BuildHasher, RandomState};
    thread_local! {
        static STATE: Cell<u64> = Cell::new(RandomState::new().hash_one(0u64) | 1);
    }
    STATE.with(|s| {
        let mut x = s.get();
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        s.set(x);
        (x >> 33) as u32
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transforms() {
        let t = Transform::new("foo.*.*", "bar.{{wildcard(2)}}.$1").unwrap();
        assert_eq!(t.apply("foo.a.b").as_deref(), Some("bar.b.a"));
        assert_eq!(t.apply("nope.a.b"), None);
        let t = Transform::new("", "copy.>").unwrap();
        assert_eq!(t.apply("x.y").as_deref(), Some("copy.x.y"));
        let t = Transform::new("a.*", "b.{{Wildcard(1)}}").unwrap();
        assert_eq!(t.apply("a.x").as_deref(), Some("b.x"));
    }

    #[test]
    fn nats_server_errors() {
        let err = |src: &str, dest: &str| Transform::validated(src, dest).unwrap_err();
        assert_eq!(err("e.*", "f.>"), "invalid subject", "a > in the destination needs one in the source");
        assert_eq!(err("e.>", "f.x"), "invalid subject", "and the other way round");
        assert_eq!(err("e.*", "f.*"), "invalid subject", "no * in a destination");
        assert_eq!(err("foo.*", "bar.$2"), "invalid mapping destination: wildcard index out of range in $2: [2]");
        assert_eq!(err("foo", "bar.{{wildcard(1)}}"), "invalid mapping destination: wildcard index out of range in {{wildcard(1)}}");
        assert_eq!(err("foo.*", "bar.{{nope(1)}}"), "invalid mapping destination: unknown function in {{nope(1)}}");
        assert_eq!(err("foo.*", "bar..x"), "invalid mapping destination: invalid transform");
        assert!(Transform::validated("foo.*", "bar.{{left(1,2)}}").is_ok(), "nats-server 2.15.1 takes left() in streams too");
        assert_eq!(err("j.*.>", "J.>.$1"), "invalid mapping destination: invalid transform in $1");
        assert!(Transform::validated("foo.*", "").unwrap().is_none(), "no destination, no transform");
    }

    /// nats-server's `TestSubjectTransforms` table.
    #[test]
    fn mapping_functions() {
        let apply = |src: &str, dest: &str, subject: &str| Transform::new(src, dest).unwrap().apply(subject).unwrap();
        assert_eq!(apply("", "prefix.>", "foo"), "prefix.foo");
        assert_eq!(apply("foo.*.bar.*.baz", "req.{{wildcard(2)}}.{{wildcard(1)}}", "foo.A.bar.B.baz"), "req.B.A");
        assert_eq!(apply("baz.>", "my.pre.>", "baz.1.2.3"), "my.pre.1.2.3");
        assert_eq!(apply("*", "foo.bar.$1", "foo"), "foo.bar.foo");
        assert_eq!(apply("*", "{{splitfromleft(1,3)}}", "12345"), "123.45");
        assert_eq!(apply("*", "{{SplitFromRight(1,3)}}", "12345"), "12.345");
        assert_eq!(apply("*", "{{SliceFromLeft(1,3)}}", "1234567890"), "123.456.789.0");
        assert_eq!(apply("*", "{{SliceFromRight(1,3)}}", "1234567890"), "1.234.567.890");
        assert_eq!(apply("*", "{{split(1,-)}}", "-abc-def--ghi-"), "abc.def.ghi");
        assert_eq!(apply("*", "{{split(1,-)}}", "abc-def--ghi-"), "abc.def.ghi");
        assert_eq!(apply("*.*", "{{split(2,-)}}.{{splitfromleft(1,2)}}", "foo.-abc-def--ghij-"), "abc.def.ghij.fo.o");
        assert_eq!(apply("*", "{{right(1,3)}}", "1234"), "234");
        assert_eq!(apply("*", "{{right(1,6)}}", "1234"), "1234");
        assert_eq!(apply("*", "{{left(1,1)}}", "1234"), "1");
        assert_eq!(apply("*", "{{left(1,6)}}", "1234"), "1234");
        assert_eq!(apply("*", "bar.{{partition(0)}}", "baz"), "bar.0");
        assert_eq!(apply("*", "bar.{{partition(10, 0)}}", "foo"), "bar.3");
        assert_eq!(apply("*.*", "bar.{{partition(10)}}", "foo.bar"), "bar.6");
        assert_eq!(apply("*", "bar.{{partition(10)}}", "foo"), "bar.3");
        assert_eq!(apply("*", "bar.{{partition(10)}}", "baz"), "bar.0");
        assert_eq!(apply("*", "bar.{{partition(10)}}", "qux"), "bar.9");
        assert_eq!(apply("*", "bar.{{random(0)}}", "qux"), "bar.0");
        assert_eq!(apply("foo.bar", "baz.{{partition(10)}}", "foo.bar"), "baz.6");
        assert_eq!(apply("foo.baz", "qux.{{partition(10)}}", "foo.baz"), "qux.4");
        assert_eq!(apply("test.subject", "result.{{partition(5)}}", "test.subject"), "result.0");
        assert_eq!(apply("foo.*.*", "foo.{{wildcard(1)}}.{{wildcard(2)}}.{{partition(5,1,2)}}", "foo.a.b").len(), "foo.a.b.0".len());
        let mut seen = [false; 6];
        for _ in 0..1000 {
            let out = apply("*", "bar.{{random(6)}}", "qux");
            seen[out["bar.".len()..].parse::<usize>().unwrap()] = true;
        }
        assert_eq!(seen, [true; 6], "random(6) reaches every bucket");
    }

    #[test]
    fn mapping_function_errors() {
        let err = |src: &str, dest: &str| Transform::new(src, dest).unwrap_err();
        let strict = |src: &str, dest: &str| Transform::strict(src, dest).unwrap_err();
        assert_eq!(strict("foo.*.*", "bar.$2"), "invalid mapping destination: not using all of the token wildcard(s) in bar.$2");
        assert_eq!(strict("foo.*", "foo.$foo"), "invalid mapping destination: not using all of the token wildcard(s) in foo.$foo");
        assert_eq!(
            strict("foo.*", "bar.{{Partition(2,1)}}"),
            "invalid mapping destination: the only mapping function allowed for import transforms is {{Wildcard()}} in {{Partition(2,1)}}"
        );
        assert!(Transform::strict("foo.*", "bar.{{Wildcard(1)}}").is_ok());
        assert_eq!(err("foo.*", "foo.{{wildcard(2)}}"), "invalid mapping destination: wildcard index out of range in {{wildcard(2)}}: [2]");
        assert_eq!(err("foo.*", "foo.{{unimplemented(1)}}"), "invalid mapping destination: unknown function in {{unimplemented(1)}}");
        assert_eq!(
            err("foo.*", "foo.{{partition()}}"),
            "invalid mapping destination: function argument is invalid or in the wrong format in {{partition()}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{random()}}"),
            "invalid mapping destination: function argument is invalid or in the wrong format in {{random()}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{random(1,2)}}"),
            "invalid mapping destination: not enough arguments passed to the function in {{random(1,2)}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{wildcard(foo)}}"),
            "invalid mapping destination: function argument is invalid or in the wrong format in {{wildcard(foo)}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{wildcard()}}"),
            "invalid mapping destination: not enough arguments passed to the function in {{wildcard()}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{wildcard(1,2)}}"),
            "invalid mapping destination: too many arguments passed to the function in {{wildcard(1,2)}}"
        );
        assert_eq!(err("foo.*", "foo.{{ wildcard5) }}"), "invalid mapping destination: unknown function in {{ wildcard5) }}");
        assert_eq!(err("foo.*", "foo.{{splitLeft(2,2}}"), "invalid mapping destination: unknown function in {{splitLeft(2,2}}");
        assert_eq!(
            err("foo.*", "foo.{{WILDCARD(1)}}"),
            "invalid mapping destination: unknown function in {{WILDCARD(1)}}",
            "nats-server's spelling"
        );
        assert_eq!(
            err("foo.*", "foo.{{split(1)}}"),
            "invalid mapping destination: not enough arguments passed to the function in {{split(1)}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{split(1,- )}}"),
            "invalid mapping destination: function argument is invalid or in the wrong format in {{split(1,- )}}"
        );
        assert_eq!(
            err("foo.*", "foo.{{left(1,2,3)}}"),
            "invalid mapping destination: too many arguments passed to the function in {{left(1,2,3)}}"
        );
        assert_eq!(err("foo", "bla.{{wildcard(1)}}"), "invalid mapping destination: wildcard index out of range in {{wildcard(1)}}");
        assert_eq!(err("foo", "bla.{{left(1,1)}}"), "invalid mapping destination: wildcard index out of range in {{left(1,1)}}");
        assert_eq!(
            err("foo.*", &format!("foo.{{{{partition({})}}}}", i64::from(i32::MAX) + 1)),
            format!(
                "invalid mapping destination: function argument is invalid or in the wrong format in {{{{partition({})}}}}",
                i64::from(i32::MAX) + 1
            )
        );
        assert!(Transform::new("foo.*", &format!("foo.{{{{random({})}}}}", i32::MAX)).is_ok());
        assert!(Transform::new("foo.bar", "foo.{{random(5)}}").is_ok(), "a literal source may use random and partition");
    }
}

/// `subject` with each `*` token written as the wildcard reference it stands for (`$1`,
/// `$2`, ...; a trailing `>` stays), as nats-server's `transformTokenize` reads a
/// destination made of the source's own wildcards.
pub fn tokenized(subject: &str) -> String {
    let mut n = 0;
    let tokens: Vec<String> = subject
        .split('.')
        .map(|t| match t {
            "*" => {
                n += 1;
                format!("${n}")
            }
            t => t.to_string(),
        })
        .collect();
    tokens.join(".")
}

/// A subject mapping (nats-server's `mappings`): messages published on `src` (wildcards
/// allowed) are routed to one of the destinations, chosen by weight (percent). Weights
/// that do not add up to 100 leave the rest on the original subject, unless the source
/// is itself one of the destinations (then the rest is dropped, as nats-server does).
#[derive(Clone, Debug)]
pub struct Mapping {
    src: String,
    literal: bool,
    /// Destinations by cumulative weight, ascending.
    dests: Vec<(u8, Transform)>,
}

/// What a mapping does with a subject.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Mapped {
    /// No mapping's source matches: the subject is used as it is.
    Unchanged,
    To(Vec<u8>),
    /// The mapping matched but the roll chose no destination.
    Dropped,
}

impl Mapping {
    /// nats-server's `AddWeightedMappings`, with its error texts. `dests` are
    /// (destination, weight in percent).
    pub fn new(src: &str, dests: &[(String, u8)]) -> Result<Mapping, String> {
        let mut out: Vec<(u8, Transform)> = Vec::new();
        let mut total: u32 = 0;
        let mut seen: Vec<&str> = Vec::new();
        for (dest, weight) in dests {
            if seen.contains(&dest.as_str()) {
                return Err(format!("duplicate entry for {dest:?}"));
            }
            seen.push(dest);
            if *weight > 100 {
                return Err("individual weights need to be <= 100".into());
            }
            total += u32::from(*weight);
            if total > 100 {
                return Err("total weight needs to be <= 100".into());
            }
            // nats-server's AddWeightedMappings validates the destination first.
            out.push((*weight, Transform::validated(src, dest)?.ok_or_else(|| BAD_SUBJECT.to_string())?));
        }
        if total != 100 && !seen.contains(&src) {
            let rest = if dests.is_empty() { 100 } else { 100 - total as u8 };
            out.push((rest, Transform::new(src, &tokenized(src))?));
        }
        out.sort_by_key(|(w, _)| *w);
        let mut cumulative = 0u8;
        for (w, _) in out.iter_mut() {
            *w += cumulative;
            cumulative = *w;
        }
        Ok(Mapping { src: src.to_string(), literal: !subject::has_wildcard(src.as_bytes()), dests: out })
    }

    pub fn source(&self) -> &str {
        &self.src
    }

    /// Does this mapping take `subject`?
    pub fn matches(&self, subject: &[u8]) -> bool {
        if self.literal {
            self.src.as_bytes() == subject
        } else {
            subject::is_subset(subject, self.src.as_bytes())
        }
    }

    /// The destination for `subject` (which `matches`), `roll` being a number below 100
    /// drawn for this message.
    pub fn select(&self, subject: &[u8], roll: u8) -> Mapped {
        match self.dests.iter().find(|(w, _)| roll < *w) {
            Some((_, t)) => t.apply_bytes(subject).map_or(Mapped::Dropped, Mapped::To),
            None => Mapped::Dropped,
        }
    }
}

/// The first of `mappings` that takes `subject` (in configuration order), applied.
pub fn map_subject(mappings: &[Mapping], subject: &[u8], roll: u8) -> Mapped {
    match mappings.iter().find(|m| m.matches(subject)) {
        Some(m) => m.select(subject, roll),
        None => Mapped::Unchanged,
    }
}

#[cfg(test)]
mod mapping_tests {
    use super::*;

    #[test]
    fn weights_and_the_original_subject() {
        let all = Mapping::new("a.*", &[("b.$1".into(), 100)]).unwrap();
        assert_eq!(all.select(b"a.x", 99), Mapped::To(b"b.x".to_vec()));
        let half = Mapping::new("orders", &[("orders.v2".into(), 40)]).unwrap();
        assert_eq!(half.select(b"orders", 0), Mapped::To(b"orders.v2".to_vec()));
        assert_eq!(half.select(b"orders", 39), Mapped::To(b"orders.v2".to_vec()));
        assert_eq!(half.select(b"orders", 40), Mapped::To(b"orders".to_vec()), "the rest stays on the original subject");
        let lossy = Mapping::new("x", &[("x".into(), 50)]).unwrap();
        assert_eq!(lossy.select(b"x", 80), Mapped::Dropped, "the source named itself: the rest is dropped");
        assert_eq!(Mapping::new("x", &[("y".into(), 60), ("z".into(), 50)]).unwrap_err(), "total weight needs to be <= 100");
        assert_eq!(Mapping::new("x", &[("y".into(), 10), ("y".into(), 10)]).unwrap_err(), "duplicate entry for \"y\"");
        let maps = [Mapping::new("a.>", &[("in.>".into(), 100)]).unwrap()];
        assert_eq!(map_subject(&maps, b"a.b.c", 5), Mapped::To(b"in.b.c".to_vec()));
        assert_eq!(map_subject(&maps, b"b", 5), Mapped::Unchanged);
        assert_eq!(tokenized("a.*.b.*.>"), "a.$1.b.$2.>");
    }
}
