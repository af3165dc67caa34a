package org.backcare.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** The backcare command run in-process on one database file, as {@code backcare ... --db FILE} runs it. */
record Backcare(Path db) {
    Cli run(String... args) {
        return Cli.run(Stream.concat(Arrays.stream(args), Stream.of("--db", db.toString())).toArray(String[]::new));
    }

    /** A command that must succeed: the test fails with what it printed on error otherwise. */
    Cli ok(String... args) {
        var result = run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
        return result;
    }
}
