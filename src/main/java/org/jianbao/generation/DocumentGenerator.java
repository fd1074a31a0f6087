package org.jianbao.generation;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jianbao.pdf.DocxPdfRenderer;
import org.jianbao.pdf.WordPackage;
import org.jianbao.pdf.PdfRenderResult;
import org.jianbao.report.Assembled;
import org.jianbao.report.BriefingAssembler;
import org.jianbao.report.BriefingFacts;
import org.jianbao.report.DocumentNames;
import org.jianbao.report.StudyNotesAssembler;
import org.jianbao.report.StudyNotesOptions;
import org.jianbao.speech.Keyword;
import org.jianbao.speech.Speech;
import org.jianbao.template.FilledDocument;

/**
 * Makes one document: assemble the model (report) → fill the Word template (template) → lay out the
 * same filled document as PDF (pdf) → write both into the output folder. The Word file and the PDF
 * come from one filled document, so they cannot disagree.
 */
public final class DocumentGenerator {

    private static final int KEYWORDS = 12;

    private final SpeechLibrary speeches;
    private final ReportFacts facts;
    private final TemplateLibrary templates;
    private final DocxPdfRenderer pdfRenderer;
    private final OutputFolder output;
    private final Clock clock;

    public DocumentGenerator(SpeechLibrary speeches, ReportFacts facts, TemplateLibrary templates,
                             DocxPdfRenderer pdfRenderer, OutputFolder output, Clock clock) {
        this.speeches = speeches;
        this.facts = facts;
        this.templates = templates;
        this.pdfRenderer = pdfRenderer;
        this.output = output;
        this.clock = clock;
    }

    public GeneratedDocument generate(DocumentRequest request) {
        Speech speech = speeches.analyse(request.speech());
        LocalDate today = LocalDate.now(clock);
        Assembled<?> assembled;
        String baseName;
        // Java 17: no pattern matching in switch yet, and the kind enum says the same.
        switch (request.kind()) {
            case STUDY_NOTES -> {
                assembled = new StudyNotesAssembler().assemble(speech, facts.figures(request.unit(), request.period()),
                        new StudyNotesOptions(request.unit(), today, null,
                                speeches.keywords(request.speech(), KEYWORDS).stream().map(Keyword::word).toList(),
                                request.period()));
                baseName = DocumentNames.studyNotes(speech.title(), today);
            }
            case BRIEFING -> {
                BriefingFacts briefing = facts.briefing(request.unit(), request.period());
                assembled = new BriefingAssembler().assemble(speech, briefing);
                baseName = DocumentNames.briefing(request.unit(), request.period(), briefing.issueNumber());
            }
            default -> throw new IllegalStateException("no assembler for " + request.kind());
        }
        FilledDocument filled = templates.templateFor(request.kind()).fill(assembled.model());

        // Both files from the engine's parts as they are: the .docx zipped, the PDF laid out from the same parts
        // (the renderer parses them itself; POI's model of the document is never built), so the two cannot differ.
        byte[] docx = filled.toBytes();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(256 * 1024);
        PdfRenderResult rendered = pdfRenderer.render(WordPackage.of(filled.parts()), pdf);

        // the name comes from the speech's title: made safe and short enough for any file system
        Path docxPath = output.write(request.period(), FileNames.forDocument(baseName, ".docx"), docx);
        Path pdfPath = output.write(request.period(), FileNames.forDocument(baseName, ".pdf"), pdf.toByteArray());

        List<String> warnings = new ArrayList<>(assembled.warnings());
        filled.warnings().forEach(w -> warnings.add(w.toString()));
        rendered.warnings().forEach(warnings::add);
        return new GeneratedDocument(request, docxPath, pdfPath, rendered.pages(), warnings);
    }
}
