/// The FSRS-6 constants shared by the scheduler: default weights, their bounds, clamps.
enum ParameterBounds {
    /// The number of FSRS-6 weights.
    static let count = 21

    /// py-fsrs 6.3's defaults.
    static let defaults: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The smallest stability any formula may return, in days.
    static let minimumStability = 0.001

    /// The largest stability the optimizer's model allows, in days (fsrs-rs's).
    static let maximumStability = 36500.0

    /// The range difficulty is clamped to.
    static let difficultyRange: ClosedRange<Double> = 1.0...10.0

    /// The lower bound of each weight, as py-fsrs validates them.
    static let lower: [Double] = [
        minimumStability, minimumStability, minimumStability, minimumStability,
        1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0, 0.0, 1.0, 0.0, 0.0,
        0.0, 0.1,
    ]

    /// The upper bound of each weight, as py-fsrs validates them.
    static let upper: [Double] = [
        100.0, 100.0, 100.0, 100.0,
        10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0, 1.0, 6.0, 2.0, 2.0, 0.8, 0.8,
    ]

    /// Every weight outside its bounds (NaN included), in index order.
    static func violations(in parameters: [Double]) -> [FSRSError.ParameterViolation] {
        parameters.indices.compactMap { index in
            let value = parameters[index]
            let allowed = lower[index]...upper[index]
            return allowed.contains(value)
                ? nil
                : FSRSError.ParameterViolation(index: index, value: value, allowed: allowed)
        }
    }
}
