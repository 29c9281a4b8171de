package org.practicum.core.presentation;

/**
 * How a platform names one {@link org.practicum.core.session.NextStep}: a verb and what it acts on,
 * "Type" + "/resume", "Use" + "`/practice resume`", "Press" + "*Resume practice*".
 */
public record StepName(String verb, String what) {
}
