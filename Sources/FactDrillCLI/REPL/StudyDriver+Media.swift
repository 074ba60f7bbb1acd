import FactDrillKit
import FactDrillStore
import Foundation

extension StudyDriver {
    /// `:open`: opens the images and sounds the card names (`[image: flag.png]`): its prompt's,
    /// and once answered its answer's too, with the system's opener: `$FACTDRILL_OPENER`, else
    /// `open` on macOS and `xdg-open` elsewhere.
    func openMedia(of card: DeckCard, answered: Bool) {
        var texts = card.prompt.allStrings
        if answered { texts += card.answer.allStrings + [card.evidence ?? ""] }
        let names = MediaMention.names(in: texts.joined(separator: "\n"))
        guard !names.isEmpty else {
            console.line(.dim("  this card shows no image or sound"))
            return
        }
        for name in names {
            guard let file = try? database.mediaFile(named: name) else {
                console.line("  ", Span(name), " is not in the media folder: import its Anki package again")
                continue
            }
            let environment = ProcessInfo.processInfo.environment
            #if os(macOS)
                let fallback = "open"
            #else
                let fallback = "xdg-open"
            #endif
            let opener = environment["FACTDRILL_OPENER"].flatMap { $0.isEmpty ? nil : $0 } ?? fallback
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [opener, file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            do {
                try process.run()
                console.line(.dim("  opened "), Span(name))
            } catch {
                console.line(
                    "  cannot run \(opener) to open ", Span(name),
                    ": set FACTDRILL_OPENER to a program that opens files")
            }
        }
    }
}

/// The `[image: NAME]` and `[sound: NAME]` marks an imported card's text holds.
enum MediaMention {
    static func names(in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: #"\[(?:image|sound): ([^\]]+)\]"#) else { return [] }
        let source = text as NSString
        var names: [String] = []
        for match in regex.matches(in: text, range: NSRange(location: 0, length: source.length)) {
            let name = source.substring(with: match.range(at: 1))
            if !names.contains(name) { names.append(name) }
        }
        return names
    }
}
