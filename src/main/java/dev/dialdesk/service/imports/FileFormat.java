package dev.dialdesk.service.imports;

/** The kinds of lead file Dialdesk reads, told by their content and their name together. */
public enum FileFormat {
    /** Comma, semicolon or tab separated text (also Excel's "Unicode Text"). */
    CSV,
    /** A JSON array of objects, {@code {"leads": [...]}} or JSON Lines. */
    JSON,
    /** An Excel 2007+ workbook, read streaming. */
    XLSX,
    /** An Excel 97-2003 workbook (BIFF8). */
    XLS,
    /** An HTML table saved as {@code .xls} (the web admin's "Excel download"). */
    HTML
}
