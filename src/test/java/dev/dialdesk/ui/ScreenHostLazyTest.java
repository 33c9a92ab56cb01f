package dev.dialdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.i18n.Messages;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.swing.JLabel;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

class ScreenHostLazyTest {

    @Test
    void aLazyScreenIsBuiltOnceWhenFirstShown() throws Exception {
        AtomicInteger builds = new AtomicInteger();
        JLabel agenda = new JLabel("agenda");
        SwingUtilities.invokeAndWait(() -> {
            ScreenHost host = new ScreenHost(Messages.forLocale(Locale.ENGLISH));
            host.add(new ScreenHost.Screen("leads", "Leads", new JLabel("leads")));
            host.add(ScreenHost.Screen.lazy("callbacks", "Callbacks", () -> {
                builds.incrementAndGet();
                return agenda;
            }));
            host.retitle("callbacks", "Callbacks 3");
            assertThat(builds).hasValue(0);

            host.show("callbacks");
            host.show("leads");
            host.show("callbacks");

            JTabbedPane tabs = (JTabbedPane) host.getComponent(0);
            assertThat(builds).hasValue(1);
            assertThat(tabs.getComponentAt(1)).isSameAs(agenda);
            assertThat(tabs.getTitleAt(1)).isEqualTo("Callbacks 3");
            assertThat(host.component("callbacks")).isSameAs(agenda);
        });
    }
}
