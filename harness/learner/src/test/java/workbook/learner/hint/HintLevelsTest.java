package workbook.learner.hint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workbook.harness.generate.ChapterManifest;
import workbook.learner.Fixtures;

class HintLevelsTest {

    @TempDir
    Path state;

    private final ChapterManifest.Todo threeHints = Fixtures.ANSWERS.todos().get(0);

    @Test
    void theFirstHintIsRevealedFromTheStart() {
        assertThat(HintLevels.in(state).revealed(threeHints)).containsExactly("It is 42.");
    }

    @Test
    void eachRevealAddsOneHintUpToTheLast() {
        HintLevels levels = HintLevels.in(state);

        assertThat(levels.revealNext(threeHints)).isEqualTo(2);
        assertThat(levels.revealNext(threeHints)).isEqualTo(3);
        assertThat(levels.revealNext(threeHints)).isEqualTo(3);
        assertThat(levels.revealed(threeHints)).containsExactly("It is 42.", "Return 42;", "Really.");
    }

    @Test
    void theLevelReachedIsRememberedInTheStateFolder() {
        HintLevels.in(state).revealNext(threeHints);

        assertThat(state.resolve(HintLevels.FILE)).exists();
        assertThat(HintLevels.in(state).level(threeHints)).isEqualTo(2);
        assertThat(HintLevels.in(state).level(Fixtures.ANSWERS.todos().get(2))).isEqualTo(1);
    }

    @Test
    void aDamagedFileStartsAgainFromTheFirstHint() throws Exception {
        Files.writeString(state.resolve(HintLevels.FILE), "{ not json");

        assertThat(HintLevels.in(state).level(threeHints)).isEqualTo(1);
    }
}
