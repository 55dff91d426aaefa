//! JetStream API errors: a name from nats-server's error table, with its placeholders filled.
//!
//! The reply JSON is `{"code":400,"err_code":10059,"description":"stream not found"}`; clients
//! switch on `err_code`, so every error is looked up by nats-server's constant name in the one
//! table (`errors_table.rs`) and never spelled out at the call site.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::errors_table::ERRORS;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    code: u16,
    err_code: u16,
    description: String,
}

impl ApiError {
    /// The error nats-server calls `name` (`"JSStreamNotFoundErr"`). An unknown name is a
    /// programming error; it still yields a usable 500 so a client is never left waiting.
    pub fn new(name: &str) -> ApiError {
        match ERRORS.iter().find(|(n, ..)| *n == name) {
            Some((_, code, err_code, description)) => ApiError { code: *code, err_code: *err_code, description: description.to_string() },
            None => {
                debug_assert!(false, "unknown JetStream error {name}");
                ApiError { code: 500, err_code: 10000, description: name.to_string() }
            }
        }
    }

    /// Fills the `{key}` placeholder of the description.
    pub fn with(mut self, key: &str, value: impl AsRef<str>) -> ApiError {
        self.description = self.description.replace(&format!("{{{key}}}"), value.as_ref());
        self
    }

    pub fn code(&self) -> u16 {
        self.code
    }

    pub fn err_code(&self) -> u16 {
        self.err_code
    }

    pub fn description(&self) -> &str {
        &self.description
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (err_code {})", self.description, self.err_code)
    }
}

impl Serialize for ApiError {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut st = s.serialize_struct("ApiError", 3)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("err_code", &self.err_code)?;
        st.serialize_field("description", &self.description)?;
        st.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_used_in_the_code_is_in_the_table() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/jetstream");
        let mut files = vec![];
        let mut stack = vec![std::path::PathBuf::from(dir)];
        while let Some(d) = stack.pop() {
            for e in std::fs::read_dir(d).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    files.push(p);
                }
            }
        }
        for f in files {
            let text = std::fs::read_to_string(&f).unwrap();
            for (i, _) in text.match_indices("ApiError::new(\"") {
                let rest = &text[i + 15..];
                let name = &rest[..rest.find('"').unwrap()];
                assert!(ERRORS.iter().any(|(n, ..)| *n == name), "{}: unknown error name {name}", f.display());
            }
        }
    }

    #[test]
    fn placeholders_fill() {
        let e = ApiError::new("JSStreamWrongLastSequenceErrF").with("seq", "5");
        assert_eq!((e.code(), e.err_code(), e.description()), (400, 10071, "wrong last sequence: 5"));
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"code":400,"err_code":10071,"description":"wrong last sequence: 5"}"#);
    }
}
