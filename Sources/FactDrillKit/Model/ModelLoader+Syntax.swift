import Foundation
import Yams

extension ModelLoader {
    /// A YAML error from Yams as a problem at its line and column, worded for an analyst.
    static func syntaxProblem(_ error: Error, yaml: String, file: String) -> ModelProblem {
        let hint = "check the indentation, the ':' after each key and the quotes around text near here"
        func problem(_ mark: Mark, _ text: String) -> ModelProblem {
            ModelProblem(file: file, line: mark.line, column: mark.column, message: text.visibleForTerminal)
        }
        guard let yamlError = error as? YamlError else {
            return ModelProblem(
                file: file, line: 1, column: 1, message: "the file cannot be read as YAML: \(error)".visibleForTerminal)
        }
        switch yamlError {
        case .scanner(let context, let text, let mark, _), .parser(let context, let text, let mark, _),
            .composer(let context, let text, let mark, _):
            if text.contains("Maximum nesting level") {
                return problem(
                    mark,
                    "YAML error: lists and mappings nest deeper than 1000 levels; an article model "
                        + "needs at most 5")
            }
            if text.contains("another document") {
                return problem(
                    mark, "YAML error: a second document starts here ('---'); a model file holds one document")
            }
            if text.contains("undefined alias") {
                return problem(
                    mark,
                    "YAML error: '*' starts an alias, and article models allow no aliases: "
                        + "write the value out in full, or quote text that begins with '*'")
            }
            let during = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return problem(mark, "YAML syntax error: \(text)\(during); \(hint)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let keys = duplicates.map { ModelReader.quoted($0) }.joined(separator: ", ")
            return problem(context.mark, "YAML error: the key \(keys) appears more than once in this mapping; keep one")
        case .reader(let text, let offset, _, _):
            let (line, column) = position(ofCharacter: offset ?? 0, in: yaml)
            return ModelProblem(
                file: file, line: line, column: column,
                message: ("the text cannot be read here: \(text); save the file as UTF-8 "
                    + "without control characters").visibleForTerminal)
        default:
            return ModelProblem(
                file: file, line: 1, column: 1,
                message: "the file cannot be read as YAML: \(yamlError)".visibleForTerminal)
        }
    }

    /// The 1-based line and column (in Unicode scalars) of the character at `offset`.
    static func position(ofCharacter offset: Int, in text: String) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for character in text.prefix(offset) {
            if character.isNewline {
                line += 1
                column = 1
            } else {
                column += character.unicodeScalars.count
            }
        }
        return (line, column)
    }
}
