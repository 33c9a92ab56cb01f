package dev.dialdesk.ui.cases;

import dev.dialdesk.domain.cases.CaseStep;
import dev.dialdesk.domain.cases.CaseTemplate;
import dev.dialdesk.domain.cases.FollowUpCase;
import dev.dialdesk.domain.cases.InternalContact;
import dev.dialdesk.domain.cases.Party;
import dev.dialdesk.service.cases.OpenCaseRequest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What the cases presenter needs from its screen (dialogs included). */
public interface CasesView {

    /** The loaded screen: cases, today list, return calls. */
    void show(CasesSnapshot snapshot);

    /** A line under the screen: what moved, a conflict, a problem. Empty clears it. */
    void showMessage(String text);

    /** The typed answer of a step, and whether its date sets the next step's due time. */
    record Answer(String text, boolean dueFromGivenDate) {
    }

    Optional<Answer> askAnswer(CaseStep step);

    /** A new due time for a step (or callback) now due at {@code current}. */
    Optional<Instant> askDue(Instant current);

    /** The new case's texts; {@code leadId} is the customer on screen, or null (then a number is asked). */
    Optional<OpenCaseRequest> askNewCase(Long leadId, String customer, List<CaseTemplate> templates);

    /** A step added by hand: the party, what to ask, when, and whether it waits on the last step. */
    record NewStep(Party party, String question, Instant due, boolean waitsOnLast) {
    }

    Optional<NewStep> askNewStep(FollowUpCase c, List<InternalContact> contacts);

    /** A number typed into the inbox. */
    Optional<String> askNumber();

    /** A pasted catch-call SMS. */
    Optional<String> askSms();

    /** A contact typed in the window: the contact edited (null for a new one) and the texts as typed. */
    record ContactEntry(InternalContact edited, String name, String team, String phone, String hours, String lunch) {
    }

    /** A new contact, or one of {@code contacts} changed. */
    Optional<ContactEntry> askContact(List<InternalContact> contacts);

    /** A template as typed: the template edited (null for a new one), its name and its steps as text. */
    record TemplateEntry(CaseTemplate edited, String name, String steps) {
    }

    /** A new template, or one of {@code templates} with its steps edited as text. */
    Optional<TemplateEntry> askTemplate(List<CaseTemplate> templates);

    /** Whether to close the case as done (true) or cancelled (false); empty backs out. */
    Optional<Boolean> askClose(FollowUpCase c);
}
