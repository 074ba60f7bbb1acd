import Foundation

extension ModelLoader {
    /// A YAML anchor (`&name`) found before parsing.
    struct AnchorMark: Equatable {
        let line: Int
        let column: Int
        let name: String
    }

    /// Every `&name` that may start a YAML anchor, found by a scan of the raw text.
    ///
    /// Yams resolves aliases while composing and hashes mapping keys to find duplicates, so an
    /// alias bomb used as a key takes exponential time inside `compose` before the loader sees a
    /// node. Article models need no anchors, and an alias needs an anchor, so the loader refuses
    /// any text that may contain one. The scan errs on the safe side: an `&` counts when nothing
    /// but blanks, a block or flow indicator (`- : ? [ { ,`) or a tag precedes it on its line and
    /// a name follows it, which covers every place YAML allows an anchor (and, rarely, text that
    /// looks like one).
    static func anchorMarks(in yaml: String) -> [AnchorMark] {
        var marks: [AnchorMark] = []
        var line = 1
        var column = 0
        var previous: Unicode.Scalar?  // last non-blank scalar on this line
        var previousTokenIsTag = false  // the last blank-separated token began with `!`
        var tokenStartsWithBang = false
        var afterBlank = true
        var pendingCR = false
        let scalars = Array(yaml.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\n", pendingCR {
                pendingCR = false
                continue
            }
            pendingCR = scalar == "\r"
            if isLineBreak(scalar) {
                line += 1
                column = 0
                previous = nil
                previousTokenIsTag = false
                afterBlank = true
                continue
            }
            column += 1
            if isBlank(scalar) {
                if !afterBlank { previousTokenIsTag = tokenStartsWithBang }
                afterBlank = true
                continue
            }
            if afterBlank { tokenStartsWithBang = scalar == "!" }
            if scalar == "&" {
                let opensNode =
                    previous == nil || "-:?[{,".unicodeScalars.contains(previous!)
                    || (afterBlank && previousTokenIsTag)
                var name = ""
                var next = index
                while next < scalars.count, isAnchorCharacter(scalars[next]), name.unicodeScalars.count < 40 {
                    name.unicodeScalars.append(scalars[next])
                    next += 1
                }
                if opensNode, !name.isEmpty {
                    marks.append(AnchorMark(line: line, column: column, name: name))
                }
            }
            afterBlank = false
            previous = scalar
        }
        return marks
    }

    /// The problems for anchors found by `anchorMarks(in:)`.
    static func anchorProblems(in yaml: String, file: String) -> [ModelProblem] {
        anchorMarks(in: yaml).map {
            ModelProblem(
                file: file, line: $0.line, column: $0.column,
                message: "'&\($0.name.visibleForTerminal)' starts a YAML anchor, and article models allow no "
                    + "anchors or aliases (they can hide a huge document): write the value out in full")
        }
    }

    private static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar == "\u{FEFF}"
    }

    private static func isAnchorCharacter(_ scalar: Unicode.Scalar) -> Bool {
        !isBlank(scalar) && !isLineBreak(scalar) && !",[]{}".unicodeScalars.contains(scalar)
    }
}
