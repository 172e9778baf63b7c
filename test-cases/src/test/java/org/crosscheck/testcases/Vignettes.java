// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.testcases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the vignette files
 * (test-cases/src/main/resources/vignettes/&lt;domain&gt;/&lt;topic&gt;/&lt;id&gt;.json).
 */
public final class Vignettes {

  private Vignettes() {}

  /** The vignettes folder, from the classpath (target/classes/vignettes) or the source tree. */
  public static Path root() {
    URL url = Vignettes.class.getClassLoader().getResource("vignettes");
    try {
      if (url != null && url.getProtocol().equals("file")) {
        return Path.of(url.toURI());
      }
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    for (Path candidate :
        List.of(
            Path.of("src/main/resources/vignettes"),
            Path.of("../test-cases/src/main/resources/vignettes"),
            Path.of("test-cases/src/main/resources/vignettes"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("vignettes folder not found");
  }

  /** Every vignette file, sorted by path. */
  public static List<Path> all() {
    try (Stream<Path> files = Files.walk(root())) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
