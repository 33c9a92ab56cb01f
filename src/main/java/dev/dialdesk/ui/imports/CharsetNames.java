package dev.dialdesk.ui.imports;

import java.util.Locale;

/**
 * The character set of an import file as an agent knows it: Java calls Excel's Korean encoding
 * {@code x-windows-949}; people call it CP949 or MS949 (and often EUC-KR, its subset).
 */
final class CharsetNames {

    private CharsetNames() {
    }

    static String display(String charset) {
        if (charset == null) {
            return "";
        }
        return switch (charset.toLowerCase(Locale.ROOT)) {
            case "x-windows-949", "windows-949", "ms949", "cp949" -> "CP949 (MS949)";
            case "euc-kr" -> "EUC-KR";
            default -> charset;
        };
    }
}
