// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the inputs of {@code crosscheck evaluate}: a JSON file is one case; a {@code .ndjson} or
 * {@code .jsonl} file is one case per line; {@code -} is one case on standard input.
 */
final class CaseInputs {

  /** One case's bytes and where it came from ("file" or "file:line"). */
  record Input(String source, byte[] bytes, String readError) {}

  private CaseInputs() {}

  static List<Input> read(List<String> names, InputStream stdin) {
    List<Input> inputs = new ArrayList<>();
    for (String name : names) {
      if (name.equals("-")) {
        try {
          inputs.add(new Input("<stdin>", stdin.readAllBytes(), null));
        } catch (IOException e) {
          inputs.add(new Input("<stdin>", null, "cannot read standard input: " + e.getMessage()));
        }
        continue;
      }
      Path path = Path.of(name);
      try {
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
          List<String> lines = Files.readAllLines(path, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
              inputs.add(
                  new Input(
                      name + ":" + (i + 1), lines.get(i).getBytes(StandardCharsets.UTF_8), null));
            }
          }
        } else {
          inputs.add(new Input(name, Files.readAllBytes(path), null));
        }
      } catch (IOException e) {
        inputs.add(
            new Input(name, null, "cannot read the file (" + e.getClass().getSimpleName() + ")"));
      }
    }
    return inputs;
  }
}
