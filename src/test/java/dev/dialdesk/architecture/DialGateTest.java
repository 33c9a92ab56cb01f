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
        noClasses().that().doNotHaveFullyQualifiedName(CallService.class.getName())
                .should().callMethod(Dialer.class, "place", PhoneNumber.class)
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("dev.dialdesk"));
    }
}
