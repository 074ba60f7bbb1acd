import Foundation

/// What kind of thing an entity is; distractors are always of the answer's type.
public enum EntityType: String, Hashable, Sendable, Codable, CaseIterable {
    case country, person, organization, place, other
}
