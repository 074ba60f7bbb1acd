import XCTest

@testable import FactDrillKit

/// Every validation rule, each breaking one line of the valid fixture.
final class ModelValidationTests: XCTestCase {
    private func broken(_ old: String, _ new: String) -> String { ModelFixtures.valid(replacing: old, with: new) }

    func testTheFixtureIsValid() {
        XCTAssertEqual(problems(ModelFixtures.valid), [])
    }

    func testYAMLSyntaxErrorHasYamsPosition() {
        assertOneProblem(
            broken("  source: Al Jazeera\n", "  source: Al Jazeera: x\n"), at: 5, 21,
            ["YAML syntax error", "mapping values are not allowed"])
    }

    func testTopLevelMustBeAMapping() {
        assertOneProblem(
            "- a\n- b\n", at: 1, 1, ["expected a mapping", "version, article, entities and facts", "found a list"])
    }

    func testEmptyFile() {
        assertOneProblem("", at: 1, 1, ["empty", "version: 1"])
        assertOneProblem("# nothing but a comment\n", at: 1, 1, ["empty"])
    }

    func testMissingVersion() {
        assertOneProblem(broken("version: 1\n", ""), at: 1, 1, ["missing 'version: 1'", "version 1 only"])
    }

    func testUnknownVersionSaysWhichAreSupported() {
        assertOneProblem(
            broken("version: 1\n", "version: 2\n"), at: 1, 10, ["version '2' is not supported", "version 1 only"])
    }

    func testMissingField() {
        assertOneProblem(
            broken("  title: {ar: \"الناتو والشركاء\", en: \"NATO and the IP4\"}\n", ""), at: 3, 3,
            ["article", "missing 'title'"])
        assertOneProblem(broken("    date: 2022\n", ""), at: 40, 5, ["fact 'madrid-summit'", "missing 'date'"])
    }

    func testWronglyTypedFieldSaysTheExpectedType() {
        assertOneProblem(
            broken("  title: {ar: \"الناتو والشركاء\", en: \"NATO and the IP4\"}\n", "  title: [a, b]\n"),
            at: 4, 10, ["title must be a localized text (a string or a map of language to string", "found a list"])
        assertOneProblem(
            broken("    aliases: {ar: [\"كوريا\"], en: [ROK, Republic of Korea]}\n", "    aliases: [ROK]\n"),
            at: 14, 14, ["entity 'kor'", "aliases must be a map of language to a list of names"])
    }

    func testMisspeltKeyIsAnErrorWithASuggestion() {
        // The suggestion explains the missing `facts`: one message, not two.
        assertOneProblem(broken("facts:\n", "facts_:\n"), at: 30, 1, ["unknown key 'facts_'", "did you mean 'facts'?"])
        assertOneProblem(
            broken("entities:\n", "entites:\n"), at: 10, 1, ["unknown key 'entites'", "did you mean 'entities'?"])
    }

    func testUnknownKeyListsTheKnownOnes() {
        assertOneProblem(
            broken("  source: Al Jazeera\n", "  source: Al Jazeera\n  colour: red\n"), at: 6, 3,
            ["article: unknown key 'colour'", "the keys here are id, title, source"])
    }

    func testKeyOfAnotherFactType() {
        assertOneProblem(
            broken("    date: 2022\n", "    date: 2022\n    period: 2022\n"), at: 44, 5,
            ["key 'period' does not belong to an event fact", "event, date, place, participants"])
    }

    func testDuplicateYAMLKey() {
        assertOneProblem(
            broken("    type: person\n", "    type: person\n    type: person\n"), at: 25, 5,
            ["key 'type' appears more than once"])
    }

    func testBadSlugs() {
        assertOneProblem(
            broken("  id: nato-ip4\n", "  id: NATO_ip4\n"), at: 3, 7,
            ["article: id 'NATO_ip4' is not a valid slug", "lower-case letters a-z, digits and '-'"])
        assertOneProblem(
            broken("  - id: earlier-talk-topics\n", "  - id: -topics\n"), at: 52, 9,
            ["fact '-topics': id '-topics' is not a valid slug"])
    }

