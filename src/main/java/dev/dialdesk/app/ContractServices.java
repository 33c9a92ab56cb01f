package dev.dialdesk.app;

import dev.dialdesk.service.outbox.Outbox;
import dev.dialdesk.cli.Command;
import dev.dialdesk.cli.ContractsCommand;
import dev.dialdesk.domain.i18n.Messages;
import dev.dialdesk.io.contracts.JsonContractExport;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcDatabase;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

/**
 * Contracts and QA deadlines, built once by the {@link CompositionRoot}. Building it writes nothing
 * (a read-only command such as {@code dialdesk contracts} never changes the database); the window
 * runs {@link ContractService#startUp()} (the desk's open QA cases whose deadline passed while the
 * program was closed are returned) off the event thread, where it waits for the database.
 */
public final class ContractServices {

    private final ContractService service;

    public ContractServices(JdbcDatabase database, Settings settings, Clock clock) {
        this(database, settings, clock, Outbox.none());
    }

    /** With the desk's outbox (team server): a contract entered while the server is away is kept and sent later. */
    public ContractServices(JdbcDatabase database, Settings settings, Clock clock, Outbox outbox) {
        this.service = new ContractService(outbox.contracts(new JdbcContractStore(database)),
                new ContractRules(settings, outbox.holidays(new JdbcHolidayStore(database))), clock);
    }

    public ContractService service() {
        return service;
    }

    static List<Command> commands(Supplier<ContractServices> contracts, Messages messages) {
        return List.of(new ContractsCommand(() -> contracts.get().service(), new JsonContractExport(), messages));
    }
}
