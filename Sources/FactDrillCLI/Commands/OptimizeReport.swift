import FSRS
import FactDrillApp
import Foundation

/// The human-readable report of a fit.
struct OptimizeReport {
    let console: Console

    func print(
        _ fit: MemoryModelFit, owner: String, retention: Double, skipped: Int, seconds: Double, saved: Bool,
        dryRun: Bool
    ) {
        let result = fit.result
        var scope = "\(result.reviews.grouped) reviews of \(fit.cards.grouped) cards"
        if fit.partialCards > 0 {
            scope +=
                " (\(fit.partialCards.grouped) more cards left out: their log does not start at their first review)"
        }
        if skipped > 0 { scope += "; \(skipped.grouped) rows with rating 0 (manual reschedules) skipped" }
        switch result.outcome {
        case .fitted:
            console.line(
                Span("Fitted FSRS-6 to \(scope): \(result.trainingItems.grouped) predictions, ", style: []),
                Span(String(format: "%.1f s.", seconds)))
        case .initialStabilitiesOnly(let reason):
            console.line(Span("Fitted the initial stabilities (w0-w3) only to \(scope): \(reason)."))
        case .defaults(let reason):
            console.line(Span("Not enough to fit in \(scope): \(reason). Study more and run it again."))
            return
        }
        if let before = fit.before, let after = fit.after {
            let table = Table(
                columns: [
                    .init("", alignment: .left), .init("log loss", alignment: .right),
                    .init("RMSE(bins)", alignment: .right),
                ],
                rows: [
                    [
                        "before", String(format: "%.4f", before.logLoss),
                        String(format: "%.2f%%", before.rmseBins * 100),
                    ],
                    ["after", String(format: "%.4f", after.logLoss), String(format: "%.2f%%", after.rmseBins * 100)],
                ])
            console.table(table)
            console.line(
                Span(
                    "  (lower is better: log loss scores each predicted recall, RMSE(bins) the gap between "
                        + "predicted and actual recall)", style: .dim))
        }
        let percent = Int((retention * 100).rounded())
        console.line(
            Span(
                "At \(percent)% desired retention: reviews due in the next 7 days "
                    + "\(fit.workloadBefore.dueThisWeek.grouped) → \(fit.workloadAfter.dueThisWeek.grouped); "
                    + String(
                        format: "average interval %.1f → %.1f days.", fit.workloadBefore.meanInterval,
                        fit.workloadAfter.meanInterval)))
        console.line(Span("Parameters:", style: .bold))
        let values = result.parameters.map { String(format: "%.4f", $0) }
        console.line(Span("  " + values[0..<11].joined(separator: ", ") + ","))
        console.line(Span("  " + values[11...].joined(separator: ", ")))
        if saved {
            console.line(
                Span(
                    "Saved for \(owner): scheduling, the rating line and stats use them "
                        + "(`factdrill optimize --reset` goes back to the defaults).", style: .green))
        } else if dryRun {
            console.line(Span("Dry run: nothing saved.", style: .dim))
        } else {
            console.line(
                Span(
                    "Kept the parameters in use: they predict these reviews at least as well as the fit.",
                    style: .yellow))
        }
    }
}
