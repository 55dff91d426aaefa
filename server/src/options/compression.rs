//! S2 compression of route connections (`cluster { compression }`), and how two
//! servers agree on it, as nats-server 2.10+ does (`CompressionOpts`,
//! `validateAndNormalizeCompressionOption`, `selectCompressionMode`,
//! `selectS2AutoModeBasedOnRTT`).

use std::time::Duration;

/// A compression mode: what a server is configured with, tells its peers (INFO
/// `compression`), and agrees on with each.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Mode {
    /// The peer did not say (a server from before compression).
    NotSupported,
    Off,
    /// Compress when the peer asks to (nats-server's default for routes).
    #[default]
    Accept,
    /// Choose the level from the round-trip time (`rtt_thresholds`).
    Auto,
    /// S2 framing with the data stored as is.
    Uncompressed,
    Fast,
    Better,
    Best,
}

impl Mode {
    /// The name nats-server gives the mode (and sends in INFO).
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::NotSupported => "not supported",
            Mode::Off => "off",
            Mode::Accept => "accept",
            Mode::Auto => "s2_auto",
            Mode::Uncompressed => "s2_uncompressed",
            Mode::Fast => "s2_fast",
            Mode::Better => "s2_better",
            Mode::Best => "s2_best",
        }
    }

    /// Reads a configured mode (any case; `on`/`enabled`/`true` pick `on`); an unknown
    /// one is nats-server's error.
    pub fn parse(text: &str, on: Mode) -> Result<Mode, String> {
        let mode = match text.to_ascii_lowercase().as_str() {
            "on" | "enabled" | "true" => on,
            "not supported" | "not_supported" => Mode::NotSupported,
            "disabled" | "off" | "false" => Mode::Off,
            "accept" => Mode::Accept,
            "auto" | "s2_auto" => Mode::Auto,
            "s2_uncompressed" => Mode::Uncompressed,
            "fast" | "s2_fast" => Mode::Fast,
            "better" | "s2_better" => Mode::Better,
            "best" | "s2_best" => Mode::Best,
            _ => return Err(format!("unsupported compression mode {text:?}")),
        };
        Ok(mode)
    }

    /// Does a server in this mode negotiate compression with its peers?
    pub fn negotiates(self) -> bool {
        !matches!(self, Mode::Off | Mode::NotSupported)
    }

    /// Is this an agreed mode under which the connection is S2-framed?
    pub fn compresses(self) -> bool {
        matches!(self, Mode::Auto | Mode::Uncompressed | Mode::Fast | Mode::Better | Mode::Best)
    }
}

/// nats-server's default `rtt_thresholds` for `s2_auto`: up to 10 ms uncompressed, to
/// 50 ms fast, to 100 ms better, beyond that best.
pub const DEFAULT_RTT_THRESHOLDS: [Duration; 3] = [Duration::from_millis(10), Duration::from_millis(50), Duration::from_millis(100)];

/// A configured compression: the mode, and for `s2_auto` its round-trip thresholds.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Compression {
    pub mode: Mode,
    pub rtt_thresholds: Vec<Duration>,
}

impl Compression {
    /// `mode` with `thresholds` (for `s2_auto`: in ascending order, a 0 skipping a
    /// level, at most 4 once trailing zeros are dropped; none given: the defaults), as
    /// nats-server validates them.
    pub fn new(mode: Mode, thresholds: &[Duration]) -> Result<Compression, String> {
        if mode != Mode::Auto {
            return Ok(Compression { mode, rtt_thresholds: Vec::new() });
        }
        if thresholds.is_empty() {
            return Ok(Compression { mode, rtt_thresholds: DEFAULT_RTT_THRESHOLDS.to_vec() });
        }
        let mut rtts: Vec<Duration> = Vec::new();
        for &n in thresholds {
            if !n.is_zero() && rtts.iter().any(|v| n < *v) {
                return Err(format!("RTT threshold values {} should be in ascending order", go_list(thresholds)));
            }
            rtts.push(n);
        }
        while rtts.last().is_some_and(Duration::is_zero) {
            rtts.pop();
        }
        if rtts.len() > 4 {
            return Err(format!("compression mode \"s2_auto\" should have no more than 4 RTT thresholds: {}", go_list(thresholds)));
        }
        if rtts.is_empty() {
            return Err("compression mode \"s2_auto\" requires at least one RTT threshold".into());
        }
        Ok(Compression { mode, rtt_thresholds: rtts })
    }

