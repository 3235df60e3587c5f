package org.spinechoice.treatment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was given at one treatment session, by kind: an injection, a physical therapy session, an operation, or
 * anything else in words. Each kind holds only what describes it, so that sessions of one option can be compared.
 */
public sealed interface SessionDetails {

    /** The longest name of a solution, site, exercise or procedure. */
    int MAX_NAME_LENGTH = 200;

    /** The most levels, sites or exercises one session lists. */
    int MAX_ITEMS = 30;

    SessionKind kind();

    /**
     * An injection: what was injected, how much and where, and how the needle was guided.
     *
     * @param concentration as the clinic writes it, e.g. {@code 15%}
     * @param levels the spinal levels treated; with {@code sites}, at least one place is named
     * @param sites other places treated, e.g. {@code iliolumbar ligament}
     * @param clinician the id of the member of staff who gave it, when not the course's clinician
     */
    record Injection(
            String solution,
            Optional<String> concentration,
            BigDecimal volumeMl,
            List<SpinalLevel> levels,
            List<String> sites,
            ImageGuidance imageGuidance,
            Optional<String> clinician)
            implements SessionDetails {

        /** A guard against slips such as a lost decimal point, not a clinical limit. */
        public static final BigDecimal MAX_VOLUME_ML = BigDecimal.valueOf(200);

        public Injection {
            name(solution, "solution");
            concentration.ifPresent(value -> name(value, "concentration"));
            Objects.requireNonNull(volumeMl, "volumeMl");
            if (volumeMl.signum() <= 0 || volumeMl.compareTo(MAX_VOLUME_ML) > 0) {
                throw new IllegalArgumentException("volumeMl must be above 0 and at most " + MAX_VOLUME_ML);
            }
            levels = items(levels, "levels");
            sites = items(sites, "sites");
            sites.forEach(site -> name(site, "site"));
            if (levels.isEmpty() && sites.isEmpty()) {
                throw new IllegalArgumentException("an injection names at least one level or site");
            }
            Objects.requireNonNull(imageGuidance, "imageGuidance");
            Objects.requireNonNull(clinician, "clinician");
        }

        @Override
        public SessionKind kind() {
            return SessionKind.INJECTION;
        }
    }

    /** A physical therapy session: the exercises done and how long it lasted. */
    record PhysicalTherapy(List<String> exercises, int minutes) implements SessionDetails {

        public static final int MAX_MINUTES = 600;

        public PhysicalTherapy {
            exercises = items(exercises, "exercises");
            exercises.forEach(exercise -> name(exercise, "exercise"));
            if (exercises.isEmpty() || minutes < 1 || minutes > MAX_MINUTES) {
                throw new IllegalArgumentException(
                        "a physical therapy session lists its exercises and lasts 1 to " + MAX_MINUTES + " minutes");
            }
        }

        @Override
        public SessionKind kind() {
            return SessionKind.PHYSICAL_THERAPY;
        }
    }

    /** An operation: the procedure and the levels operated on. */
    record Surgery(String procedure, List<SpinalLevel> levels) implements SessionDetails {

        public Surgery {
            name(procedure, "procedure");
            levels = items(levels, "levels");
            if (levels.isEmpty()) {
                throw new IllegalArgumentException("an operation names at least one level");
            }
        }

        @Override
        public SessionKind kind() {
            return SessionKind.SURGERY;
        }
    }

    /** Any other session, described in words. */
    record Other(String text) implements SessionDetails {

        public static final int MAX_TEXT_LENGTH = 2000;

        public Other {
            Objects.requireNonNull(text, "text");
            if (text.isBlank() || text.length() > MAX_TEXT_LENGTH) {
                throw new IllegalArgumentException("the text is 1 to " + MAX_TEXT_LENGTH + " characters");
            }
        }

        @Override
        public SessionKind kind() {
            return SessionKind.OTHER;
        }
    }

    private static void name(String value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isBlank() || value.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException(what + " is 1 to " + MAX_NAME_LENGTH + " characters");
        }
    }

    private static <T> List<T> items(List<T> values, String what) {
        List<T> copy = List.copyOf(values);
        if (copy.size() > MAX_ITEMS) {
            throw new IllegalArgumentException(what + " lists at most " + MAX_ITEMS);
        }
        return copy;
    }
}
