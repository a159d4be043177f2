package dev.slidejar.js;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsNumberTest {
    @ParameterizedTest(name = "String({0}) = {1}")
    @CsvSource({
        "0, 0",
        "-0.0, 0",
        "1, 1",
        "1.0, 1",
        "3.14, 3.14",
        "0.1, 0.1",
        "0.000001, 0.000001",
        "0.0000001, 1e-7",
        "1e21, 1e+21",
        "1e20, 100000000000000000000",
        "123456789012345680000, 123456789012345680000",
        "6.02e23, 6.02e+23",
        "1.5e-10, 1.5e-10",
        "-2.5, -2.5",
        "0.30000000000000004, 0.30000000000000004",
        "5e-324, 5e-324",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "12345678901234567890, 12345678901234567000",
    })
    void printsAsJavaScript(double value, String expected) {
        assertThat(JsNumber.toString(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NaN, NaN", "Infinity, Infinity", "-Infinity, -Infinity"})
    void printsSpecialValues(double value, String expected) {
        assertThat(JsNumber.toString(value)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1.0, java.lang.Long", "-0.0, java.lang.Long", "1.5, java.lang.Double", "1e300, java.lang.Double"})
    void keepsWholeNumbersAsLongs(double value, String type) {
        assertThat(JsNumber.of(value).getClass().getName()).isEqualTo(type);
    }
}
