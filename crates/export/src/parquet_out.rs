//! Parquet output: the flat event table ([`crate::COLUMNS`]) as typed Arrow
//! columns, written with the parquet crate's Arrow writer.

use crate::{epoch_days, flat_row, Kind, Val, COLUMNS};
use anyhow::Result;
use arrow_array::{
    ArrayRef, BooleanArray, Date32Array, Float64Array, Int64Array, Int8Array, RecordBatch,
    StringArray, TimestampMillisecondArray,
};
use arrow_schema::{DataType, Field, Schema, TimeUnit};
use attache_store::{EventFilter, Store};
use parquet::arrow::ArrowWriter;
use parquet::basic::Compression;
use parquet::file::properties::WriterProperties;
use std::io::Write;
use std::sync::Arc;

/// Events per row group.
const ROW_GROUP: usize = 65_536;

fn data_type(k: Kind) -> DataType {
    match k {
        Kind::Int => DataType::Int64,
        Kind::Tiny => DataType::Int8,
        Kind::Float => DataType::Float64,
        Kind::Text => DataType::Utf8,
        Kind::Bool => DataType::Boolean,
        Kind::Date => DataType::Date32,
        Kind::Timestamp => DataType::Timestamp(TimeUnit::Millisecond, None),
    }
}

/// The Arrow schema of the Parquet file. `event_id`, `cameo`, `root`,
/// `quad_class`, `goldstein`, `is_root`, the counts, `added` and
/// `first_article` are never null; every other column may be.
pub fn parquet_schema() -> Schema {
    let required = [
        "event_id",
        "cameo",
        "base_code",
        "root",
        "quad_class",
        "goldstein",
        "is_root",
        "num_mentions",
        "num_sources",
        "num_articles",
        "confidence",
        "added",
        "first_article",
    ];
    Schema::new(
        COLUMNS
            .iter()
            .map(|(name, kind, _)| Field::new(*name, data_type(*kind), !required.contains(name)))
            .collect::<Vec<_>>(),
    )
}

enum Column {
    Int(Vec<Option<i64>>),
    Tiny(Vec<Option<i8>>),
    Float(Vec<Option<f64>>),
    Text(Vec<Option<String>>),
    Bool(Vec<bool>),
    Date(Vec<Option<i32>>),
    Timestamp(Vec<Option<i64>>),
}

impl Column {
    fn new(k: Kind) -> Column {
        match k {
            Kind::Int => Column::Int(Vec::new()),
            Kind::Tiny => Column::Tiny(Vec::new()),
            Kind::Float => Column::Float(Vec::new()),
            Kind::Text => Column::Text(Vec::new()),
            Kind::Bool => Column::Bool(Vec::new()),
            Kind::Date => Column::Date(Vec::new()),
            Kind::Timestamp => Column::Timestamp(Vec::new()),
        }
    }

    fn push(&mut self, v: Val) {
        match (self, v) {
            (Column::Int(c), Val::Int(x)) => c.push(x),
            (Column::Tiny(c), Val::Int(x)) => c.push(x.map(|x| x as i8)),
            (Column::Float(c), Val::Float(x)) => c.push(x),
            (Column::Text(c), Val::Text(x)) => c.push(x),
            (Column::Bool(c), Val::Bool(x)) => c.push(x),
            (Column::Date(c), Val::Date(x)) => c.push(x.map(epoch_days)),
            (Column::Timestamp(c), Val::Timestamp(x)) => c.push(x.map(|s| s * 1000)),
            _ => unreachable!("flat_row and COLUMNS disagree"),
        }
    }

    fn take(&mut self) -> ArrayRef {
        match self {
            Column::Int(c) => Arc::new(Int64Array::from(std::mem::take(c))),
            Column::Tiny(c) => Arc::new(Int8Array::from(std::mem::take(c))),
            Column::Float(c) => Arc::new(Float64Array::from(std::mem::take(c))),
            Column::Text(c) => Arc::new(StringArray::from(std::mem::take(c))),
            Column::Bool(c) => Arc::new(BooleanArray::from(std::mem::take(c))),
            Column::Date(c) => Arc::new(Date32Array::from(std::mem::take(c))),
            Column::Timestamp(c) => Arc::new(TimestampMillisecondArray::from(std::mem::take(c))),
        }
    }
}

/// Write the events passing `filter` as a Parquet file to `out`.
pub fn write_parquet<W: Write + Send>(
    store: &Store,
    filter: &EventFilter,
    out: W,
) -> Result<usize> {
    let schema = Arc::new(parquet_schema());
    let props = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_max_row_group_row_count(Some(ROW_GROUP))
        .set_created_by(format!("attache {}", env!("CARGO_PKG_VERSION")))
        .build();
    let mut writer = ArrowWriter::try_new(out, schema.clone(), Some(props))?;
    let mut cols: Vec<Column> = COLUMNS.iter().map(|c| Column::new(c.1)).collect();
    let mut pending = 0usize;
    let flush = |cols: &mut Vec<Column>, writer: &mut ArrowWriter<W>| -> Result<()> {
        let arrays: Vec<ArrayRef> = cols.iter_mut().map(|c| c.take()).collect();
        writer.write(&RecordBatch::try_new(schema.clone(), arrays)?)?;
        Ok(())
    };
    let n = store.events(filter, |e| {
        for (c, v) in cols.iter_mut().zip(flat_row(&e)) {
            c.push(v);
        }
        pending += 1;
        if pending == ROW_GROUP {
            flush(&mut cols, &mut writer)?;
            pending = 0;
        }
        Ok(())
    })?;
    if pending > 0 || n == 0 {
        flush(&mut cols, &mut writer)?;
    }
    writer.close()?;
    Ok(n)
}
