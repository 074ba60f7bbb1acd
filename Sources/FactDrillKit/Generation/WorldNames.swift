/// Built-in names of countries, international organizations and common posts, in English and
/// Arabic: distractors when the installed models know too few entities of a type. Written by hand;
/// country names checked against ICU with `scripts/gen-world-names` (ICU's variant kept as an alias
/// where the two differ: الدانمرك, هنغاريا, and the long Saudi and Emirati names).
enum WorldNames {
    /// One built-in name: an id (`world.kr`), English and Arabic names, then aliases.
    struct Name: Sendable {
        let id: String
        let en: String
        let ar: String
        let enAliases: [String]
        let arAliases: [String]

        init(_ id: String, _ en: String, _ ar: String, en enAliases: [String] = [], ar arAliases: [String] = []) {
            self.id = id
            self.en = en
            self.ar = ar
            self.enAliases = enAliases
            self.arAliases = arAliases
        }

        /// This name as an entity of `type`.
        func entity(_ type: EntityType) -> Entity {
            var aliases: LocalizedList = [:]
            if !enAliases.isEmpty { aliases["en"] = enAliases }
            if !arAliases.isEmpty { aliases["ar"] = arAliases }
            return Entity(id: "world.\(id)", type: type, name: LocalizedText(ar: ar, en: en), aliases: aliases)
        }
    }

    /// Sixty-six countries, by ISO 3166 code.
    static let countries: [Name] = [
        Name("us", "United States", "الولايات المتحدة", en: ["USA", "United States of America"], ar: ["أمريكا"]),
        Name("gb", "United Kingdom", "المملكة المتحدة", en: ["UK", "Britain"], ar: ["بريطانيا"]),
        Name("fr", "France", "فرنسا"), Name("de", "Germany", "ألمانيا"), Name("it", "Italy", "إيطاليا"),
        Name("es", "Spain", "إسبانيا"), Name("pt", "Portugal", "البرتغال"), Name("nl", "Netherlands", "هولندا"),
        Name("be", "Belgium", "بلجيكا"), Name("ch", "Switzerland", "سويسرا"), Name("at", "Austria", "النمسا"),
        Name("se", "Sweden", "السويد"), Name("no", "Norway", "النرويج"), Name("fi", "Finland", "فنلندا"),
        Name("dk", "Denmark", "الدنمارك", ar: ["الدانمرك"]), Name("pl", "Poland", "بولندا"),
        Name("cz", "Czechia", "التشيك", en: ["Czech Republic"]),
        Name("hu", "Hungary", "المجر", ar: ["هنغاريا"]), Name("ro", "Romania", "رومانيا"),
        Name("gr", "Greece", "اليونان"),
        Name("tr", "Türkiye", "تركيا", en: ["Turkey"]), Name("ua", "Ukraine", "أوكرانيا"),
        Name("ru", "Russia", "روسيا"),
        Name("cn", "China", "الصين"), Name("jp", "Japan", "اليابان"),
        Name("kr", "South Korea", "كوريا الجنوبية", en: ["Republic of Korea"]),
        Name("kp", "North Korea", "كوريا الشمالية"), Name("in", "India", "الهند"), Name("pk", "Pakistan", "باكستان"),
        Name("id", "Indonesia", "إندونيسيا"), Name("my", "Malaysia", "ماليزيا"), Name("sg", "Singapore", "سنغافورة"),
        Name("th", "Thailand", "تايلاند"), Name("vn", "Vietnam", "فيتنام"), Name("ph", "Philippines", "الفلبين"),
        Name("au", "Australia", "أستراليا"), Name("nz", "New Zealand", "نيوزيلندا"), Name("ca", "Canada", "كندا"),
        Name("mx", "Mexico", "المكسيك"), Name("br", "Brazil", "البرازيل"), Name("ar", "Argentina", "الأرجنتين"),
        Name("cl", "Chile", "تشيلي"), Name("co", "Colombia", "كولومبيا"), Name("za", "South Africa", "جنوب أفريقيا"),
        Name("ng", "Nigeria", "نيجيريا"), Name("eg", "Egypt", "مصر"), Name("ma", "Morocco", "المغرب"),
        Name("dz", "Algeria", "الجزائر"), Name("tn", "Tunisia", "تونس"), Name("ly", "Libya", "ليبيا"),
        Name("sd", "Sudan", "السودان"), Name("et", "Ethiopia", "إثيوبيا"),
        Name("sa", "Saudi Arabia", "السعودية", ar: ["المملكة العربية السعودية"]),
        Name("ae", "United Arab Emirates", "الإمارات", en: ["UAE"], ar: ["الإمارات العربية المتحدة"]),
        Name("qa", "Qatar", "قطر"), Name("kw", "Kuwait", "الكويت"), Name("om", "Oman", "عُمان"),
        Name("jo", "Jordan", "الأردن"), Name("lb", "Lebanon", "لبنان"), Name("sy", "Syria", "سوريا"),
        Name("iq", "Iraq", "العراق"), Name("ir", "Iran", "إيران"), Name("il", "Israel", "إسرائيل"),
        Name("ye", "Yemen", "اليمن"), Name("af", "Afghanistan", "أفغانستان"), Name("kz", "Kazakhstan", "كازاخستان"),
    ]

