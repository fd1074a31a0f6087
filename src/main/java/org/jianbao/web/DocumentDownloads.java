package org.jianbao.web;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.user.AuditLog;

/** A written document's Word or PDF file by id, for the API and the pages alike; every download is audited. */
@Component
public class DocumentDownloads {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    /** The two files of a document. */
    public enum Format { DOCX, PDF }

    private final GeneratedDocuments documents;
    private final AuditLog audit;

    DocumentDownloads(GeneratedDocuments documents, AuditLog audit) {
        this.documents = documents;
        this.audit = audit;
    }

    public GeneratedDocuments.Entry entry(long id) {
        return documents.find(id).orElseThrow(() -> new DocumentNotFoundException("no document " + id));
    }

    /** @param inline shown in the browser (the PDF preview) rather than saved */
    public ResponseEntity<Resource> download(long id, Format format, boolean inline, String user) {
        GeneratedDocuments.Entry entry = entry(id);
        Path path = format == Format.DOCX ? entry.docx() : entry.pdf();
        if (!Files.isRegularFile(path)) {
            throw new DocumentNotFoundException("document " + id + ": its file is no longer in the output folder");
        }
        audit.record(user, "download", "document " + id, path.getFileName().toString());
        // RFC 6266 / 5987: the Chinese name as filename* in UTF-8, with an ASCII fallback for old clients.
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(path.getFileName().toString(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(format == Format.DOCX ? DOCX : MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(new FileSystemResource(path));
    }
}
