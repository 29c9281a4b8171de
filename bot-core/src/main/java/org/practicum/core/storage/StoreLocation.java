package org.practicum.core.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where sessions are kept: {@code url} empty means the embedded database in {@code dataDir}; a
 * {@code jdbc:postgresql://} URL means a database shared by every instance. The password comes from
 * the environment only and is left out of {@link #toString()}, so a StoreLocation can be logged.
 */
public record StoreLocation(Path dataDir, String url, String user, Optional<String> password, int poolSize) {

    public StoreLocation {
        url = url == null ? "" : url.strip();
        password = password == null ? Optional.empty() : password;
    }

    public static StoreLocation embedded(Path dataDir) {
        return new StoreLocation(dataDir, "", "", Optional.empty(), 1);
    }

    public boolean shared() {
        return !url.isBlank();
    }

    @Override
    public String toString() {
        return shared() ? withoutCredentials(url) + " as " + user : "embedded database in " + dataDir;
    }

    /** The URL with any password=… parameter or user:password@ masked, for messages and logs. */
    static String withoutCredentials(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@]*:[^/@]*@", "//***@");
    }
}
