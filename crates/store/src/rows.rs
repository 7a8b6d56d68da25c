//! Reading stored JSON documents back into domain types.

use serde::de::DeserializeOwned;
use sqlx::Row;
use sqlx::sqlite::SqliteRow;

use crate::{Result, StoreError};

pub(crate) fn doc<T: DeserializeOwned>(row: &SqliteRow, index: usize) -> Result<T> {
    let text: &str = row.try_get(index)?;
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(e.to_string()))
}

pub(crate) fn to_doc<T: serde::Serialize>(value: &T) -> Result<String> {
    serde_json::to_string(value).map_err(|e| StoreError::Corrupt(e.to_string()))
}
