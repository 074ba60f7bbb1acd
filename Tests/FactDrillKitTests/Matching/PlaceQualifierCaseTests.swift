import XCTest

@testable import FactDrillKit

/// A place followed by its country: accepted for the place, never for the country, and only
/// when the trailing part is a known country or region name.
final class PlaceQualifierCaseTests: XCTestCase {
    let vilnius = ["Vilnius", "فيلنيوس"]

    func testAPlaceWithItsCountry() {
        assertTable([
            MatcherCase("Vilnius, Lithuania", vilnius, .correct),
            MatcherCase("vilnius,lithuania", vilnius, .correct),
            MatcherCase("Vilnius (Lithuania)", vilnius, .correct),
            MatcherCase("فيلنيوس، ليتوانيا", vilnius, .correct),
            MatcherCase("فيلنيوس (ليتوانيا)", vilnius, .correct),
            MatcherCase("فيلنيوس, ليتوانيا", vilnius, .correct),
            MatcherCase("The Hague, the Netherlands", ["The Hague"], .correct),
            MatcherCase("London, UK", ["London"], .correct),
            MatcherCase("Washington, USA", ["Washington"], .correct),
            MatcherCase("Madrid, Spain", ["Madrid", "مدريد"], .correct),
            MatcherCase("مدريد، إسبانيا", ["Madrid", "مدريد"], .correct),
            MatcherCase("Tbilisi, Georgia", ["Tbilisi"], .correct),
            // A misspelt place stays close.
            MatcherCase("Vilnus, Lithuania", vilnius, .close),
        ])
    }

    func testWhatTheQualifierNeverAccepts() {
        assertTable([
            // The country is not the answer, and the head is judged alone.
            MatcherCase("Vilnius, Lithuania", ["Lithuania", "ليتوانيا"], .wrong),
            MatcherCase("فيلنيوس، ليتوانيا", ["Lithuania", "ليتوانيا"], .wrong),
            MatcherCase("Kaunas, Lithuania", vilnius, .wrong),
            // Only a known country or region after the comma.
            MatcherCase("Vilnius, capital", vilnius, .wrong),
            MatcherCase("Vilnius, Baltic states", vilnius, .wrong),
            MatcherCase("Vilnius, Narnia", vilnius, .wrong),
            MatcherCase("Vilnius, 2023", vilnius, .wrong),
            MatcherCase("Vilnius, Lithuania, Narnia", vilnius, .wrong),
            MatcherCase("Vilnius (Lithuania) summit", vilnius, .wrong),
            // Without a comma or parenthesis, the words are one name.
            MatcherCase("Vilnius Lithuania", vilnius, .wrong),
            // A country qualified by a country is another place (the US state of Georgia).
            MatcherCase("Georgia, United States", ["Georgia"], .wrong),
            // Only the whole place, never a part of a longer accepted name.
            MatcherCase("Carpenter, United Kingdom", ["Michael Carpenter"], .wrong),
            MatcherCase(", Lithuania", vilnius, .wrong),
        ])
    }
}
