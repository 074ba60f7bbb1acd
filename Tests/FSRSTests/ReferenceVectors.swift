import FSRS
import Foundation

/// The py-fsrs reference vectors written by `scripts/fsrs-vectors`.
struct ReferenceVectors: Decodable {
    /// A scheduler's settings, as py-fsrs was given them.
    struct Config: Decodable {
        let parameters: [Double]
        let desiredRetention: Double
        let learningSteps: [Double]
        let relearningSteps: [Double]
        let maximumInterval: Int

        func scheduler() throws -> Scheduler {
            try Scheduler(
                parameters: parameters, desiredRetention: desiredRetention,
                learningSteps: learningSteps, relearningSteps: relearningSteps,
                maximumInterval: maximumInterval, enableFuzzing: false
            )
        }
    }

    /// One review and the card py-fsrs returned for it (times in Unix seconds).
    struct Review: Decodable {
        let at: Double
        let rating: Int
        let state: Int
        let step: Int?
        let stability: Double
        let difficulty: Double
        let due: Double
    }

    /// One card's history under one config.
    struct Vector: Decodable {
        let config: Int
        let start: Double
        let reviews: [Review]
    }

    let source: String
    let configs: [Config]
    let vectors: [Vector]

    /// Loads the committed fixture from the test bundle.
    static func load() throws -> ReferenceVectors {
        guard
            let url = Bundle.module.url(
                forResource: "py-fsrs-vectors", withExtension: "json", subdirectory: "Fixtures"
            )
        else {
            throw CocoaError(
                .fileNoSuchFile,
                userInfo: [NSLocalizedDescriptionKey: "Fixtures/py-fsrs-vectors.json missing; run scripts/fsrs-vectors"]
            )
        }
        return try JSONDecoder().decode(ReferenceVectors.self, from: Data(contentsOf: url))
    }
}
