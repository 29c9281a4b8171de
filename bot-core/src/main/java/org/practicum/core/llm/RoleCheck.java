package org.practicum.core.llm;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Catches a client reply that leaves the role: talks as an assistant, reveals its instructions, or
 * gives method or means detail. Deliberately strict: a false alarm costs one offline line, a miss
 * could put method detail in front of a volunteer.
 */
final class RoleCheck {

    private record Rule(String problem, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("it talked as an AI assistant", Pattern.compile(
                    "\\b(as an ai|an ai\\b|a?n? ?(large )?language model|chat ?bot|virtual assistant|"
                            + "i('m| am) (just )?(an? )?(ai|assistant|bot|simulation|simulated)|"
                            + "how (can|may) i (help|assist)|i('m| am) here to (help|assist)|"
                            + "i can(no|')t (help|assist) with (that|this)|as a simulated)",
                    Pattern.CASE_INSENSITIVE)),
            new Rule("it revealed its instructions", Pattern.compile(
                    "(system prompt|my (instructions|prompt|directive|guidelines)|i (was|am|have been) "
                            + "(told|instructed|programmed)|role-?play|hold[ _]back|may[ _]disclose|"
                            + "\\bdisclosed_layers\\b|json|\\bpersona\\b|\\btrust level)",
                    Pattern.CASE_INSENSITIVE)),
            new Rule("it gave method or means detail", Pattern.compile(
                    "(\\b\\d+\\s*(mg|milligrams?|pills|tablets|paracetamol|painkillers)\\b|overdos|lethal dose|"
                            + "\\bnoose\\b|hang(ing)? myself|\\bslit|cut(ting)? my wrists?|jump(ing)? (off|from) (the|a)|"
                            + "carbon monoxide|\\bexhaust pipe|drink(ing)? bleach|shoot myself|\\bgun\\b|firearm|"
                            + "stockpil|how many .{0,30}(to die|would kill))",
                    Pattern.CASE_INSENSITIVE)));

    /** The problem with a reply, or empty when it stays in role. */
    static Optional<String> problem(String message, List<String> disclosedLayers, List<String> allowedLayers) {
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(message).find()) {
                return Optional.of(rule.problem());
            }
        }
        return disclosedLayers.stream().filter(id -> !allowedLayers.contains(id)).findFirst()
                .map(id -> "it disclosed '" + id + "', which is still held back");
    }
}
