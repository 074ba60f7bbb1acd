import FSRS
import FactDrillApp
import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillCLI

/// `:open` opens the images and sounds of an imported Anki card from the media folder beside the
/// database, with the opener `FACTDRILL_OPENER` names.
final class StudyMediaTests: XCTestCase {
    func testOpenShowsTheCardsMediaFromTheMediaFolder() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("study-media-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = try StudyDatabase(path: folder.appendingPathComponent("f.sqlite").path)
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../FactDrillStoreTests/Fixtures/AnkiDeck/deck-modern.apkg").standardized
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try DeckImporter(database: database, clock: Clock(fixed: now)).importFile(package.path)
        XCTAssertEqual(
            try FileManager.default.contentsOfDirectory(atPath: database.mediaFolder.path).count, 2,
            "the package's two media files, named by their content")
        let log = folder.appendingPathComponent("opened.txt")
        let opener = folder.appendingPathComponent("opener.sh")
        try "#!/bin/sh\necho \"$1\" >> '\(log.path)'\n".write(to: opener, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: opener.path)
        setenv("FACTDRILL_OPENER", opener.path, 1)
        defer { unsetenv("FACTDRILL_OPENER") }

        var settings = StudySession.Settings()
        settings.deck = "analyst::arabic"
        settings.languages = ["ar", "en"]
        let reader = ScriptedLineReader(lines: Array(repeating: [":open", "x", ":open", "3"], count: 8).flatMap { $0 })
        let sink = CapturingOutputSink()
        let driver = StudyDriver(
            database: database, schedulers: SchedulerSet(try Scheduler(enableFuzzing: false)), reader: reader,
            console: Console(sink: sink, settings: .plain), clock: Clock(fixed: now), settings: settings,
            random: SplitMix64(seed: 7))
        _ = try driver.run()
        let output = sink.outLines.joined(separator: "\n")
        XCTAssertTrue(output.contains("opened flag-egypt.png"), output)
        XCTAssertTrue(output.contains("opened kitab.mp3"), output)
        XCTAssertTrue(output.contains("this card shows no image or sound"), output)
        // Give the opener processes a moment to write.
        for _ in 0..<50 where !FileManager.default.fileExists(atPath: log.path) { usleep(20_000) }
        usleep(100_000)
        let opened = try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
        XCTAssertFalse(opened.isEmpty)
        for path in opened {
            XCTAssertTrue(path.hasPrefix(database.mediaFolder.path + "/"), path)
        }
        XCTAssertTrue(opened.contains { $0.hasSuffix(".png") } && opened.contains { $0.hasSuffix(".mp3") }, "\(opened)")
    }
}
