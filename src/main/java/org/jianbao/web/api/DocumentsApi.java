package org.jianbao.web.api;

import java.security.Principal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.jianbao.generation.GeneratedDocuments;
import org.jianbao.run.RunPlanner;
import org.jianbao.web.DocumentDownloads;

/** {@code /api/documents}: the documents written, and their Word and PDF files by id. */
@RestController
// Only `serve` has a web server; the other commands do not build the pages and the API.
@Profile("serve")
@RequestMapping("/api/documents")
class DocumentsApi {

    /** A document without its place on disk: the title is its file name, the links its downloads. */
    record DocumentView(long id, long runId, String kind, String unit, String period, String title, int pages,
                        int warnings, LocalDateTime createdAt, String docx, String pdf) {

        static DocumentView of(GeneratedDocuments.Entry e) {
            String name = e.docx().getFileName().toString();
            return new DocumentView(e.id(), e.jobExecutionId(), e.kind().toLowerCase(Locale.ROOT).replace('_', '-'),
                    e.unit(), e.period(), name.substring(0, name.length() - ".docx".length()), e.pages(), e.warnings(),
                    e.createdAt(), "/api/documents/" + e.id() + "/docx", "/api/documents/" + e.id() + "/pdf");
        }
    }

    private final GeneratedDocuments documents;
    private final DocumentDownloads downloads;

    DocumentsApi(GeneratedDocuments documents, DocumentDownloads downloads) {
        this.documents = documents;
        this.downloads = downloads;
    }

    /** @param kind {@code study-notes} or {@code briefing} */
    @GetMapping
    List<DocumentView> list(@RequestParam Optional<String> unit, @RequestParam Optional<String> period,
                            @RequestParam Optional<String> kind, @RequestParam(defaultValue = "100") int limit) {
        period.ifPresent(RunPlanner::parsePeriod);
        return documents.search(unit.filter(u -> !u.isBlank()), period.filter(p -> !p.isBlank()),
                        kind.filter(k -> !k.isBlank()).map(k -> RunPlanner.kind(k).name()), Math.max(1, Math.min(limit, 1000)))
                .stream().map(DocumentView::of).toList();
    }

    @GetMapping("/{id}")
    DocumentView get(@PathVariable long id) {
        return DocumentView.of(downloads.entry(id));
    }

    @GetMapping("/{id}/docx")
    ResponseEntity<Resource> docx(@PathVariable long id, Principal user) {
        return downloads.download(id, DocumentDownloads.Format.DOCX, false, user.getName());
    }

    /** @param inline show in the browser (preview) instead of saving */
    @GetMapping("/{id}/pdf")
    ResponseEntity<Resource> pdf(@PathVariable long id, @RequestParam(defaultValue = "false") boolean inline,
                                 Principal user) {
        return downloads.download(id, DocumentDownloads.Format.PDF, inline, user.getName());
    }
}
