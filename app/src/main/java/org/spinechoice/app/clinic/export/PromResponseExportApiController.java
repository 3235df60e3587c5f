package org.spinechoice.app.clinic.export;

import com.fasterxml.jackson.core.JsonFactory;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Function;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.platform.StreamedResponses;

/**
 * {@code /api/clinic/export/prom-responses.csv} and {@code .jsonl}: every stored questionnaire response of the clinic
 * as a file to download, written while it is read. A failure before the body leaves is a problem document as anywhere
 * in the API; after, the answer is cut off, never ended as if complete ({@link StreamedResponses#failed}).
 */
public final class PromResponseExportApiController {

    private final PromResponseExportService exports;
    private final JsonFactory json;
    private final Clock clock;

    public PromResponseExportApiController(PromResponseExportService exports, JsonFactory json, Clock clock) {
        this.exports = exports;
        this.json = json;
        this.clock = clock;
    }

    public void csv(Context ctx, StaffMember staff) {
        send(ctx, staff, "text/csv; charset=utf-8", "csv", CsvExportWriter::new);
    }

    public void jsonLines(Context ctx, StaffMember staff) {
        send(ctx, staff, "application/x-ndjson", "jsonl", body -> new JsonLinesExportWriter(json, body));
    }

    private void send(
            Context ctx,
            StaffMember staff,
            String mediaType,
            String extension,
            Function<OutputStream, ExportWriter> format) {
        try {
            exports.export(new Actor(staff, ctx.ip()), () -> {
                ctx.status(200)
                        .contentType(mediaType)
                        .header("Cache-Control", "no-store")
                        .header("Content-Disposition", "attachment; filename=\"" + fileName(staff, extension) + "\"");
                return format.apply(ctx.outputStream());
            });
        } catch (IOException | RuntimeException e) {
            StreamedResponses.failed(ctx, e);
        }
    }

    /** e.g. {@code spinechoice-prom-responses-north-2026-05-04.csv}; clinic ids are lower-case letters, digits, hyphens. */
    private String fileName(StaffMember staff, String extension) {
        String clinic = staff.clinicId().replaceAll("[^a-z0-9-]", "-");
        return "spinechoice-prom-responses-" + clinic + "-" + LocalDate.now(clock) + "." + extension;
    }
}