    /// Twenty-six international organizations and institutes.
    static let organizations: [Name] = [
        Name("nato", "NATO", "حلف شمال الأطلسي", en: ["North Atlantic Treaty Organization"], ar: ["الناتو"]),
        Name("un", "United Nations", "الأمم المتحدة", en: ["UN"]),
        Name("eu", "European Union", "الاتحاد الأوروبي", en: ["EU"]),
        Name("african-union", "African Union", "الاتحاد الأفريقي"),
        Name("arab-league", "Arab League", "جامعة الدول العربية", en: ["League of Arab States"]),
        Name("gcc", "Gulf Cooperation Council", "مجلس التعاون الخليجي", en: ["GCC"]),
        Name("asean", "ASEAN", "رابطة دول جنوب شرق آسيا", ar: ["آسيان"]),
        Name("osce", "OSCE", "منظمة الأمن والتعاون في أوروبا"),
        Name("opec", "OPEC", "منظمة البلدان المصدرة للبترول", ar: ["أوبك"]),
        Name("wto", "World Trade Organization", "منظمة التجارة العالمية", en: ["WTO"]),
        Name("imf", "International Monetary Fund", "صندوق النقد الدولي", en: ["IMF"]),
        Name("world-bank", "World Bank", "البنك الدولي"),
        Name("who", "World Health Organization", "منظمة الصحة العالمية", en: ["WHO"]),
        Name("iaea", "International Atomic Energy Agency", "الوكالة الدولية للطاقة الذرية", en: ["IAEA"]),
        Name("oic", "Organisation of Islamic Cooperation", "منظمة التعاون الإسلامي", en: ["OIC"]),
        Name("sco", "Shanghai Cooperation Organisation", "منظمة شنغهاي للتعاون", en: ["SCO"]),
        Name("brics", "BRICS", "مجموعة بريكس"),
        Name("g7", "G7", "مجموعة السبع", en: ["Group of Seven"]),
        Name("g20", "G20", "مجموعة العشرين", en: ["Group of Twenty"]),
        Name("icc", "International Criminal Court", "المحكمة الجنائية الدولية", en: ["ICC"]),
        Name("icj", "International Court of Justice", "محكمة العدل الدولية", en: ["ICJ"]),
        Name("unesco", "UNESCO", "اليونسكو"),
        Name("unicef", "UNICEF", "اليونيسف"),
        Name("oecd", "OECD", "منظمة التعاون الاقتصادي والتنمية"),
        Name("interpol", "Interpol", "الإنتربول"),
        Name(
            "sipri", "SIPRI", "معهد ستوكهولم الدولي لأبحاث السلام",
            en: ["Stockholm International Peace Research Institute"]),
    ]

    /// Common posts, distractors for `role.title` when the models hold too few other roles.
    static let posts: [LocalizedText] = [
        LocalizedText(ar: "رئيس الوزراء", en: "Prime Minister"),
        LocalizedText(ar: "وزير الدفاع", en: "Minister of Defence"),
        LocalizedText(ar: "وزير الخارجية", en: "Minister of Foreign Affairs"),
        LocalizedText(ar: "وزير الداخلية", en: "Minister of the Interior"),
        LocalizedText(ar: "وزير المالية", en: "Minister of Finance"),
        LocalizedText(ar: "الأمين العام", en: "Secretary General"),
        LocalizedText(ar: "نائب الأمين العام", en: "Deputy Secretary General"),
        LocalizedText(ar: "مستشار الأمن القومي", en: "National Security Adviser"),
        LocalizedText(ar: "رئيس هيئة الأركان العامة", en: "Chief of the General Staff"),
        LocalizedText(ar: "رئيس اللجنة العسكرية", en: "Chair of the Military Committee"),
        LocalizedText(ar: "المتحدث الرسمي", en: "Spokesperson"),
        LocalizedText(ar: "المدير العام", en: "Director General"),
    ]

    /// The built-in entities: countries and organizations.
    static var entities: [Entity] {
        countries.map { $0.entity(.country) } + organizations.map { $0.entity(.organization) }
    }
}
