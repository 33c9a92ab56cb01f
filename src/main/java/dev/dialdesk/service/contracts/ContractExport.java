package dev.dialdesk.service.contracts;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes contracts as JSON for scripts (the io layer implements it with Jackson). */
@FunctionalInterface
public interface ContractExport {

    void writeJson(List<ContractSummary> contracts, OutputStream out) throws IOException;
}
