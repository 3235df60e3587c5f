package org.spinechoice.app.summary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A completed symptom check and the helpers the summary tests share. */
final class SummaryExamples {

    /**
     * The check's answers for a 68-year-old with lumbar stenosis and diabetes, every daily-life question answered
     * (19 of 50 points: 38 of 100), comparing three options, one SURE answer "no".
     */
    static final String ANSWERS = "region=lumbar&age=68&sex=female&symptoms=back-pain&symptoms=leg-pain"
            + "&symptoms=walking-leg-symptoms&course=stable&signsAsked=yes&durationAmount=30&durationUnit=weeks"
            + "&walkingMinutes=10&odi-1=3&odi-2=1&odi-3=2&odi-4=3&odi-5=2&odi-6=3&odi-7=1&odi-8=0&odi-9=2&odi-10=2"
            + "&healthFactors=diabetes&healthAsked=yes&triedOptions=physical-therapy&pref.avoid-surgery=4"
            + "&pref.quick-relief=2&compare=physical-therapy&compare=epidural-steroid-injection"
            + "&compare=decompression-surgery&sure-1=1&sure-2=0&sure-3=1&sure-4=1";

    /** The same person with a new warning sign that calls for a doctor within 1 to 2 days. */
    static final String URGENT_ANSWERS = ANSWERS + "&warningSigns=fever";

    static final String API_REQUEST = """
            {
              "intake": {
                "region": "lumbar", "age": 68, "sex": "female", "durationWeeks": 30, "course": "stable",
                "symptoms": ["back-pain", "leg-pain", "walking-leg-symptoms"], "warningSigns": [],
                "walkingMinutes": 10, "healthFactors": ["diabetes"], "triedOptions": ["physical-therapy"],
                "preferences": {"avoid-surgery": 4, "quick-relief": 2}
              },
              "compare": ["physical-therapy", "epidural-steroid-injection"],
              "proms": {"odi": {"answers": {"odi-1": 3, "odi-2": 1, "odi-3": 2, "odi-4": 3, "odi-5": 2,
                                            "odi-6": 3, "odi-7": 1, "odi-8": 0, "odi-9": 2, "odi-10": 2}}},
              "sure": {"answers": {"sure-1": 1, "sure-2": 1, "sure-3": 1, "sure-4": 1}}
            }
            """;

    private SummaryExamples() {}

    /** The text of a PDF with runs of white space made single spaces, so that wrapped lines still match. */
    static String pdfText(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock a test can move forward, to let saved summaries expire. */
    static final class MovableClock extends Clock {

        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the test clock runs in UTC");
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
