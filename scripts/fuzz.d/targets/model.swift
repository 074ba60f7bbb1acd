// libFuzzer target: the article-model loader (YAML or JSON text).
// Properties: never crashes; every problem has line >= 1 and column >= 1 and names the file;
// a model is returned exactly when there is no problem.
import FactDrillKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let yaml = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let result = ModelLoader.problems(yaml: yaml, file: "fuzz.yaml")
    for problem in result.problems {
        mustHold(problem.line >= 1, "problem line < 1: \(problem)")
        mustHold(problem.column >= 1, "problem column < 1: \(problem)")
        mustHold(problem.file == "fuzz.yaml", "problem names another file: \(problem)")
        mustHold(!problem.message.isEmpty, "problem without a message")
    }
    mustHold((result.model == nil) != result.problems.isEmpty,
                 "model \(result.model == nil ? "absent" : "present") with \(result.problems.count) problems")
    return 0
}
