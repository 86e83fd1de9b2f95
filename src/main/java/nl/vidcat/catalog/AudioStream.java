package nl.vidcat.catalog;

public record AudioStream(String codec, int channels, int sampleRate) {
}
