//! The spreadsheets in and out (`csv_io`): round trips, previews, pasted rows.

mod paste {
    use crate::core::data::sample::SAMPLE;
    use crate::core::edit::columns::CellError;
    use crate::core::edit::csv_io::*;
    use serde_json::Value;

    #[test]
    fn pasted_rows_become_new_spaces_with_ids() {
        let doc: Value = serde_json::from_str(SAMPLE).unwrap();
        let grid: Vec<String> = ["building", "floor", "area_m2", "use"].map(String::from).to_vec();
        let text = "A\t2\t1800\toffice\r\nA\t3\t1,750\tfactory\r\n";
        let p = paste_spaces(&doc, "haoyuan", text, &grid).expect("readable");
        assert_eq!(p.added, ["haoyuan/haoyuan-unit-1", "haoyuan/haoyuan-unit-2"]);
        assert_eq!(p.result["places"][0]["spaces"][2]["area_m2"], 1750);
        // With its own header, in any order.
        let text = "floor\tarea_m2\tid\n5\tnot yet\tb5\n";
        let p = paste_spaces(&doc, "haoyuan", text, &grid).expect("readable");
        assert!(p.added.is_empty());
        assert_eq!((p.errors[0].row, p.errors[0].column.as_str()), (2, "area_m2"));
    }

    #[test]
    fn empty_ids_are_made_and_the_spaces_files_place_column_is_checked() {
        let doc: Value = serde_json::from_str(SAMPLE).unwrap();
        let grid: Vec<String> = ["id", "building", "floor"].map(String::from).to_vec();
        // In the grid's order, with its id column left empty.
        let p = paste_spaces(&doc, "haoyuan", "\tA\t2\r\nmine\tA\t3\r\n", &grid).expect("readable");
        assert_eq!(p.added, ["haoyuan/haoyuan-unit-1", "haoyuan/mine"]);
        assert!(p.errors.is_empty(), "{:?}", p.errors);
        // Rows copied from the spaces file keep its place column: this place's rows are taken,
        // another place's are named (the header is row 1).
        let text = "place\tid\tfloor\nhaoyuan\t\t4\nxinggu\tx-1\t1\n\t\t5\n";
        let p = paste_spaces(&doc, "haoyuan", text, &grid).expect("readable");
        assert_eq!(p.added, ["haoyuan/haoyuan-unit-1", "haoyuan/haoyuan-unit-2"]);
        assert_eq!(
            p.errors,
            [RowError { row: 3, column: "place".into(), error: CellError::OtherPlace("xinggu".into()) }]
        );
        assert_eq!(p.bad_rows(), 1);
    }
}

mod round_trip {
    use crate::core::data::sample::{SAMPLE, square_geography};
    use crate::core::edit::canonical::canonical;
    use crate::core::edit::csv_io::*;
    use serde_json::Value;

    fn text(bytes: Vec<u8>) -> String {
        String::from_utf8(bytes).expect("UTF-8")
    }

    #[test]
    fn a_round_trip_changes_nothing() {
        let doc: Value = serde_json::from_str(SAMPLE).unwrap();
        for sheet in [Sheet::Places, Sheet::Spaces] {
            let csv = text(export(&doc, sheet));
            assert!(csv.starts_with('\u{feff}') && csv.contains("\r\n"));
            let p = import(&doc, sheet, &csv, &square_geography()).expect("readable");
            assert!(p.errors.is_empty() && p.added.is_empty() && p.changed.is_empty(), "{sheet:?}: {p:?}");
            assert_eq!(canonical(&p.result), canonical(&doc));
        }
    }

    #[test]
    fn new_changed_and_wrong_rows_are_named_before_anything_is_applied() {
        let doc: Value = serde_json::from_str(SAMPLE).unwrap();
        let csv = "place,id,floor,area_m2,area_m2.qualifier,use,colour\r\n\
                   haoyuan,haoyuan-ground,1,4200,,factory,red\r\n\
                   haoyuan,haoyuan-f2,2,\"1,800\",about,office,\r\n\
                   haoyuan,haoyuan-f3,3,lots,,factory,\r\n\
                   nowhere,x-1,1,100,,factory,\r\n\
                   haoyuan,haoyuan-f2,2,1800,,office,\r\n";
        let p = import(&doc, Sheet::Spaces, csv, &square_geography()).expect("readable");
        assert_eq!(p.added, ["haoyuan/haoyuan-f2"]);
        assert_eq!(p.changed, ["haoyuan/haoyuan-ground"]);
        let errors: Vec<(usize, &str)> = p.errors.iter().map(|e| (e.row, e.column.as_str())).collect();
        assert_eq!(errors, [(1, "colour"), (4, "area_m2"), (5, "place"), (6, "id")]);
        assert_eq!(p.bad_rows(), 3, "the header's unknown column leaves out no row");
        let spaces = &p.result["places"][0]["spaces"];
        assert_eq!(spaces[0]["area_m2"], 4200);
        assert_eq!(
            spaces[1],
            serde_json::json!({"id": "haoyuan-f2", "floor": "2", "area_m2": 1800, "use": "office",
                                                  "qualifiers": {"area_m2": "about"}})
        );
        assert_eq!(doc["places"][0]["spaces"][0]["area_m2"], 4000, "the draft itself is untouched");
        assert_eq!(
            import(&doc, Sheet::Spaces, "id,floor\r\nx,1\r\n", &square_geography()),
            Err(FileError::NoColumn("place"))
        );
    }
}
