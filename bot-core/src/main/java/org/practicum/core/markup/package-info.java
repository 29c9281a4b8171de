/**
 * The one seam between a wording decided in bot-core and a platform's markup (Discord Markdown, Slack
 * mrkdwn, plain text). Depends on nothing, so any feature package may render through it.
 */
package org.practicum.core.markup;
