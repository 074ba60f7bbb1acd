import Foundation
import XCTest

/// Every malformed input of the catalog (`BadInput/Catalog`, plus large or special files made
/// at test time) is refused by `factdrill import` cleanly: a non-zero exit, a clear error on
/// stderr that starts `factdrill: ` and names the file, nothing on stdout, bounded time and
/// memory, and the database byte-for-byte unchanged.
///
/// "One line": an input with one problem gets one line; an article model with several problems
/// gets one line per problem, each starting with the file's name (`FILE:LINE:COLUMN: …`), and
/// the whole error stays short (`maximumErrorBytes`).
/// Time: a run that hangs is killed after 30 s and fails the test; how fast a refusal is belongs
/// to `scripts/bench`, not to a timed assertion (a 50 MB line took 10.2 s on a loaded two-core
/// machine in a debug build).
/// Memory: `ulimit -v` of 4 GB as a safety net, and the peak RSS of the children, read with
/// `getrusage(RUSAGE_CHILDREN)` (a running maximum), must stay under `maximumRSSKilobytes`.
final class BadInputCatalogTests: XCTestCase {
    static let maximumRSSKilobytes = 1024 * 1024
    static let maximumErrorBytes = 16 * 1024

    /// The committed catalog, found from this file's path.
    static var catalog: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Catalog")
    }

    static func catalogFiles() throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: catalog, includingPropertiesForKeys: nil)
            .filter { !$0.lastPathComponent.hasPrefix("README") }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    func testTheCatalogHoldsEveryKindOfInput() throws {
        let names = try Self.catalogFiles().map(\.lastPathComponent)
        XCTAssertGreaterThanOrEqual(names.count, 40)
        for suffix in [".article.yaml", ".article.json", ".deck.json", ".csv", ".tsv", ".apkg"] {
            XCTAssertGreaterThanOrEqual(names.filter { $0.hasSuffix(suffix) }.count, 1, suffix)
        }
    }

    func testEveryBadInputIsRefusedCleanlyAndLeavesTheDatabaseUnchanged() throws {
        let runner = try BinaryRunner()
        defer { runner.cleanUp() }
        let created = try runner.run(["decks"])
        XCTAssertEqual(created.status, 0, created.stderr)
        let before = try databaseFiles(runner)
        XCTAssertFalse(before.isEmpty, "the database exists before the imports")

        let inputs = try Self.catalogFiles() + makeGeneratedInputs(in: runner.directory)
        XCTAssertGreaterThanOrEqual(inputs.count, 45)
        for input in inputs {
            let result = try runner.runBounded(["import", input.path])
            let name = input.lastPathComponent
            let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.isEmpty }
            XCTAssertNotEqual(result.status, 0, "\(name): accepted")
            XCTAssertNotEqual(result.status, 137, "\(name): killed after \(BinaryRunner.killAfterSeconds) s")
            XCTAssertFalse(lines.isEmpty, "\(name): no error")
            for line in lines {
                // The path as given, or (Anki packages) the file's name.
                XCTAssertTrue(
                    line.hasPrefix("factdrill: \(input.path)") || line.hasPrefix("factdrill: \(name)"),
                    "\(name): each line must be 'factdrill: FILE…': \(line.prefix(300))")
            }
            XCTAssertLessThan(result.stderr.utf8.count, Self.maximumErrorBytes, "\(name): error too long")
            XCTAssertFalse(
                result.stderr.contains("Fatal error") || result.stderr.contains("Stack dump"), "\(name): crashed")
            XCTAssertEqual(result.stdout, "", "\(name): printed on stdout")
            XCTAssertEqual(try databaseFiles(runner), before, "\(name): the database changed")
        }
        let peak = BinaryRunner.peakChildRSSKilobytes()
        XCTAssertLessThan(peak, Self.maximumRSSKilobytes, "a run used \(peak / 1024) MB")
        // Zip slip: nothing was written outside wherever an importer might unpack.
        for escaped in ["/tmp/factdrill-zip-slip", "/etc/factdrill-absolute", "/tmp/factdrill-media-escape.png"] {
            XCTAssertFalse(FileManager.default.fileExists(atPath: escaped), escaped)
        }
    }

    /// The database and its journal files, by name, as bytes (the `-shm` index is excluded:
    /// SQLite rewrites it whenever a connection opens). A refused import must not even open
    /// the database: GRDB's pool writes to it on open (it creates and drops a table when the
    /// WAL is empty, GRDB issue 102), which changes the header's counters.
    func databaseFiles(_ runner: BinaryRunner) throws -> [String: Data] {
        let database = URL(fileURLWithPath: runner.databasePath)
        var files: [String: Data] = [:]
        for suffix in ["", "-wal", "-journal"] {
            let url = URL(fileURLWithPath: database.path + suffix)
            if FileManager.default.fileExists(atPath: url.path) {
                files[url.lastPathComponent] = try Data(contentsOf: url)
            }
        }
        return files
    }

    /// Inputs too large to commit, or that only exist on a file system (directories, links).
    func makeGeneratedInputs(in directory: URL) throws -> [URL] {
        let folder = directory.appendingPathComponent("generated")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fifty = 50 * 1024 * 1024
        func write(_ name: String, _ head: String, repeating byte: UInt8, count: Int, tail: String = "") throws -> URL {
            var data = Data(head.utf8)
            data.append(Data(repeating: byte, count: count))
            data.append(Data(tail.utf8))
            let url = folder.appendingPathComponent(name)
            try data.write(to: url)
            return url
        }
        var inputs = [
            // One 50 MB line: a quoted title, a deck id never closed, a CSV field.
            try write(
                "line-50mb.article.yaml", "version: 1\narticle:\n  id: a\n  title: \"", repeating: 0x61, count: fifty,
                tail: "\"\n"),
            try write(
                "line-50mb.deck.json", "{\"format\":\"factdrill-deck\",\"version\":1,\"deck\":{\"id\":\"",
                repeating: 0x61, count: fifty),
            try write("line-50mb.csv", "front,", repeating: 0x62, count: fifty, tail: "\n"),
            // 50 MB of valid JSON whitespace before a deck that is then wrong.
            try write("whitespace-50mb.deck.json", "", repeating: 0x20, count: fifty, tail: "{\"format\":\"x\"}"),
        ]
        let directoryInput = folder.appendingPathComponent("a-directory.deck.json")
        try FileManager.default.createDirectory(at: directoryInput, withIntermediateDirectories: true)
        let link = folder.appendingPathComponent("dev-zero.deck.json")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "/dev/zero")
        let dangling = folder.appendingPathComponent("dangling.article.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: dangling.path, withDestinationPath: folder.appendingPathComponent("nowhere").path)
        inputs += [directoryInput, link, dangling, folder.appendingPathComponent("missing.deck.json")]
        return inputs
    }
}
