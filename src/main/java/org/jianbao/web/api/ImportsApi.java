package org.jianbao.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

import org.jianbao.user.AuditLog;
import org.jianbao.web.IndicatorUpload;

/** {@code POST /api/imports}: an indicator, targets or ledger file (multipart field {@code file}). */
@RestController
// Only `serve` has a web server; the other commands do not build the pages and the API.
@Profile("serve")
@RequestMapping("/api/imports")
class ImportsApi {

    private final IndicatorUpload upload;
    private final AuditLog audit;
    private final DataSize limit;

    ImportsApi(IndicatorUpload upload, AuditLog audit,
               @Value("${spring.servlet.multipart.max-file-size:20MB}") DataSize limit) {
        this.upload = upload;
        this.audit = audit;
        this.limit = limit;
    }

    /** 200 imported or unchanged; 422 refused, with every problem. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<IndicatorUpload.Outcome> importFile(@RequestParam("file") MultipartFile file, Principal user)
            throws IOException {
        if (file.getSize() > limit.toBytes()) {
            // The servlet container refuses larger requests itself; this also holds where none parsed it (tests, proxies).
            throw new MaxUploadSizeExceededException(limit.toBytes());
        }
        IndicatorUpload.Outcome outcome;
        try (InputStream in = file.getInputStream()) {
            outcome = upload.importUpload(file.getOriginalFilename(), in, user.getName());
        }
        audit.record(user.getName(), "upload", outcome.file(), outcome.outcome() + " " + outcome.rows() + " rows");
        return ResponseEntity.status(outcome.outcome().equals("refused") ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(outcome);
    }
}
