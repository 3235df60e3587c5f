package org.spinechoice.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppConfigTest {

    @Test
    void defaultsToPort8080AndTheEmbeddedDatabaseInDotData() {
        AppConfig config = AppConfig.fromEnvironment(Map.of());

        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("./data"));
        assertThat(config.databaseUrl()).isEmpty();
        assertThat(config.jdbcUrl()).startsWith("jdbc:h2:file:").contains("spinechoice");
    }

    @Test
    void environmentSwitchesToPostgresql() {
        AppConfig config = AppConfig.fromEnvironment(Map.of(
                "SERVER_PORT", "9000",
                "SPINECHOICE_DB_URL", "jdbc:postgresql://localhost:5432/spinechoice",
                "SPINECHOICE_DB_USER", "app",
                "SPINECHOICE_DB_PASSWORD", "secret"));

        assertThat(config.port()).isEqualTo(9000);
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/spinechoice");
        assertThat(config.databaseUser()).isEqualTo("app");
        assertThat(config.databasePassword()).isEqualTo("secret");
    }

    @Test
    void aBlankDatabaseUrlMeansTheEmbeddedDatabase() {
        assertThat(AppConfig.fromEnvironment(Map.of("SPINECHOICE_DB_URL", "  ")).databaseUrl())
                .isEmpty();
    }

    @Test
    void aPortThatIsNotANumberIsNamedInTheError() {
        assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SERVER_PORT", "eighty")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SERVER_PORT");
    }

    @Test
    void theCommandLinePortWins() {
        assertThat(AppConfig.fromEnvironment(Map.of("SERVER_PORT", "9000"))
                        .withPort(9100)
                        .port())
                .isEqualTo(9100);
    }

    @Test
    void savedSummariesAreKept90DaysUnlessConfigured() {
        assertThat(AppConfig.fromEnvironment(Map.of()).summaryDays()).isEqualTo(90);
        assertThat(AppConfig.fromEnvironment(Map.of("SPINECHOICE_SUMMARY_DAYS", "30"))
                        .withPort(9100)
                        .summaryDays())
                .isEqualTo(30);
    }

    @Test
    void summaryDaysOutOfRangeOrNotANumberAreNamedInTheError() {
        for (String days : new String[] {"0", "-5", "ninety", "3651"}) {
            assertThatThrownBy(() -> AppConfig.fromEnvironment(Map.of("SPINECHOICE_SUMMARY_DAYS", days)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("SPINECHOICE_SUMMARY_DAYS");
        }
    }
}
