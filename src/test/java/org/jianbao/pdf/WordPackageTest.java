package org.jianbao.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How the renderer finds a package's parts: as a relationship names them, which is not always as the zip does. */
class WordPackageTest {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    WordPackageTest() {
        put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"png\" ContentType=\"image/png\"/>"
                + "<Override PartName=\"/Word/Main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                + "</Types>");
        put("_rels/.rels", "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\"" + OFFICE
                + "officeDocument\" Target=\"/word/main.xml\"/></Relationships>");
        put("word/main.xml", "<w:document xmlns:w=\"" + W + "\"><w:body><w:p/></w:body></w:document>");
        put("word/_rels/main.xml.rels", "<Relationships xmlns=\"" + RELS + "\">"
                + "<Relationship Id=\"rIdS\" Type=\"" + OFFICE + "styles\" Target=\"styles.xml\"/>"
                + "<Relationship Id=\"rIdP\" Type=\"" + OFFICE + "image\" Target=\"../media/%E5%85%AC%E7%AB%A0 1.png\"/>"
                + "<Relationship Id=\"rIdQ\" Type=\"" + OFFICE + "image\" Target=\"Media/Seal.PNG\"/>"
                + "<Relationship Id=\"rIdL\" Type=\"" + OFFICE + "hyperlink\" Target=\"https://example.org\" TargetMode=\"External\"/>"
                + "</Relationships>");
        put("word/styles.xml", "<w:styles xmlns:w=\"" + W + "\"/>");
        entries.put("media/公章 1.png", new byte[] {1});
        entries.put("word/media/seal.png", new byte[] {2});
    }

    private void put(String name, String xml) {
        entries.put(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void findsTheMainPartThroughThePackageRelationshipsAndItsPartsByType() {
        WordPackage pkg = WordPackage.of(entries);
        assertThat(pkg.main().name()).isEqualTo("word/main.xml");
        assertThat(pkg.body().getLocalName()).isEqualTo("body");
        assertThat(pkg.mainRelated("styles").root().getLocalName()).isEqualTo("styles");
        assertThat(pkg.mainRelated("numbering")).isNull();
    }

    @Test
    void picturesAreFoundRelativeToThePartPercentDecodedAndWithoutRegardToCase() {
        WordPackage pkg = WordPackage.of(entries);
        assertThat(pkg.relatedBytes(pkg.main(), "rIdP")).containsExactly(1);
        assertThat(pkg.relatedBytes(pkg.main(), "rIdQ")).containsExactly(2);
        assertThat(pkg.relatedBytes(pkg.main(), "rIdL")).isNull();
        assertThat(pkg.relatedBytes(pkg.main(), "rIdNone")).isNull();
    }

    @Test
    void aPartWithoutAContentTypeOrNotWellFormedIsRefusedByName() {
        put("word/styles.xml", "<w:styles xmlns:w=\"" + W + "\"><w:style></w:styles>");
        assertThatThrownBy(() -> WordPackage.of(entries).mainRelated("styles"))
                .isInstanceOf(PdfRenderException.class).hasMessageStartingWith("word/styles.xml is not well-formed XML");

        entries.put("[Content_Types].xml", new String(entries.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("/word/styles.xml", "/word/other.xml").getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> WordPackage.of(entries).mainRelated("styles"))
                .isInstanceOf(PdfRenderException.class).hasMessage("word/styles.xml has no content type in [Content_Types].xml");
    }

    @Test
    void aDoctypeIsRefused() {
        put("word/main.xml", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><w:document xmlns:w=\"" + W
                + "\"><w:body><w:p>&e;</w:p></w:body></w:document>");
        assertThatThrownBy(() -> WordPackage.of(entries).main())
                .isInstanceOf(PdfRenderException.class).hasMessageContaining("word/main.xml is not well-formed XML");
    }
}
