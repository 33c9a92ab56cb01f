package dev.dialdesk.io.calls;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.i18n.Message;
import dev.dialdesk.domain.i18n.UserFacingException;
import dev.dialdesk.service.calls.CallSettingKeys;
import dev.dialdesk.service.calls.DialMethod;
import dev.dialdesk.service.calls.Dialer;
import dev.dialdesk.service.settings.Settings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places a number by running the command template of the settings, e.g. {@code linphonecsh dial
 * {number}}: split on spaces into program and arguments, {@code {number}} (E.164) and {@code {digits}}
 * (national digits) substituted inside one argument. Never through a shell, so a number can never
 * become a second command. The program is started and not waited for.
 */
public final class CommandTemplateDialer implements Dialer {

    private static final Logger LOG = LoggerFactory.getLogger(CommandTemplateDialer.class);

    private final Settings settings;

    public CommandTemplateDialer(Settings settings) {
        this.settings = settings;
    }

    @Override
    public DialMethod method() {
        return DialMethod.COMMAND;
    }

    @Override
    public void place(PhoneNumber number) {
        List<String> command = command(settings.get(CallSettingKeys.DIAL_COMMAND), number);
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

    /** The program and its arguments for {@code number}. */
    static List<String> command(String template, PhoneNumber number) {
        List<String> command = new ArrayList<>();
        for (String part : template.strip().split("\\s+")) {
            if (!part.isEmpty()) {
                command.add(part.replace("{number}", number.e164()).replace("{digits}", number.nationalDigits()));
            }
        }
        if (command.isEmpty()) {
            throw new UserFacingException(new Message("calls.error.dialCommandEmpty"), "Dial command template is empty");
        }
        return command;
    }
}
