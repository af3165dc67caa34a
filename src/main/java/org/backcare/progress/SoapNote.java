package org.backcare.progress;

/** The therapist's notes in SOAP form: subjective, objective, assessment, plan. Any part may be empty. */
public record SoapNote(String subjective, String objective, String assessment, String plan) {
    public static SoapNote empty() {
        return new SoapNote("", "", "", "");
    }
}
