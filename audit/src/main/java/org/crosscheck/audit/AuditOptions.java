// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.audit;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.crosscheck.engine.evaluation.EngineOptions;
import org.crosscheck.engine.evaluation.Evaluator;
import org.crosscheck.engine.ruleset.PolicySettingsFiles;
import org.crosscheck.engine.ruleset.RuleSetCatalog;

/**
 * What an audit evaluates with: the criteria rule sets (null for all) and a payer's policy settings
 * file (its bytes, null for the policy's defaults). Small and serializable: a Spark job ships
 * these, never a rule base, and each executor JVM builds its {@link Evaluator} from them once.
 * Audits skip the what-if alternatives.
 */
public record AuditOptions(List<String> ruleSets, String policyFile, byte[] policySettings)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public AuditOptions {
    ruleSets = ruleSets == null || ruleSets.isEmpty() ? null : List.copyOf(ruleSets);
  }

  public static AuditOptions defaults() {
    return new AuditOptions(null, null, null);
  }

  /**
   * A new evaluator (loads the rule bases; fails fast when one is incomplete or a rule set id is
   * unknown).
   */
  public Evaluator newEvaluator() {
    RuleSetCatalog catalog = RuleSetCatalog.load();
    EngineOptions options = EngineOptions.defaults().withWhatIf(false).withRuleSets(ruleSets);
    if (policySettings != null) {
      String defaults = catalog.policy(options.policyId()).info().settings();
      options =
          options.withPolicySettings(
              PolicySettingsFiles.parse(policySettings, policyFile, defaults));
    }
    return Evaluator.create(catalog, options);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditOptions other
        && Objects.equals(ruleSets, other.ruleSets)
        && Objects.equals(policyFile, other.policyFile)
        && Arrays.equals(policySettings, other.policySettings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleSets, policyFile, Arrays.hashCode(policySettings));
  }
}
