import XCTest

@testable import FactDrillKit

/// One row of a matcher table: a response, the card's accepted forms and rejecting names, and
/// the verdict a careful teacher would give.
struct MatcherCase {
    let response: String
    let accepted: [String]
    let rejecting: [String]
    let expected: Verdict
    let line: UInt

    init(
        _ response: String, _ accepted: [String], reject rejecting: [String] = [], _ expected: Verdict,
        line: UInt = #line
    ) {
        self.response = response
        self.accepted = accepted
        self.rejecting = rejecting
        self.expected = expected
        self.line = line
    }
}

/// Runs a table through both entry points (plain and precomputed) and checks they agree.
func assertTable(_ cases: [MatcherCase], file: StaticString = #filePath) {
    let matcher = AnswerMatcher()
    for row in cases {
        let verdict = matcher.judge(row.response, accepted: row.accepted, rejecting: row.rejecting)
        XCTAssertEqual(
            verdict, row.expected, "«\(row.response)» against \(row.accepted) rejecting \(row.rejecting)",
            file: file, line: row.line)
        let cached = matcher.judge(
            row.response, against: AcceptedAnswers(accepted: row.accepted, rejecting: row.rejecting))
        XCTAssertEqual(
            cached, verdict, "precomputed answers disagree for «\(row.response)»", file: file, line: row.line)
    }
}
