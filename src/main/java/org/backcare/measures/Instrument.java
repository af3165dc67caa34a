package org.backcare.measures;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The validated outcome measures Backcare scores; all but the PSFS count a lower score as better. */
public enum Instrument {
    NPRS("nprs", "Numeric Pain Rating Scale", "/10", true),
    ODI("odi", "Oswestry Disability Index", "%", true),
    RMDQ("rmdq", "Roland-Morris Disability Questionnaire", "/24", true),
    START_BACK("start-back", "Keele STarT Back Screening Tool", "/9", true),
    PSFS("psfs", "Patient-Specific Functional Scale", "/10", false);

    private final String id;
    private final String title;
    private final String unit;
    private final boolean lowerIsBetter;

    Instrument(String id, String title, String unit, boolean lowerIsBetter) {
        this.id = id;
        this.title = title;
        this.unit = unit;
        this.lowerIsBetter = lowerIsBetter;
    }

    public String id() {
        return id;
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
