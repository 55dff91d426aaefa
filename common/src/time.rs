//! Times and durations as nats-server writes and reads them: RFC 3339 timestamps
//! (monitoring and JetStream JSON), Go's `time.Duration` strings (config files, JSON).

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// `2026-11-28T02:10:43.123456789Z`
pub fn rfc3339(t: SystemTime) -> String {
    let d = t.duration_since(UNIX_EPOCH).unwrap_or_default();
    let secs = d.as_secs() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, day) = civil_from_days(days);
    format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:09}Z", y, m, day, rem / 3600, (rem % 3600) / 60, rem % 60, d.subsec_nanos())
}

/// Go's `time.RFC3339Nano` in UTC from Unix nanoseconds, as JetStream JSON carries times:
/// trailing zeros of the fraction dropped, and Go's zero time for 0.
pub fn rfc3339_nanos(unix_nanos: i64) -> String {
    if unix_nanos == 0 {
        return "0001-01-01T00:00:00Z".into();
    }
    let secs = unix_nanos.div_euclid(1_000_000_000);
    let frac = unix_nanos.rem_euclid(1_000_000_000);
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, day) = civil_from_days(days);
    let mut out = format!("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}", y, m, day, rem / 3600, (rem % 3600) / 60, rem % 60);
    if frac != 0 {
        let digits = format!("{frac:09}");
        out.push('.');
        out.push_str(digits.trim_end_matches('0'));
    }
    out.push('Z');
    out
}

/// A `time.Time` in a JetStream request or config, as Go's `encoding/json` reads and writes
/// it: parsed strictly as RFC 3339 (Go's parse errors, word for word, for anything else),
/// written back as RFC 3339 with nanoseconds (trailing zeros dropped) in the offset it was
/// given, `Z` for UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GoTime {
    /// Unix nanoseconds; Go's zero time (`0001-01-01T00:00:00Z`) is 0.
    pub unix_nanos: i64,
    /// The UTC offset it was written with, in seconds.
    pub offset_secs: i32,
}

impl GoTime {
    pub fn utc(unix_nanos: i64) -> GoTime {
        GoTime { unix_nanos, offset_secs: 0 }
    }

    /// Parses as Go's `Time.UnmarshalJSON` (strict RFC 3339); the error is Go's text.
    pub fn parse(text: &str) -> Result<GoTime, String> {
        go_parse_rfc3339(text)
    }
}

impl std::fmt::Display for GoTime {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.offset_secs == 0 {
            return f.write_str(&rfc3339_nanos(self.unix_nanos));
        }
        let local = rfc3339_nanos(self.unix_nanos + i64::from(self.offset_secs) * 1_000_000_000);
        let off = self.offset_secs.unsigned_abs();
        let sign = if self.offset_secs < 0 { '-' } else { '+' };
        write!(f, "{}{sign}{:02}:{:02}", local.trim_end_matches('Z'), off / 3600, (off % 3600) / 60)
    }
}

impl serde::Serialize for GoTime {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for GoTime {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<GoTime, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = GoTime;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a time.Time")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<GoTime, E> {
                GoTime::parse(v).map_err(E::custom)
            }
        }
        d.deserialize_str(Visitor)
    }
}

