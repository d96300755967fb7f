package io.github.tsunagari.spring;

import io.github.tsunagari.validation.GrantValidator;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Tsunagari in a Spring Boot application, Boot 4 (Jackson 3) or Boot 3.5 (Jackson 2), whichever it is:
 *
 * <ul>
 *   <li>the binding's Jackson module on Boot's mapper: a Jackson 3 {@code JacksonModule} bean where
 *       {@code tsunagari-jackson3} is on the class path, a Jackson 2 {@code Module} bean where {@code tsunagari-jackson}
 *       is; Boot applies the beans of its own Jackson;</li>
 *   <li>a {@link GrantValidator} on Boot's own Jakarta {@code Validator}, unless the application has one;</li>
 *   <li>in a servlet web application, grant data read from request bodies with every finding located
 *       ({@link GrantDataHttpMessageConverter}), a {@code ValidationReport} parameter for the report of a body that
 *       passed, and problem details for one that did not ({@link GrantDataProblemHandler}).</li>
 * </ul>
 *
 * <p>What differs between the Boot lines is chosen by class name, so that this class loads on either; what a service
 * tunes is in {@link TsunagariProperties} ({@code tsunagari.*}).
 */
@AutoConfiguration(afterName = {
    "org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration",
    "org.springframework.boot.autoconfigure.validation.ValidationAutoConfiguration"})
@EnableConfigurationProperties(TsunagariProperties.class)
public class TsunagariAutoConfiguration {
  private static final String TABLES = "io.github.tsunagari.tables.GrantTableReader";

  /** Creates the configuration. */
  public TsunagariAutoConfiguration() {}

  /**
   * The grant validator: the model's constraints checked by Boot's Jakarta validator (where there is exactly one),
   * and the program's rules.
   *
   * @param validator Boot's Jakarta validator
   * @return the grant validator
   */
  @Bean
  @ConditionalOnMissingBean
  public GrantValidator grantValidator(ObjectProvider<Validator> validator) {
    Validator boot = validator.getIfUnique();
    return boot == null ? GrantValidator.create() : GrantValidator.using(boot);
  }

  /** The Jackson 3 binding, for Boot 4's mapper, which applies every {@code JacksonModule} bean to its builder. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.tsunagari.jackson3.TsunagariModule")
  static class Jackson3Binding {
    @Bean
    @ConditionalOnMissingBean
    io.github.tsunagari.jackson3.TsunagariModule tsunagariJackson3Module() {
      return new io.github.tsunagari.jackson3.TsunagariModule();
    }
  }

  /** The Jackson 2 binding, for Boot 3.5's mapper, which registers every Jackson 2 {@code Module} bean. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "io.github.tsunagari.jackson.TsunagariModule")
  static class Jackson2Binding {
    @Bean
    @ConditionalOnMissingBean
    io.github.tsunagari.jackson.TsunagariModule tsunagariJackson2Module() {
      return new io.github.tsunagari.jackson.TsunagariModule();
    }
  }

  /** Grant data in request bodies, and problem details, in a servlet web application. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
  @ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
  static class Web {
    @Bean
    GrantDataHttpMessageConverter grantDataHttpMessageConverter(GrantValidator validator,
        TsunagariProperties properties) {
      List<GrantBody> bodies = new ArrayList<>(List.of(JsonBody.values()));
      if (ClassUtils.isPresent(TABLES, Web.class.getClassLoader())) {
        bodies.addAll(List.of(TableBody.values()));
      }
      return new GrantDataHttpMessageConverter(validator, properties, bodies);
    }

    @Bean
    WebMvcConfigurer tsunagariValidationReportParameter() {
      return new WebMvcConfigurer() {
        @Override
        public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
          resolvers.add(new ValidationReportArgumentResolver());
        }
      };
    }

    @Bean
    @ConditionalOnProperty(prefix = "tsunagari.problems", name = "enabled", matchIfMissing = true)
    GrantDataProblemHandler grantDataProblemHandler() {
      return new GrantDataProblemHandler();
    }
  }
}
