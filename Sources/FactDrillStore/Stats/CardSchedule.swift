/// The schedule columns of one card the stats count it by.
struct CardSchedule {
    /// Suspended by the user.
    var suspended: Bool
    /// The stored state (0 new, 1 learning, 2 review, 3 relearning).
    var state: Int
    /// When it is due (unix seconds).
    var due: Double
    /// Due minus last review (0 without one), in seconds: the interval maturity is judged by.
    var interval: Double
    /// Reviews.
    var reps: Int
    /// Times forgotten.
    var lapses: Int
    /// Retrievability now (the SQL expression's value); nil without a stability.
    var retrievability: Double?
}
