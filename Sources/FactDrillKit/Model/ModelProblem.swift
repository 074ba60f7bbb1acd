import Foundation

/// One thing wrong with an article model, at the line and column of the offending node.
public struct ModelProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it (relative if given relative).
    public let file: String
    /// The 1-based line of the offending node.
    public let line: Int
    /// The 1-based column of the offending node, counted in Unicode scalars.
    public let column: Int
    /// What is wrong and how to fix it, written for an analyst.
    public let message: String

    /// Creates a problem at a position of a file.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE:COLUMN: message`.
    public var description: String { "\(file):\(line):\(column): \(message)" }

    /// Orders problems as they appear in the file; ties keep their order.
    static func inFileOrder(_ problems: [ModelProblem]) -> [ModelProblem] {
        problems.enumerated().sorted { a, b in
            (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
        }.map(\.element)
    }
}
