package org.backcare.intake;

/** Who the intake is about; a client under 18 comes with a parent's or guardian's consent. */
public record Client(String name, int age, GuardianConsent guardianConsent) {
    public static final int MAX_AGE = 120;
    /** What a client is called when no name was given. */
    public static final String DEFAULT_NAME = "Client";
    /** From this age on a client consents for themselves. */
    public static final int ADULT_AGE = 18;

    public Client(String name, int age) {
        this(name, age, null);
    }

    public boolean minor() {
        return age < ADULT_AGE;
    }
}
