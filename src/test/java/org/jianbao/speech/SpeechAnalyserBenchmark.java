package org.jianbao.speech;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A 5 MB speech (the seed repeated) read from disk and analysed. Run with
 * {@code mvn -o test-compile exec:java} or from an IDE: {@code org.openjdk.jmh.Main SpeechAnalyserBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class SpeechAnalyserBenchmark {

    private final SpeechAnalyser analyser = new SpeechAnalyser();
    private final SpeechKeywords keywords = new SpeechKeywords();
    private Path file;
    private Speech speech;

    @Setup
    public void writeFiveMegabytes() throws IOException {
        String seed = Files.readString(Path.of("seeds/speech-third-plenum-county.txt"));
        StringBuilder text = new StringBuilder();
        while (text.length() * 3 < 5 * 1024 * 1024) {
            text.append(seed).append('\n');
        }
        file = Files.createTempFile("speech-5mb", ".txt");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        speech = analyser.analyse(file);
    }

    @TearDown
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public Speech analyseFiveMegabytes() {
        return analyser.analyse(file);
    }

    @Benchmark
    public Object keywordsOfFiveMegabytes() {
        return keywords.top(speech, 10);
    }
}
