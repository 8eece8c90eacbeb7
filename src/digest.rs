//! Digests that identify content: a source's bytes in the report, the data
//! a stored index was made from.

/// Lower-case hex SHA-256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    Sha256Digest::of(bytes).to_string()
}

/// A SHA-256 digest as its 32 bytes: what every source of a large corpus
/// keeps (its hex `String` would weigh three times as much). Shown as
/// lower-case hex.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Sha256Digest([u8; 32]);

impl Sha256Digest {
    pub fn of(bytes: &[u8]) -> Sha256Digest {
        use sha2::{Digest, Sha256};
        Sha256Digest(Sha256::digest(bytes).into())
    }

    /// The digest written as 64 hex digits (either case); `None` otherwise.
    pub fn from_hex(hex: &str) -> Option<Sha256Digest> {
        let hex = hex.as_bytes();
        if hex.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        for (byte, pair) in out.iter_mut().zip(hex.chunks_exact(2)) {
            let digit = |c: u8| (c as char).to_digit(16);
            *byte = (digit(pair[0])? * 16 + digit(pair[1])?) as u8;
        }
        Some(Sha256Digest(out))
    }
}

impl std::fmt::Display for Sha256Digest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.iter().try_for_each(|b| write!(f, "{b:02x}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_digest_reads_back_from_its_hex_and_nothing_else_does() {
        let d = Sha256Digest::of(b"abc");
        let hex = d.to_string();
        assert_eq!(
            hex,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(Sha256Digest::from_hex(&hex), Some(d));
        assert_eq!(Sha256Digest::from_hex(&hex.to_uppercase()), Some(d));
        for bad in [
            "",
            "ba78",
            &hex[1..],
            &format!("{hex}0"),
            &hex.replace('b', "g"),
        ] {
            assert_eq!(Sha256Digest::from_hex(bad), None, "{bad}");
        }
        // a multi-byte character where a digit should be
        let odd = format!("é{}", &hex[2..]);
        assert_eq!(Sha256Digest::from_hex(&odd), None);
    }
}
