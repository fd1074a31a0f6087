package org.jianbao.distribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.jianbao.generation.DocumentKind;

class FolderChannelTest {

    @TempDir
    Path dir;

    private Outgoing document(String name, String content) throws Exception {
        Path docx = Files.writeString(Files.createDirectories(dir.resolve("output")).resolve(name), content);
        Path pdf = Files.writeString(dir.resolve("output").resolve(name.replace(".docx", ".pdf")), "pdf " + content);
        return new Outgoing(1, DocumentKind.BRIEFING, "示范区", YearMonth.of(2026, 10), docx, pdf, false, null, null, null);
    }

    @Test
    void copiesIntoThePeriodFolderAndKeepsADifferentFileUnderTheName() throws Exception {
        Path share = dir.resolve("share/经发局");
        Path target = share.resolve("2026-10/简报-第1期.docx");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "a colleague's own file");
        Outgoing doc = document("简报-第1期.docx", "generated");

        String outcome = new FolderChannel(false).deliver(new Parcel("经发局", share.toString(), List.of(doc), null));

        Path numbered = share.resolve("2026-10/简报-第1期（2）.docx");
        assertThat(outcome).isEqualTo(numbered.toString());
        assertThat(target).hasContent("a colleague's own file");
        assertThat(numbered).hasContent("generated");
        assertThat(Files.list(share.resolve("2026-10"))).hasSize(2); // no temporary file left

        // The same document again (a repeated attempt) is recognised, not copied a third time.
        assertThat(new FolderChannel(false).deliver(new Parcel("经发局", share.toString(), List.of(doc), null)))
                .isEqualTo(numbered.toString());
        assertThat(Files.list(share.resolve("2026-10"))).hasSize(2);
    }

    @Test
    void copiesThePdfTooWhenConfigured() throws Exception {
        Outgoing doc = document("简报.docx", "generated");
        new FolderChannel(true).deliver(new Parcel("科技局", dir.resolve("share").toString(), List.of(doc), null));
        assertThat(dir.resolve("share/2026-10/简报.pdf")).hasContent("pdf generated");
    }

    @Test
    void aReadOnlyFolderIsAPermanentFailureNamingTheCause() throws Exception {
        assumeTrue(!"root".equals(System.getProperty("user.name")), "root writes into read-only folders");
        Path share = Files.createDirectories(dir.resolve("readonly/2026-10"));
        Files.setPosixFilePermissions(share, PosixFilePermissions.fromString("r-xr-xr-x"));
        Outgoing doc = document("简报.docx", "generated");

        assertThatThrownBy(() -> new FolderChannel(false).deliver(
                new Parcel("科技局", dir.resolve("readonly").toString(), List.of(doc), null)))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("permission denied")
                .satisfies(e -> assertThat(((DeliveryFailure) e).isPermanent()).isTrue());
    }

    @Test
    void aFolderThatCannotBeCreatedIsAPermanentFailureNamingTheCause() throws Exception {
        // Runs for every user, root included: a file stands where the period folder belongs.
        Path share = Files.createDirectories(dir.resolve("blocked"));
        Files.writeString(share.resolve("2026-10"), "not a folder");
        Outgoing doc = document("简报.docx", "generated");

        assertThatThrownBy(() -> new FolderChannel(false).deliver(new Parcel("科技局", share.toString(), List.of(doc), null)))
                .isInstanceOf(DeliveryFailure.class)
                .hasMessageContaining("cannot write to " + share.resolve("2026-10"))
                .satisfies(e -> assertThat(((DeliveryFailure) e).isPermanent()).isTrue());
    }
}
