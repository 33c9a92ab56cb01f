package dev.dialdesk.domain.cases;

import dev.dialdesk.domain.PhoneNumber;
import java.time.Instant;
import java.util.Objects;

/** A missed call (부재중 전화): who called and when; done once a call to the number is logged. */
public record MissedCall(long id, PhoneNumber phone, Instant at, String name, Source source, Instant doneAt,
                         long version) {

    /** How it reached Dialdesk. */
    public enum Source { EXPORT, TYPED, SMS }

    public MissedCall {
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(source, "source");
        name = name == null ? "" : name.strip();
    }

    public static MissedCall of(PhoneNumber phone, Instant at, String name, Source source) {
        return new MissedCall(0, phone, at, name, source, null, 1);
    }

    @Override
    public String toString() {
        return "MissedCall[id=" + id + ", phone=" + phone.masked() + ", at=" + at + ", " + source + "]";
    }
}
