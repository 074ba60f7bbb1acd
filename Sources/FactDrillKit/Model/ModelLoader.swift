import Foundation
import Yams

/// Loads article models from YAML or JSON and validates them, reporting every problem of a file
/// at its line and column; a file with any problem loads nothing.
public enum ModelLoader {
    /// The largest model accepted, in bytes: an article model is a few tens of KB.
    public static let maximumSize = 10 * 1024 * 1024

    /// Reads and loads a model file; its path appears in problems as given (relative if relative).
    public static func load(contentsOf url: URL) throws -> ArticleModel {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        let yaml = try read(url, file: file)
        return try load(yaml: yaml, file: file)
    }

    /// Loads a model from YAML (or JSON) text; `file` names it in problems.
    public static func load(yaml: String, file: String) throws -> ArticleModel {
        let result = problems(yaml: yaml, file: file)
        guard let model = result.model, result.problems.isEmpty else { throw ModelError.invalid(result.problems) }
        return model
    }

    /// Every problem of a model, in file order, and the model when there is none.
    public static func problems(yaml: String, file: String) -> (model: ArticleModel?, problems: [ModelProblem]) {
        if yaml.utf8.count > maximumSize {
            return (nil, [ModelProblem(file: file, line: 1, column: 1, message: tooLarge(yaml.utf8.count))])
        }
        let anchors = anchorProblems(in: yaml, file: file)
        guard anchors.isEmpty else { return (nil, anchors) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (nil, [syntaxProblem(error, yaml: yaml, file: file)])
        }
        guard let root, !ModelReader.isNull(root) else {
            return (
                nil,
                [
                    ModelProblem(
                        file: file, line: 1, column: 1,
                        message:
                            "the file is empty: an article model starts with 'version: \(ArticleModel.currentVersion)', "
                            + "then article, entities and facts")
                ]
            )
        }
        var reader = ModelReader(file: file)
        let model = reader.readModel(root)
        let problems = ModelProblem.inFileOrder(reader.problems)
        guard let model, problems.isEmpty else {
            // Every path that drops a part reports why; this guards the contract if one ever does not.
            return (
                nil,
                problems.isEmpty
                    ? [ModelProblem(file: file, line: 1, column: 1, message: "the model could not be loaded")]
                    : problems
            )
        }
        return (model, [])
    }

    static func tooLarge(_ size: Int) -> String {
        "the file is \(size / 1024 / 1024) MB, larger than the \(maximumSize / 1024 / 1024) MB an article model may be; "
            + "split the article into several models"
    }

    /// The file's text, or `ModelError.unreadable` saying why not.
    static func read(_ url: URL, file: String) throws -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ModelError.unreadable(file: file, reason: "no such file")
        }
        guard !isDirectory.boolValue else {
            throw ModelError.unreadable(file: file, reason: "it is a directory; name a .article.yaml file")
        }
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: maximumSize + 1) ?? Data()
        } catch {
            let reason =
                FileManager.default.isReadableFile(atPath: url.path)
                ? "\(error.localizedDescription)" : "permission denied"
            throw ModelError.unreadable(file: file, reason: reason)
        }
        guard data.count <= maximumSize else {
            throw ModelError.unreadable(file: file, reason: tooLarge(data.count))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ModelError.unreadable(file: file, reason: "it is not UTF-8 text; save it as UTF-8")
        }
        return text
    }
}
