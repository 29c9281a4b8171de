package org.practicum.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import java.util.ArrayList;
import java.util.List;
import org.practicum.core.report.AgreementTable;
import org.practicum.core.report.CohortReport;

/**
 * A cohort report in Block Kit: sections in mrkdwn, so trainees appear as mentions Slack renders with
 * their names (a code block would show raw {@code <@U…>}), and the agreement table as labelled fields
 * per kind of flag. Column alignment is the chart's job.
 */
final class SlackReport {

    /** Slack's limit on a header's text. */
    private static final int HEADER_LIMIT = 150;

    private SlackReport() {
    }

    /** The report's messages, each within Block Kit's limits; {@code lead} goes first (where the chart is). */
    static List<SlackMessage> of(CohortReport report, String lead) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(header(h -> h.text(plainText(CardMessage.clip(report.title(), HEADER_LIMIT)))));
        if (!lead.isEmpty()) {
            blocks.add(context(List.of(markdownText(lead))));
        }
        List<String> trainees = report.trainees().stream().map(SlackReport::trainee).toList();
        sections(blocks, trainees);
        List<String> cues = new ArrayList<>();
        cues.add("*" + CohortReport.MISSED_CUES + "*" + (report.commonMissedCues().isEmpty()
                ? "\n" + CohortReport.NO_MISSED_CUES : ""));
        report.commonMissedCues().forEach(m -> cues.add(cue(m)));
        sections(blocks, cues);
        blocks.add(section(s -> s.text(markdownText("*" + CohortReport.AGREEMENT + "*"))));
        AgreementTable table = report.table();
        if (table.isEmpty()) {
            blocks.add(context(List.of(plainText(CohortReport.NO_VERDICTS))));
        }
        for (List<String> row : table.rows()) {
            List<TextObject> fields = new ArrayList<>();
            for (int i = 1; i < row.size(); i++) {
                fields.add(markdownText("*" + table.headers().get(i) + "*\n" + row.get(i)));
            }
            blocks.add(section(s -> s.text(markdownText("*" + Mrkdwn.escape(row.get(0)) + "*")).fields(fields)));
        }
        if (!table.isEmpty()) {
            blocks.add(context(List.of(plainText(AgreementTable.KEY))));
        }
        String text = report.title();
        return SectionSplitter.messages(blocks, SectionSplitter.BLOCKS_PER_MESSAGE).stream()
                .map(part -> new SlackMessage(text, part)).toList();
    }

    private static String trainee(CohortReport.TraineeProgress t) {
        StringBuilder sb = new StringBuilder("*").append(Mrkdwn.mention(t.traineeId())).append("* — ")
                .append(t.sessionCount());
        int n = 1;
        for (CohortReport.SessionSkills s : t.sessions()) {
            sb.append('\n').append(n++).append(". ").append(Mrkdwn.escape(CohortReport.sessionLine(s)));
        }
        return sb.toString();
    }

    private static String cue(CohortReport.MissedCue m) {
        StringBuilder sb = new StringBuilder(Mrkdwn.escape(CohortReport.cueLine(m)));
        for (CohortReport.Example e : m.examples()) {
            sb.append("\n    ").append(CohortReport.exampleLine(e, Mrkdwn.MARKUP, Mrkdwn.mention(e.traineeId())));
        }
        return sb.toString();
    }

    /** Entries packed into as few sections as Slack's section limit allows. */
    private static void sections(List<LayoutBlock> blocks, List<String> entries) {
        for (String text : SectionSplitter.sections(entries, SectionSplitter.SECTION_LIMIT)) {
            blocks.add(section(s -> s.text(markdownText(text))));
        }
    }
}
