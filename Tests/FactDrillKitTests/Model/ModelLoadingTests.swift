import XCTest

@testable import FactDrillKit

/// What a valid model loads into: texts, dates, aliases, periods, members, JSON, files.
final class ModelLoadingTests: XCTestCase {
    private func load(_ yaml: String) throws -> ArticleModel {
        try ModelLoader.load(yaml: yaml, file: "m.article.yaml")
    }

    /// A one-language model in English with the given facts and entities appended.
    private func english(entities: String = "", facts: String) -> String {
        """
        version: 1
        article: {id: a, title: The title, language: en}
        entities:
        \(entities.isEmpty ? "  []" : entities)
        facts:
        \(facts)
        """
    }

    func testLoadsTheFixture() throws {
        let model = try load(ModelFixtures.valid)
        XCTAssertEqual(model.version, 1)
        XCTAssertEqual(model.article.id, "nato-ip4")
        XCTAssertEqual(model.article.source, "Al Jazeera")
        XCTAssertEqual(model.article.textFile, "nato-ip4.ar.txt")
        XCTAssertEqual(model.article.tags, ["nato", "indo-pacific"])
        XCTAssertEqual(model.entities.map(\.id), ["kor", "aus", "sipri", "madrid", "carpenter", "us-nsc"])
        XCTAssertEqual(model.entity("carpenter")?.type, .person)
        XCTAssertEqual(model.facts.map(\.typeName), ["ranking", "event", "role", "set"])
        guard case .ranking(let ranking) = model.facts[0].body else { return XCTFail("not a ranking") }
        XCTAssertEqual(ranking.entries, [RankingEntry(entity: "kor", rank: 10), RankingEntry(entity: "aus", rank: 16)])
        XCTAssertEqual(ranking.by, "sipri")
        XCTAssertEqual(model.facts[0].evidence, "احتلت كوريا الجنوبية المرتبة العاشرة")
        guard case .role(let role) = model.facts[2].body else { return XCTFail("not a role") }
        XCTAssertEqual(
            role,
            Role(
                person: "carpenter",
                role: LocalizedText(ar: "كبير مديري شؤون أوروبا", en: "Senior Director for Europe"),
                organization: "us-nsc"))
        XCTAssertEqual(model.facts[2].asOf, PartialDate(year: 2024, month: 7))
    }

    func testLocalizedTextMapAndPlainString() throws {
        let bilingual = try load(ModelFixtures.valid)
        XCTAssertEqual(bilingual.article.title, LocalizedText(ar: "الناتو والشركاء", en: "NATO and the IP4"))
        XCTAssertEqual(bilingual.entity("madrid")?.name, LocalizedText(ar: "مدريد", en: "Madrid"))
        // A plain string is text in the article's language.
        let english = try load(english(facts: "  - {id: e, type: event, event: The summit, date: 2022}"))
        XCTAssertEqual(english.article.title, LocalizedText(["en": "The title"]))
        guard case .event(let event) = english.facts[0].body else { return XCTFail("not an event") }
        XCTAssertEqual(event.event, LocalizedText(["en": "The summit"]))
    }

    func testExtraLanguagesAreKept() throws {
        let model = try load(
            english(facts: "  - {id: e, type: event, event: {en: The summit, fr: Le sommet}, date: 2022}"))
        guard case .event(let event) = model.facts[0].body else { return XCTFail("not an event") }
        XCTAssertEqual(event.event["fr"], "Le sommet")
    }

    func testDatesOfEachPrecision() throws {
        let model = try load(
            english(
                facts: """
                      - {id: y, type: event, event: A, date: 2022}
                      - {id: m, type: event, event: B, date: 2024-06}
                      - {id: d, type: event, event: C, date: 2024-07-09}
                      - {id: q, type: event, event: D, date: "2024-07-10"}
                    """))
        let dates = model.facts.compactMap { fact -> PartialDate? in
            if case .event(let event) = fact.body { return event.date } else { return nil }
        }
        XCTAssertEqual(dates.map(\.description), ["2022", "2024-06", "2024-07-09", "2024-07-10"])
        XCTAssertEqual(dates.map(\.precision), [.year, .month, .day, .day])
    }

    func testPeriods() throws {
        let model = try load(
            english(
                entities: "  - {id: x, type: country, name: X}",
                facts: """
                      - {id: r1, type: ranking, ranking: R, period: "2019-2023", entries: [{entity: x, rank: 1}]}
                      - {id: r2, type: ranking, ranking: R, period: 2019, entries: [{entity: x, rank: 1}]}
                      - {id: r3, type: ranking, ranking: R, period: 2024-07, entries: [{entity: x, rank: 1}]}
                      - {id: r4, type: ranking, ranking: R, entries: [{entity: x, rank: 1}, {entity: x2, rank: 1}]}
                    """.replacingOccurrences(of: ", {entity: x2, rank: 1}", with: "")))
        let periods = model.facts.map { fact -> String in
            if case .ranking(let ranking) = fact.body {
                return ranking.period?.description ?? "none"
            } else {
                return "?"
            }
        }
        XCTAssertEqual(periods, ["2019-2023", "2019", "2024-07", "none"])
    }

