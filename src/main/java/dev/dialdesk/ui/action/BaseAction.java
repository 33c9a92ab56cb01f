package dev.dialdesk.ui.action;

import dev.dialdesk.domain.i18n.Messages;
import java.awt.event.ActionEvent;
import javax.swing.AbstractAction;
import javax.swing.Action;

/**
 * The base of every command. Its label and tooltip come from the bundle by action id
 * ({@code action.<id>.name}, {@code action.<id>.tooltip}), its key from {@link KeyTable}.
 * Subclasses implement {@link #perform(ActionEvent)} and may override {@link #updateEnabledState()}.
 */
public abstract class BaseAction extends AbstractAction {

    private final String id;

    protected BaseAction(String id, Messages messages) {
        this.id = id;
        putValue(Action.NAME, messages.get("action." + id + ".name"));
        String tooltipKey = "action." + id + ".tooltip";
        if (messages.has(tooltipKey)) {
            putValue(Action.SHORT_DESCRIPTION, messages.get(tooltipKey));
        }
        putValue(Action.ACTION_COMMAND_KEY, id);
        KeyTable.keyFor(id).ifPresent(key -> putValue(Action.ACCELERATOR_KEY, key));
        updateEnabledState();
    }

    public String id() {
        return id;
    }

    @Override
    public final void actionPerformed(ActionEvent event) {
        if (isEnabled()) {
            perform(event);
        }
    }

    protected abstract void perform(ActionEvent event);

    /** Re-evaluates whether the action can run now; call when what it depends on changes. */
    public void updateEnabledState() {
    }

    /** An action from a lambda, for simple commands. */
    public static BaseAction of(String id, Messages messages, Runnable command) {
        return new BaseAction(id, messages) {
            @Override
            protected void perform(ActionEvent event) {
                command.run();
            }
        };
    }
}
