import FactDrillKit
// Times the question generator on a synthetic model (default 10,000 facts over 1,000 entities,
// seeded), and the deck file encoding. Usage: factdrill-bench generate [FACTS] [ENTITIES]
import FactDrillTestSupport
import Foundation

enum GeneratorBench {
    static func run(_ arguments: [String]) throws {
        let facts = arguments.first.flatMap(Int.init) ?? 10_000
        let entities = arguments.dropFirst().first.flatMap(Int.init) ?? 1_000
        let model = SyntheticModel.make(seed: 2024, facts: facts, entities: entities, id: "bench")
        let other = SyntheticModel.make(seed: 7, facts: 500, entities: 200, id: "bench-other")

        let start = DispatchTime.now().uptimeNanoseconds
        let startCPU = cpuNanoseconds()
        let result = try QuestionGenerator().generate(model, others: [other])
        let generated = DispatchTime.now().uptimeNanoseconds
        let generatedCPU = cpuNanoseconds()
        let data = try DeckFile.encode(result.deck)
        let encoded = DispatchTime.now().uptimeNanoseconds
        let encodedCPU = cpuNanoseconds()

        let skipped = result.report.map(\.skipped.count).reduce(0, +)
        func seconds(_ from: UInt64, _ to: UInt64) -> String { String(format: "%.3f s", Double(to - from) / 1e9) }
        print(
            "generate: \(facts) facts, \(model.entities.count) entities -> \(result.deck.cards.count) cards (\(skipped) skipped)"
        )
        print(
            "  generation \(seconds(start, generated)) (cpu \(seconds(startCPU, generatedCPU))), "
                + "encoding \(seconds(generated, encoded)) (cpu \(seconds(generatedCPU, encodedCPU))), \(data.count / 1024) KiB"
        )
    }

    /// CPU time of this process: on a machine shared with other work, wall time overstates.
    static func cpuNanoseconds() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return UInt64(now.tv_sec) * 1_000_000_000 + UInt64(now.tv_nsec)
    }
}
