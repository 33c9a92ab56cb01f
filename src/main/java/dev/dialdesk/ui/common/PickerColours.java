package dev.dialdesk.ui.common;

import com.github.lgooddatepicker.components.DatePickerSettings;
import com.github.lgooddatepicker.components.DatePickerSettings.DateArea;
import com.github.lgooddatepicker.components.TimePickerSettings;
import com.github.lgooddatepicker.components.TimePickerSettings.TimeArea;
import java.awt.Color;
import javax.swing.UIManager;

/**
 * The date and time pickers (LGoodDatePicker) in the colours of the theme: their own defaults are a
 * white calendar and white fields, which glare in the dark theme. Every picker's settings go through
 * here before the picker is made; the colours are read from the look and feel's keys
 * ({@code TextField.background}, {@code List.selectionBackground} …) and Dialdesk's own.
 */
public final class PickerColours {

    private PickerColours() {
    }

    public static DatePickerSettings apply(DatePickerSettings settings) {
        Color field = key("TextField.background");
        Color text = key("TextField.foreground");
        Color panel = key("Panel.background");
        Color label = key("Label.foreground");
        Color selected = key("List.selectionBackground");
        Color hover = key("Button.hoverBackground", "Button.background");
        settings.setColor(DateArea.TextFieldBackgroundValidDate, field);
        settings.setColor(DateArea.TextFieldBackgroundInvalidDate, field);
        settings.setColor(DateArea.TextFieldBackgroundVetoedDate, field);
        settings.setColor(DateArea.TextFieldBackgroundDisallowedEmptyDate, field);
        settings.setColor(DateArea.TextFieldBackgroundDisabled, key("TextField.disabledBackground", "Panel.background"));
        settings.setColor(DateArea.DatePickerTextValidDate, text);
        settings.setColor(DateArea.DatePickerTextInvalidDate, key("Dialdesk.error.foreground", "TextField.foreground"));
        settings.setColor(DateArea.DatePickerTextVetoedDate, key("Dialdesk.muted.foreground", "TextField.foreground"));
        settings.setColor(DateArea.DatePickerTextDisabled, key("Label.disabledForeground", "Label.foreground"));
        for (DateArea area : new DateArea[] {DateArea.BackgroundOverallCalendarPanel,
            DateArea.BackgroundMonthAndYearMenuLabels, DateArea.BackgroundMonthAndYearNavigationButtons,
            DateArea.BackgroundTodayLabel, DateArea.BackgroundClearLabel, DateArea.BackgroundTopLeftLabelAboveWeekNumbers,
            DateArea.CalendarBackgroundNormalDates}) {
            settings.setColor(area, panel);
        }
        for (DateArea area : new DateArea[] {DateArea.TextMonthAndYearMenuLabels,
            DateArea.TextMonthAndYearNavigationButtons, DateArea.TextTodayLabel, DateArea.TextClearLabel,
            DateArea.CalendarTextNormalDates, DateArea.CalendarTextWeekdays, DateArea.CalendarTextWeekNumbers,
            DateArea.TextCalendarPanelLabelsOnHover}) {
            settings.setColor(area, label);
        }
        settings.setColor(DateArea.BackgroundCalendarPanelLabelsOnHover, hover);
        settings.setColor(DateArea.CalendarBackgroundSelectedDate, selected);
        settings.setColor(DateArea.CalendarBorderSelectedDate, key("Component.focusColor", "List.selectionBackground"));
        settings.setColor(DateArea.CalendarBackgroundVetoedDates, key("TextField.disabledBackground", "Panel.background"));
        settings.setColorBackgroundWeekdayLabels(key("TableHeader.background", "Panel.background"), true);
        settings.setColorBackgroundWeekNumberLabels(key("TableHeader.background", "Panel.background"), true);
        return settings;
    }

    public static TimePickerSettings apply(TimePickerSettings settings) {
        Color field = key("TextField.background");
        settings.setColor(TimeArea.TextFieldBackgroundValidTime, field);
        settings.setColor(TimeArea.TextFieldBackgroundInvalidTime, field);
        settings.setColor(TimeArea.TextFieldBackgroundVetoedTime, field);
        settings.setColor(TimeArea.TextFieldBackgroundDisallowedEmptyTime, field);
        settings.setColor(TimeArea.TextFieldBackgroundDisabled, key("TextField.disabledBackground", "Panel.background"));
        settings.setColor(TimeArea.TimePickerTextValidTime, key("TextField.foreground"));
        settings.setColor(TimeArea.TimePickerTextInvalidTime, key("Dialdesk.error.foreground", "TextField.foreground"));
        settings.setColor(TimeArea.TimePickerTextVetoedTime, key("Dialdesk.muted.foreground", "TextField.foreground"));
        settings.setColor(TimeArea.TimePickerTextDisabled, key("Label.disabledForeground", "Label.foreground"));
        return settings;
    }

    private static Color key(String key) {
        return key(key, "Label.foreground");
    }

    /** The theme's colour for {@code key}, else for {@code fallback} (a key every look and feel has). */
    private static Color key(String key, String fallback) {
        Color colour = UIManager.getColor(key);
        return colour != null ? colour : UIManager.getColor(fallback);
    }
}
