import XCTest

@testable import FactDrillKit

/// "the" before names in English prompts, "of" for a country's post, and answers left bare.
final class EnglishArticleTests: XCTestCase {
    func needsThe(_ name: String, _ type: EntityType = .organization, definite: Bool? = nil) -> Bool {
        EnglishArticle.needsThe(name, definite: definite, type: type)
    }

    func testCountriesTakeTheByCLDRUsage() {
        for name in [
            "United States", "United Kingdom", "Netherlands", "Philippines", "Bahamas", "Gambia",
            "Czech Republic", "United Arab Emirates", "Central African Republic", "Dominican Republic", "Comoros",
            "Maldives", "Marshall Islands", "Solomon Islands", "Seychelles", "Democratic Republic of the Congo",
            "Republic of the Congo", "Vatican City",
        ] {
            XCTAssertTrue(needsThe(name, .country), name)
        }
        for name in ["Japan", "South Korea", "Czechia", "New Zealand", "Sudan", "Türkiye"] {
            XCTAssertFalse(needsThe(name, .country), name)
        }
    }

    func testOrganizationsHeadedByACommonNounTakeThe() {
        for name in [
            "Stockholm International Peace Research Institute", "US National Security Council",
            "North Atlantic Treaty Organization", "Shanghai Cooperation Organisation", "Arab League",
            "Ministry of Defence", "Foreign Press Center", "Brussels School of Governance", "World Bank",
            "European Union", "International Atomic Energy Agency", "University of Oxford",
            "Stockholm International Peace Research Institute (SIPRI)", "United Nations", "Group of Seven",
            "Labour Party",
            "House of Commons", "International Olympic Committee",
        ] {
            XCTAssertTrue(needsThe(name), name)
        }
        for name in [
            "NATO", "SIPRI", "Nikkei Asia", "Interpol", "Oxford University", "BRICS", "G7", "Michael Carpenter",
        ] {
            XCTAssertFalse(needsThe(name), name)
        }
        XCTAssertFalse(needsThe("Council", .person), "a person's name never takes it")
    }

    func testTheModelDecidesAndAWrittenTheIsKept() {
        XCTAssertFalse(needsThe("Gambia", .country, definite: false))
        XCTAssertTrue(needsThe("Indo-Pacific", .other, definite: true))
        XCTAssertEqual(
            EnglishArticle.inSentence("the US National Security Council", definite: nil, type: .organization),
            "the US National Security Council")
        XCTAssertEqual(
            EnglishArticle.inSentence("The Hague Group", definite: true, type: .organization), "The Hague Group")
        XCTAssertEqual(EnglishArticle.inSentence("Netherlands", definite: nil, type: .country), "the Netherlands")
        XCTAssertEqual(
            EnglishTemplates.sentence(.none, "the Netherlands ranked first?"), "The Netherlands ranked first?")
    }

    func testBuiltInDistractorCountriesGetTheToo() {
        let names = Dictionary(uniqueKeysWithValues: WorldNames.countries.map { ($0.en, $0.entity(.country)) })
        XCTAssertEqual(names["United States"].map(EnglishTemplates.mention), "the United States")
        XCTAssertEqual(names["United Kingdom"].map(EnglishTemplates.mention), "the United Kingdom")
        XCTAssertEqual(names["Netherlands"].map(EnglishTemplates.mention), "the Netherlands")
        XCTAssertEqual(names["United Arab Emirates"].map(EnglishTemplates.mention), "the United Arab Emirates")
        XCTAssertEqual(names["Japan"].map(EnglishTemplates.mention), "Japan")
        let nato = WorldNames.organizations.first { $0.id == "nato" }!.entity(.organization)
        XCTAssertEqual(EnglishTemplates.mention(nato), "NATO")
    }

    func testPromptsNameWithTheAndAnswersStayBare() throws {
        let deck = try LanguageModels.deck()
        let rank = try XCTUnwrap(deck.card("exporters.rank-of.usa"))
        XCTAssertEqual(
            rank.prompt["en"],
            "As of July 2024, what rank did the United States hold among the largest arms exporters, "
                + "according to the Stockholm International Peace Research Institute?")
        XCTAssertEqual(
            deck.card("exporters.rank-of.phl")?.prompt["en"]?.contains("did the Philippines hold"), true)
        XCTAssertEqual(
            deck.card("gambia-rank.rank-of.gmb")?.prompt["en"]?.contains("did Gambia hold"), true, "definite: false")
        XCTAssertEqual(deck.card("cited.rank-of.nikkei")?.prompt["en"]?.contains("did Nikkei Asia hold"), true)
        XCTAssertEqual(deck.card("exporters.holder-of.1")?.answer["en"], "United States")
        let choice = try XCTUnwrap(deck.cards.first { $0.id.hasPrefix("exporters.higher.") })
        XCTAssertTrue(choice.choices!.contains { $0["en"] == "United States" }, "options are bare names")
    }

