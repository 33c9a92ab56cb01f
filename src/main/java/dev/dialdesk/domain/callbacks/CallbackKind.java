package dev.dialdesk.domain.callbacks;

/** What a callback is for. Re-recording callbacks (QA 보완녹취) come before all others in the queue. */
public enum CallbackKind {
    NORMAL,
    RE_RECORDING
}
