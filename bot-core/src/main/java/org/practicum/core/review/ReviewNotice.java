package org.practicum.core.review;

import org.practicum.core.session.Participant;

/** What to tell a trainee privately when their session has been reviewed (adapters deliver it by DM). */
public record ReviewNotice(Participant trainee, ReviewForTrainee review) {
}
