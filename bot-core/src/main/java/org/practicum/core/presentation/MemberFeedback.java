package org.practicum.core.presentation;

import java.util.ArrayList;
import java.util.List;
import org.practicum.core.report.Debrief;

/**
 * The debrief's private part for one member of a session: the flags on their own replies first, then,
 * in a group session, those on the rest of the group's replies. Someone who wrote no reply (a group's
 * facilitator, a member who only watched) is told they observed, never "nothing was flagged on your
 * replies". Quotes people's words, so only ever shown to that member.
 *
 * @param title    a heading with the counts
 * @param sections in reading order; a section's heading or note may be empty
 */
public record MemberFeedback(String title, List<Section> sections) {

    public static final String YOUR_REPLIES = "Your replies";
    public static final String GROUPS_REPLIES = "The group's replies";
    public static final String REST_OF_GROUP = "The rest of the group's replies";
    public static final String OBSERVED = "You observed this session; here is what was flagged on the group's replies.";
    public static final String NOTHING_ON_YOURS = "Nothing was flagged on your replies.";

    /** A part of the feedback: a heading, a line under it, and its flags. */
    public record Section(String heading, String note, List<FlagNote> flags) {
        public Section {
            flags = List.copyOf(flags);
        }
    }

    public MemberFeedback {
        sections = List.copyOf(sections);
    }

    public static final String RISK = "Risk";
    public static final String WENT_WELL = "What went well";
    public static final String FOCUS = "The pattern";

    /**
     * The risk line leads when there is one, then the pattern across the replies and what to work on first,
     * then the flags, then what went well in the trainee's own words.
     */
    public static MemberFeedback of(Debrief.MemberFlags flags) {
        MemberFeedback onFlags = ofFlags(flags);
        List<Section> sections = new ArrayList<>();
        if (!flags.review().risk().isEmpty()) {
            sections.add(new Section(RISK, flags.review().risk(), List.of()));
        }
        if (!flags.review().focus().isEmpty()) {
            sections.add(new Section(FOCUS, flags.review().focus(), List.of()));
        }
        sections.addAll(onFlags.sections());
        if (!flags.review().wentWell().isEmpty()) {
            sections.add(new Section(WENT_WELL, String.join("\n", flags.review().wentWell()), List.of()));
        }
        return new MemberFeedback(onFlags.title(), sections);
    }

    private static MemberFeedback ofFlags(Debrief.MemberFlags flags) {
        List<FlagNote> own = flags.own().stream().map(f -> FlagNote.inDebrief(f, true)).toList();
        List<FlagNote> others = flags.others().stream().map(f -> FlagNote.inDebrief(f, false)).toList();
        if (flags.isEmpty()) {
            return new MemberFeedback("Your feedback", List.of(new Section("", flags.replied()
                    ? "Nothing was flagged in this session. Look at the debrief figures for what to build on next time."
                    : "You wrote no replies, and nothing was flagged in this session.", List.of())));
        }
        if (!flags.replied()) {
            return new MemberFeedback("Feedback on the group's replies (" + others.size() + ")",
                    List.of(new Section(GROUPS_REPLIES, OBSERVED, others)));
        }
        if (others.isEmpty()) {
            return new MemberFeedback("Your feedback (" + own.size() + ")",
                    List.of(new Section(YOUR_REPLIES, "", own)));
        }
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(YOUR_REPLIES, own.isEmpty() ? NOTHING_ON_YOURS : "", own));
        sections.add(new Section(REST_OF_GROUP, "", others));
        return new MemberFeedback("Your feedback: " + own.size() + " on your replies, " + others.size()
                + " on the rest of the group's", sections);
    }

    /** Whether there is no flag to read at all (the title and a line say so). */
    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.flags().isEmpty());
    }
}
