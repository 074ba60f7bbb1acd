import Foundation
import XCTest

/// Runs the built `factdrill` binary as a user would, with a pipe for stdin.
struct BinaryRunner {
    /// The binary next to the test bundle (swift test builds it with the tests).
    static var binary: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if directory.lastPathComponent.hasSuffix(".xctest") { directory.deleteLastPathComponent() }
        for candidate in [directory, directory.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("factdrill")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return directory.appendingPathComponent("factdrill")
    }

    /// What one run printed and how it ended.
    struct Result {
        var stdout: String
        var stderr: String
        var status: Int32
        var stdoutBytes: Data
    }

    let directory: URL
    var environment: [String: String]

    /// A runner with its own temporary folder and database, a fixed clock and seed.
    init(now: String = "2024-07-09T10:00:00Z") throws {
        directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("factdrill-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        environment = [
            "FACTDRILL_DB": directory.appendingPathComponent("factdrill.sqlite").path,
            "FACTDRILL_NOW": now, "FACTDRILL_SEED": "1", "HOME": directory.path,
            "LANG": "C.UTF-8", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
    }

    var databasePath: String { environment["FACTDRILL_DB"]! }

    /// Runs `factdrill arguments...` with `input` on stdin.
    func run(_ arguments: [String], input: String = "") throws -> Result {
        let process = Process()
        process.executableURL = BinaryRunner.binary
        process.arguments = arguments
        process.environment = environment
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        let err = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus, stdoutBytes: out)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: directory)
    }
}
