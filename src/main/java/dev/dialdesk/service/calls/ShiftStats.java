package dev.dialdesk.service.calls;

import java.time.Duration;
import java.time.LocalDate;

/**
 * The shift panel's numbers for one agent and day, computed from the call log.
 *
 * @param contactRate        contacts / dials, 0 when there were no dials
 * @param premiumWon         monthly premium sold (0 until contracts exist)
 * @param daysWithoutContract working days (days with dials) before today since the last contract
 */
public record ShiftStats(LocalDate day, int dials, int contacts, double contactRate, Duration talkTime,
                         int contracts, long premiumWon, int daysWithoutContract) {
}
