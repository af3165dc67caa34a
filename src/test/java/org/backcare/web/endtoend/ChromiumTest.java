package org.backcare.web.endtoend;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ChromiumTest {
    @Test
    void aMissingChromiumIsNamedWithTheCommandThatInstallsIt() {
        assertThatThrownBy(() -> Chromium.requireInstalled(Path.of("/opt/nowhere/chromium")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The browser tests need Debian's chromium at /opt/nowhere/chromium, which is not there: "
                        + "install it with `apt-get install -y chromium` (.ci/run does).");
    }
}
