package io.github.tsunagari.jackson;

import com.fasterxml.jackson.databind.module.SimpleModule;

/** The Jackson module for the Tsunagari model. Serializers arrive with the JSON issue; registering it is harmless. */
public final class TsunagariModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public TsunagariModule() {
    super("TsunagariModule");
  }
}
