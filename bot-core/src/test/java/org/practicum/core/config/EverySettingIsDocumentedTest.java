package org.practicum.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EverySettingIsDocumentedTest {

    private static final Pattern SETTING = Pattern.compile("^\\s*([\\w-]+):\\s*(\\S.*)$");

    @Test
    void every_setting_in_application_yaml_has_a_comment_line_directly_above_it() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("..", "config", "application.yaml"));
        List<String> undocumented = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = SETTING.matcher(lines.get(i));
            // A key with a value on its line is a setting; a key alone opens a section.
            if (m.matches() && (i == 0 || !lines.get(i - 1).strip().startsWith("#"))) {
                undocumented.add((i + 1) + ": " + lines.get(i).strip());
            }
        }
        assertEquals(List.of(), undocumented);
    }
}