    func testACountrysPostReadsOfAndAnOrganizationsAt() throws {
        let deck = try LanguageModels.deck()
        XCTAssertEqual(
            deck.card("biden-role.holder")?.prompt["en"],
            "As of July 2024, who held the post of President of the United States?")
        XCTAssertEqual(
            deck.card("kishida-role.holder")?.prompt["en"],
            "As of July 2024, who held the post of Prime Minister of Japan?")
        XCTAssertEqual(
            deck.card("carpenter-role.holder")?.prompt["en"],
            "As of July 2024, who held the post of Senior Director for Europe at the US National Security Council?")
        XCTAssertEqual(
            deck.card("smith-role.title")?.prompt["en"],
            "As of July 2024, what post did Dan Smith hold at the Stockholm International Peace Research Institute?")
        XCTAssertEqual(
            deck.card("biden-role.title")?.prompt["en"],
            "As of July 2024, what post did Joe Biden hold in the United States?")
        XCTAssertEqual(deck.card("biden-role.organization")?.answer["en"], "United States")
        XCTAssertEqual(
            deck.card("smith-role.holder")?.prompt["en"],
            "As of July 2024, who held the post of Director of the Stockholm International Peace Research Institute?",
            "the head of an organization reads of")
    }

    func testHeadPostsAreTitlesWithoutAScopeOfTheirOwn() {
        for role in ["Director", "Secretary General", "Leader", "President", "Director-General", "Editor-in-Chief"] {
            XCTAssertTrue(EnglishTemplates.isHeadPost(role), role)
        }
        for role in ["Senior Director for Europe", "Senior Researcher", "Minister for Defence", "Spokesperson"] {
            XCTAssertFalse(EnglishTemplates.isHeadPost(role), role)
        }
    }

    func testSetsSayWhenTheyHold() throws {
        let deck = try LanguageModels.deck()
        XCTAssertEqual(
            deck.card("partners.member")?.prompt["en"],
            "As of July 2024, name one of the countries the alliance works with.")
        XCTAssertEqual(
            deck.card("allies.member")?.prompt["en"], "As of 2023, name one of the alliance's newest members.",
            "as_of wins")
        XCTAssertEqual(deck.card("allies.member")?.prompt["ar"], "حتى عام 2023، اذكر دولةً من أحدث أعضاء الحلف.")
        XCTAssertEqual(
            deck.card("partners.odd-one-out")?.prompt["en"],
            "As of July 2024, which of these is not one of the countries the alliance works with?")
        let timeless = try LanguageModels.deck(LanguageModels.model(published: nil))
        XCTAssertEqual(
            timeless.card("partners.member")?.prompt["en"], "Name one of the countries the alliance works with.")
        XCTAssertEqual(timeless.card("topics.member")?.prompt["ar"], "اذكر واحداً من الموضوعات التي تناولتها المحادثات.")
    }

    func testSeedNamesWrittenBareTakeTheInPromptsAndStayBareInAnswers() throws {
        let seed = try ModelLoader.load(yaml: EmbeddedSeed.modelYAML, file: EmbeddedSeed.fileName)
        XCTAssertFalse(seed.entities.contains { ($0.name["en"] ?? "").hasPrefix("the ") })
        let deck = try QuestionGenerator().generate(seed).deck
        XCTAssertEqual(
            deck.card("carpenter-role.holder")?.prompt["en"],
            "As of July 2024, who held the post of Senior Director for Europe at the US National Security Council?")
        XCTAssertEqual(deck.card("carpenter-role.organization")?.answer["en"], "US National Security Council")
    }
}

/// A post is held in a country, at an organization, in a party.
final class PostPrepositionTests: XCTestCase {
    func testAPartysPostIsHeldInIt() {
        XCTAssertEqual(EnglishTemplates.at("the Labour Party", .organization), " in the Labour Party")
        XCTAssertEqual(EnglishTemplates.at("the Liberal Democrats", .organization), " in the Liberal Democrats")
        XCTAssertEqual(EnglishTemplates.at("NATO", .organization), " at NATO")
        XCTAssertEqual(EnglishTemplates.at("Japan", .country), " in Japan")
    }
}
