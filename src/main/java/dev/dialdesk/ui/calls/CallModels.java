package dev.dialdesk.ui.calls;

/** The call panel's view models: plain texts and tones, formatted by the presenter. */
public final class CallModels {

    private CallModels() {
    }

    /** How loud a text is; the panel maps it to a theme colour. */
    public enum Tone {
        NORMAL,
        OK,
        WARNING,
        ERROR
    }

    /** An outcome button: its number key, its code and its label. */
    public record DispositionChoice(int position, String code, String label) {
    }

    /**
     * The lead on screen.
     *
     * @param source    which part of the queue offered it, or "opened from the list"
     * @param hours     the calling-hours state now (the Saturday warning, a closed day)
     * @param hoursTone {@link Tone#WARNING} on Saturday, {@link Tone#ERROR} when calling is closed
     * @param caution   for a lead opened from the list: why the queue would not offer it now, or null;
     *                  {@link Tone#ERROR} when the dial gate will refuse it (do-not-call, another agent's)
     */
    public record LeadCard(String name, String phone, String status, String attempts, String batch,
                           String notes, String source, String hours, Tone hoursTone, String caution,
                           Tone cautionTone) {
    }

    /** One earlier call of the lead. */
    public record HistoryRow(String when, String outcome, String duration, String note) {
    }

    /** A message in the call panel. */
    public record Notice(Tone tone, String text) {
    }

    /** The shift panel's figures, formatted. */
    public record ShiftFigures(String dials, String contacts, String contactRate, String talkTime,
                               String contracts, String premium, String daysWithoutContract,
                               Tone daysWithoutContractTone) {
    }
}
