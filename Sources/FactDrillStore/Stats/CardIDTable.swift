/// Values by card row id, for the stats' passes over 100,000 cards: row ids are mostly dense,
/// so a slot array over their span replaces hashing (a dictionary when the span is too sparse).
struct CardIDTable<Value> {
    private let first: Int64
    private var slots: [Int32]
    private var values: [Value] = []
    private var sparse: [Int64: Value] = [:]

    /// A table for ids from `first` to `last`: slots when the span is under 4 million ids.
    init(first: Int64, last: Int64) {
        let span = last >= first ? last - first + 1 : 0
        self.first = first
        slots = span > 0 && span <= 4_000_000 ? [Int32](repeating: -1, count: Int(span)) : []
    }

    private func slot(_ id: Int64) -> Int? {
        let index = id &- first
        return index >= 0 && index < Int64(slots.count) ? Int(index) : nil
    }

    /// The value of `id`; nil when none was set.
    subscript(id: Int64) -> Value? {
        if let slot = slot(id) {
            let index = slots[slot]
            return index < 0 ? nil : values[Int(index)]
        }
        return sparse[id]
    }

    /// Sets the value of `id`.
    mutating func set(_ id: Int64, _ value: Value) {
        if let slot = slot(id), values.count < Int(Int32.max) {
            if slots[slot] >= 0 {
                values[Int(slots[slot])] = value
            } else {
                slots[slot] = Int32(values.count)
                values.append(value)
            }
        } else {
            sparse[id] = value
        }
    }
}