    func testDuplicateEntityIDPointsAtTheSecondAndNamesTheFirst() {
        assertOneProblem(
            broken("  - id: us-nsc\n", "  - id: sipri\n").replacingOccurrences(
                of: "organization: us-nsc", with: "organization: sipri"),
            at: 27, 9, ["entity 'sipri': id 'sipri' is already used by the entity at line 18"])
    }

    func testDuplicateFactID() {
        assertOneProblem(
            broken("  - id: carpenter-role\n", "  - id: madrid-summit\n"), at: 46, 9,
            ["id 'madrid-summit' is already used by the fact at line 40"])
    }

    func testReferencesToUnknownEntities() {
        assertOneProblem(
            broken("    by: sipri\n", "    by: sipr\n"), at: 35, 9, ["by: no entity 'sipr'", "did you mean 'sipri'?"])
        assertOneProblem(
            broken("      - {entity: aus, rank: 16}\n", "      - {entity: nzl, rank: 16}\n"), at: 38, 18,
            ["entry 2: entity: no entity 'nzl'"])
        assertOneProblem(broken("    place: madrid\n", "    place: paris\n"), at: 44, 12, ["place: no entity 'paris'"])
        assertOneProblem(
            broken("    participants: [kor, aus]\n", "    participants: [kor, jpn]\n"), at: 45, 25,
            ["participants: no entity 'jpn'"])
        assertOneProblem(
            broken("    person: carpenter\n", "    person: carpenterr\n"), at: 48, 13,
            ["person: no entity 'carpenterr'"])
        assertOneProblem(
            broken("    organization: us-nsc\n", "    organization: nsc\n"), at: 50, 19,
            ["organization: no entity 'nsc'"])
    }

    func testPlainStringMemberMustNameAnEntity() {
        assertOneProblem(
            broken("      - kor\n", "      - cyber\n"), at: 58, 9,
            ["members: no entity 'cyber'", "write {ar: \"…\", en: \"…\"} for a text member"])
    }

    func testRolePersonMustBeAPerson() {
        assertOneProblem(
            broken("    person: carpenter\n", "    person: us-nsc\n"), at: 48, 13,
            ["person 'us-nsc' is an organization, not a person"])
    }

    func testBadDates() {
        assertOneProblem(
            broken("  published: 2024-07\n", "  published: 2024-13\n"), at: 6, 14,
            ["article: published '2024-13' is not a valid date: month must be 1-12", "YYYY, YYYY-MM or YYYY-MM-DD"])
        assertOneProblem(
            broken("    date: 2022\n", "    date: 2024-02-30\n"), at: 43, 11,
            ["fact 'madrid-summit': date '2024-02-30' is not a valid date: day must be 1-29 in 2024-02"])
        assertOneProblem(
            broken("    as_of: 2024-07\n", "    as_of: July 2024\n"), at: 51, 12,
            ["as_of 'July 2024' is not a valid date", "YYYY, YYYY-MM or YYYY-MM-DD"])
        assertOneProblem(broken("    date: 2022\n", "    date: 22\n"), at: 43, 11, ["date '22' is not a valid date"])
    }

    func testBadPeriods() {
        assertOneProblem(
            broken("    period: \"2019-2023\"\n", "    period: \"2023-2019\"\n"), at: 34, 13,
            ["period '2023-2019' is not a valid period", "starts after it ends"])
        assertOneProblem(
            broken("    period: \"2019-2023\"\n", "    period: 2019-2023-01\n"), at: 34, 13,
            ["period '2019-2023-01' is not a valid period", "neither a date"])
        assertOneProblem(
            broken("    period: \"2019-2023\"\n", "    period: 2019-13-2023-01\n"), at: 34, 13,
            ["its start '2019-13' is not a date: month must be 1-12"])
    }

    func testRanks() {
        assertOneProblem(
            broken("      - {entity: aus, rank: 16}\n", "      - {entity: aus, rank: 0}\n"), at: 38, 29,
            ["entry 2: rank 0 is below 1"])
        assertOneProblem(
            broken("      - {entity: aus, rank: 16}\n", "      - {entity: aus, rank: sixteenth}\n"), at: 38, 29,
            ["rank must be a whole number", "'sixteenth'"])
        assertOneProblem(
            broken("      - {entity: aus, rank: 16}\n", "      - {entity: aus, rank: 1.5}\n"), at: 38, 29,
            ["rank must be a whole number"])
    }

