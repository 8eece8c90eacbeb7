//! Interned index terms: each distinct term is stored once, in one arena, and
//! known everywhere else by a `u32` id. A million terms as separate `String`
//! keys would weigh some 60 bytes each; here they weigh their bytes plus 9.

use hashbrown::HashTable;
use std::hash::BuildHasher;

#[derive(Default)]
pub struct TermDictionary {
    /// Term ids, hashed by their text.
    table: HashTable<u32>,
    /// Every term's text, back to back.
    text: String,
    /// `ends[id]`: where term `id`'s text ends in `text`.
    ends: Vec<u32>,
}

fn hash(term: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(term)
}

/// The text of term `id`, given the arena and its ends.
fn text_of<'a>(text: &'a str, ends: &[u32], id: u32) -> &'a str {
    let end = ends[id as usize] as usize;
    let start = if id == 0 {
        0
    } else {
        ends[id as usize - 1] as usize
    };
    &text[start..end]
}

impl TermDictionary {
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Every term with its id, in id order.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        (0..self.ends.len() as u32).map(|id| (id, text_of(&self.text, &self.ends, id)))
    }

    /// The id of `term`, if it was interned.
    pub fn get(&self, term: &str) -> Option<u32> {
        self.table
            .find(hash(term), |&id| {
                text_of(&self.text, &self.ends, id) == term
            })
            .copied()
    }

    /// The id of `term`, interning it if new (ids count up from 0).
    pub fn intern(&mut self, term: &str) -> u32 {
        let h = hash(term);
        let TermDictionary { table, text, ends } = self;
        if let Some(&id) = table.find(h, |&id| text_of(text, ends, id) == term) {
            return id;
        }
        let id = u32::try_from(ends.len()).expect("fewer than 2^32 distinct terms");
        text.push_str(term);
        ends.push(u32::try_from(text.len()).expect("terms fit in 4 GiB"));
        table.insert_unique(h, id, |&other| hash(text_of(text, ends, other)));
        id
    }

    /// Every term's text, back to back, and where each ends: what is stored.
    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn ends(&self) -> &[u32] {
        &self.ends
    }

    /// A dictionary read back from its text and ends; `None` if the ends do
    /// not cut the text into terms.
    pub fn from_parts(text: String, ends: Vec<u32>) -> Option<TermDictionary> {
        let mut start = 0usize;
        for &end in &ends {
            let end = end as usize;
            if end < start || end > text.len() || !text.is_char_boundary(end) {
                return None;
            }
            start = end;
        }
        let mut table = HashTable::with_capacity(ends.len());
        for id in 0..ends.len() as u32 {
            let h = hash(text_of(&text, &ends, id));
            table.insert_unique(h, id, |&other| hash(text_of(&text, &ends, other)));
        }
        Some(TermDictionary { table, text, ends })
    }

    /// Return spare capacity once every term is in.
    pub fn shrink_to_fit(&mut self) {
        let TermDictionary { table, text, ends } = self;
        table.shrink_to_fit(|&id| hash(text_of(text, ends, id)));
        text.shrink_to_fit();
        ends.shrink_to_fit();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interns_each_term_once_and_finds_it_again() {
        let mut terms = TermDictionary::default();
        let words = ["serveur", "n:pegasus", "#35", "serveur", "", "é"];
        let ids: Vec<u32> = words.iter().map(|w| terms.intern(w)).collect();
        assert_eq!(ids, vec![0, 1, 2, 0, 3, 4]);
        assert_eq!(terms.len(), 5);
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(terms.get(w), Some(*id));
        }
        assert_eq!(terms.get("serveurs"), None);
        terms.shrink_to_fit();
        assert_eq!(terms.get("#35"), Some(2));
    }
}
