import Foundation

/// Sets the C locale so readline decodes and edits multibyte (Arabic) input correctly.
///
/// With `LANG` unset or naming a non-UTF-8 locale, readline treats each byte of a UTF-8
/// character as a separate character and silently corrupts Arabic input while editing.
enum TerminalLocale {
    /// Adopts the user's locale, then makes sure the character type is UTF-8.
    ///
    /// `LC_NUMERIC` stays `C` so no C formatting in the process starts writing decimal commas.
    static func configure() {
        setlocale(LC_ALL, "")
        setlocale(LC_NUMERIC, "C")
        guard !characterTypeIsUTF8() else { return }
        for candidate in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, candidate) != nil {
            return
        }
    }

    /// Whether the current `LC_CTYPE` encodes characters as UTF-8.
    static func characterTypeIsUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
