/// The model's facts that a question could confuse with one another: events of one name, and the
/// roles of each person. Built once per run, so that "is there another fact like this one?" stays
/// linear in the size of the model.
struct SameSubjectIndex {
    /// Event fact ids by normalized name (every language), in model order.
    private var eventsByName: [String: [String]] = [:]
    /// Role facts by person id, in model order.
    private(set) var rolesByPerson: [String: [Fact]] = [:]

    init(model: ArticleModel) {
        for fact in model.facts {
            switch fact.body {
            case .event(let event):
                for name in Set(event.event.allStrings.map { TextNormalizer.normalize($0).text }) {
                    eventsByName[name, default: []].append(fact.id)
                }
            case .role(let role):
                rolesByPerson[role.person, default: []].append(fact)
            case .ranking, .set:
                continue
            }
        }
    }

    /// Another event of the model whose name reads the same in some language, nil if none.
    func namesake(of fact: Fact, _ event: Event) -> String? {
        for name in event.event.allStrings.map({ TextNormalizer.normalize($0).text }) {
            if let other = eventsByName[name]?.first(where: { $0 != fact.id }) { return other }
        }
        return nil
    }
}
