package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.Font;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** The lead on the call screen: where it came from, who, which number, its state and the calling hours. */
final class LeadCardPanel extends JPanel {

    private final JLabel source = new JLabel(" ");
    private final JLabel name = new JLabel(" ");
    private final JLabel phone = new JLabel(" ");
    private final JLabel facts = new JLabel(" ");
    private final Banner hours = new Banner("calls.lead.hours");
    private final Banner caution = new Banner("calls.lead.caution");
    private final Banner notes = new Banner("calls.lead.notes");
    private final Banner empty = new Banner("calls.lead.empty");
    private final Messages messages;

    LeadCardPanel(Messages messages) {
        super(new MigLayout("insets 0, gap 0 2, wrap 1, fillx, hidemode 3", "[grow,fill]"));
        this.messages = messages;
        setName("calls.lead");
        source.setName("calls.lead.source");
        source.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        name.setName("calls.lead.name");
        name.setFont(name.getFont().deriveFont(Font.BOLD, name.getFont().getSize2D() * 1.6f));
        phone.setName("calls.lead.phone");
        phone.setFont(phone.getFont().deriveFont(Font.BOLD, phone.getFont().getSize2D() * 1.35f));
        facts.setName("calls.lead.facts");
        empty.setFont(empty.getFont().deriveFont(Font.BOLD, empty.getFont().getSize2D() * 1.25f));
        add(empty, "wmin 0");
        add(source);
        add(name, "split 2, growx 0");
        add(phone, "gapleft 12, growx 0, aligny baseline");
        add(facts, "gaptop 2");
        add(hours, "gaptop 4, wmin 0");
        add(caution, "gaptop 4, wmin 0");
        add(notes, "gaptop 4, wmin 0");
    }

    void show(CallModels.LeadCard card) {
        empty.show(null, null);
        source.setText(card.source());
        name.setText(card.name());
        phone.setText(card.phone());
        facts.setText(messages.get("callscreen.lead.facts", card.status(), card.attempts(), card.batch()));
        hours.show(card.hours(), card.hoursTone());
        caution.show(card.caution(), card.cautionTone());
        notes.show(card.notes().isEmpty() ? null : messages.get("callscreen.lead.notes", card.notes()),
                CallModels.Tone.NORMAL);
    }

    void clear(String message) {
        empty.show(message, CallModels.Tone.NORMAL);
        // empty labels take no height: the message sits right above the loop's buttons
        source.setText("");
        name.setText("");
        phone.setText("");
        facts.setText("");
        hours.show(null, null);
        caution.show(null, null);
        notes.show(null, null);
    }
}
