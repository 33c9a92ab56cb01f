package dev.dialdesk.domain.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A chain to start a case with ("A/S repair": production, materials, production, delivery, customer):
 * each step waits on the one before and is due its delay after that one's answer (the way Odoo chains
 * activities). Written as one line per step, {@code team|question|delay minutes}; the team
 * {@value #CUSTOMER} means the customer.
 */
public record CaseTemplate(long id, String name, List<Step> steps, long version) {

    public static final String CUSTOMER = "customer";

    /** One step of a template. */
    public record Step(String team, String question, Duration delay) {
        public Step {
            team = team == null ? "" : team.strip();
            question = question == null ? "" : question.strip();
            delay = delay == null ? Duration.ZERO : delay;
            if (team.isEmpty()) {
                throw new IllegalArgumentException("a template step needs a team");
            }
            if (delay.isNegative()) {
                throw new IllegalArgumentException("a template step's delay cannot be negative");
            }
        }

        public boolean isCustomer() {
            return team.toLowerCase(Locale.ROOT).equals(CUSTOMER) || team.equals("고객");
        }
    }

    public CaseTemplate {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        steps = List.copyOf(steps);
        if (name.isEmpty() || steps.isEmpty()) {
            throw new IllegalArgumentException("a template needs a name and a step");
        }
    }

    /**
     * Reads the text form; throws {@link IllegalArgumentException} naming the line (1-based) that is wrong.
     */
    public static List<Step> parseSteps(String text) {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            try {
                long minutes = parts.length > 2 && !parts[2].isBlank() ? Long.parseLong(parts[2].strip()) : 0;
                steps.add(new Step(parts[0], parts.length > 1 ? parts[1] : "", Duration.ofMinutes(minutes)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1), e);
            }
        }
        return steps;
    }

    /** The text form the window edits. */
    public String stepsText() {
        StringBuilder text = new StringBuilder();
        for (Step step : steps) {
            text.append(step.team()).append('|').append(step.question()).append('|')
                    .append(step.delay().toMinutes()).append('\n');
        }
        return text.toString();
    }

    /**
     * The template's steps for a case started at {@code start}: a linear chain, the first due at once,
     * each next one provisionally its delay after the one before. {@code contactOfTeam} finds the
     * internal contact of a team (a team not in the address book stays a named party).
     */
    public List<CaseStep> plan(Instant start, Function<String, Optional<InternalContact>> contactOfTeam) {
        List<CaseStep> planned = new ArrayList<>();
        Instant due = start;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            due = due.plus(step.delay());
            Party party = step.isCustomer() ? Party.customer()
                    : contactOfTeam.apply(step.team()).map(Party::contact)
                    .orElse(new Party(PartyKind.CONTACT, null, step.team()));
            planned.add(CaseStep.planned(i + 1, party, step.question(), due, i == 0 ? List.of() : List.of(i),
                    step.delay()));
        }
        return planned;
    }
}
