// SPDX-License-Identifier: Apache-2.0
package org.crosscheck.engine.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.drools.base.util.Drools;
import org.drools.compiler.kproject.models.KieModuleModelImpl;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKieModule;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieBaseModel;
import org.kie.api.builder.model.KieModuleModel;

/**
 * The KieBases of the rule jars on a classpath, built from their executable model: the {@code
 * Model} classes that the kie-maven-plugin generated and listed in the jar's {@code drools-model}
 * index, put together by the KieBases of its {@code META-INF/kmodule.xml} (their packages and
 * options) with Drools's {@link KieBaseBuilder}.
 *
 * <p>Drools's classpath container ({@code KieServices.newKieClasspathContainer}) builds the same
 * KieBases, but first reads every entry of the jar that holds {@code kmodule.xml} into memory: in
 * the Spark job's shaded jar (80 MB) that took 3 s of each start. Here only the index and the model
 * classes are read. A rule jar names its Maven coordinates in {@value #RELEASE} (written by the
 * build), which locate its index; what the KieBases hold is still checked rule by rule by {@link
 * RuleSetCatalog}.
 */
final class ModelKieBases {

  /** Classpath resource naming the {@code groupId}, {@code artifactId} and {@code version}. */
  static final String RELEASE = "crosscheck/kie-release.properties";

  private static final String KMODULE = "META-INF/kmodule.xml";

  private final Map<String, KieBaseModel> kieBases;
  private final Map<String, KieModuleModel> modules;
  private final List<Model> models;

  private ModelKieBases(
      Map<String, KieBaseModel> kieBases, Map<String, KieModuleModel> modules, List<Model> models) {
    this.kieBases = kieBases;
    this.modules = modules;
    this.models = models;
  }

  static ModelKieBases load(ClassLoader loader) {
    Map<String, KieBaseModel> kieBases = new HashMap<>();
    Map<String, KieModuleModel> modules = new HashMap<>();
    for (URL url : resources(loader, KMODULE)) {
      KieModuleModel module = KieModuleModelImpl.fromXML(url);
      for (KieBaseModel kieBase : module.getKieBaseModels().values()) {
        if (kieBases.put(kieBase.getName(), kieBase) != null) {
          throw new RuleBaseLoadException(
              "two " + KMODULE + " on the classpath declare KieBase '" + kieBase.getName() + "'");
        }
        modules.put(kieBase.getName(), module);
      }
    }
    List<Model> models = new ArrayList<>();
    for (URL url : resources(loader, RELEASE)) {
      String index = CanonicalKieModule.getModelFileWithGAV(releaseId(url));
      for (String className : modelClassNames(loader, index)) {
        models.add(instantiate(loader, className));
      }
    }
    return new ModelKieBases(kieBases, modules, models);
  }

  /** The KieBase of this name, with the models of its packages. */
  KieBase kieBase(String name) {
    KieBaseModel kieBase = kieBases.get(name);
    if (kieBase == null) {
      throw new RuleBaseLoadException(
          "KieBase '" + name + "' failed to load: no " + KMODULE + " on the classpath declares it");
    }
    return KieBaseBuilder.createKieBaseFromModel(models, kieBase, modules.get(name));
  }

  private static ReleaseId releaseId(URL url) {
    Properties p = new Properties();
    try (InputStream in = url.openStream()) {
      p.load(in);
    } catch (IOException e) {
      throw new RuleBaseLoadException("cannot read " + url, e);
    }
    String groupId = p.getProperty("groupId");
    String artifactId = p.getProperty("artifactId");
    String version = p.getProperty("version");
    if (groupId == null || artifactId == null || version == null) {
      throw new RuleBaseLoadException(url + " lacks groupId, artifactId or version");
    }
    return KieServices.get().newReleaseId(groupId, artifactId, version);
  }

  /**
   * The model classes listed in an executable model's index: a first line {@code
   * Drools-Model-Version:V}, V the version of Drools that generated them (this one), then one class
   * name a line.
   */
  private static List<String> modelClassNames(ClassLoader loader, String index) {
    String text;
    try (InputStream in = loader.getResourceAsStream(index)) {
      if (in == null) {
        throw new RuleBaseLoadException(
            "no executable model index " + index + " on the classpath (see " + RELEASE + ")");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RuleBaseLoadException("cannot read " + index, e);
    }
    List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String expected = CanonicalKieModule.MODEL_VERSION + Drools.getFullVersion();
    if (lines.isEmpty() || !lines.get(0).equals(expected)) {
      throw new RuleBaseLoadException(
          index
              + ": generated by "
              + (lines.isEmpty() ? "nothing" : "'" + lines.get(0) + "'")
              + ", this engine runs '"
              + expected
              + "': rebuild the rule jar");
    }
    return lines.subList(1, lines.size());
  }

  private static Model instantiate(ClassLoader loader, String className) {
    try {
      return (Model) loader.loadClass(className).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new RuleBaseLoadException("cannot create the executable model " + className, e);
    }
  }

  private static List<URL> resources(ClassLoader loader, String name) {
    try {
      return Collections.list(loader.getResources(name));
    } catch (IOException e) {
      throw new RuleBaseLoadException("cannot read " + name, e);
    }
  }
}
