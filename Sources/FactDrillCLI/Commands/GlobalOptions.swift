import ArgumentParser
import FactDrillKit
import FactDrillStore

/// Options every command that opens the database shares.
struct GlobalOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The database file.",
            discussion:
                "Default: $FACTDRILL_DB, else $XDG_DATA_HOME/factdrill/factdrill.sqlite (~/.local/share/factdrill/factdrill.sqlite).",
            valueName: "path"))
    var db: String?

    @Flag(name: .long, help: "Do not wrap Arabic inside English lines in Unicode isolates (FSI…PDI).")
    var noBidiMarks = false
}
