package nl.vidcat.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import nl.vidcat.io.ControlCharacters;

/**
 * Everything vidcat prints on standard output and standard error passes here, so no title, file name or sheet cell
 * can send the terminal an escape sequence (retitle it, clear it) or reorder a line with a bidi override: such
 * characters come out as {@code <U+001B>} (see {@link ControlCharacters#escape}). Tab and line ends ({@code \n},
 * {@code \r\n}) pass; a lone {@code \r} is escaped too. JSON output is not changed: Jackson writes these
 * characters as {@code \}{@code u} escapes already. The progress bar writes to the raw stream, not through here.
 */
final class TerminalSafeWriter extends FilterWriter {

    /** A carriage return seen last: whether it ends a line depends on the next character. */
    private boolean pendingCr;

    TerminalSafeWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (pendingCr) {
            pendingCr = false;
            out.write(ch == '\n' ? "\r" : ControlCharacters.escaped('\r'));
        }
        if (ch == '\r') {
            pendingCr = true;
        } else if (ControlCharacters.isControl(ch)) {
            out.write(ControlCharacters.escaped(ch));
        } else {
            out.write(ch);
        }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        for (int i = off; i < end; i++) {
            char c = cbuf[i];
            if (c == '\r' || ControlCharacters.isControl(c) || pendingCr) {
                out.write(cbuf, start, i - start);
                write(c);
                start = i + 1;
            }
        }
        out.write(cbuf, start, end - start);
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        char[] chars = new char[len];
        str.getChars(off, off + len, chars, 0);
        write(chars, 0, len);
    }

    @Override
    public void close() throws IOException {
        if (pendingCr) {
            pendingCr = false;
            out.write(ControlCharacters.escaped('\r'));
        }
        super.close();
    }
}
