package dev.dialdesk.ui.rules;

import dev.dialdesk.domain.AgentId;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.service.rules.OpeningScriptService;
import dev.dialdesk.ui.calls.DispositionFollowUp;
import dev.dialdesk.ui.common.TaskRunner;
import java.awt.Component;
import java.util.function.Supplier;
import javax.swing.JOptionPane;

/**
 * A contract (청약) recorded on a call whose opening statement was not marked said asks once: "was it
 * said?" Yes marks it (as confirmed late, which the call log keeps); No leaves it unmarked. Then the
 * contract entry (the wrapped follow-up) goes on as before.
 */
public final class OpeningCheckFollowUp implements DispositionFollowUp {

    /** Asks the agent; true: the opening was said. A test answers without a dialog. */
    @FunctionalInterface
    public interface Question {
        boolean wasItSaid();
    }

    private final DispositionFollowUp next;
    private final OpeningScriptService openings;
    private final TaskRunner tasks;
    private final AgentId agent;
    private final Question question;

    public OpeningCheckFollowUp(DispositionFollowUp next, OpeningScriptService openings, TaskRunner tasks,
                                AgentId agent, Question question) {
        this.next = next;
        this.openings = openings;
        this.tasks = tasks;
        this.agent = agent;
        this.question = question;
    }

    /** The question as a dialog over {@code parent}. */
    public static Question dialog(Messages messages, Supplier<Component> parent) {
        return () -> JOptionPane.showConfirmDialog(parent.get(), messages.get("rules.script.askOnContract"),
                messages.get("rules.script.askOnContract.title"), JOptionPane.YES_NO_OPTION,
                JOptionPane.WARNING_MESSAGE) == JOptionPane.YES_OPTION;
    }

    @Override
    public void afterRecorded(Outcome outcome, Runnable done) {
        if (!outcome.disposition().sale()) {
            next.afterRecorded(outcome, done);
            return;
        }
        var attempt = outcome.attempt();
        tasks.run("Checking the opening statement", () -> openings.saidOn(attempt.clientId()), said -> {
            if (!said && question.wasItSaid()) {
                tasks.run("Marking the opening said", () -> openings.markSaid(attempt.clientId(), attempt.leadId(),
                        agent, true), marked -> next.afterRecorded(outcome, done), failed -> next.afterRecorded(outcome, done));
            } else {
                next.afterRecorded(outcome, done);
            }
        }, failed -> next.afterRecorded(outcome, done));
    }
}
