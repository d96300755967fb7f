/**
 * Tsunagari in Spring Boot 4 (Jackson 3) and 3.5 (Jackson 2): the auto-configuration, its properties
 * ({@code tsunagari.*}), the reading of grant data from request bodies with located findings, and RFC 9457 problem
 * details for bad grant data. An application uses it through {@code tsunagari-spring-boot-starter} (Boot 4) or
 * {@code tsunagari-spring-boot3-starter} (Boot 3.5).
 */
package io.github.tsunagari.spring;
