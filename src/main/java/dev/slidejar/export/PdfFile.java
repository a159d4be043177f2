package dev.slidejar.export;

import dev.slidejar.deck.Slide;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * The PDF's last steps, with PDFBox: merging pages printed one by one, and the document's metadata and outline
 * as Slidev adds them ({@code addPdfMetadata}, {@code addTocToPdf}). Pages are cached in temporary files, not
 * in memory, so a long deck does not grow the heap.
 */
final class PdfFile {
    private PdfFile() {
    }

    /** Chromium's {@code pageRanges} for the print page, whose page N is slide N: {@code 1-3,5}. */
    static String pageRanges(List<Integer> slides) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < slides.size(); i++) {
            int from = slides.get(i);
            int to = from;
            while (i + 1 < slides.size() && slides.get(i + 1) == to + 1) {
                to = slides.get(++i);
            }
            out.append(out.length() == 0 ? "" : ",").append(from).append(from == to ? "" : "-" + to);
        }
        return out.toString();
    }

    static void merge(List<Path> parts, Path out) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (Path part : parts) {
            merger.addSource(part.toFile());
        }
        merger.setDestinationFileName(out.toString());
        merger.mergeDocuments(IOUtils.createTempFileOnlyStreamCache());
    }

    /** Writes {@code printed} to {@code out} with the metadata and, when not empty, the outline. */
    static void finish(Path printed, Path out, Metadata metadata, List<Bookmark> outline) throws IOException {
        try (PDDocument doc = Loader.loadPDF(printed.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(metadata.title());
            info.setSubject(metadata.subject());
            info.setAuthor(metadata.author());
            info.setKeywords(metadata.keywords());
            info.setCreator("Slidejar");
            info.setModificationDate(Calendar.getInstance());
            if (!outline.isEmpty()) {
                PDDocumentOutline root = new PDDocumentOutline();
                doc.getDocumentCatalog().setDocumentOutline(root);
                add(doc, root, outline);
                root.openNode();
                doc.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            }
            doc.save(out.toFile());
        }
    }

    /** A one-page PDF with a line of text, as Chromium prints a slide: for {@link Exporter#train}. */
    static void sample(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage(
                    new org.apache.pdfbox.pdmodel.common.PDRectangle(735, 414));
            doc.addPage(page);
            try (var text = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 24);
                text.newLineAtOffset(40, 360);
                text.showText("Slidejar");
                text.endText();
            }
            doc.save(file.toFile());
        }
    }

    private static void add(PDDocument doc, PDOutlineNode parent, List<Bookmark> bookmarks) {
        for (Bookmark b : bookmarks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(doc.getPage(b.pageIndex()));
            item.setDestination(destination);
            parent.addLast(item);
            add(doc, item, b.children());
        }
    }

    /**
     * Slidev's outline: each exported slide with a title, nested under the previous one while its level is
     * deeper ({@code addToTree}); like Slidev, {@code hideInToc} does not hide a slide here.
     *
     * @param firstPages the page index of each exported slide's first page
     */
    static List<Bookmark> outline(List<Slide> slides, Map<Integer, Integer> firstPages) {
        List<Bookmark> tree = new ArrayList<>();
        for (Slide slide : slides) {
            Integer page = firstPages.get(slide.no());
            if (page == null || slide.title() == null || slide.title().toString().isEmpty()) {
                continue;
            }
            Integer titleLevel = slide.level() instanceof Number n ? n.intValue() : null;
            add(tree, slide.title().toString(), titleLevel, page, 1);
        }
        return tree;
    }

    private static void add(List<Bookmark> tree, String title, Integer titleLevel, int page, int level) {
        Bookmark last = tree.isEmpty() ? null : tree.get(tree.size() - 1);
        if (titleLevel != null && titleLevel > level && last != null && last.titleLevel() < titleLevel) {
            add(last.children(), title, titleLevel, page, level + 1);
        } else {
            tree.add(new Bookmark(title, titleLevel == null ? level : titleLevel, page, new ArrayList<>()));
        }
    }

    /** An outline entry; {@code children} is filled while the tree is built. */
    record Bookmark(String title, int titleLevel, int pageIndex, List<Bookmark> children) {
    }

    /** The document information Slidev takes from the first slide: title, {@code info}, {@code author}, keywords. */
    record Metadata(String title, String subject, String author, String keywords) {
        static Metadata of(Slide first) {
            Map<String, Object> fm = first.frontmatter();
            Object keywords = fm.get("keywords");
            String words = keywords instanceof List<?> list ? String.join(", ", list.stream().map(String::valueOf)
                    .toList()) : keywords == null ? null : keywords.toString();
            return new Metadata(first.title() == null ? null : first.title().toString(), text(fm.get("info")),
                    text(fm.get("author")), words);
        }

        private static String text(Object value) {
            return value == null || Boolean.FALSE.equals(value) ? null : value.toString();
        }
    }
}
