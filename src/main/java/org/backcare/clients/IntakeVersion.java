package org.backcare.clients;

import java.time.LocalDate;
import org.backcare.intake.Intake;

/** One version of a client's intake; every version is kept. */
public record IntakeVersion(int version, LocalDate recorded, Intake intake) {}
