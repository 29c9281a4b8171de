# Runs the Practicum bot from the jar built outside the image:
#   mvn -B -DskipTests package && docker build -t practicum .
# Secrets (DISCORD_TOKEN, SLACK_BOT_TOKEN, SLACK_APP_TOKEN, SLACK_SIGNING_SECRET, PRACTICUM_LLM_API_KEY,
# PRACTICUM_STORAGE_PASSWORD) are passed as environment variables at run time, never baked in.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /opt/practicum --shell /usr/sbin/nologin practicum \
    && mkdir -p /opt/practicum/data && chown practicum /opt/practicum/data
WORKDIR /opt/practicum
COPY app/target/practicum.jar practicum.jar
COPY config/ config/
USER practicum
ENV PRACTICUM_CONFIG_DIR=/opt/practicum/config \
    PRACTICUM_STORAGE_DATA_DIR=/opt/practicum/data
VOLUME ["/opt/practicum/data"]
ENTRYPOINT ["java", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", \
            "-Dlogback.configurationFile=/opt/practicum/config/logback.xml", "-jar", "/opt/practicum/practicum.jar"]
