# Build with Maven, run on a JRE; the app listens on 8080.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY frontend frontend
COPY datasets datasets
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/target/lstm-explorer.jar app.jar
ENV LSTM_EXPLORER_DATA_DIR=/data
VOLUME /data
EXPOSE 8080
# The vector API module makes the engine's matrix kernels 1.2-1.5x faster (docs/kernels.md).
ENTRYPOINT ["java", "--add-modules", "jdk.incubator.vector", "-jar", "/app/app.jar"]
