package org.spinechoice.app.clinic.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One value as a CSV field: RFC 4180 quoting, and text a spreadsheet would run as a formula made inert. */
class CsvExportWriterTest {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "spinechoice-1|spinechoice-1",
                "a, b|\"a, b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "=1+2|'=1+2",
                "+1|'+1",
                "-1|'-1",
                "@SUM(A1)|'@SUM(A1)",
                "=HYPERLINK(\"x\",\"y, z\")|\"'=HYPERLINK(\"\"x\"\",\"\"y, z\"\")\"",
                "a=b|a=b"
            })
    void textIsQuotedWhereItMustBeAndNeverAFormula(String text, String field) {
        assertThat(CsvExportWriter.field(text)).isEqualTo(field);
    }

    @Test
    void lineBreaksTabsAndCarriageReturnsAreQuotedOrGuarded() {
        assertThat(CsvExportWriter.field("one\ntwo")).isEqualTo("\"one\ntwo\"");
        assertThat(CsvExportWriter.field("one\r\ntwo")).isEqualTo("\"one\r\ntwo\"");
        assertThat(CsvExportWriter.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvExportWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void numbersAndYesNoAreWrittenAsTheyAreAndNothingAsAnEmptyField() {
        assertThat(CsvExportWriter.field(new BigDecimal("-1.5"))).isEqualTo("-1.5");
        assertThat(CsvExportWriter.field(new BigDecimal("35.6"))).isEqualTo("35.6");
        assertThat(CsvExportWriter.field(Boolean.TRUE)).isEqualTo("true");
        assertThat(CsvExportWriter.field(null)).isEmpty();
        assertThat(CsvExportWriter.field("")).isEmpty();
    }
}
