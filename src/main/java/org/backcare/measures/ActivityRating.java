package org.backcare.measures;

/** A PSFS activity the patient named, rated 0 (unable) to 10 (able as before the problem). */
public record ActivityRating(String activity, int rating) {}
