package org.spinechoice.app.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font lookup for fonts a document names but does not embed. openhtmltopdf names one such font in every
 * PDF (ZapfDingbats, for form fields we never use), and PDFBox's own lookup would then scan the machine's fonts,
 * write a cache file in the home folder and warn on every PDF. This one answers every lookup with DejaVu Sans, the
 * summary's own font, and never touches the file system. Thread-safe.
 */
final class SummaryPdfFonts implements FontMapper {

    private final TrueTypeFont font;

    SummaryPdfFonts(byte[] trueType) {
        try {
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(trueType));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the summary's font", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo systemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
