package org.spinechoice.app.clinic;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A FHIR R4 Questionnaire of the ODI as a clinic would import it. Its texts are placeholders written for tests, not
 * any licensed wording; each says which section and answer it is, so a test can find it on a page.
 */
final class LicensedOdi {

    static final String URL = "https://clinic.example/fhir/Questionnaire/odi";

    private LicensedOdi() {}

    /** The canonical version a response given in {@link #json(String)} names. */
    static String canonical(String version) {
        return URL + "|" + version;
    }

    /** Section n's question reads "Licensed section n", its answer v "Licensed answer n.v". */
    static String json(String version) {
        String items = IntStream.rangeClosed(1, 10)
                .mapToObj(section -> """
                        {"linkId": "odi-%d", "text": "Licensed section %d", "type": "choice", "answerOption": [%s]}""".formatted(
                        section,
                        section,
                        IntStream.rangeClosed(0, 5)
                                .mapToObj(value -> "{\"valueCoding\": {\"code\": \"%d\", \"display\": ".formatted(value)
                                        + "\"Licensed answer %d.%d\"}}".formatted(section, value))
                                .collect(Collectors.joining(", "))))
                .collect(Collectors.joining(",\n"));
        return """
                {"resourceType": "Questionnaire", "url": "%s", "version": "%s", "title": "Licensed ODI title",
                 "status": "active", "item": [
                %s
                ]}""".formatted(URL, version, items);
    }
}
