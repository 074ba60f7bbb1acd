import XCTest

@testable import FactDrillCLI

final class ConsoleTests: XCTestCase {
    private let hostile = [
        "\u{1B}[2J\u{1B}[HParis", "\u{1B}]52;c;cm0gLXJmIH4=\u{07}", "\u{9B}31mred", "a\u{202E}b", "x\u{08}\u{08}y",
        "\u{1B}]8;;https://evil.example\u{1B}\\link\u{1B}]8;;\u{1B}\\", "ding\u{07}\r\nnext", "عاصمة\u{1B}[5m",
    ]

    private func makeConsole(color: Bool, bidiMarks: Bool = true) -> (Console, CapturingOutputSink) {
        let sink = CapturingOutputSink()
        return (Console(sink: sink, settings: OutputSettings(color: color, bidiMarks: bidiMarks)), sink)
    }

    func testStylesBecomeEscapesOnlyWithColour() {
        let (colored, coloredSink) = makeConsole(color: true)
        colored.line("Verdict: ", .green("correct"), " ", Span("3d", style: [.bold, .cyan]))
        XCTAssertEqual(coloredSink.out, "Verdict: \u{1B}[32mcorrect\u{1B}[0m \u{1B}[1;36m3d\u{1B}[0m\n")
        let (plain, plainSink) = makeConsole(color: false)
        plain.line("Verdict: ", .green("correct"))
        XCTAssertEqual(plainSink.out, "Verdict: correct\n")
    }

    /// Issue 8 item 4: the bytes written for hostile deck text hold no escape or control
    /// besides the console's own SGR sequences and line feeds.
    func testHostileTextNeverReachesTheSinkRaw() {
        for color in [true, false] {
            let (console, sink) = makeConsole(color: color)
            for text in hostile {
                console.line("Prompt: ", Span(text, style: .bold))
                console.line([Span(text)])
                console.paragraph("help\n" + text)
                console.error("cannot read \(text)")
                var table = Table(columns: [.init("Deck"), .init(text)])
                table.addRow([text, "1"])
                console.table(table)
            }
            let out = color ? TerminalSafety.removingStyleSequences(sink.out) : sink.out
            XCTAssertEqual(TerminalSafety.forbiddenScalars(in: out, allowLineFeeds: true, allowIsolates: true), [])
            XCTAssertEqual(
                TerminalSafety.forbiddenScalars(in: sink.error, allowLineFeeds: true, allowIsolates: true), [])
            XCTAssertEqual(sink.out.utf8.contains(0x1B), color)
            XCTAssertFalse(sink.error.utf8.contains(0x1B))
            XCTAssertTrue(sink.out.contains("Paris") && sink.out.contains("link") && sink.out.contains("عاصمة"))
        }
    }

    func testSpanLineBreaksBecomeSpacesButParagraphsKeepLines() {
        let (console, sink) = makeConsole(color: false)
        console.line([Span("first\nsecond")])
        console.paragraph("one\ntwo")
        XCTAssertEqual(sink.outLines, ["first second", "one", "two"])
    }

    func testArabicIsIsolatedInsideEnglishUnlessSwitchedOff() {
        let (console, sink) = makeConsole(color: true)
        console.line("Capital: ", .bold("باريس"))
        XCTAssertEqual(sink.out, "Capital: \u{1B}[1m\u{2068}باريس\u{2069}\u{1B}[0m\n")
        let (unmarked, unmarkedSink) = makeConsole(color: false, bidiMarks: false)
        unmarked.line("Capital: ", .bold("باريس"))
        XCTAssertEqual(unmarkedSink.out, "Capital: باريس\n")
    }

    func testArabicLinesAreInLogicalOrderWithoutMarks() {
        let (console, sink) = makeConsole(color: false)
        console.line("[3/17] ", "ما هي عاصمة فرنسا؟")
        XCTAssertEqual(sink.out, "[3/17] ما هي عاصمة فرنسا؟\n")
    }

    func testErrorsGoToStandardErrorWithTheProgramName() {
        let (console, sink) = makeConsole(color: true)
        console.error("deck.json line 3: bad \u{1B}[2Jvalue\nfix the value")
        XCTAssertEqual(sink.out, "")
        XCTAssertEqual(sink.error, "factdrill: deck.json line 3: bad value\nfactdrill: fix the value\n")
    }

    func testLongSpansAreCutToTheSettingsLimit() {
        let sink = CapturingOutputSink()
        let console = Console(sink: sink, settings: OutputSettings(color: false, spanLimit: 5))
        console.line("ab", Span(String(repeating: "x", count: 100)))
        XCTAssertEqual(sink.out, "abxxxx…\n")
    }

    func testRenderGivesAPromptWithoutLineFeed() {
        let (console, _) = makeConsole(color: true)
        XCTAssertEqual(console.render([.cyan("factdrill"), "> "]), "\u{1B}[36mfactdrill\u{1B}[0m> ")
    }
}
