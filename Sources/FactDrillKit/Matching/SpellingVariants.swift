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
        if count <= table.longest, table.mayHold(last: scalars[scalars.count - 1], scalars[scalars.count - 2]),
            let american = table.american(of: scalars[start...])
        {
            scalars.replaceSubrange(start..., with: american)
            return
        }
        if let s = patternS(scalars, from: start) { scalars[s] = 0x7A }
    }

    /// Where the s of a regular pattern's ending is (-is…, -lys…), or nil: the rightmost s after
    /// i or y among the last 8 scalars, followed by an ending of the pattern.
    private static func patternS(_ scalars: [UInt32], from start: Int) -> Int? {
        let (i, y, l, s): (UInt32, UInt32, UInt32, UInt32) = (0x69, 0x79, 0x6C, 0x73)
        let end = scalars.count
        let lowest = max(start, end - 9) + 1
        var index = end - 1
        while index >= lowest, !(scalars[index] == s && (scalars[index - 1] == i || scalars[index - 1] == y)) {
            index -= 1
        }
        guard index >= lowest else { return nil }
        let ending = scalars[(index + 1)...]
        if scalars[index - 1] == i {
            // At least three letters before -is…: "organise", never "rise" or "prise".
            guard index - 1 - start >= 3, isEndings.contains(where: { $0.elementsEqual(ending) }) else { return nil }
        } else {
            guard index - 2 - start >= 2, scalars[index - 2] == l,
                lyseEndings.contains(where: { $0.elementsEqual(ending) })
            else { return nil }
        }
        return index
    }

    /// What follows the s of -is… (organise, organisational) and of -lys… (analyse).
    private static let isEndings: [[UInt32]] = ["e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational"]
        .map { $0.unicodeScalars.map(\.value) }
    private static let lyseEndings: [[UInt32]] = ["e", "es", "ed", "ing", "er", "ers"].map {
        $0.unicodeScalars.map(\.value)
    }

    /// The British spellings and their American ones, in an open-addressing table by the low bits
    /// of the FNV-1a hash of the British spelling's scalars (no other hashing per lookup).
    private struct Table {
        private var british: [[UInt32]] = []
        private var american: [[UInt32]] = []
        private var slots = [Int32](repeating: -1, count: 2048)
        /// The most scalars of a British spelling.
        private(set) var longest = 0
        /// Per last letter (a-z), a bit per letter before it that ends a British spelling: most
        /// words are turned away by these two letters without hashing.
        private var endings = [UInt32](repeating: 0, count: 26)

        /// Whether a British spelling ends with these two lower-case letters.
        func mayHold(last: UInt32, _ beforeLast: UInt32) -> Bool {
            let a = last &- 0x61
            let b = beforeLast &- 0x61
            return a < 26 && b < 26 && endings[Int(a)] & (1 << b) != 0
        }

        mutating func add(_ britishSpelling: String, _ americanSpelling: String) {
            let word = britishSpelling.unicodeScalars.map(\.value)
            let mask = slots.count - 1
            var slot = Int(FNV1a.hash(word) & UInt64(mask))
            while slots[slot] >= 0 {
                if british[Int(slots[slot])] == word { return }
                slot = (slot + 1) & mask
            }
            precondition(british.count < slots.count / 2, "the spelling table needs more slots")
            slots[slot] = Int32(british.count)
            british.append(word)
            american.append(americanSpelling.unicodeScalars.map(\.value))
            longest = max(longest, word.count)
            endings[Int(word[word.count - 1] - 0x61)] |= 1 << (word[word.count - 2] - 0x61)
        }

        func american(of word: ArraySlice<UInt32>) -> [UInt32]? {
            let mask = slots.count - 1
            var slot = Int(FNV1a.hash(word) & UInt64(mask))
            while slots[slot] >= 0 {
                let index = Int(slots[slot])
                if british[index].elementsEqual(word) { return american[index] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// The committed variants with their inflections.
    private static let table: Table = {
        var table = Table()
        func add(_ british: String, _ american: String) { table.add(british, american) }
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
