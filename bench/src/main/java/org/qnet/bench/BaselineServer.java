package org.qnet.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.http.server.reactive.ReactorHttpHandlerAdapter;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import tools.jackson.core.type.TypeReference;

/**
 * The baseline of the read benchmark: bare WebFlux on Reactor Netty, in a JVM started like the
 * services', answering each path with the JSON a service answered it with, held in memory. No
 * security, no database: what is left of the services' time is theirs.
 */
public final class BaselineServer {

    private BaselineServer() {
    }

    /** {@code java ... BaselineServer <port> <bodies.json>}, where the file maps each path to its body. */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> bodies = read(Path.of(args[1]));
        RouterFunctions.Builder routes = RouterFunctions.route();
        bodies.forEach((path, body) -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            routes.GET(path, request -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(bytes));
        });
        RouterFunction<ServerResponse> router = routes.build();
        HttpHandler handler = RouterFunctions.toHttpHandler(router);
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(Integer.parseInt(args[0]))
                .handle(new ReactorHttpHandlerAdapter(handler)).bindNow();
        System.out.println("baseline listening on " + server.port());
        server.onDispose().block();
    }

    private static Map<String, String> read(Path file) {
        try {
            return Http.JSON.readValue(Files.readString(file), new TypeReference<Map<String, String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
