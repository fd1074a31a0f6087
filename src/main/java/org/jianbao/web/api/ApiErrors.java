package org.jianbao.web.api;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import org.jianbao.run.RunNotFoundException;
import org.jianbao.run.RunRequestException;
import org.jianbao.web.DocumentNotFoundException;

/** The API's errors as RFC 9457 problem details, each with the one-line message the commands print. */
@RestControllerAdvice
// Only `serve` has a web server; the other commands do not build the pages and the API.
@Profile("serve")
class ApiErrors {

    @ExceptionHandler(RunRequestException.class)
    ProblemDetail badRun(RunRequestException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badRequest(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler({RunNotFoundException.class, DocumentNotFoundException.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "the file is larger than the upload limit (spring.servlet.multipart.max-file-size)");
    }
}
