package nl.vidcat.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import nl.vidcat.store.Catalog;
import nl.vidcat.stage.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogFindingsTest {

    @TempDir
    Path tmp;

    @Test
    void findingsPerRecordIncludingTheDuplicatePass() throws Exception {
        Catalog c = Catalog.openOrCreate(tmp.resolve("catalog"));
        c.save(ValidateFixtures.clean("a-00000000"));
        c.save(ValidateFixtures.edit(ValidateFixtures.clean("b-00000000"), m -> {
            m.makers = List.of("Sanne de Vries");
            m.consent = false;
        }));
        c.save(ValidateFixtures.clean("c-00000000"));
        CatalogFindings f = CatalogFindings.of(Catalog.open(tmp.resolve("catalog")), Progress.NONE);
        assertTrue(f.hasErrors("b-00000000"), f.of("b-00000000").toString());
        assertTrue(f.of("b-00000000").stream().anyMatch(x -> x.rule() == Rules.TITLE_DUPLICATE),
                "the duplicate-title finding is merged into the record's list");
        assertFalse(f.hasErrors("unknown"));
        assertEquals(List.of(), f.of("unknown"));
        assertEquals(3, f.summary().items());
    }
}
