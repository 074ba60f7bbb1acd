import XCTest

@testable import FactDrillKit

/// Names: typos within the budget, the confusable-name traps, and parts of multi-word names.
final class NameCaseTests: XCTestCase {
    let countries = [
        "Austria", "Australia", "Iran", "Iraq", "North Korea", "South Korea", "Egypt", "Qatar",
        "Gambia", "Zambia", "Niger", "Nigeria", "Slovakia", "Slovenia",
    ]

    func reject(_ answer: String) -> [String] { countries.filter { $0 != answer } }

    func testTyposWithinBudget() {
        assertTable([
            MatcherCase("Australai", ["Australia"], reject: reject("Australia"), .close),
            MatcherCase("Austrlia", ["Australia"], .wrong),  // one edit from Austria too
            MatcherCase("Australa", ["Australia"], .close),
            MatcherCase("Madird", ["Madrid"], .close),
            MatcherCase("Carpentr", ["Michael Carpenter"], .close),
            MatcherCase("Michael Carpentre", ["Michael Carpenter"], .close),
            MatcherCase("Stoltenbreg", ["Jens Stoltenberg"], .close),
            MatcherCase("Stoltnbreg", ["Stoltenberg"], .close),
            MatcherCase("Philipines", ["Philippines"], .close),
            MatcherCase("استرليا", ["أستراليا"], .close),
            MatcherCase("كاربينتر", ["مايكل كاربنتر"], .close),
            MatcherCase("Rome", ["Roma", "Rome"], .correct),
            // No typo allowed up to four letters, at most one up to eight, two beyond.
            MatcherCase("Rom", ["Rome"], .wrong),
            MatcherCase("Pari", ["Paris"], .wrong),
            MatcherCase("Mdrdi", ["Madrid"], .wrong),
            MatcherCase("Phlipines", ["Philippines"], .close),
            MatcherCase("Phlpines", ["Philippines"], .wrong),
            // Number words in names never change by a typo.
            MatcherCase("Abdullah I", ["Abdullah II"], .wrong),
            MatcherCase("Elizabeth III", ["Elizabeth II"], .wrong),
            MatcherCase("Elizabth II", ["Elizabeth II"], .close),
            MatcherCase("عبد الله الثالث", ["عبد الله الثاني"], .wrong),
            MatcherCase("عبدالله الثانى", ["عبد الله الثاني"], .correct),
            MatcherCase("Second Feet", ["Second Fleet"], .close),
            MatcherCase("Third Fleet", ["Second Fleet"], .wrong),
            // A different first letter is never a typo.
            MatcherCase("Zambia", ["Gambia"], .wrong),
            MatcherCase("Oman", ["Iran"], .wrong),
        ])
    }

    func testConfusableTraps() {
        assertTable([
            MatcherCase("Austria", ["Australia"], reject: reject("Australia"), .wrong),
            MatcherCase("Austria", ["Australia"], .wrong),
            // Country names guard typos even when the card gives no rejecting names.
            MatcherCase("Iceland", ["Ireland"], .wrong),
            MatcherCase("Ireland", ["Iceland", "آيسلندا"], .wrong),
            MatcherCase("Irelnd", ["Ireland"], .close),
            MatcherCase("Grenade", ["Grenada"], .close),
            MatcherCase("آيرلندا", ["آيسلندا"], .wrong),
            MatcherCase("Australia", ["Austria"], reject: reject("Austria"), .wrong),
            MatcherCase("النمسا", ["أستراليا"], reject: ["النمسا"], .wrong),
            MatcherCase("Iran", ["Iraq"], reject: reject("Iraq"), .wrong),
            MatcherCase("Iraq", ["Iran"], .wrong),
            MatcherCase("ايران", ["العراق"], reject: ["إيران"], .wrong),
            MatcherCase("مصر", ["قطر"], reject: ["مصر"], .wrong),
            MatcherCase("قطر", ["مصر"], .wrong),
            MatcherCase("مطر", ["قطر"], .wrong),
            MatcherCase("Qatar", ["Qatar", "قطر"], reject: reject("Qatar"), .correct),
            MatcherCase("Nigeria", ["Niger"], reject: reject("Niger"), .wrong),
            MatcherCase("Niger", ["Nigeria"], .wrong),
            MatcherCase("Slovenia", ["Slovakia"], reject: reject("Slovakia"), .wrong),
            MatcherCase("Slovkia", ["Slovakia"], reject: reject("Slovakia"), .close),
            MatcherCase("Slovnia", ["Slovakia"], reject: reject("Slovakia"), .wrong),
            MatcherCase("Slovenai", ["Slovakia"], reject: reject("Slovakia"), .wrong),
            MatcherCase("Slovakai", ["Slovakia"], reject: reject("Slovakia"), .close),
            MatcherCase("North Korea", ["South Korea"], reject: reject("South Korea"), .wrong),
            MatcherCase("Nroth Korea", ["South Korea"], reject: reject("South Korea"), .wrong),
            MatcherCase("Suoth Korea", ["South Korea"], reject: reject("South Korea"), .close),
            MatcherCase("كوريا الشمالية", ["كوريا الجنوبية"], reject: ["كوريا الشمالية"], .wrong),
            MatcherCase("كوريا الجنوبيه", ["كوريا الجنوبية"], reject: ["كوريا الشمالية"], .correct),
        ])
    }

