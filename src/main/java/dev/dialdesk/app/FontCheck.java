package dev.dialdesk.app;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Optional;
import javax.swing.UIManager;

/**
 * Checks that a font able to show Korean exists. Without one, Hangul shows as empty boxes; the agent
 * is told which package to install.
 */
public final class FontCheck {

    static final String SAMPLE = "상담원 홍길동";
    /** Preferred Korean UI fonts, best first. */
    static final List<String> PREFERRED = List.of("Malgun Gothic", "맑은 고딕", "Apple SD Gothic Neo",
            "NanumGothic", "나눔고딕", "Noto Sans CJK KR", "Noto Sans KR", "UnDotum", "Baekmuk Gulim");

    private FontCheck() {
    }

    /** Whether the look and feel's default font already shows Korean. */
    public static boolean defaultFontShowsKorean() {
        Font font = UIManager.getFont("defaultFont");
        if (font == null) {
            font = UIManager.getFont("Label.font");
        }
        return font != null && font.canDisplayUpTo(SAMPLE) == -1;
    }

    /** A preferred installed family that can show Korean, if any. Slow-ish: off the event thread. */
    public static Optional<String> findKoreanFamily() {
        List<String> installed = List.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String family : PREFERRED) {
            if (installed.contains(family) && new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                return Optional.of(family);
            }
        }
        for (String family : installed) {
            if (new Font(family, Font.PLAIN, 12).canDisplayUpTo(SAMPLE) == -1) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /** The package to install, for the warning: by platform. */
    public static String packageHint(String osName) {
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("linux")) {
            return "fonts-nanum (Debian/Ubuntu: sudo apt-get install fonts-nanum)";
        }
        return "a Korean font such as Malgun Gothic or Noto Sans CJK KR";
    }
}
