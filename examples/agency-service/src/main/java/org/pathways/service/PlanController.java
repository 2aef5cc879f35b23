package org.pathways.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.pathways.consent.ConsentConfirmation;
import org.pathways.consent.ConsentEntry;
import org.pathways.consent.ConsentGrant;
import org.pathways.consent.ConsentPolicy;
import org.pathways.consent.ConsentRefusal;
import org.pathways.consent.ConsentRevocation;
import org.pathways.consent.Purpose;
import org.pathways.consent.Recipient;
import org.pathways.consent.RecipientKind;
import org.pathways.disclosure.Disclosed;
import org.pathways.disclosure.Disclosures;
import org.pathways.disclosure.PlanView;
import org.pathways.plan.CarePlan;
import org.pathways.plan.Edit;
import org.pathways.plan.PlanStep;
import org.pathways.plan.Revision;
import org.pathways.plan.StatusChange;
import org.pathways.spring.PlanRevisions;
import org.pathways.store.LoggedDisclosure;
import org.pathways.store.PlanStore;
import org.pathways.store.StoredPlan;
import org.pathways.team.TeamMember;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The life of a plan over HTTP. What the body says about who recorded something (a proposal's first
 * status, a consent entry's {@code recordedBy} and {@code recordedAt}) is replaced by the request's
 * author and the server's time.
 *
 * <p>The life of a plan over HTTP. Every change is made from the revision named in {@code If-Match}
 * (the {@code ETag} the client last read), by the author named in {@code Pathways-Author}, and saved
 * by the store, which refuses it with 409 if another change was saved from that revision first.
 */
@RestController
@RequestMapping("/plans")
class PlanController {
    private final PlanStore store;
    private final String agency;
    private final ConsentPolicy policy;

    PlanController(
            PlanStore store, @Value("${pathways.agency:org-north-bay-outreach}") String agency, ConsentPolicy policy) {
        this.store = store;
        this.agency = agency;
        this.policy = policy;
    }

    private static ResponseEntity<CarePlan> plan(CarePlan plan) {
        return ResponseEntity.ok()
                .eTag(PlanRevisions.etag(plan.getRevision().getNumber()))
                .body(plan);
    }

    /** Loads the revision the client names, makes the change from it, saves it. */
    private CarePlan change(String id, String ifMatch, Function<CarePlan, CarePlan> change) {
        int from = PlanRevisions.ifMatch(ifMatch);
        CarePlan next = change.apply(store.load(id, from));
        store.save(next);
        return next;
    }

    @PostMapping
    ResponseEntity<CarePlan> start(@Valid @RequestBody Requests.StartPlan body, Edit edit) {
        CarePlan plan = CarePlan.start(body.id(), agency, body.person(), edit);
        store.save(plan);
        return ResponseEntity.created(URI.create("/plans/" + plan.getId()))
                .eTag(PlanRevisions.etag(1))
                .body(plan);
    }

    @GetMapping
    List<StoredPlan> list(
            @RequestParam Optional<@Pattern(regexp = Requests.ID) String> after,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return store.plans(agency, after, limit);
    }

    @GetMapping(value = "/caseload", produces = "application/x-ndjson")
    ResponseEntity<StreamingResponseBody> caseload() {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/x-ndjson"))
                .body(out -> store.writeCaseload(agency, out));
    }

    @GetMapping("/{id}")
    ResponseEntity<CarePlan> load(@PathVariable @Pattern(regexp = Requests.ID) String id) {
        return plan(store.load(id));
    }

    @GetMapping("/{id}/revisions")
    List<Revision> history(@PathVariable @Pattern(regexp = Requests.ID) String id) {
        return store.history(id).getRevisions().stream()
                .map(CarePlan::getRevision)
                .toList();
    }

    @GetMapping("/{id}/revisions/{number}")
    ResponseEntity<CarePlan> revision(
            @PathVariable @Pattern(regexp = Requests.ID) String id, @PathVariable @Min(1) int number) {
        return plan(store.load(id, number));
    }

    @PostMapping("/{id}/team")
    ResponseEntity<CarePlan> addMember(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @Valid @RequestBody TeamMember member,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.addMember(member, edit)));
    }

    @PostMapping("/{id}/priorities")
    ResponseEntity<CarePlan> addPriority(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @Valid @RequestBody Requests.AddPriority body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.addPriority(body.priority(), body.rank(), edit)));
    }

    @PutMapping("/{id}/priorities/{priority}/rank")
    ResponseEntity<CarePlan> rankPriority(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @PathVariable @Pattern(regexp = Requests.ID) String priority,
            @Valid @RequestBody Requests.Rank body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.rankPriority(priority, body.rank(), edit)));
    }

    @PostMapping("/{id}/steps")
    ResponseEntity<CarePlan> proposeStep(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @Valid @RequestBody PlanStep step,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        PlanStep proposal = PlanStep.builder()
                .from(step)
                .history(List.of(StatusChange.proposed(edit.getAt(), edit.getAuthor())))
                .build();
        return plan(change(id, ifMatch, p -> p.proposeStep(proposal, edit)));
    }

    @PostMapping("/{id}/steps/{step}/agreement")
    ResponseEntity<CarePlan> agree(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @PathVariable @Pattern(regexp = Requests.ID) String step,
            @Valid @RequestBody Requests.Agree body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.agreeToStep(step, body.mode(), edit)));
    }

    @PutMapping("/{id}/steps/{step}/status")
    ResponseEntity<CarePlan> markStep(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @PathVariable @Pattern(regexp = Requests.ID) String step,
            @Valid @RequestBody Requests.Status body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.markStep(step, body.status(), edit)));
    }

    @PostMapping("/{id}/steps/{step}/decline")
    ResponseEntity<CarePlan> decline(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @PathVariable @Pattern(regexp = Requests.ID) String step,
            @Valid @RequestBody Requests.Decline body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.declineStep(step, body.reason(), edit)));
    }

    @PostMapping("/{id}/consent")
    ResponseEntity<CarePlan> recordConsent(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @Valid @RequestBody ConsentEntry entry,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        return plan(change(id, ifMatch, p -> p.recordConsent(policy.apply(stamped(entry, edit)), edit)));
    }

    /** What a recipient would receive, without recording anything: the plan does not change. */
    @GetMapping("/{id}/disclosures/preview")
    ResponseEntity<PlanView> preview(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @RequestParam RecipientKind kind,
            @RequestParam @Pattern(regexp = Requests.ID) String recipient,
            @RequestParam Purpose purpose,
            Edit edit) {
        CarePlan latest = store.load(id);
        PlanView view = Disclosures.preview(latest, Recipient.of(kind, recipient), purpose, edit, policy);
        return ResponseEntity.ok()
                .eTag(PlanRevisions.etag(latest.getRevision().getNumber()))
                .body(view);
    }

    /** Discloses the plan: records the disclosure in a new revision and answers the view sent. */
    @PostMapping("/{id}/disclosures")
    ResponseEntity<PlanView> disclose(
            @PathVariable @Pattern(regexp = Requests.ID) String id,
            @Valid @RequestBody Requests.Disclose body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Edit edit) {
        int from = PlanRevisions.ifMatch(ifMatch);
        Disclosed disclosed = Disclosures.disclose(
                store.load(id, from), Recipient.of(body.kind(), body.recipient()), body.purpose(), edit, policy);
        store.save(disclosed.getPlan());
        return ResponseEntity.ok()
                .eTag(PlanRevisions.etag(disclosed.getPlan().getRevision().getNumber()))
                .body(disclosed.getView());
    }

    /** The entry as recorded by the request's author, now: who recorded it never comes from the body. */
    private static ConsentEntry stamped(ConsentEntry entry, Edit edit) {
        if (entry instanceof ConsentGrant) {
            return ConsentGrant.builder()
                    .from((ConsentGrant) entry)
                    .recordedBy(edit.getAuthor())
                    .recordedAt(edit.getAt())
                    .build();
        }
        if (entry instanceof ConsentRefusal) {
            return ConsentRefusal.builder()
                    .from((ConsentRefusal) entry)
                    .recordedBy(edit.getAuthor())
                    .recordedAt(edit.getAt())
                    .build();
        }
        if (entry instanceof ConsentConfirmation) {
            return ConsentConfirmation.builder()
                    .from((ConsentConfirmation) entry)
                    .recordedBy(edit.getAuthor())
                    .recordedAt(edit.getAt())
                    .build();
        }
        return ConsentRevocation.builder()
                .from((ConsentRevocation) entry)
                .recordedBy(edit.getAuthor())
                .recordedAt(edit.getAt())
                .build();
    }

    @GetMapping("/{id}/disclosures")
    List<LoggedDisclosure> disclosures(@PathVariable @Pattern(regexp = Requests.ID) String id) {
        store.load(id);
        return store.disclosures(id);
    }
}
