package nl.vidcat.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How many at once, for every option that says so ({@code -j/--jobs}, {@code run}'s {@code --ingest-jobs} and
 * {@code --media-jobs}): a whole number of 1 or more, checked here and nowhere else, so every command rejects a bad
 * value with the same message (picocli names the option in front of it) and exit code 2.
 */
final class Jobs implements ITypeConverter<Integer> {

    @Override
    public Integer convert(String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
        if (n < 1) {
            throw new TypeConversionException("must be 1 or more, not " + n);
        }
        return n;
    }
}
