/// Makes untrusted text (deck, model and user files) safe to print on a terminal.
///
/// The guarantees, in order of processing, on Unicode scalars:
/// - Escape sequences are removed entirely: CSI (`ESC [` … final byte), OSC, DCS, SOS, PM and
///   APC strings (`ESC ]`, `ESC P`, `ESC X`, `ESC ^`, `ESC _` … BEL or ST; an unterminated
///   string runs to the end of the text, as a terminal would swallow it), other `ESC`
///   escapes (`ESC` intermediates final), and their 8-bit C1 forms (U+009B CSI, U+009D OSC …).
/// - Line breaks and tabs (LF, CR, CR LF, VT, FF, TAB, U+0085 NEL, U+2028, U+2029) become one space.
/// - Other C0 controls and DEL are made visible as Control Pictures (`␀` … `␟`, `␡`), so a
///   backspace trick like `Paris\b\b\b\b\bLondon` shows instead of overwriting text.
/// - Other C1 controls (U+0080–U+009F) are removed.
/// - Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) are removed;
///   the marks LRM, RLM and ALM (U+200E, U+200F, U+061C) are kept.
/// - The result is at most `limit` scalars: longer text keeps its first `limit - 1` and ends
///   with `…`. Sanitizing is idempotent.
public enum TerminalText {
    /// The default most scalars printed for one piece of text.
    public static let defaultLimit = 2000

    /// `text` with escape sequences and controls removed or made visible, cut to `limit` scalars.
    public static func sanitize(_ text: String, limit: Int = defaultLimit) -> String {
        var sanitizer = Sanitizer(limit: max(1, limit))
        for scalar in text.unicodeScalars {
            sanitizer.consume(scalar)
            if sanitizer.isFull { break }
        }
        return sanitizer.result()
    }

    /// Whether `text` prints as it is: `sanitize` would change nothing (length aside).
    public static func isClean(_ text: String) -> Bool {
        sanitize(text, limit: Int.max) == text
    }

    /// Whether `scalar` is a bidi embedding, override or isolate control.
    static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}

/// The state machine behind `TerminalText.sanitize`: one pass, no look-back.
private struct Sanitizer {
    private enum State {
        case text, afterCR, escape, escapeIntermediate, controlSequence, controlString, controlStringEscape
    }

    private let limit: Int
    private var state = State.text
    private var output = String.UnicodeScalarView()
    private var count = 0
    private(set) var isFull = false

    init(limit: Int) {
        self.limit = limit
    }

    mutating func consume(_ scalar: Unicode.Scalar) {
        var pending: Unicode.Scalar? = scalar
        while let current = pending, !isFull {
            pending = step(current) ? nil : current
        }
    }

    func result() -> String {
        guard isFull else { return String(output) }
        var cut = output
        cut.removeLast()
        cut.append("…")
        return String(cut)
    }

    /// Handles `scalar` in the current state; false asks for it to be handled again (a
    /// sequence was aborted by it and it now starts over in the text state).
    private mutating func step(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch state {
        case .text:
            text(scalar)
        case .afterCR:
            state = .text
            return value == 0x0A  // CR LF is one line break
        case .escape:
            switch value {
            case 0x5B: state = .controlSequence  // [
            case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .controlString  // ] P X ^ _
            case 0x20...0x2F: state = .escapeIntermediate
            case 0x30...0x7E: state = .text
            default:
                state = .text
                return false
            }
        case .escapeIntermediate:
            switch value {
            case 0x20...0x2F: break
            case 0x30...0x7E: state = .text
            default:
                state = .text
                return false
            }
        case .controlSequence:
            switch value {
            case 0x20...0x3F: break
            case 0x40...0x7E: state = .text
            default:
                state = .text
                return false
            }
        case .controlString:
            switch value {
            case 0x07, 0x9C: state = .text
            case 0x1B: state = .controlStringEscape
            default: break
            }
        case .controlStringEscape:
            if value == 0x5C {
                state = .text
            } else {
                state = .escape
                return false
            }
        }
        return true
    }

    private mutating func text(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        switch value {
        case 0x1B: state = .escape
        case 0x9B: state = .controlSequence
        case 0x90, 0x98, 0x9D, 0x9E, 0x9F: state = .controlString
        case 0x0D:
            emit(" ")
            state = .afterCR
        case 0x09, 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: emit(" ")
        case 0x00...0x1F: emit(Unicode.Scalar(0x2400 + value)!)
        case 0x7F: emit("\u{2421}")
        case 0x80...0x9F: break
        default:
            if !TerminalText.isBidiControl(scalar) { emit(scalar) }
        }
    }

    private mutating func emit(_ scalar: Unicode.Scalar) {
        guard count < limit else {
            isFull = true
            return
        }
        output.append(scalar)
        count += 1
    }
}
