//! The nats-server configuration file format.
//!
//! A forgiving HOCON-like syntax: `key: value`, `key = value` and `key value`; maps in
//! `{}` and arrays in `[]`, entries separated by newlines, commas or semicolons; `#`
//! and `//` comments; double-quoted strings with escapes, single-quoted raw strings and
//! bare strings; numbers with size suffixes (`1KB` = 1024, `1K` = 1000); booleans
//! (`true/false/yes/no/on/off`); `$VAR` references resolved from the enclosing maps,
//! then the environment; and `include "file"` relative to the including file.
//!
//! Parsing produces a `Value` tree in which every map entry remembers where it was
//! written, so errors found later (a bad port, an unknown account) still name the
//! file, line and column.

use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Map(Vec<Entry>),
    Array(Vec<Value>),
    String(String),
    Int(i64),
    Float(f64),
    Bool(bool),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub value: Value,
    pub pos: Pos,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Pos {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// `file:line:column` as nats-server prints it. Its lexer counts columns from 1, except
/// on a file's first line, where they start at 0.
impl fmt::Display for Pos {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let column = if self.line == 1 { self.column.saturating_sub(1) } else { self.column };
        write!(f, "{}:{}:{}", self.file, self.line, column)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError {
    pub pos: Pos,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.pos, self.message)
    }
}

impl std::error::Error for ConfigError {}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Map(entries) => entries.iter().rev().find(|e| e.key.eq_ignore_ascii_case(key)).map(|e| &e.value),
            _ => None,
        }
    }
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Map(_) => "map",
            Value::Array(_) => "array",
            Value::String(_) => "string",
            Value::Int(_) => "integer",
            Value::Float(_) => "float",
            Value::Bool(_) => "bool",
        }
    }
}

/// A parsed config file: its top-level map, and the names it used as `$VAR` (a
/// top-level key that is only a variable is not an unknown option).
#[derive(Clone, Debug, PartialEq)]
pub struct Document {
    pub root: Value,
    pub used_variables: Vec<String>,
}

impl Document {
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.root.get(key)
    }
}

/// Parses a config file from disk (resolving includes relative to it).
pub fn parse_file(path: &Path) -> Result<Document, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        pos: Pos { file: path.display().to_string(), line: 0, column: 0 },
        message: format!("error opening config file: {e}"),
    })?;
    let mut parser = Parser::new(&text, path.display().to_string(), path.parent().map(Path::to_path_buf));
    parser.parse_document()
}

/// Parses config text; `name` is used in error positions.
pub fn parse_str(text: &str, name: &str) -> Result<Document, ConfigError> {
    Parser::new(text, name.to_string(), None).parse_document()
}

struct Parser<'a> {
    src: &'a [u8],
    at: usize,
    line: usize,
    line_start: usize,
    file: String,
    dir: Option<PathBuf>,
    /// Maps being built, innermost last, for `$VAR` lookups.
    scopes: Vec<Vec<Entry>>,
    depth: usize,
    include_depth: usize,
    used_variables: Vec<String>,
}

impl<'a> Parser<'a> {
    fn new(text: &'a str, file: String, dir: Option<PathBuf>) -> Self {
        Parser {
            src: text.as_bytes(),
            at: 0,
            line: 1,
            line_start: 0,
            file,
            dir,
            scopes: Vec::new(),
            depth: 0,
            include_depth: 0,
            used_variables: Vec::new(),
        }
    }

    fn pos(&self) -> Pos {
        Pos { file: self.file.clone(), line: self.line, column: self.at - self.line_start + 1 }
    }

