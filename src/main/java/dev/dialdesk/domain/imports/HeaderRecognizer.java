package dev.dialdesk.domain.imports;

import dev.dialdesk.domain.LeadField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises the lead field a column header names, in Korean or English, after normalising it: what is
 * in brackets, digits, spaces and punctuation do not count, nor does case ({@code 연락처(휴대폰)},
 * {@code 고객명(한글)}, {@code 전화번호1}, {@code 핸드폰 번호}, {@code H.P}, {@code Phone} …). Of several
 * phone columns the mobile one is the lead's number and the others are kept as alternates. A resident
 * registration number column is recognised so that it is dropped.
 */
public final class HeaderRecognizer {

    private static final Map<String, LeadField> SYNONYMS = new HashMap<>();
    /** Phone headers that name a mobile: preferred as the lead's number. */
    private static final Set<String> MOBILE = Set.of("휴대폰", "핸드폰", "휴대전화", "휴대폰번호", "핸드폰번호",
            "휴대전화번호", "hp", "mobile", "mobilephone", "cellphone", "cell", "모바일", "휴대번호", "핸드폰연락처");

    static {
        add(LeadField.NAME, "이름", "성명", "고객명", "고객이름", "고객성명", "name", "fullname", "customername");
        add(LeadField.PHONE, "연락처", "전화번호", "전화", "phone", "phonenumber", "tel", "telephone", "고객전화번호",
                "고객연락처");
        MOBILE.forEach(name -> SYNONYMS.put(name, LeadField.PHONE));
        add(LeadField.ALTERNATE_PHONE, "자택전화", "자택전화번호", "집전화", "집전화번호", "직장전화", "직장전화번호",
                "회사전화", "회사전화번호", "자택", "직장", "homephone", "workphone", "officephone", "other phone",
                "alternatephone", "다른연락처", "보조연락처", "비상연락처");
        add(LeadField.BIRTH_DATE, "생년월일", "생일", "birth", "birthdate", "birthday", "dob", "dateofbirth");
        add(LeadField.GENDER, "성별", "gender", "sex");
        add(LeadField.REGION, "지역", "주소", "거주지", "region", "address", "area");
        add(LeadField.PRODUCT, "상품", "관심상품", "상품명", "product", "interest");
        add(LeadField.SOURCE, "유입경로", "출처", "유입", "source", "channel");
        add(LeadField.NOTES, "비고", "메모", "notes", "note", "memo", "remarks");
        add(LeadField.EXTERNAL_ID, "고객번호", "고객id", "id", "externalid", "customerid", "customerno");
        add(LeadField.RESIDENT_NUMBER, "주민번호", "주민등록번호", "주민no", "주민등록no", "주민", "주민등록",
                "rrn", "residentnumber", "residentregistrationnumber", "ssn", "주민번호앞뒤");
    }

    private HeaderRecognizer() {
    }

    private static void add(LeadField field, String... names) {
        for (String name : names) {
            SYNONYMS.put(normalise(name), field);
        }
    }

    /** The field {@code header} names, if Dialdesk knows the name. */
    public static Optional<LeadField> recognise(String header) {
        return Optional.ofNullable(SYNONYMS.get(normalise(header)));
    }

    /** Whether a row names the columns: it holds a phone header, or two or more known headers. */
    public static boolean looksLikeHeader(List<String> cells) {
        int known = 0;
        for (String cell : cells) {
            Optional<LeadField> field = recognise(cell);
            if (field.isPresent() && (field.get() == LeadField.PHONE || ++known >= 2)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The suggested mapping: each recognised field from the first column that names it; of several phone
     * columns the first mobile one is the lead's number, the other phone columns alternates.
     */
    public static ColumnMapping suggest(List<String> headers) {
        Map<Integer, LeadField> mapping = new HashMap<>();
        int phone = phoneColumn(headers);
        for (int column = 0; column < headers.size(); column++) {
            Optional<LeadField> field = recognise(headers.get(column));
            if (field.isEmpty()) {
                continue;
            }
            LeadField chosen = field.get();
            if (chosen == LeadField.PHONE) {
                chosen = column == phone ? LeadField.PHONE : LeadField.ALTERNATE_PHONE;
            }
            boolean many = chosen == LeadField.ALTERNATE_PHONE || chosen == LeadField.RESIDENT_NUMBER;
            if (many || !mapping.containsValue(chosen)) {
                mapping.put(column, chosen);
            }
        }
        return new ColumnMapping(mapping);
    }

    /** The lead's phone column: the first mobile header, else the first phone header; -1 when none. */
    static int phoneColumn(List<String> headers) {
        int first = -1;
        for (int column = 0; column < headers.size(); column++) {
            if (recognise(headers.get(column)).orElse(null) == LeadField.PHONE) {
                if (MOBILE.contains(normalise(headers.get(column)))) {
                    return column;
                }
                first = first < 0 ? column : first;
            }
        }
        return first;
    }

    /**
     * Every recognised column, several per field when several name it (JSON files mix {@code phone}
     * and {@code 연락처} between objects): a lead takes the first of them that has a value.
     */
    public static ColumnMapping recogniseAll(List<String> headers) {
        Map<Integer, LeadField> mapping = new HashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            int index = column;
            recognise(headers.get(column)).ifPresent(field -> mapping.put(index, field));
        }
        return new ColumnMapping(mapping);
    }

    /** Without what is in brackets, digits, spaces and punctuation; lower case. */
    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        int depth = 0;
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if ("([{（［【<".indexOf(c) >= 0) {
                depth++;
            } else if (")]}）］】>".indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0 && Character.isLetter(c)) {
                out.append(c);
            }
        }
        String normalised = out.toString().toLowerCase(Locale.ROOT);
        // A header that is only a bracket ("(휴대폰)") or only digits keeps what it has.
        return normalised.isEmpty() && header.strip().length() > 0 ? header.strip().toLowerCase(Locale.ROOT) : normalised;
    }
}
