package dev.dialdesk.io.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places a number by running the command template of the settings ({@code calls.dial.command}), e.g. {@code linphonecsh dial
 * {number}}: split on spaces into program and arguments, {@code {number}} (E.164) and {@code {digits}}
 * (national digits) substituted inside one argument, {@code {ext}} the lead's extension (an argument
 * that is nothing but placeholders and comes out empty is left out). Never through a shell, so a number can never
 * become a second command. The program is started and not waited for.
 */
public final class CommandTemplateDialer implements Dialer {

    private static final Logger LOG = LoggerFactory.getLogger(CommandTemplateDialer.class);

    private final Supplier<String> template;

    /** {@code template}: the command template as the settings hold it now (read at every call). */
    public CommandTemplateDialer(Supplier<String> template) {
        this.template = template;
    }

    @Override
    public DialMethod method() {
        return DialMethod.COMMAND;
    }

    @Override
    public void place(PhoneNumber number) {
        place(number, "");
    }

    @Override
    public void place(PhoneNumber number, String extension) {
        List<String> command = command(template.get(), number, extension);
        try {
            new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            LOG.info("Dial command {} started for {}", command.get(0), number.masked());
        } catch (IOException e) {
            throw new UserFacingException(new Message("calls.error.dialCommand", command.get(0)),
                    "Dial command " + command.get(0) + " failed: " + e.getMessage(), e);
        }
    }

    /** The program and its arguments for {@code number} and its {@code extension} ("" for none). */
    static List<String> command(String template, PhoneNumber number, String extension) {
        List<String> command = new ArrayList<>();
        for (String part : template.strip().split("\\s+")) {
            String argument = part.replace("{number}", number.e164()).replace("{digits}", number.nationalDigits())
                    .replace("{ext}", extension);
            if (!argument.isEmpty()) {
                command.add(argument);
            }
        }
        if (command.isEmpty()) {
            throw new UserFacingException(new Message("calls.error.dialCommandEmpty"), "Dial command template is empty");
        }
        return command;
    }
}
