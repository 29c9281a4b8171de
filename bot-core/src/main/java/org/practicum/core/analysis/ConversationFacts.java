package org.practicum.core.analysis;

import java.util.List;
import org.practicum.core.cue.CueKind;

/**
 * What an analyser may know of the conversation's progress, as the client's state records it: how
 * much of the story is out and what the trainee has done so far.
 *
 * @param disclosedLayers      layers of the story out so far
 * @param currentLayer         the layer the client is talking from
 * @param coreDisclosed        the core concern is out
 * @param coreHeard            the trainee reflected or explored the core concern after it came out
 * @param reflections          accurate reflections the trainee has made so far
 * @param closedQuestionStreak yes/no questions asked in a row in the earlier replies
 * @param voicedCues           kinds of the distress cues the client has voiced, in the order voiced
 */
public record ConversationFacts(int disclosedLayers, int currentLayer, boolean coreDisclosed, boolean coreHeard,
                                int reflections, int closedQuestionStreak, List<CueKind> voicedCues) {
    public ConversationFacts {
        voicedCues = List.copyOf(voicedCues);
    }
}
