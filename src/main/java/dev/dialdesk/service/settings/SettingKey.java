package dev.dialdesk.service.settings;

import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * A typed user setting: its name in the settings file, how to read and write it, and its default.
 * Every setting is declared once, in {@link SettingKeys}.
 */
public final class SettingKey<T> {

    private final String name;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;

    private SettingKey(String name, T defaultValue, Function<String, T> parser, Function<T, String> formatter) {
        this.name = Objects.requireNonNull(name);
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.formatter = formatter;
    }

    public static SettingKey<String> string(String name, String defaultValue) {
        return new SettingKey<>(name, defaultValue, Function.identity(), Function.identity());
    }

    public static SettingKey<Integer> integer(String name, int defaultValue) {
        return new SettingKey<>(name, defaultValue, text -> Integer.valueOf(text.strip()), String::valueOf);
    }

    public static SettingKey<Boolean> bool(String name, boolean defaultValue) {
        return new SettingKey<>(name, defaultValue, SettingKey::strictBoolean, String::valueOf);
    }

    public static SettingKey<ZoneId> zone(String name, ZoneId defaultValue) {
        return new SettingKey<>(name, defaultValue, text -> ZoneId.of(text.strip()), ZoneId::getId);
    }

    public static <E extends Enum<E>> SettingKey<E> enumeration(String name, Class<E> type, E defaultValue) {
        return new SettingKey<>(name, defaultValue, text -> constant(type, text), Enum::name);
    }

    /** The constant named {@code text} in any case ({@code "uri"} is {@code URI}); anything else is refused. */
    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
        String wanted = text.strip();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("not one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }

    /** {@code true} or {@code false} in any case; {@code "yes"} is refused, not read as false. */
    private static Boolean strictBoolean(String text) {
        String wanted = text.strip();
        if (wanted.equalsIgnoreCase("true") || wanted.equalsIgnoreCase("false")) {
            return Boolean.valueOf(wanted);
        }
        throw new IllegalArgumentException("not true or false");
    }

    public String name() {
        return name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    T parse(String text) {
        return parser.apply(text);
    }

    String format(T value) {
        return formatter.apply(value);
    }

    @Override
    public String toString() {
        return name;
    }
}
