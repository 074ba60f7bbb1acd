import XCTest

@testable import FactDrillKit

/// Anki's template language and cloze deletions, as Anki renders them.
final class AnkiTemplateTests: XCTestCase {
    func render(_ template: String, _ fields: [String: String], cloze: Int? = nil, front: String? = nil) -> String {
        AnkiTemplate(template).render(.init(fields: fields, cloze: cloze, frontSide: front))
    }

    func testFieldsSectionsAndSpecialFields() {
        XCTAssertEqual(render("{{Front}}", ["Front": "Paris"]), "Paris")
        XCTAssertEqual(render("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", ["Add Reverse": "", "Back": "x"]), "")
        XCTAssertEqual(render("{{#Add Reverse}}{{Back}}{{/Add Reverse}}", ["Add Reverse": "y", "Back": "x"]), "x")
        XCTAssertEqual(render("{{^Extra}}none{{/Extra}}", ["Extra": "<br>"]), "none", "markup alone is empty")
        XCTAssertEqual(render("{{FrontSide}}<hr id=answer>{{Back}}", ["Back": "b"], front: "f"), "f<hr id=answer>b")
        XCTAssertEqual(render("{{text:Front}}", ["Front": "<b>bold</b>"]), "bold")
        XCTAssertEqual(render("{{Front}}\n\n{{type:Back}}", ["Front": "Q", "Back": "A"]), "Q\n\n")
        XCTAssertEqual(AnkiTemplate("{{Front}}{{type:Back}}").typedField, "Back")
        XCTAssertEqual(render("{{Missing}}", [:]), "")
        XCTAssertEqual(render("{{#Open}}never closed", ["Open": "x"]), "never closed")
        XCTAssertEqual(
            AnkiTemplate("{{Subject}}<br>{{#Source}}{{Source}}{{/Source}}").fieldNames, ["Subject", "Source"])
    }

    func testClozeNumbersHintsAndNesting() {
        let text = "{{c1::Paris::capital}} lies on the {{c2::Seine}}"
        XCTAssertEqual(AnkiCloze.ordinals(text), [1, 2])
        XCTAssertEqual(AnkiCloze.render(text, ordinal: 1, side: .front), "[capital] lies on the Seine")
        XCTAssertEqual(AnkiCloze.render(text, ordinal: 2, side: .front), "Paris lies on the [...]")
        XCTAssertEqual(AnkiCloze.render(text, ordinal: 2, side: .back), "Paris lies on the Seine")
        XCTAssertEqual(AnkiCloze.answers(text, ordinal: 1), ["Paris"])
        let nested = "{{c1::The {{c2::Nile}} river}} flows north"
        XCTAssertEqual(AnkiCloze.ordinals(nested), [1, 2])
        XCTAssertEqual(AnkiCloze.render(nested, ordinal: 1, side: .front), "[...] flows north")
        XCTAssertEqual(AnkiCloze.render(nested, ordinal: 2, side: .front), "The [...] river flows north")
        XCTAssertEqual(AnkiCloze.answers(nested, ordinal: 1), ["The Nile river"])
        XCTAssertEqual(AnkiCloze.answers(nested, ordinal: 2), ["Nile"])
        // The same number twice: one card, both gaps.
        let twice = "{{c1::Cairo}} and {{c1::Giza}} are in {{c2::Egypt}}"
        XCTAssertEqual(AnkiCloze.render(twice, ordinal: 1, side: .front), "[...] and [...] are in Egypt")
        XCTAssertEqual(AnkiCloze.answers(twice, ordinal: 1), ["Cairo", "Giza"])
        // Not a deletion: text as written.
        XCTAssertEqual(AnkiCloze.ordinals("{{c::x}} {{cx::y}} {{c1:z}}"), [])
        XCTAssertEqual(AnkiCloze.render("{{c1::open", ordinal: 1, side: .front), "{{c1::open")
    }

    func testClozeCardOfANote() throws {
        let cloze = AnkiNotetype(
            name: "Cloze", isCloze: true, fields: ["Text", "Back Extra"],
            templates: [
                .init(ord: 0, name: "Cloze", front: "{{cloze:Text}}", back: "{{cloze:Text}}<br>\n{{Back Extra}}")
            ])
        let note = AnkiCardMaker.Note(
            guid: "g", fields: ["{{c1::Cairo}} and {{c1::Giza}} are in {{c2::Egypt}}", "Pyramids"], tags: [], deck: "D")
        XCTAssertEqual(AnkiCardMaker.ordinals(note, notetype: cloze), [0, 1])
        let first = try AnkiCardMaker.card(note, notetype: cloze, ord: 0).get()
        XCTAssertEqual(first.prompt.allStrings, ["[...] and [...] are in Egypt"])
        XCTAssertEqual(first.answer.allStrings, ["Cairo, Giza"])
        XCTAssertEqual(first.accept, ["Cairo, Giza", "Cairo", "Giza"])
        XCTAssertEqual(first.evidence, "Cairo and Giza are in Egypt\nPyramids")
        XCTAssertEqual(first.kind, "note.cloze")
        XCTAssertEqual(first.id, "note-g.0")
    }

    func testOptionalReverseAndEmptyFronts() {
        let optional = AnkiNotetype(
            name: "Basic (optional reversed card)", isCloze: false, fields: ["Front", "Back", "Add Reverse"],
            templates: [
                .init(ord: 0, name: "Card 1", front: "{{Front}}", back: "{{FrontSide}}<hr id=answer>{{Back}}"),
                .init(
                    ord: 1, name: "Card 2", front: "{{#Add Reverse}}{{Back}}{{/Add Reverse}}",
                    back: "{{FrontSide}}<hr id=answer>{{Front}}"),
            ])
        let without = AnkiCardMaker.Note(guid: "a", fields: ["Q", "A", ""], tags: [], deck: "D")
        let with = AnkiCardMaker.Note(guid: "b", fields: ["Q", "A", "y"], tags: [], deck: "D")
        XCTAssertEqual(AnkiCardMaker.ordinals(without, notetype: optional), [0])
        XCTAssertEqual(AnkiCardMaker.ordinals(with, notetype: optional), [0, 1])
        let empty = AnkiCardMaker.Note(guid: "c", fields: ["", "A", ""], tags: [], deck: "D")
        XCTAssertEqual(
            AnkiCardMaker.card(empty, notetype: optional, ord: 0).map(\.id), .failure(.init(skip: .emptyFront)))
        let image = AnkiCardMaker.Note(
            guid: "d", fields: ["<img src=\"map%20of.png\">", "Egypt", ""], tags: [], deck: "D")
        XCTAssertEqual(
            try AnkiCardMaker.card(image, notetype: optional, ord: 0).get().prompt.allStrings, ["[image: map of.png]"])
    }

    func testDisplayText() {
        XCTAssertEqual(AnkiHTML.displayText("a<br>b<div>c</div>d"), "a\nb\nc\nd")
        XCTAssertEqual(AnkiHTML.displayText("<b>x</b>&nbsp;&amp; y [sound:s.mp3]"), "x & y [sound: s.mp3]")
        XCTAssertEqual(AnkiHTML.displayText("<br><br>top<br><br><br>bottom<br>"), "top\n\nbottom")
        XCTAssertEqual(AnkiHTML.mediaNames("<img src='a.png'> [sound:b.mp3] <img src=\"a.png\">"), ["b.mp3", "a.png"])
    }
}
