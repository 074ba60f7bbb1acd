/// A piece of one output line with its style; its text is always sanitized when rendered,
/// so deck text can be put in a span as it is.
public struct Span: Sendable, Hashable, ExpressibleByStringInterpolation {
    /// The text, printed after sanitizing.
    public var text: String
    /// The style, rendered only when the console uses colour.
    public var style: Style

    /// A span of `text` in `style`.
    public init(_ text: String, style: Style = []) {
        self.text = text
        self.style = style
    }

    /// An unstyled span from a literal (interpolations included).
    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// Bold text.
    public static func bold(_ text: String) -> Span { Span(text, style: .bold) }
    /// Faint text.
    public static func dim(_ text: String) -> Span { Span(text, style: .dim) }
    /// Red text.
    public static func red(_ text: String) -> Span { Span(text, style: .red) }
    /// Green text.
    public static func green(_ text: String) -> Span { Span(text, style: .green) }
    /// Yellow text.
    public static func yellow(_ text: String) -> Span { Span(text, style: .yellow) }
    /// Cyan text.
    public static func cyan(_ text: String) -> Span { Span(text, style: .cyan) }
}
