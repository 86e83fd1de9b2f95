package nl.vidcat.export;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A fresh catalog in a temp folder for each test. */
abstract class ExportTestBase {

    @TempDir
    Path tmp;
    ExportFixtures fx;

    @BeforeEach
    void newCatalog() throws Exception {
        fx = new ExportFixtures(tmp);
    }
}
