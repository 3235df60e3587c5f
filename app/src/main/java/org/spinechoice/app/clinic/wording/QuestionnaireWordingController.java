package org.spinechoice.app.clinic.wording;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.prom.Instrument;
import org.spinechoice.vocabulary.Coded;

/**
 * The clinic-admin's page of questionnaire wording: which wording of each instrument patients see, the upload of a
 * licensed one (a FHIR R4 Questionnaire in JSON), every version imported, and the way back to ours.
 */
public final class QuestionnaireWordingController {

    /** The largest file taken: a Questionnaire of a hundred questions is a small part of it. */
    public static final int MAX_FILE_BYTES = 512 * 1024;

    /** The largest upload read at all: the file and room for the form's other fields. */
    public static final int MAX_REQUEST_BYTES = MAX_FILE_BYTES + 16 * 1024;

    public static final String PAGE = "/clinic/admin/questionnaires";

    /** Up to this size a refused upload is read and dropped, so that the browser shows the refusal. */
    private static final int DRAIN_AT_MOST_BYTES = 16 * 1024 * 1024;

    private static final String FILE_FIELD = "questionnaire";
    private static final String INSTRUMENT_FIELD = "instrument";

    private final QuestionnaireWordingService wordings;
    private final TemplateRenderer templates;
    private final Messages messages;

    public QuestionnaireWordingController(
            QuestionnaireWordingService wordings, TemplateRenderer templates, Messages messages) {
        this.wordings = wordings;
        this.templates = templates;
        this.messages = messages;
    }

    public void page(Context ctx, StaffMember admin) {
        Optional<String> notice = instrumentParam(ctx.queryParam("imported"))
                .map(instrument -> messages.get("admin.questionnaires.imported", instrument.title()))
                .or(() -> instrumentParam(ctx.queryParam("ours"))
                        .map(instrument -> messages.get(
                                instrument.answerableByLink()
                                        ? "admin.questionnaires.oursAgain"
                                        : "admin.questionnaires.noneAgain",
                                instrument.title())));
        render(ctx, admin, HttpStatus.OK, WordingUpload.empty(), notice);
    }

    public void upload(Context ctx, StaffMember admin) {
        Optional<Instrument> instrument = instrumentParam(ctx.formParam(INSTRUMENT_FIELD));
        Map<String, String> formErrors = new LinkedHashMap<>();
        if (instrument.isEmpty()) {
            formErrors.put(INSTRUMENT_FIELD, messages.get("admin.questionnaires.error.instrument"));
        }
        UploadedFile file = ctx.uploadedFile(FILE_FIELD);
        Optional<String> text = Optional.empty();
        if (file == null || file.size() == 0) {
            formErrors.put(FILE_FIELD, messages.get("admin.questionnaires.error.noFile"));
        } else if (file.size() > MAX_FILE_BYTES) {
            formErrors.put(FILE_FIELD, messages.get("admin.questionnaires.error.tooLarge", MAX_FILE_BYTES / 1024));
        } else {
            text = utf8(read(file));
            if (text.isEmpty()) {
                formErrors.put(FILE_FIELD, messages.get("admin.questionnaires.error.notText"));
            }
        }
        String chosen = instrument.map(Instrument::id).orElse("");
        if (!formErrors.isEmpty()) {
            render(
                    ctx,
                    admin,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    new WordingUpload(chosen, formErrors, Optional.empty(), List.of()),
                    Optional.empty());
            return;
        }
        Outcome<StoredWording> outcome =
                wordings.importWording(new Actor(admin, ctx.ip()), instrument.orElseThrow(), text.orElseThrow());
        if (outcome instanceof Outcome.Refused<StoredWording> refused) {
            render(
                    ctx,
                    admin,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    new WordingUpload(chosen, Map.of(), Optional.of(refused.detail()), refused.errors()),
                    Optional.empty());
            return;
        }
        // Post/redirect/get: reloading the page afterwards does not send the file again.
        ctx.redirect(PAGE + "?imported=" + chosen, HttpStatus.SEE_OTHER);
    }

    /**
     * Runs before the upload is parsed: a body beyond the limit is refused by its stated length, in the same words as
     * a file just over it, rather than parsed and refused by the server with no words at all.
     */
    public static void refuseFarTooLarge(Context ctx) throws IOException {
        int length = ctx.contentLength();
        if (length > MAX_REQUEST_BYTES) {
            if (length <= DRAIN_AT_MOST_BYTES) {
                // A browser still sending the body reads no answer before it is done; left unread, it gets a reset.
                ctx.req().getInputStream().transferTo(OutputStream.nullOutputStream());
            }
            throw new ContentTooLargeResponse("The file is larger than " + MAX_FILE_BYTES / 1024
                    + " KB. A questionnaire file is much smaller: check that you chose the right file.");
        }
    }

    public void useOurs(Context ctx, StaffMember admin) {
        Instrument instrument = instrumentParam(ctx.pathParam(INSTRUMENT_FIELD))
                .orElseThrow(() -> new NotFoundResponse("SpineChoice has no questionnaire with this id."));
        wordings.useOurs(new Actor(admin, ctx.ip()), instrument);
        ctx.redirect(PAGE + "?ours=" + instrument.id(), HttpStatus.SEE_OTHER);
    }

    private void render(
            Context ctx, StaffMember admin, HttpStatus status, WordingUpload upload, Optional<String> notice) {
        Map<String, Object> model = ClinicPage.model(ctx, admin, messages);
        model.put("wordings", wordings.overview(admin.clinicId()));
        model.put("history", wordings.history(admin.clinicId()));
        model.put("upload", upload);
        model.put("notice", notice.orElse(null));
        model.put("maxKilobytes", MAX_FILE_BYTES / 1024);
        ctx.status(status);
        ClinicPage.send(ctx, templates.render("admin/questionnaires.jte", model));
    }

    private static Optional<Instrument> instrumentParam(String id) {
        return id == null ? Optional.empty() : Coded.fromId(Instrument.class, id);
    }

    private static byte[] read(UploadedFile file) {
        try (InputStream content = file.content()) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read an uploaded file", e);
        }
    }

    /** The bytes as UTF-8 text (FHIR JSON is always UTF-8), a byte order mark dropped; empty when not UTF-8. */
    private static Optional<String> utf8(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }
}
