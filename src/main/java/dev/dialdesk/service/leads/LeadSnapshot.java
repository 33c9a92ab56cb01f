package dev.dialdesk.service.leads;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadBatch;
import dev.dialdesk.domain.LeadStatus;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.storage.LeadStore;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The leads of the list, held compactly in parallel arrays (one slot per lead, in id order) so that
 * a search is a tight loop and the table reads cells by row index without objects per lead. The
 * full lead (extra fields, notes) is read from the store when one is opened.
 *
 * <p>Immutable once built, except for caches filled on first use by the one thread that shows it.
 */
public final class LeadSnapshot {

    static final LeadStatus[] STATUSES = LeadStatus.values();
    private static final int NO_DATE = Integer.MIN_VALUE;

    final int size;
    final long[] ids;
    final String[] names;
    final String[] namesLower;
    final String[] e164;
    final String[] phoneDigits;
    /** The digits of the lead's other numbers joined by '|', null for the many leads without. */
    final String[] alternateDigits;
    final byte[] status;
    final int[] batchIndex;
    final String[] regions;
    final String[] products;
    final String[] sources;
    final int[] birthEpochDay;
    final int[] attempts;
    /** The code of the lead's last outcome ("BUSY", "PHONE_OFF" …, interned), null before its first call. */
    final String[] lastDispositions;
    final String[] agents;
    private final int agentCount;
    private final List<LeadBatch> batches;
    private final String[] nationalCache;
    private final Map<LeadSortKey, int[]> orders = new EnumMap<>(LeadSortKey.class);

