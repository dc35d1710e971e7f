package restaurant.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import picocli.CommandLine;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import restaurant.config.BadInputException;

/** What picocli found wrong with the command line, said in one line (a {@link BadInputException}'s). */
final class UsageError {
  private UsageError() {}

  /** A usage error as one line: what is wrong, and which --help tells more. */
  static String of(ParameterException e) {
    // A command's: the top level has only --help and --version, with which picocli reports nothing.
    CommandLine command = e.getCommandLine();
    CommandLine top = command.getParent();
    String help = command.getCommandName() + " --help";
    if (e instanceof MissingParameterException missing) {
      OptionSpec option = (OptionSpec) missing.getMissing().get(0);
      if (e.getMessage().startsWith("Missing required option")) { // not given at all
        return command.getCommandName() + " needs " + option.longestName() + " " + option.paramLabel() + "; see "
            + help;
      }
      return option.longestName() + " needs a value; see " + help;
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      String arg = unmatched.getUnmatched().get(0);
      if (!unmatched.isUnknownOption()) {
        String commands = String.join(", ", top.getSubcommands().keySet()).replaceFirst(", ([^,]+)$", " and $1");
        return "unexpected " + BadInputException.shown(arg) + ": the commands are " + commands + "; see --help";
      }
      String option = BadInputException.shown(arg.split("=", 2)[0]);
      List<String> owners = top.getSubcommands().values().stream()
          .filter(other -> other.getCommandSpec().findOption(option) != null)
          .map(CommandLine::getCommandName).toList();
      if (owners.contains(command.getCommandName())) { // an option of its own, after "--"
        return option + " after --: what follows -- is not an option, and " + command.getCommandName()
            + " takes no other arguments; put the options before it (see " + help + ")";
      }
      if (!owners.isEmpty()) { // every command that takes it: "run, sweep, node and cluster"
        return option + " goes with " + String.join(", ", owners).replaceFirst(", ([^,]+)$", " and $1") + ", not "
            + command.getCommandName() + "; see " + help;
      }
      // picocli suggests the options that start like it; the closest spelling wins, then one it abbreviates
      Comparator<String> closest = Comparator.<String>comparingInt(name -> edits(option, name))
          .thenComparing(name -> !name.startsWith(option));
      return unmatched.getSuggestions().stream().min(closest)
          .map(name -> "unknown option " + option + "; did you mean " + name + "? (see " + help + ")")
          .orElse("unknown option " + option + "; see " + help);
    }
    if (e.getCause() instanceof TypeConversionException invalid && e.getArgSpec() instanceof OptionSpec option) {
      String given = e.getValue().isBlank() ? option.longestName()
          : option.longestName() + " " + BadInputException.shown(e.getValue());
      return given + ": " + invalid.getMessage();
    }
    return e.getMessage() + "; see " + help;
  }

  /** The Levenshtein distance: the fewest one-character edits that turn a into b. */
  private static int edits(String a, String b) {
    int[] row = IntStream.rangeClosed(0, b.length()).toArray();
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        row[j] = Math.min(Math.min(above, row[j - 1]) + 1, diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
