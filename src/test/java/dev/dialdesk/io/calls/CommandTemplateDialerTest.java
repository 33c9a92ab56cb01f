package dev.dialdesk.io.calls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The dial command is a program and arguments, never a shell line: the number is one argument. */
class CommandTemplateDialerTest {

    @Test
    void theNumberIsSubstitutedAsOneArgument() {
        PhoneNumber number = PhoneNumber.parse("010-1234-5678", "KR").number();
        assertThat(CommandTemplateDialer.command("linphonecsh dial {number}", number, ""))
                .containsExactly("linphonecsh", "dial", "+821012345678");
        assertThat(CommandTemplateDialer.command("  softphone   --call sip:{digits}@pbx.local ", number, ""))
                .containsExactly("softphone", "--call", "sip:01012345678@pbx.local");
    }

    @Test
    void theExtensionGoesWhereTheTemplateSaysExtAndAnEmptyExtensionLeavesNoEmptyArgument() {
        PhoneNumber number = PhoneNumber.parse("02-123-4567", "KR").number();
        assertThat(CommandTemplateDialer.command("softphone --call {number} --dtmf {ext}", number, "205"))
                .containsExactly("softphone", "--call", "+8221234567", "--dtmf", "205");
        assertThat(CommandTemplateDialer.command("softphone --call {number} {ext}", number, ""))
                .containsExactly("softphone", "--call", "+8221234567");
    }
}
