package org.qnet.events.registration.web;

import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 4180 CSV of an attendee list. A cell that starts like a formula is prefixed with an apostrophe,
 * so that a name such as "=HYPERLINK(...)" is shown, not run, when the organiser opens the file.
 */
final class AttendeeCsv {

    static final List<String> HEADER = List.of("status", "waitlist position", "name", "email", "attended", "registered at");

    private AttendeeCsv() {
    }

    static String of(List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(HEADER));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(AttendeeCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                ? "\"" + safe.replace("\"", "\"\"") + "\""
                : safe;
    }
}
