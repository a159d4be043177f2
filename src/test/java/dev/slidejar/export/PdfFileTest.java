package dev.slidejar.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printed PDF's last step: its metadata appended as an incremental update, or written by PDFBox. */
class PdfFileTest {
    @TempDir
    Path tmp;

    /** Two pages, saved as Chromium saves a PDF: a classic cross-reference table and trailer. */
    private Path printed(CompressParameters compression) throws IOException {
        Path file = tmp.resolve("printed.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(735, 414)));
            doc.addPage(new PDPage(new PDRectangle(735, 414)));
            doc.getDocumentInformation().setTitle("Chromium's title");
            doc.save(file.toFile(), compression);
        }
        return file;
    }

    @Test
    void theMetadataIsAppendedAndTheBytesBeforeItKept() throws IOException {
        Path file = printed(CompressParameters.NO_COMPRESSION);
        byte[] before = Files.readAllBytes(file);
        PdfFile.Metadata metadata = new PdfFile.Metadata("Tiefe Netze – Mikroskopie", "Notes (with a \\ and parens)",
                "Ada", "deep learning, microscopy");
        assertThat(PdfFile.appendInfo(file, metadata, Calendar.getInstance())).isTrue();

        byte[] after = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(after, before.length)).as("an incremental update").isEqualTo(before);
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            var info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("Tiefe Netze – Mikroskopie");
            assertThat(info.getSubject()).isEqualTo("Notes (with a \\ and parens)");
            assertThat(info.getAuthor()).isEqualTo("Ada");
            assertThat(info.getKeywords()).isEqualTo("deep learning, microscopy");
            assertThat(info.getCreator()).isEqualTo("Slidejar");
            assertThat(info.getModificationDate()).isNotNull();
        }
    }

    @Test
    void aFileWithACrossReferenceStreamGoesThroughPdfBox() throws IOException {
        Path file = printed(CompressParameters.DEFAULT_COMPRESSION);
        byte[] before = Files.readAllBytes(file);
        PdfFile.Metadata metadata = new PdfFile.Metadata("Title", null, null, null);
        assertThat(PdfFile.appendInfo(file, metadata, Calendar.getInstance())).isFalse();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);

        Path out = tmp.resolve("out.pdf");
        PdfFile.finish(file, out, metadata, List.of());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Title");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("Slidejar");
        }
    }

    @Test
    void withoutAnOutlineTheUpdatedFileIsMovedToTheOutput() throws IOException {
        Path file = printed(CompressParameters.NO_COMPRESSION);
        Path out = tmp.resolve("deck.pdf");
        PdfFile.finish(file, out, new PdfFile.Metadata("Deck", null, "Ada", null), List.of());
        assertThat(file).doesNotExist();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("Ada");
            assertThat(doc.getDocumentCatalog().getDocumentOutline()).isNull();
        }
    }

    @Test
    void datesAreWrittenWithTheirOffset() {
        Calendar time = Calendar.getInstance(TimeZone.getTimeZone("Asia/Kolkata"));
        time.clear();
        time.set(2026, Calendar.NOVEMBER, 26, 9, 5, 7);
        assertThat(PdfFile.date(time)).isEqualTo("D:20261126090507+05'30'");
        time.setTimeZone(TimeZone.getTimeZone("America/St_Johns"));
        assertThat(PdfFile.date(time)).startsWith("D:2026112").endsWith("-03'30'");
    }
}
