# syntax=docker/dockerfile:1
# One image recipe for every qnet application; choose which with --build-arg SERVICE, e.g.
#   docker build --build-arg SERVICE=members-service -t qnet/members-service:0.1.0 .
# SERVICE is one of: identity, members-service, projects-service, events-service, notifications-service, gateway.

FROM eclipse-temurin:17-jdk-noble AS build
ARG SERVICE
# The gateway carries the web app, which module web builds with Node.js and npm.
COPY --from=node:22.12.0-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:22.12.0-bookworm-slim /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm
WORKDIR /src
COPY . .
# The Maven cache outlives the build, so a second image does not download the world again.
# No ahead-of-time bean definitions: the image runs without Spring's AOT mode, since the environment
# compose and Kubernetes give it (the issuer's key set URI) decides which beans it makes.
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${SERVICE}" && \
    ./mvnw -B -q -pl "${SERVICE}" -am package -DskipTests -Dspring-boot.aot.skip=true && \
    cp "${SERVICE}/target/${SERVICE}-"*.jar /application.jar

FROM eclipse-temurin:17-jdk-noble AS layers
WORKDIR /layers
COPY --from=build /application.jar application.jar
# Dependencies change far less often than qnet's own classes: one image layer each, cached apart.
RUN java -Djarmode=tools -jar application.jar extract --layers --destination extracted

FROM eclipse-temurin:17-jre-noble
ARG SERVICE
LABEL org.opencontainers.image.title="qnet ${SERVICE}" \
      org.opencontainers.image.source="https://github.com/qnet/qnet" \
      org.opencontainers.image.licenses="Apache-2.0"
RUN groupadd --system --gid 10001 qnet && useradd --system --uid 10001 --gid qnet --no-create-home qnet
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
# A class-data sharing archive of the classes the application loads while its context refreshes: the
# JVM maps them instead of loading each one from the jars, which halves start-up. One training run
# makes it here, refreshing the context and leaving at once; that needs neither database nor broker.
RUN java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar application.jar
USER 10001:10001
# Every application listens on 8080 in a container; the management endpoints share the port.
# The heap takes at most 40 % of the container's memory: besides it the JVM holds about 280 MiB (class
# metadata and its archive, compiled code, threads, the JDK's libraries; docs/BENCHMARKS.md), which must
# fit in the smallest limit the manifests give, 512 MiB, while a service's live heap is about 50 MB.
# The C library keeps what the JIT compiler frees (20-35 MB after a burst of new requests): the JVM
# hands it back every five seconds.
ENV PORT=8080 \
    QNET_LOG_FORMAT=ecs \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=40 -XX:InitialRAMPercentage=25 -XX:TrimNativeHeapInterval=5000 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
EXPOSE 8080
# bash's /dev/tcp keeps the image free of curl; readiness says whether the app can serve traffic.
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \
    CMD bash -c 'exec 3<>/dev/tcp/127.0.0.1/8080 && printf "GET /actuator/health/readiness HTTP/1.0\r\nHost: localhost\r\n\r\n" >&3 && head -n 1 <&3 | grep -q " 200 "'
ENTRYPOINT ["java", "-XX:SharedArchiveFile=application.jsa", "-Xshare:auto", "-jar", "application.jar"]
