extension DeckCard {
    /// The right order of an `order` card as 0-based option indices, read from its `accept`
    /// entry ("2 3 1": the 1-based numbers of the options, earliest first). Empty if unreadable.
    public static func orderIndices(_ accepted: String) -> [Int] {
        let numbers = accepted.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return numbers.allSatisfy { $0 >= 1 } ? numbers.map { $0 - 1 } : []
    }
}
