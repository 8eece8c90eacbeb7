//! claimcheck: check factual claims against a folder of sources, offline and
//! deterministically, across French and English.
//!
//! The pipeline, one module per stage, data flowing one way:
//! [`claims`] and [`corpus`] → [`text`] and [`facts`] → [`retrieve`] →
//! [`matcher`] → [`verdict`] → [`report`]. [`check`] wires them together;
//! [`review`] turns a draft article into claims and quotations first.

pub mod calendar;
pub mod check;
pub mod claims;
pub mod config;
pub mod corpus;
pub mod digest;
pub mod encoder;
pub mod error;
pub mod facts;
pub mod matcher;
pub mod output;
pub mod report;
pub mod retrieve;
pub mod review;
pub mod serve;
pub mod shard;
pub mod synth;
pub mod text;
pub mod verdict;
pub mod yaml;

pub use error::{Error, Result};
