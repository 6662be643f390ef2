package org.parkgate.integration.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.parkgate.security.AuditAction;
import org.parkgate.security.AuditLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every call of the integration API that may change something (anything but GET) is audited
 * under the client with its method, path and answer, refused ones too; what it changed is audited
 * by the feature that changed it.
 */
@Configuration(proxyBeanMethods = false)
class WriteAudit implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditLog audit;

    WriteAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/integration/**");
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            @Nullable Exception failure) {
        if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
            audit.recordAs(AuditLog.currentActor(), AuditAction.API_WRITE, request.getMethod() + " " + request.getRequestURI(),
                    String.valueOf(response.getStatus()));
        }
    }
}
