import FSRS
import Foundation
import XCTest

/// Settings validation and the default parameters.
final class SchedulerParameterTests: XCTestCase {
    func testDefaultsAreTheTwentyOnePyFSRSDefaults() throws {
        // The fixture's first config was built from py-fsrs's DEFAULT_PARAMETERS.
        let reference = try ReferenceVectors.load()
        XCTAssertEqual(Scheduler.defaultParameters.count, 21)
        XCTAssertEqual(Scheduler.defaultParameters, reference.configs[0].parameters)
        let scheduler = try Scheduler()
        XCTAssertEqual(scheduler.parameters, Scheduler.defaultParameters)
        XCTAssertEqual(scheduler.desiredRetention, 0.9)
        XCTAssertEqual(scheduler.learningSteps, [60, 600])
        XCTAssertEqual(scheduler.relearningSteps, [600])
        XCTAssertEqual(scheduler.maximumInterval, 36500)
        XCTAssertTrue(scheduler.enableFuzzing)
    }

    func testWrongParameterCountIsRejected() {
        XCTAssertThrowsError(try Scheduler(parameters: Array(Scheduler.defaultParameters.prefix(19)))) { error in
            XCTAssertEqual(error as? FSRSError, .wrongParameterCount(expected: 21, got: 19))
            XCTAssertTrue(error.localizedDescription.contains("got 19"), error.localizedDescription)
        }
    }

    func testEveryOutOfRangeParameterIsNamedWithItsRange() {
        var parameters = Scheduler.defaultParameters
        parameters[0] = 0
        parameters[4] = 12
        parameters[20] = .nan
        XCTAssertThrowsError(try Scheduler(parameters: parameters)) { error in
            guard case .parametersOutOfRange(let violations)? = error as? FSRSError else {
                return XCTFail("expected parametersOutOfRange, got \(error)")
            }
            XCTAssertEqual(violations.map(\.index), [0, 4, 20])
            XCTAssertEqual(violations.map(\.allowed), [0.001...100.0, 1.0...10.0, 0.1...0.8])
            let message = error.localizedDescription
            for fragment in [
                "parameters[0] = 0.0", "0.001...100.0", "parameters[4] = 12.0", "1.0...10.0",
                "parameters[20] = nan", "0.1...0.8",
            ] {
                XCTAssertTrue(message.contains(fragment), "\(fragment) missing from: \(message)")
            }
            XCTAssertFalse(message.contains("parameters[1]"), message)
        }
    }

    func testBoundsThemselvesAreAllowed() {
        var parameters = Scheduler.defaultParameters
        parameters[7] = 0.75
        parameters[16] = 1.0
        parameters[20] = 0.1
        XCTAssertNoThrow(try Scheduler(parameters: parameters))
    }

    func testOtherSettingsAreChecked() {
        XCTAssertThrowsError(try Scheduler(desiredRetention: 1.0)) {
            XCTAssertEqual($0 as? FSRSError, .desiredRetentionOutOfRange(1.0))
        }
        XCTAssertThrowsError(try Scheduler(desiredRetention: 0)) {
            XCTAssertEqual($0 as? FSRSError, .desiredRetentionOutOfRange(0))
        }
        XCTAssertThrowsError(try Scheduler(maximumInterval: 0)) {
            XCTAssertEqual($0 as? FSRSError, .maximumIntervalTooSmall(0))
        }
        XCTAssertThrowsError(try Scheduler(learningSteps: [60, -5])) {
            XCTAssertEqual($0 as? FSRSError, .invalidStep(list: "learningSteps", index: 1, seconds: -5))
            XCTAssertTrue($0.localizedDescription.contains("learningSteps[1]"), $0.localizedDescription)
        }
        XCTAssertThrowsError(try Scheduler(relearningSteps: [.infinity])) {
            XCTAssertEqual($0 as? FSRSError, .invalidStep(list: "relearningSteps", index: 0, seconds: .infinity))
        }
        XCTAssertNoThrow(try Scheduler(learningSteps: [], relearningSteps: [], maximumInterval: 1))
    }

    func testStandardIsTheDefaultScheduler() throws {
        XCTAssertEqual(Scheduler.standard, try Scheduler())
    }
}
