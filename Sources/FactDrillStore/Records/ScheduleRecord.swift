import Foundation
import GRDB

/// A row of `card_schedule`: a card's scheduling state, suspension and burial.
struct ScheduleRecord: Hashable {
    /// The card's row id (the table's primary key).
    var cardID: Int64
    /// The scheduling state.
    var schedule: ScheduleState
    /// Whether the card is suspended.
    var suspended: Bool
    /// The card is hidden until this date.
    var buriedUntil: Date?
}

// MARK: - Database

extension ScheduleRecord: FetchableRecord, PersistableRecord {
    static let databaseTableName = "card_schedule"

    /// The table's columns (the schedule's own are `ScheduleState.Columns.current`).
    enum Columns {
        static let cardID = Column("card_id")
        static let suspended = Column("suspended")
        static let buriedUntil = Column("buried_until")
    }

    init(row: Row) throws {
        let cardID: Int64 = row[Columns.cardID]
        self.cardID = cardID
        schedule = try ScheduleState(row: row, .current) {
            StoreError.corruptRow(table: "card_schedule", id: "\(cardID)", reason: $0)
        }
        suspended = row[Columns.suspended]
        buriedUntil = (row[Columns.buriedUntil] as Double?).map(Date.init(unixSeconds:))
    }

    func encode(to container: inout PersistenceContainer) {
        container[Columns.cardID] = cardID
        schedule.encode(to: &container, .current)
        container[Columns.suspended] = suspended
        container[Columns.buriedUntil] = buriedUntil?.unixSeconds
    }

    /// Writes `assignments` to the schedule of card `cardID`; throws when there is no such card.
    static func update(_ db: Database, cardID: Int64, _ assignments: [ColumnAssignment]) throws {
        if try filter(key: cardID).updateAll(db, assignments) == 0 {
            throw StoreError.unknownCard(id: cardID)
        }
    }
}
