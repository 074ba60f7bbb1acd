/// A card and a day index: the groups of true retention.
struct CardDayKey: Hashable {
    /// The card's row id.
    var cardID: Int64
    /// The day index (0 today).
    var day: Int
}
