import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import Foundation

/// Turns cards, verdicts and schedules into the lines a study session shows. Pure: it returns
/// spans; the console sanitizes every one (deck text is data, never escape sequences). Public so
/// that factdrill-bench can time the step from an answer to the next card shown as the REPL renders it.
public struct CardPresenter {
    /// The languages shown, in order.
    public var languages: [LanguageCode]

    /// A presenter showing `languages`.
    public init(languages: [LanguageCode]) {
        self.languages = languages
    }

    /// The header and question of a card: `[3/17] deck · kind · new`, the prompt per language,
    /// and the numbered options of choice and order cards.
    public func question(_ stored: StoredCard, position: Int, total: Int) -> [[Span]] {
        var lines = [header(stored, position: position, total: total)]
        lines += prompt(stored.card)
        return lines
    }

    /// `[3/17] deck · kind · new`. The deck's id is read like the prompt: a part of it that is a
    /// word of the answer shows as `…` (`nato-…-summit` for "where was the summit held?"), and
    /// the id is left out when even that would give the answer away.
    public func header(_ stored: StoredCard, position: Int, total: Int) -> [Span] {
        let status = stored.schedule.isNew ? "new" : StudyStatus.name(of: stored.schedule.state?.rawValue ?? 0)
        let deck = stored.card.labelHidingAnswer(stored.deckID).map { "\($0) · " } ?? ""
        return [.dim("[\(position)/\(total)] \(deck)\(stored.card.kind) · \(status)")]
    }

    /// The prompt in each shown language and the numbered options.
    public func prompt(_ card: DeckCard) -> [[Span]] {
        var lines: [[Span]] = []
        // A card lacking every chosen language (an imported Anki note, say) shows what it has.
        let shown = languages.contains { card.prompt[$0] != nil } ? languages : card.prompt.languages
        for language in shown {
            // (An imported card's line breaks, `<br>` in Anki, are lines of their own.)
            for line in card.prompt[language]?.split(separator: "\n", omittingEmptySubsequences: false) ?? [] {
                lines.append(["  ", .bold(String(line))])
            }
        }
        if let choices = card.choices {
            for (index, choice) in choices.enumerated() {
                lines.append(["    \(index + 1)) ", Span(localized(choice))])
            }
            if card.format == .order {
                lines.append([.dim("  (type the numbers in order, e.g. 2 1 3)")])
            }
        }
        return lines
    }

    /// The verdict line, the right answer and the evidence.
    public func result(_ stored: StoredCard, verdict: Verdict, practice: Bool) -> [[Span]] {
        let mark: Span
        switch verdict {
        case .correct: mark = .green("✓ correct")
        case .close: mark = .yellow("≈ almost (a typo): counts as Hard")
        case .wrong: mark = .red("✗ wrong")
        }
        var lines: [[Span]] = [practice ? [mark, .dim("  (practice: the schedule does not change)")] : [mark]]
        let answer = answerText(stored.card).split(separator: "\n", omittingEmptySubsequences: false)
        lines.append(["  answer: ", .bold(String(answer.first ?? ""))])
        for line in answer.dropFirst() { lines.append(["          ", .bold(String(line))]) }
        if let evidence = stored.card.evidence, !evidence.isEmpty {
            let parts = evidence.split(separator: "\n", omittingEmptySubsequences: false)
            lines.append([.dim("  evidence: "), Span(String(parts.first ?? ""))])
            for line in parts.dropFirst() { lines.append(["            ", Span(String(line))]) }
        }
        return lines
    }

    /// `1 Again 1m · 2 Hard 6m · 3 Good 3d · 4 Easy 8d` with the suggested rating marked.
    public func ratingChoices(_ intervals: [Rating: TimeInterval], suggested: Rating) -> [Span] {
        var spans: [Span] = ["  "]
        for rating in Rating.allCases {
            if rating != .again { spans.append(" · ") }
            let text =
                "\(rating.rawValue) \(StudyStatus.ratingName(rating)) \(IntervalText.short(intervals[rating] ?? 0))"
            spans.append(rating == suggested ? .bold("[\(text)]") : Span(text))
        }
        return spans
    }

    /// The right answer in every shown language, e.g. `10th · العاشر`; an order as `A → B → C`.
    func answerText(_ card: DeckCard) -> String {
        CardText(languages: languages).answer(card)
    }

    /// A text in the session's languages joined by ` · `, falling back to any language it has.
    func localized(_ text: LocalizedText) -> String {
        CardText(languages: languages).localized(text)
    }
}

/// Names of scheduling states and ratings as the session shows them.
enum StudyStatus {
    static func name(of state: Int) -> String {
        switch state {
        case 1: return "learning"
        case 2: return "review"
        case 3: return "relearning"
        default: return "new"
        }
    }

    static func ratingName(_ rating: Rating) -> String {
        switch rating {
        case .again: return "Again"
        case .hard: return "Hard"
        case .good: return "Good"
        case .easy: return "Easy"
        }
    }
}
