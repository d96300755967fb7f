package io.github.tsunagari.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The release conventions, read from the POMs: the BOM lists exactly the modules that are published (those that do
 * not skip deployment), and the metadata Maven Central requires is there for every one of them.
 */
class ReleaseConventionsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  /** The published modules (those that do not skip deployment and are not POMs), by their directories. */
  private static List<String> publishedModules() throws Exception {
    return modules(false);
  }

  /** The modules that are no POMs and skip deployment (or not), by their directories. */
  private static List<String> modules(boolean skippingDeployment) throws Exception {
    List<String> found = new ArrayList<>();
    for (String module : children(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "modules", "module")) {
      Element project = pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      boolean skipped = "true".equals(text(child(project, "properties"), "maven.deploy.skip"));
      if (skipped == skippingDeployment && !"pom".equals(text(project, "packaging"))) {
        found.add(module);
      }
    }
    return found;
  }

  @Test
  void theBomListsEveryPublishedModuleAndNothingElse() throws Exception {
    List<String> published = new ArrayList<>();
    for (String module : publishedModules()) {
      Element project = pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement();
      published.add(text(project, "artifactId"));
      assertThat(text(project, "name")).as("name of %s", module).isNotBlank();
      assertThat(text(project, "description")).as("description of %s", module).isNotBlank();
    }
    Element bom = pom(ROOT.resolve("bom/pom.xml")).getDocumentElement();
    List<String> listed = new ArrayList<>();
    NodeList deps = child(child(bom, "dependencyManagement"), "dependencies").getElementsByTagName("dependency");
    for (int i = 0; i < deps.getLength(); i++) {
      listed.add(text((Element) deps.item(i), "artifactId"));
    }
    assertThat(published).containsExactly("tsunagari-core", "tsunagari-jackson", "tsunagari-jackson3",
        "tsunagari-tables", "tsunagari-testkit", "tsunagari-interchange", "tsunagari-spring-boot-autoconfigure",
        "tsunagari-spring-boot-starter", "tsunagari-spring-boot3-starter");
    assertThat(listed).containsExactlyInAnyOrderElementsOf(published);
    // What Central requires, said once in the BOM, which is the parent's parent.
    for (String required : List.of("name", "description", "url", "licenses", "developers", "scm",
        "issueManagement")) {
      assertThat(child(bom, required)).as(required).isNotNull();
    }
    assertThat(Files.readString(ROOT.resolve("LICENSE"))).contains("Apache License", "Version 2.0");
  }

  /**
   * Central's publishing plugin does not heed {@code maven.deploy.skip}: its list of artifacts left out is exactly the
   * modules that skip deployment (the two example services were missing from it, so a release would have uploaded
   * them).
   */
  @Test
  void theArtifactsLeftOutOfPublishingAreTheModulesThatSkipDeployment() throws Exception {
    List<String> skipping = new ArrayList<>();
    for (String module : modules(true)) {
      skipping.add(text(pom(ROOT.resolve(module).resolve("pom.xml")).getDocumentElement(), "artifactId"));
    }
    List<String> excluded = new ArrayList<>();
    NodeList artifacts = pom(ROOT.resolve("pom.xml")).getDocumentElement().getElementsByTagName("excludeArtifacts");
    assertThat(artifacts.getLength()).isOne();
    NodeList each = ((Element) artifacts.item(0)).getElementsByTagName("artifact");
    for (int i = 0; i < each.getLength(); i++) {
      excluded.add(each.item(i).getTextContent().strip());
    }
    assertThat(excluded).containsExactlyInAnyOrderElementsOf(skipping);
  }

  /**
   * Central requires a sources and a Javadoc jar beside every jar: the parent's profiles that build them are active
   * in every published module (a profile is taken for this where it attaches both, and its activation is the file it
   * names).
   */
  @Test
  void everyPublishedModuleBuildsTheSourcesAndJavadocJarsCentralRequires() throws Exception {
    List<String> activations = new ArrayList<>();
    NodeList profiles = child(pom(ROOT.resolve("pom.xml")).getDocumentElement(), "profiles")
        .getElementsByTagName("profile");
    for (int i = 0; i < profiles.getLength(); i++) {
      Element profile = (Element) profiles.item(i);
      String build = child(profile, "build") == null ? "" : child(profile, "build").getTextContent();
      if (build.contains("sources") && build.contains("javadoc")) {
        activations.add(text(child(child(profile, "activation"), "file"), "exists").replace("${basedir}/", ""));
      }
    }
    assertThat(activations).as("the profiles that attach sources and Javadoc").hasSize(2);
    for (String module : publishedModules()) {
      assertThat(activations).as("a sources and Javadoc profile active in %s", module)
          .anySatisfy(file -> assertThat(ROOT.resolve(module).resolve(file)).isRegularFile());
    }
  }

  @Test
  void ciRunsTheTestCommandTheReadmeGives() throws Exception {
    List<String> readme = Files.readAllLines(ROOT.resolve("README.md"));
    String command = null;
    for (int i = 0; i + 1 < readme.size(); i++) {
      if (readme.get(i).startsWith("# the tests (what CI runs)")) {
        command = readme.get(i + 1).strip();
      }
    }
    assertThat(command).as("the README's test command").isNotBlank();
    List<String> run = Files.readAllLines(ROOT.resolve(".ci/run")).stream().map(String::strip)
        .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("set ") && !l.startsWith("cd ")).toList();
    assertThat(run).as(".ci/run runs exactly the README's test command").containsExactly(command);
  }

  private static Document pom(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(name)) {
        return (Element) n;
      }
    }
    return null;
  }

  private static String text(Element parent, String name) {
    Element e = child(parent, name);
    return e == null ? null : e.getTextContent().strip();
  }

  private static List<String> children(Element parent, String list, String item) {
    List<String> values = new ArrayList<>();
    Element l = child(parent, list);
    for (Node n = l.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element && n.getNodeName().equals(item)) {
        values.add(n.getTextContent().strip());
      }
    }
    return values;
  }
}
