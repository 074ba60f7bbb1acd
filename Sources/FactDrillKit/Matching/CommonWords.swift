import Foundation

/// Words that never identify a name on their own: a response made of them is not a
/// "distinctive part" of a longer name ("South" for "South Korea", «المتحدة»).
enum CommonWords {
    /// The common words, normalized.
    static let all: Set<WordKey> = {
        let english = """
            republic kingdom united states state south north east west western eastern northern southern
            central middle upper lower new old great greater democratic people peoples popular federal federation
            islamic arab arabia union island islands isles coast city town saint san santa sao of and de da del
            la le el al bin ibn abu van von der den du di mr mrs ms dr sir general president minister prime
            foreign secretary ministry department organization organisation council committee agency office
            national international world global bank fund forces force army navy party group company
            corporation institute university school association commission european african american asian
            america africa europe asia gulf sea ocean river mount lake jr sr ii iii iv king queen prince
            princess sheikh emir sultan director chief senior deputy vice head territory territories province
            region county district capital emirates corps guard guards treaty alliance pact command service
            services authority assembly parliament court police intelligence directorate brigade brigades
            front movement summit conference forum initiative programme program project system systems
            industries industry holdings limited ltd inc co technologies aerospace defense defence dynamics
            electronics airlines airways energy petroleum oil gas motors heavy revolutionary
            guinea congo sudan korea samoa ireland timor macedonia georgia virginia carolina dakota
            """
        let arabic = """
            جمهورية الجمهورية مملكة المملكة المتحدة متحدة العربية عربية الإسلامية إسلامية الديمقراطية
            الشعبية الاتحادية اتحاد الاتحاد الجنوبية الشمالية الشرقية الغربية الوسطى جنوب شمال شرق غرب وسط
            دولة الدولة دول الولايات ولاية جزر جزيرة مدينة منظمة وزارة وزير رئيس مجلس هيئة حزب بنك صندوق
            أمين عام عبد بن ابن أبو أم ملك الملك أمير الأمير شيخ الشيخ سيد السيد دكتور الدكتور الأوروبي
            الأوروبية الأفريقي الأفريقية الأمريكي الأمريكية الآسيوي العالمي العالمية الدولي الدولية الوطني
            الوطنية القومي الجديدة الجديد الكبرى الكبير الصغرى مدير كبير نائب إقليم منطقة محافظة
            حرس الحرس قوات القوات قيادة سلطة جمعية برلمان محكمة شرطة مخابرات استخبارات مديرية لواء جبهة حركة
            قمة مؤتمر منتدى مبادرة برنامج مشروع نظام صناعات شركة مجموعة طاقة نفط غاز
            السودان غينيا الكونغو كوريا ساموا أيرلندا تيمور مقدونيا جورجيا أفريقيا إفريقيا أمريكا أوروبا آسيا
            """
        var words = Set<WordKey>()
        for word in (english + " " + arabic).split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            words.formUnion(TextNormalizer.normalize(String(word)).tokens.map(WordKey.init))
        }
        return words
    }()

    /// Titles and honorifics that may precede a person's name in a response.
    static let titles: Set<WordKey> = {
        let words = """
            mr mrs ms miss dr prof professor president vice prime minister general gen sir dame lord king
            queen prince princess sheikh emir sultan senator ambassador chancellor admiral colonel secretary
            السيد السيدة الرئيس رئيس الدكتور د الشيخ الملك الأمير الوزير وزير الوزراء الجنرال المستشار السفير
            الأميرال العقيد نائب
            """
        return Set(
            words.split(whereSeparator: { $0 == " " || $0 == "\n" }).flatMap {
                TextNormalizer.normalize(String($0)).tokens.map(WordKey.init)
            })
    }()

    /// The response without up to three leading titles ("President", «رئيس الوزراء»).
    static func withoutLeadingTitles(_ text: NormalizedText) -> NormalizedText {
        var start = 0
        while start < min(3, text.tokens.count), titles.contains(WordKey(text.tokens[start])) { start += 1 }
        return start == 0 ? text : NormalizedText(tokens: Array(text.tokens[start...]))
    }
}
