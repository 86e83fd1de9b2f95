package nl.vidcat.model;

/**
 * @param rotation clockwise degrees from the display matrix (0, 90, 180, 270) that a player must apply
 * @param variableFrameRate true when the container signals a variable frame rate (phone clips, screen recordings)
 */
public record VideoStream(
        String codec,
        String profile,
        int width,
        int height,
        double fps,
        int bitDepth,
        String pixelFormat,
        int rotation,
        boolean variableFrameRate) {

    /** Width and height as a viewer sees them, after rotation. */
    public int displayWidth() {
        return rotation % 180 == 0 ? width : height;
    }

    public int displayHeight() {
        return rotation % 180 == 0 ? height : width;
    }
}
