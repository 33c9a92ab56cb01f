package dev.dialdesk.service.imports;

import dev.dialdesk.domain.LeadField;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises the lead field a column header names, in Korean or English, ignoring case, spaces,
 * '_', '-' and '.': {@code 연락처}, {@code 휴대폰 번호}, {@code Phone}, {@code birth_date} …
 */
public final class HeaderRecognizer {

    private static final Map<String, LeadField> SYNONYMS = new HashMap<>();

    static {
        add(LeadField.NAME, "이름", "성명", "고객명", "고객이름", "고객성명", "name", "fullname", "customername");
        add(LeadField.PHONE, "연락처", "전화번호", "휴대폰", "핸드폰", "휴대폰번호", "핸드폰번호", "휴대전화",
                "휴대전화번호", "전화", "연락처1", "phone", "mobile", "phonenumber", "mobilephone", "cellphone",
                "tel", "telephone", "cell");
        add(LeadField.BIRTH_DATE, "생년월일", "생일", "birth", "birthdate", "birthday", "dob", "dateofbirth");
        add(LeadField.GENDER, "성별", "gender", "sex");
        add(LeadField.REGION, "지역", "주소", "거주지", "region", "address", "area");
        add(LeadField.PRODUCT, "상품", "관심상품", "상품명", "product", "interest");
        add(LeadField.SOURCE, "유입경로", "출처", "유입", "source", "channel");
        add(LeadField.NOTES, "비고", "메모", "notes", "note", "memo", "remarks");
        add(LeadField.EXTERNAL_ID, "고객번호", "고객id", "id", "externalid", "customerid", "customerno");
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

    /** The suggested mapping: each recognised field from the first column that names it. */
    public static ColumnMapping suggest(List<String> headers) {
        Map<Integer, LeadField> mapping = new HashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            Optional<LeadField> field = recognise(headers.get(column));
            if (field.isPresent() && !mapping.containsValue(field.get())) {
                mapping.put(column, field.get());
            }
        }
        return new ColumnMapping(mapping);
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

    static String normalise(String header) {
        if (header == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.' && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
