package dev.dialdesk.ui.rules;

import java.util.List;

/** What the rules' card beside a call shows; the presenter knows no Swing. */
public interface CallRulesView {

    /** How loud a mark is. */
    enum Level { WARNING, LOUD }

    /** One mark on the lead: "avoiding calls …", "QA at risk …", "consent too old". */
    record Mark(String id, String text, Level level) {
    }

    void showMarks(List<Mark> marks);

    /** The opening statement to say, and whether it is marked said on this call. */
    void showScript(String text, boolean said);

    void hideScript();
}
