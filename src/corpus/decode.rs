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
    /// UTF-8 with a few bytes that are not: each such byte reads as `?`, so
    /// offsets stay the file's (read as Windows-1252, every accent of the
    /// file would turn into two wrong characters).
    Utf8Repaired,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Utf8Bom => "utf-8-bom",
            Encoding::Windows1252 => "windows-1252",
            Encoding::Utf8Repaired => "utf-8 (invalid bytes read as ?)",
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
    if let Some(text) = repaired_utf8(bytes) {
        return Some((text, Encoding::Utf8Repaired));
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

/// Valid UTF-8 characters beyond ASCII per invalid byte from which a file
/// is UTF-8 with damage rather than Windows-1252.
const UTF8_PER_INVALID_BYTE: usize = 10;

/// The text of a UTF-8 file with a few invalid bytes, each read as `?`;
/// `None` when the file is not mostly UTF-8.
fn repaired_utf8(bytes: &[u8]) -> Option<String> {
    let mut text = String::with_capacity(bytes.len());
    let (mut invalid, mut multibyte) = (0, 0);
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
                text.push_str(valid);
                break;
            }
            Err(e) => {
                let (valid, after) = rest.split_at(e.valid_up_to());
                let valid = std::str::from_utf8(valid).unwrap_or_default();
                multibyte += valid.chars().filter(|c| !c.is_ascii()).count();
                text.push_str(valid);
                let bad = e.error_len().unwrap_or(after.len()).max(1);
                invalid += bad;
                text.extend(std::iter::repeat_n('?', bad));
                rest = &after[bad..];
            }
        }
    }
    (multibyte >= UTF8_PER_INVALID_BYTE * invalid).then_some(text)
}

/// How many bytes of a file decoded as [`Encoding::Utf8Repaired`] are not
/// UTF-8, and the byte offset of the first.
pub fn invalid_utf8(bytes: &[u8]) -> (usize, usize) {
    let (mut count, mut first, mut at) = (0, None, 0);
    let mut rest = bytes;
    while let Err(e) = std::str::from_utf8(rest) {
        let bad = e.error_len().unwrap_or(rest.len() - e.valid_up_to()).max(1);
        first.get_or_insert(at + e.valid_up_to());
        count += bad;
        at += e.valid_up_to() + bad;
        rest = &rest[e.valid_up_to() + bad..];
    }
    (count, first.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_utf8_file_with_a_bad_byte_stays_utf8() {
        let mut bytes = "Le président a réuni à l'Élysée le conseil de défense élargi. Les ministres étaient présents à la réunion, décidée après les révélations."
            .as_bytes()
            .to_vec();
        bytes.push(0xE9);
        bytes.extend_from_slice(" Fin.".as_bytes());
        let (text, encoding) = decode(&bytes).unwrap();
        assert_eq!(encoding, Encoding::Utf8Repaired);
        assert_eq!(text.len(), bytes.len(), "offsets are the file's");
        assert!(text.starts_with("Le président") && text.ends_with("révélations.? Fin."));
        assert_eq!(invalid_utf8(&bytes), (1, bytes.len() - 6));
        // mostly Latin-1: Windows-1252, as before
        assert_eq!(
            decode(b"\xC9lys\xE9e et ministre \xE9lu").unwrap().1,
            Encoding::Windows1252
        );
    }

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
