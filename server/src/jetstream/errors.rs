//! JetStream API errors: one of nats-server's errors ([`JsErr`]), with its placeholders filled.
//!
//! The reply JSON is `{"code":400,"err_code":10059,"description":"stream not found"}`; clients
//! switch on `err_code`, so every error comes from the one table (`errors_table.rs`), by
//! nats-server's constant name, and is never spelled out at the call site.

use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

pub use super::errors_table::JsErr;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApiError {
    kind: JsErr,
    code: u16,
    err_code: u16,
    description: String,
}

impl ApiError {
    pub fn new(kind: JsErr) -> ApiError {
        ApiError { kind, code: kind.code(), err_code: kind.err_code(), description: kind.description().to_string() }
    }

    /// Fills the `{key}` placeholder of the description.
    pub fn with(mut self, key: &str, value: impl AsRef<str>) -> ApiError {
        self.description = self.description.replace(&format!("{{{key}}}"), value.as_ref());
        self
    }

    pub fn kind(&self) -> JsErr {
        self.kind
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
    fn the_table_is_nats_servers() {
        assert_eq!(JsErr::ALL.len(), 225);
        let codes: std::collections::HashSet<u16> = JsErr::ALL.iter().map(|e| e.err_code()).collect();
        assert_eq!(codes.len(), JsErr::ALL.len(), "every err_code appears once");
        let e = JsErr::JSStreamNotFoundErr;
        assert_eq!((e.name(), e.code(), e.err_code(), e.description()), ("JSStreamNotFoundErr", 404, 10059, "stream not found"));
    }

    #[test]
    fn placeholders_fill() {
        let e = ApiError::new(JsErr::JSStreamWrongLastSequenceErrF).with("seq", "5");
        assert_eq!((e.code(), e.err_code(), e.description()), (400, 10071, "wrong last sequence: 5"));
        assert_eq!(serde_json::to_string(&e).unwrap(), r#"{"code":400,"err_code":10071,"description":"wrong last sequence: 5"}"#);
    }
}
