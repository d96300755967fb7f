/**
 * Tsunagari in Spring Boot 4 (Jackson 3) and 3.5 (Jackson 2): the auto-configuration, its properties, grant data read
 * from request bodies with located findings, and RFC 9457 problem details. Every Spring module is {@code static}: the
 * application brings its Boot line (an application runs it on the class path, as Boot does); the bindings and the
 * tables module are {@code static} too, chosen by what a starter or the application puts beside it.
 */
module io.github.tsunagari.spring {
  requires transitive io.github.tsunagari.core;
  requires static spring.beans;
  requires static spring.boot;
  requires static spring.boot.autoconfigure;
  requires static spring.context;
  requires static spring.core;
  requires static spring.web;
  requires static spring.webmvc;
  requires static jakarta.servlet;
  requires static io.github.tsunagari.jackson;
  requires static io.github.tsunagari.jackson3;
  requires static io.github.tsunagari.tables;

  exports io.github.tsunagari.spring;
  // Spring builds the auto-configuration, its beans and the properties by reflection.
  opens io.github.tsunagari.spring to spring.core, spring.beans, spring.context, spring.boot;
}
