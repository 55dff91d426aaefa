//! JetStream's stream and consumer configurations as the API carries them (nats-server's
//! `StreamConfig` and `ConsumerConfig`): field names, field order, the omitted-when-empty
//! rules and the enum spellings, so what natsx stores, echoes and the client commands send
//! are the same JSON as nats-server's. The server's checks and defaults are in the broker
//! (`natsx_server::jetstream::config`).

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::time::GoTime;

fn is_false(b: &bool) -> bool {
    !*b
}
fn is_zero_i64(v: &i64) -> bool {
    *v == 0
}
fn is_zero_u64(v: &u64) -> bool {
    *v == 0
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Retention {
    #[default]
    Limits,
    Interest,
    WorkQueue,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Discard {
    #[default]
    Old,
    New,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Storage {
    #[default]
    File,
    Memory,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Compression {
    #[default]
    None,
    S2,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum DeliverPolicy {
    #[default]
    All,
    Last,
    New,
    ByStartSequence,
    ByStartTime,
    LastPerSubject,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AckPolicy {
    #[default]
    None,
    All,
    Explicit,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum ReplayPolicy {
    #[default]
    Instant,
    Original,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PriorityPolicy {
    #[default]
    None,
    Overflow,
    PinnedClient,
    /// nats-server 2.12 (API level 2); the natsx broker refuses it (it is at level 1),
    /// but the commands show and keep it.
    Prioritized,
}

/// The JSON spellings of each enum, in one place.
macro_rules! spellings {
    ($($name:ident { $($variant:ident = $text:literal),+ })+) => {$(
        impl $name {
            pub const ALL: &'static [($name, &'static str)] = &[$(($name::$variant, $text)),+];
            pub fn as_str(self) -> &'static str {
                Self::ALL.iter().find(|(v, _)| *v == self).map(|(_, t)| *t).unwrap_or("")
            }
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let text = String::deserialize(d)?;
                Self::ALL
                    .iter()
                    .find(|(_, t)| t.eq_ignore_ascii_case(&text))
                    .map(|(v, _)| *v)
                    .ok_or_else(|| serde::de::Error::custom(format!("can not unmarshal {:?}", format!("{text:?}"))))
            }
        }
    )+};
}

spellings! {
    Retention { Limits = "limits", Interest = "interest", WorkQueue = "workqueue" }
    Discard { Old = "old", New = "new" }
    Storage { File = "file", Memory = "memory" }
    Compression { None = "none", S2 = "s2" }
    DeliverPolicy {
        All = "all", Last = "last", New = "new", ByStartSequence = "by_start_sequence",
        ByStartTime = "by_start_time", LastPerSubject = "last_per_subject"
    }
    AckPolicy { None = "none", All = "all", Explicit = "explicit" }
    ReplayPolicy { Instant = "instant", Original = "original" }
    PriorityPolicy { None = "none", Overflow = "overflow", PinnedClient = "pinned_client", Prioritized = "prioritized" }
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Placement {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub cluster: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub preferred: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SubjectTransform {
    pub src: String,
    pub dest: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Republish {
    pub src: String,
    pub dest: String,
    #[serde(skip_serializing_if = "is_false")]
    pub headers_only: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ExternalStream {
    pub api: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub deliver: String,
}

/// A mirror or a source: another stream of this account whose messages are copied in.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamSource {
    pub name: String,
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub opt_start_seq: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_start_time: Option<GoTime>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filter_subject: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub subject_transforms: Vec<SubjectTransform>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub external: Option<ExternalStream>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerLimits {
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub inactive_threshold: i64,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_ack_pending: i64,
}

/// A stream's configuration, in nats-server's field order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct StreamConfig {
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_default")]
    pub subjects: Vec<String>,
    pub retention: Retention,
    pub max_consumers: i64,
    pub max_msgs: i64,
    pub max_bytes: i64,
    pub max_age: i64,
    pub max_msgs_per_subject: i64,
    /// Go's `int32`: larger values are refused as nats-server refuses them.
    pub max_msg_size: i32,
    pub discard: Discard,
    pub storage: Storage,
    pub num_replicas: i64,
    #[serde(skip_serializing_if = "is_false")]
    pub no_ack: bool,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub duplicate_window: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub placement: Option<Placement>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror: Option<StreamSource>,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_default")]
    pub sources: Vec<StreamSource>,
    pub compression: Compression,
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub first_seq: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_transform: Option<SubjectTransform>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub republish: Option<Republish>,
    pub allow_direct: bool,
    pub mirror_direct: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub discard_new_per_subject: bool,
    pub sealed: bool,
    pub deny_delete: bool,
    pub deny_purge: bool,
    pub allow_rollup_hdrs: bool,
    pub consumer_limits: ConsumerLimits,
    pub allow_msg_ttl: bool,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub subject_delete_marker_ttl: i64,
    #[serde(skip_serializing_if = "BTreeMap::is_empty", deserialize_with = "null_as_default")]
    pub metadata: BTreeMap<String, String>,
}

impl Default for StreamConfig {
    fn default() -> Self {
        StreamConfig {
            name: String::new(),
            description: String::new(),
            subjects: Vec::new(),
            retention: Retention::Limits,
            max_consumers: 0,
            max_msgs: 0,
            max_bytes: 0,
            max_age: 0,
            max_msgs_per_subject: 0,
            max_msg_size: 0,
            discard: Discard::Old,
            storage: Storage::File,
            num_replicas: 0,
            no_ack: false,
            duplicate_window: 0,
            placement: None,
            mirror: None,
            sources: Vec::new(),
            compression: Compression::None,
            first_seq: 0,
            subject_transform: None,
            republish: None,
            allow_direct: false,
            mirror_direct: false,
            discard_new_per_subject: false,
            sealed: false,
            deny_delete: false,
            deny_purge: false,
            allow_rollup_hdrs: false,
            consumer_limits: ConsumerLimits::default(),
            allow_msg_ttl: false,
            subject_delete_marker_ttl: 0,
            metadata: BTreeMap::new(),
        }
    }
}

fn null_as_default<'de, D: Deserializer<'de>, T: Default + Deserialize<'de>>(d: D) -> Result<T, D::Error> {
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

impl StreamSource {
    /// nats-server's `composeIName`: what tells two sources of one stream apart, the
    /// origin with its filters and destinations (`NAME FILTERS DESTS`).
    pub fn iname(&self) -> String {
        let or_all = |s: &str| if s.is_empty() { ">".to_string() } else { s.to_string() };
        let (filters, dests) = if self.subject_transforms.is_empty() {
            (or_all(&self.filter_subject), ">".to_string())
        } else {
            let filters: Vec<String> = self.subject_transforms.iter().map(|t| or_all(&t.src)).collect();
            let dests: Vec<String> = self.subject_transforms.iter().map(|t| or_all(&t.dest)).collect();
            (filters.join("\x0c"), dests.join("\x0c"))
        };
        format!("{} {filters} {dests}", self.name)
    }

    /// The subjects this source copies (`>` for all).
    pub fn filters(&self) -> Vec<String> {
        match self.subject_transforms.is_empty() {
            true => vec![if self.filter_subject.is_empty() { ">".into() } else { self.filter_subject.clone() }],
            false => self.subject_transforms.iter().map(|t| if t.src.is_empty() { ">".into() } else { t.src.clone() }).collect(),
        }
    }
}

/// A consumer's configuration, in nats-server's field order.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ConsumerConfig {
    #[serde(skip_serializing_if = "String::is_empty")]
    pub durable_name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub deliver_policy: DeliverPolicy,
    #[serde(skip_serializing_if = "is_zero_u64")]
    pub opt_start_seq: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opt_start_time: Option<GoTime>,
    pub ack_policy: AckPolicy,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub ack_wait: i64,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_deliver: i64,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_default")]
    pub backoff: Vec<i64>,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub filter_subject: String,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_default")]
    pub filter_subjects: Vec<String>,
    pub replay_policy: ReplayPolicy,
    /// async-nats (0.45) sends this as `rate_limit`; accepting that spelling too makes its
    /// rate limits work (nats-server refuses or ignores them).
    #[serde(skip_serializing_if = "is_zero_u64", alias = "rate_limit")]
    pub rate_limit_bps: u64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sample_freq: String,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_waiting: i64,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_ack_pending: i64,
    #[serde(skip_serializing_if = "is_false")]
    pub flow_control: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub headers_only: bool,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_batch: i64,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_expires: i64,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub max_bytes: i64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub deliver_subject: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub deliver_group: String,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub idle_heartbeat: i64,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub inactive_threshold: i64,
    pub num_replicas: i64,
    #[serde(skip_serializing_if = "is_false")]
    pub mem_storage: bool,
    #[serde(skip_serializing_if = "is_false")]
    pub direct: bool,
    #[serde(skip_serializing_if = "BTreeMap::is_empty", deserialize_with = "null_as_default")]
    pub metadata: BTreeMap<String, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub pause_until: Option<GoTime>,
    #[serde(skip_serializing_if = "Vec::is_empty", deserialize_with = "null_as_default")]
    pub priority_groups: Vec<String>,
    #[serde(skip_serializing_if = "is_none_priority")]
    pub priority_policy: PriorityPolicy,
    #[serde(skip_serializing_if = "is_zero_i64")]
    pub priority_timeout: i64,
}

fn is_none_priority(p: &PriorityPolicy) -> bool {
    *p == PriorityPolicy::None
}

impl ConsumerConfig {
    /// The filters this consumer selects by; empty means every subject of the stream.
    pub fn filters(&self) -> Vec<String> {
        if !self.filter_subject.is_empty() {
            vec![self.filter_subject.clone()]
        } else {
            self.filter_subjects.clone()
        }
    }

    pub fn is_pull(&self) -> bool {
        self.deliver_subject.is_empty()
    }
}
