// libFuzzer target: the Anki text-export reader (CSV/TSV with #headers).
// Contracts (abort): never crashes; a deck it returns passes the deck-file checks (encodes and
// decodes again to the same bytes), with unique card ids.
import Foundation
import FactDrillKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let deck = try? AnkiTextReader.read(bytes, file: "fuzz.csv") else { return 0 }
    mustHold(Set(deck.cards.map(\.id)).count == deck.cards.count, "duplicate card ids in \(deck.cards.map(\.id))")
    do {
        let encoded = try DeckFile.encode(deck)
        let again = try DeckFile.decode(encoded, file: "again.deck.json")
        let reencoded = try DeckFile.encode(again)
        mustHold(reencoded == encoded, "deck round trip changes the file")
    } catch {
        mustHold(false, "a deck read from CSV is not a valid deck file: \(error)")
    }
    return 0
}
