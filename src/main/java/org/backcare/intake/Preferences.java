package org.backcare.intake;

public record Preferences(Pressure pressure, boolean newToMassage, boolean noOil) {
    public static Preferences defaults() {
        return new Preferences(Pressure.MODERATE, false, false);
    }
}
