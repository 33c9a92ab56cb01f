package dev.dialdesk.service.outbox;

import dev.dialdesk.storage.ServerUnreachableException;
import java.util.function.Supplier;

/** The last answer of a read, given again while the server is away (the centre's dispositions, its holidays). */
final class LastRead<T> {

    private volatile T last;

    /** {@code read}'s answer, remembered; while the server is away the one remembered (none yet: the failure). */
    T of(Supplier<T> read) {
        try {
            T answer = read.get();
            last = answer;
            return answer;
        } catch (ServerUnreachableException away) {
            T known = last;
            if (known == null) {
                throw away;
            }
            return known;
        }
    }
}
