import XCTest

@testable import FactDrillKit

/// The package's fork-join helpers: results in order, every item run once, work joined before
/// the call returns (also when the consumer throws).
final class ForkJoinTests: XCTestCase {
    struct Stop: Error {}

    func testMapReturnsEveryItemsResultInOrder() {
        for count in [0, 1, 2, 3, 7] {
            XCTAssertEqual(ForkJoin.map(count) { $0 * $0 }, (0..<count).map { $0 * $0 })
        }
    }

    func testMapRunsItemsAtOnce() {
        // Item 1 waits for item 0 (on the calling thread) to signal: it would wait forever if the
        // items ran one after the other in order.
        let started = DispatchSemaphore(value: 0)
        let results = ForkJoin.map(2) { index -> Bool in
            if index == 0 {
                started.signal()
                return true
            }
            return started.wait(timeout: .now() + 10) == .success
        }
        XCTAssertEqual(results, [true, true])
    }

    func testPipelineConsumesEveryStepInOrder() {
        var consumed: [Int] = []
        ForkJoin.pipeline(50, produce: { $0 * 3 }, consume: { consumed.append($0) })
        XCTAssertEqual(consumed, (0..<50).map { $0 * 3 })
        ForkJoin.pipeline(0, produce: { $0 }, consume: { _ in XCTFail("nothing to consume") })
    }

    func testAThrowingConsumerStopsThePipelineAfterTheStepInFlight() {
        let produced = ConcurrentCounter()
        let thrown = DispatchSemaphore(value: 0)
        var consumed: [Int] = []
        XCTAssertThrowsError(
            try ForkJoin.pipeline(
                10,
                produce: { step -> Int in
                    // Step 4 is in flight when step 3 throws; it finishes only after that.
                    if step == 4 { _ = thrown.wait(timeout: .now() + 10) }
                    produced.add()
                    return step
                },
                consume: { step in
                    consumed.append(step)
                    if step == 3 {
                        thrown.signal()
                        throw Stop()
                    }
                }))
        XCTAssertEqual(consumed, [0, 1, 2, 3])
        XCTAssertEqual(produced.count, 5, "the step in flight is waited for, no later one started")
    }
}

/// A count incremented from several threads.
private final class ConcurrentCounter: @unchecked Sendable {
    // `@unchecked Sendable` because `value` is shared, which is safe: every access holds `lock`.
    private let lock = NSLock()
    private var value = 0

    func add() { lock.withLock { value += 1 } }
    var count: Int { lock.withLock { value } }
}
