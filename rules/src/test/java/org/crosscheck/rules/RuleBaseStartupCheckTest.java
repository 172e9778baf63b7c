// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.crosscheck.engine.ruleset.RuleBaseLoadException;
import org.crosscheck.engine.ruleset.RuleSetCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Start-up stops when a rule base does not load whole (an empty KieBase rates nothing without any
 * error, STACK-NOTES trap 6): the shipped rule sets load, and tampered metadata (more rules
 * declared than loaded, a package with no rules, a missing KieBase) is refused.
 */
class RuleBaseStartupCheckTest {

  @Test
  void theShippedRuleSetsLoadWhole() {
    RuleSetCatalog catalog = RuleSetCatalog.load();
    assertThat(catalog.criteria())
        .extracting(r -> r.info().id() + ":" + r.info().loadedRules())
        .containsExactly("revasc-auc-2012:163", "imaging-ccd-auc-2023:63", "acr-cardiac:139");
    assertThat(catalog.criteria()).allMatch(r -> r.info().sha256().length() == 64);
    assertThat(catalog.policy("review-policy-default").info().loadedRules()).isEqualTo(10);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "tampered/ruleset-expects-more.json | loaded 163 rules in package org.crosscheck.rules.revasc2012, its metadata declares 200",
        "tampered/ruleset-empty-package.json | loaded 0 rules in package org.crosscheck.rules.nothing",
        "tampered/ruleset-missing-kbase.json | KieBase 'no-such-kbase' failed to load"
      })
  void aRuleBaseThatDoesNotLoadWholeStopsStartUp(String metadata, String message, @TempDir Path dir)
      throws IOException {
    Path index =
        Files.writeString(
            dir.resolve("rulesets.json"), "[\"" + metadata + "\"]", StandardCharsets.UTF_8);
    ClassLoader loader =
        new ClassLoader(getClass().getClassLoader()) {
          @Override
          public Enumeration<URL> getResources(String name) throws IOException {
            return name.equals(RuleSetCatalog.INDEX)
                ? Collections.enumeration(List.of(index.toUri().toURL()))
                : super.getResources(name);
          }
        };
    assertThatThrownBy(() -> RuleSetCatalog.load(loader))
        .isInstanceOf(RuleBaseLoadException.class)
        .hasMessageContaining(message);
  }
}
