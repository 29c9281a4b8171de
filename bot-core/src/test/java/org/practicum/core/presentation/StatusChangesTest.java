package org.practicum.core.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practicum.core.presentation.StatusChanges.Change;

class StatusChangesTest {

    @Test
    void the_status_elsewhere_comes_down_newest_first_before_the_new_one_goes_up_in_order() {
        Map<String, List<String>> shown = new LinkedHashMap<>();
        shown.put("m1", List.of("cry", "arrow_down"));

        assertEquals(List.of(new Change(false, "m1", "arrow_down"), new Change(false, "m1", "cry"),
                        new Change(true, "m2", "neutral_face"), new Change(true, "m2", "arrow_up")),
                StatusChanges.toShow(shown, "m2", List.of("neutral_face", "arrow_up")));
    }

    @Test
    void on_the_same_message_only_what_differs_changes() {
        assertEquals(List.of(new Change(false, "m1", "arrow_down"), new Change(true, "m1", "arrow_up")),
                StatusChanges.toShow(Map.of("m1", List.of("cry", "arrow_down")), "m1", List.of("cry", "arrow_up")));
    }

    @Test
    void a_status_already_shown_needs_no_call() {
        assertEquals(List.of(), StatusChanges.toShow(Map.of("m1", List.of("cry")), "m1", List.of("cry")));
    }
}
