package io.github.tsunagari.spring;

import io.github.tsunagari.validation.ValidationReport;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller's {@code ValidationReport} parameter the report of the grant data read for the parameter before
 * it: the warnings and infos of a body that passed.
 */
final class ValidationReportArgumentResolver implements HandlerMethodArgumentResolver {
  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return parameter.getParameterType() == ValidationReport.class && parameter.getParameterAnnotations().length == 0;
  }

  @Override
  public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
    Object report = webRequest.getAttribute(GrantDataHttpMessageConverter.REPORT_ATTRIBUTE,
        RequestAttributes.SCOPE_REQUEST);
    if (!(report instanceof ValidationReport)) {
      throw new IllegalStateException("a ValidationReport parameter of " + parameter.getExecutable()
          + " must follow a @RequestBody or @RequestPart of grant data, whose report it is");
    }
    return report;
  }
}
