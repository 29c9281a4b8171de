package org.practicum.core.conversation;


/** One message of the conversation, as a model or a reviewer would read it. */
public record TranscriptEntry(Speaker speaker, int turn, String text) {

    public enum Speaker { TRAINEE, CLIENT }
}
