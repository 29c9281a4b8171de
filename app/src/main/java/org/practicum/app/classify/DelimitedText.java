package org.practicum.app.classify;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV (RFC 4180: quoted fields, doubled quotes, newlines inside quotes) or plain TSV into
 * records. Written here because the data files need only this much and a parser dependency for one
 * eval command would be heavier than the code.
 */
final class DelimitedText {

    private DelimitedText() {}

    static List<List<String>> parse(Reader in, char delimiter, boolean quoted) throws IOException {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean fieldStarted = false;
        int ch;
        while ((ch = in.read()) != -1) {
            char c = (char) ch;
            if (inQuotes) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    field.append(c);
                }
            } else if (quoted && c == '"' && field.length() == 0) {
                inQuotes = true;
                fieldStarted = true;
            } else if (c == delimiter) {
                record.add(field.toString());
                field.setLength(0);
                fieldStarted = true;
            } else if (c == '\n') {
                endRecord(records, record, field, fieldStarted);
                record = new ArrayList<>();
                fieldStarted = false;
            } else if (c != '\r') {
                field.append(c);
                fieldStarted = true;
            }
        }
        if (inQuotes) {
            throw new IOException("file ends inside a quoted field");
        }
        endRecord(records, record, field, fieldStarted);
        return records;
    }

    private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean started) {
        if (!started && record.isEmpty() && field.length() == 0) {
            return;
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
    }
}
