import Foundation
import Yams

extension ModelReader {
    /// A fact's `ask:`: a non-empty list of question names of the fact's type (`QuestionKind.askNames`),
    /// each once; an unknown name is reported with the valid names.
    mutating func readAsk(_ node: Node, typeName: String, context: String) -> [QuestionKind]? {
        guard let type = FactType(rawValue: typeName) else { return nil }
        let valid = QuestionKind.askNames(for: type)
        let listed = valid.joined(separator: ", ")
        guard let items = list(node, context: context, field: "ask", of: "question names (\(listed))") else {
            return nil
        }
        if items.isEmpty {
            report(node, "\(context): ask is empty: name the questions to ask (\(listed)), or remove the key")
            return nil
        }
        let read = items.map { item -> (node: Node, value: QuestionKind?) in
            let kind = parsed(
                item, context: context, field: "ask", expected: "a question name (\(listed))",
                { QuestionKind.named($0, for: type) },
                problem: { name in
                    "is not a question of \(Self.withArticle(typeName)) fact\(Suggestion.hint(for: name, among: valid)); "
                        + "the questions are \(listed)"
                })
            return (item, kind)
        }
        return listedOnce(read, name: { kind in "\(context): ask: \(Self.quoted(kind.question))" })
    }

}
