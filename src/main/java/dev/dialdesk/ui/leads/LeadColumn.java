package dev.dialdesk.ui.leads;

import dev.dialdesk.service.leads.LeadSortKey;

/** The columns of the lead table, in their default order, with the sort each header click asks for. */
public enum LeadColumn {
    NAME("lead.field.NAME", LeadSortKey.NAME, 110),
    PHONE("lead.field.PHONE", LeadSortKey.PHONE, 130),
    STATUS("leads.column.STATUS", LeadSortKey.STATUS, 90),
    REGION("lead.field.REGION", LeadSortKey.REGION, 90),
    PRODUCT("lead.field.PRODUCT", LeadSortKey.PRODUCT, 130),
    BATCH("leads.column.BATCH", LeadSortKey.BATCH, 150),
    BIRTH_DATE("lead.field.BIRTH_DATE", LeadSortKey.BIRTH_DATE, 100),
    SOURCE("lead.field.SOURCE", LeadSortKey.SOURCE, 100);

    private final String titleKey;
    private final LeadSortKey sortKey;
    private final int defaultWidth;

    LeadColumn(String titleKey, LeadSortKey sortKey, int defaultWidth) {
        this.titleKey = titleKey;
        this.sortKey = sortKey;
        this.defaultWidth = defaultWidth;
    }

    public String titleKey() {
        return titleKey;
    }

    public LeadSortKey sortKey() {
        return sortKey;
    }

    public int defaultWidth() {
        return defaultWidth;
    }

    /** The column sorted by {@code key}, or null for the import order. */
    public static LeadColumn of(LeadSortKey key) {
        for (LeadColumn column : values()) {
            if (column.sortKey == key) {
                return column;
            }
        }
        return null;
    }
}
