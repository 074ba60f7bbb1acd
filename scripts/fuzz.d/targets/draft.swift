// libFuzzer target: `factdrill draft` on any text.
// Input: UTF-8 text (invalid bytes repaired), drafted as an article published 2024-07-09, in the
// detected language, then with --lang ar and without a publication date.
// Contracts (abort): never crashes; every drafted model with a fact loads (`factdrill check` accepts it).
import FactDrillKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDraft(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: input, as: UTF8.self)
    let runs: [ArticleDrafter.Options] = [
        .init(published: PartialDate(year: 2024, month: 7, day: 9)),
        .init(published: nil, language: "ar"),
    ]
    for options in runs {
        let draft = ArticleDrafter().draft(text: text, options: options)
        if draft.facts.isEmpty { continue }  // nothing to write: `draft` says so and writes no file
        let yaml = ArticleDraftWriter.yaml(draft, id: "fuzz", textFile: "fuzz.txt", source: "fuzz.txt")
        do {
            _ = try ModelLoader.load(yaml: yaml, file: "fuzz.article.yaml")
        } catch {
            mustHold(false, "the drafted model does not load: \(error)\n\(yaml)")
        }
    }
    return 0
}
