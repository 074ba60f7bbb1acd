import Foundation

/// Folds precomposed Latin letters (U+00C0-U+024F) to lower-case ASCII without diacritics.
enum LatinFolding {
    /// The fold of each scalar from U+00C0 to U+024F: up to two ASCII letters, or none for a
    /// symbol (× ÷). Built once from Unicode's canonical decompositions.
    private static let table: [(UInt32, UInt32)] = (UInt32(0xC0)...0x24F).map { v in
        guard let scalar = Unicode.Scalar(v) else { return (0, 0) }
        if let special = specials[v] { return special }
        guard scalar.properties.isAlphabetic else { return (0, 0) }
        let base = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first!.value
        switch base {
        case 0x41...0x5A: return (base + 0x20, 0)
        case 0x61...0x7A: return (base, 0)
        default:
            let lower = scalar.properties.lowercaseMapping.unicodeScalars.first?.value ?? v
            return (lower, 0)
        }
    }

    /// Letters with no canonical decomposition that people type as ASCII.
    private static let specials: [UInt32: (UInt32, UInt32)] = [
        0xDF: (0x73, 0x73), 0x1E9E: (0x73, 0x73),  // ß → ss
        0xC6: (0x61, 0x65), 0xE6: (0x61, 0x65),  // æ → ae
        0x152: (0x6F, 0x65), 0x153: (0x6F, 0x65),  // œ → oe
        0xDE: (0x74, 0x68), 0xFE: (0x74, 0x68),  // þ → th
        0xD8: (0x6F, 0), 0xF8: (0x6F, 0),  // ø → o
        0xD0: (0x64, 0), 0xF0: (0x64, 0), 0x110: (0x64, 0), 0x111: (0x64, 0),  // ð đ → d
        0x141: (0x6C, 0), 0x142: (0x6C, 0),  // ł → l
        0x131: (0x69, 0), 0x130: (0x69, 0),  // ı İ → i
        0x126: (0x68, 0), 0x127: (0x68, 0),  // ħ → h
    ]

    /// The tokenizer action for a scalar in U+00C0-U+024F.
    static func action(_ v: UInt32) -> TextNormalizer.Action {
        let (a, b) = table[Int(v - 0xC0)]
        if a == 0 { return .separator }
        return b == 0 ? .letter(a) : .letters(a, b)
    }
}
