/// The formats `export stats` writes.
public enum StatsFormat: String, CaseIterable, Sendable {
    /// The terminal view as plain text (`StatsRenderer`).
    case table
    /// One row per deck and one for all decks (`StatsExporter.csv`).
    case csv
    /// The documented JSON schema (`StatsExporter.json`).
    case json
    /// A self-contained HTML report with inline SVG charts (`StatsExporter.html`).
    case html
}
