package org.pathways.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.pathways.json.PlanJson;
import org.pathways.plan.CarePlan;
import org.pathways.review.PlanReview;

/**
 * What a fresh JVM does first, for {@link ColdStart}: read one plan and review it, then, with
 * {@code validate}, validate it with the Bean Validation provider on the class path. Prints the
 * number of findings (and of violations) so that the work cannot be skipped.
 */
public final class FirstRead {
    private FirstRead() {}

    public static void main(String[] args) throws Exception {
        CarePlan plan = PlanJson.defaults().readPlan(Files.readString(Path.of(args[0])));
        int findings = PlanReview.of(plan).getFindings().size();
        if (args.length > 1 && args[1].equals("validate")) {
            try (jakarta.validation.ValidatorFactory f = jakarta.validation.Validation.buildDefaultValidatorFactory()) {
                findings += f.getValidator().validate(plan).size();
            }
        }
        System.out.println(findings);
    }
}
