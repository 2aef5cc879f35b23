package org.pathways.spring;

import java.time.Clock;
import org.pathways.plan.Edit;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method its {@link Edit} from the request: the author from {@code
 * Pathways-Author}, the person's presence from {@code Pathways-Person-Present}, the time from the
 * server's clock. A body never supplies it.
 */
final class EditResolver implements HandlerMethodArgumentResolver {
    private final Clock clock;

    EditResolver(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Edit.class;
    }

    @Override
    public Edit resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return PlanRevisions.edit(
                request.getHeader(PlanRevisions.AUTHOR), request.getHeader(PlanRevisions.PERSON_PRESENT), clock);
    }
}
