//! CSV export that spreadsheet programs open correctly, Chinese included: UTF-8 with a byte-order
//! mark, CRLF line ends, fields quoted where needed (the `csv` crate).

/// The bytes of a CSV file with `header` and `rows`.
pub fn csv_bytes(header: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = vec![0xEF, 0xBB, 0xBF];
    let mut writer = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
    // Writing to memory cannot fail; a record that somehow does is skipped, not a crash.
    let _ = writer.write_record(header);
    for row in rows {
        let _ = writer.write_record(row);
    }
    let _ = writer.flush();
    drop(writer);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_quoting() {
        let bytes = csv_bytes(
            &["名称".into(), "Area".into()],
            &[vec!["浩远, \"park\"".into(), "4,000 m²".into()], vec!["line\nbreak".into(), String::new()]],
        );
        assert_eq!(&bytes[..3], &[0xEF, 0xBB, 0xBF]);
        let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
        assert_eq!(text, "名称,Area\r\n\"浩远, \"\"park\"\"\",\"4,000 m²\"\r\n\"line\nbreak\",\r\n");
    }
}
