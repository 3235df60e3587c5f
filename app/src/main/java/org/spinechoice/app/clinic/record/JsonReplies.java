package org.spinechoice.app.clinic.record;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Problem;
import org.spinechoice.app.platform.StrictJson;

/**
 * How the clinic's JSON API reads bodies and answers: records with {@code Cache-Control: no-store}, since they hold
 * patient data, and every failure as a problem document (400 naming each field, 404, 422). Thread-safe.
 */
public final class JsonReplies {

    private final ObjectMapper json;
    private final StrictJson bodies;

    public JsonReplies(ObjectMapper json) {
        this.json = json;
        // Decimals are read exactly: as a double, 3.0000000000000001 would pass as the whole number 3.
        this.bodies = new StrictJson(json.copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
    }

    /** The body as a tree, or empty once a 400 has answered a body that is not JSON. */
    public Optional<Object> body(Context ctx) {
        StrictJson.Parsed parsed = bodies.parse(ctx.body());
        if (parsed instanceof StrictJson.Invalid invalid) {
            problem(ctx, invalid.problem());
            return Optional.empty();
        }
        return Optional.ofNullable(((StrictJson.Tree) parsed).value());
    }

    /** The value read, or empty once a 400 has named every bad field. */
    public <T> Optional<T> valid(Context ctx, String title, Reading<T> reading) {
        if (reading instanceof Reading.Invalid<T> invalid) {
            int count = invalid.errors().size();
            String detail =
                    "The request has " + count + " problem" + (count == 1 ? "" : "s") + "; each is listed in errors.";
            problem(ctx, new Problem("about:blank", title, 400, detail, invalid.errors()).toJson());
            return Optional.empty();
        }
        return Optional.of(((Reading.Valid<T>) reading).value());
    }

    /**
     * The value written, or empty once a 422 has said which rule refused it.
     *
     * @throws NotFoundResponse when the write needed a record the clinic does not have (a 404 problem document)
     */
    public <T> Optional<T> done(Context ctx, Outcome<T> outcome) {
        if (outcome instanceof Outcome.NotFound<T> notFound) {
            throw new NotFoundResponse(notFound.detail());
        }
        if (outcome instanceof Outcome.Refused<T> refused) {
            problem(ctx, refusal(refused.detail(), refused.errors()));
            return Optional.empty();
        }
        return Optional.of(((Outcome.Done<T>) outcome).value());
    }

    /** A 422 problem document, to which a caller may add members of its own. */
    public static Map<String, Object> refusal(String detail, List<Problem.FieldError> errors) {
        return new Problem("about:blank", "Refused", 422, detail, errors).toJson();
    }

    public void ok(Context ctx, Object body) {
        send(ctx, HttpStatus.OK, body);
    }

    /** 201 for a record that has an address of its own. */
    public void created(Context ctx, String location, Object body) {
        ctx.header("Location", location);
        send(ctx, HttpStatus.CREATED, body);
    }

    /** 201 for a record read only within a list, such as a course's sessions. */
    public void created(Context ctx, Object body) {
        send(ctx, HttpStatus.CREATED, body);
    }

    /** A problem document as it is, with the status it names. */
    public void problem(Context ctx, Map<String, Object> problem) {
        ctx.status((Integer) problem.get("status"))
                .header("Cache-Control", "no-store")
                .contentType(Problem.MEDIA_TYPE)
                .result(Json.write(json, problem));
    }

    private void send(Context ctx, HttpStatus status, Object body) {
        ctx.status(status)
                .header("Cache-Control", "no-store")
                .contentType("application/json")
                .result(Json.write(json, body));
    }
}
