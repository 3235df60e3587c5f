package org.spinechoice.app.summary;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * Turns the summary's print template (well-formed XHTML with inline SVG icon arrays and its own style block) into a
 * tagged PDF (PDF/UA, so screen readers can read it) with openhtmltopdf. Nothing outside the document is ever fetched.
 * Text is set in DejaVu Sans, shipped in the jar and embedded as subsets, so that every sign in the evidence base
 * (such as ≥ and −) prints, and no system font is ever looked up. The one renderer of the app: making it also points
 * openhtmltopdf's log at ours and PDFBox's font lookup at our font (both global settings of those libraries).
 * Thread-safe: each call builds its own renderer.
 */
public final class SummaryPdfRenderer {

    /** The media type of the PDF. */
    public static final String MEDIA_TYPE = "application/pdf";

    /** The one font family of the PDF, named in the print template's style block. */
    private static final String FONT_FAMILY = "DejaVu Sans";

    private final byte[] regular = font("/fonts/DejaVuSans.ttf");
    private final byte[] bold = font("/fonts/DejaVuSans-Bold.ttf");

    public SummaryPdfRenderer() {
        XRLog.setLoggerImpl(new SummaryPdfLog());
        FontMappers.set(new SummaryPdfFonts(regular));
    }

    public byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(xhtml, null);
        builder.useSVGDrawer(new BatikSVGDrawer());
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.usePdfUaAccessibility(true);
        builder.useFont(
                () -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(
                () -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withProducer("SpineChoice");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the summary PDF", e);
        }
        return pdf.toByteArray();
    }

    private static byte[] font(String resource) {
        try (InputStream font = SummaryPdfRenderer.class.getResourceAsStream(resource)) {
            if (font == null) {
                throw new IllegalStateException("The font " + resource + " is missing from the application");
            }
            return font.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the font " + resource, e);
        }
    }
}
