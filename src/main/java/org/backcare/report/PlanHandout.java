package org.backcare.report;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backcare.intake.Intake;
import org.backcare.planning.CarePlan;

/**
 * The client's printable plan on A4 (one or two pages): the screening result first, the back diagram, the session
 * calendar, what to do before, during and after sessions, homework, when to see a doctor, and the disclaimer. When
 * screening stops massage (urgent or refer), the result and what to do now fill the top, and there is no calendar,
 * no technique and no homework.
 */
public final class PlanHandout {
    private static final AtomicBoolean WARMING_UP = new AtomicBoolean();

    private PlanHandout() {}

    /**
     * Loads what every handout needs (PDFBox, Batik, the font and its metrics) on a background thread of low priority,
     * once per process: a server calls it as it starts, so that its first handout takes no longer than the others.
     */
    public static void warmUpInTheBackground() {
        if (WARMING_UP.compareAndSet(false, true)) {
            var thread = new Thread(PdfRendering::warmUp, "handout-warm-up");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /**
     * The handout as PDF bytes. {@code intake} is the one the plan was made from: the diagram shows its pain. The PDF
     * is dated as of the plan's start, so the same plan always gives the same bytes.
     */
    public static byte[] pdf(CarePlan plan, Intake intake) throws IOException {
        var page = new HandoutHtml(plan, intake);
        return PdfRendering.render(PdfRendering.builderWithSvg(page.xhtml()), plan.start()).pdf();
    }
}
