use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn formats(tag: &str) -> Formats {
    Formats::new(tag).unwrap()
}

#[test]
fn long_dates_in_the_six_languages() {
    let day = d(2007, 11, 27);
    assert_eq!(formats("en").date(day), "27 November 2007");
    assert_eq!(formats("fr").date(day), "27 novembre 2007");
    assert_eq!(formats("ru").date(day), "27 ноября 2007\u{202f}г.");
    assert_eq!(formats("es").date(day), "27 de noviembre de 2007");
    assert_eq!(formats("zh").date(day), "2007年11月27日");
    assert_eq!(formats("ar").date(day), "27 نوفمبر 2007");
}

#[test]
fn day_ranges_share_their_month_and_year() {
    let en = formats("en");
    let day = DatePrecision::Day;
    assert_eq!(en.date_range(d(2007, 11, 27), d(2007, 11, 27), day), "27 November 2007");
    assert_eq!(en.date_range(d(2007, 11, 27), d(2007, 11, 28), day), "27–28 November 2007");
    assert_eq!(en.date_range(d(2007, 4, 30), d(2007, 5, 11), day), "30 April – 11 May 2007");
    assert_eq!(en.date_range(d(2007, 12, 30), d(2008, 1, 2), day), "30 December 2007 – 2 January 2008");
    assert_eq!(formats("fr").date_range(d(2007, 4, 30), d(2007, 5, 11), day), "30 avril – 11 mai 2007");
    assert_eq!(formats("ru").date_range(d(2007, 11, 27), d(2007, 11, 28), day), "27–28 ноября 2007\u{202f}г.");
    assert_eq!(formats("es").date_range(d(2007, 4, 30), d(2007, 5, 11), day), "30 de abril – 11 de mayo de 2007");
    // Chinese puts the year first: the end keeps only what differs.
    assert_eq!(formats("zh").date_range(d(2007, 11, 27), d(2007, 11, 28), day), "2007年11月27日–28日");
    assert_eq!(formats("zh").date_range(d(2007, 4, 30), d(2007, 5, 11), day), "2007年4月30日–5月11日");
    assert_eq!(formats("ar").date_range(d(2007, 11, 27), d(2007, 11, 28), day), "27–28 نوفمبر 2007");
}

#[test]
fn month_ranges_use_the_stand_alone_month() {
    let month = DatePrecision::Month;
    let (start, end) = (d(2009, 11, 1), d(2009, 11, 30));
    assert_eq!(formats("en").date_range(start, end, month), "November 2009");
    assert_eq!(formats("fr").date_range(d(2009, 5, 1), d(2009, 5, 31), month), "mai 2009");
    // The nominative "ноябрь", not the genitive "ноября" of a full date.
    assert_eq!(formats("ru").date_range(start, end, month), "ноябрь 2009\u{202f}г.");
    assert_eq!(formats("es").date_range(start, end, month), "noviembre de 2009");
    assert_eq!(formats("zh").date_range(start, end, month), "2009年11月");
    assert_eq!(formats("en").date_range(d(2007, 12, 1), d(2008, 6, 30), month), "December 2007 – June 2008");
    assert_eq!(formats("fr").date_range(d(2007, 12, 1), d(2008, 6, 30), month), "décembre 2007 – juin 2008");
}

#[test]
fn weekdays_and_chart_days() {
    assert_eq!(formats("en").weekday_date(d(2007, 11, 27)), "Tuesday, 27 November 2007");
    assert_eq!(formats("fr").weekday_date(d(2007, 11, 27)), "mardi 27 novembre 2007");
    assert_eq!(formats("en").short_day_month(d(2007, 11, 27)), "27 Nov");
}

#[test]
fn numbers_group_their_digits_as_the_language_does() {
    assert_eq!(number(Tr(Lang::Fr), 1_250_000), "1\u{202f}250\u{202f}000");
    assert_eq!(decimal(Tr(Lang::Fr), 125_000, 2), "1\u{202f}250,00");
    assert_eq!(count(Tr(Lang::Ru), 1234), "1\u{a0}234");
}

#[test]
fn interface_languages_are_formatted() {
    for lang in Lang::ALL {
        assert!(super::formats(Tr(lang)).is_some(), "no formats for {}", lang.code());
    }
    assert_eq!(date(Tr(Lang::En), d(2007, 11, 27)), "27 November 2007");
    assert_eq!(number(Tr(Lang::En), 1250), "1,250");
}

#[test]
fn moments_are_read_at_the_venue() {
    use chrono::TimeZone as _;
    let at = Utc.with_ymd_and_hms(2026, 12, 7, 16, 30, 0).unwrap();
    assert_eq!(moment(Tr(Lang::En), at, "Asia/Tokyo"), "8 December 2026, 01:30 (Asia/Tokyo)");
    assert_eq!(moment(Tr(Lang::En), at, "Not/A_Zone"), "7 December 2026, 16:30 (UTC)");
}