/// Go's `time.Parse(time.RFC3339, text)` as nats-server 2.15.1 applies it to JSON times
/// (a one-digit hour and a `,` before the fraction are accepted), with Go's error texts.
fn go_parse_rfc3339(text: &str) -> Result<GoTime, String> {
    const LAYOUT: &str = "2006-01-02T15:04:05Z07:00";
    let quoted = |s: &str| format!("{s:?}");
    let cannot =
        |rest: &str, elem: &str| format!("parsing time {} as \"{LAYOUT}\": cannot parse {} as \"{elem}\"", quoted(text), quoted(rest));
    let out_of_range = |what: &str| format!("parsing time {}: {what} out of range", quoted(text));
    let mut rest = text;
    // A fixed number of digits (or, for the hour, one or two).
    let number = |rest: &mut &str, elem: &str, width: usize, flexible: bool| -> Result<i64, String> {
        let digits = rest.bytes().take(width).take_while(u8::is_ascii_digit).count();
        if digits == width || (flexible && digits >= 1) {
            let n = rest[..digits].parse().map_err(|_| cannot(rest, elem))?;
            *rest = &rest[digits..];
            Ok(n)
        } else {
            Err(cannot(rest, elem))
        }
    };
    let literal = |rest: &mut &str, lit: &str| -> Result<(), String> {
        match rest.strip_prefix(lit) {
            Some(r) => {
                *rest = r;
                Ok(())
            }
            None => Err(cannot(rest, lit)),
        }
    };
    let year = number(&mut rest, "2006", 4, false)?;
    literal(&mut rest, "-")?;
    let month = number(&mut rest, "01", 2, false)?;
    if !(1..=12).contains(&month) {
        return Err(out_of_range("month"));
    }
    literal(&mut rest, "-")?;
    let day = number(&mut rest, "02", 2, false)?;
    if !(1..=31).contains(&day) {
        return Err(out_of_range("day"));
    }
    literal(&mut rest, "T")?;
    let hour = number(&mut rest, "15", 2, true)?;
    if hour >= 24 {
        return Err(out_of_range("hour"));
    }
    literal(&mut rest, ":")?;
    let minute = number(&mut rest, "04", 2, false)?;
    if minute >= 60 {
        return Err(out_of_range("minute"));
    }
    literal(&mut rest, ":")?;
    let second = number(&mut rest, "05", 2, false)?;
    if second >= 60 {
        return Err(out_of_range("second"));
    }
    let mut nanos = 0i64;
    let bytes = rest.as_bytes();
    if bytes.len() >= 2 && matches!(bytes[0], b'.' | b',') && bytes[1].is_ascii_digit() {
        let digits = rest[1..].bytes().take_while(u8::is_ascii_digit).count();
        let frac = &rest[1..1 + digits];
        nanos = format!("{:0<9}", &frac[..digits.min(9)]).parse().unwrap_or(0);
        rest = &rest[1 + digits..];
    }
    let offset_secs = if let Some(r) = rest.strip_prefix('Z') {
        rest = r;
        0
    } else {
        let b = rest.as_bytes();
        let two = |i: usize| -> Option<i32> { rest.get(i..i + 2).filter(|t| t.bytes().all(|c| c.is_ascii_digit()))?.parse().ok() };
        match (b.first(), two(1), b.get(3), two(4)) {
            (Some(sign @ (b'+' | b'-')), Some(h), Some(b':'), Some(m)) => {
                if h > 24 {
                    return Err(out_of_range("time zone offset hour"));
                }
                if m > 60 {
                    return Err(out_of_range("time zone offset minute"));
                }
                rest = &rest[6..];
                (h * 3600 + m * 60) * if *sign == b'-' { -1 } else { 1 }
            }
            _ => return Err(cannot(rest, "Z07:00")),
        }
    };
    if !rest.is_empty() {
        return Err(format!("parsing time {}: extra text: {}", quoted(text), quoted(rest)));
    }
    let days_in_month = match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    if day > days_in_month {
        return Err(out_of_range("day"));
    }
    let days = days_from_civil(year, month as u32, day as u32);
    let local = days * 86_400 + hour * 3600 + minute * 60 + second;
    let unix_secs = local - i64::from(offset_secs);
    // Go's zero time is "unset" here, as elsewhere in natsx.
    let unix_nanos = if unix_secs == -62_135_596_800 && nanos == 0 { 0 } else { unix_secs * 1_000_000_000 + nanos };
    Ok(GoTime { unix_nanos, offset_secs })
}

