import Foundation

/// The Damerau-Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and transpositions of adjacent characters, each costing 1) over scalars.
public enum DamerauLevenshtein {
    /// The distance between two strings, compared scalar by scalar.
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = a.unicodeScalars.map(\.value)
        let y = b.unicodeScalars.map(\.value)
        return distance(x, y, limit: max(x.count, y.count))
    }

    /// The distance between two scalar arrays, or `limit + 1` as soon as it is known to exceed
    /// `limit` (so checking a small typo budget stays cheap).
    public static func distance(_ a: [UInt32], _ b: [UInt32], limit: Int) -> Int {
        let n = a.count
        let m = b.count
        if abs(n - m) > limit { return limit + 1 }
        if n == 0 { return m }
        if m == 0 { return n }
        // Three rolling rows (two back for transpositions, previous, current) in one stack buffer.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 3 * (m + 1)) { buffer in
            var twoBack = 0
            var previous = m + 1
            var current = 2 * (m + 1)  // row offsets in the buffer
            for j in 0...m {
                buffer[twoBack + j] = 0
                buffer[previous + j] = j
            }
            for i in 1...n {
                buffer[current] = i
                var rowMinimum = i
                let ai = a[i - 1]
                for j in 1...m {
                    let cost = ai == b[j - 1] ? 0 : 1
                    var value = min(
                        buffer[previous + j] + 1, buffer[current + j - 1] + 1, buffer[previous + j - 1] + cost)
                    if i > 1, j > 1, ai == b[j - 2], a[i - 2] == b[j - 1] {
                        value = min(value, buffer[twoBack + j - 2] + 1)
                    }
                    buffer[current + j] = value
                    rowMinimum = min(rowMinimum, value)
                }
                if rowMinimum > limit { return limit + 1 }
                (twoBack, previous, current) = (previous, current, twoBack)
            }
            return min(buffer[previous + m], limit + 1)
        }
    }
}
