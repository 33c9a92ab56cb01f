package dev.dialdesk.service.calls;

/** How the number is placed once the gate let the call through. Stored by name. */
public enum DialMethod {
    /** Copy the number for a desk phone (the default). Implemented by the window. */
    CLIPBOARD,
    /** Open a tel: or sip: URI with the desktop's handler (softphones). Implemented by the window. */
    URI,
    /** Run a command template such as {@code linphonecsh dial {number}}. */
    COMMAND
}
