package dk.samspil.domain.milestone;

import dk.samspil.domain.shared.StudyId;

import java.time.LocalDate;

/** A study reached a step of the process on a date; a later event for the same step restates it. */
public record MilestoneReached(StudyId study, Milestone milestone, LocalDate reachedOn, String note) {
}
