import XCTest

@testable import FactDrillKit

/// Spelling variants that must never cost the analyst a point, and what they must not merge.
final class NormalizationCaseTests: XCTestCase {
    func testArabicLetterForms() {
        assertTable([
            // Diacritics (harakat, shadda, sukun, dagger alef).
            MatcherCase("مَدْرِيد", ["مدريد"], .correct),
            MatcherCase("مدريد", ["مَدْرِيدُ"], .correct),
            MatcherCase("الرَّحْمٰن", ["الرحمن"], .correct),
            // Alef forms.
            MatcherCase("استراليا", ["أستراليا"], .correct),
            MatcherCase("إيران", ["ايران"], .correct),
            MatcherCase("آسيا", ["اسيا"], .correct),
            MatcherCase("ٱلأردن", ["الأردن"], .correct),
            // ة / ه, ى / ي, ؤ / و, ئ / ي.
            MatcherCase("الجمهوريه", ["الجمهورية"], .correct),
            MatcherCase("مصطفي", ["مصطفى"], .correct),
            MatcherCase("موتمر", ["مؤتمر"], .correct),
            MatcherCase("الجزاير", ["الجزائر"], .correct),
            // Tatweel.
            MatcherCase("مــدريــد", ["مدريد"], .correct),
            // Bidi and zero-width marks.
            MatcherCase("\u{200F}مدريد\u{200E}", ["مدريد"], .correct),
            MatcherCase("مد\u{200C}ريد", ["مدريد"], .correct),
            MatcherCase("\u{202B}Madrid\u{202C}", ["Madrid"], .correct),
            MatcherCase("\u{FEFF}Madrid", ["Madrid"], .correct),
            // Presentation forms (NFKC).
            MatcherCase("\u{FEE3}\u{FEAA}\u{FEAE}\u{FEF3}\u{FEAA}", ["مدريد"], .correct),
            // Different letters stay different.
            MatcherCase("مدريت", ["مدريد"], .close),
            MatcherCase("عمان", ["عمّان"], .correct),
        ])
    }

    func testArabicArticle() {
        assertTable([
            MatcherCase("الأردن", ["الأردن"], .correct),
            MatcherCase("أردن", ["الأردن"], .correct),
            MatcherCase("والأردن", ["الأردن"], .correct),
            MatcherCase("فالأردن", ["الأردن"], .correct),
            MatcherCase("بالأردن", ["الأردن"], .correct),
            MatcherCase("كالأردن", ["الأردن"], .correct),
            MatcherCase("للأردن", ["الأردن"], .correct),
            MatcherCase("الـأردن", ["الأردن"], .correct),
            MatcherCase("الصين", ["الصين"], .correct),
            MatcherCase("صين", ["الصين"], .correct),
            MatcherCase("الولايات المتحدة", ["الولايات المتحدة الأمريكية", "الولايات المتحدة"], .correct),
            // The article is not a name.
            MatcherCase("ال", ["الأردن"], .wrong),
        ])
    }

    func testEnglishForms() {
        assertTable([
            MatcherCase("the Netherlands", ["Netherlands"], .correct),
            MatcherCase("Netherlands", ["The Netherlands"], .correct),
            MatcherCase("THE GAMBIA", ["The Gambia"], .correct),
            MatcherCase("  south   korea ", ["South Korea"], .correct),
            MatcherCase("South-Korea", ["South Korea"], .correct),
            MatcherCase("U.S.", ["US"], .correct),
            MatcherCase("US", ["U.S."], .correct),
            MatcherCase("Côte d’Ivoire", ["Cote d'Ivoire"], .correct),
            MatcherCase("Cote dIvoire", ["Côte d'Ivoire"], .correct),
            MatcherCase("São Tomé", ["Sao Tome"], .correct),
            MatcherCase("Türkiye", ["Turkiye"], .correct),
            MatcherCase("Tu\u{0308}rkiye", ["Türkiye"], .correct),
            MatcherCase("Straße", ["strasse"], .correct),
            MatcherCase("Bosnia & Herzegovina", ["Bosnia and Herzegovina"], .correct),
            MatcherCase("Madrid!", ["Madrid"], .correct),
            MatcherCase("«مدريد»", ["مدريد"], .correct),
            MatcherCase("مدريد؟", ["مدريد"], .correct),
            MatcherCase("ＮＡＴＯ", ["NATO"], .correct),
            MatcherCase("", ["NATO"], .wrong),
            MatcherCase("  …  ", ["NATO"], .wrong),
            MatcherCase("the", ["The Hague"], .wrong),
        ])
    }

    func testBritishAndAmericanSpellingsAreEqual() {
        assertTable([
            MatcherCase("cyber defence", ["cyber defense"], .correct),
            MatcherCase("cyber defense", ["cyber defence"], .correct),
            MatcherCase("Ministry of Defence", ["Ministry of Defense"], .correct),
            MatcherCase("Defence Programme", ["defense program"], .correct),
            MatcherCase("programmes", ["programs"], .correct),
            MatcherCase("World Health Organisation", ["World Health Organization"], .correct),
            MatcherCase("Shanghai Cooperation Organization", ["Shanghai Cooperation Organisation"], .correct),
            MatcherCase("organisational reform", ["organizational reform"], .correct),
            MatcherCase("modernisation", ["modernization"], .correct),
            MatcherCase("militarised zone", ["militarized zone"], .correct),
            MatcherCase("stabilising force", ["stabilizing force"], .correct),
            MatcherCase("Labour Party", ["Labor Party"], .correct),
            MatcherCase("armoured brigade", ["armored brigade"], .correct),
            MatcherCase("Pearl Harbour", ["Pearl Harbor"], .correct),
            MatcherCase("honourable", ["honorable"], .correct),
            MatcherCase("favourite", ["favorite"], .correct),
            MatcherCase("Kennedy Centre", ["Kennedy Center"], .correct),
            MatcherCase("theatre of operations", ["theater of operations"], .correct),
            MatcherCase("500 kilometres", ["500 kilometers"], .correct),
            MatcherCase("analyse", ["analyze"], .correct),
            MatcherCase("paralysed", ["paralyzed"], .correct),
            MatcherCase("licence", ["license"], .correct),
            MatcherCase("offences", ["offenses"], .correct),
            MatcherCase("catalogue", ["catalog"], .correct),
            MatcherCase("travelled", ["traveled"], .correct),
            MatcherCase("counsellor", ["counselor"], .correct),
            MatcherCase("manoeuvres", ["maneuvers"], .correct),
            MatcherCase("practise", ["practice"], .correct),
            MatcherCase("grey zone", ["gray zone"], .correct),
            MatcherCase("Defense", ["DEFENCE"], .correct),
            // Unrelated words stay apart: only the variants of one word are folded (a letter apart
            // is a typo at most).
            MatcherCase("prise", ["prize"], .close),
            MatcherCase("rise", ["rize"], .wrong),
            MatcherCase("four", ["for"], .wrong),
            MatcherCase("hour", ["hor"], .wrong),
            MatcherCase("tour", ["tor"], .wrong),
            MatcherCase("acre", ["acer"], .wrong),
            MatcherCase("genre", ["gener"], .close),
            MatcherCase("Defense Minister", ["Offense Minister"], .wrong),
            MatcherCase("colour", ["collar"], .wrong),
            MatcherCase("offence", ["defence"], .wrong),
            MatcherCase("metre", ["mitre"], .close),
            MatcherCase("prised", ["prized"], .close),
        ])
    }
}
