package org.spinechoice.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.spinechoice.evidence.Certainty;
import org.spinechoice.evidence.Direction;
import org.spinechoice.evidence.StudyDesign;
import org.spinechoice.vocabulary.Category;
import org.spinechoice.vocabulary.Coded;
import org.spinechoice.vocabulary.SpinalRegion;

/** Every text a template asks for exists, including the keys built from vocabulary ids. */
class MessagesTest {

    /** A whole key in quotes; a prefix such as {@code "design." + id} is checked by the vocabulary test below. */
    private static final Pattern LITERAL_KEY = Pattern.compile("msg\\.get\\(\"([a-zA-Z0-9.-]*[a-zA-Z0-9-])\"\\s*[,)]");

    private final Messages messages = Messages.english();

    @Test
    void everyLiteralKeyInTheTemplatesExists() throws IOException {
        List<String> missing = new ArrayList<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
            for (Path template :
                    templates.filter(path -> path.toString().endsWith(".jte")).toList()) {
                Matcher key = LITERAL_KEY.matcher(Files.readString(template));
                while (key.find()) {
                    if (!messages.has(key.group(1))) {
                        missing.add(template.getFileName() + ": " + key.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyVocabularyValueShownOnAPageHasItsText() {
        List<String> keys = new ArrayList<>();
        Coded.ids(Certainty.class)
                .forEach(id -> keys.addAll(List.of("certainty." + id, "certainty." + id + ".explained")));
        Coded.ids(Direction.class).forEach(id -> keys.add("direction." + id));
        Coded.ids(StudyDesign.class).forEach(id -> keys.add("design." + id));
        Coded.ids(Category.class).forEach(id -> keys.add("category." + id));
        Coded.ids(SpinalRegion.class).forEach(id -> keys.add("region." + id));
        List.of("low", "medium", "high").forEach(id -> keys.add("cost." + id));

        assertThat(keys).allSatisfy(key -> assertThat(messages.has(key)).as(key).isTrue());
    }

    @Test
    void placeholdersAreFilledInWithoutEatingApostrophes() {
        assertThat(messages.get("figure.per100", 3, "don't improve")).isEqualTo("3 of 100 people don't improve");
    }

    @Test
    void anUnknownKeyFailsLoudly() {
        assertThatThrownBy(() -> messages.get("no.such.key")).isInstanceOf(IllegalArgumentException.class);
    }
}
