package dev.dialdesk.ui.contracts;

import dev.dialdesk.domain.contracts.QaState;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.domain.rules.HappyCallTry;
import dev.dialdesk.ui.action.BaseAction;
import java.awt.Component;
import java.awt.event.ActionEvent;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.swing.JOptionPane;

/** The contracts screen's commands, enabled by what the selected contract's state allows. */
final class ContractActions {

    private final List<ContractAction> all;

    ContractActions(ContractsPresenter presenter, ContractDialogs dialogs, Messages messages,
                    Supplier<Component> parent) {
        List<ContractAction> actions = new java.util.ArrayList<>(List.of(
                new ContractAction("contracts.edit", messages, () -> presenter.selected().isPresent(), () ->
                        presenter.selected().flatMap(s -> dialogs.edit(parent.get(), s.contract()))
                                .ifPresent(presenter::edit)),
                new ContractAction("contracts.passQa", messages, () -> presenter.canMoveTo(QaState.PASSED),
                        presenter::passQa),
                new ContractAction("contracts.requireReRecording", messages,
                        () -> presenter.canMoveTo(QaState.RE_RECORDING_REQUIRED), () ->
                        dialogs.reRecording(parent.get())
                                .ifPresent(r -> presenter.requireReRecording(r.reason(), r.noticeDate()))),
                new ContractAction("contracts.bookReRecording", messages, presenter::canBookReRecording,
                        presenter::bookReRecording),
                new ContractAction("contracts.reRecorded", messages, () -> presenter.canMoveTo(QaState.RE_RECORDED),
                        presenter::markReRecorded),
                new ContractAction("contracts.reject", messages, () -> presenter.canMoveTo(QaState.RETURNED), () -> {
                    if (confirm(parent.get(), messages, "contracts.confirm.reject")) {
                        presenter.reject();
                    }
                }),
                new ContractAction("contracts.withdraw", messages, () -> presenter.canMoveTo(QaState.WITHDRAWN), () ->
                        dialogs.withdrawal(parent.get()).ifPresent(w -> presenter.withdraw(w.date(), w.reason()))),
                new ContractAction("contracts.cancel", messages, () -> presenter.canMoveTo(QaState.CANCELLED), () -> {
                    if (confirm(parent.get(), messages, "contracts.confirm.cancel")) {
                        presenter.cancel();
                    }
                })));
        // the insurer's happy call (해피콜): one try at a time on the selected contract
        for (HappyCallTry.Outcome outcome : HappyCallTry.Outcome.values()) {
            actions.add(new ContractAction("contracts.happyCall." + outcome.name(), messages,
                    presenter::canRecordHappyCall, () -> presenter.recordHappyCall(outcome)));
        }
        all = List.copyOf(actions);
    }

    List<? extends BaseAction> all() {
        return all;
    }

    void updateEnabledStates() {
        all.forEach(BaseAction::updateEnabledState);
    }

    private static boolean confirm(Component parent, Messages messages, String key) {
        return JOptionPane.showConfirmDialog(parent, messages.get(key), messages.get("contracts.confirm.title"),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) == JOptionPane.OK_OPTION;
    }

    /** An action enabled while {@code enabled} holds. */
    static final class ContractAction extends BaseAction {

        private final BooleanSupplier enabled;
        private final Runnable command;

        ContractAction(String id, Messages messages, BooleanSupplier enabled, Runnable command) {
            super(id, messages);
            this.enabled = enabled;
            this.command = command;
            updateEnabledState();
        }

        @Override
        protected void perform(ActionEvent event) {
            command.run();
        }

        @Override
        public void updateEnabledState() {
            // BaseAction calls this before this class's fields are set.
            setEnabled(enabled != null && enabled.getAsBoolean());
        }
    }
}
