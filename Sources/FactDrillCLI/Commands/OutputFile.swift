import ArgumentParser
import FactDrillKit
import Foundation

/// Writes command output files whole or not at all (a temporary file renamed into place).
enum OutputFile {
    static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        do {
            try data.write(to: url, options: .atomic)
        } catch {
            throw CLIError.unwritable(
                path: path, reason: (error as NSError).localizedFailureReason ?? error.localizedDescription)
        }
    }
}
