package org.backcare.web.intakes;

import org.backcare.intake.BackArea;

/**
 * The names of the intake form's fields, in one place for the pages, the templates and the reading of a submitted
 * form. Each checkbox has a name of its own ({@code lifestyle.desk-work}), sent as {@link #TICKED} when ticked.
 */
public final class FormFields {
    public static final String TICKED = "yes";
    public static final String NAME = "name";
    public static final String CONSENT = "consent";
    public static final String CONSENT_DATE = "consent-date";
    public static final String VERSION = "version";
    public static final String AGE = "age";
    /** Who gave a parent's or guardian's consent for a client under 18, and when. */
    public static final String GUARDIAN_BY = "guardian-by";
    public static final String GUARDIAN_DATE = "guardian-date";
    /** The back diagram and its six pain inputs, as a whole. */
    public static final String AREAS = "areas";
    public static final String LIFESTYLE = "lifestyle";
    public static final String CONDITIONS = "conditions";
    public static final String RED_FLAGS = "red-flags";
    public static final String PRESSURE = "pressure";
    public static final String NEW_TO_MASSAGE = "new-to-massage";
    public static final String NO_OIL = "no-oil";
    public static final String GOALS = "goals";
    public static final String EVENT_DATE = "event-date";

    private FormFields() {
    }

    public static String pain(BackArea area) {
        return pain(area.region().id(), area.side().id());
    }

    public static String pain(String region, String side) {
        return "pain." + region + "." + side;
    }

    /** The group of a region's symptom checkboxes. */
    public static String symptoms(String region) {
        return "symptoms." + region;
    }

    public static String weeks(String region) {
        return "weeks." + region;
    }

    public static String cause(String region) {
        return "cause." + region;
    }

    /** The region's symptoms, how long and cause, shown open when the region is marked. */
    public static String details(String region) {
        return "details." + region;
    }

    /** One checkbox of a group: {@code lifestyle.desk-work}, {@code symptoms.lower-back.stiffness}. */
    public static String ticked(String group, String id) {
        return group + "." + id;
    }

    /** A region a condition is in, for the conditions screening keeps off: {@code where.acute-inflammation.lower-back}. */
    public static String where(String healthNote, String region) {
        return "where." + healthNote + "." + region;
    }
}
