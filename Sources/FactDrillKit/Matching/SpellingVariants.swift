import Foundation

/// British and American spellings of one English word folded to one form (the American one), so
/// that "cyber defence" is "cyber defense" to the matcher and to the generator's gate alike.
///
/// Per word, in order:
/// 1. A committed table of variants with their inflections: -our/-or (colour, labour, armoured,
///    favourite), -re/-er (centre, metre, theatre), -ence/-ense (defence, licence), practise,
///    programme, -ogue/-og (catalogue), doubled l (travelled, counsellor), and a few single words
///    (aluminium, grey, judgement, manoeuvre).
/// 2. The regular patterns: -isation/-ization and -ise/-ize with their inflections (-ised,
///    -ises, -ising, -iser, -isational) after at least three letters ("organise", never "rise" or
///    "prise", which is not "prize"), and -lyse/-lyze (analyse, paralyse).
///
/// The folded forms are never folded again, so normalizing twice gives what normalizing once
/// gave. Words outside the table and the patterns are left as they are: "four", "tour" and "hour"
/// keep their -our, "acre" and "genre" their -re.
enum SpellingVariants {
    /// Folds the lower-case Latin word `scalars[start...]` (the end of the buffer) in place.
    static func fold(_ scalars: inout [UInt32], from start: Int) {
        let count = scalars.count - start
        guard count >= 4, (0x61...0x7A).contains(scalars[start]) else { return }
        let word = scalars[start...]
        if let entry = table[FNV1a.hash(word)], entry.british.elementsEqual(word) {
            scalars.replaceSubrange(start..., with: entry.american)
            return
        }
        for (ending, minimumStem) in patternEndings where count - ending.count >= minimumStem {
            if scalars[(scalars.count - ending.count)...].elementsEqual(ending) {
                // -is… → -iz…, -lys… → -lyz…: the s is the ending's second or third scalar.
                let s = scalars.count - ending.count + (ending[0] == 0x69 ? 1 : 2)
                scalars[s] = 0x7A
                return
            }
        }
    }

    /// Word endings of the regular patterns, each with the fewest letters that must precede it.
    private static let patternEndings: [(ending: [UInt32], minimumStem: Int)] = {
        let ise = ["isational", "isations", "isation", "ising", "isers", "iser", "ised", "ises", "ise"]
        let lyse = ["lysing", "lysers", "lyser", "lysed", "lyses", "lyse"]
        return ise.map { (Array($0.unicodeScalars.map(\.value)), 3) }
            + lyse.map { (Array($0.unicodeScalars.map(\.value)), 2) }
    }()

    /// A British spelling and its American one.
    private struct Entry {
        let british: [UInt32]
        let american: [UInt32]
    }

    /// The table, by the FNV-1a hash of the British spelling's scalars.
    private static let table: [UInt64: Entry] = {
        var table: [UInt64: Entry] = [:]
        func add(_ british: String, _ american: String) {
            let scalars = british.unicodeScalars.map(\.value)
            table[FNV1a.hash(scalars)] = Entry(british: scalars, american: american.unicodeScalars.map(\.value))
        }
        let our = """
            colour honour labour favour harbour neighbour behaviour armour vigour rumour endeavour humour savour
            valour flavour vapour parlour odour splendour fervour tumour clamour candour rancour saviour demeanour
            """
        let ourEndings = ["", "s", "ed", "ing", "ite", "ites", "able", "ably", "ful", "er", "ers", "al", "less", "y"]
        for stem in our.split(whereSeparator: \.isWhitespace) {
            for ending in ourEndings { add(stem + ending, stem.dropLast(2) + "r" + ending) }
        }
        let re = """
            centre theatre metre kilometre centimetre millimetre litre fibre calibre sabre sombre spectre lustre
            meagre titre ochre mitre sceptre
            """
        for word in re.split(whereSeparator: \.isWhitespace) {
            let american = word.dropLast(2) + "er"
            for (ending, americanEnding) in [("", ""), ("s", "s"), ("d", "ed")] {
                add(word + ending, american + americanEnding)
            }
        }
        for (british, american) in [("defence", "defense"), ("offence", "offense"), ("pretence", "pretense")] {
            for ending in ["", "s", "less"] { add(british + ending, american + ending) }
        }
        for (british, american) in [("licence", "license"), ("programme", "program"), ("catalogue", "catalog")] {
            for ending in ["", "s"] { add(british + ending, american + ending) }
        }
        let pairs = """
            practise practice practises practices practised practiced practising practicing analogue analog
            analogues analogs dialogue dialog dialogues dialogs travelled traveled travelling traveling
            traveller traveler travellers travelers cancelled canceled cancelling canceling labelled labeled
            labelling labeling modelled modeled modelling modeling fuelled fueled fuelling fueling signalled
            signaled signalling signaling counsellor counselor counsellors counselors councillor councilor
            councillors councilors jewellery jewelry enrolment enrollment fulfilment fulfillment marvellous
            marvelous manoeuvre maneuver manoeuvres maneuvers manoeuvred maneuvered manoeuvring maneuvering
            aluminium aluminum grey gray judgement judgment judgements judgments ageing aging artefact artifact
            artefacts artifacts sceptic skeptic sceptics skeptics sceptical skeptical plough plow mould mold
            sulphur sulfur aeroplane airplane aeroplanes airplanes encyclopaedia encyclopedia paediatric
            pediatric anaemia anemia oestrogen estrogen
            """.split(whereSeparator: \.isWhitespace)
        for index in stride(from: 0, to: pairs.count - 1, by: 2) { add(String(pairs[index]), String(pairs[index + 1])) }
        return table
    }()
}
