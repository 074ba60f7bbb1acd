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
}
