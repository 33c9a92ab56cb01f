package dev.dialdesk.ui.leads;

import dev.dialdesk.domain.Lead;
import dev.dialdesk.domain.LeadField;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.ui.common.DocumentChange;
import java.awt.Font;
import java.util.Map;
import java.util.function.Consumer;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JSeparator;
import javax.swing.JTextArea;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The open lead beside the table: every field, the file's extra columns, and the agent's notes. */
final class LeadDetailPanel extends dev.dialdesk.ui.common.WidthTrackingPanel {

    /** Callbacks without a time (issue 14). */
    private java.util.Set<Long> withoutTime = java.util.Set.of();

    private static final LeadField[] SHOWN = {LeadField.BIRTH_DATE, LeadField.GENDER, LeadField.REGION,
            LeadField.PRODUCT, LeadField.SOURCE, LeadField.EXTERNAL_ID};

    private final Messages messages;
    private final JLabel name = new JLabel(" ");
    private final JLabel phone = new JLabel(" ");
    private final JPanel fields = new JPanel(new MigLayout("wrap 2, insets 0, gapy 4", "[right][grow,fill]"));
    private final JTextArea notes = new JTextArea(6, 20);
    private final JLabel notesState = new JLabel(" ");
    private final JButton save;
    private final JLabel hint;
    private boolean showing;
    private boolean updating;

    LeadDetailPanel(Messages messages, javax.swing.Action saveAction, Consumer<String> onEdited, Runnable onLeave) {
        super(new MigLayout("wrap 1, insets 12 12 12 12, fill", "[grow,fill]", "[][][][grow 0][][grow,fill][]"));
        this.messages = messages;
        setName("lead.detail");
        name.setName("lead.detail.name");
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.5f));
        phone.setName("lead.detail.phone");
        phone.setFont(phone.getFont().deriveFont(phone.getFont().getSize2D() * 1.25f));
        notes.setName("lead.notes");
        notes.setLineWrap(true);
        notes.setWrapStyleWord(true);
        notesState.setName("lead.notes.state");
        save = new JButton(saveAction);
        save.setName("lead.notes.save");
        hint = new dev.dialdesk.ui.common.WrappingLabel(messages.get("leads.detail.none"), true); // wraps in the narrow column
        hint.setName("lead.detail.hint");
        hint.setForeground(UIManager.getColor("Dialdesk.emptyState.foreground"));
        notes.getDocument().addDocumentListener(DocumentChange.onChange(() -> edited(onEdited)));
        notes.addFocusListener(new java.awt.event.FocusAdapter() {
            @Override
            public void focusLost(java.awt.event.FocusEvent e) {
                onLeave.run();
            }
        });
        clear();
    }

    private void edited(Consumer<String> onEdited) {
        if (!updating) {
            onEdited.accept(notes.getText());
        }
    }

    /** The leads whose callback has no time: the status row says so (from the next lead shown). */
    void markWithoutTime(java.util.Set<Long> leadIds) {
        withoutTime = java.util.Set.copyOf(leadIds);
    }

    /**
     * @param listStatus the status as the list writes it ("통화중", "부재 · 통화 회피"), or null: from the lead
     * @param attempts the tries as the list counts them, or -1 (not listed: the row is left out)
     */
    void show(Lead lead, String batchName, String listStatus, int attempts) {
        showFields(lead, batchName, listStatus, attempts);
        updating = true;
        notes.setText(lead.notes() == null ? "" : lead.notes());
        notes.setCaretPosition(0);
        updating = false;
    }

    /** The lead's fields (not its notes: a refresh after a call leaves what is being typed). */
    void showFields(Lead lead, String batchName, String listStatus, int attempts) {
        if (!showing) {
            layoutLead();
        }
        name.setText(lead.name().isEmpty() ? "—" : lead.name());
        phone.setText(lead.phone().national());
        fields.removeAll();
        addRow("leads.column.STATUS", listStatus != null ? listStatus : messages.get(lead.status().messageKey())
                + (withoutTime.contains(lead.id()) && lead.status() == dev.dialdesk.domain.LeadStatus.CALLBACK
                ? " · " + messages.get("leads.status.withoutTime") : ""), "STATUS");
        if (attempts >= 0) {
            addRow("leads.column.ATTEMPTS", Integer.toString(attempts), "ATTEMPTS");
        }
        for (LeadField field : SHOWN) {
            addRow(field.messageKey(), valueOf(lead, field), field.name());
        }
        addRow("leads.column.BATCH", batchName, "BATCH");
        addRow("rules.consent.title", dev.dialdesk.ui.rules.ConsentText.describe(messages,
                dev.dialdesk.domain.rules.Consent.fromExtras(lead.extra())), "CONSENT");
        if (!lead.extra().isEmpty()) {
            JLabel extraTitle = new JLabel(messages.get("leads.detail.extra"));
            extraTitle.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
            fields.add(new JSeparator(), "span 2, growx, gaptop 6");
            fields.add(extraTitle, "span 2, left");
            for (Map.Entry<String, String> entry : lead.extra().entrySet()) {
                fields.add(mutedLabel(entry.getKey()), "aligny top");
                fields.add(new dev.dialdesk.ui.common.WrappingLabel(entry.getValue()), "wmin 0");
            }
        }
        revalidate();
        repaint();
    }

    private void addRow(String labelKey, String value, String id) {
        fields.add(mutedLabel(messages.get(labelKey)), "aligny top");
        // a long value (a centre's batch name "2025-03-10 신규 DB 실손 1차") wraps in the narrow column
        JLabel valueLabel = new dev.dialdesk.ui.common.WrappingLabel(value == null || value.isEmpty() ? "—" : value);
        valueLabel.setName("lead.detail." + id);
        fields.add(valueLabel, "wmin 0");
    }

    private static JLabel mutedLabel(String text) {
        JLabel label = new JLabel(text);
        label.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        return label;
    }

    private String valueOf(Lead lead, LeadField field) {
        return switch (field) {
            case BIRTH_DATE -> lead.birthDate() == null ? "" : lead.birthDate().toString();
            case GENDER -> messages.get(lead.gender().messageKey());
            case REGION -> lead.region();
            case PRODUCT -> lead.product();
            case SOURCE -> lead.source();
            case EXTERNAL_ID -> lead.externalId();
            default -> "";
        };
    }

    private void layoutLead() {
        removeAll();
        add(name);
        add(phone, "gapbottom 8");
        add(fields, "wmin 0");
        add(new JSeparator(), "gaptop 8");
        add(new JLabel(messages.get("lead.field.NOTES")));
        add(new JScrollPane(notes), "h 90:160:");
        add(notesState, "split 2, growx, wmin 0");
        add(save, "growx 0");
        showing = true;
    }

    void clear() {
        removeAll();
        add(hint, "growx, pushy, wmin 0");
        showing = false;
        updating = true;
        notes.setText("");
        updating = false;
        revalidate();
        repaint();
    }

    void showState(NotesState state) {
        notesState.setText(state == NotesState.CLEAN ? " " : messages.get(state.messageKey()));
        notesState.setForeground(UIManager.getColor(state == NotesState.FAILED ? "Dialdesk.error.foreground"
                : state == NotesState.SAVED ? "Dialdesk.success.foreground" : "Dialdesk.muted.foreground"));
    }

    void focusNotes() {
        if (showing) {
            notes.requestFocusInWindow();
        }
    }

    // Scrollable: as wide as the (narrow, foldable) column beside the table; long values wrap, never scrolled.
    @Override
    public boolean getScrollableTracksViewportHeight() {
        return getParent() != null && getParent().getHeight() > getPreferredSize().height;
    }
}
