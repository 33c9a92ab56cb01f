package dev.dialdesk.service.calls;

import dev.dialdesk.domain.PhoneNumber;
import java.nio.file.Path;
import java.util.List;

/** Reads a list of phone numbers (a do-not-call extract) from a file. Implemented in io. */
public interface NumberListReader {

    /**
     * @param numbers       the numbers, normalised, without duplicates, in file order
     * @param rejectedLines 1-based lines that held something that is not a phone number
     * @param charset       the character set the file was read in
     */
    record NumberList(List<PhoneNumber> numbers, List<Integer> rejectedLines, String charset) {
    }

    /**
     * @param region region for numbers written without a country code (e.g. KR)
     * @throws dev.dialdesk.domain.i18n.UserFacingException when the file cannot be read
     */
    NumberList read(Path file, String region);
}
