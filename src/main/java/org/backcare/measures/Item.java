package org.backcare.measures;

/** One question of a questionnaire, numbered from 1 as on the form, with the answers it takes. */
public record Item(int number, String text, String scale) {}
