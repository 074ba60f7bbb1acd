import Foundation

/// Why a `Scheduler` could not be made from the settings given.
public enum FSRSError: Error, LocalizedError, Equatable, Sendable {
    /// The parameter list does not have the 21 values FSRS-6 needs.
    case wrongParameterCount(expected: Int, got: Int)
    /// One or more parameters lie outside their allowed ranges (every offending index is listed).
    case parametersOutOfRange([ParameterViolation])
    /// The desired retention is not strictly between 0 and 1.
    case desiredRetentionOutOfRange(Double)
    /// The maximum interval is below one day.
    case maximumIntervalTooSmall(Int)
    /// A learning or relearning step is not a positive, finite number of seconds.
    case invalidStep(list: String, index: Int, seconds: Double)

    /// One parameter outside its range: where, what, and what is allowed.
    public struct ParameterViolation: Equatable, Sendable {
        /// The parameter's index (0-20).
        public let index: Int
        /// The value given.
        public let value: Double
        /// The values allowed, bounds included.
        public let allowed: ClosedRange<Double>

        /// A violation of `allowed` by `value` at `index`.
        public init(index: Int, value: Double, allowed: ClosedRange<Double>) {
            self.index = index
            self.value = value
            self.allowed = allowed
        }
    }

    /// A message for the user: what is wrong and how to fix it.
    public var errorDescription: String? {
        switch self {
        case .wrongParameterCount(let expected, let got):
            return "FSRS-6 needs \(expected) parameters, got \(got). "
                + "Give all \(expected) values (an FSRS-6 optimizer's output) or use the defaults."
        case .parametersOutOfRange(let violations):
            let lines = violations.map {
                "parameters[\($0.index)] = \($0.value) is outside its allowed range "
                    + "\($0.allowed.lowerBound)...\($0.allowed.upperBound)"
            }
            return "FSRS parameters out of range:\n" + lines.joined(separator: "\n")
                + "\nUse values inside these ranges (as an FSRS-6 optimizer produces) or the defaults."
        case .desiredRetentionOutOfRange(let value):
            return "Desired retention \(value) must be strictly between 0 and 1 (for example 0.9)."
        case .maximumIntervalTooSmall(let value):
            return "Maximum interval \(value) must be at least 1 day (the default is 36500)."
        case .invalidStep(let list, let index, let seconds):
            return "\(list)[\(index)] = \(seconds) seconds: every step must be a positive, finite "
                + "number of seconds (for example 60 for one minute)."
        }
    }
}
