package org.pathways.spring;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.Module;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.pathways.consent.ConsentPolicy;
import org.pathways.json.PathwaysModule;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Pathways in a Spring Boot servlet application, by adding the starter to the class path: {@link
 * PathwaysModule} and the library's codes on Spring's {@code ObjectMapper} (writing the bytes {@code
 * PlanJson} writes), codes in path variables
 * and query parameters, an {@link org.pathways.plan.Edit} parameter resolved from the request's
 * headers ({@link PlanRevisions}), the agency's {@link ConsentPolicy} from {@code pathways.consent.*}, a
 * request-body limit ({@code pathways.web.max-body-bytes}, default
 * 1 MiB, answered with 413), and every error as an RFC 9457 problem with the library's code ({@link
 * PathwaysProblemHandler}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PathwaysAutoConfiguration {
    /** Creates the configuration; Spring Boot does. */
    public PathwaysAutoConfiguration() {}

    /**
     * The library's JSON module; Spring Boot registers every {@link Module} bean on its mapper.
     *
     * @return the module
     */
    @Bean
    @ConditionalOnMissingBean(PathwaysModule.class)
    public PathwaysModule pathwaysModule() {
        return new PathwaysModule();
    }

    /**
     * Spring's mapper writes what {@link org.pathways.json.PlanJson} writes, byte for byte: a character
     * outside the Basic Multilingual Plane (🌱) as itself in UTF-8, not as an escaped surrogate pair,
     * which is what Jackson otherwise writes to a byte stream, and so to a response body.
     *
     * @return the customizer
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer pathwaysSameBytes() {
        return builder -> builder.postConfigurer(mapper -> mapper.setConfig(
                mapper.getSerializationConfig().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)));
    }

    /**
     * The library's closed sets by their codes in JSON.
     *
     * @return the module
     */
    @Bean
    public Module pathwaysCodes() {
        return CodedEnums.jacksonModule();
    }

    /**
     * The mapping of errors to problem details.
     *
     * @return the handler
     */
    @Bean
    @ConditionalOnMissingBean
    public PathwaysProblemHandler pathwaysProblemHandler() {
        return new PathwaysProblemHandler();
    }

    /**
     * The clock that dates edits, unless the application has one.
     *
     * @return the system clock in UTC
     */
    @Bean
    @ConditionalOnMissingBean
    public Clock pathwaysClock() {
        return Clock.systemUTC();
    }

    /**
     * The agency's consent policy, from {@code pathways.consent.*}, unless the application defines
     * one: {@code release-days} (a grant without an end expires that many days after it takes
     * effect; unset, it lasts until withdrawn), {@code renewal-notice-days} (default 14), {@code
     * notice-of-withheld} (default false) and {@code override-roles} (the roles that may decide a
     * disclosure without consent; none by default). A value the policy refuses stops the application
     * at start-up with the library's error naming the setting.
     *
     * @param releaseDays days a release lasts, or null
     * @param renewalNoticeDays days of notice before a grant ends
     * @param noticeOfWithheld whether a view says something was withheld at her request
     * @param overrideRoles the authorised roles, separated by commas
     * @return the policy
     */
    @Bean
    @ConditionalOnMissingBean
    public ConsentPolicy pathwaysConsentPolicy(
            @Value("${pathways.consent.release-days:#{null}}") Integer releaseDays,
            @Value("${pathways.consent.renewal-notice-days:14}") int renewalNoticeDays,
            @Value("${pathways.consent.notice-of-withheld:false}") boolean noticeOfWithheld,
            @Value("${pathways.consent.override-roles:}") String overrideRoles) {
        return ConsentPolicy.builder()
                .releaseDays(Optional.ofNullable(releaseDays))
                .renewalNoticeDays(renewalNoticeDays)
                .noticeOfWithheld(noticeOfWithheld)
                .addAllOverrideRoles(java.util.Arrays.stream(overrideRoles.split(","))
                        .map(String::strip)
                        .filter(r -> !r.isEmpty())
                        .toList())
                .build();
    }

    /**
     * The request-body limit.
     *
     * @param max the most bytes a body may have
     * @return the filter's registration
     */
    @Bean
    public FilterRegistrationBean<BodyLimitFilter> pathwaysBodyLimit(
            @Value("${pathways.web.max-body-bytes:1048576}") long max) {
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(new BodyLimitFilter(max));
        registration.setOrder(Integer.MIN_VALUE + 100);
        return registration;
    }

    /**
     * Codes in request parameters and {@code Edit} parameters from the request's headers.
     *
     * @param clock the clock that dates edits
     * @return the configurer
     */
    @Bean
    public WebMvcConfigurer pathwaysWebMvc(Clock clock) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new EditResolver(clock));
            }

            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverterFactory(new CodedEnums.Converters());
            }
        };
    }
}
