//! The writer's hottest statements, bound without copies.
//!
//! rusqlite binds every text and blob parameter with `SQLITE_TRANSIENT`, so
//! SQLite copies it into memory of its own (a malloc, a copy and a free per
//! value), and each parameter goes through a `dyn ToSql` conversion first.
//! For the few statements that run for every article, sentence, event and
//! mention of an ingest, that binding was 11.5% of the writer's
//! instructions (callgrind, `store_replay 5000`, storing phase). A [`Raw`]
//! statement binds its values with `SQLITE_STATIC` instead: SQLite reads
//! them in place, which is sound because every value is bound, the
//! statement is stepped and reset inside one [`Raw::execute`] call, while the
//! values it borrows are alive.

use anyhow::{bail, Result};
use rusqlite::{ffi, Connection};
use std::ffi::{c_char, c_int, CStr};
use std::marker::PhantomData;

/// One value to bind.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Val<'v> {
    Null,
    Int(i64),
    Real(f64),
    Text(&'v str),
    Blob(&'v [u8]),
}

impl From<i64> for Val<'_> {
    fn from(v: i64) -> Self {
        Val::Int(v)
    }
}

impl From<f64> for Val<'_> {
    fn from(v: f64) -> Self {
        Val::Real(v)
    }
}

impl<'v> From<&'v str> for Val<'v> {
    fn from(v: &'v str) -> Self {
        Val::Text(v)
    }
}

impl<'v> From<&'v String> for Val<'v> {
    fn from(v: &'v String) -> Self {
        Val::Text(v)
    }
}

impl<'v> From<&'v [u8]> for Val<'v> {
    fn from(v: &'v [u8]) -> Self {
        Val::Blob(v)
    }
}

impl<'v, T: Into<Val<'v>>> From<Option<T>> for Val<'v> {
    fn from(v: Option<T>) -> Self {
        v.map_or(Val::Null, Into::into)
    }
}

/// `vals![a, b, ...]`: an array of [`Val`]s.
macro_rules! vals {
    ($($v:expr),* $(,)?) => {
        [$($crate::raw::Val::from($v)),*]
    };
}
pub(crate) use vals;

/// A prepared statement of `conn`, finalized when dropped.
pub(crate) struct Raw<'c> {
    stmt: *mut ffi::sqlite3_stmt,
    db: *mut ffi::sqlite3,
    params: usize,
    sql: &'static str,
    _conn: PhantomData<&'c Connection>,
}

