package nl.vidcat.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** Top-level MP4/QuickTime boxes, read from the headers only (a few reads, whatever the file size). */
public final class Mp4Boxes {

    private Mp4Boxes() {
    }

    /** Types of the top-level boxes in file order, e.g. [ftyp, moov, mdat]. */
    public static List<String> topLevel(Path file) throws IOException {
        List<String> types = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            long pos = 0;
            ByteBuffer head = ByteBuffer.allocate(16);
            while (pos + 8 <= size && types.size() < 1000) {
                head.clear();
                ch.read(head, pos);
                head.flip();
                if (head.remaining() < 8) {
                    break;
                }
                long boxSize = Integer.toUnsignedLong(head.getInt());
                byte[] t = new byte[4];
                head.get(t);
                types.add(new String(t, StandardCharsets.ISO_8859_1));
                if (boxSize == 1 && head.remaining() >= 8) {
                    boxSize = head.getLong();
                } else if (boxSize == 0) {
                    boxSize = size - pos;
                }
                if (boxSize < 8) {
                    break; // damaged header: stop rather than loop
                }
                pos += boxSize;
            }
        }
        return types;
    }

    /** True when the index (moov) comes before the media data, so playback can start before the download ends. */
    public static boolean faststart(Path file) throws IOException {
        List<String> t = topLevel(file);
        int moov = t.indexOf("moov");
        int mdat = t.indexOf("mdat");
        return moov >= 0 && (mdat < 0 || moov < mdat);
    }
}
