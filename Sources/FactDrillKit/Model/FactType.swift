/// The kinds of fact an article model states, each written once: the `type:` of a fact in YAML
/// and the first part of every question kind asked about it (`ranking.rank-of`).
public enum FactType: String, CaseIterable, Codable, Sendable, CustomStringConvertible {
    /// Who holds which rank in a list (`Ranking`).
    case ranking
    /// Something that happened, dated (`Event`).
    case event
    /// Who holds which post (`Role`).
    case role
    /// The members of a named group (`NamedSet`).
    case set

    /// The name as written in a model and in question kinds.
    public var description: String { rawValue }
}
