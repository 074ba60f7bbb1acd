import XCTest

@testable import FactDrillKit

/// Dates: absolute at the precision written, relative ones resolved against the publication date.
final class DraftDateTests: XCTestCase {
    func dates(_ sentence: String, published: String?) -> [String] {
        let finder = DateFinder(published: published.flatMap(PartialDate.init))
        return finder.mentions(in: DraftSentence.words(of: sentence)).map { $0.date?.description ?? "unresolved" }
    }

    func testAbsoluteDates() {
        XCTAssertEqual(dates("وقعت في 22 مارس 1945 في القاهرة", published: nil), ["1945-03-22"])
        XCTAssertEqual(dates("في الأول من ديسمبر 2023", published: nil), ["2023-12-01"])
        XCTAssertEqual(dates("On March 5, 2024, and in June 2023", published: nil), ["2024-03-05", "2023-06"])
        XCTAssertEqual(dates("في كانون الثاني 2020 ثم في جانفي 2021", published: nil), ["2020-01", "2021-01"])
        XCTAssertEqual(dates("في يونيو/حزيران 2024", published: nil), ["2024-06"])
        // The other system's month in parentheses (Asharq Al-Awsat) or after a space.
        XCTAssertEqual(dates("في فبراير (شباط) 2019", published: nil), ["2019-02"])
        XCTAssertEqual(dates("في 31 أكتوبر (تشرين الأول) 2022", published: nil), ["2022-10-31"])
        XCTAssertEqual(dates("في فبراير شباط الماضي", published: "2024-06-01"), ["2024-02"])
        // A month "of the same year": the year of the date before it.
        XCTAssertEqual(
            dates("تولى ولاية العهد في أكتوبر 2020، بعد أيام من تولي الحكم في سبتمبر من العام نفسه", published: nil),
            ["2020-10", "2020-09"])
        XCTAssertEqual(dates("في عام 2022", published: nil), ["2022"])
        let finder = DateFinder(published: nil)
        for text in ["خلال الفترة 2019-2023", "between 2019 and 2023", "بين عامي 2019 و2023"] {
            let mention = finder.mentions(in: DraftSentence.words(of: text)).first
            XCTAssertEqual(mention?.periodText, "2019-2023", text)
        }
    }

    func testRelativeDates() {
        let published = "2024-07-10"  // a Wednesday
        XCTAssertEqual(dates("العام الماضي", published: published), ["2023"])
        XCTAssertEqual(dates("ففي يونيو الماضي", published: published), ["2024-06"])
        XCTAssertEqual(dates("في أغسطس المقبل", published: published), ["2024-08"])
        XCTAssertEqual(dates("يوم الخميس المقبل", published: published), ["2024-07-11"])
        XCTAssertEqual(dates("قال يوم الثلاثاء", published: published), ["2024-07-09"])
        XCTAssertEqual(dates("the summit will open on Tuesday", published: published), ["2024-07-16"])
        XCTAssertEqual(dates("last year and next month", published: published), ["2023", "2024-08"])
        XCTAssertEqual(dates("أمس", published: published), ["2024-07-09"])
        XCTAssertEqual(dates("last June", published: published), ["2024-06"])
    }

    func testWeekdayWithoutPublicationDayStaysAtItsPrecision() {
        let finder = DateFinder(published: PartialDate("2024-07"))
        let mention = finder.mentions(in: DraftSentence.words(of: "يوم الخميس المقبل")).first
        XCTAssertEqual(mention?.date?.description, "2024-07")
        XCTAssertNotNil(mention?.note)
        XCTAssertEqual(dates("العام الماضي", published: nil), ["unresolved"])
    }

    func testNotWeekdays() {
        XCTAssertEqual(dates("لم يذكر كأحد الموضوعات", published: "2024-07-10"), [], "«أحد» is 'one'")
    }

    func testDateLine() {
        XCTAssertEqual(
            ArticleDrafter.dateLine(in: "LONDON, March 5, 2024 (Reuters) - Britain said")?.description, "2024-03-05")
        XCTAssertEqual(ArticleDrafter.dateLine(in: "القاهرة - 5 مارس 2024\nقال الوزير")?.description, "2024-03-05")
        XCTAssertNil(ArticleDrafter.dateLine(in: "The summit opened in 2022 with many leaders present and more."))
    }
}
