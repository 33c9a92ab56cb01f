package dev.dialdesk.service.imports;

/** The kinds of lead file Dialdesk reads. */
public enum FileFormat {
    CSV,
    JSON
}