    func testRankingWithoutEntries() {
        assertOneProblem(
            broken(
                "    entries:\n      - {entity: kor, rank: 10}\n      - {entity: aus, rank: 16}\n", "    entries: []\n"),
            at: 36, 14, ["entries is empty", "at least one"])
    }

    func testEntityRankedTwice() {
        assertOneProblem(
            broken("      - {entity: aus, rank: 16}\n", "      - {entity: kor, rank: 16}\n"), at: 38, 18,
            ["'kor' is already ranked at line 37"])
    }

    func testTwoEntitiesMayNotShareAName() {
        assertOneProblem(
            broken(
                "    name: {ar: \"أستراليا\", en: \"Australia\"}\n",
                "    name: {ar: \"أستراليا\", en: \"south korea\"}\n"),
            at: 17, 11, ["name 'south korea' (en) is also the name of entity 'kor' at line 13"])
    }

    func testUnknownEntityType() {
        assertOneProblem(
            broken("    type: place\n", "    type: city\n"), at: 22, 11,
            ["unknown entity type 'city'", "country, person, organization, place, other"])
        assertOneProblem(broken("    type: place\n", "    type: plaec\n"), at: 22, 11, ["did you mean 'place'?"])
    }

    func testUnknownFactTypeListsTheKnownOnes() {
        assertOneProblem(
            broken("    type: role\n", "    type: position\n"), at: 47, 11,
            ["unknown fact type 'position'", "the known types are ranking, event, role, set"])
    }

    func testSetNeedsTwoDistinctMembers() {
        assertOneProblem(
            broken("      - {ar: \"الأمن البحري\", en: \"maritime security\"}\n      - kor\n", ""), at: 56, 7,
            ["members has 1 member", "at least 2"])
        assertOneProblem(
            broken("      - kor\n", "      - {ar: \"الأمن البحري\", en: \"maritime security\"}\n"), at: 58, 9,
            ["already listed at line 57"])
    }

    func testParticipantsMayNotBeEmptyOrRepeat() {
        assertOneProblem(
            broken("    participants: [kor, aus]\n", "    participants: []\n"), at: 45, 19, ["participants is empty"])
        assertOneProblem(
            broken("    participants: [kor, aus]\n", "    participants: [kor, kor]\n"), at: 45, 25,
            ["'kor' is already listed"])
    }

    func testEveryTextNeedsEveryLanguageOfTheTitle() {
        assertOneProblem(
            broken("    name: {ar: \"أستراليا\", en: \"Australia\"}\n", "    name: {ar: \"أستراليا\"}\n"), at: 17, 11,
            ["entity 'aus': name has no 'en' text", "the model's languages are ar, en"])
        assertOneProblem(
            broken(
                "    event: {ar: \"قمة مدريد\", en: \"the Madrid summit\"}\n",
                "    event: {en: \"the Madrid summit\"}\n"),
            at: 42, 12, ["fact 'madrid-summit': event has no 'ar' text"])
        assertOneProblem(
            broken("      - {ar: \"الدفاع السيبراني\", en: \"cyber defence\"}\n", "      - {en: \"cyber defence\"}\n"),
            at: 56, 9, ["fact 'earlier-talk-topics': a member has no 'ar' text"])
    }

    func testPlainStringInABilingualModelSaysHowToFixIt() {
        assertOneProblem(
            broken("    name: {ar: مدريد, en: Madrid}\n", "    name: مدريد\n"), at: 23, 11,
            ["plain string", "article's language (ar) only", "write {ar: \"…\", en: \"…\"}"])
    }

    func testLanguageCodes() {
        assertOneProblem(
            broken("  language: ar\n", "  language: Arabic\n"), at: 7, 13, ["'Arabic' is not a language code"])
        XCTAssertTrue(
            problems(broken("    name: {ar: مدريد, en: Madrid}\n", "    name: {ar: مدريد, EN: Madrid}\n"))
                .contains { $0.message.contains("'EN' is not a language code") })
    }

    func testFactsMayNotBeEmpty() {
        let text = ModelFixtures.valid
        let yaml = String(text[..<text.range(of: "facts:\n")!.lowerBound]) + "facts: []\n"
        assertOneProblem(yaml, at: 30, 8, ["facts is empty"])
    }
}
