package dev.dialdesk.ui.contracts;

import dev.dialdesk.ui.common.PickerColours;
import com.github.lgooddatepicker.components.DatePicker;
import com.github.lgooddatepicker.components.DatePickerSettings;
import com.github.lgooddatepicker.components.TimePicker;
import com.github.lgooddatepicker.components.TimePickerSettings;
import dev.dialdesk.domain.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.OptionalLong;

/** Field factories and parsing shared by the contract dialogs. */
final class Fields {

    private Fields() {
    }

    /** @param today the app's clock in the centre's zone: the calendar's "today" (never the computer's date) */
    static DatePicker date(Messages messages, java.time.Clock today, LocalDate value) {
        DatePickerSettings settings = new DatePickerSettings(messages.locale());
        settings.setFormatForDatesCommonEra("yyyy-MM-dd");
        settings.setClock(today);
        DatePicker picker = new DatePicker(PickerColours.apply(settings));
        picker.setDate(value);
        return picker;
    }

    static TimePicker time(Messages messages, LocalTime value) {
        TimePickerSettings settings = new TimePickerSettings(messages.locale());
        settings.setFormatForDisplayTime("HH:mm");
        settings.setFormatForMenuTimes("HH:mm");
        TimePicker picker = new TimePicker(PickerColours.apply(settings));
        picker.setTime(value.withSecond(0).withNano(0));
        return picker;
    }

    /** "35,000", "₩35000", "35 000" → 35000; empty when it is not a whole number. */
    static OptionalLong won(String text) {
        String digits = text == null ? "" : text.replaceAll("[\\s,₩원]", "");
        if (!digits.matches("\\d{1,12}")) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(digits));
    }

    static Optional<Integer> age(String text) {
        String digits = text == null ? "" : text.strip();
        return digits.matches("\\d{1,3}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
