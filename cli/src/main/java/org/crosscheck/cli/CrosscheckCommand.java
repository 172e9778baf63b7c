// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code crosscheck}: evaluate cases against the appropriateness criteria; list the rule sets;
 * audit; synth.
 */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description =
        "Appropriateness criteria for coronary revascularization and cardiac imaging: rate a request and"
            + " decide whether it needs a second review.",
    subcommands = {
      EvaluateCommand.class,
      RulesCommand.class,
      AuditCommand.class,
      SynthCommand.class,
      CommandLine.HelpCommand.class
    })
public final class CrosscheckCommand implements Runnable {

  /** Exit status for invalid input (a file or a field). */
  public static final int INVALID_INPUT = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }

  public static CommandLine commandLine() {
    return new CommandLine(new CrosscheckCommand())
        .setExitCodeExceptionMapper(
            e -> e instanceof CommandLine.ParameterException ? INVALID_INPUT : 1);
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
