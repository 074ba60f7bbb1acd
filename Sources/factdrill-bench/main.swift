// factdrill-bench: benchmarks run by scripts/bench (release build). Each benchmark is a
// `BenchName.run(arguments)` in a file of its own; this file only dispatches.
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
guard let name = arguments.first else {
    FileHandle.standardError.write(Data("usage: factdrill-bench NAME [ARGS...]\n".utf8))
    exit(2)
}
let benchmarks: [String: @Sendable ([String]) throws -> Void] = BenchRegistry.all
guard let bench = benchmarks[name] else {
    FileHandle.standardError.write(
        Data(
            "factdrill-bench: unknown benchmark \(name); known: \(benchmarks.keys.sorted().joined(separator: ", "))\n"
                .utf8))
    exit(2)
}
do {
    try bench(Array(arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("factdrill-bench: \(error.localizedDescription)\n".utf8))
    exit(1)
}
