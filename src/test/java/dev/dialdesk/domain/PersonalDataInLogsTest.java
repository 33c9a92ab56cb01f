package dev.dialdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A cheap guard until the full GUI run greps the real log: a lead or a number logged the careless way
 * ({@code LOG.info("saved {}", lead)}) shows neither the customer's name nor the full number.
 */
class PersonalDataInLogsTest {

    @Test
    void aLeadLoggedCarelesslyShowsNoNameAndNoFullNumber() {
        PhoneNumber phone = PhoneNumber.ofE164("+821012345678");
        Lead lead = new Lead(7, 1, new AgentId("A1"), phone, "C-1", "홍길동", null, Gender.FEMALE, "서울", "암보험",
                "TV", "남편과 상의 후 결정", Map.of("메모", "홍길동 010-1234-5678"), LeadStatus.NEW, Instant.EPOCH, Instant.EPOCH, 1);
        Logger logger = (Logger) LoggerFactory.getLogger("dev.dialdesk.test.personal-data");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            logger.info("Saved {} with number {}", lead, phone);
        } finally {
            logger.detachAppender(appender);
        }

        String logged = appender.list.get(0).getFormattedMessage();
        assertThat(logged).doesNotContain("홍길동").doesNotContain("12345678").doesNotContain("1234-5678")
                .doesNotContain("남편과").contains("id=7");
    }
}
