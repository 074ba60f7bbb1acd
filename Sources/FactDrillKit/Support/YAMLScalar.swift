import Foundation

/// A string written as a YAML double-quoted scalar: the one quoting of factdrill's YAML writers
/// (`ArticleDraftWriter`, the benchmark's model writer).
public enum YAMLScalar {
    /// `"…"` with backslash, quote and every control or format character escaped, so that any text
    /// (a deck's, a fuzzer's) reads back as itself.
    public static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            // The model loader refuses any raw `&` that could open an anchor (`ModelLoader.anchorMarks`).
            case "&": out += "\\x26"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0xFEFF
                    || (0xD800...0xDFFF).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF
                {
                    out += String(format: "\\u%04X", scalar.value)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
