import FactDrillKit
import FactDrillStore
import XCTest

@testable import FactDrillApp

/// The order a session serves its cards in.
final class SessionQueueTests: XCTestCase {
    private func card(_ id: Int64, fact: String, due: TimeInterval = 0) -> QueuedCard {
        QueuedCard(
            id: id, deckID: "d", key: "\(id)", factID: fact,
            schedule: .newCard(due: EngineFixtures.start.addingTimeInterval(due)))
    }

    func testDueSiblingsAreSeparatedWhenAnotherCardCanGoBetween() {
        var queue = SessionQueue(cards: [
            card(1, fact: "a"), card(2, fact: "a"), card(3, fact: "b"),
            card(4, fact: "a"),
        ])
        var order: [Int64] = []
        while let next = queue.next(at: EngineFixtures.start) { order.append(next.id) }
        XCTAssertEqual(order, [1, 3, 2, 4], "the last two cannot be separated: nothing is left to go between")
    }

    func testAReturningCardWaitsUntilDueUnlessNothingElseIsLeft() {
        var queue = SessionQueue(cards: [card(1, fact: "a"), card(2, fact: "b")])
        XCTAssertEqual(queue.next(at: EngineFixtures.start)?.id, 1)
        queue.requeue(card(1, fact: "a", due: 600))
        XCTAssertEqual(queue.next(at: EngineFixtures.start)?.id, 2, "card 1 is not due yet")
        XCTAssertEqual(queue.next(at: EngineFixtures.start)?.id, 1, "learned ahead: nothing else is left")
        XCTAssertNil(queue.next(at: EngineFixtures.start))
    }

    func testPushFrontDropsLaterCopies() {
        var queue = SessionQueue(cards: [card(1, fact: "a"), card(2, fact: "b")])
        queue.requeue(card(3, fact: "c", due: 60))
        queue.pushFront(card(3, fact: "c"))
        XCTAssertEqual(queue.remaining, 3)
        var order: [Int64] = []
        while let next = queue.next(at: EngineFixtures.start) { order.append(next.id) }
        XCTAssertEqual(order, [3, 1, 2])
    }
}
