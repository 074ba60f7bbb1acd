import Foundation

/// Runs of the binary with a ceiling on time and memory, for hostile inputs.
extension BinaryRunner {
    /// The virtual memory a bounded run may reserve (`ulimit -v`, KB): a safety net so that a
    /// runaway allocation fails the run instead of the machine.
    static let virtualMemoryCeilingKB = 4 * 1024 * 1024
    /// A bounded run is killed (SIGKILL, by `timeout`) after this many seconds.
    static let killAfterSeconds = 30

    /// `factdrill arguments...` through `sh -c 'ulimit -v …; exec timeout -s KILL …'`, stdin
    /// closed. The child is reaped by this process, so `peakChildRSSKilobytes()` covers it.
    func runBounded(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        let script =
            "ulimit -v \(BinaryRunner.virtualMemoryCeilingKB); "
            + "exec timeout -s KILL \(BinaryRunner.killAfterSeconds) \"$0\" \"$@\""
        process.arguments = ["-c", script, BinaryRunner.binary.path] + arguments
        process.environment = environment
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes concurrently so that neither can fill up and block the child.
        // nonisolated(unsafe): the reader thread writes `err` once, before `done.signal()`; it is
        // read only after `done.wait()`.
        nonisolated(unsafe) var err = Data()
        let done = DispatchSemaphore(value: 0)
        let reader = Thread {
            err = stderr.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        reader.start()
        let out = stdout.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Result(
            stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self),
            status: process.terminationStatus, stdoutBytes: out)
    }

    /// The largest resident set, in KB, of any child process this process has reaped so far
    /// (`getrusage(RUSAGE_CHILDREN)`: a running maximum over all of them).
    static func peakChildRSSKilobytes() -> Int {
        var usage = rusage()
        #if os(Linux)
            getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        #else
            getrusage(RUSAGE_CHILDREN, &usage)
        #endif
        return usage.ru_maxrss
    }
}
