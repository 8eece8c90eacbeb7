//! `--format table`: the terminal view. One row per claim: id, verdict, the
//! best evidence as file:line, and a short quote around the deciding fact.

use super::{Emitter, Report};
use crate::verdict::{ClaimReason, Verdict};
use comfy_table::{
    Cell, Color, ColumnConstraint, ContentArrangement, Table, presets::UTF8_FULL_CONDENSED,
};
use std::io::{self, Write};

pub struct TableEmitter {
    /// Colour the verdicts (a terminal, unless NO_COLOR or --color never).
    pub color: bool,
    /// Table width in columns.
    pub width: u16,
}

const QUOTE_CHARS: usize = 90;
/// Characters of a draft's statement shown in the review table.
const DRAFT_CHARS: usize = 70;
/// Gating claims named under the table.
const GATING_IDS: usize = 10;
/// Below this width the evidence's place goes above its quote, in one
/// column: four columns on 80 would cut file names and words in pieces.
const NARROW: u16 = 100;

impl Emitter for TableEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        let mut table = Table::new();
        table
            .load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.width);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        let narrow = self.width < NARROW;
        if report.considered.is_some() {
            self.review_rows(report, &mut table, narrow);
        } else {
            self.check_rows(report, &mut table, narrow);
        }
        writeln!(out, "{table}")?;
        write!(out, "{}", summary(report, narrow))?;
        Ok(())
    }
}

impl TableEmitter {
    fn verdict_colour(&self, cell: Cell, verdict: Verdict) -> Cell {
        if !self.color {
            return cell;
        }
        cell.fg(match verdict {
            Verdict::Supported => Color::Green,
            Verdict::Contradicted => Color::Red,
            Verdict::Disputed => Color::Yellow,
            Verdict::Unverified => Color::DarkGrey,
        })
    }

    /// `review`: the draft's words, what the editor is told, and why.
    fn review_rows(&self, report: &Report, table: &mut Table, narrow: bool) {
        if narrow {
            table.set_header(vec!["draft", "finding"]);
        } else {
            table.set_header(vec!["draft", "finding", "why"]);
        }
        for claim in &report.claims {
            let draft = format!(
                "{}  {}",
                bounded(&claim.id),
                excerpt(&claim.text, None, DRAFT_CHARS)
            );
            let label = claim.finding_label();
            let finding = if claim.gating {
                format!("{label}\n(gates)")
            } else {
                label.to_string()
            };
            let finding = self.verdict_colour(Cell::new(finding), claim.verdict);
            // the reason that names the finding, around what differs in a
            // misquote's diff; a statement stated as such shows its source
            let reason = claim
                .reasons
                .iter()
                .find(|r| matches!(r, ClaimReason::Unsourced(_)))
                .or(claim.reasons.first())
                .map(ToString::to_string)
                .unwrap_or_default();
            let reason = reason.as_str();
            let focus = ["[-", "{+"]
                .into_iter()
                .filter_map(|m| reason.find(m))
                .min()
                .map(|at| &reason[at..]);
            let why = match claim.evidence.first() {
                Some(e) if reason.is_empty() => {
                    format!(
                        "{}\n{}:{}",
                        excerpt(&e.quote, None, QUOTE_CHARS),
                        e.source,
                        e.line
                    )
                }
                Some(e) => format!(
                    "{}\n{}:{}",
                    excerpt(reason, focus, QUOTE_CHARS),
                    e.source,
                    e.line
                ),
                None => excerpt(reason, focus, QUOTE_CHARS),
            };
            if narrow {
                table.add_row(vec![Cell::new(format!("{draft}\n{why}")), finding]);
            } else {
                table.add_row(vec![Cell::new(draft), finding, Cell::new(why)]);
            }
        }
        if let Some(column) = table.column_mut(1) {
            column.set_constraint(ColumnConstraint::ContentWidth);
        }
    }

