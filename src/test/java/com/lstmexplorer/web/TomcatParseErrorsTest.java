package com.lstmexplorer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.apache.tomcat.util.res.StringManager;
import org.junit.jupiter.api.Test;

/** Every Tomcat message the fault names depend on exists in the Tomcat on the classpath. */
class TomcatParseErrorsTest {
    @Test
    void everyKeyIsInTomcatsBundle() {
        assertThat(Arrays.stream(TomcatParseErrors.values()).filter(e -> !e.known()))
                .as("Tomcat parse errors whose message key Tomcat no longer has").isEmpty();
    }

    /** Each message as Tomcat writes it, with an argument filled in, is recognised as itself and no other. */
    @Test
    void eachMessageIsRecognisedAsItself() {
        for (TomcatParseErrors error : TomcatParseErrors.values()) {
            String[] at = error.toString().split(":");
            String message = StringManager.getManager(at[0]).getString(at[1], "[/a{b} ]");
            assertThat(TomcatParseErrors.of(message)).as(message).contains(error);
        }
        assertThat(TomcatParseErrors.of("Connection reset by peer")).isEmpty();
        assertThat(TomcatParseErrors.of(null)).isEmpty();
    }
}
