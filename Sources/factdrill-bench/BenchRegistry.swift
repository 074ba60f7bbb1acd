/// The benchmarks by name. Each helper adds one line here for its benchmark.
enum BenchRegistry {
    static let all: [String: @Sendable ([String]) throws -> Void] = [
        "fsrs": FSRSBench.run,
        "store": StoreBench.run,
        "matcher": MatcherBench.run,
        "generate": GeneratorBench.run,
        "model": ModelBench.run,
        "import": ImportBench.run,
        "answer": AnswerBench.run,
        "draft": DraftBench.time,
        "draft-eval": DraftBench.evaluate,
        "draft-words": DraftBench.words,
        "simulate-study": StudySimulation.run,
        "optimize": OptimizerBench.run,
    ]
}
