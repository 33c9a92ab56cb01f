package dev.dialdesk.service.leads;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Natural Korean ordering: text by the Korean collator (가 &lt; 나 &lt; 다, Latin case-insensitive),
 * runs of digits by their numeric value (상품2 &lt; 상품10). Empty texts sort last.
 *
 * <p>Not thread-safe (a {@link Collator} is not): use one instance per thread.
 */
public final class NaturalOrder implements Comparator<String> {

    private final Collator collator;

    public NaturalOrder() {
        collator = Collator.getInstance(Locale.KOREAN);
        collator.setStrength(Collator.SECONDARY);
    }

    @Override
    public int compare(String a, String b) {
        return key(a).compareTo(key(b));
    }

    /** A precomputed sort key: compare keys instead of strings when sorting many values. */
    public Key key(String text) {
        String value = text == null ? "" : text.strip();
        List<Object> parts = new ArrayList<>(4);
        int i = 0;
        while (i < value.length()) {
            int start = i;
            boolean digits = isDigit(value.charAt(i));
            while (i < value.length() && isDigit(value.charAt(i)) == digits) {
                i++;
            }
            String run = value.substring(start, i);
            parts.add(digits ? stripLeadingZeros(run) : collator.getCollationKey(run));
        }
        return new Key(parts.toArray());
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String stripLeadingZeros(String digits) {
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    /** The sort key of one text: alternating collation keys and digit runs. */
    public static final class Key implements Comparable<Key> {
        private final Object[] parts;

        private Key(Object[] parts) {
            this.parts = parts;
        }

        @Override
        public int compareTo(Key other) {
            if (parts.length == 0 || other.parts.length == 0) {
                return Boolean.compare(parts.length == 0, other.parts.length == 0);
            }
            int common = Math.min(parts.length, other.parts.length);
            for (int i = 0; i < common; i++) {
                int result = comparePart(parts[i], other.parts[i]);
                if (result != 0) {
                    return result;
                }
            }
            return Integer.compare(parts.length, other.parts.length);
        }

        private static int comparePart(Object a, Object b) {
            if (a instanceof String digitsA && b instanceof String digitsB) {
                int byLength = Integer.compare(digitsA.length(), digitsB.length());
                return byLength != 0 ? byLength : digitsA.compareTo(digitsB);
            }
            if (a instanceof CollationKey keyA && b instanceof CollationKey keyB) {
                return keyA.compareTo(keyB);
            }
            return a instanceof String ? -1 : 1;
        }
    }
}
