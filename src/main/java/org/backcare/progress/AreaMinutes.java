package org.backcare.progress;

import org.backcare.intake.Region;

public record AreaMinutes(Region region, int minutes) {}
