package org.qnet.gateway.spa;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RequestPredicates.accept;

import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RequestPredicate;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The web app routes in the browser (/members/42, /events?from=...), so any page address that is not
 * the API, sign-in or a file answers with the app's index page, which is never cached: a new release
 * is picked up on the next load, while its hashed assets are cached for good.
 */
@Configuration(proxyBeanMethods = false)
class WebAppPages implements WebFluxConfigurer {

    private static final List<String> NOT_PAGES = List.of("/api/", "/oauth2/", "/login", "/logout", "/actuator",
            "/session", "/assets/");

    @Bean
    RouterFunction<ServerResponse> webAppIndex(@Value("classpath:/static/index.html") Resource index) {
        RequestPredicate page = GET("/**").and(accept(MediaType.TEXT_HTML)).and(request -> {
            String path = request.path();
            return NOT_PAGES.stream().noneMatch(path::startsWith) && !path.substring(path.lastIndexOf('/')).contains(".");
        });
        return RouterFunctions.route(page, request -> ServerResponse.ok()
                .contentType(MediaType.TEXT_HTML)
                .cacheControl(CacheControl.noCache())
                .bodyValue(index));
    }

    /** Vite names every built asset by its content hash, so an asset's address never shows other content. */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
    }
}