impl<'c> Raw<'c> {
    /// Prepare `sql` (one statement) on `conn`.
    pub(crate) fn prepare(conn: &'c Connection, sql: &'static str) -> Result<Raw<'c>> {
        // SAFETY: the handle is valid while `conn` is borrowed, which the
        // returned statement's lifetime ensures; it is not used across threads
        // (`Raw` is neither Send nor Sync: it holds raw pointers).
        let db = unsafe { conn.handle() };
        let mut stmt = std::ptr::null_mut();
        let len = c_int::try_from(sql.len())?;
        // SAFETY: `sql` is valid for `len` bytes; `stmt` receives the statement.
        let rc = unsafe {
            ffi::sqlite3_prepare_v3(
                db,
                sql.as_ptr().cast::<c_char>(),
                len,
                ffi::SQLITE_PREPARE_PERSISTENT,
                &mut stmt,
                std::ptr::null_mut(),
            )
        };
        if rc != ffi::SQLITE_OK || stmt.is_null() {
            bail!("cannot prepare {sql:?}: {}", errmsg(db, rc));
        }
        // SAFETY: `stmt` was just prepared.
        let params = unsafe { ffi::sqlite3_bind_parameter_count(stmt) } as usize;
        Ok(Raw {
            stmt,
            db,
            params,
            sql,
            _conn: PhantomData,
        })
    }

    /// Bind `vals` (all the statement's parameters, in order), run the
    /// statement to its end and reset it. Returns the rows it changed.
    pub(crate) fn execute(&mut self, vals: &[Val<'_>]) -> Result<usize> {
        self.bind(vals)?;
        // SAFETY: the statement is prepared and every parameter bound to a
        // value that outlives this call.
        let rc = unsafe { ffi::sqlite3_step(self.stmt) };
        let changes = if rc == ffi::SQLITE_DONE {
            // SAFETY: valid handle.
            unsafe { ffi::sqlite3_changes64(self.db) as usize }
        } else {
            0
        };
        self.finish(rc, ffi::SQLITE_DONE)?;
        Ok(changes)
    }

    /// Bind `vals` and report whether the query returns a row.
    pub(crate) fn exists(&mut self, vals: &[Val<'_>]) -> Result<bool> {
        self.bind(vals)?;
        // SAFETY: as in `execute`.
        let rc = unsafe { ffi::sqlite3_step(self.stmt) };
        let found = rc == ffi::SQLITE_ROW;
        self.finish(
            rc,
            if found {
                ffi::SQLITE_ROW
            } else {
                ffi::SQLITE_DONE
            },
        )?;
        Ok(found)
    }

    fn bind(&mut self, vals: &[Val<'_>]) -> Result<()> {
        if vals.len() != self.params {
            bail!(
                "{} values for the {} parameters of {:?}",
                vals.len(),
                self.params,
                self.sql
            );
        }
        for (i, v) in vals.iter().enumerate() {
            let n = (i + 1) as c_int;
            // SAFETY: `n` is a parameter index of the statement; texts and
            // blobs are bound SQLITE_STATIC: SQLite reads them in place until
            // the statement is reset, which `execute`/`exists` do before
            // returning, while `vals` is still borrowed.
            let rc = unsafe {
                match *v {
                    Val::Null => ffi::sqlite3_bind_null(self.stmt, n),
                    Val::Int(x) => ffi::sqlite3_bind_int64(self.stmt, n, x),
                    Val::Real(x) => ffi::sqlite3_bind_double(self.stmt, n, x),
                    Val::Text(s) => ffi::sqlite3_bind_text64(
                        self.stmt,
                        n,
                        s.as_ptr().cast::<c_char>(),
                        s.len() as u64,
                        ffi::SQLITE_STATIC(),
                        ffi::SQLITE_UTF8 as u8,
                    ),
                    Val::Blob(b) => ffi::sqlite3_bind_blob64(
                        self.stmt,
                        n,
                        b.as_ptr().cast(),
                        b.len() as u64,
                        ffi::SQLITE_STATIC(),
                    ),
                }
            };
            if rc != ffi::SQLITE_OK {
                // SAFETY: valid statement; drops the bindings made so far.
                unsafe { ffi::sqlite3_reset(self.stmt) };
                bail!(
                    "cannot bind parameter {n} of {:?}: {}",
                    self.sql,
                    errmsg(self.db, rc)
                );
            }
        }
        Ok(())
    }

    /// Reset the statement after a step that returned `rc`; an error unless
    /// `rc` is `want`.
    fn finish(&mut self, rc: c_int, want: c_int) -> Result<()> {
        if rc == want {
            // SAFETY: valid statement.
            unsafe { ffi::sqlite3_reset(self.stmt) };
            return Ok(());
        }
        // The code and message of a failed step are read before the reset.
        // SAFETY: valid handle.
        let code = unsafe { ffi::sqlite3_extended_errcode(self.db) };
        let msg = errmsg(self.db, rc);
        // SAFETY: valid statement.
        unsafe { ffi::sqlite3_reset(self.stmt) };
        // The same error type rusqlite returns, so that callers can tell
        // "database is locked" or a constraint from other failures.
        let e = rusqlite::Error::SqliteFailure(ffi::Error::new(code), Some(msg));
        Err(anyhow::Error::new(e).context(format!("{:?}", self.sql)))
    }
}

impl Drop for Raw<'_> {
    fn drop(&mut self) {
        // SAFETY: the statement was prepared by `prepare` and is finalized once.
        unsafe { ffi::sqlite3_finalize(self.stmt) };
    }
}

/// SQLite's message for the last error on `db` (or for `rc`).
fn errmsg(db: *mut ffi::sqlite3, rc: c_int) -> String {
    // SAFETY: `db` is a valid handle; SQLite returns NUL-terminated strings
    // that stay valid until the next call on the handle (copied at once).
    unsafe {
        let p = ffi::sqlite3_errmsg(db);
        if p.is_null() {
            let s = ffi::sqlite3_errstr(rc);
            CStr::from_ptr(s).to_string_lossy().into_owned()
        } else {
            CStr::from_ptr(p).to_string_lossy().into_owned()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conn() -> Connection {
        let c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE t(id INTEGER PRIMARY KEY, a TEXT NOT NULL, b BLOB, x REAL, n INTEGER);
             CREATE UNIQUE INDEX t_a ON t(a);",
        )
        .unwrap();
        c
    }

    #[test]
    fn values_are_stored_as_bound_and_read_back_after_their_strings_are_gone() {
        let c = conn();
        {
            let mut ins =
                Raw::prepare(&c, "INSERT INTO t(a, b, x, n) VALUES (?1, ?2, ?3, ?4)").unwrap();
            for i in 0..3i64 {
                // Strings that are freed right after the call: SQLite must
                // have copied what it stores, not kept the pointer.
                let a = format!("row {i}");
                let b = vec![i as u8; 3];
                let none: Option<&str> = None;
                let n = ins
                    .execute(&vals![a.as_str(), b.as_slice(), 0.5 * i as f64, none])
                    .unwrap();
                assert_eq!(n, 1);
            }
        }
        let rows: Vec<(String, Vec<u8>, f64, Option<i64>)> = c
            .prepare("SELECT a, b, x, n FROM t ORDER BY id")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(|r| r.unwrap())
            .collect();
        assert_eq!(rows[2], ("row 2".to_string(), vec![2, 2, 2], 1.0, None));
        assert_eq!(rows.len(), 3);
    }

    #[test]
    fn errors_name_the_statement_and_the_reason_and_the_statement_stays_usable() {
        let c = conn();
        let mut ins = Raw::prepare(&c, "INSERT INTO t(a) VALUES (?1)").unwrap();
        ins.execute(&vals!["same"]).unwrap();
        let err = ins.execute(&vals!["same"]).unwrap_err();
        let e = format!("{err:#}");
        assert!(e.contains("UNIQUE constraint failed: t.a"), "{e}");
        assert!(e.contains("INSERT INTO t(a)"), "{e}");
        // The cause is rusqlite's own error type, with SQLite's code.
        let code = err
            .chain()
            .find_map(|c| match c.downcast_ref::<rusqlite::Error>() {
                Some(rusqlite::Error::SqliteFailure(f, _)) => Some(f.code),
                _ => None,
            });
        assert_eq!(code, Some(rusqlite::ErrorCode::ConstraintViolation));
        let none: Option<&str> = None;
        let e = format!("{:#}", ins.execute(&vals![none]).unwrap_err());
        assert!(e.contains("NOT NULL"), "{e}");
        // Too few or too many values are refused before anything runs.
        assert!(ins.execute(&[]).is_err());
        assert!(ins.execute(&vals!["a", "b"]).is_err());
        // After the errors the statement works again.
        assert_eq!(ins.execute(&vals!["other"]).unwrap(), 1);
        let mut q = Raw::prepare(&c, "SELECT 1 FROM t WHERE a = ?1").unwrap();
        assert!(q.exists(&vals!["other"]).unwrap());
        assert!(!q.exists(&vals!["missing"]).unwrap());
        assert!(Raw::prepare(&c, "INSERT INTO nowhere VALUES (1)").is_err());
    }
}
