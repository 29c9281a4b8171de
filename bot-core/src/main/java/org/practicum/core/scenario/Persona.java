package org.practicum.core.scenario;

/** Who the client is. */
public record Persona(String name, int age, String pronouns, String background) {

    /** What the trainee calls them in the chat: the first word of the name. */
    public String firstName() {
        return name.strip().split("\\s+")[0];
    }
}
