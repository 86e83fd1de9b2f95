package nl.vidcat.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.vidcat.io.ControlCharacters;

/**
 * A thin layer over {@link XMLStreamWriter} that indents (so exports diff well) and cleans text: the JDK writer
 * escapes {@code & < >} and quotes in attributes, but passes control characters through, which would make the
 * document ill-formed. Every text and attribute value goes through {@link #clean}.
 */
public final class XmlOut implements AutoCloseable {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final String INDENT = "  ";

    private final XMLStreamWriter w;
    private final java.io.Writer out;
    /** The UTF-8 bytes {@code out} encodes into, for {@link #raw} to copy bytes to. */
    private final java.io.OutputStream encoded;
    private int depth;
    private boolean hadChild;

    /** Writes to {@code out}, which encodes the text as UTF-8 (the declaration says so) into {@code encoded}. */
    private XmlOut(java.io.Writer out, java.io.OutputStream encoded) {
        this.out = out;
        this.encoded = encoded;
        try {
            w = FACTORY.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot create XML writer", e);
        }
    }

    /**
     * Removes characters XML 1.0 cannot carry (C0 controls except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) and the
     * invisible ones that change how text shows (DEL, C1, bidi overrides and isolates).
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (sb != null) {
                        sb.append(c).append(s.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            // DEL, C1 and bidi characters are legal XML but no text of ours needs them (see ControlCharacters)
            boolean control = ok && c >= 0x7F && ControlCharacters.isControl(c);
            if ((!ok || control) && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null && !control) {
                // a removed C0 control character usually stood between words
                sb.append(ok ? c : ' ');
            }
        }
        return sb == null ? s : sb.toString();
    }

    public XmlOut namespace(String prefix, String uri) {
        try {
            if (prefix.isEmpty()) {
                w.writeDefaultNamespace(uri);
            } else {
                w.writeNamespace(prefix, uri);
            }
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    public void prefix(String prefix, String uri) {
        try {
            if (prefix.isEmpty()) {
                w.setDefaultNamespace(uri);
            } else {
                w.setPrefix(prefix, uri);
            }
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    /** Starts an element in namespace {@code ns} (its prefix must have been bound with {@link #prefix}). */
    public XmlOut start(String ns, String name) {
        try {
            newline();
            String p = w.getPrefix(ns);
            w.writeStartElement(p == null ? "" : p, name, ns);
            depth++;
            hadChild = false;
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    public XmlOut attr(String name, String value) {
        try {
            w.writeAttribute(name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    XmlOut attr(String prefix, String ns, String name, String value) {
        try {
            w.writeAttribute(prefix, ns, name, clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    public XmlOut text(String value) {
        try {
            w.writeCharacters(clean(value));
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    public XmlOut end() {
        try {
            depth--;
            if (hadChild) {
                newline();
            }
            w.writeEndElement();
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    /**
     * Copies {@code utf8[from, to)}, a well-formed fragment in UTF-8 written by this class at the current depth (an
     * element's content taken from an exported file), as it is: the live OAI-PMH endpoint serves the export's
     * metadata without decoding, parsing and writing it again. Its namespace prefixes must be bound where it lands.
     */
    public XmlOut raw(byte[] utf8, int from, int to) {
        int end = to;
        while (end > from && (utf8[end - 1] == ' ' || utf8[end - 1] == '\n' || utf8[end - 1] == '\r'
                || utf8[end - 1] == '\t')) {
            end--;
        }
        try {
            w.writeCharacters(""); // closes a pending start tag
            w.flush();
            out.flush();
            encoded.write(utf8, from, end - from);
            hadChild = true;
            return this;
        } catch (XMLStreamException e) {
            throw fail(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <name>text</name>} in one call. */
    public XmlOut leaf(String ns, String name, String value) {
        return start(ns, name).text(value).end();
    }

    private void newline() throws XMLStreamException {
        w.writeCharacters("\n" + INDENT.repeat(depth));
        hadChild = true;
    }

    @Override
    public void close() {
        try {
            w.writeEndDocument();
            w.writeCharacters("\n");
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw fail(e);
        }
    }

    /**
     * A whole UTF-8 document. The JDK writer writes text to a buffered encoder, not bytes: its byte-wise stream path
     * is several times slower, and a whole document built as a String first costs a second pass to encode it.
     */
    public static byte[] bytes(java.util.function.Consumer<XmlOut> body) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
        java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8);
        try (XmlOut x = new XmlOut(out, bytes)) {
            body.accept(x);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static RuntimeException fail(XMLStreamException e) {
        if (e.getCause() instanceof IOException io) {
            return new UncheckedIOException(io);
        }
        return new IllegalStateException("XML writer failed: " + e.getMessage(), e);
    }
}
