package nl.vidcat.sheet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Titles guessed from the file names students and phones really produce. */
class TitleGuessTest {

    @ParameterizedTest(name = "{0} -> \"{1}\"")
    @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
            breuken_vereenvoudigen-v2.mp4                  | Breuken vereenvoudigen
            wiskunde/breuken_vereenvoudigen-v2.mp4         | Breuken vereenvoudigen
            Fotosynthese_final.mov                         | Fotosynthese
            fotosynthese_FINAL_def.mp4                     | Fotosynthese
            de-franse-revolutie (1).mp4                    | De franse revolutie
            Kopie van breuken uitleg.mp4                   | Breuken uitleg
            breuken uitleg - Kopie.mp4                     | Breuken uitleg
            BreukenVereenvoudigen.mp4                      | Breuken vereenvoudigen
            uitlegOverDeKringloop.mp4                      | Uitleg over de kringloop
            uitleg_HTML_tags.mp4                           | Uitleg HTML tags
            IMG_1234.MOV                                   | ''
            VID_20240312_143015.mp4                        | ''
            PXL_20240312_143015123.mp4                     | ''
            GH010123.MP4                                   | ''
            MVI_0042_proef_met_zout.mp4                    | Proef met zout
            20240312_proef_met_zout.mp4                    | Proef met zout
            proef met zout 2024-03-12.mp4                  | Proef met zout
            proef met zout 12-03-2024 14.30.mp4            | Proef met zout
            Spreekbeurt_Nederland_take3.mp4                | Spreekbeurt Nederland
            spreekbeurt take 2.mp4                         | Spreekbeurt
            les 3 deel 2.mp4                               | Les 3 deel 2
            Verkiezingen 2021 uitgelegd.mp4                | Verkiezingen 2021 uitgelegd
            presentatie_v1.2_1080p.mp4                     | Presentatie
            PYTHAGORAS_UITLEG.MP4                          | Pythagoras uitleg
            WO2.mp4                                        | WO2
            élan_vital.webm                                | Élan vital
            ijsberg.mp4                                    | IJsberg
            """)
    void guessesTheTitleFromTheFileName(String file, String title) {
        assertEquals(title, TitleGuess.fromFileName(file.strip()));
    }
}
