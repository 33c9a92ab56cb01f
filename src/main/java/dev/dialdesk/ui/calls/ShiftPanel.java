package dev.dialdesk.ui.calls;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.Font;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.swing.BorderFactory;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.UIManager;
import net.miginfocom.swing.MigLayout;

/** Today's numbers, always in view: dials, contacts, contact rate, talk time, contracts, premium, dry run. */
final class ShiftPanel extends JPanel {

    private static final String[] FIGURES = {"dials", "contacts", "contactRate", "talkTime", "contracts", "premium",
        "daysWithoutContract"};

    private final Map<String, JLabel> values = new LinkedHashMap<>();

    ShiftPanel(Messages messages) {
        super(new MigLayout("insets 6 8 6 8, gap 10 2, wrap 4", "[grow,fill][grow,fill][grow,fill][grow,fill]"));
        setName("calls.shift");
        setBorder(BorderFactory.createMatteBorder(0, 0, 1, 0, UIManager.getColor("Component.borderColor")));
        JLabel title = new JLabel(messages.get("callscreen.shift.title"));
        title.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
        add(title, "span 4, wrap");
        for (String figure : FIGURES) {
            JLabel value = new JLabel("–");
            value.setName("calls.shift." + figure);
            value.setFont(value.getFont().deriveFont(Font.BOLD, value.getFont().getSize2D() * 1.15f));
            JLabel caption = new JLabel(messages.get("callscreen.shift." + figure));
            caption.setForeground(UIManager.getColor("Dialdesk.muted.foreground"));
            caption.setFont(caption.getFont().deriveFont(caption.getFont().getSize2D() * 0.9f));
            JPanel cell = new JPanel(new MigLayout("insets 0, gap 0, wrap 1"));
            cell.setOpaque(false);
            cell.add(caption);
            cell.add(value);
            values.put(figure, value);
            add(cell);
        }
    }

    void show(CallModels.ShiftFigures figures) {
        values.get("dials").setText(figures.dials());
        values.get("contacts").setText(figures.contacts());
        values.get("contactRate").setText(figures.contactRate());
        values.get("talkTime").setText(figures.talkTime());
        values.get("contracts").setText(figures.contracts());
        values.get("premium").setText(figures.premium());
        JLabel dry = values.get("daysWithoutContract");
        dry.setText(figures.daysWithoutContract());
        dry.setForeground(Tones.foreground(figures.daysWithoutContractTone()));
    }
}
