package org.spinechoice.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.spinechoice.app.platform.AppConfig;

/** The demo-data command's own connection settings. */
class DemoDataCommandTest {

    @Test
    void onlyPostgresqlConnectionsOfTheCommandRewriteBatchesAndAUrlThatSaysOtherwiseWins() {
        AppConfig embedded = AppConfig.fromEnvironment(Map.of("SPINECHOICE_DATA_DIR", "/tmp/x"));
        AppConfig postgres =
                AppConfig.fromEnvironment(Map.of("SPINECHOICE_DB_URL", "jdbc:postgresql://db:5432/spinechoice"));
        AppConfig withParameters = AppConfig.fromEnvironment(
                Map.of("SPINECHOICE_DB_URL", "jdbc:postgresql://db:5432/spinechoice?ssl=true"));
        AppConfig stated = AppConfig.fromEnvironment(
                Map.of("SPINECHOICE_DB_URL", "jdbc:postgresql://db/spinechoice?reWriteBatchedInserts=false"));

        assertThat(DemoDataCommand.withBatchesRewritten(embedded)).isEqualTo(embedded);
        assertThat(DemoDataCommand.withBatchesRewritten(postgres).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/spinechoice?reWriteBatchedInserts=true");
        assertThat(DemoDataCommand.withBatchesRewritten(withParameters).jdbcUrl())
                .isEqualTo("jdbc:postgresql://db:5432/spinechoice?ssl=true&reWriteBatchedInserts=true");
        assertThat(DemoDataCommand.withBatchesRewritten(stated)).isEqualTo(stated);
    }
}
