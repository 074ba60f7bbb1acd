// libFuzzer target: the answer normalizer and matcher.
// Input: UTF-8 text (invalid bytes repaired); first line = response, other lines = accepted
// answers, lines starting with '!' = rejected answers.
// Contracts (abort): never crashes; no empty token; text is the joined tokens.
// Properties (saved, see common/Check.swift): normalize(normalize(x)) == normalize(x) for
// TextNormalizer and ArabicNormalizer; a response equal to an accepted answer is correct.
import FactDrillKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalizer(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let text = String(decoding: input, as: UTF8.self)

    let once = TextNormalizer.normalize(text)
    mustHold(!once.tokens.contains(where: \.isEmpty), "empty token in \(once.tokens)")
    mustHold(once.text == once.tokens.joined(separator: " "), "text is not the joined tokens")
    let twice = TextNormalizer.normalize(once.text)
    shouldHold(twice.text == once.text, "idempotence", input: input,
               "TextNormalizer: [\(once.text)] normalizes again to [\(twice.text)]")

    let arabic = ArabicNormalizer.normalize(text)
    let arabicTwice = ArabicNormalizer.normalize(arabic)
    shouldHold(arabicTwice == arabic, "arabic-idempotence", input: input,
               "ArabicNormalizer: [\(arabic)] normalizes again to [\(arabicTwice)]")

    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let response = lines.isEmpty ? "" : lines.removeFirst()
    var accepted: [String] = []
    var rejecting: [String] = []
    for line in lines.prefix(16) {
        if line.hasPrefix("!") { rejecting.append(String(line.dropFirst())) } else { accepted.append(line) }
    }
    _ = AnswerMatcher().judge(response, accepted: accepted, rejecting: rejecting)
    let exact = AnswerMatcher().judge(response, accepted: [response] + accepted)
    shouldHold(exact == .correct || TextNormalizer.normalize(response).isEmpty, "exact-answer", input: input,
               "the response [\(response)] is among the accepted answers but judged \(exact)")
    return 0
}
