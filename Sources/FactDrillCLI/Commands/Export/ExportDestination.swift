import ArgumentParser
import Foundation

/// Where an export goes: `-o FILE`, else standard output.
struct ExportDestination: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (else standard output).", valueName: "file"))
    var output: String?

    /// Writes `text` to the file (whole or not at all, then says so) or to standard output.
    func write(_ text: String, console: Console) throws {
        if let output {
            try OutputFile.write(Data(text.utf8), to: output)
            console.line("wrote \(output)")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
