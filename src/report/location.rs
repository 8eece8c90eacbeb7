//! Line index: byte offsets to 1-based line and column (in characters),
//! computed once per text, used only when a location is shown.

pub struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    /// An index from the byte offsets where lines start (the first is 0).
    pub fn from_starts(mut starts: Vec<usize>) -> LineIndex {
        if starts.first() != Some(&0) {
            starts.insert(0, 0);
        }
        LineIndex { starts }
    }

    /// 1-based (line, column) of byte `offset` in `text` (the text this index was built from).
    pub fn position(&self, text: &str, offset: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= offset).max(1);
        let start = self.starts[line - 1];
        let offset = offset.min(text.len());
        let column = text.get(start..offset).map_or(0, |s| s.chars().count()) + 1;
        (line, column)
    }

    /// The line and column of the last character of a span ending at byte
    /// `end`: where a finding ends, inclusive, as editors count.
    pub fn end_position(&self, text: &str, end: usize) -> (usize, usize) {
        let last = text[..end].chars().next_back().map_or(0, char::len_utf8);
        self.position(text, end - last)
    }

    /// The byte offset of a 1-based line and character column, if it exists.
    pub fn offset(&self, text: &str, line: usize, column: usize) -> Option<usize> {
        let start = *self.starts.get(line.checked_sub(1)?)?;
        let end = self.starts.get(line).copied().unwrap_or(text.len());
        let line_text = text.get(start..end)?;
        line_text
            .char_indices()
            .nth(column.checked_sub(1)?)
            .map(|(i, _)| start + i)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let text = "ab\nÉlysée x\n\nz";
        let index = LineIndex::new(text);
        assert_eq!(index.position(text, 0), (1, 1));
        assert_eq!(index.position(text, 3), (2, 1));
        let x = text.find('x').unwrap();
        assert_eq!(index.position(text, x), (2, 8));
        assert_eq!(index.position(text, text.len() - 1), (4, 1));
    }
}
