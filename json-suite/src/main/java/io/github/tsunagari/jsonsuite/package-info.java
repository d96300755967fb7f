/**
 * The JSON binding suite (JSONバインディングの共通テスト): the tests every JSON binding of the library must pass, run
 * against any binding through {@link io.github.tsunagari.jsonsuite.JsonBindingUnderTest}. They live in
 * {@code src/main/java} so that they ship in the jar {@code io.github.tsunagari:tsunagari-json-suite}, which is not
 * published; the behaviour that is the same on every binding is tested once, here, and a binding module keeps only
 * the tests of what is its own (its mapper's features, its parser's settings).
 *
 * <p>How a binding module runs the suite (as {@code jackson-module} does for Jackson 2):
 * <ol>
 *   <li>depend on {@code io.github.tsunagari:tsunagari-json-suite:${project.version}} in test scope;</li>
 *   <li>implement {@link io.github.tsunagari.jsonsuite.JsonBindingUnderTest} in its test sources, through its own
 *       public API ({@code GrantJson.newMapper()}, {@code GrantJson.write}, ...), unwrapping the library's
 *       {@code InvalidGrantDataException} from its mapper's exception, and list that class in
 *       {@code src/test/resources/META-INF/services/io.github.tsunagari.jsonsuite.JsonBindingUnderTest};</li>
 *   <li>name the jar in maven-surefire-plugin's {@code dependenciesToScan}
 *       ({@code <dependency>io.github.tsunagari:tsunagari-json-suite</dependency>}) and run its tests on the class
 *       path ({@code <useModulePath>false</useModulePath>}): the suite's classes come from a jar on the class path,
 *       and {@link java.util.ServiceLoader} reads no {@code META-INF/services} file for a class that a module's
 *       patched test classes hold;</li>
 *   <li>where a run filters tests by name ({@code -Dtest=...}), include {@code io.github.tsunagari.jsonsuite.**}.</li>
 * </ol>
 * {@code BindingUnderTestTest} fails a run whose readers read through another binding than the one under test.
 */
package io.github.tsunagari.jsonsuite;
