package org.backcare.web;

/** A problem shown as a page, for a person in a browser rather than a program. */
public record ErrorPage(Frame frame, ProblemDetails problem) {}
