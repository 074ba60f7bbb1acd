// libFuzzer target: the Anki text-export reader (CSV/TSV with #headers).
// Contracts (abort): never crashes; card ids are unique.
// Property (saved, see common/Check.swift): a deck it returns is a valid deck file (encodes,
// decodes again, same bytes). Known violation: notes in mixed languages (findings/README.md).
import Foundation
import FactDrillKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let deck = try? AnkiTextReader.read(Data(input), file: "fuzz.csv") else { return 0 }
    mustHold(Set(deck.cards.map(\.id)).count == deck.cards.count, "duplicate card ids in \(deck.cards.map(\.id))")
    do {
        let encoded = try DeckFile.encode(deck)
        let again = try DeckFile.decode(encoded, file: "again.deck.json")
        let reencoded = try DeckFile.encode(again)
        shouldHold(reencoded == encoded, "round-trip", input: input, "deck round trip changes the file")
    } catch {
        shouldHold(false, "invalid-deck", input: input, "a deck read from CSV is not a valid deck file: \(error)")
    }
    return 0
}
