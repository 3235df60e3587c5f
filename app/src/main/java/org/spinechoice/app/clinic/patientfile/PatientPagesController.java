package org.spinechoice.app.clinic.patientfile;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.StaffMember;
import org.spinechoice.app.access.UserAccount;
import org.spinechoice.app.clinic.ClinicPage;
import org.spinechoice.app.clinic.adverseevent.AdverseEvent;
import org.spinechoice.app.clinic.chart.ScoreCharts;
import org.spinechoice.app.clinic.patient.IssuedPatientLink;
import org.spinechoice.app.clinic.patient.PatientLinkService;
import org.spinechoice.app.clinic.patient.PatientList;
import org.spinechoice.app.clinic.patient.PatientQuery;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.promresponse.AnsweredTimepoint;
import org.spinechoice.app.clinic.promresponse.CourseSchedule;
import org.spinechoice.app.clinic.promresponse.PromResponse;
import org.spinechoice.app.clinic.record.Actor;
import org.spinechoice.app.clinic.record.Outcome;
import org.spinechoice.app.clinic.record.Reading;
import org.spinechoice.app.clinic.session.TreatmentSession;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.prom.PromSchedule;
import org.spinechoice.vocabulary.OptionId;

/**
 * The clinic's patients: the list with a name search ({@code /clinic/patients}), one patient's page with their
 * courses, schedules, sessions, adverse events, responses and charts ({@code /clinic/patients/{id}}), and the
 * personal questionnaire link sent from it, shown once.
 */
public final class PatientPagesController {

    private final PatientService patients;
    private final PatientFileService files;
    private final PatientLinkService links;
    private final AccountService accounts;
    private final ScoreCharts charts;
    private final Function<OptionId, String> optionNames;
    private final TemplateRenderer templates;
    private final Messages messages;
    private final Clock clock;

    public PatientPagesController(
            PatientService patients,
            PatientFileService files,
            PatientLinkService links,
            AccountService accounts,
            Function<OptionId, String> optionNames,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        this.patients = patients;
        this.files = files;
        this.links = links;
        this.accounts = accounts;
        this.charts = new ScoreCharts(messages, optionNames);
        this.optionNames = optionNames;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    public void list(Context ctx, StaffMember staff) {
        Reading<PatientQuery> reading = PatientQuery.read(ctx.queryParamMap());
        if (reading instanceof Reading.Invalid<PatientQuery>) {
            throw new BadRequestResponse(messages.get("clinic.patients.badQuery"));
        }
        PatientList list = patients.list(new Actor(staff, ctx.ip()), ((Reading.Valid<PatientQuery>) reading).value());
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("list", list);
        model.put("q", list.query().name().orElse(""));
        ClinicPage.send(ctx, templates.render("clinic/patients.jte", model));
    }

    public void page(Context ctx, StaffMember staff) {
        PatientFile file = files.read(new Actor(staff, ctx.ip()), ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse(PatientService.NOT_FOUND));
        Map<String, String> staffEmails = accounts.users(staff.clinicId()).stream()
                .collect(Collectors.toMap(UserAccount::id, UserAccount::email));
        LocalDate today = LocalDate.now(clock);
        List<AnsweredTimepoint> answered =
                file.responses().stream().map(AnsweredTimepoint::of).toList();
        Map<String, List<TreatmentSession>> sessions = file.sessionsByCourse();
        Map<String, List<AdverseEvent>> adverseEvents = file.adverseEventsByCourse();
        List<CourseView> courses = file.courses().stream()
                .map(course -> new CourseView(
                        course,
                        optionNames.apply(course.option()),
                        course.clinician().map(staffEmails::get).orElse(""),
                        PromSchedule.instrumentsFor(course.region()),
                        ScheduleRow.of(
                                CourseSchedule.of(course.id(), course.region(), course.startDate(), answered, today)),
                        sessions.getOrDefault(course.id(), List.of()).stream()
                                .map(session -> SessionLine.of(session, messages, staffEmails))
                                .toList(),
                        adverseEvents.getOrDefault(course.id(), List.of())))
                .toList();
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("patient", file.patient());
        model.put("courses", courses);
        model.put(
                "responses",
                file.responses().stream()
                        .map(response -> responseLine(file, response))
                        .toList());
        model.put("charts", charts.of(file.responses(), file.courses()));
        model.put("saved", saved(ctx));
        model.put("today", today);
        ClinicPage.send(ctx, templates.render("clinic/patient/page.jte", model));
    }

    /** Issues a personal link and shows it this once: it is not kept anywhere it could be shown again. */
    public void sendLink(Context ctx, StaffMember staff) {
        Outcome<IssuedPatientLink> outcome = links.issue(new Actor(staff, ctx.ip()), ctx.pathParam("id"));
        if (!(outcome instanceof Outcome.Done<IssuedPatientLink> done)) {
            throw new NotFoundResponse(PatientService.NOT_FOUND);
        }
        IssuedPatientLink link = done.value();
        Map<String, Object> model = ClinicPage.model(ctx, staff, messages);
        model.put("link", link);
        model.put("address", origin(ctx) + link.path());
        model.put("validUntil", LocalDate.ofInstant(link.expiresAt(), clock.getZone()));
        ctx.status(HttpStatus.CREATED);
        ClinicPage.send(ctx, templates.render("clinic/patient/link.jte", model));
    }

    private ResponseLine responseLine(PatientFile file, PromResponse response) {
        String course = response.courseId()
                .flatMap(id -> file.courses().stream()
                        .filter(found -> found.id().equals(id))
                        .findFirst())
                .map(found -> messages.get("clinic.course.short", optionNames.apply(found.option()), found.startDate()))
                .orElse("");
        return new ResponseLine(response, ResponseLine.score(response.score(), messages), course);
    }

    /** The notice of what was just saved, for the known names only: the query string is anyone's to write. */
    private String saved(Context ctx) {
        return Optional.ofNullable(ctx.queryParam("saved"))
                .filter(name -> name.matches("[a-z-]{1,20}"))
                .map(name -> "clinic.saved." + name)
                .filter(messages::has)
                .map(messages::get)
                .orElse(null);
    }

    /** Where the patient will open the link: this server as the browser reached it, behind a TLS proxy too. */
    private static String origin(Context ctx) {
        boolean secure =
                "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        return (secure ? "https://" : "http://") + ctx.host();
    }
}