    private LeadSnapshot(Builder b, List<LeadBatch> batches, Map<String, String> agentNames) {
        size = b.size;
        ids = Arrays.copyOf(b.ids, size);
        names = Arrays.copyOf(b.names, size);
        namesLower = Arrays.copyOf(b.namesLower, size);
        e164 = Arrays.copyOf(b.e164, size);
        phoneDigits = Arrays.copyOf(b.phoneDigits, size);
        alternateDigits = Arrays.copyOf(b.alternateDigits, size);
        status = Arrays.copyOf(b.status, size);
        regions = Arrays.copyOf(b.regions, size);
        products = Arrays.copyOf(b.products, size);
        sources = Arrays.copyOf(b.sources, size);
        birthEpochDay = Arrays.copyOf(b.birthEpochDay, size);
        attempts = Arrays.copyOf(b.attempts, size);
        lastDispositions = Arrays.copyOf(b.lastDispositions, size);
        agents = new String[size];
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String id = b.agentIds[i];
            agents[i] = labels.computeIfAbsent(id, k -> agentLabel(k, agentNames));
        }
        agentCount = labels.size();
        this.batches = List.copyOf(batches);
        Map<Long, Integer> batchById = new HashMap<>();
        for (int i = 0; i < this.batches.size(); i++) {
            batchById.put(this.batches.get(i).id(), i);
        }
        batchIndex = new int[size];
        for (int i = 0; i < size; i++) {
            batchIndex[i] = batchById.getOrDefault(b.batchIds[i], -1);
        }
        nationalCache = new String[size];
    }

    /** "홍길동 (A1024)", or the bare id when the agent's name is not known. */
    private static String agentLabel(String id, Map<String, String> names) {
        if (id == null) {
            return "";
        }
        String name = names.get(id);
        return name == null || name.isBlank() ? id : name + " (" + id + ")";
    }

    public static LeadSnapshot empty() {
        return new Builder().build(List.of());
    }

    public int size() {
        return size;
    }

    public long id(int row) {
        return ids[row];
    }

    public String name(int row) {
        return names[row];
    }

    /** The number as people write it ({@code 010-1234-5678}), formatted on first use. */
    public String phoneNational(int row) {
        String national = nationalCache[row];
        if (national == null) {
            national = PhoneNumber.ofE164(e164[row]).national();
            nationalCache[row] = national;
        }
        return national;
    }

    public LeadStatus status(int row) {
        return STATUSES[status[row]];
    }

    public String region(int row) {
        return regions[row];
    }

    public String product(int row) {
        return products[row];
    }

    public String source(int row) {
        return sources[row];
    }

    /** Dial attempts so far. */
    public int attempts(int row) {
        return attempts[row];
    }

    /** The code of the lead's last outcome ("BUSY", "PHONE_OFF" …), or null before its first call. */
    public String lastDisposition(int row) {
        return lastDispositions[row];
    }

    /** The agent the lead is assigned to, as "name (ID)". */
    public String agent(int row) {
        return agents[row];
    }

    /** How many agents the leads belong to: more than one in a team lead's database. */
    public int agentCount() {
        return agentCount;
    }

    /**
     * Takes the new state of one lead (after a call was recorded): its status, attempt count and last
     * outcome. Call
     * on the thread that shows the snapshot; the orders by status and attempts are computed again.
     *
     * @return the lead's row, or -1 when it is not in this snapshot
     */
    public synchronized int update(LeadStore.ListRow changed) {
        int row = rowOf(changed.id());
        if (row >= 0) {
            status[row] = (byte) changed.status().ordinal();
            attempts[row] = changed.attempts();
            lastDispositions[row] = intern(changed.lastDisposition());
            orders.remove(LeadSortKey.STATUS);
            orders.remove(LeadSortKey.ATTEMPTS);
        }
        return row;
    }

    /** One string per outcome code for the whole list, not one per lead. */
    private static String intern(String code) {
        return code == null ? null : code.intern();
    }

    /** The batch of the lead, or null when the batch row is missing. */
    public LeadBatch batch(int row) {
        int index = batchIndex[row];
        return index < 0 ? null : batches.get(index);
    }

    /** Birth date as ISO text ({@code 1975-03-02}), or empty. */
    public String birthDate(int row) {
        int day = birthEpochDay[row];
        return day == NO_DATE ? "" : java.time.LocalDate.ofEpochDay(day).toString();
    }

    /** The batches known to the database, in import order (for the batch filter). */
    public List<LeadBatch> batches() {
        return batches;
    }

    /** The row of the lead with this id, or -1 (ids are ascending). */
    public int rowOf(long id) {
        int row = Arrays.binarySearch(ids, 0, size, id);
        return row < 0 ? -1 : row;
    }

    /** All rows in the order of {@code key}, ascending; computed once per key. */
    synchronized int[] order(LeadSortKey key) {
        return orders.computeIfAbsent(key, k -> LeadOrdering.orderBy(this, k));
    }

    /** Collects leads in id order; not thread-safe. */
    public static final class Builder {
        private int size;
        private long[] ids = new long[1024];
        private long[] batchIds = new long[1024];
        private String[] names = new String[1024];
        private String[] namesLower = new String[1024];
        private String[] e164 = new String[1024];
        private String[] phoneDigits = new String[1024];
        private String[] alternateDigits = new String[1024];
        private byte[] status = new byte[1024];
        private String[] regions = new String[1024];
        private String[] products = new String[1024];
        private String[] sources = new String[1024];
        private int[] birthEpochDay = new int[1024];
        private int[] attempts = new int[1024];
        private String[] lastDispositions = new String[1024];
        private String[] agentIds = new String[1024];

        /** The leads added so far. */
        public int size() {
            return size;
        }

        public void add(Lead lead) {
            if (size == ids.length) {
                grow(size * 2);
            }
            int i = size++;
            ids[i] = lead.id();
            batchIds[i] = lead.batchId();
            names[i] = lead.name();
            namesLower[i] = lead.name().toLowerCase(Locale.ROOT);
            e164[i] = lead.phone().e164();
            phoneDigits[i] = nationalDigits(lead.phone());
            alternateDigits[i] = dev.dialdesk.domain.LeadPhones.alternateDigits(lead.extra());
            status[i] = (byte) lead.status().ordinal();
            regions[i] = nullToEmpty(lead.region());
            products[i] = nullToEmpty(lead.product());
            sources[i] = nullToEmpty(lead.source());
            birthEpochDay[i] = lead.birthDate() == null ? NO_DATE : (int) lead.birthDate().toEpochDay();
            agentIds[i] = lead.agentId().value();
        }

        /** Adds a lead from its list columns (start-up's lean path: no whole {@link Lead} per row). */
        public void add(LeadStore.ListRow row) {
            if (size == ids.length) {
                grow(size * 2);
            }
            int i = size++;
            ids[i] = row.id();
            batchIds[i] = row.batchId();
            String name = row.name() == null ? "" : row.name();
            names[i] = name;
            namesLower[i] = name.toLowerCase(Locale.ROOT);
            e164[i] = row.e164();
            phoneDigits[i] = row.e164().startsWith("+82") ? "0" + row.e164().substring(3)
                    : PhoneNumber.ofE164(row.e164()).nationalDigits();
            alternateDigits[i] = row.alternateDigits();
            status[i] = (byte) row.status().ordinal();
            regions[i] = nullToEmpty(row.region());
            products[i] = nullToEmpty(row.product());
            sources[i] = nullToEmpty(row.source());
            birthEpochDay[i] = epochDay(row.birthDate());
            attempts[i] = row.attempts();
            lastDispositions[i] = intern(row.lastDisposition());
            agentIds[i] = row.agentId();
        }

        /** {@code yyyy-MM-dd} to an epoch day without a parser; anything else is no date. */
        private static int epochDay(String iso) {
            if (iso == null || iso.length() != 10 || iso.charAt(4) != '-' || iso.charAt(7) != '-') {
                return NO_DATE;
            }
            try {
                return (int) java.time.LocalDate.of(Integer.parseInt(iso, 0, 4, 10), Integer.parseInt(iso, 5, 7, 10),
                        Integer.parseInt(iso, 8, 10, 10)).toEpochDay();
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return NO_DATE;
            }
        }

        public LeadSnapshot build(List<LeadBatch> batches) {
            return build(batches, Map.of());
        }

        /** @param agentNames agent id to name, for the agent column of a team lead's list */
        public LeadSnapshot build(List<LeadBatch> batches, Map<String, String> agentNames) {
            return new LeadSnapshot(this, batches, agentNames);
        }

        private void grow(int capacity) {
            ids = Arrays.copyOf(ids, capacity);
            batchIds = Arrays.copyOf(batchIds, capacity);
            names = Arrays.copyOf(names, capacity);
            namesLower = Arrays.copyOf(namesLower, capacity);
            e164 = Arrays.copyOf(e164, capacity);
            phoneDigits = Arrays.copyOf(phoneDigits, capacity);
            alternateDigits = Arrays.copyOf(alternateDigits, capacity);
            status = Arrays.copyOf(status, capacity);
            regions = Arrays.copyOf(regions, capacity);
            products = Arrays.copyOf(products, capacity);
            sources = Arrays.copyOf(sources, capacity);
            birthEpochDay = Arrays.copyOf(birthEpochDay, capacity);
            attempts = Arrays.copyOf(attempts, capacity);
            lastDispositions = Arrays.copyOf(lastDispositions, capacity);
            agentIds = Arrays.copyOf(agentIds, capacity);
        }

        /** Korean numbers need no libphonenumber round trip: +82 10… is 010…. */
        private static String nationalDigits(PhoneNumber phone) {
            String e = phone.e164();
            return e.startsWith("+82") ? "0" + e.substring(3) : phone.nationalDigits();
        }

        private static String nullToEmpty(String text) {
            return text == null ? "" : text;
        }
    }
}
