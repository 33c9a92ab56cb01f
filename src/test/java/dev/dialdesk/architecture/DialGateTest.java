package dev.dialdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.service.calls.CallService;
import dev.dialdesk.service.calls.Dialer;
import org.junit.jupiter.api.Test;

/**
 * Do-not-call everywhere: a number is placed only by {@link CallService}, behind its gate, so the
 * queue, the lead table, search, the detail panel and the command line cannot go around it.
 */
class DialGateTest {

    @Test
    void onlyTheCallServicePlacesNumbers() {
        // Dialer's own two-argument place (number and extension) hands the number on to the one-argument
        // place of a dialer that cannot dial an extension: that is the dialer, not a way around the gate.
        noClasses().that().doNotHaveFullyQualifiedName(CallService.class.getName())
                .and().doNotHaveFullyQualifiedName(Dialer.class.getName())
                .should().callMethod(Dialer.class, "place", PhoneNumber.class)
                .orShould().callMethod(Dialer.class, "place", PhoneNumber.class, String.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dialdesk"));
    }
}
