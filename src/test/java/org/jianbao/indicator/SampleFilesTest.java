package org.jianbao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples/ are what the seeded generator writes: regenerating changes no cell. */
class SampleFilesTest {

    static final Path SAMPLES = Path.of("samples");

    @TempDir
    Path dir;

    @Test
    void committedSamplesMatchTheGenerator() throws Exception {
        SampleDataGenerator.writeSamples(dir);
        List<Path> generated;
        try (Stream<Path> files = Files.list(dir)) {
            generated = files.sorted().toList();
        }
        assertThat(generated).hasSize(5);
        for (Path file : generated) {
            Path committed = SAMPLES.resolve(file.getFileName().toString());
            assertThat(committed).exists();
            if (file.toString().endsWith(".csv")) {
                assertThat(Files.readAllBytes(committed)).as(committed.toString()).isEqualTo(Files.readAllBytes(file));
            } else {
                // .xlsx carries a creation time: compare what the importer reads.
                assertThat(cells(committed)).as(committed.toString()).isEqualTo(cells(file));
            }
        }
    }

    private static List<SheetRow> cells(Path xlsx) throws Exception {
        List<SheetRow> rows = new ArrayList<>();
        new XlsxTableReader().read(xlsx, rows::add);
        return rows;
    }
}
