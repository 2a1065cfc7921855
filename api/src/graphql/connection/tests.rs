#![allow(clippy::unwrap_used)]
use super::*;

fn args(
    first: Option<i32>,
    after: Option<u64>,
    last: Option<i32>,
    before: Option<u64>,
) -> PageArgs {
    PageArgs::new(
        first,
        after.map(encode_cursor),
        last,
        before.map(encode_cursor),
    )
    .unwrap()
}

fn page_of(a: PageArgs, total: u64) -> (Vec<u64>, bool, bool) {
    let p = page_in_memory(a, (0..total).collect()).unwrap();
    let items = p.items.iter().map(|(_, n)| *n).collect();
    (
        items,
        p.page_info.has_previous_page,
        p.page_info.has_next_page,
    )
}

#[test]
fn pages_forwards() {
    assert_eq!(
        page_of(args(Some(2), None, None, None), 5),
        (vec![0, 1], false, true)
    );
    assert_eq!(
        page_of(args(Some(2), Some(1), None, None), 5),
        (vec![2, 3], true, true)
    );
    assert_eq!(
        page_of(args(Some(2), Some(3), None, None), 5),
        (vec![4], true, false)
    );
    assert_eq!(page_of(args(None, None, None, None), 25).0.len(), 20);
}

#[test]
fn pages_backwards() {
    assert_eq!(
        page_of(args(None, None, Some(2), None), 5),
        (vec![3, 4], true, false)
    );
    assert_eq!(
        page_of(args(None, None, Some(2), Some(3)), 5),
        (vec![1, 2], true, true)
    );
    assert_eq!(
        page_of(args(None, None, Some(5), Some(2)), 5),
        (vec![0, 1], false, true)
    );
}

#[test]
fn refuses_bad_arguments() {
    assert!(PageArgs::new(Some(101), None, None, None).is_err());
    assert!(PageArgs::new(Some(-1), None, None, None).is_err());
    assert!(PageArgs::new(Some(1), None, Some(1), None).is_err());
    assert!(PageArgs::new(None, Some("nonsense".into()), None, None).is_err());
}

#[test]
fn sql_windows_read_one_extra_row() {
    let w = args(Some(3), None, None, None).window(None).unwrap();
    assert_eq!((w.offset, w.limit), (0, 3));
    let p = page(w, vec![1, 2, 3, 4], None);
    assert_eq!(p.items.len(), 3);
    assert!(p.page_info.has_next_page);
}

#[test]
fn a_nested_list_refuses_a_top_level_lists_cursor() {
    let key = cursor::encode_key(&[cursor::KeyPart::Int(7)]);
    let args = PageArgs::new(Some(3), Some(key), None, None).unwrap();
    assert!(args.window(None).is_err());
    assert!(page_in_memory(args, vec![1, 2, 3]).is_err());
}