/// Parses an RFC 3339 time (`2026-11-28T02:20:43.5Z`, `...+01:00`) to Unix nanoseconds,
/// as Go does ([`GoTime::parse`]). Go's zero time (`0001-01-01T00:00:00Z`) parses to 0,
/// the "unset" value.
pub fn parse_rfc3339(text: &str) -> Option<i64> {
    GoTime::parse(text).ok().map(|t| t.unix_nanos)
}

/// Howard Hinnant's civil-to-days conversion.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 } as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Howard Hinnant's days-to-civil conversion.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

/// nats-server's uptime format: `1y2d3h4m5s`, leading zero units dropped.
pub fn uptime(d: Duration) -> String {
    let mut s = d.as_secs();
    let years = s / (365 * 86_400);
    s %= 365 * 86_400;
    let days = s / 86_400;
    s %= 86_400;
    let (h, m, sec) = (s / 3600, (s % 3600) / 60, s % 60);
    if years > 0 {
        format!("{years}y{days}d{h}h{m}m{sec}s")
    } else if days > 0 {
        format!("{days}d{h}h{m}m{sec}s")
    } else if h > 0 {
        format!("{h}h{m}m{sec}s")
    } else if m > 0 {
        format!("{m}m{sec}s")
    } else {
        format!("{sec}s")
    }
}

/// Go's `time.Duration.String()`: `1.5ms`, `2m3.5s`, `0s`.
pub fn go_duration(d: Duration) -> String {
    let nanos = d.as_nanos();
    if nanos == 0 {
        return "0s".into();
    }
    if nanos < 1_000 {
        return format!("{nanos}ns");
    }
    if nanos < 1_000_000 {
        return format!("{}µs", trim_float(nanos as f64 / 1e3));
    }
    if nanos < 1_000_000_000 {
        return format!("{}ms", trim_float(nanos as f64 / 1e6));
    }
    let total = d.as_secs_f64();
    let h = (total / 3600.0).floor() as u64;
    let m = ((total - h as f64 * 3600.0) / 60.0).floor() as u64;
    let s = total - h as f64 * 3600.0 - m as f64 * 60.0;
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h}h"));
    }
    if h > 0 || m > 0 {
        out.push_str(&format!("{m}m"));
    }
    out.push_str(&format!("{}s", trim_float(s)));
    out
}

