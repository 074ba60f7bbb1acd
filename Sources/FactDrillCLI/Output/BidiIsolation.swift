/// Wraps right-to-left runs embedded in left-to-right lines in Unicode isolates.
///
/// A line whose first strong character is left-to-right (English) gets each right-to-left
/// run (Arabic, Hebrew, …) wrapped in FSI (U+2068) … PDI (U+2069), so a bidi-aware terminal
/// cannot reorder the English around it. Lines whose first strong character is right-to-left,
/// or that have none, are returned untouched: Arabic is always printed in logical order.
/// A run starts at a right-to-left letter and ends at the last right-to-left letter (or
/// Arabic digit, or a mark attached to one) before the next left-to-right letter.
public enum BidiIsolation {
    /// FIRST STRONG ISOLATE.
    public static let firstStrongIsolate: Unicode.Scalar = "\u{2068}"
    /// POP DIRECTIONAL ISOLATE.
    public static let popDirectionalIsolate: Unicode.Scalar = "\u{2069}"

    /// `line` with its embedded right-to-left runs isolated.
    public static func isolate(_ line: String) -> String {
        isolate(segments: [line])[0]
    }

    /// The segments of one line (styled pieces printed one after another), with the runs of
    /// their concatenation isolated; a run may start in one segment and end in another.
    public static func isolate(segments: [String]) -> [String] {
        let scalars = segments.enumerated().flatMap { index, text in text.unicodeScalars.map { (index, $0) } }
        let runs = rightToLeftRuns(in: scalars.map { BidiClass($0.1) })
        guard !runs.isEmpty else { return segments }
        var starts = Set<Int>()
        var ends = Set<Int>()
        for run in runs {
            starts.insert(run.lowerBound)
            ends.insert(run.upperBound)
        }
        var result = Array(repeating: String.UnicodeScalarView(), count: segments.count)
        for (position, (segment, scalar)) in scalars.enumerated() {
            if starts.contains(position) { result[segment].append(firstStrongIsolate) }
            result[segment].append(scalar)
            if ends.contains(position) { result[segment].append(popDirectionalIsolate) }
        }
        return result.map(String.init)
    }

    /// The closed ranges of positions to isolate, or none when the line is not left-to-right.
    static func rightToLeftRuns(in classes: [BidiClass]) -> [ClosedRange<Int>] {
        guard classes.first(where: { $0 == .leftToRight || $0 == .rightToLeft }) == .leftToRight else { return [] }
        var runs: [ClosedRange<Int>] = []
        var position = 0
        while position < classes.count {
            guard classes[position] == .rightToLeft else {
                position += 1
                continue
            }
            let start = position
            var last = position
            position += 1
            while position < classes.count, classes[position] != .leftToRight {
                switch classes[position] {
                case .rightToLeft, .arabicNumber: last = position
                case .mark where last == position - 1: last = position
                default: break
                }
                position += 1
            }
            runs.append(start...last)
        }
        return runs
    }
}

/// The few bidi classes isolation needs, approximated from code point ranges and properties.
enum BidiClass: Equatable {
    case leftToRight, rightToLeft, arabicNumber, mark, neutral

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        let category = scalar.properties.generalCategory
        if category == .nonspacingMark || category == .enclosingMark {
            self = .mark
        } else if value == 0x200E {
            self = .leftToRight
        } else if value == 0x200F || value == 0x061C {
            self = .rightToLeft
        } else if Self.isArabicNumber(value) {
            self = .arabicNumber
        } else if Self.isRightToLeftBlock(value) {
            self = value == 0x060C || category == .format ? .neutral : .rightToLeft
        } else if scalar.properties.isAlphabetic {
            self = .leftToRight
        } else {
            self = .neutral
        }
    }

    private static func isArabicNumber(_ value: UInt32) -> Bool {
        (0x0600...0x0605).contains(value) || (0x0660...0x0669).contains(value)
            || (0x066B...0x066C).contains(value) || (0x06F0...0x06F9).contains(value)
            || value == 0x06DD || value == 0x08E2
    }

    private static func isRightToLeftBlock(_ value: UInt32) -> Bool {
        (0x0590...0x08FF).contains(value) || (0xFB1D...0xFDFF).contains(value)
            || (0xFE70...0xFEFE).contains(value) || (0x10800...0x10FFF).contains(value)
            || (0x1E800...0x1EFFF).contains(value)
    }
}
