package dev.dialdesk.service.cases;

/**
 * Writes plain JSON values (maps, lists, strings, numbers, booleans, null) as indented JSON text: the
 * command line's {@code --json} output of cases, the inbox and the queue (Jackson, in {@code io}).
 */
@FunctionalInterface
public interface PlainJson {

    String write(Object value);
}
