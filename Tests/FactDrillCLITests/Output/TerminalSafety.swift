import XCTest

/// Checks shared by the output tests: what a terminal must never receive from data.
enum TerminalSafety {
    /// The scalars of `text` that must not reach a terminal: C0 (but line feeds, when
    /// `allowLineFeeds`), DEL, C1 and bidi embeddings/overrides/isolates (but FSI/PDI, which
    /// the console adds itself, when `allowIsolates`).
    static func forbiddenScalars(in text: String, allowLineFeeds: Bool = false, allowIsolates: Bool = false) -> [UInt32]
    {
        text.unicodeScalars.map(\.value).filter { value in
            if value == 0x0A { return !allowLineFeeds }
            if value == 0x2068 || value == 0x2069 { return !allowIsolates }
            return value < 0x20 || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
        }
    }

    /// `text` without the SGR sequences (`ESC [` digits and `;` `m`) the console may emit;
    /// any other escape is left in place for the forbidden-scalar check to find.
    static func removingStyleSequences(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "\u{1B}", index + 1 < scalars.count, scalars[index + 1] == "[" {
                var end = index + 2
                while end < scalars.count, scalars[end] == ";" || ("0"..."9").contains(scalars[end]) { end += 1 }
                if end < scalars.count, scalars[end] == "m" {
                    index = end + 1
                    continue
                }
            }
            result.append(scalars[index])
            index += 1
        }
        return String(result)
    }
}
