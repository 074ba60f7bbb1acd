import Foundation
import XCTest

@testable import FSRS

/// The optimizer (issue 17): exact gradients, determinism, the too-little-data rule, and fits
/// that predict simulated reviews better than the defaults.
final class OptimizerTests: XCTestCase {
    /// Known non-default parameters the simulated learner's memory follows.
    static let truth: [Double] = [
        0.4, 1.8, 4.0, 12.0, 6.8, 0.6, 2.2, 0.02, 1.6, 0.2, 1.0, 1.8, 0.08, 0.3, 1.4, 0.5, 2.2, 0.4, 0.2, 0.1, 0.25,
    ]

    /// Simulated histories: memory follows `truth`, intervals come from the default scheduler at
    /// 90% retention; an Again or Hard first answer gets a same-day review.
    static func simulate(cards: Int, days: Int = 365, seed: UInt64) -> [CardHistory] {
        var random = SeededGenerator(seed: seed)
        let memory = MemoryTrace(parameters: truth)
        let schedule = MemoryTrace(parameters: Scheduler.defaultParameters)
        let scheduler = Scheduler.standard
        var histories: [CardHistory] = []
        for card in 0..<cards {
            var day = Int.random(in: 0..<(days / 2), using: &random)
            var reviews: [CardHistory.Review] = []
            var (s, d, ss, sd) = (0.0, 0.0, 0.0, 0.0)
            var last = day
            var rating = [1, 2, 3, 3, 3, 4][Int.random(in: 0..<6, using: &random)]
            while day < days {
                let elapsed = reviews.isEmpty ? 0 : day - last
                if !reviews.isEmpty {
                    let r = memory.retrievability(
                        days: Double(elapsed), stability: MemoryTrace.clamp(s, MemoryTrace.stabilityRange))
                    rating =
                        Double.random(in: 0..<1, using: &random) < r
                        ? [2, 3, 3, 3, 3, 4][Int.random(in: 0..<6, using: &random)] : 1
                }
                reviews.append(
                    .init(
                        rating: Rating(rawValue: rating)!, day: day, time: Double(day) * 86_400 + Double(reviews.count))
                )
                (s, d, _) = memory.forward(s: s, d: d, days: Double(elapsed), rating: rating, first: reviews.count == 1)
                (ss, sd, _) = schedule.forward(
                    s: ss, d: sd, days: Double(elapsed), rating: rating, first: reviews.count == 1)
                last = day
                if rating <= 2, reviews.count < 40 {
                    // A same-day step, rated Good.
                    reviews.append(.init(rating: .good, day: day, time: Double(day) * 86_400 + Double(reviews.count)))
                    (s, d, _) = memory.forward(s: s, d: d, days: 0, rating: 3, first: false)
                    (ss, sd, _) = schedule.forward(s: ss, d: sd, days: 0, rating: 3, first: false)
                }
                day += scheduler.intervalDays(forStability: ss)
            }
            histories.append(CardHistory(cardID: Int64(card), reviews: reviews))
        }
        return histories
    }

    func testGradientEqualsFiniteDifferences() {
        let histories = Self.simulate(cards: 40, days: 200, seed: 3)
        let set = TrainingSet(histories: histories)
        let items = TrainingSet.weighted(set.items)
        let batches = set.batches(items, size: 100)
        XCTAssertGreaterThan(batches.count, 1)
        func loss(_ w: [Double], grad: inout [Double], wantsGradient: Bool) -> Double {
            var steps: [MemoryTrace.Step] = []
            var slopes: [Double] = []
            let model = MemoryTrace(parameters: w)
            return grad.withUnsafeMutableBufferPointer { buffer in
                batches.reduce(0) { total, batch in
                    total
                        + model.loss(
                            of: batch, grad: wantsGradient ? buffer.baseAddress! : nil, steps: &steps, slopes: &slopes)
                }
            }
        }
        // Parameters away from clamp boundaries, so every branch is smooth where measured.
        var w = Self.truth
        w[7] = 0.05
        var grad = [Double](repeating: 0, count: 21)
        _ = loss(w, grad: &grad, wantsGradient: true)
        var unused = [Double](repeating: 0, count: 21)
        for i in 0..<21 {
            let h = max(1e-6, abs(w[i]) * 1e-6)
            var up = w
            var down = w
            up[i] += h
            down[i] -= h
            let numeric =
                (loss(up, grad: &unused, wantsGradient: false) - loss(down, grad: &unused, wantsGradient: false))
                / (2 * h)
            let scale = max(abs(numeric), abs(grad[i]), 1e-3)
            XCTAssertLessThan(abs(numeric - grad[i]) / scale, 1e-4, "w\(i): exact \(grad[i]), numeric \(numeric)")
        }
    }