    /// The level for a connection whose round trip takes `rtt` (`s2_auto`), else the
    /// mode itself.
    pub fn level_for(&self, mode: Mode, rtt: Duration) -> Mode {
        if mode != Mode::Auto {
            return mode;
        }
        let t = &self.rtt_thresholds;
        let index = t.iter().position(|d| rtt <= *d).unwrap_or(if t.len() >= 3 { 3 } else { t.len().saturating_sub(1) });
        match index {
            0 => Mode::Uncompressed,
            1 => Mode::Fast,
            2 => Mode::Better,
            _ => Mode::Best,
        }
    }
}

/// A Go-style list of durations (`[10ms 50ms]`), for error texts.
fn go_list(list: &[Duration]) -> String {
    let items: Vec<String> = list.iter().map(|d| natsx_common::time::go_duration(*d)).collect();
    format!("[{}]", items.join(" "))
}

/// The mode a server in mode `ours` uses with a peer that said `theirs` in its INFO
/// (nats-server's `selectCompressionMode`): `off` when the peer turned it off or both
/// only accept; the peer's when this server only accepts (`s2_fast` for the peer's
/// `s2_auto`); else this server's own. Errors name an unknown mode.
pub fn select(ours: Mode, theirs: &str) -> Result<Mode, String> {
    match theirs {
        "" | "not supported" => Ok(Mode::NotSupported),
        "off" => Ok(Mode::Off),
        "accept" if ours == Mode::Accept => Ok(Mode::Off),
        "accept" => Ok(ours),
        "s2_auto" | "s2_uncompressed" | "s2_fast" | "s2_better" | "s2_best" if ours == Mode::Accept => {
            Ok(if theirs == "s2_auto" { Mode::Fast } else { Mode::parse(theirs, Mode::Fast)? })
        }
        "s2_auto" | "s2_uncompressed" | "s2_fast" | "s2_better" | "s2_best" => Ok(ours),
        _ => Err(format!("unsupported route compression mode {theirs:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_agree_as_nats_server_selects_them() {
        assert_eq!(select(Mode::Accept, "accept"), Ok(Mode::Off));
        assert_eq!(select(Mode::Fast, "accept"), Ok(Mode::Fast));
        assert_eq!(select(Mode::Accept, "s2_best"), Ok(Mode::Best));
        assert_eq!(select(Mode::Accept, "s2_auto"), Ok(Mode::Fast));
        assert_eq!(select(Mode::Better, "s2_fast"), Ok(Mode::Better));
        assert_eq!(select(Mode::Fast, "off"), Ok(Mode::Off));
        assert_eq!(select(Mode::Fast, ""), Ok(Mode::NotSupported));
        assert_eq!(select(Mode::Fast, "zip"), Err("unsupported route compression mode \"zip\"".into()));
        assert_eq!(Mode::parse("ON", Mode::Fast), Ok(Mode::Fast));
        assert!(Mode::parse("lz4", Mode::Fast).is_err());
    }

    #[test]
    fn auto_picks_a_level_by_round_trip() {
        let auto = Compression::new(Mode::Auto, &[]).unwrap();
        let ms = Duration::from_millis;
        let levels: Vec<Mode> = [ms(1), ms(30), ms(80), ms(500)].iter().map(|r| auto.level_for(Mode::Auto, *r)).collect();
        assert_eq!(levels, [Mode::Uncompressed, Mode::Fast, Mode::Better, Mode::Best]);
        // A 0 skips a level.
        let skipping = Compression::new(Mode::Auto, &[Duration::ZERO, Duration::ZERO, ms(20)]).unwrap();
        assert_eq!(skipping.level_for(Mode::Auto, ms(1)), Mode::Better);
        assert!(Compression::new(Mode::Auto, &[ms(50), ms(10)]).unwrap_err().contains("ascending order"));
        assert!(Compression::new(Mode::Auto, &[Duration::ZERO]).unwrap_err().contains("at least one"));
    }
}
