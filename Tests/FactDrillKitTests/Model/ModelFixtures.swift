import XCTest

@testable import FactDrillKit

/// A valid bilingual model; tests break one line of it at a time. Line numbers are used in assertions:
/// 3 article id, 6 published, 11/15/18/21/24/27 entity ids, 31/40/46/52 fact ids.
enum ModelFixtures {
    static let valid = """
        version: 1
        article:
          id: nato-ip4
          title: {ar: "الناتو والشركاء", en: "NATO and the IP4"}
          source: Al Jazeera
          published: 2024-07
          language: ar
          text_file: nato-ip4.ar.txt
          tags: [nato, indo-pacific]
        entities:
          - id: kor
            type: country
            name: {ar: "كوريا الجنوبية", en: "South Korea"}
            aliases: {ar: ["كوريا"], en: [ROK, Republic of Korea]}
          - id: aus
            type: country
            name: {ar: "أستراليا", en: "Australia"}
          - id: sipri
            type: organization
            name: {ar: "معهد ستوكهولم الدولي لأبحاث السلام", en: SIPRI}
          - id: madrid
            type: place
            name: {ar: مدريد, en: Madrid}
          - id: carpenter
            type: person
            name: {ar: "مايكل كاربنتر", en: Michael Carpenter}
          - id: us-nsc
            type: organization
            name: {ar: "مجلس الأمن القومي الأمريكي", en: "the US National Security Council"}
        facts:
          - id: sipri-exporters
            type: ranking
            ranking: {ar: "أكبر مصدري الأسلحة في العالم", en: "the world's largest arms exporters"}
            period: "2019-2023"
            by: sipri
            entries:
              - {entity: kor, rank: 10}
              - {entity: aus, rank: 16}
            evidence: "احتلت كوريا الجنوبية المرتبة العاشرة"
          - id: madrid-summit
            type: event
            event: {ar: "قمة مدريد", en: "the Madrid summit"}
            date: 2022
            place: madrid
            participants: [kor, aus]
          - id: carpenter-role
            type: role
            person: carpenter
            role: {ar: "كبير مديري شؤون أوروبا", en: "Senior Director for Europe"}
            organization: us-nsc
            as_of: 2024-07
          - id: earlier-talk-topics
            type: set
            set: {ar: "مواضيع المحادثات السابقة", en: "the topics of the earlier talks"}
            members:
              - {ar: "الدفاع السيبراني", en: "cyber defence"}
              - {ar: "الأمن البحري", en: "maritime security"}
              - kor

        """

    /// `valid` with `old` (which must occur exactly once) replaced by `new`.
    static func valid(replacing old: String, with new: String) -> String {
        if valid.components(separatedBy: old).count != 2 { XCTFail("the fixture must contain \(old) exactly once") }
        return valid.replacingOccurrences(of: old, with: new)
    }
}

extension XCTestCase {
    /// The problems of a YAML text, named `m.article.yaml`.
    func problems(_ yaml: String) -> [ModelProblem] {
        ModelLoader.problems(yaml: yaml, file: "m.article.yaml").problems
    }

    /// Asserts that a text has exactly one problem, at `line`:`column`, whose message holds every word.
    func assertOneProblem(
        _ yaml: String, at line: Int, _ column: Int, _ words: [String],
        file: StaticString = #filePath, sourceLine: UInt = #line
    ) {
        let found = problems(yaml)
        XCTAssertEqual(
            found.count, 1, "expected one problem, got:\n" + found.map(\.description).joined(separator: "\n"),
            file: file, line: sourceLine)
        guard let problem = found.first else { return }
        XCTAssertEqual(
            "\(problem.line):\(problem.column)", "\(line):\(column)", problem.message, file: file, line: sourceLine)
        for word in words {
            XCTAssertTrue(
                problem.message.contains(word), "'\(word)' missing from: \(problem.message)", file: file,
                line: sourceLine)
        }
        XCTAssertTrue(problem.description.hasPrefix("m.article.yaml:\(line):\(column): "), file: file, line: sourceLine)
    }
}
