import Foundation

/// How a text file's rows are cut into blocks read at once, with what every block needs: the
/// row reader (its header and column layout) and each block's first line.
///
/// A block starts after a line break picked near an even share of the bytes. That is a row start
/// unless it falls inside a quoted field (whose line breaks are data); then the block before it
/// cannot end cleanly exactly there (its splitter stops at the cut, inside the open quote), and
/// the file is read again as one block. Blocks that do end cleanly at every cut started at row
/// starts, block after block from the first.
struct BlockPlan: Sendable {
    /// Reads each row into a note; copied for each block.
    let reader: RowReader
    let separator: UInt8
    /// Where each block starts and ends, and the line it starts on.
    let starts: [Int]
    let ends: [Int]
    let lines: [Int]
    /// Room to reserve for the rows of the whole file: the lines left, up to a million (larger
    /// files grow their arrays as they go, so no file reserves much more than it uses).
    let expectedRows: Int

    /// Files with fewer rows per core are read in fewer blocks (on the calling thread alone below
    /// twice this many rows).
    static let rowsPerBlock = 4_096

    /// The plan for the rows of `bytes` after `header`; `blocks` fixes the number of blocks (nil:
    /// one per core, up to four, and none with fewer than `rowsPerBlock` rows).
    init(_ bytes: UnsafeBufferPointer<UInt8>, header: AnkiTextHeader, file: String, blocks: Int?) {
        separator = header.separator ?? AnkiTextHeader.guessSeparator(bytes, from: header.dataOffset)
        reader = RowReader(header: header, layout: ColumnLayout(header: header, separator: separator), file: file)
        let first = header.dataOffset
        let newlines = EightByteWord.count(UInt8(ascii: "\n"), in: bytes, from: first, to: bytes.count)
        expectedRows = min(1 + newlines, 1_000_000)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let count = blocks ?? min(cores, 4, max(1, expectedRows / Self.rowsPerBlock))
        var starts = [first]
        for index in 1..<max(1, count) {
            var cut = max(first + 1, first + (bytes.count - first) * index / count)
            while cut < bytes.count && bytes[cut - 1] != UInt8(ascii: "\n") { cut += 1 }
            guard cut > starts[starts.count - 1], cut < bytes.count else { break }
            starts.append(cut)
        }
        ends = Array(starts.dropFirst()) + [bytes.count]
        // Each block's first line: the line breaks before it, counted as the splitter counts them.
        var lines = [header.dataLine]
        for index in 1..<starts.count {
            let breaks = EightByteWord.count(UInt8(ascii: "\n"), in: bytes, from: starts[index - 1], to: starts[index])
            lines.append(lines[index - 1] + breaks)
        }
        self.starts = starts
        self.lines = lines
    }

    /// Block `index`'s notes; the first block has room for every note, to take the others in.
    func read(block index: Int, of bytes: UnsafeBufferPointer<UInt8>) -> RowBlock {
        RowBlock.read(
            bytes, from: starts[index], to: ends[index], line: lines[index], separator: separator,
            reader: reader, room: index == 0 ? expectedRows : expectedRows / starts.count + 1)
    }

    /// The whole file's rows as one block.
    func readWhole(_ bytes: UnsafeBufferPointer<UInt8>) -> RowBlock {
        RowBlock.read(
            bytes, from: starts[0], to: bytes.count, line: lines[0], separator: separator,
            reader: reader, room: expectedRows)
    }

    /// Whether every block but the last ended cleanly exactly where the next begins.
    func cutsHeld(_ blocks: [RowBlock]) -> Bool {
        blocks.indices.dropLast().allSatisfy { blocks[$0].splitError == nil && blocks[$0].end == ends[$0] }
    }
}
