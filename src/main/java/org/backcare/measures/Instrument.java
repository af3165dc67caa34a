package org.backcare.measures;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** The validated outcome measures Backcare scores; all but the PSFS count a lower score as better. */
public enum Instrument {
    NPRS("nprs", "NPRS", "Numeric Pain Rating Scale", "/10", true),
    ODI("odi", "ODI", "Oswestry Disability Index", "%", true),
    RMDQ("rmdq", "RMDQ", "Roland-Morris Disability Questionnaire", "/24", true),
    START_BACK("start-back", "STarT Back", "Keele STarT Back Screening Tool", "/9", true),
    PSFS("psfs", "PSFS", "Patient-Specific Functional Scale", "/10", false);

    private final String id;
    private final String shortName;
    private final String title;
    private final String unit;
    private final boolean lowerIsBetter;

    Instrument(String id, String shortName, String title, String unit, boolean lowerIsBetter) {
        this.id = id;
        this.shortName = shortName;
        this.title = title;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String id() {
        return id;
    }

    /** The name therapists use: "ODI", "STarT Back". */
    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }

    /** Written after the score: "6/10", "32%". */
    public String unit() {
        return unit;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** The top of the scale: 100 for a percentage, 24 for "/24". Every scale starts at 0. */
    public double scaleMax() {
        return "%".equals(unit) ? 100 : Integer.parseInt(unit.substring(1));
    }

    /**
     * The score that improves on {@code first} by the MCID: a later score at or below it (at or above it for the
     * PSFS) reaches the MCID. Empty where no MCID is published or the scale leaves no room for it.
     */
    public OptionalDouble mcidTarget(double first) {
        var mcid = questionnaire().mcid();
        if (mcid.isEmpty()) {
            return OptionalDouble.empty();
        }
        var needed = mcid.get().improvementNeeded(first);
        var target = lowerIsBetter ? first - needed : first + needed;
        return target >= 0 && target <= scaleMax() ? OptionalDouble.of(target) : OptionalDouble.empty();
    }

    public Questionnaire questionnaire() {
        return switch (this) {
            case NPRS -> new NumericPainRatingScale();
            case ODI -> new OswestryDisabilityIndex();
            case RMDQ -> new RolandMorrisDisabilityQuestionnaire();
            case START_BACK -> new StartBackScreeningTool();
            case PSFS -> new PatientSpecificFunctionalScale();
        };
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Instrument::id).toList();
    }

    public static Optional<Instrument> byId(String id) {
        return Arrays.stream(values()).filter(i -> i.id.equals(id)).findFirst();
    }
}
