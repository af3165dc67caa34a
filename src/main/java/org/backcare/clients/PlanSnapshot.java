package org.backcare.clients;

import java.time.LocalDate;

/** A plan as it was given to the client: never changed afterwards, with the knowledge version that produced it. */
public record PlanSnapshot(int number, LocalDate made, String knowledgeVersion, String planJson) {}
