package org.practicum.core.llm;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.practicum.core.config.Secrets;
import org.practicum.core.config.Settings;
import org.practicum.core.emotion.EmotionClassifier;
import org.practicum.core.report.Debriefs;
import org.practicum.core.session.Participant;
import org.practicum.core.session.PracticeEngine;
import org.practicum.core.session.SessionOrigin;
import org.practicum.core.session.SessionUpdate;
import org.practicum.core.testing.Fixtures;

/** The shipped configuration pointed at a fake model server, and an engine wired with the resulting roles. */
final class Harness {

    static final String KEY = "sk-test-7d3f0c2a9b8e4f61a5c2d9e8f7a6b5c4";

    final LlmRoles roles;
    final PracticeEngine engine;
    final Debriefs debriefs;

    private Harness(LlmRoles roles, PracticeEngine engine, Debriefs debriefs) {
        this.roles = roles;
        this.engine = engine;
        this.debriefs = debriefs;
    }

    static Map<String, String> env(FakeModelServer server, String provider, String... overrides) {
        Map<String, String> env = new HashMap<>();
        env.put("PRACTICUM_LLM_PROVIDER", provider);
        env.put("PRACTICUM_LLM_BASE_URL", server.baseUrl());
        env.put("PRACTICUM_LLM_MODEL", "test-model");
        env.put("PRACTICUM_LLM_BACKOFF_MS", "1");
        env.put("PRACTICUM_LLM_TIMEOUT_SECONDS", "2");
        env.put(Secrets.LLM_API_KEY, KEY);
        for (int i = 0; i < overrides.length; i += 2) {
            env.put(overrides[i], overrides[i + 1]);
        }
        return env;
    }

    static Harness start(Path data, Map<String, String> env, EmotionClassifier classifier) {
        Settings settings = Settings.load(Fixtures.CONFIG.resolve("application.yaml"), env);
        LlmRoles roles = LlmRoles.fromSettings(settings, new Secrets(env), Fixtures.CONFIG,
                Fixtures.offlineRoles(),
                classifier);
        PracticeEngine engine = Fixtures.engine(data, roles.analyzer(), roles.client(), roles.suggestions());
        return new Harness(roles, engine, Fixtures.debriefs(engine, data, roles.usage()));
    }

    String startSession() {
        return startUpdate().sessionId();
    }

    SessionUpdate startUpdate() {
        return engine.start("exam-stress", new Participant("t1", "Trainee"), SessionOrigin.terminal(), 7L);
    }
}
