package org.practicum.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.analysis.FlagKind;
import org.practicum.core.review.ReplyJudgement;
import org.practicum.core.review.ReplyUnderReview;
import org.practicum.core.review.Verdict;

/**
 * The "Review this reply" modal: the reply, a note, one agree / disagree / not sure choice per automatic
 * flag on it (radio buttons, each its own input), and a menu of the kinds the tool might have missed with
 * a note. Opened again, it shows what the reviewer chose before.
 */
final class ReviewModal {

    static final String CALLBACK = "review_submit";
    static final String NOTE = "note";
    /** One block per raised flag: {@code flag:<kind id>}; its radio buttons' action id is {@link #VERDICT}. */
    static final String FLAG_PREFIX = "flag:";
    static final String VERDICT = "verdict";
    static final String MISSED = "missed";
    static final String MISSED_NOTE = "missed_note";
    /** Room for the reply in a section (3,000 characters), with its escaping. */
    private static final int QUOTE_LIMIT = 2000;

    private ReviewModal() {
    }

    /** {@code metadata} comes back with the submission (session and message). */
    static View of(ReplyUnderReview reply, String metadata) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.text(markdownText("Turn " + reply.turn() + "\n"
                + Mrkdwn.quote(CardMessage.clip(reply.reply(), QUOTE_LIMIT))))));
        blocks.add(input(i -> i.blockId(NOTE).optional(true).label(plainText(ReplyUnderReview.NOTE))
                .element(plainTextInput(t -> t.actionId(NOTE).multiline(true).maxLength(1500)
                        .initialValue(reply.note().isEmpty() ? null : reply.note())))));
        if (reply.raised().isEmpty()) {
            blocks.add(context(List.of(plainText(ReplyUnderReview.NO_FLAGS))));
        }
        for (FlagKind kind : reply.raised()) {
            List<OptionObject> verdicts = Arrays.stream(Verdict.values())
                    .map(v -> option(plainText(v.label()), v.id())).toList();
            Verdict earlier = reply.verdicts().get(kind);
            blocks.add(input(i -> i.blockId(FLAG_PREFIX + kind.id()).optional(true)
                    .label(plainText(ReplyUnderReview.flagLabel(kind)))
                    .element(radioButtons(r -> r.actionId(VERDICT).options(verdicts)
                            .initialOption(earlier == null ? null : verdicts.get(earlier.ordinal()))))));
        }
        List<OptionObject> kinds = reply.missable().stream().map(k -> option(plainText(k.label()), k.id())).toList();
        blocks.add(input(i -> i.blockId(MISSED).optional(true).label(plainText(ReplyUnderReview.MISSED))
                .element(staticSelect(m -> m.actionId(MISSED).options(kinds)))));
        blocks.add(input(i -> i.blockId(MISSED_NOTE).optional(true).label(plainText(ReplyUnderReview.MISSED_NOTE))
                .element(plainTextInput(t -> t.actionId(MISSED_NOTE).maxLength(500)))));
        return view(v -> v.type("modal").callbackId(CALLBACK).privateMetadata(metadata)
                .title(viewTitle(t -> t.type("plain_text").text(ReplyUnderReview.TITLE)))
                .submit(viewSubmit(s -> s.type("plain_text").text("Save")))
                .close(viewClose(c -> c.type("plain_text").text("Cancel")))
                .blocks(blocks));
    }

    /** What the reviewer filled in; the verdicts in the order the flags were shown. */
    static ReplyJudgement read(Map<String, Map<String, ViewState.Value>> values) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        values.forEach((block, actions) -> {
            if (block.startsWith(FLAG_PREFIX)) {
                Verdict.byId(selected(actions.get(VERDICT))).ifPresent(v ->
                        verdicts.put(block.substring(FLAG_PREFIX.length()), v));
            }
        });
        return new ReplyJudgement(text(values, NOTE), verdicts, selected(action(values, MISSED)),
                text(values, MISSED_NOTE));
    }

    private static ViewState.Value action(Map<String, Map<String, ViewState.Value>> values, String id) {
        Map<String, ViewState.Value> block = values.get(id);
        return block == null ? null : block.get(id);
    }

    private static String text(Map<String, Map<String, ViewState.Value>> values, String id) {
        ViewState.Value v = action(values, id);
        return v == null || v.getValue() == null ? "" : v.getValue();
    }

    private static String selected(ViewState.Value v) {
        return v == null || v.getSelectedOption() == null ? "" : v.getSelectedOption().getValue();
    }
}
