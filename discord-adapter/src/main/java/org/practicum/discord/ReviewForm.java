package org.practicum.discord;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.components.label.Label;
import net.dv8tion.jda.api.components.radiogroup.RadioGroup;
import net.dv8tion.jda.api.components.selections.SelectOption;
import net.dv8tion.jda.api.components.selections.StringSelectMenu;
import net.dv8tion.jda.api.components.textinput.TextInput;
import net.dv8tion.jda.api.components.textinput.TextInputStyle;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.modals.Modal;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.ReplyUnderReview;
import org.practicum.core.review.Verdict;

/**
 * The "Review this reply" form (a modal): one agree / disagree / not sure radio group per automatic flag
 * on the reply, a note, and a menu of the kinds the tool might have missed with a note. Discord's modal
 * holds five fields; when a reply has more flags than leave room for the rest, the flags come first and
 * the note and missed flag open the next time (once the flags are judged).
 */
final class ReviewForm {

    /** Modal ids: {@code prc:rv:<session>:<message>}. */
    static final String PREFIX = "prc:rv:";
    static final String NOTE = "note";
    /** One radio group per raised flag: {@code flag:<kind id>}. */
    static final String FLAG_PREFIX = "flag:";
    static final String MISSED = "missed";
    static final String MISSED_NOTE = "missed_note";

    /** The fields besides the flags, in the order they give way when room runs out. */
    enum Field { NOTE, MISSED, MISSED_NOTE }

    /** What one opening of the form shows: these flags and these other fields. */
    record Layout(List<FlagKind> flags, List<Field> fields, boolean leavesOut) {
    }

    private ReviewForm() {
    }

    /**
     * What fits in Discord's five fields: everything if it can; otherwise the flags first, unless this
     * reviewer has judged them all already, when the note and missed flag go first instead.
     */
    static Layout layout(ReplyUnderReview reply) {
        // Nothing left to add as missed when every kind was raised: then the menu would have no options.
        List<Field> others = reply.missable().isEmpty() ? List.of(Field.NOTE) : List.of(Field.values());
        int room = Modal.MAX_COMPONENTS;
        if (reply.raised().size() + others.size() <= room) {
            return new Layout(reply.raised(), others, false);
        }
        boolean allJudged = reply.verdicts().keySet().containsAll(reply.raised());
        if (allJudged) {
            return new Layout(reply.raised().subList(0, room - others.size()), others, true);
        }
        List<FlagKind> flags = reply.raised().subList(0, Math.min(room, reply.raised().size()));
        return new Layout(flags, others.subList(0, room - flags.size()), true);
    }

    static Modal of(ReplyUnderReview reply, String messageId) {
        Layout layout = layout(reply);
        List<Label> fields = new ArrayList<>();
        for (FlagKind kind : layout.flags()) {
            RadioGroup.Builder choice = RadioGroup.create(FLAG_PREFIX + kind.id()).setRequired(false);
            for (Verdict v : Verdict.values()) {
                choice.addOption(v.label(), v.id());
            }
            Verdict earlier = reply.verdicts().get(kind);
            if (earlier != null) {
                choice.setSelectedValue(earlier.id());
            }
            fields.add(Label.of(ReplyUnderReview.flagLabel(kind), choice.build()));
        }
        for (Field field : layout.fields()) {
            fields.add(switch (field) {
                case NOTE -> Label.of(ReplyUnderReview.NOTE, TextInput.create(NOTE, TextInputStyle.PARAGRAPH)
                        .setRequired(false).setMaxLength(1500).setValue(reply.note().isEmpty() ? null : reply.note())
                        .build());
                case MISSED -> Label.of(ReplyUnderReview.MISSED, StringSelectMenu.create(MISSED).setRequired(false)
                        .addOptions(reply.missable().stream().map(k -> SelectOption.of(k.label(), k.id())).toList())
                        .build());
                case MISSED_NOTE -> Label.of(ReplyUnderReview.MISSED_NOTE, TextInput.create(MISSED_NOTE,
                        TextInputStyle.SHORT).setRequired(false).setMaxLength(500).build());
            });
        }
        return Modal.create(PREFIX + reply.sessionId() + ":" + messageId, ReplyUnderReview.TITLE)
                .addComponents(fields).build();
    }

    /** What the reviewer filled in; the verdicts in the order the flags were shown. */
    static ReplyJudgement read(ModalInteractionEvent event) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        for (ModalMapping value : event.getValues()) {
            if (value.getCustomId().startsWith(FLAG_PREFIX) && value.getAsOptionalString() != null) {
                Verdict.byId(value.getAsOptionalString()).ifPresent(v ->
                        verdicts.put(value.getCustomId().substring(FLAG_PREFIX.length()), v));
            }
        }
        ModalMapping missed = event.getValue(MISSED);
        return new ReplyJudgement(text(event, NOTE), verdicts,
                missed == null || missed.getAsStringList().isEmpty() ? "" : missed.getAsStringList().get(0),
                text(event, MISSED_NOTE));
    }

    private static String text(ModalInteractionEvent event, String id) {
        ModalMapping value = event.getValue(id);
        return value == null ? "" : value.getAsString();
    }
}
