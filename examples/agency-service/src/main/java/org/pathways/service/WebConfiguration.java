package org.pathways.service;

import com.fasterxml.jackson.databind.Module;
import java.time.Clock;
import java.util.List;
import org.pathways.json.PathwaysModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Pathways on Spring's own mapper and converters, and the request-size limit. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {
    private final Clock clock;

    WebConfiguration(Clock clock) {
        this.clock = clock;
    }

    /** Spring Boot registers every {@link Module} bean on its {@code ObjectMapper}. */
    @Bean
    Module pathwaysModule() {
        return new PathwaysModule();
    }

    @Bean
    Module pathwaysCodes() {
        return CodedEnums.jacksonModule();
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimit(@Value("${pathways.max-body-bytes:1048576}") long max) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(max));
        registration.setOrder(Integer.MIN_VALUE + 100);
        return registration;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new EditResolver(clock));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new CodedEnums.Converters());
    }
}
