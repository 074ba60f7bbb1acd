import FSRS
import FactDrillApp
import Foundation

/// The optimizer's phases on a review log, timed apart (median of `--runs`):
///
///     factdrill-bench optimize --from REVLOG.csv [--runs 3] [--day-start 0]
///
/// Prints one JSON line: `{"readSeconds", "fitSeconds", "evaluateSeconds", "reviews", "logLoss"}`.
enum OptimizerBench {
    static func run(_ arguments: [String]) throws {
        var options: [String: String] = [:]
        var index = 0
        while index + 1 < arguments.count {
            options[String(arguments[index].dropFirst(2))] = arguments[index + 1]
            index += 2
        }
        guard let path = options["from"] else { throw StoreBench.UsageError("optimize: --from REVLOG.csv is required") }
        let runs = Int(options["runs"] ?? "") ?? 3
        let dayStart = Int(options["day-start"] ?? "") ?? 0
        let utc = TimeZone(identifier: "UTC")!
        var reads: [Double] = []
        var fits: [Double] = []
        var evaluations: [Double] = []
        var histories: [CardHistory] = []
        var result: Optimizer.Result?
        var evaluation: Evaluation?
        for _ in 0..<runs {
            var start = Date()
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            let rows = try ReviewLogReader.read(bytes, path: path).rows
            histories = ReviewLogReader.histories(rows, dayStartHour: dayStart, timeZone: utc).histories
            reads.append(Date().timeIntervalSince(start))
            start = Date()
            result = Optimizer().fit(histories)
            fits.append(Date().timeIntervalSince(start))
            start = Date()
            evaluation = Optimizer.evaluate(parameters: result!.parameters, on: histories)
            evaluations.append(Date().timeIntervalSince(start))
        }
        func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
        let object: [String: Any] = [
            "readSeconds": median(reads), "fitSeconds": median(fits), "evaluateSeconds": median(evaluations),
            "reviews": result?.reviews ?? 0, "logLoss": evaluation?.logLoss ?? 0,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        print(String(decoding: data, as: UTF8.self))
    }
}
