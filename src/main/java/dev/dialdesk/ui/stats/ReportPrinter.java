package dev.dialdesk.ui.stats;

import java.awt.print.PrinterException;
import javax.swing.JTable;

/** Prints the morning report's table; behind an interface so that tests never print. */
@FunctionalInterface
public interface ReportPrinter {

    /** Shows the desktop's print dialog and prints; false when the user cancelled. */
    boolean print(JTable table, String header, String footer) throws PrinterException;

    /** The desktop's printing (java.awt.print through {@link JTable#print}), one page wide. */
    ReportPrinter DESKTOP = (table, header, footer) -> table.print(JTable.PrintMode.FIT_WIDTH,
            new java.text.MessageFormat(header.replace("'", "''")), new java.text.MessageFormat(footer));
}