    func testPartsOfMultiWordNames() {
        let carpenter = ["Michael Carpenter", "مايكل كاربنتر"]
        let southKorea = ["South Korea", "Republic of Korea", "كوريا الجنوبية"]
        assertTable([
            MatcherCase("Carpenter", carpenter, .correct),
            MatcherCase("carpenter", carpenter, .correct),
            MatcherCase("كاربنتر", carpenter, .correct),
            MatcherCase("Michael", carpenter, .wrong),
            MatcherCase("مايكل", carpenter, .wrong),
            MatcherCase("Carpenter", carpenter, reject: ["John Carpenter"], .wrong),
            MatcherCase("Leyen", ["Ursula von der Leyen"], .correct),
            MatcherCase("von der Leyen", ["Ursula von der Leyen"], .correct),
            MatcherCase("Ursula", ["Ursula von der Leyen"], .wrong),
            MatcherCase("South", southKorea, .wrong),
            MatcherCase("Korea", southKorea, reject: ["North Korea", "كوريا الشمالية"], .wrong),
            MatcherCase("كوريا", southKorea, reject: ["North Korea", "كوريا الشمالية"], .wrong),
            MatcherCase("الجنوبية", southKorea, .wrong),
            MatcherCase("Republic", southKorea, .wrong),
            MatcherCase("Kingdom", ["United Kingdom"], .wrong),
            MatcherCase("States", ["United States"], .wrong),
            MatcherCase("Guinea", ["Papua New Guinea"], .wrong),
            MatcherCase("السودان", ["جنوب السودان"], .wrong),
            // An Arabic adjective of relation is never a part on its own (the deck lists «السعودية» as an alias).
            MatcherCase("السعودية", ["المملكة العربية السعودية"], .wrong),
            MatcherCase("السعودية", ["المملكة العربية السعودية", "السعودية"], .correct),
            MatcherCase("المملكة", ["المملكة العربية السعودية"], .wrong),
            MatcherCase("العربية", ["المملكة العربية السعودية"], .wrong),
            MatcherCase("الثاني", ["عبد الله الثاني"], .wrong),
            // A name qualified only by common words: the rest names another place.
            MatcherCase("Zealand", ["New Zealand"], .wrong),
            MatcherCase("York", ["New York"], .wrong),
            MatcherCase("Mexico", ["New Mexico"], .wrong),
            MatcherCase("Salman", ["King Salman"], .correct),
            MatcherCase("May", ["Theresa May"], .wrong),  // 3 Latin letters: too short to be distinctive
            MatcherCase("June", ["Carl June"], .correct),
            MatcherCase("Theresa", ["Theresa May"], .wrong),
            MatcherCase("Tobago", ["Trinidad and Tobago"], .correct),
            MatcherCase("Li", ["Michael Li"], .wrong),
            MatcherCase("Carpenter Michael", carpenter, .wrong),
            MatcherCase("Corps", ["Islamic Revolutionary Guard Corps", "IRGC"], .wrong),
            MatcherCase("الإيراني", ["الحرس الثوري الإيراني"], .wrong),
            MatcherCase("Aerospace", ["Hanwha Aerospace"], .wrong),
        ])
    }

    func testSpacingAndTitles() {
        assertTable([
            MatcherCase("عبدالله", ["عبد الله"], .correct),
            MatcherCase("عبد الرحمن", ["عبدالرحمن"], .correct),
            MatcherCase("حزب الله", ["حزب الله"], .correct),
            MatcherCase("Newzealand", ["New Zealand"], .correct),
            MatcherCase("President Macron", ["Emmanuel Macron"], .correct),
            MatcherCase("الرئيس ماكرون", ["إيمانويل ماكرون"], .correct),
            MatcherCase("Dr. Carpenter", ["Michael Carpenter"], .correct),
            MatcherCase("President Michael Carpenter", ["Michael Carpenter"], .correct),
            MatcherCase("President", ["Emmanuel Macron"], .wrong),
            MatcherCase("الرئيس", ["إيمانويل ماكرون"], .wrong),
            MatcherCase("President Macron", ["Mark Rutte"], reject: ["Emmanuel Macron"], .wrong),
            MatcherCase("2 13", ["213"], .wrong),
        ])
    }
}
