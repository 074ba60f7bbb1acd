import Foundation

/// Reads protocol-buffer messages field by field (the few Anki writes in today's packages: the
/// package's `meta`, its media map, note type and template configs). Every length is checked
/// against the bytes left, so a damaged or forged message is refused, never over-read.
struct ProtobufReader {
    /// A field's value by its wire type.
    enum Value {
        case varint(UInt64)
        case fixed64(UInt64)
        case bytes(Data)
        case fixed32(UInt32)
    }

    /// Why a message could not be read.
    struct Malformed: Error, Equatable {
        let reason: String
    }

    private let data: Data
    private var offset: Data.Index

    init(_ data: Data) {
        self.data = data
        self.offset = data.startIndex
    }

    /// The next field (its number and value), nil at the end.
    mutating func next() throws -> (field: Int, value: Value)? {
        guard offset < data.endIndex else { return nil }
        let key = try varint()
        let field = Int(key >> 3)
        guard field > 0 else { throw Malformed(reason: "field number 0") }
        switch key & 7 {
        case 0: return (field, .varint(try varint()))
        case 1: return (field, .fixed64(try fixed(8)))
        case 2:
            let length = try varint()
            guard length <= UInt64(data.endIndex - offset) else {
                throw Malformed(reason: "field \(field) claims \(length) bytes, \(data.endIndex - offset) are left")
            }
            let end = offset + Int(length)
            defer { offset = end }
            return (field, .bytes(data[offset..<end]))
        case 5: return (field, .fixed32(UInt32(try fixed(4))))
        default: throw Malformed(reason: "wire type \(key & 7) of field \(field) is not one protobuf writes")
        }
    }

    /// Every field of a message, in order.
    static func fields(of data: Data) throws -> [(field: Int, value: Value)] {
        var reader = ProtobufReader(data)
        var fields: [(field: Int, value: Value)] = []
        while let field = try reader.next() { fields.append(field) }
        return fields
    }

    private mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while offset < data.endIndex {
            let byte = data[offset]
            offset += 1
            guard shift < 64 else { throw Malformed(reason: "a number longer than 10 bytes") }
            result |= UInt64(byte & 0x7F) << shift
            if byte & 0x80 == 0 { return result }
            shift += 7
        }
        throw Malformed(reason: "the message ends inside a number")
    }

    private mutating func fixed(_ count: Int) throws -> UInt64 {
        guard data.endIndex - offset >= count else { throw Malformed(reason: "the message ends inside a field") }
        var result: UInt64 = 0
        for index in 0..<count { result |= UInt64(data[offset + index]) << (8 * UInt64(index)) }
        offset += count
        return result
    }
}

extension ProtobufReader.Value {
    /// The value as text (a string field), nil for other wire types or bytes that are not UTF-8.
    var string: String? {
        if case .bytes(let data) = self { return String(data: data, encoding: .utf8) }
        return nil
    }

    var bytes: Data? {
        if case .bytes(let data) = self { return data }
        return nil
    }

    var integer: UInt64? {
        if case .varint(let value) = self { return value }
        return nil
    }

    var float: Float? {
        if case .fixed32(let bits) = self { return Float(bitPattern: bits) }
        return nil
    }
}
