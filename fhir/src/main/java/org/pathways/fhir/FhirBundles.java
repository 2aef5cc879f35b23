package org.pathways.fhir;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.pathways.consent.ConsentLedger;
import org.pathways.directory.ServiceDirectory;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;

/**
 * Writes Pathways values as HL7 FHIR R4 JSON Bundles and reads them back, with Jackson alone.
 *
 * <pre>{@code
 * FhirBundles fhir = FhirBundles.create();
 * String bundle = fhir.write(plan);          // a collection Bundle: Patient, Goal, CareTeam, CarePlan, ...
 * CarePlan same = fhir.readPlan(bundle);     // equal to plan, through every invariant of the core
 * String shared = fhir.write(view);          // what a recipient receives: exactly the disclosure view
 * }</pre>
 *
 * <p>An embedder that uses HAPI FHIR parses the output in one line:
 * {@code FhirContext.forR4().newJsonParser().parseResource(Bundle.class, bundle)}. The mapping, the
 * extensions and what FHIR cannot carry are described in {@code docs/fhir.md}; the extensions,
 * code systems and value sets are published in the jar ({@link FhirDefinitions}) under the canonical
 * base {@value #BASE}.
 *
 * <p>Every reader refuses what it cannot read with {@link org.pathways.MalformedDocumentException},
 * whose field is a FHIRPath-style location such as {@code Bundle.entry[3].resource.description.text};
 * a Bundle that breaks a rule of the core is refused the same way. A message never quotes the
 * person's words or a rejected value.
 *
 * @implSpec This class is immutable and thread-safe.
 */
public final class FhirBundles {
    /** The canonical base URL of every extension, code system, value set and identifier system of this module. */
    public static final String BASE = Canon.BASE;

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FhirBundles DEFAULT = new FhirBundles(false, BundleReader.Limits.DEFAULT);

    private final boolean pretty;
    private final BundleReader.Limits limits;

    private FhirBundles(boolean pretty, BundleReader.Limits limits) {
        this.pretty = pretty;
        this.limits = limits;
    }

    /**
     * Returns the compact writer and reader with the default limits.
     *
     * @return the instance
     */
    public static FhirBundles create() {
        return DEFAULT;
    }

    /**
     * Returns a copy that writes indented JSON, for people to read.
     *
     * @return the changed copy
     */
    public FhirBundles withPrettyPrinting() {
        return new FhirBundles(true, limits);
    }

    /**
     * Writes a plan, as the agency holds it, as a Bundle of type {@code collection}.
     *
     * @param plan the plan; not null
     * @return the Bundle's JSON
     */
    public String write(CarePlan plan) {
        Objects.requireNonNull(plan, "plan");
        return json(BundleWriter.plan(plan));
    }

    /**
     * Writes a disclosure view, what one recipient receives, as a Bundle: it holds exactly what the
     * view holds.
     *
     * @param view the view; not null
     * @return the Bundle's JSON
     */
    public String write(PlanView view) {
        Objects.requireNonNull(view, "view");
        return json(BundleWriter.view(view));
    }

    /**
     * Writes a service directory as Organization, HealthcareService and Location resources. A
     * confidential location is never written, not even its community.
     *
     * @param directory the directory; not null
     * @return the Bundle's JSON
     */
    public String write(ServiceDirectory directory) {
        Objects.requireNonNull(directory, "directory");
        return json(BundleWriter.directory(directory));
    }

    /**
     * Reads a plan from a Bundle this module wrote, or from elsewhere when it says the same things.
     *
     * @param json the Bundle; not null
     * @return the plan, valid by every invariant of the core
     * @throws org.pathways.MalformedDocumentException if the Bundle cannot be read as a valid plan
     */
    public CarePlan readPlan(String json) {
        Objects.requireNonNull(json, "json");
        return BundleReader.plan(BundleReader.parse(json, limits), limits);
    }

    /**
     * Reads a disclosure view from a Bundle.
     *
     * @param json the Bundle; not null
     * @return the view
     * @throws org.pathways.MalformedDocumentException if the Bundle cannot be read as a valid view
     */
    public PlanView readView(String json) {
        Objects.requireNonNull(json, "json");
        return BundleReader.view(BundleReader.parse(json, limits), limits);
    }

    /**
     * Reads the Consent resources of a Bundle as a consent ledger, in the order of their
     * {@code dateTime}: a permit is a grant, a deny a refusal, and a Consent with the revocation
     * extension a revocation.
     *
     * @param json the Bundle; not null
     * @return the ledger
     * @throws org.pathways.MalformedDocumentException if a Consent cannot be read as a ledger entry
     */
    public ConsentLedger readConsents(String json) {
        Objects.requireNonNull(json, "json");
        return BundleReader.consents(BundleReader.parse(json, limits), limits);
    }

    /**
     * Reads a service directory from the Organization, HealthcareService and Location resources of a
     * Bundle. What {@link #write(ServiceDirectory)} wrote reads back as the directory without its
     * confidential locations, which never leave: a service offered only at a confidential place
     * reads back with no location.
     *
     * @param json the Bundle; not null
     * @return the directory, valid by every invariant of the core
     * @throws org.pathways.MalformedDocumentException if the Bundle cannot be read as a valid directory
     */
    public ServiceDirectory readDirectory(String json) {
        Objects.requireNonNull(json, "json");
        return BundleReader.directory(BundleReader.parse(json, limits), limits);
    }

    /**
     * Applies the Task a referral's recipient sends back, HL7 Gravity style, as that organisation's
     * {@link org.pathways.plan.ReferralAnswer} about the step it names (its {@code identifier} in the
     * step system), through {@link org.pathways.referral.Referrals#apply}: the step's history keeps
     * the answer. The answer is the Task's {@code referral-answer} extension when it has one;
     * otherwise it is read from {@code owner} (who answers), {@code lastModified} (when),
     * {@code status} and {@code businessStatus} (what: {@code received}, {@code accepted} or
     * {@code in-progress}, {@code on-hold} for a waitlist, {@code rejected} with its reason,
     * {@code completed}, {@code cancelled}, her choice only when {@code statusReason} says so) and
     * {@code executionPeriod.start} (the first appointment, or the date a waitlist expects a place),
     * and it answers the latest referral disclosed to that organisation. {@code draft},
     * {@code requested} and {@code ready} change nothing, and the same Task applied twice changes
     * nothing. The mapping is in {@code docs/fhir.md}.
     *
     * @param plan the plan that holds the step; not null
     * @param task the recipient's Task, as JSON; not null
     * @param edit who records the answer, and when; not null
     * @return the next revision of the plan, or the same plan when the Task changes nothing
     * @throws org.pathways.MalformedDocumentException if the Task cannot be read as an answer, or names
     *     no step of the plan
     * @throws org.pathways.InvalidPlanException if the core refuses the answer, with its code:
     *     {@code not_found} for an organisation that is not the step's provider or that no referral
     *     went to, {@code illegal_transition} for an answer out of order
     */
    public CarePlan applyTask(CarePlan plan, String task, org.pathways.plan.Edit edit) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(edit, "edit");
        return TaskUpdate.apply(plan, BundleReader.parseTree(task, limits, "Task"), edit);
    }

    private String json(ObjectNode bundle) {
        ObjectWriter w = pretty ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
        try {
            return w.writeValueAsString(bundle);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // a tree of strings, numbers and booleans always writes
        }
    }
}
