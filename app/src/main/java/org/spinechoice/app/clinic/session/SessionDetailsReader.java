package org.spinechoice.app.clinic.session;

import static org.spinechoice.app.clinic.record.RequestObject.Presence.OPTIONAL;
import static org.spinechoice.app.clinic.record.RequestObject.Presence.REQUIRED;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.spinechoice.app.clinic.record.RequestObject;
import org.spinechoice.treatment.ImageGuidance;
import org.spinechoice.treatment.SessionDetails;
import org.spinechoice.treatment.SessionKind;
import org.spinechoice.treatment.SpinalLevel;
import org.spinechoice.vocabulary.Coded;

/**
 * Reads the {@code details} of a session, whose {@code kind} says which other members it has. A member another kind
 * would have is refused like any unknown member, so details never hold what their kind does not describe. Stored
 * details are read back by the same rules. Stateless and thread-safe.
 */
final class SessionDetailsReader {

    /** The longest user id accepted; ids are UUIDs. */
    private static final int MAX_USER_ID_LENGTH = 64;

    private static final int MAX_LEVEL_LENGTH = 10;

    private static final Map<SessionKind, List<String>> FIELDS = Map.of(
            SessionKind.INJECTION,
            List.of("kind", "solution", "concentration", "volumeMl", "levels", "sites", "imageGuidance", "clinician"),
            SessionKind.PHYSICAL_THERAPY,
            List.of("kind", "exercises", "minutes"),
            SessionKind.SURGERY,
            List.of("kind", "procedure", "levels"),
            SessionKind.OTHER,
            List.of("kind", "text"));

    private SessionDetailsReader() {}

    /** The details in member {@code name} of {@code request}; errors are recorded there. */
    static Optional<SessionDetails> read(RequestObject request, String name) {
        Object tree = request.value(name, REQUIRED, "an object with kind (one of " + kinds() + ") and its details")
                .orElse(null);
        if (tree == null) {
            return Optional.empty();
        }
        return request.object(name, REQUIRED, allowed(tree)).flatMap(SessionDetailsReader::details);
    }

    /**
     * Details as stored by the application.
     *
     * @throws IllegalStateException when they no longer meet the rules
     */
    static SessionDetails stored(Object tree) {
        RequestObject details = RequestObject.body(tree, allowed(tree));
        return details(details)
                .filter(valid -> details.errorCount() == 0)
                .orElseThrow(
                        () -> new IllegalStateException("stored session details break the rules: " + details.errors()));
    }

    private static Optional<SessionDetails> details(RequestObject details) {
        Optional<SessionKind> kind = details.code("kind", REQUIRED, SessionKind.class);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        int before = details.errorCount();
        Supplier<SessionDetails> build = switch (kind.get()) {
            case INJECTION -> injection(details);
            case PHYSICAL_THERAPY -> physicalTherapy(details);
            case SURGERY -> surgery(details);
            case OTHER -> other(details);
        };
        return details.errorCount() == before ? Optional.of(build.get()) : Optional.empty();
    }

    private static Supplier<SessionDetails> injection(RequestObject details) {
        Optional<String> solution = details.text("solution", REQUIRED, SessionDetails.MAX_NAME_LENGTH);
        Optional<String> concentration = details.text("concentration", OPTIONAL, SessionDetails.MAX_NAME_LENGTH);
        Optional<BigDecimal> volume =
                details.positiveNumber("volumeMl", REQUIRED, SessionDetails.Injection.MAX_VOLUME_ML);
        Optional<List<SpinalLevel>> levels = levels(details, OPTIONAL);
        Optional<List<String>> sites =
                details.texts("sites", OPTIONAL, SessionDetails.MAX_ITEMS, SessionDetails.MAX_NAME_LENGTH);
        if (levels.filter(List::isEmpty).isPresent()
                && sites.filter(List::isEmpty).isPresent()) {
            details.error("levels", "required: at least one level (e.g. L4-L5) or one site in sites");
        }
        Optional<ImageGuidance> guidance = details.code("imageGuidance", REQUIRED, ImageGuidance.class);
        Optional<String> clinician = details.text("clinician", OPTIONAL, MAX_USER_ID_LENGTH);
        return () -> new SessionDetails.Injection(
                solution.orElseThrow(),
                concentration,
                volume.orElseThrow(),
                levels.orElseThrow(),
                sites.orElseThrow(),
                guidance.orElseThrow(),
                clinician);
    }

    private static Supplier<SessionDetails> physicalTherapy(RequestObject details) {
        Optional<List<String>> exercises =
                details.texts("exercises", REQUIRED, SessionDetails.MAX_ITEMS, SessionDetails.MAX_NAME_LENGTH);
        Optional<Integer> minutes =
                details.wholeNumber("minutes", REQUIRED, 1, SessionDetails.PhysicalTherapy.MAX_MINUTES);
        return () -> new SessionDetails.PhysicalTherapy(exercises.orElseThrow(), minutes.orElseThrow());
    }

    private static Supplier<SessionDetails> surgery(RequestObject details) {
        Optional<String> procedure = details.text("procedure", REQUIRED, SessionDetails.MAX_NAME_LENGTH);
        Optional<List<SpinalLevel>> levels = levels(details, REQUIRED);
        return () -> new SessionDetails.Surgery(procedure.orElseThrow(), levels.orElseThrow());
    }

    private static Supplier<SessionDetails> other(RequestObject details) {
        Optional<String> text = details.text("text", REQUIRED, SessionDetails.Other.MAX_TEXT_LENGTH);
        return () -> new SessionDetails.Other(text.orElseThrow());
    }

    private static Optional<List<SpinalLevel>> levels(RequestObject details, RequestObject.Presence presence) {
        return details.texts("levels", presence, SessionDetails.MAX_ITEMS, MAX_LEVEL_LENGTH)
                .flatMap(texts -> {
                    List<SpinalLevel> levels = new ArrayList<>();
                    for (int index = 0; index < texts.size(); index++) {
                        Optional<SpinalLevel> level = SpinalLevel.parse(texts.get(index));
                        if (level.isPresent()) {
                            levels.add(level.get());
                        } else {
                            details.error(
                                    "levels[" + index + "]",
                                    "expected a spinal level such as " + SpinalLevel.EXAMPLES
                                            + ", upper vertebra first");
                        }
                    }
                    return levels.size() == texts.size() ? Optional.of(List.copyOf(levels)) : Optional.empty();
                });
    }

    /**
     * The members allowed for the kind the details name. Without a known kind only that is reported: what else
     * belongs cannot be said.
     */
    private static Collection<String> allowed(Object tree) {
        if (tree instanceof Map<?, ?> members) {
            Optional<SessionKind> kind =
                    members.get("kind") instanceof String id ? Coded.fromId(SessionKind.class, id) : Optional.empty();
            return kind.map(FIELDS::get)
                    .orElseGet(() -> Stream.concat(
                                    Stream.of("kind"), members.keySet().stream().map(String::valueOf))
                            .distinct()
                            .toList());
        }
        return List.of("kind");
    }

    private static String kinds() {
        return String.join(", ", Coded.ids(SessionKind.class));
    }
}
