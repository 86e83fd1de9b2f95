package nl.vidcat.model;

public record AudioStream(String codec, int channels, int sampleRate) {
}
