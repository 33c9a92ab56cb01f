package dev.dialdesk.ui.leads;

import dev.dialdesk.service.leads.LeadSortKey;

/**
 * The columns of the lead table, in their default order, with the sort each header click asks for,
 * the default width and whether the column shows before the agent chooses (header context menu).
 * At 1280 px the call panel takes a third of the window: what an agent reads while dialling (name,
 * number, status, attempts, region, product) shows first; batch and birth date are a click away.
 */
public enum LeadColumn {
    NAME("lead.field.NAME", LeadSortKey.NAME, 80, true),
    PHONE("lead.field.PHONE", LeadSortKey.PHONE, 115, true),
    STATUS("leads.column.STATUS", LeadSortKey.STATUS, 70, true),
    ATTEMPTS("leads.column.ATTEMPTS", LeadSortKey.ATTEMPTS, 48, true),
    REGION("lead.field.REGION", LeadSortKey.REGION, 100, true),
    PRODUCT("lead.field.PRODUCT", LeadSortKey.PRODUCT, 100, true),
    /** Shown only when the list holds more than one agent's leads (a team lead's database). */
    AGENT("leads.column.AGENT", LeadSortKey.AGENT, 110, true),
    SOURCE("lead.field.SOURCE", LeadSortKey.SOURCE, 80, false),
    BATCH("leads.column.BATCH", LeadSortKey.BATCH, 130, false),
    BIRTH_DATE("lead.field.BIRTH_DATE", LeadSortKey.BIRTH_DATE, 90, false);

    private final String titleKey;
    private final LeadSortKey sortKey;
    private final int defaultWidth;
    private final boolean shownByDefault;

    LeadColumn(String titleKey, LeadSortKey sortKey, int defaultWidth, boolean shownByDefault) {
        this.titleKey = titleKey;
        this.sortKey = sortKey;
        this.defaultWidth = defaultWidth;
        this.shownByDefault = shownByDefault;
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

    public boolean shownByDefault() {
        return shownByDefault;
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
