/// Text attributes the console can render as SGR escape sequences.
public struct Style: OptionSet, Sendable, Hashable {
    /// The attribute bits.
    public let rawValue: UInt8

    /// A style from its attribute bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Bold (SGR 1).
    public static let bold = Style(rawValue: 1 << 0)
    /// Faint (SGR 2).
    public static let dim = Style(rawValue: 1 << 1)
    /// Red foreground (SGR 31).
    public static let red = Style(rawValue: 1 << 2)
    /// Green foreground (SGR 32).
    public static let green = Style(rawValue: 1 << 3)
    /// Yellow foreground (SGR 33).
    public static let yellow = Style(rawValue: 1 << 4)
    /// Cyan foreground (SGR 36).
    public static let cyan = Style(rawValue: 1 << 5)

    private static let codes: [(Style, Int)] = [
        (.bold, 1), (.dim, 2), (.red, 31), (.green, 32), (.yellow, 33), (.cyan, 36),
    ]

    /// The escape sequence that turns this style on (empty for no style).
    public var startSequence: String {
        let parameters = Self.codes.filter { contains($0.0) }.map { String($0.1) }
        return parameters.isEmpty ? "" : "\u{1B}[" + parameters.joined(separator: ";") + "m"
    }

    /// The escape sequence that turns every style off.
    public static let resetSequence = "\u{1B}[0m"
}
