//! Text: normalisation, tokens, language, and the French-English term space
//! that retrieval and matching share.

mod aliases;
mod filter;
mod lang;
mod lexicon;
mod normalize;
mod places;
mod tokens;

pub use aliases::{Aliases, definitions as acronym_definitions};
pub use filter::WordFilter;
pub use lang::{Lang, detect_lang};
pub use lexicon::{
    FR_AUXILIARIES, LIGHT_PHRASE_KEY, Lexicon, TermKeys, cognate_prefix, is_coordinator, name_key,
    spelled_alike, squeeze, squeezed,
};
pub use normalize::{fold, fold_char};
pub use places::{City, Places};
pub use tokens::{Token, TokenKind, tokenize};
