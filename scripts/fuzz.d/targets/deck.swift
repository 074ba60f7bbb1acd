// libFuzzer target: the deck-file reader (JSON).
// Properties: never crashes; a decoded deck re-encodes and decodes to an equal deck.
import Foundation
import FactDrillKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDeck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let deck = try? DeckFile.decode(bytes, file: "fuzz.deck.json") else { return 0 }
    guard let encoded = try? DeckFile.encode(deck) else {
        mustHold(false, "a decoded deck does not encode")
        return 0
    }
    do {
        let again = try DeckFile.decode(encoded, file: "again.deck.json")
        let reencoded = try DeckFile.encode(again)
        mustHold(reencoded == encoded, "deck round trip changes the file")
    } catch {
        mustHold(false, "a re-encoded deck does not decode: \(error)")
    }
    return 0
}
