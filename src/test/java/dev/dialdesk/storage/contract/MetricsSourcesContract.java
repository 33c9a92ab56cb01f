package dev.dialdesk.storage.contract;

import static dev.dialdesk.testing.StoreEngine.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dialdesk.domain.PhoneNumber;
import dev.dialdesk.domain.callbacks.BookingRequest;
import dev.dialdesk.domain.callbacks.Callback;
import dev.dialdesk.domain.callbacks.CallbackKind;
import dev.dialdesk.domain.contracts.Contract;
import dev.dialdesk.service.contracts.ContractRules;
import dev.dialdesk.service.contracts.ContractService;
import dev.dialdesk.service.settings.SettingKeys;
import dev.dialdesk.service.settings.Settings;
import dev.dialdesk.service.stats.ContractMetricsSource;
import dev.dialdesk.service.stats.ContractMetricsSource.ContractDay;
import dev.dialdesk.service.stats.ContractMetricsSource.QaCaseState;
import dev.dialdesk.storage.CallbackMetricsSource;
import dev.dialdesk.storage.CallbackMetricsSource.CallbackDay;
import dev.dialdesk.storage.CallbackStore;
import dev.dialdesk.storage.jdbc.JdbcCallbackMetrics;
import dev.dialdesk.storage.jdbc.JdbcCallbackStore;
import dev.dialdesk.storage.jdbc.JdbcContractMetrics;
import dev.dialdesk.storage.jdbc.JdbcContractStore;
import dev.dialdesk.storage.jdbc.JdbcHolidayStore;
import dev.dialdesk.testing.StoreEngine;
import dev.dialdesk.testing.TestClocks;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The callback and contract figures of the dashboard ({@code docs/metrics.md}) read from the
 * {@code callback} and {@code contract} tables, run on every engine for the agent's desk. Tuesday
 * 10 March 2026 in Seoul.
 */
public abstract class MetricsSourcesContract {

    private static final LocalDate TUESDAY = LocalDate.parse("2026-03-10");

    @TempDir
    Path dir;
    private StoreEngine engine;
    private int nextPhone = 5000;

    protected abstract StoreEngine openEngine(Path dir);

    @BeforeEach
    void open() {
        engine = openEngine(dir);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private long lead() {
        return engine.lead(AGENT, PhoneNumber.parse(String.format("010-5151-%04d", nextPhone++), "KR").number());
    }

    private Callback booked(CallbackStore store, int hour) {
        var due = TUESDAY.atTime(hour, 0).atZone(TestClocks.SEOUL);
        return store.insert(Callback.book(new BookingRequest(lead(), AGENT, due, null, "", true, CallbackKind.NORMAL,
                null), engine.clock().instant()), List.of());
    }

    @Test
    void theCallbacksOfTheDayCountDueKeptAndMissedButNotCancelled() {
        CallbackStore store = new JdbcCallbackStore(engine.desk());
        Instant now = engine.clock().instant();
        store.update(booked(store, 11).cancelled("customer texted", now));
        booked(store, 9);
        store.markMissed(AGENT, now, now);
        booked(store, 15);

        CallbackMetricsSource metrics = new JdbcCallbackMetrics(engine.desk());

        assertThat(metrics.daily(TUESDAY, TUESDAY, TestClocks.SEOUL, Optional.of(AGENT)))
                .containsExactly(new CallbackDay(AGENT, TUESDAY, 2, 0, 1));
        assertThat(metrics.daily(TUESDAY.plusDays(1), TUESDAY.plusDays(1), TestClocks.SEOUL, Optional.of(AGENT)))
                .isEmpty();
    }

    @Test
    void aContractCountsOnItsDayAndItsQaCaseIsOpenThenExpiredOnTheDeadlinesLastDay() {
        Settings settings = Settings.inMemory();
        settings.set(SettingKeys.CENTRE_ZONE, TestClocks.SEOUL);
        settings.set(SettingKeys.AGENT_ID, AGENT.value());
        ContractService contracts = new ContractService(new JdbcContractStore(engine.desk()),
                new ContractRules(settings, new JdbcHolidayStore(engine.desk())), engine.clock());
        Contract made = contracts.createFromCall(null, lead(), AGENT, "무배당 종신보험", 35_000,
                engine.clock().instant().minus(Duration.ofMinutes(30)), "AP-1", "");
        Contract open = contracts.requireReRecording(made.id(), "고지의무 설명 누락", TUESDAY, AGENT);
        ContractMetricsSource metrics = new JdbcContractMetrics(engine.desk(), engine.clock());
        Instant from = TUESDAY.atStartOfDay(TestClocks.SEOUL).toInstant();

        assertThat(metrics.daily(TUESDAY, TUESDAY, TestClocks.SEOUL, Optional.of(AGENT)))
                .containsExactly(new ContractDay(AGENT, TUESDAY, 1, 35_000, 0, 0));
        assertThat(metrics.qaCases(from, from.plus(Duration.ofDays(7)), Optional.of(AGENT)))
                .extracting(ContractMetricsSource.QaCase::state).containsExactly(QaCaseState.OPEN);

        engine.clock().advance(Duration.between(engine.clock().instant(), open.qa().deadline()).plusMinutes(1));
        contracts.expireOverdue();
        LocalDate lastDay = open.qa().deadline().minusMillis(1).atZone(TestClocks.SEOUL).toLocalDate();

        assertThat(metrics.qaCases(from, from.plus(Duration.ofDays(7)), Optional.of(AGENT)))
                .extracting(ContractMetricsSource.QaCase::state).containsExactly(QaCaseState.EXPIRED);
        assertThat(metrics.daily(lastDay, lastDay, TestClocks.SEOUL, Optional.of(AGENT)))
                .containsExactly(new ContractDay(AGENT, lastDay, 0, 0, 0, 1));
        assertThat(metrics.contracts(AGENT, from, from.plus(Duration.ofDays(1))))
                .extracting(ContractMetricsSource.ContractLine::qaState).containsExactly("contracts.state.RETURNED");
    }
}
