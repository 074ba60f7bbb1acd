import Foundation

/// How dates and periods are written in files: as their text (`2024-07`, `2019-2023`); a bare
/// year may also come as a number.
enum TextCoding {
    static func decode<T>(from decoder: Decoder, noun: String, _ parse: (String) -> T?) throws -> T {
        let container = try decoder.singleValueContainer()
        let text: String
        if let year = try? container.decode(Int.self) {
            text = String(year)
        } else {
            text = try container.decode(String.self)
        }
        guard let value = parse(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a \(noun): \(text)")
        }
        return value
    }

    static func encode(_ text: String, to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }
}
