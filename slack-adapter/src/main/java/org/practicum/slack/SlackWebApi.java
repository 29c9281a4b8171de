package org.practicum.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.SlackFilesUploadV2Exception;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Web API calls the adapter makes, with what the SDK leaves out: a 429 is waited out for its
 * Retry-After and tried again, and a failed call is logged (method and Slack's error code, never the
 * message text) instead of thrown into the conversation.
 */
final class SlackWebApi {

    private static final Logger LOG = LoggerFactory.getLogger(SlackWebApi.class);
    private static final int MAX_ATTEMPTS = 4;
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(60);

    /** One Web API call. */
    interface Call<T extends SlackApiTextResponse> {
        T on(MethodsClient methods) throws IOException, SlackApiException;
    }

    private final MethodsClient methods;
    /** How many 429s each thread has waited out, so a caller can tell its calls were held back. */
    private final ThreadLocal<long[]> waits = ThreadLocal.withInitial(() -> new long[1]);

    SlackWebApi(MethodsClient methods) {
        this.methods = methods;
    }

    /** The response when Slack answered ok, else empty (already logged). */
    <T extends SlackApiTextResponse> Optional<T> call(String method, Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.on(methods);
                if (!response.isOk()) {
                    LOG.warn("slack {} answered {}", method, response.getError());
                    return Optional.empty();
                }
                return Optional.of(response);
            } catch (SlackApiException e) {
                if (e.getResponse() != null && e.getResponse().code() == 429 && attempt < MAX_ATTEMPTS) {
                    Duration wait = retryAfter(e.getResponse().header("Retry-After"));
                    LOG.info("slack {} rate limited; retrying in {} s", method, wait.toSeconds());
                    waits.get()[0]++;
                    if (!sleep(wait)) {
                        return Optional.empty();
                    }
                    continue;
                }
                LOG.warn("slack {} failed: HTTP {}", method, e.getResponse() == null ? "?" : e.getResponse().code());
                return Optional.empty();
            } catch (SlackFilesUploadV2Exception e) {
                LOG.warn("slack {} failed at {}", method, uploadStep(e));
                return Optional.empty();
            } catch (IOException e) {
                LOG.warn("slack {} failed: {}", method, e.getClass().getSimpleName());
                return Optional.empty();
            }
        }
    }

    /** How many times calls on the current thread waited out a 429 so far: compare two readings. */
    long rateLimitWaitsOnThisThread() {
        return waits.get()[0];
    }

    /** Which of files.uploadV2's three steps failed, and how: what an admin needs to fix it (e.g. a missing scope). */
    private static String uploadStep(SlackFilesUploadV2Exception e) {
        if (e.getCompleteResponse() != null) {
            return "files.completeUploadExternal: " + e.getCompleteResponse().getError();
        }
        return e.getGetURLResponses().stream().filter(r -> !r.isOk()).findFirst()
                .map(r -> "files.getUploadURLExternal: " + r.getError())
                .orElseGet(() -> "the upload: HTTP " + e.getUploadResponses().values().stream()
                        .filter(r -> r.getCode() != 200).map(r -> String.valueOf(r.getCode())).findFirst().orElse("?"));
    }

    static Duration retryAfter(String header) {
        try {
            long seconds = Long.parseLong(header == null ? "1" : header.strip());
            Duration wait = Duration.ofSeconds(Math.max(1, seconds));
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        } catch (NumberFormatException e) {
            return Duration.ofSeconds(1);
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