    fn err<T>(&self, message: impl Into<String>) -> Result<T, ConfigError> {
        Err(ConfigError { pos: self.pos(), message: message.into() })
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.at).copied()
    }

    fn bump(&mut self) -> Option<u8> {
        let c = self.peek()?;
        self.at += 1;
        if c == b'\n' {
            self.line += 1;
            self.line_start = self.at;
        }
        Some(c)
    }

    /// Skips spaces, tabs and comments; with `newlines` also line breaks.
    fn skip_blank(&mut self, newlines: bool) {
        while let Some(c) = self.peek() {
            match c {
                b' ' | b'\t' | b'\r' => {
                    self.bump();
                }
                b'\n' if newlines => {
                    self.bump();
                }
                b'#' => self.skip_comment(),
                b'/' if self.src.get(self.at + 1) == Some(&b'/') => self.skip_comment(),
                _ => break,
            }
        }
    }

    fn skip_comment(&mut self) {
        while let Some(c) = self.peek() {
            if c == b'\n' {
                break;
            }
            self.bump();
        }
    }

    fn parse_document(&mut self) -> Result<Document, ConfigError> {
        self.scopes.push(Vec::new());
        self.parse_entries(None)?;
        let root = Value::Map(self.scopes.pop().unwrap_or_default());
        Ok(Document { root, used_variables: std::mem::take(&mut self.used_variables) })
    }

    /// Parses `key value` entries into the innermost scope until `close` (or the end).
    fn parse_entries(&mut self, close: Option<u8>) -> Result<(), ConfigError> {
        loop {
            self.skip_blank(true);
            while matches!(self.peek(), Some(b',') | Some(b';')) {
                self.bump();
                self.skip_blank(true);
            }
            match self.peek() {
                None if close.is_none() => return Ok(()),
                None => return self.err("unexpected end of file, expected '}'"),
                Some(c) if Some(c) == close => {
                    self.bump();
                    return Ok(());
                }
                Some(b'}') => return self.err("unexpected '}'"),
                _ => {}
            }
            // nats-server places a quoted key where its text starts, inside the quote.
            let mut pos = self.pos();
            if matches!(self.peek(), Some(b'"' | b'\'')) {
                pos.column += 1;
            }
            let key = self.parse_key()?;
            if key.eq_ignore_ascii_case("include") {
                self.skip_blank(false);
                let target = match self.peek() {
                    Some(b'"') | Some(b'\'') => self.parse_quoted()?,
                    _ => self.parse_bare_word(),
                };
                self.include(&target, &pos)?;
                continue;
            }
            self.skip_blank(false);
            if matches!(self.peek(), Some(b'=') | Some(b':')) {
                self.bump();
                self.skip_blank(false);
            }
            let value = self.parse_value()?;
            self.scopes.last_mut().expect("scope").push(Entry { key, value, pos });
            self.expect_entry_end(close)?;
        }
    }

    fn expect_entry_end(&mut self, close: Option<u8>) -> Result<(), ConfigError> {
        self.skip_blank(false);
        match self.peek() {
            None | Some(b'\n') | Some(b',') | Some(b';') => Ok(()),
            Some(c) if Some(c) == close => Ok(()),
            Some(c) => self.err(format!("expected a new line or ',' after a value, found '{}'", c as char)),
        }
    }

    fn include(&mut self, target: &str, pos: &Pos) -> Result<(), ConfigError> {
        let path = match &self.dir {
            Some(dir) => dir.join(target),
            None => PathBuf::from(target),
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|e| ConfigError { pos: pos.clone(), message: format!("error parsing include file '{}', {e}", path.display()) })?;
        if self.include_depth >= 10 {
            return Err(ConfigError {
                pos: pos.clone(),
                message: format!("includes nested too deeply at '{}' (an include cycle?)", path.display()),
            });
        }
        let mut inner = Parser::new(&text, path.display().to_string(), path.parent().map(Path::to_path_buf));
        inner.include_depth = self.include_depth + 1;
        // Included entries join the scope of the include statement, and see its variables.
        inner.scopes = std::mem::take(&mut self.scopes);
        let result = inner.parse_entries(None);
        self.scopes = std::mem::take(&mut inner.scopes);
        self.used_variables.append(&mut inner.used_variables);
        result
    }

    fn parse_key(&mut self) -> Result<String, ConfigError> {
        match self.peek() {
            Some(b'"') | Some(b'\'') => self.parse_quoted(),
            _ => {
                let start = self.at;
                while let Some(c) = self.peek() {
                    if c.is_ascii_whitespace() || matches!(c, b'=' | b':' | b'{' | b'[' | b'}' | b',' | b';' | b'#') {
                        break;
                    }
                    self.bump();
                }
                if self.at == start {
                    return self.err(format!("expected a key, found '{}'", self.peek().map(|c| c as char).unwrap_or(' ')));
                }
                Ok(String::from_utf8_lossy(&self.src[start..self.at]).into_owned())
            }
        }
    }

    fn parse_value(&mut self) -> Result<Value, ConfigError> {
        self.depth += 1;
        if self.depth > 64 {
            return self.err("configuration nested too deeply");
        }
        let result = match self.peek() {
            None | Some(b'\n') => self.err("expected a value"),
            Some(b'{') => {
                self.bump();
                self.scopes.push(Vec::new());
                let r = self.parse_entries(Some(b'}'));
                let entries = self.scopes.pop().unwrap_or_default();
                r.map(|_| Value::Map(entries))
            }
            Some(b'[') => {
                self.bump();
                self.parse_array()
            }
            Some(b'"') | Some(b'\'') => self.parse_quoted().map(Value::String),
            Some(b'(') => self.parse_block_string(),
            Some(b'$') => self.parse_variable(),
            _ => {
                let word = self.parse_bare_word();
                Ok(bare_value(&word))
            }
        };
        self.depth -= 1;
        result
    }

    fn parse_array(&mut self) -> Result<Value, ConfigError> {
        let mut items = Vec::new();
        loop {
            self.skip_blank(true);
            while self.peek() == Some(b',') {
                self.bump();
                self.skip_blank(true);
            }
            match self.peek() {
                None => return self.err("unexpected end of file, expected ']'"),
                Some(b']') => {
                    self.bump();
                    return Ok(Value::Array(items));
                }
                // Nothing a value can start with (a bare word would be empty).
                Some(c @ (b'}' | b';')) => return self.array_terminator_error(c),
                _ => items.push(self.parse_value()?),
            }
            // After a value: a comma, the end of the array, or the end of the line.
            self.skip_blank(false);
            match self.peek() {
                None | Some(b',' | b']' | b'\n') => {}
                Some(c) => return self.array_terminator_error(c),
            }
        }
    }

    /// nats-server's error for what may not follow (or start) an array value.
    fn array_terminator_error<T>(&self, got: u8) -> Result<T, ConfigError> {
        self.err(format!("Expected an array value terminator \",\" or an array terminator \"]\", but got '{}' instead.", got as char))
    }

    fn parse_quoted(&mut self) -> Result<String, ConfigError> {
        let quote = self.bump().unwrap_or(b'"');
        let mut out = Vec::new();
        loop {
            match self.bump() {
                None | Some(b'\n') => return self.err("unterminated quoted string"),
                Some(c) if c == quote => break,
                Some(b'\\') if quote == b'"' => match self.bump() {
                    Some(b'n') => out.push(b'\n'),
                    Some(b't') => out.push(b'\t'),
                    Some(b'r') => out.push(b'\r'),
                    Some(b'"') => out.push(b'"'),
                    Some(b'\\') => out.push(b'\\'),
                    Some(b'u') => {
                        let hex: Vec<u8> = (0..4).filter_map(|_| self.bump()).collect();
                        let code = std::str::from_utf8(&hex).ok().and_then(|h| u32::from_str_radix(h, 16).ok());
                        match code.and_then(char::from_u32) {
                            Some(ch) => out.extend_from_slice(ch.to_string().as_bytes()),
                            None => return self.err("invalid unicode escape"),
                        }
                    }
                    Some(c) => return self.err(format!("invalid escape character '\\{}'", c as char)),
                    None => return self.err("unterminated quoted string"),
                },
                Some(c) => out.push(c),
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// `( ... )` multi-line block string, as used for PEM blocks and JWTs.
    fn parse_block_string(&mut self) -> Result<Value, ConfigError> {
        self.bump();
        let start = self.at;
        while let Some(c) = self.peek() {
            if c == b')' {
                let text = String::from_utf8_lossy(&self.src[start..self.at]).trim().to_string();
                self.bump();
                return Ok(Value::String(text));
            }
            self.bump();
        }
        self.err("unterminated block string, expected ')'")
    }

    fn parse_variable(&mut self) -> Result<Value, ConfigError> {
        let pos = self.pos();
        self.bump();
        let name = self.parse_bare_word();
        if name.is_empty() {
            return self.err("expected a variable name after '$'");
        }
        self.used_variables.push(name.clone());
        for scope in self.scopes.iter().rev() {
            if let Some(entry) = scope.iter().rev().find(|e| e.key == name) {
                return Ok(entry.value.clone());
            }
        }
        match std::env::var(&name) {
            // Environment values are parsed like bare values, so `PORT=4222` is a number.
            Ok(v) => Ok(bare_value(&v)),
            Err(_) => {
                let message = format!("variable reference for '{name}' on line {} can not be found", pos.line);
                Err(ConfigError { pos, message })
            }
        }
    }

    fn parse_bare_word(&mut self) -> String {
        let start = self.at;
        while let Some(c) = self.peek() {
            if c.is_ascii_whitespace() || matches!(c, b',' | b';' | b']' | b'}' | b'#') {
                break;
            }
            if c == b'/' && self.src.get(self.at + 1) == Some(&b'/') && !self.src[start..self.at].ends_with(b":") {
                break;
            }
            self.bump();
        }
        String::from_utf8_lossy(&self.src[start..self.at]).into_owned()
    }
}

/// Interprets an unquoted word: boolean, integer with an optional size suffix, float,
/// or else a string (host names, IP addresses, URLs, durations like `2m`).
fn bare_value(word: &str) -> Value {
    match word.to_ascii_lowercase().as_str() {
        "true" | "yes" | "on" => return Value::Bool(true),
        "false" | "no" | "off" => return Value::Bool(false),
        _ => {}
    }
    let digits_end = word.char_indices().find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-'))).map_or(word.len(), |(i, _)| i);
    let (number, suffix) = word.split_at(digits_end);
    if number.is_empty() || number == "-" {
        return Value::String(word.to_string());
    }
    let Ok(n) = number.parse::<i64>() else {
        return Value::String(word.to_string());
    };
    let multiplier: Option<i64> = match suffix.to_ascii_lowercase().as_str() {
        "" => Some(1),
        "k" => Some(1000),
        "kb" | "ki" | "kib" => Some(1 << 10),
        "m" => Some(1000 * 1000),
        "mb" | "mi" | "mib" => Some(1 << 20),
        "g" => Some(1000 * 1000 * 1000),
        "gb" | "gi" | "gib" => Some(1 << 30),
        "t" => Some(1000 * 1000 * 1000 * 1000),
        "tb" | "ti" | "tib" => Some(1 << 40),
        _ => None,
    };
    if let Some(m) = multiplier {
        return Value::Int(n.saturating_mul(m));
    }
    if suffix.starts_with('.') {
        if let Ok(f) = word.parse::<f64>() {
            return Value::Float(f);
        }
    }
    Value::String(word.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn separators_comments_and_types() {
        let v = parse_str(
            "# comment\nport: 4222\nhost = 127.0.0.1\nserver_name natsx // trailing\nmax_payload: 1MB\nk: 2K\n\
             debug: true; trace: off\nping_interval: \"2m\"\nratio: 0.5\nname: 'raw\\n'\n",
            "t.conf",
        )
        .unwrap();
        assert_eq!(v.get("port"), Some(&Value::Int(4222)));
        assert_eq!(v.get("host"), Some(&Value::String("127.0.0.1".into())));
        assert_eq!(v.get("server_name"), Some(&Value::String("natsx".into())));
        assert_eq!(v.get("max_payload"), Some(&Value::Int(1 << 20)));
        assert_eq!(v.get("k"), Some(&Value::Int(2000)));
        assert_eq!(v.get("debug"), Some(&Value::Bool(true)));
        assert_eq!(v.get("trace"), Some(&Value::Bool(false)));
        assert_eq!(v.get("ping_interval"), Some(&Value::String("2m".into())));
        assert_eq!(v.get("ratio"), Some(&Value::Float(0.5)));
        assert_eq!(v.get("name"), Some(&Value::String("raw\\n".into())));
    }

    #[test]
    fn maps_arrays_and_variables() {
        std::env::set_var("NATSX_TEST_PORT", "4333");
        let v = parse_str(
            "PASS: s3cret\nauthorization {\n  users = [\n    {user: a, password: $PASS}\n    {user: b, password: \"x\"},\n  ]\n}\n\
             port: $NATSX_TEST_PORT\nlisten: \"nats://localhost:4222\"\n",
            "t.conf",
        )
        .unwrap();
        let users = v.get("authorization").and_then(|a| a.get("users")).unwrap();
        let Value::Array(users) = users else { panic!() };
        assert_eq!(users.len(), 2);
        assert_eq!(users[0].get("password"), Some(&Value::String("s3cret".into())));
        assert_eq!(v.get("port"), Some(&Value::Int(4333)));
    }

    #[test]
    fn errors_name_file_line_and_column() {
        let e = parse_str("port: 4222\nauthorization {\n  user: a\n", "bad.conf").unwrap_err();
        assert_eq!(e.pos.file, "bad.conf");
        assert!(e.to_string().starts_with("bad.conf:4:"), "{e}");
        let e = parse_str("a: $NOPE_NOT_SET_ANYWHERE\n", "v.conf").unwrap_err();
        assert!(e.message.contains("NOPE_NOT_SET_ANYWHERE"), "{e}");
        assert_eq!((e.pos.line, e.pos.column), (1, 4));
        let e = parse_str("a: \"open\n", "q.conf").unwrap_err();
        assert!(e.message.contains("unterminated"));
    }

    /// Found by fuzzing: a character that starts no value inside an array made the
    /// parser push empty values forever (until memory ran out).
    #[test]
    fn arrays_refuse_what_is_not_a_value_or_separator() {
        let expect = |text: &str, got: char| {
            let e = parse_str(text, "t.conf").err().unwrap_or_else(|| panic!("{text:?} parsed"));
            let want = format!("Expected an array value terminator \",\" or an array terminator \"]\", but got '{got}' instead.");
            assert_eq!(e.message, want, "{text:?}");
        };
        expect("a: [1, }]", '}');
        expect("a: [ } ]", '}');
        expect("a: [1 2 }", '2');
        expect("accounts { A { users: [{user: a, password: b, perm7.01..0:4222\nwrite_[\"x.>\"], x: {deny: \"y\"}}}] } }", '}');
        for ok in ["a: [1, 2, ]", "a: [1\n2\n]", "a: [ 1 , 2 ] # c", "a: [1 # note\n, 2]"] {
            assert!(parse_str(ok, "t.conf").is_ok(), "{ok:?}");
        }
    }

    #[test]
    fn include_resolves_relative_to_file() {
        let dir = std::env::temp_dir().join(format!("natsx-conf-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("auth.conf"), "authorization { token: t0k }\n").unwrap();
        std::fs::write(dir.join("main.conf"), "port: 1\ninclude \"auth.conf\"\n").unwrap();
        let v = parse_file(&dir.join("main.conf")).unwrap();
        assert_eq!(v.get("authorization").and_then(|a| a.get("token")), Some(&Value::String("t0k".into())));
        std::fs::write(dir.join("loop.conf"), "include \"loop.conf\"\n").unwrap();
        let e = parse_file(&dir.join("loop.conf")).unwrap_err();
        assert!(e.message.contains("nested too deeply"), "{e}");
        std::fs::remove_dir_all(&dir).ok();
    }
}
