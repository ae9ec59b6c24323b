package workbook.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocPicturesTest {

    private static final Path DOCS_IMG = Path.of(System.getProperty("workbook.docs.img", "../../docs/img"));

    @Test
    void theCommittedPicturesAreWhatTheReferenceDrawsNow() throws Exception {
        assertThat(DocPictures.stale(DOCS_IMG)).as("doc pictures out of date").isEmpty();
    }

    @Test
    void everyPictureHasATextAlternativeAndNoScript() {
        List<Picture> pictures = DocPictures.all();

        assertThat(pictures).hasSize(6).allSatisfy(picture -> assertThat(picture.svg())
                .contains("role=\"img\"", "<title id=\"title\">", "<desc id=\"desc\">")
                .doesNotContain("<desc id=\"desc\"></desc>", "<script", "NaN", "Infinity"));
    }

    @Test
    void drawingTwiceGivesTheSameBytes() {
        assertThat(DocPictures.all()).isEqualTo(DocPictures.all());
    }
}
