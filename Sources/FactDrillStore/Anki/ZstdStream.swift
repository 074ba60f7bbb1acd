import CZstd
import Foundation

/// Decompresses zstd data as a stream, chunk by chunk (Anki's frames do not state their size), so
/// a caller can stop at a limit before a hostile stream fills memory or disk.
final class ZstdDecoder {
    /// Why a stream could not be decoded.
    enum Failure: Error, Equatable {
        /// The bytes are not zstd, or are damaged (libzstd's own message).
        case damaged(String)
        /// The input ended inside a frame.
        case truncated
    }

    private let context: OpaquePointer
    /// Whether the last call ended exactly at a frame's end.
    private var atFrameEnd = true
    private var sawInput = false
    private var buffer: [UInt8]

    init() {
        context = ZSTD_createDCtx()
        buffer = [UInt8](repeating: 0, count: ZSTD_DStreamOutSize())
    }

    deinit { ZSTD_freeDCtx(context) }

    /// Decodes one chunk of input, handing each piece of output to `output`, which may throw to
    /// stop (a size limit).
    func feed(_ chunk: Data, output: (Data) throws -> Void) throws {
        guard !chunk.isEmpty else { return }
        sawInput = true
        try chunk.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var input = ZSTD_inBuffer(src: raw.baseAddress, size: raw.count, pos: 0)
            while input.pos < input.size {
                let (produced, hint): (Int, Int) = buffer.withUnsafeMutableBytes { out in
                    var target = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
                    let result = ZSTD_decompressStream(context, &target, &input)
                    return (target.pos, result)
                }
                if ZSTD_isError(hint) != 0 {
                    throw Failure.damaged(String(cString: ZSTD_getErrorName(hint)))
                }
                atFrameEnd = hint == 0
                if produced > 0 { try output(Data(buffer[0..<produced])) }
                // The decoder may hold output back while its input is consumed: drain it.
                if input.pos == input.size, produced == buffer.count {
                    try drain(output)
                }
            }
        }
    }

    /// Ends the stream: throws when the input stopped inside a frame or held nothing.
    func finish(output: (Data) throws -> Void) throws {
        try drain(output)
        guard sawInput else { throw Failure.damaged("empty input") }
        guard atFrameEnd else { throw Failure.truncated }
    }

    private func drain(_ output: (Data) throws -> Void) throws {
        var empty = ZSTD_inBuffer(src: nil, size: 0, pos: 0)
        while true {
            let (produced, hint): (Int, Int) = buffer.withUnsafeMutableBytes { out in
                var target = ZSTD_outBuffer(dst: out.baseAddress, size: out.count, pos: 0)
                let result = ZSTD_decompressStream(context, &target, &empty)
                return (target.pos, result)
            }
            if ZSTD_isError(hint) != 0 { throw Failure.damaged(String(cString: ZSTD_getErrorName(hint))) }
            if produced > 0 {
                atFrameEnd = hint == 0
                try output(Data(buffer[0..<produced]))
            }
            if produced < buffer.count { return }
        }
    }

    /// Decodes a whole small input (a media map) into memory, refusing more than `limit` bytes.
    static func decode(_ data: Data, limit: Int) throws -> Data {
        let decoder = ZstdDecoder()
        var result = Data()
        let collect: (Data) throws -> Void = { piece in
            result.append(piece)
            if result.count > limit { throw Failure.damaged("more than \(limit) bytes") }
        }
        try decoder.feed(data, output: collect)
        try decoder.finish(output: collect)
        return result
    }
}
