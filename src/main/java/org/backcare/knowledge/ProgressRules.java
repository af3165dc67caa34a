package org.backcare.knowledge;

/** How a plan adapts to a client's history: each rule with its number and its source. */
public record ProgressRules(Advice stepDown, Advice lapse, int lapseFactor, Advice feedback, int feedbackWeight,
        Advice notImproving, Advice reassessed) {}
