package org.backcare.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.backcare.clients.RecordDates;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option (--start, --date, --as-of, --consent-date) as an ISO date, saying what is expected. */
final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
        try {
            return RecordDates.parse(value);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not " + RecordDates.RULE + ", for example 2026-12-01");
        }
    }
}
