/**
 * What Practicum says to people, decided once for every platform: the client's mood in words, the
 * coaching after a reply, each member's private feedback, the debrief's figures, and what a person
 * can do next after a refusal. Values, not markup: the terminal renders them as plain text, Discord as
 * markdown and embeds, Slack as mrkdwn and Block Kit, each adding only its own formatting and the names
 * of its own commands and buttons ({@link org.practicum.core.presentation.StepNames}).
 *
 * <p>Also the planning both chat platforms share for the status reactions
 * ({@link org.practicum.core.presentation.StatusChanges}).
 */
package org.practicum.core.presentation;
