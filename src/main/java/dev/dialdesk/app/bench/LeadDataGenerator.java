package dev.dialdesk.app.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic lead rows as a centre's spreadsheet export has them: Korean names, phone numbers
 * written every way, a few landlines, birth dates in several forms, and about {@code duplicateRate} of
 * numbers repeated (often written differently). Reproducible from its seed.
 */
public final class LeadDataGenerator {

    public static final List<String> HEADERS = List.of("이름", "연락처", "생년월일", "성별", "지역", "상품", "유입경로",
            "비고", "상담희망시간");

    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
        "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남궁", "제갈"};
    private static final String[] GIVEN = {"민준", "서연", "도윤", "지우", "하준", "서윤", "은우", "하은", "지호", "민서",
        "영수", "영희", "철수", "순자", "정숙", "미경", "현우", "지훈", "수빈", "예린", "상철", "경자", "동현", "혜진",
        "성민", "은정", "재훈", "미영", "광수", "옥순", "준서", "채원", "태윤", "다은", "승현", "유진"};
    private static final String[] REGIONS = {"서울 강남구", "서울 송파구", "서울 마포구", "서울 노원구", "부산 해운대구",
        "부산 사하구", "대구 수성구", "인천 남동구", "광주 북구", "대전 서구", "울산 남구", "경기 수원시", "경기 성남시",
        "경기 고양시", "경기 용인시", "강원 춘천시", "충북 청주시", "충남 천안시", "전북 전주시", "경남 창원시", "제주 제주시"};
    private static final String[] PRODUCTS = {"암보험", "실손보험", "종신보험", "치아보험", "운전자보험", "간병보험", "연금보험"};
    private static final String[] SOURCES = {"온라인 광고", "홈쇼핑", "제휴사", "지인 소개", "이벤트 응모", "블로그", "문자 수신"};
    private static final String[] NOTES = {"", "", "", "", "오후 통화 선호", "기존 가입 상품 있음", "배우자와 상의 예정",
        "\"보험료\" 비교 요청", "부재 시 문자, 다음날 재통화", "가입 상담\n재통화 희망"};
    private static final String[] TIMES = {"", "오전", "오후 2시 이후", "저녁 7시 전", "주말 제외", "점심시간"};
    private static final String[] AREA_CODES = {"02", "031", "032", "051", "053", "062", "042", "052", "064"};

    private final Random random;
    private final double duplicateRate;
    private final List<String> recentMobiles = new ArrayList<>();
    private long index;

    public LeadDataGenerator(long seed, double duplicateRate) {
        this.random = new Random(seed);
        this.duplicateRate = duplicateRate;
    }

    /** The next row, in {@link #HEADERS} order. */
    public String[] next() {
        index++;
        String name = pick(SURNAMES) + pick(GIVEN);
        String phone = phone();
        return new String[] {name, phone, birthDate(), random.nextBoolean() ? "남" : "여", pick(REGIONS),
            pick(PRODUCTS), pick(SOURCES), pick(NOTES), pick(TIMES)};
    }

    private String phone() {
        if (!recentMobiles.isEmpty() && random.nextDouble() < duplicateRate) {
            return format(recentMobiles.get(random.nextInt(recentMobiles.size())));
        }
        if (random.nextInt(100) < 8) {
            String area = pick(AREA_CODES);
            int digits = area.equals("02") ? 7 + random.nextInt(2) : 7 + random.nextInt(2);
            String subscriber = String.valueOf(2_000_000 + random.nextInt(7_000_000)) + (digits == 8 ? random.nextInt(10) : "");
            return area + "-" + subscriber.substring(0, digits - 4) + "-" + subscriber.substring(digits - 4);
        }
        // A permutation of 0..99,999,999: unique numbers without remembering them.
        long block = (index * 7_654_321L + 23_456_789L) % 100_000_000L;
        String eight = String.format("%08d", block);
        if (recentMobiles.size() < 10_000) {
            recentMobiles.add(eight);
        } else {
            recentMobiles.set(random.nextInt(recentMobiles.size()), eight);
        }
        return format(eight);
    }

    private String format(String eight) {
        String a = eight.substring(0, 4);
        String b = eight.substring(4);
        int form = random.nextInt(100);
        if (form < 60) {
            return "010-" + a + "-" + b;
        }
        if (form < 82) {
            return "010" + a + b;
        }
        if (form < 92) {
            return "+82 10-" + a + "-" + b;
        }
        return form < 97 ? "(010)" + a + "-" + b : "010 " + a + " " + b;
    }

    private String birthDate() {
        int year = 1950 + random.nextInt(51);
        int month = 1 + random.nextInt(12);
        int day = 1 + random.nextInt(28);
        return switch (random.nextInt(4)) {
            case 0 -> String.format("%04d%02d%02d", year, month, day);
            case 1 -> String.format("%04d.%02d.%02d", year, month, day);
            case 2 -> "";
            default -> String.format("%04d-%02d-%02d", year, month, day);
        };
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Writes a header and {@code rows} generated rows as CSV in {@code charset}. */
    public static void writeCsv(Path target, Charset charset, int rows, long seed, double duplicateRate)
            throws IOException {
        LeadDataGenerator generator = new LeadDataGenerator(seed, duplicateRate);
        try (BufferedWriter out = Files.newBufferedWriter(target, charset)) {
            writeRecord(out, HEADERS.toArray(String[]::new));
            for (int i = 0; i < rows; i++) {
                writeRecord(out, generator.next());
            }
        }
    }

    public static void writeRecord(BufferedWriter out, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            String cell = cells[i];
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0) {
                out.write('"');
                out.write(cell.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(cell);
            }
        }
        out.write("\r\n");
    }
}
