package dev.dialdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import org.junit.jupiter.api.Test;

/** A detail value wraps at the width it is given and asks for the height of every line it needs. */
class WrappingLabelTest {

    private static final String CENTRE_BATCH = "2025-03-10 신규 DB 실손 1차";

    @Test
    void aBatchNameTooLongForTheColumnAsksForASecondLineAtThatWidth() {
        WrappingLabel label = new WrappingLabel(CENTRE_BATCH);
        Dimension oneLine = label.getPreferredSize();
        label.setSize(oneLine.width / 2, oneLine.height);

        Dimension wrapped = label.getPreferredSize();

        assertThat(wrapped.width).as("no wider than the column").isLessThanOrEqualTo(oneLine.width / 2);
        assertThat(wrapped.height).as("two lines or more").isGreaterThanOrEqualTo(oneLine.height * 2 - 2);
    }

    @Test
    void aBatchNameThatFitsStaysOnOneLine() {
        WrappingLabel label = new WrappingLabel(CENTRE_BATCH);
        Dimension oneLine = label.getPreferredSize();
        label.setSize(oneLine.width + 40, oneLine.height);

        assertThat(label.getPreferredSize()).isEqualTo(oneLine);
    }

    @Test
    void aValueIsShownAsWrittenAndReadWholeInItsTooltip() {
        WrappingLabel label = new WrappingLabel("<b>VIP</b> & 가족");

        assertThat(label.plainText()).isEqualTo("<b>VIP</b> & 가족");
        assertThat(label.getToolTipText()).isEqualTo("<b>VIP</b> & 가족");
        assertThat(label.getText()).doesNotContain("<b>").contains("&lt;b&gt;VIP&lt;/b&gt; &amp; 가족");
    }
}
