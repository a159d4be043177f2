package dev.slidejar.export;

import dev.slidejar.deck.Slide;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDNamedDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
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

    /**
     * Merges the PDFs of pages printed one by one ({@code --with-clicks}, {@code --per-slide}) into {@code out}, with
     * their links made the merged document's: a link within a page (a footnote's, to a named destination, which
     * each part names alike) goes to its own page, and a link to a slide's page on the server that served the parts
     * ({@code origin}, e.g. {@code http://127.0.0.1:4321/}, then {@code N/index.html}) goes to that slide's first
     * page in the PDF ({@code firstPages}: slide number to page index), as it does in a PDF printed from the print
     * page (see {@link dev.slidejar.render.PrintLinks}); any other link to that server is made what {@code relink}
     * says (see {@link #finish(Path, Path, Metadata, List, String, Relink)}).
     */
    static void merge(List<Path> parts, Path out, String origin, Map<Integer, Integer> firstPages, Relink relink)
            throws IOException {
        List<PDDocument> sources = new ArrayList<>();
        try (PDDocument merged = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Path part : parts) {
                PDDocument source = Loader.loadPDF(part.toFile(), IOUtils.createTempFileOnlyStreamCache());
                sources.add(source); // open until the merged document is saved: its streams are read then
                explicitDestinations(source);
                merger.appendDocument(merged, source);
            }
            linkSlides(merged, origin, firstPages);
            relink(merged, origin, relink);
            merged.save(out.toFile());
        } finally {
            for (PDDocument source : sources) {
                source.close();
            }
        }
    }

    /** Each link to a named destination of {@code doc} made a link to the destination itself. */
    private static void explicitDestinations(PDDocument doc) throws IOException {
        for (PDAnnotationLink link : links(doc)) {
            PDDestination dest = link.getDestination();
            if (dest == null && link.getAction() instanceof PDActionGoTo goTo) {
                dest = goTo.getDestination();
            }
            if (dest instanceof PDNamedDestination named) {
                PDPageDestination target = doc.getDocumentCatalog().findNamedDestinationPage(named);
                if (target != null) {
                    link.setAction(null);
                    link.setDestination(target);
                }
            }
        }
    }

    /** The link annotations of every page of {@code doc}. */
    private static List<PDAnnotationLink> links(PDDocument doc) throws IOException {
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    /** A slide's page on the server, from its origin: {@code 3/index.html}, {@code 3/}, {@code 3}. */
    private static final Pattern SLIDE_PATH = Pattern.compile("(\\d{1,6})(?:/|/index\\.html)?");

    /** Each link of {@code doc} to a slide's page at {@code origin} made a link to the slide's first page. */
    private static void linkSlides(PDDocument doc, String origin, Map<Integer, Integer> firstPages)
            throws IOException {
        for (PDAnnotationLink link : links(doc)) {
            if (link.getAction() instanceof PDActionURI uri && uri.getURI() != null
                    && uri.getURI().startsWith(origin)) {
                Matcher slide = SLIDE_PATH.matcher(uri.getURI().substring(origin.length()));
                Integer target = slide.matches() ? firstPages.get(Integer.parseInt(slide.group(1))) : null;
                if (target != null) {
                    PDPageFitDestination dest = new PDPageFitDestination();
                    dest.setPage(doc.getPage(target));
                    link.setAction(null);
                    link.setDestination(dest);
                }
            }
        }
    }

    /**
     * Writes {@code printed} to {@code out} with the metadata and, when not empty, the outline. Without an outline
     * the metadata is appended to the printed file as an incremental update ({@link #appendInfo}) and the file
     * moved to {@code out}: PDFBox's load and save of a whole PDF cost a cold JVM about 0.35 s, a tenth of an
     * export; a file whose end is not as Chromium writes it goes through PDFBox.
     */
    static void finish(Path printed, Path out, Metadata metadata, List<Bookmark> outline) throws IOException {
        finish(printed, out, metadata, outline, null, uri -> Optional.of(uri));
    }

    /** What a link to the server that served the printed pages becomes in the finished PDF: a URI, or none. */
    @FunctionalInterface
    interface Relink {
        Optional<String> target(String uri) throws IOException;
    }

    /**
     * {@link #finish(Path, Path, Metadata, List)}, with each link to the server the pages were printed from
     * ({@code origin}, e.g. {@code http://127.0.0.1:4321/}) made what {@code relink} says: that server is gone once
     * the export ends. Such links are found in the printed file's bytes first (Chromium writes link URIs as they
     * are), so that a PDF without any keeps the quick path.
     */
    static void finish(Path printed, Path out, Metadata metadata, List<Bookmark> outline, String origin,
            Relink relink) throws IOException {
        boolean relinks = origin != null && contains(printed, origin.getBytes(StandardCharsets.ISO_8859_1));
        if (outline.isEmpty() && !relinks && appendInfo(printed, metadata, Calendar.getInstance())) {
            Files.move(printed, out, StandardCopyOption.REPLACE_EXISTING);
            return;
        }
        try (PDDocument doc = Loader.loadPDF(printed.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (relinks) {
                relink(doc, origin, relink);
            }
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

    /** Each link of {@code doc} to {@code origin} made what {@code relink} says, or removed (its text stays). */
    private static void relink(PDDocument doc, String origin, Relink relink) throws IOException {
        for (PDPage page : doc.getPages()) {
            List<PDAnnotation> kept = new ArrayList<>();
            boolean removed = false;
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri
                        && uri.getURI() != null && uri.getURI().startsWith(origin)) {
                    Optional<String> target = relink.target(uri.getURI());
                    if (target.isEmpty()) {
                        removed = true;
                        continue;
                    }
                    uri.setURI(target.get());
                }
                kept.add(annotation);
            }
            if (removed) {
                page.setAnnotations(kept);
            }
        }
    }

    /** Whether the file holds {@code bytes}. */
    private static boolean contains(Path file, byte[] bytes) throws IOException {
        byte[] data = Files.readAllBytes(file);
        outer:
        for (int i = 0; i <= data.length - bytes.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (data[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** A classic trailer (PDF 1.4, 7.5.5), as Chromium (Skia) writes it: size, root, info and ID only. */
    private static final Pattern TRAILER = Pattern.compile("trailer\\s*<<\\s*((?:/(?:Size\\s+\\d+"
            + "|Root\\s+\\d+\\s+\\d+\\s+R|Info\\s+\\d+\\s+\\d+\\s+R"
            + "|ID\\s*\\[\\s*<[0-9A-Fa-f]*>\\s*<[0-9A-Fa-f]*>\\s*\\])\\s*)+)>>\\s*startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");
    private static final Pattern ROOT = Pattern.compile("/Root\\s+(\\d+\\s+\\d+\\s+R)");
    private static final Pattern ID = Pattern.compile("/ID\\s*(\\[[^\\]]*\\])");

    /**
     * Appends to {@code pdf} an incremental update (PDF 1.7, 7.5.6) whose trailer points to a new document
     * information dictionary with {@code metadata}: the bytes Chromium wrote stay as they are. Returns false,
     * changing nothing, when the file does not end in a classic cross-reference table and trailer.
     */
    static boolean appendInfo(Path pdf, Metadata metadata, Calendar now) throws IOException {
        try (FileChannel file = FileChannel.open(pdf, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long length = file.size();
            int tailLength = (int) Math.min(length, 4096);
            ByteBuffer tail = ByteBuffer.allocate(tailLength);
            file.read(tail, length - tailLength);
            String end = new String(tail.array(), StandardCharsets.ISO_8859_1);
            int at = end.lastIndexOf("trailer");
            Matcher trailer = at < 0 ? null : TRAILER.matcher(end.substring(at));
            if (trailer == null || !trailer.matches()) {
                return false;
            }
            String entries = trailer.group(1);
            long previous = Long.parseLong(trailer.group(2));
            ByteBuffer xref = ByteBuffer.allocate(4);
            if (previous >= length || file.read(xref, previous) != 4
                    || !new String(xref.array(), StandardCharsets.ISO_8859_1).equals("xref")) {
                return false; // a cross-reference stream
            }
            Matcher size = SIZE.matcher(entries);
            Matcher root = ROOT.matcher(entries);
            if (!size.find() || !root.find()) {
                return false;
            }
            int info = Integer.parseInt(size.group(1));
            Matcher id = ID.matcher(entries);
            StringBuilder dict = new StringBuilder("<<");
            text(dict, "Title", metadata.title());
            text(dict, "Subject", metadata.subject());
            text(dict, "Author", metadata.author());
            text(dict, "Keywords", metadata.keywords());
            text(dict, "Creator", "Slidejar");
            String date = date(now);
            dict.append("/CreationDate (").append(date).append(")/ModDate (").append(date).append(")>>");
            String object = "\n" + info + " 0 obj\n" + dict + "\nendobj\n";
            long objectAt = length + 1;
            long xrefAt = length + object.length();
            String update = object + "xref\n" + info + " 1\n" + String.format("%010d 00000 n \n", objectAt)
                    + "trailer\n<</Size " + (info + 1) + " /Root " + root.group(1) + " /Info " + info + " 0 R"
                    + (id.find() ? " /ID " + id.group(1) : "") + " /Prev " + previous + ">>\nstartxref\n" + xrefAt
                    + "\n%%EOF\n";
            ByteBuffer bytes = ByteBuffer.wrap(update.getBytes(StandardCharsets.ISO_8859_1));
            while (bytes.hasRemaining()) {
                file.write(bytes, length + bytes.position());
            }
            return true;
        }
    }

    /**
     * {@code /Key (text)} for printable ASCII, else {@code /Key <FEFF...>}: a text string in UTF-16BE, so that any
     * character survives (7.9.2.2); nothing for null.
     */
    private static void text(StringBuilder dict, String key, String value) {
        if (value == null) {
            return;
        }
        if (value.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            dict.append('/').append(key).append(" (");
            for (char c : value.toCharArray()) {
                dict.append(c == '\\' || c == '(' || c == ')' ? "\\" : "").append(c);
            }
            dict.append(')');
            return;
        }
        dict.append('/').append(key).append(" <FEFF");
        for (char c : value.toCharArray()) {
            for (int shift = 12; shift >= 0; shift -= 4) {
                dict.append(Character.toUpperCase(Character.forDigit((c >> shift) & 0xF, 16)));
            }
        }
        dict.append('>');
    }

    /** A PDF date (7.9.4): {@code D:YYYYMMDDHHmmSS+HH'mm'}. */
    static String date(Calendar time) {
        int offset = time.get(Calendar.ZONE_OFFSET) + time.get(Calendar.DST_OFFSET);
        int minutes = Math.abs(offset) / 60_000;
        return String.format("D:%04d%02d%02d%02d%02d%02d%s%02d'%02d'", time.get(Calendar.YEAR),
                time.get(Calendar.MONTH) + 1, time.get(Calendar.DAY_OF_MONTH), time.get(Calendar.HOUR_OF_DAY),
                time.get(Calendar.MINUTE), time.get(Calendar.SECOND), offset < 0 ? "-" : "+", minutes / 60,
                minutes % 60);
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
            // a classic cross-reference table, as Chromium writes
            doc.save(file.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
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
