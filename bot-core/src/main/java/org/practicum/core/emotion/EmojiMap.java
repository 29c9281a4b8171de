package org.practicum.core.emotion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practicum.core.config.YamlNode;

/** The emoji status reactions for an emotion and its trend, per platform, from {@code config/emoji.yaml}. */
public final class EmojiMap {

    /** One reaction in both platforms' terms: Discord unicode and Slack emoji name. */
    public record Reaction(String discord, String slack) {
    }

    private final Map<EmotionCategory, Reaction> emotions;
    private final Map<Trend, Reaction> trends;

    public EmojiMap(Map<EmotionCategory, Reaction> emotions, Map<Trend, Reaction> trends) {
        this.emotions = Map.copyOf(emotions);
        this.trends = Map.copyOf(trends);
        for (EmotionCategory c : EmotionCategory.values()) {
            if (!this.emotions.containsKey(c)) {
                throw new IllegalArgumentException("no emoji for " + c.id());
            }
        }
    }

    public static EmojiMap load(Path file) {
        YamlNode root = YamlNode.parse(file);
        Map<EmotionCategory, Reaction> emotions = new EnumMap<>(EmotionCategory.class);
        YamlNode section = root.required("emotions");
        for (EmotionCategory c : EmotionCategory.values()) {
            emotions.put(c, reaction(section.required(c.id())));
        }
        Map<Trend, Reaction> trends = new EnumMap<>(Trend.class);
        YamlNode trend = root.required("trend");
        trends.put(Trend.BETTER, reaction(trend.required("better")));
        trends.put(Trend.WORSE, reaction(trend.required("worse")));
        return new EmojiMap(emotions, trends);
    }

    private static Reaction reaction(YamlNode node) {
        String slack = node.required("slack").nonBlankString();
        if (slack.startsWith(":") || slack.endsWith(":")) {
            throw node.error("write Slack emoji names without colons, e.g. 'cry' not ':cry:'");
        }
        return new Reaction(node.required("discord").nonBlankString(), slack);
    }

    /** The emotion's reaction, then the trend marker when there is a trend. */
    public List<Reaction> reactionsFor(Emotion emotion, Trend trend) {
        List<Reaction> out = new ArrayList<>();
        out.add(emotions.get(emotion.category()));
        if (trend != Trend.SAME && trends.containsKey(trend)) {
            out.add(trends.get(trend));
        }
        return out;
    }
}