    func testAliases() throws {
        let model = try load(ModelFixtures.valid)
        XCTAssertEqual(model.entity("kor")?.aliases, ["ar": ["كوريا"], "en": ["ROK", "Republic of Korea"]])
        XCTAssertEqual(model.entity("aus")?.aliases, [:])
        // A single string is a list of one; aliases in only one language are fine.
        let single = try load(
            english(
                entities: "  - {id: x, type: country, name: X, aliases: {en: Ecks}}",
                facts: "  - {id: e, type: event, event: E, date: 2022, place: x}"))
        XCTAssertEqual(single.entity("x")?.aliases, ["en": ["Ecks"]])
    }

    func testSetMembersOfBothKinds() throws {
        let model = try load(ModelFixtures.valid)
        guard case .set(let set) = model.facts[3].body else { return XCTFail("not a set") }
        XCTAssertEqual(
            set.members,
            [
                .text(LocalizedText(ar: "الدفاع السيبراني", en: "cyber defence")),
                .text(LocalizedText(ar: "الأمن البحري", en: "maritime security")),
                .entity("kor"),
            ])
    }

    func testJSONInput() throws {
        let json = """
            {"version": 1,
             "article": {"id": "a", "title": {"ar": "عنوان", "en": "Title"}, "language": "ar", "published": "2024-07"},
             "entities": [{"id": "kor", "type": "country", "name": {"ar": "كوريا", "en": "Korea"}}],
             "facts": [{"id": "r", "type": "ranking", "ranking": {"ar": "ترتيب", "en": "ranking"},
                        "entries": [{"entity": "kor", "rank": 10}]}]}
            """
        let model = try load(json)
        XCTAssertEqual(model.article.published, PartialDate(year: 2024, month: 7))
        XCTAssertEqual(model.entities.first?.name, LocalizedText(ar: "كوريا", en: "Korea"))
        let bad = problems(json.replacingOccurrences(of: "\"rank\": 10", with: "\"rank\": -1"))
        XCTAssertEqual(bad.map { "\($0.line):\($0.column)" }, ["5:51"])
    }

    func testFactsBeforeEntitiesInTheFileStillResolve() throws {
        let yaml = """
            version: 1
            facts:
              - {id: e, type: event, event: E, date: 2022, place: x}
            entities:
              - {id: x, type: place, name: X}
            article: {id: a, title: T, language: en}
            """
        XCTAssertEqual(try load(yaml).facts.count, 1)
    }

    func testInvalidModelThrowsEveryProblem() {
        let yaml = ModelFixtures.valid(replacing: "    date: 2022\n", with: "    date: 2022-13\n")
            .replacingOccurrences(of: "    type: place\n", with: "    type: city\n")
        XCTAssertThrowsError(try load(yaml)) { error in
            guard case ModelError.invalid(let problems) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(problems.map(\.line), [22, 43])
            XCTAssertEqual((error as? LocalizedError)?.errorDescription?.split(separator: "\n").count, 2)
            XCTAssertTrue((error as? LocalizedError)?.errorDescription?.hasPrefix("m.article.yaml:22:11: ") ?? false)
        }
    }

    func testLoadsFromAFileAndNamesItAsGiven() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdrill-model-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(
            at: directory.appendingPathComponent("decks"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = URL(fileURLWithPath: "decks/good.article.yaml", relativeTo: directory)
        try ModelFixtures.valid.write(to: good, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ModelLoader.load(contentsOf: good).facts.count, 4)

        let bad = URL(fileURLWithPath: "decks/bad.article.yaml", relativeTo: directory)
        try ModelFixtures.valid(replacing: "    type: place\n", with: "    type: city\n").write(
            to: bad, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ModelLoader.load(contentsOf: bad)) { error in
            XCTAssertTrue(
                (error as? ModelError)?.errorDescription?.hasPrefix("decks/bad.article.yaml:22:11: ") ?? false,
                "\(error)")
        }
    }

    func testUnreadableFiles() throws {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdrill-model-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let missing = URL(fileURLWithPath: "none.article.yaml", relativeTo: directory)
        XCTAssertThrowsError(try ModelLoader.load(contentsOf: missing)) { error in
            XCTAssertEqual(error as? ModelError, .unreadable(file: "none.article.yaml", reason: "no such file"))
            XCTAssertEqual((error as? ModelError)?.errorDescription, "none.article.yaml: cannot read: no such file")
        }
        XCTAssertThrowsError(try ModelLoader.load(contentsOf: directory)) { error in
            guard case .unreadable(_, let reason)? = error as? ModelError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("directory"))
        }
        let latin1 = URL(fileURLWithPath: "latin1.yaml", relativeTo: directory)
        try Data([0x76, 0x3A, 0x20, 0xE9, 0xFF, 0x0A]).write(to: latin1)
        XCTAssertThrowsError(try ModelLoader.load(contentsOf: latin1)) { error in
            guard case .unreadable(_, let reason)? = error as? ModelError else { return XCTFail("\(error)") }
            XCTAssertTrue(reason.contains("UTF-8"))
        }
    }
}