    func testFitIsDeterministicAndBeatsTheDefaults() throws {
        let histories = Self.simulate(cards: 800, seed: 11)
        let first = Optimizer().fit(histories)
        let second = Optimizer().fit(histories)
        XCTAssertEqual(first, second, "the same input gives the same parameters, bit for bit")
        XCTAssertEqual(first.outcome, .fitted)
        XCTAssertNoThrow(try Scheduler(parameters: first.parameters), "every fitted parameter is within its bounds")
        let fitted = try XCTUnwrap(Optimizer.evaluate(parameters: first.parameters, on: histories))
        let defaults = try XCTUnwrap(Optimizer.evaluate(parameters: Scheduler.defaultParameters, on: histories))
        let truth = try XCTUnwrap(Optimizer.evaluate(parameters: Self.truth, on: histories))
        XCTAssertLessThan(fitted.logLoss, defaults.logLoss)
        XCTAssertLessThan(fitted.rmseBins, defaults.rmseBins)
        XCTAssertLessThan(
            fitted.logLoss - truth.logLoss, (defaults.logLoss - truth.logLoss) / 2, "most of the gap closed")
        let other = Optimizer(
            settings: {
                var s = Optimizer.Settings()
                s.seed = 7
                return s
            }()
        ).fit(histories)
        XCTAssertNotEqual(other.parameters, first.parameters, "the seed orders the batches")
    }

    func testTooLittleDataKeepsTheDefaultsOrFitsOnlyTheInitialStabilities() {
        let tiny = Self.simulate(cards: 2, days: 30, seed: 1)
        let none = Optimizer().fit(tiny)
        XCTAssertEqual(none.parameters, Scheduler.defaultParameters)
        guard case .defaults(let reason) = none.outcome else { return XCTFail("\(none.outcome)") }
        XCTAssertTrue(reason.contains("at least 8"), reason)

        // Cards reviewed on two days only: enough to pretrain w0-w3, not to fit the rest.
        let firstOnly = (0..<400).map { card in
            CardHistory(
                cardID: Int64(card),
                reviews: [
                    .init(rating: Rating(rawValue: 1 + card % 4)!, day: 0, time: Double(card)),
                    .init(rating: card % 5 == 0 ? .again : .good, day: 1 + card % 3, time: 86_400 * 5 + Double(card)),
                ])
        }
        let initial = Optimizer().fit(firstOnly)
        guard case .initialStabilitiesOnly = initial.outcome else { return XCTFail("\(initial.outcome)") }
        XCTAssertEqual(Array(initial.parameters[4...]), Array(Scheduler.defaultParameters[4...]))
        XCTAssertNotEqual(Array(initial.parameters[0..<4]), Array(Scheduler.defaultParameters[0..<4]))
        XCTAssertEqual(initial.parameters[0..<4].sorted(), Array(initial.parameters[0..<4]), "ordered by rating")
    }

    func testEvaluationOfAKnownCase() throws {
        // One card, Good then a review 3 days later recalled: the prediction is R(3, w2).
        let history = CardHistory(
            cardID: 1, reviews: [.init(rating: .good, day: 0, time: 0), .init(rating: .good, day: 3, time: 3 * 86_400)])
        let evaluation = try XCTUnwrap(Optimizer.evaluate(parameters: Scheduler.defaultParameters, on: [history]))
        let r = Scheduler.standard.retrievability(
            stability: Scheduler.defaultParameters[2], lastReview: Date(timeIntervalSince1970: 0),
            at: Date(timeIntervalSince1970: 3 * 86_400))
        XCTAssertEqual(evaluation.logLoss, -log(r), accuracy: 1e-12)
        XCTAssertEqual(evaluation.rmseBins, 1 - r, accuracy: 1e-12)
        XCTAssertEqual(evaluation.items, 1)
        XCTAssertNil(Optimizer.evaluate(parameters: Scheduler.defaultParameters, on: []))
    }
}
