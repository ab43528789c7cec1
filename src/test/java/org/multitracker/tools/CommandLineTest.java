package org.multitracker.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  private static final Set<String> OPTIONS = Set.of("target", "comment");

  @Test
  void optionsMayComeAnywhere() {
    CommandLine line =
        CommandLine.parse(List.of("a", "--target", "t", "b", "--comment=c"), OPTIONS);

    assertThat(line.positional()).containsExactly("a", "b");
    assertThat(line.options()).isEqualTo(Map.of("target", "t", "comment", "c"));
  }

  @Test
  void emptyValueIsAValue() {
    assertThat(CommandLine.parse(List.of("--target", ""), OPTIONS).option("target")).contains("");
    assertThat(CommandLine.parse(List.of("--target="), OPTIONS).option("target")).contains("");
  }

  @Test
  void doubleDashEndsOptions() {
    CommandLine line = CommandLine.parse(List.of("--", "--target", "x"), OPTIONS);

    assertThat(line.positional()).containsExactly("--target", "x");
    assertThat(line.options()).isEmpty();
  }

  @Test
  void singleDashArgumentsAreFiles() {
    assertThat(CommandLine.parse(List.of("-x"), OPTIONS).positional()).containsExactly("-x");
  }

  @Test
  void refusesUnknownRepeatedAndValuelessOptions() {
    assertThatThrownBy(() -> CommandLine.parse(List.of("--nope", "x"), OPTIONS))
        .isInstanceOf(UsageException.class)
        .hasMessage("unknown option --nope");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--target", "a", "--target", "b"), OPTIONS))
        .hasMessage("option --target given twice");
    assertThatThrownBy(() -> CommandLine.parse(List.of("--target"), OPTIONS))
        .hasMessage("option --target needs a value");
  }
}