fn trim_float(f: f64) -> String {
    let s = format!("{f:.9}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_string()
}

/// The longest duration accepted anywhere (about 100 years): larger values are
/// config mistakes, and would overflow timer arithmetic.
pub const MAX_DURATION: Duration = Duration::from_secs(100 * 365 * 86_400);

/// Seconds as a float to a duration; `None` when negative, not finite or absurdly large.
pub fn secs_f64(secs: f64) -> Option<Duration> {
    Duration::try_from_secs_f64(secs).ok().filter(|d| *d <= MAX_DURATION)
}

/// Parses Go's `time.ParseDuration` syntax (non-negative values only).
pub fn parse_go_duration(s: &str) -> Option<Duration> {
    let s = s.trim();
    if s == "0" {
        return Some(Duration::ZERO);
    }
    let mut rest = s;
    let mut total = 0f64;
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let num_end = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        if num_end == 0 {
            return None;
        }
        let number: f64 = rest[..num_end].parse().ok()?;
        rest = &rest[num_end..];
        let unit_end = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let unit = &rest[..unit_end];
        rest = &rest[unit_end..];
        let scale = match unit {
            "ns" => 1e-9,
            "us" | "µs" | "μs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        total += number * scale;
    }
    secs_f64(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_durations() {
        assert_eq!(parse_go_duration("2m"), Some(Duration::from_secs(120)));
        assert_eq!(parse_go_duration("500ms"), Some(Duration::from_millis(500)));
        assert_eq!(parse_go_duration("1h30m"), Some(Duration::from_secs(5400)));
        assert_eq!(parse_go_duration("1.5s"), Some(Duration::from_millis(1500)));
        assert_eq!(parse_go_duration("soon"), None);
        assert_eq!(parse_go_duration("5"), None);
        assert_eq!(parse_go_duration("10000000000000000h"), None, "absurd durations are refused, not overflowed");
    }

    /// Each case as nats-server 2.15.1 answered it (the time in a consumer's opt_start_time).
    #[test]
    fn go_times_parse_and_fail_as_go_does() {
        let layout = r#"as "2006-01-02T15:04:05Z07:00""#;
        for (text, expected) in [
            ("notatime", format!(r#"parsing time "notatime" {layout}: cannot parse "notatime" as "2006""#)),
            ("2099-13-45T99:00:00Z", r#"parsing time "2099-13-45T99:00:00Z": month out of range"#.to_string()),
            ("2000-01-01t00:00:00z", format!(r#"parsing time "2000-01-01t00:00:00z" {layout}: cannot parse "t00:00:00z" as "T""#)),
            ("2000-02-30T00:00:00Z", r#"parsing time "2000-02-30T00:00:00Z": day out of range"#.to_string()),
            ("2000-01-01T24:00:00Z", r#"parsing time "2000-01-01T24:00:00Z": hour out of range"#.to_string()),
            ("2000-01-01T00:00:00+25:00", r#"parsing time "2000-01-01T00:00:00+25:00": time zone offset hour out of range"#.to_string()),
            ("2000-01-01T00:00:00Zjunk", r#"parsing time "2000-01-01T00:00:00Zjunk": extra text: "junk""#.to_string()),
            ("2000-01-01T00:00:00", format!(r#"parsing time "2000-01-01T00:00:00" {layout}: cannot parse "" as "Z07:00""#)),
            ("20000-01-01T00:00:00Z", format!(r#"parsing time "20000-01-01T00:00:00Z" {layout}: cannot parse "0-01-01T00:00:00Z" as "-""#)),
            ("2000-01-01T00:00:00.Z", format!(r#"parsing time "2000-01-01T00:00:00.Z" {layout}: cannot parse ".Z" as "Z07:00""#)),
        ] {
            assert_eq!(GoTime::parse(text), Err(expected), "{text}");
        }
        for (text, written) in [
            ("2000-01-01T00:00:00.123456789012Z", "2000-01-01T00:00:00.123456789Z"),
            ("2000-01-01T00:00:00.500-05:30", "2000-01-01T00:00:00.5-05:30"),
            ("2000-01-01T1:00:00Z", "2000-01-01T01:00:00Z"),
            ("2000-01-01T00:00:00,5Z", "2000-01-01T00:00:00.5Z"),
            ("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z"),
        ] {
            assert_eq!(GoTime::parse(text).map(|t| t.to_string()).as_deref(), Ok(written), "{text}");
        }
        assert_eq!(GoTime::parse("2026-11-28T03:20:43.5+01:00").unwrap().unix_nanos, 1_795_832_443_500_000_000);
    }

    #[test]
    fn formats() {
        assert_eq!(rfc3339(UNIX_EPOCH + Duration::from_secs(1_795_832_443)), "2026-11-28T02:20:43.000000000Z");
        assert_eq!(uptime(Duration::from_secs(65)), "1m5s");
        assert_eq!(rfc3339_nanos(1_795_832_443_500_000_000), "2026-11-28T02:20:43.5Z");
        assert_eq!(rfc3339_nanos(0), "0001-01-01T00:00:00Z");
        assert_eq!(parse_rfc3339("2026-11-28T02:20:43.5Z"), Some(1_795_832_443_500_000_000));
        assert_eq!(parse_rfc3339("2026-11-28T03:20:43.5+01:00"), Some(1_795_832_443_500_000_000));
        assert_eq!(parse_rfc3339("0001-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_rfc3339("yesterday"), None);
        assert_eq!(uptime(Duration::from_secs(90_061)), "1d1h1m1s");
        assert_eq!(go_duration(Duration::from_micros(1500)), "1.5ms");
        assert_eq!(go_duration(Duration::from_secs(123)), "2m3s");
        assert_eq!(go_duration(Duration::from_secs(120)), "2m0s");
    }
}
