import FactDrillKit
import Foundation

/// Anki's legacy collection schema (version 11), as `collection.anki2` in packages: the tables
/// and the JSON of the `col` row (configuration, one "Basic" note type, one deck).
enum AnkiSchema11 {
    static let tables = """
        CREATE TABLE col (id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL,
          scm integer NOT NULL, ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL,
          ls integer NOT NULL, conf text NOT NULL, models text NOT NULL, decks text NOT NULL,
          dconf text NOT NULL, tags text NOT NULL);
        CREATE TABLE notes (id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL,
          mod integer NOT NULL, usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL,
          sfld integer NOT NULL, csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE cards (id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL,
          ord integer NOT NULL, mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL,
          queue integer NOT NULL, due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL,
          reps integer NOT NULL, lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL,
          odid integer NOT NULL, flags integer NOT NULL, data text NOT NULL);
        CREATE TABLE revlog (id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL,
          ease integer NOT NULL, ivl integer NOT NULL, lastIvl integer NOT NULL,
          factor integer NOT NULL, time integer NOT NULL, type integer NOT NULL);
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """

    /// The collection configuration.
    static func conf(modelID: Int64, deckID: Int64) -> [String: Any] {
        [
            "activeDecks": [deckID], "curDeck": deckID, "curModel": String(modelID), "nextPos": 1,
            "newSpread": 0, "collapseTime": 1200, "timeLim": 0, "estTimes": true, "dueCounts": true,
            "addToCur": true, "sortType": "noteFld", "sortBackwards": false, "schedVer": 2,
        ]
    }

    /// The "Basic" note type: fields Front and Back, one card Front → Back.
    static func basicModel(id: Int64, deckID: Int64, modSeconds: Int64) -> [String: Any] {
        let field: (String, Int) -> [String: Any] = { name, ord in
            ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": []]
        }
        let template: [String: Any] = [
            "name": "Card 1", "ord": 0, "qfmt": "{{Front}}",
            "afmt": "{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}",
            "bqfmt": "", "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0,
        ]
        return [
            "id": id, "name": "Basic", "type": 0, "mod": modSeconds, "usn": -1, "sortf": 0,
            "did": deckID, "tmpls": [template], "flds": [field("Front", 0), field("Back", 1)],
            "css":
                ".card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n",
            "latexPre":
                "\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n",
            "latexPost": "\\end{document}", "latexsvg": false,
            "req": [[0, "any", [0]]], "tags": [], "vers": [],
        ]
    }

    /// A note type as it came from Anki: its fields, templates and kind (cloze or standard).
    static func model(_ notetype: AnkiNotetype, id: Int64, modSeconds: Int64) -> [String: Any] {
        let fields = notetype.fields.enumerated().map { ord, name -> [String: Any] in
            ["name": name, "ord": ord, "sticky": false, "rtl": false, "font": "Arial", "size": 20, "media": []]
        }
        let templates = notetype.templates.map { template -> [String: Any] in
            [
                "name": template.name, "ord": template.ord, "qfmt": template.front, "afmt": template.back,
                "bqfmt": "", "bafmt": "", "did": NSNull(), "bfont": "", "bsize": 0,
            ]
        }
        var model = basicModel(id: id, deckID: 1, modSeconds: modSeconds)
        model["name"] = notetype.name
        model["type"] = notetype.isCloze ? 1 : 0
        model["flds"] = fields
        model["tmpls"] = templates
        model["req"] = notetype.templates.map { template -> [Any] in
            let names = AnkiTemplate(template.front).fieldNames
            return [template.ord, "any", notetype.fields.indices.filter { names.contains(notetype.fields[$0]) }]
        }
        return model
    }

    /// A deck; `id` 1 is Anki's "Default".
    static func deck(id: Int64, name: String, modSeconds: Int64) -> [String: Any] {
        [
            "id": id, "name": name, "mod": modSeconds, "usn": -1, "desc": "", "dyn": 0, "conf": 1,
            "collapsed": false, "browserCollapsed": false, "extendNew": 0, "extendRev": 0,
            "newToday": [0, 0], "revToday": [0, 0], "lrnToday": [0, 0], "timeToday": [0, 0],
        ]
    }

    /// Anki's default deck options.
    static func defaultDeckConfig(modSeconds: Int64) -> [String: Any] {
        [
            "id": 1, "name": "Default", "mod": modSeconds, "usn": 0, "maxTaken": 60, "autoplay": true,
            "timer": 0, "replayq": true, "dyn": false,
            "new": [
                "delays": [1, 10], "ints": [1, 4, 0], "initialFactor": 2500, "order": 1,
                "perDay": 20, "bury": false, "separate": true,
            ] as [String: Any],
            "rev": [
                "perDay": 200, "ease4": 1.3, "fuzz": 0.05, "ivlFct": 1, "maxIvl": 36500,
                "minSpace": 1, "bury": false, "hardFactor": 1.2,
            ] as [String: Any],
            "lapse": ["delays": [10], "mult": 0, "minInt": 1, "leechFails": 8, "leechAction": 1] as [String: Any],
        ]
    }

    /// `object` as compact JSON text.
    static func json(_ object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }
}
