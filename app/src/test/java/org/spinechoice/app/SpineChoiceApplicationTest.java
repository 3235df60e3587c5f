package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

class SpineChoiceApplicationTest {

    private final CommandLine commandLine = new CommandLine(new SpineChoiceCommand());

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                    | serve
            --port 9090           | serve --port 9090
            serve                 | serve
            serve --port 9090     | serve --port 9090
            --help                | --help
            -V                    | -V
            """)
    void withoutACommandTheAppServes(String given, String expected) {
        String[] args = given.isEmpty() ? new String[0] : given.split(" ");

        assertThat(String.join(" ", SpineChoiceApplication.withDefaultCommand(commandLine, args)))
                .isEqualTo(expected);
    }
}
