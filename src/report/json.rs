//! `--format json`: the contract every other format is derived from.

use super::{Emitter, Report};
use std::io::{self, Write};

pub struct JsonEmitter;

impl Emitter for JsonEmitter {
    fn emit(&self, report: &Report, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, report).map_err(io::Error::other)?;
        writeln!(out)
    }
}
