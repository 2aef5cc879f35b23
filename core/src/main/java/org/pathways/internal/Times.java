package org.pathways.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the instants and dates of the wire format. The form this library writes,
 * {@code 2026-03-02T15:00:00Z} with an optional fraction of a second, is read directly, about ten
 * times faster than {@link Instant#parse}, which builds a formatter for every call; anything else
 * (an offset, a leap second, an impossible date, a malformed string) is left to {@link Instant#parse}
 * and {@link LocalDate#parse}, so what is accepted and what is refused is exactly what they decide.
 */
public final class Times {
    private Times() {}

    /**
     * Reads an ISO-8601 instant, as {@link Instant#parse} does.
     *
     * @param s the text
     * @return the instant
     * @throws java.time.format.DateTimeParseException as {@link Instant#parse} does
     */
    public static Instant instant(String s) {
        int n = s.length();
        if (n >= 20
                && n <= 30
                && s.charAt(10) == 'T'
                && s.charAt(n - 1) == 'Z'
                && s.charAt(13) == ':'
                && s.charAt(16) == ':') {
            long epochDay = epochDay(s);
            int hour = digits(s, 11, 13);
            int minute = digits(s, 14, 16);
            int second = digits(s, 17, 19);
            int nanos = n == 20 ? 0 : fraction(s, 19, n - 1);
            if (epochDay != Long.MIN_VALUE
                    && hour >= 0
                    && hour <= 23
                    && minute >= 0
                    && minute <= 59
                    && second >= 0
                    && second <= 59
                    && nanos >= 0) {
                return Instant.ofEpochSecond(epochDay * 86_400 + hour * 3_600 + minute * 60 + second, nanos);
            }
        }
        return Instant.parse(s);
    }

    /**
     * Reads an ISO-8601 date, as {@link LocalDate#parse} does.
     *
     * @param s the text
     * @return the date
     * @throws java.time.format.DateTimeParseException as {@link LocalDate#parse} does
     */
    public static LocalDate date(String s) {
        if (s.length() == 10) {
            long epochDay = epochDay(s);
            if (epochDay != Long.MIN_VALUE) {
                return LocalDate.ofEpochDay(epochDay);
            }
        }
        return LocalDate.parse(s);
    }

    /** The day of {@code yyyy-mm-dd} at the start of {@code s}, or {@link Long#MIN_VALUE} if it is not one. */
    private static long epochDay(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-') {
            return Long.MIN_VALUE;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 + extraDays(year, month)) {
            return Long.MIN_VALUE;
        }
        return LocalDate.of(year, month, day).toEpochDay();
    }

    private static int extraDays(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 1 : 0;
            case 4, 6, 9, 11 -> 2;
            default -> 3;
        };
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1 if any is not a digit. */
    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    /** The nanoseconds of {@code .ddd} from {@code from} (the dot) to {@code to}: 1 to 9 digits, or -1. */
    private static int fraction(String s, int from, int to) {
        int count = to - from - 1;
        if (s.charAt(from) != '.' || count < 1 || count > 9) {
            return -1;
        }
        int v = digits(s, from + 1, to);
        if (v < 0) {
            return -1;
        }
        for (int i = count; i < 9; i++) {
            v *= 10;
        }
        return v;
    }

    /** The last second of 9999-12-31, the end of the years written with four digits. */
    private static final long MAX_FOUR_DIGIT_YEAR = 253_402_300_799L;

    /**
     * Writes an instant as {@link Instant#toString} does, {@code 2026-03-02T15:00:00Z} with the
     * fraction of a second in groups of three digits when there is one, into {@code out} (at least
     * 40 characters), without a formatter; an instant outside the years 0000 to 9999 is written by
     * {@link Instant#toString}.
     *
     * @return the number of characters written
     */
    public static int write(Instant t, char[] out) {
        long seconds = t.getEpochSecond();
        if (seconds < -62_167_219_200L || seconds > MAX_FOUR_DIGIT_YEAR) {
            String s = t.toString();
            s.getChars(0, s.length(), out, 0);
            return s.length();
        }
        long day = Math.floorDiv(seconds, 86_400);
        int second = (int) Math.floorMod(seconds, 86_400);
        LocalDate date = LocalDate.ofEpochDay(day);
        digits(out, 0, date.getYear(), 4);
        out[4] = '-';
        digits(out, 5, date.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, date.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, second / 3_600, 2);
        out[13] = ':';
        digits(out, 14, second / 60 % 60, 2);
        out[16] = ':';
        digits(out, 17, second % 60, 2);
        int n = 19;
        int nanos = t.getNano();
        if (nanos > 0) {
            out[n++] = '.';
            if (nanos % 1_000_000 == 0) {
                digits(out, n, nanos / 1_000_000, 3);
                n += 3;
            } else if (nanos % 1_000 == 0) {
                digits(out, n, nanos / 1_000, 6);
                n += 6;
            } else {
                digits(out, n, nanos, 9);
                n += 9;
            }
        }
        out[n++] = 'Z';
        return n;
    }

    /** Writes {@code v} in {@code count} decimal digits, with leading zeros. */
    private static void digits(char[] out, int at, int v, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            out[i] = (char) ('0' + v % 10);
            v /= 10;
        }
    }
}
