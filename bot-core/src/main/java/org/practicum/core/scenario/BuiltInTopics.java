package org.practicum.core.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The topics every scenario understands without being told: what trainees ask about in any
 * conversation. Each has the words that show it in a trainee's message ({@code asked}) and in a
 * client's line ({@code said}): "how are you sleeping?" asks about sleep, "awake till four" tells it.
 */
public final class BuiltInTopics {

    /** Topics every scenario must answer (a line about it, or a deflection), because trainees always ask. */
    public static final Set<String> ALWAYS_ASKED = Set.of("duration", "help", "support", "coping", "routine");

    /** The words of one built-in topic. */
    public record Words(List<String> asked, List<String> said) {
        public Words {
            asked = List.copyOf(asked);
            said = List.copyOf(said);
        }
    }

    private static final Map<String, Words> TOPICS = new LinkedHashMap<>();

    static {
        // "every single night" or "a rest" in a client's line says nothing about sleep; "how are your nights?" asks it.
        List<String> sleepSaid = List.of("sleep", "sleeping", "slept", "asleep", "awake", "insomnia", "bed", "bedtime",
                "nightmares", "3am", "4am", "tired", "exhausted", "knackered");
        List<String> sleepAsked = new ArrayList<>(sleepSaid);
        sleepAsked.addAll(List.of("nights", "rest", "at night", "night time", "nighttime", "lying there", "lie awake",
                "lying awake"));
        TOPICS.put("sleep", new Words(sleepAsked, sleepSaid));
        both("eating", "eat", "eating", "ate", "food", "appetite", "meals", "meal", "hungry", "cooking", "dinner",
                "lunch", "breakfast");
        both("health", "health", "doctor", "gp", "ill", "illness", "sick", "pain", "medication", "meds",
                "hospital", "body", "symptoms", "diagnosis", "therapy", "therapist", "counsellor");
        both("work", "work", "job", "boss", "manager", "shift", "shifts", "colleague", "colleagues", "office",
                "career", "workplace", "workload", "team", "redundancy", "redundant", "hours");
        // "are you working?" asks about work; a client's "working through it" does not tell it.
        askedToo("work", "working", "employed", "in work");
        both("study", "study", "studying", "exam", "exams", "uni", "university", "school", "college", "course",
                "lectures", "lecturer", "tutor", "assignment", "assignments", "degree", "grades", "revision",
                "revising", "dissertation");
        both("money", "money", "rent", "bills", "debt", "debts", "pay", "afford", "finances", "savings", "overdraft",
                "benefits", "loan", "mortgage");
        both("home", "home", "house", "flat", "housemate", "housemates", "landlord", "living", "move", "moved");
        both("family", "family", "mum", "mom", "dad", "parents", "parent", "brother", "sister", "siblings", "son",
                "daughter", "kids", "children", "grandma", "grandad", "nan", "auntie", "uncle", "cousin");
        both("friends", "friend", "friends", "mates", "mate", "social", "going out", "people at", "lonely",
                "alone", "on my own");
        both("partner", "partner", "boyfriend", "girlfriend", "husband", "wife", "relationship", "ex", "marriage",
                "dating", "fiance", "fiancee");
        TOPICS.put("support", new Words(List.of("who do you", "anyone you", "anyone to", "someone to talk", "talk to",
                "support", "supports you", "who knows", "does anyone", "told anyone", "tell anyone", "have anyone",
                "people around you", "on your side", "lean on", "turn to", "there for you", "around you",
                "who have you told", "have you told", "told anybody", "who's at home", "who is at home", "who's there", "at home with you", "live with", "is there anyone",
                "anyone at", "can go to", "go to about", "does he know", "does she know", "do they know", "know how",
                "knows how", "know about", "knows about", "keep in touch", "who else"),
                List.of("nobody", "no one", "noone", "anyone", "told", "talk to", "support", "there for me",
                        "on my own", "alone", "by myself")));
        TOPICS.put("feelings", new Words(List.of("how are you feeling", "how do you feel", "how does that feel",
                "how did that feel", "what's that like", "what is that like", "what was that like", "how was that",
                "feel about", "feeling about", "emotions", "inside"),
                List.of("feel", "feeling", "felt", "scared", "sad", "angry", "ashamed", "guilty", "numb", "empty")));
        // Only the author knows which "forty years" or "since january" tells how long the trouble has gone on.
        TOPICS.put("duration", new Words(List.of("how long", "since when", "when did", "how many weeks",
                "how many months", "how much longer", "for a while", "been going on",
                "when was the last"), List.of()));
        TOPICS.put("routine", new Words(List.of("your days", "your day like", "your day look", "normal day",
                "typical day", "average day", "usual day", "ordinary day", "day to day", "day-to-day", "a day in",
                "workday", "working day", "fill your days", "spend your days", "your week", "normal week",
                "your evenings", "your mornings", "your weekends", "daily", "what do you do with yourself"),
                List.of("my days", "most days", "every day", "every morning", "a normal day", "the days")));
        TOPICS.put("trigger", new Words(List.of("what happened", "what's happened", "what has happened",
                "what started", "when did it start", "when it started", "what brought you", "what's going on",
                "what is going on", "what's been going on", "what has been going on", "what led", "what made"),
                List.of("happened", "started", "began", "ever since", "that's when")));
        TOPICS.put("worst", new Words(List.of("hardest", "worst", "most difficult", "toughest", "most painful",
                "bothers you most", "weighs on you", "gets to you", "biggest worry", "worries you most", "scares you"),
                List.of("worst", "hardest", "what gets me", "scares me most", "the worst bit")));
        TOPICS.put("coping", new Words(List.of("cope", "coping", "get through", "getting through", "manage",
                "managing", "deal with", "dealing with", "gets you through", "get you through", "got you through", "what do you do when", "keeps you going",
                "how do you get by", "hold it together", "how do you carry on", "keep carrying on", "come down", "coming down", "wind down",
                "winding down", "unwind", "switch off", "switching off", "what do you do to", "what do you do after", "relax"),
                List.of("cope", "coping", "get through", "manage", "just keep", "keep going", "distract", "get by",
                        "keeps me going")));
        TOPICS.put("help", new Words(List.of("what would help", "what might help", "what could help", "what helps",
                "what would make", "what do you need", "what do you want", "what would you like", "would it help",
                "would help", "might help", "could help", "help most", "make a difference", "biggest difference",
                "need most", "make it easier", "make things easier", "what would be different", "hoping for",
                "hope for", "want from", "want to happen"),
                List.of("help", "helps", "helped", "wish", "if i could", "easier", "what i need")));
        TOPICS.put("future", new Words(List.of("future", "going forward", "next", "plans", "what now", "from here",
                "a year from now", "in a month", "ahead"),
                List.of("future", "next year", "plans", "one day", "ahead")));
    }

    private BuiltInTopics() {
    }

    private static void both(String id, String... words) {
        TOPICS.put(id, new Words(List.of(words), List.of(words)));
    }

    /** Words that ask about a topic without telling it in a client's line. */
    private static void askedToo(String id, String... words) {
        Words known = TOPICS.get(id);
        List<String> asked = new ArrayList<>(known.asked());
        asked.addAll(List.of(words));
        TOPICS.put(id, new Words(asked, known.said()));
    }

    public static Set<String> ids() {
        return TOPICS.keySet();
    }

    public static boolean isBuiltIn(String id) {
        return TOPICS.containsKey(id);
    }

    public static Words words(String id) {
        return TOPICS.get(id);
    }
}
