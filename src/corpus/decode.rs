//! Decoding source bytes: UTF-8 (with or without BOM), else Windows-1252
//! (a superset of Latin-1 for printable text), which is what old French news
//! archives use. Binary files are refused.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a byte-order mark; offsets in reports count the 3 BOM bytes.
    Utf8Bom,
    /// Windows-1252: one byte per character in the file.
    Windows1252,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Windows1252 => "windows-1252",
        }
    }
}

/// Decode bytes to text; `None` for binary data (NUL bytes, or mostly
/// control characters).
pub fn decode(bytes: &[u8]) -> Option<(String, Encoding)> {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return None;
    }
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF")
        && let Ok(text) = std::str::from_utf8(rest)
    {
        return Some((text.to_string(), Encoding::Utf8Bom));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some((text.to_string(), Encoding::Utf8));
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x09 || (b > 0x0D && b < 0x20))
        .count();
    if controls * 20 > sample.len().max(1) {
        return None;
    }
    let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
    Some((text.into_owned(), Encoding::Windows1252))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_utf8_bom_and_latin1() {
        assert_eq!(
            decode("Élysée".as_bytes()),
            Some(("Élysée".to_string(), Encoding::Utf8))
        );
        assert_eq!(
            decode(b"\xEF\xBB\xBFabc"),
            Some(("abc".to_string(), Encoding::Utf8Bom))
        );
        assert_eq!(
            decode(b"\xC9lys\xE9e \x80"),
            Some(("Élysée €".to_string(), Encoding::Windows1252))
        );
        assert_eq!(decode(b"\x00\x01\x02binary"), None);
        assert_eq!(decode(b"\x01\x02\x03\x04\x05\x06\xff"), None);
    }
}
