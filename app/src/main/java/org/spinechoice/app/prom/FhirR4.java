package org.spinechoice.app.prom;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.ErrorHandlerAdapter;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.json.BaseJsonLikeValue;
import java.util.List;
import java.util.Locale;
import org.spinechoice.app.platform.Problem;

/**
 * The one HAPI FHIR R4 context of the app, and a JSON parser that reports what it could not read instead of logging
 * it. Thread-safe: the context is shared, each parse gets its own parser.
 */
final class FhirR4 {

    private FhirR4() {}

    /**
     * The context is built on first use, not at start-up: building it and scanning the R4 model takes about a second,
     * and only an import needs it. The holder class is initialised once, by the JVM, under its class-loading lock.
     */
    private static final class Holder {
        private static final FhirContext CONTEXT = FhirContext.forR4();
    }

    /** A JSON parser that adds each element it cannot read to {@code problems}, by element name. */
    static IParser jsonParser(List<Problem.FieldError> problems) {
        return Holder.CONTEXT.newJsonParser().setParserErrorHandler(new CollectingErrorHandler(problems));
    }

    /**
     * Turns HAPI's lenient parse into an exact one: an element R4 does not know (a misspelt {@code linkid}, or an R5
     * element such as {@code answerConstraint}) could change what a question means, so it is a problem, not a
     * warning in a log. HAPI gives the element's name but not its index, so the problem is named by element.
     */
    private static final class CollectingErrorHandler extends ErrorHandlerAdapter {

        private final List<Problem.FieldError> problems;

        CollectingErrorHandler(List<Problem.FieldError> problems) {
            this.problems = problems;
        }

        @Override
        public void unknownElement(IParseLocation location, String elementName) {
            add(
                    elementName,
                    "not an element of a FHIR R4 Questionnaire" + inside(location) + " (names are case-sensitive)");
        }

        @Override
        public void unknownAttribute(IParseLocation location, String attributeName) {
            add(attributeName, "not an element of a FHIR R4 Questionnaire" + inside(location));
        }

        @Override
        public void invalidValue(IParseLocation location, String value, String error) {
            // HAPI passes either its own explanation or the text of a Java exception, which would only confuse.
            String why = error == null || error.contains("Exception") ? "" : ": " + plain(error);
            add(name(location), "\"" + value + "\" is not a valid value" + why);
        }

        @Override
        public void incorrectJsonType(
                IParseLocation location,
                String elementName,
                BaseJsonLikeValue.ValueType expected,
                BaseJsonLikeValue.ScalarType expectedScalar,
                BaseJsonLikeValue.ValueType found,
                BaseJsonLikeValue.ScalarType foundScalar) {
            add(elementName, "expected a JSON " + kind(expected, expectedScalar) + ", got " + kind(found, foundScalar));
        }

        @Override
        public void unexpectedRepeatingElement(IParseLocation location, String elementName) {
            add(elementName, "given more than once but takes one value" + inside(location));
        }

        @Override
        public void missingRequiredElement(IParseLocation location, String elementName) {
            add(elementName, "required" + inside(location));
        }

        private void add(String field, String message) {
            problems.add(new Problem.FieldError(field == null || field.isBlank() ? "Questionnaire" : field, message));
        }

        private static String name(IParseLocation location) {
            return location == null ? null : location.getParentElementName();
        }

        private static String inside(IParseLocation location) {
            String parent = name(location);
            return parent == null ? "" : " (inside " + parent + ")";
        }

        private static String kind(BaseJsonLikeValue.ValueType type, BaseJsonLikeValue.ScalarType scalar) {
            String name = scalar != null ? scalar.name() : type != null ? type.name() : "value";
            return name.toLowerCase(Locale.ROOT);
        }
    }

    /** HAPI's message without its {@code HAPI-1234:} message codes, which mean nothing to the person importing. */
    static String plain(String message) {
        return message == null ? "" : message.replaceAll("HAPI-\\d+:\\s*", "");
    }
}