    /// `check`: the claim's id, its verdict, and the deciding evidence.
    fn check_rows(&self, report: &Report, table: &mut Table, narrow: bool) {
        if narrow {
            table.set_header(vec!["id", "verdict", "evidence"]);
        } else {
            table.set_header(vec!["id", "verdict", "evidence", "quote"]);
        }
        for claim in &report.claims {
            let verdict = Cell::new(
                if claim.gating && claim.expect.is_some_and(|e| e != claim.verdict) {
                    format!(
                        "{} (expected {})",
                        claim.verdict,
                        claim.expect.map_or("", |e| e.as_str())
                    )
                } else {
                    claim.verdict.to_string()
                },
            );
            let verdict = self.verdict_colour(verdict, claim.verdict);
            let (place, quote) = match claim.evidence.first() {
                Some(e) => {
                    let focus = e
                        .reasons
                        .iter()
                        .find(|r| r.effect.decides() && !r.source.is_empty())
                        .map(|r| r.source.as_str());
                    (
                        format!("{}:{}", e.source, e.line),
                        excerpt(&e.quote, focus, QUOTE_CHARS),
                    )
                }
                None => ("-".to_string(), String::new()),
            };
            if narrow {
                table.add_row(vec![
                    Cell::new(bounded(&claim.id)),
                    verdict,
                    Cell::new(format!("{}\n{quote}", bounded(&place))),
                ]);
            } else {
                table.add_row(vec![
                    Cell::new(bounded(&claim.id)),
                    verdict,
                    Cell::new(bounded(&place)),
                    Cell::new(quote),
                ]);
            }
        }
        if narrow {
            // ids and verdicts whole; the evidence takes what is left
            for i in 0..2 {
                if let Some(column) = table.column_mut(i) {
                    column.set_constraint(ColumnConstraint::ContentWidth);
                }
            }
        }
    }
}

/// The lines under the table, alone with `--summary`: the count of each
/// verdict, the sources read, and the claims that gate the run by id. On a
/// narrow terminal the counts of sources go on a line of their own.
pub fn summary(report: &Report, narrow: bool) -> String {
    let s = &report.summary;
    let join = if narrow { "\n" } else { " " };
    let mut out = format!(
        "{} claims: {} supported, {} contradicted, {} disputed, {} unverified;{join}{} sources, {} sentences\n",
        s.claims, s.supported, s.contradicted, s.disputed, s.unverified, s.sources, s.sentences
    );
    if s.gating > 0 {
        let ids: Vec<&str> = report
            .claims
            .iter()
            .filter(|c| c.gating)
            .map(|c| c.id.as_str())
            .collect();
        let shown = ids.len().min(GATING_IDS);
        let more = if ids.len() > shown { ", …" } else { "" };
        out.push_str(&format!(
            "{} claim(s) gate this run: {}{more}\n",
            s.gating,
            ids[..shown].join(", ")
        ));
    }
    out
}

/// Characters of an id or a place a cell shows: comfy-table wraps a long
/// unbroken word in time quadratic in its length (a 400,000-character id
/// took 3.9 s), and no reader needs more; the JSON report has it whole.
const CELL_CHARS: usize = 200;

/// `text`, cut to [`CELL_CHARS`] characters (the last an ellipsis) when
/// it is longer.
fn bounded(text: &str) -> String {
    let mut chars = text.char_indices();
    match chars.nth(CELL_CHARS - 1) {
        Some((cut, _)) if chars.next().is_some() => format!("{}…", &text[..cut]),
        _ => text.to_string(),
    }
}

/// A window of about `max` characters of `quote`, centred on `focus` when
/// it occurs, with "…" where text was cut. Control characters are shown
/// as spaces so a hostile source cannot move the terminal cursor.
pub fn excerpt(quote: &str, focus: Option<&str>, max: usize) -> String {
    let clean: String = quote
        .chars()
        .map(|c| {
            if c.is_control() || is_bidi_control(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    let chars: Vec<char> = clean.chars().collect();
    if chars.len() <= max {
        return clean;
    }
    let focus_at = focus
        .and_then(|f| clean.find(f))
        .map_or(0, |b| clean[..b].chars().count());
    let start = focus_at.saturating_sub(max / 3).min(chars.len() - max);
    let end = (start + max).min(chars.len());
    let mut s: String = chars[start..end].iter().collect();
    if start > 0 {
        s.insert(0, '…');
    }
    if end < chars.len() {
        s.push('…');
    }
    s
}

pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

#[cfg(test)]
mod tests {
    #[test]
    fn long_ids_are_cut_to_a_cell() {
        let exact = "é".repeat(super::CELL_CHARS);
        assert_eq!(super::bounded(&exact), exact);
        let long = "é".repeat(super::CELL_CHARS + 1);
        let cut = super::bounded(&long);
        assert_eq!(cut.chars().count(), super::CELL_CHARS);
        assert!(cut.ends_with("é…"));
    }

    use super::*;

    #[test]
    fn excerpts_centre_on_the_fact_and_neutralise_controls() {
        let quote = format!(
            "{} la Suisse (36), la France (35) {}",
            "a".repeat(100),
            "b".repeat(100)
        );
        let e = excerpt(&quote, Some("36"), 40);
        assert!(e.contains("36"), "{e}");
        assert!(e.starts_with('…') && e.ends_with('…'));
        assert_eq!(excerpt("x\u{1b}[2Jy\u{202E}z", None, 40), "x [2Jy z");
    }
}
