package nl.vidcat.index;

import java.nio.ByteBuffer;
import java.util.List;
import nl.vidcat.index.SubtitleCues.Cue;

/**
 * Where each cue's text starts in the indexed subtitle field and when it is said, stored beside the text so a
 * highlighted passage can be given its timestamp. Layout: per cue three ints (text offset, start ms, end ms).
 */
final class CueTable {

    private final int[] data;

    private CueTable(int[] data) {
        this.data = data;
    }

    /** The subtitle field text: cue texts joined by '\n', which is also the highlighter's passage boundary. */
    static String text(List<Cue> cues) {
        StringBuilder sb = new StringBuilder();
        for (Cue c : cues) {
            if (!sb.isEmpty()) {
                sb.append('\n');
            }
            sb.append(c.text().replace('\n', ' '));
        }
        return sb.toString();
    }

    static byte[] encode(List<Cue> cues) {
        ByteBuffer buf = ByteBuffer.allocate(cues.size() * 12);
        int offset = 0;
        for (Cue c : cues) {
            buf.putInt(offset).putInt((int) Math.min(Integer.MAX_VALUE, c.startMs()))
                    .putInt((int) Math.min(Integer.MAX_VALUE, c.endMs()));
            offset += c.text().length() + 1;
        }
        return buf.array();
    }

    static CueTable decode(byte[] bytes, int offset, int length) {
        ByteBuffer buf = ByteBuffer.wrap(bytes, offset, length);
        int[] data = new int[length / 4];
        for (int i = 0; i < data.length; i++) {
            data[i] = buf.getInt();
        }
        return new CueTable(data);
    }

    /** The cue containing character {@code offset} of the subtitle text, as [startMs, endMs]; null if none. */
    long[] timesAt(int offset) {
        int n = data.length / 3;
        int lo = 0;
        int hi = n - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (data[mid * 3] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? null : new long[]{data[found * 3 + 1], data[found * 3 + 2]};
    }
}
