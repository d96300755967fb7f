package io.github.tsunagari.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of this module, written into this class from the build (as Jackson's own modules do): what
 * {@link TsunagariModule#version()} returns.
 */
public final class PackageVersion implements Versioned {
  /** Creates the holder; {@link #VERSION} is what it holds. */
  public PackageVersion() {}

  @Override
  public Version version() {
    return VERSION;
  }

  /** The module's version, from the build. */
  public static final Version VERSION =
      VersionUtil.parseVersion("${project.version}", "${project.groupId}", "${project.artifactId}");
}
