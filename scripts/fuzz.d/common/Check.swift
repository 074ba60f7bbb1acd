// Property checks shared by the fuzz targets.
//
// `mustHold` is for contracts whose violation is a crash-class bug: it prints the message and
// aborts, so libFuzzer saves the input (optimized builds drop `precondition` messages).
// `shouldHold` is for checked properties (idempotence, round trips): a violation is printed and
// the input saved under $FUZZ_FINDINGS/<name>-<hash> (at most 20 per process), then the run
// goes on, so one known property bug does not hide crashes; FUZZ_STRICT=1 aborts instead.
import Foundation

func mustHold(_ condition: Bool, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    FileHandle.standardError.write(Data("fuzz: contract violated: \(message())\n".utf8))
    abort()
}

nonisolated(unsafe) private var savedViolations = 0

func shouldHold(_ condition: Bool, _ name: String, input: UnsafeBufferPointer<UInt8>, _ message: @autoclosure () -> String) {
    guard !condition else { return }
    let env = ProcessInfo.processInfo.environment
    if env["FUZZ_STRICT"] == "1" { mustHold(false, "\(name): \(message())") }
    guard savedViolations < 20, let directory = env["FUZZ_FINDINGS"] else { return }
    savedViolations += 1
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in input { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    let path = "\(directory)/\(name)-\(String(hash, radix: 16))"
    guard !FileManager.default.fileExists(atPath: path) else { return }
    _ = FileManager.default.createFile(atPath: path, contents: Data(input))
    FileHandle.standardError.write(Data("fuzz: property violated (saved \(path)): \(message())\n".utf8))
}
