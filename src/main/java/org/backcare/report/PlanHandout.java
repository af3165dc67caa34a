package org.backcare.report;

import java.io.IOException;
import org.backcare.intake.Intake;
import org.backcare.planning.CarePlan;

/**
 * The client's printable plan on A4 (one or two pages): the screening result first, the back diagram, the session
 * calendar, what to do before, during and after sessions, homework, when to see a doctor, and the disclaimer. When
 * screening stops massage (urgent or refer), the result and what to do now fill the top, and there is no calendar,
 * no technique and no homework.
 */
public final class PlanHandout {
    private PlanHandout() {}

    /**
     * The handout as PDF bytes. {@code intake} is the one the plan was made from: the diagram shows its pain. The PDF
     * is dated as of the plan's start, so the same plan always gives the same bytes.
     */
    public static byte[] pdf(CarePlan plan, Intake intake) throws IOException {
        var page = new HandoutHtml(plan, intake);
        return PdfRendering.render(PdfRendering.builderWithSvg(page.xhtml()), plan.start()).pdf();
    }
}
