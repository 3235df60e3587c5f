package org.spinechoice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.spinechoice.app.access.Access;
import org.spinechoice.app.access.AccountService;
import org.spinechoice.app.access.LoginController;
import org.spinechoice.app.access.LoginThrottle;
import org.spinechoice.app.access.Passwords;
import org.spinechoice.app.access.SecuredRoute;
import org.spinechoice.app.access.SecuredRoutes;
import org.spinechoice.app.admin.AdminController;
import org.spinechoice.app.audit.AuditLog;
import org.spinechoice.app.audit.AuditService;
import org.spinechoice.app.check.CheckController;
import org.spinechoice.app.clinic.ClinicHomeController;
import org.spinechoice.app.clinic.adverseevent.AdverseEventApiController;
import org.spinechoice.app.clinic.adverseevent.AdverseEventReader;
import org.spinechoice.app.clinic.adverseevent.AdverseEventService;
import org.spinechoice.app.clinic.adverseevent.JdbcAdverseEventRepository;
import org.spinechoice.app.clinic.course.CourseApiController;
import org.spinechoice.app.clinic.course.CourseReader;
import org.spinechoice.app.clinic.course.CourseService;
import org.spinechoice.app.clinic.course.JdbcCourseRepository;
import org.spinechoice.app.clinic.export.JdbcPromResponseExportRepository;
import org.spinechoice.app.clinic.export.JdbcPseudonymKeyRepository;
import org.spinechoice.app.clinic.export.PromResponseExportApiController;
import org.spinechoice.app.clinic.export.PromResponseExportService;
import org.spinechoice.app.clinic.form.AdverseEventFormController;
import org.spinechoice.app.clinic.form.CourseFormController;
import org.spinechoice.app.clinic.form.PatientFormController;
import org.spinechoice.app.clinic.form.PromResponseFormController;
import org.spinechoice.app.clinic.form.SessionFormController;
import org.spinechoice.app.clinic.outcome.ClaimCheckWords;
import org.spinechoice.app.clinic.outcome.CourseOutcomeStore;
import org.spinechoice.app.clinic.outcome.JdbcOutcomeRepository;
import org.spinechoice.app.clinic.outcome.OutcomeQueryReader;
import org.spinechoice.app.clinic.outcome.OutcomesApiController;
import org.spinechoice.app.clinic.outcome.OutcomesService;
import org.spinechoice.app.clinic.outcomepage.OutcomesPageController;
import org.spinechoice.app.clinic.patient.JdbcPatientRepository;
import org.spinechoice.app.clinic.patient.PatientApiController;
import org.spinechoice.app.clinic.patient.PatientLinkService;
import org.spinechoice.app.clinic.patient.PatientReader;
import org.spinechoice.app.clinic.patient.PatientService;
import org.spinechoice.app.clinic.patientfile.PatientFileService;
import org.spinechoice.app.clinic.patientfile.PatientPagesController;
import org.spinechoice.app.clinic.promresponse.DueListService;
import org.spinechoice.app.clinic.promresponse.JdbcPromResponseRepository;
import org.spinechoice.app.clinic.promresponse.PromResponseApiController;
import org.spinechoice.app.clinic.promresponse.PromResponseReader;
import org.spinechoice.app.clinic.promresponse.PromResponseService;
import org.spinechoice.app.clinic.questionnaire.DueQuestionnaireService;
import org.spinechoice.app.clinic.questionnaire.PatientQuestionnaireController;
import org.spinechoice.app.clinic.record.JsonReplies;
import org.spinechoice.app.clinic.session.JdbcSessionRepository;
import org.spinechoice.app.clinic.session.SessionApiController;
import org.spinechoice.app.clinic.session.SessionReader;
import org.spinechoice.app.clinic.session.SessionService;
import org.spinechoice.app.clinic.wording.JdbcQuestionnaireWordingRepository;
import org.spinechoice.app.clinic.wording.QuestionnaireWordingController;
import org.spinechoice.app.clinic.wording.QuestionnaireWordingService;
import org.spinechoice.app.condition.ConditionController;
import org.spinechoice.app.decision.EvaluationApiController;
import org.spinechoice.app.evidence.YamlEvidenceLoader;
import org.spinechoice.app.home.HomeController;
import org.spinechoice.app.option.OptionApiController;
import org.spinechoice.app.option.OptionController;
import org.spinechoice.app.platform.AppConfig;
import org.spinechoice.app.platform.Database;
import org.spinechoice.app.platform.ErrorResponses;
import org.spinechoice.app.platform.HealthController;
import org.spinechoice.app.platform.Json;
import org.spinechoice.app.platform.Messages;
import org.spinechoice.app.platform.PageCache;
import org.spinechoice.app.platform.Secrets;
import org.spinechoice.app.platform.SecurityHeaders;
import org.spinechoice.app.platform.TemplateRenderer;
import org.spinechoice.app.prom.PromScoreApiController;
import org.spinechoice.app.prom.PromScoreRequest;
import org.spinechoice.app.prom.QuestionnaireImport;
import org.spinechoice.app.prom.SpineChoiceWording;
import org.spinechoice.app.summary.JdbcSavedSummaryRepository;
import org.spinechoice.app.summary.SavedSummaryController;
import org.spinechoice.app.summary.SummaryApiController;
import org.spinechoice.app.summary.SummaryController;
import org.spinechoice.app.summary.SummaryDocuments;
import org.spinechoice.app.summary.SummaryPdfRenderer;
import org.spinechoice.app.summary.SummaryRequest;
import org.spinechoice.app.summary.SummaryService;
import org.spinechoice.app.triage.IntakeRequest;
import org.spinechoice.app.triage.TriageApiController;
import org.spinechoice.decision.OptionEvaluator;
import org.spinechoice.evidence.EvidenceBase;
import org.spinechoice.vocabulary.OptionId;

/**
 * The composition root: builds every part of the running application with {@code new}, top to bottom, and
 * declares the routes in one place.
 */
public final class Wiring {

    private static final String FIRST_START_HINT = """
            No clinic staff accounts yet. To create the first clinic and its admin, run (with the same data folder or \
            database settings as the server):
              java -jar app/target/spinechoice.jar admin create-clinic --id my-clinic --name "My Clinic"
              java -jar app/target/spinechoice.jar admin create-user --clinic my-clinic --email you@example.org \
            --role clinic-admin --password-stdin
            then sign in at /login.""";

    private Wiring() {}

    /**
     * Loads the evidence base, opens and migrates the database and starts the web server.
     *
     * @throws org.spinechoice.app.evidence.InvalidEvidenceException when an evidence file breaks a rule
     */
    public static RunningApp start(AppConfig config, Clock clock) {
        // Reading the evidence and migrating the database are independent; doing both at once shortens start-up.
        CompletableFuture<EvidenceBase> evidence = CompletableFuture.supplyAsync(() -> loadEvidence(config));
        Database database;
        try {
            database = Database.open(config);
        } catch (RuntimeException e) {
            evidence.cancel(true);
            throw e;
        }
        try {
            AccountService accounts = new AccountService(database.jdbi(), new Passwords(), Secrets.strong(), clock);
            SecuredRoutes secured = new SecuredRoutes(accounts);
            Javalin server = createServer(join(evidence), database, accounts, secured, config.summaryDays(), clock)
                    .start(config.port());
            if (!accounts.hasUsers()) {
                System.out.println(FIRST_START_HINT);
            }
            return new RunningApp(server, database, secured.routes());
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static EvidenceBase loadEvidence(AppConfig config) {
        YamlEvidenceLoader loader = new YamlEvidenceLoader();
        return config.knowledgeDir().map(loader::loadFolder).orElseGet(loader::loadPackaged);
    }

    private static EvidenceBase join(CompletableFuture<EvidenceBase> evidence) {
        try {
            return evidence.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The services that keep the clinic's records; the JSON API and the workspace pages both call them. */
    private static ClinicRecords clinicRecords(Jdbi jdbi, ObjectMapper json, Clock clock) {
        AuditLog audit = new AuditLog(clock);
        JdbcPatientRepository patients = new JdbcPatientRepository();
        JdbcCourseRepository courses = new JdbcCourseRepository();
        CourseOutcomeStore outcomes = new CourseOutcomeStore();
        return new ClinicRecords(
                new PatientService(jdbi, patients, audit, clock),
                new CourseService(jdbi, patients, courses, outcomes, audit, clock),
                new SessionService(jdbi, courses, new JdbcSessionRepository(json), audit, clock),
                new AdverseEventService(jdbi, courses, new JdbcAdverseEventRepository(), audit, clock),
                new PromResponseService(
                        jdbi,
                        patients,
                        courses,
                        new JdbcPromResponseRepository(json),
                        new JdbcQuestionnaireWordingRepository(),
                        outcomes,
                        audit,
                        clock));
    }

    /** The clinic's outcome figures and claim checks (issue 5): {@code /api/clinic/outcomes} and its page. */
    private static void clinicOutcomes(
            SecuredRoutes secured,
            Jdbi jdbi,
            ObjectMapper json,
            AccountService accounts,
            EvidenceBase evidence,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        OutcomesService outcomes =
                new OutcomesService(jdbi, new JdbcOutcomeRepository(), evidence, new AuditLog(clock), clock);
        ClaimCheckWords words = new ClaimCheckWords(messages);
        OutcomesApiController api =
                new OutcomesApiController(outcomes, new OutcomeQueryReader(), words, new JsonReplies(json));
        secured.api(HandlerType.GET, "/api/clinic/outcomes", Access.STAFF, api::get);
        OutcomesPageController page =
                new OutcomesPageController(outcomes, accounts, evidence, words, templates, messages, clock);
        secured.page(HandlerType.GET, "/clinic/outcomes", Access.STAFF, page::page);
    }

    /** The JSON API of the clinic's records, every route for staff with an API token. */
    private static void clinicRecordsApi(SecuredRoutes secured, ClinicRecords records, ObjectMapper json, Clock clock) {
        JsonReplies replies = new JsonReplies(json);
        PatientApiController patients = new PatientApiController(records.patients(), new PatientReader(clock), replies);
        secured.api(HandlerType.GET, "/api/clinic/patients", Access.STAFF, patients::list);
        secured.api(HandlerType.POST, "/api/clinic/patients", Access.STAFF, patients::create);
        secured.api(HandlerType.GET, "/api/clinic/patients/{id}", Access.STAFF, patients::read);
        PromResponseApiController promResponses =
                new PromResponseApiController(records.promResponses(), new PromResponseReader(), replies);
        secured.api(HandlerType.GET, "/api/clinic/patients/{id}/prom-responses", Access.STAFF, promResponses::list);
        secured.api(HandlerType.POST, "/api/clinic/patients/{id}/prom-responses", Access.STAFF, promResponses::create);
        CourseApiController courses = new CourseApiController(records.courses(), new CourseReader(), replies);
        secured.api(HandlerType.GET, "/api/clinic/patients/{id}/courses", Access.STAFF, courses::listOfPatient);
        secured.api(HandlerType.POST, "/api/clinic/patients/{id}/courses", Access.STAFF, courses::create);
        secured.api(HandlerType.GET, "/api/clinic/courses/{id}", Access.STAFF, courses::read);
        secured.api(HandlerType.PATCH, "/api/clinic/courses/{id}", Access.STAFF, courses::change);
        SessionApiController sessions = new SessionApiController(records.sessions(), new SessionReader(), replies);
        secured.api(HandlerType.GET, "/api/clinic/courses/{id}/sessions", Access.STAFF, sessions::list);
        secured.api(HandlerType.POST, "/api/clinic/courses/{id}/sessions", Access.STAFF, sessions::create);
        AdverseEventApiController adverseEvents =
                new AdverseEventApiController(records.adverseEvents(), new AdverseEventReader(), replies);
        secured.api(HandlerType.GET, "/api/clinic/courses/{id}/adverse-events", Access.STAFF, adverseEvents::list);
        secured.api(HandlerType.POST, "/api/clinic/courses/{id}/adverse-events", Access.STAFF, adverseEvents::create);
    }

    /** The clinic's records as files to download: a clinic-admin's API token only, since they hold every patient. */
    private static void clinicExports(SecuredRoutes secured, Jdbi jdbi, ObjectMapper json, Clock clock) {
        PromResponseExportApiController promResponses = new PromResponseExportApiController(
                new PromResponseExportService(
                        jdbi,
                        new JdbcPseudonymKeyRepository(),
                        new JdbcPromResponseExportRepository(),
                        new AuditLog(clock),
                        Secrets.strong(),
                        clock),
                json.getFactory(),
                clock);
        secured.api(HandlerType.GET, "/api/clinic/export/prom-responses.csv", Access.ADMIN, promResponses::csv);
        secured.api(HandlerType.GET, "/api/clinic/export/prom-responses.jsonl", Access.ADMIN, promResponses::jsonLines);
    }

    /**
     * The workspace pages of the clinic's records, for signed-in staff: the start page with the due questionnaires,
     * patients, their page with charts, and the forms. The forms call the same services as the API; the reads that
     * only pages make (a patient's whole file, the clinic's due list) and patient links have services of their own.
     */
    private static void clinicRecordPages(
            SecuredRoutes secured,
            ClinicRecords records,
            Jdbi jdbi,
            ObjectMapper json,
            AccountService accounts,
            EvidenceBase evidence,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        AuditLog audit = new AuditLog(clock);
        JdbcPatientRepository patientRows = new JdbcPatientRepository();
        JdbcCourseRepository courseRows = new JdbcCourseRepository();
        JdbcPromResponseRepository responseRows = new JdbcPromResponseRepository(json);
        Function<OptionId, String> optionNames =
                option -> evidence.option(option).name();
        ClinicHomeController home = new ClinicHomeController(
                accounts,
                new DueListService(jdbi, courseRows, responseRows, audit, clock),
                optionNames,
                templates,
                messages);
        secured.page(HandlerType.GET, "/clinic", Access.STAFF, home::home);
        PatientPagesController patients = new PatientPagesController(
                records.patients(),
                new PatientFileService(
                        jdbi,
                        patientRows,
                        courseRows,
                        new JdbcSessionRepository(json),
                        new JdbcAdverseEventRepository(),
                        responseRows,
                        audit),
                new PatientLinkService(jdbi, patientRows, accounts, audit, clock),
                accounts,
                optionNames,
                templates,
                messages,
                clock);
        PatientFormController patientForm =
                new PatientFormController(records.patients(), new PatientReader(clock), templates, messages);
        // /clinic/patients/new is declared before /clinic/patients/{id}: Javalin takes the first route that matches.
        secured.page(HandlerType.GET, "/clinic/patients", Access.STAFF, patients::list);
        secured.page(HandlerType.GET, "/clinic/patients/new", Access.STAFF, patientForm::form);
        secured.page(HandlerType.POST, "/clinic/patients", Access.STAFF, patientForm::create);
        secured.page(HandlerType.GET, "/clinic/patients/{id}", Access.STAFF, patients::page);
        secured.page(HandlerType.POST, "/clinic/patients/{id}/link", Access.STAFF, patients::sendLink);
        CourseFormController courseForm = new CourseFormController(
                records.courses(),
                records.patients(),
                new CourseReader(),
                accounts,
                optionNames,
                templates,
                messages,
                clock);
        secured.page(HandlerType.GET, "/clinic/patients/{id}/courses/new", Access.STAFF, courseForm::form);
        secured.page(HandlerType.POST, "/clinic/patients/{id}/courses", Access.STAFF, courseForm::create);
        secured.page(HandlerType.GET, "/clinic/courses/{id}/status", Access.STAFF, courseForm::statusForm);
        secured.page(HandlerType.POST, "/clinic/courses/{id}/status", Access.STAFF, courseForm::changeStatus);
        PromResponseFormController responseForm = new PromResponseFormController(
                records.promResponses(),
                records.patients(),
                new PromResponseReader(),
                new SpineChoiceWording(messages),
                optionNames,
                templates,
                messages,
                clock);
        secured.page(HandlerType.GET, "/clinic/patients/{id}/responses/new", Access.STAFF, responseForm::form);
        secured.page(HandlerType.POST, "/clinic/patients/{id}/responses", Access.STAFF, responseForm::create);
        SessionFormController sessionForm = new SessionFormController(
                records.sessions(),
                records.courses(),
                new SessionReader(),
                accounts,
                optionNames,
                templates,
                messages,
                clock);
        secured.page(HandlerType.GET, "/clinic/courses/{id}/sessions/new", Access.STAFF, sessionForm::form);
        secured.page(HandlerType.POST, "/clinic/courses/{id}/sessions", Access.STAFF, sessionForm::create);
        AdverseEventFormController adverseEventForm = new AdverseEventFormController(
                records.adverseEvents(),
                records.courses(),
                new AdverseEventReader(),
                optionNames,
                templates,
                messages,
                clock);
        secured.page(HandlerType.GET, "/clinic/courses/{id}/adverse-events/new", Access.STAFF, adverseEventForm::form);
        secured.page(HandlerType.POST, "/clinic/courses/{id}/adverse-events", Access.STAFF, adverseEventForm::create);
    }

    /**
     * The patient's questionnaire pages behind their personal link, and the clinic-admin's page of licensed wording.
     * Both use the same wording: the clinic's licensed one in use, else ours.
     */
    private static void questionnaires(
            SecuredRoutes secured,
            ClinicRecords records,
            Jdbi jdbi,
            ObjectMapper json,
            TemplateRenderer templates,
            Messages messages,
            Clock clock) {
        AuditLog audit = new AuditLog(clock);
        QuestionnaireWordingService wordings = new QuestionnaireWordingService(
                jdbi,
                new JdbcQuestionnaireWordingRepository(),
                new SpineChoiceWording(messages),
                new QuestionnaireImport(),
                audit,
                clock);
        QuestionnaireWordingController wordingAdmin = new QuestionnaireWordingController(wordings, templates, messages);
        secured.page(HandlerType.GET, "/clinic/admin/questionnaires", Access.ADMIN, wordingAdmin::page);
        secured.page(HandlerType.POST, "/clinic/admin/questionnaires", Access.ADMIN, wordingAdmin::upload);
        secured.page(
                HandlerType.POST,
                "/clinic/admin/questionnaires/{instrument}/use-ours",
                Access.ADMIN,
                wordingAdmin::useOurs);
        DueQuestionnaireService due = new DueQuestionnaireService(
                jdbi, new JdbcCourseRepository(), new JdbcPromResponseRepository(json), audit);
        PatientQuestionnaireController patientPages =
                new PatientQuestionnaireController(due, wordings, records.promResponses(), templates, messages, clock);
        secured.patient(HandlerType.GET, "/q/{token}", patientPages::start);
        secured.patient(HandlerType.GET, "/q/{token}/thanks", patientPages::thanks);
        secured.patient(HandlerType.GET, "/q/{token}/{course}/{timepoint}/{instrument}", patientPages::questionnaire);
        secured.patient(HandlerType.POST, "/q/{token}/{course}/{timepoint}/{instrument}", patientPages::answer);
    }

    private static Javalin createServer(
            EvidenceBase evidence,
            Database database,
            AccountService accounts,
            SecuredRoutes secured,
            int summaryDays,
            Clock clock) {
        LocalDate today = LocalDate.now(clock);
        ObjectMapper json = Json.mapper();
        Messages messages = Messages.english();
        TemplateRenderer templates = new TemplateRenderer();
        PageCache cache = new PageCache();
        OptionEvaluator evaluator = new OptionEvaluator(evidence);

        HealthController health = new HealthController(database);
        HomeController home = new HomeController(templates, messages, cache);
        ConditionController condition =
                new ConditionController(evidence.conditionGuide(), templates, messages, cache, today);
        OptionController options = new OptionController(evidence, templates, messages, cache, today);
        OptionApiController optionApi = new OptionApiController(evidence, json, cache, today);
        CheckController check = new CheckController(evidence, evaluator, templates, messages);
        IntakeRequest intakes = new IntakeRequest(json);
        TriageApiController triageApi = new TriageApiController(intakes, json);
        EvaluationApiController evaluationApi = new EvaluationApiController(intakes, evaluator, json);
        PromScoreApiController promScoreApi = new PromScoreApiController(new PromScoreRequest(json), json);
        SummaryService summaries =
                new SummaryService(new JdbcSavedSummaryRepository(database.jdbi()), clock, summaryDays);
        summaries.purgeExpired();
        SummaryDocuments summaryDocuments =
                new SummaryDocuments(evidence, evaluator, templates, messages, new SummaryPdfRenderer(), clock);
        SummaryController summary = new SummaryController(summaryDocuments, summaries);
        SavedSummaryController savedSummary = new SavedSummaryController(summaryDocuments, summaries);
        SummaryApiController summaryApi = new SummaryApiController(new SummaryRequest(json), summaryDocuments, json);
        ErrorResponses errors = new ErrorResponses(templates, messages, json);
        LoginController login =
                new LoginController(accounts, new LoginThrottle(), Secrets.strong(), templates, messages);
        secured.page(HandlerType.POST, "/logout", Access.STAFF, login::signOut);
        AdminController admin = new AdminController(accounts, new AuditService(database.jdbi()), templates, messages);
        secured.page(HandlerType.GET, "/clinic/admin/users", Access.ADMIN, admin::users);
        secured.page(HandlerType.POST, "/clinic/admin/users", Access.ADMIN, admin::addUser);
        secured.page(HandlerType.GET, "/clinic/admin/tokens", Access.ADMIN, admin::tokens);
        secured.page(HandlerType.POST, "/clinic/admin/tokens", Access.ADMIN, admin::addToken);
        secured.page(HandlerType.POST, "/clinic/admin/tokens/{id}/revoke", Access.ADMIN, admin::revokeToken);
        secured.page(HandlerType.GET, "/clinic/admin/audit", Access.ADMIN, admin::auditLog);
        ClinicRecords records = clinicRecords(database.jdbi(), json, clock);
        clinicRecordsApi(secured, records, json, clock);
        clinicExports(secured, database.jdbi(), json, clock);
        clinicRecordPages(secured, records, database.jdbi(), json, accounts, evidence, templates, messages, clock);
        questionnaires(secured, records, database.jdbi(), json, templates, messages, clock);
        clinicOutcomes(secured, database.jdbi(), json, accounts, evidence, templates, messages, clock);

        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.generateEtags = false;
            // Cached pages are compressed once (PageCache); compressing on every request cost 5x the throughput.
            config.http.compressionStrategy = CompressionStrategy.NONE;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/static";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "public, max-age=86400");
            });
            config.routes.before(SecurityHeaders::apply);
            // Uploads of licensed questionnaire wording: refused by their stated length first, in words; Jetty's
            // limits hold for a body that does not state it.
            config.routes.before(
                    QuestionnaireWordingController.PAGE, QuestionnaireWordingController::refuseFarTooLarge);
            config.jetty.multipartConfig.maxFileSize(QuestionnaireWordingController.MAX_REQUEST_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(
                    QuestionnaireWordingController.MAX_REQUEST_BYTES, SizeUnit.BYTES);

            config.routes.get("/health", health::health);
            config.routes.get("/", home::home);
            config.routes.get("/stenosis", condition::guide);
            config.routes.get("/check", check::start);
            // The summary step and its PDF are declared before /check/{step}: Javalin takes the first route that
            // matches.
            config.routes.get("/check/summary", summary::page);
            config.routes.get("/check/summary.pdf", summary::pdf);
            config.routes.get("/check/{step}", check::step);
            config.routes.post("/summaries", savedSummary::save);
            config.routes.get("/summaries/{code}", savedSummary::show);
            config.routes.get("/summaries/{code}/pdf", savedSummary::pdf);
            config.routes.post("/summaries/{code}/delete", savedSummary::delete);
            config.routes.get("/options", options::list);
            config.routes.get("/options/{id}", options::page);
            config.routes.get("/api/options", optionApi::list);
            config.routes.get("/api/options/{id}", optionApi::detail);
            config.routes.post("/api/options/evaluate", evaluationApi::evaluate);
            config.routes.post("/api/triage", triageApi::triage);
            config.routes.post("/api/summary", summaryApi::summary);
            config.routes.post("/api/proms/{instrument}/score", promScoreApi::score);
            config.routes.get("/login", login::form);
            config.routes.post("/login", login::signIn);
            for (SecuredRoute route : secured.routes()) {
                config.routes.addHttpHandler(route.method(), route.path(), route.handler());
            }

            config.routes.exception(HttpResponseException.class, errors::httpResponse);
            config.routes.exception(Exception.class, errors::unexpected);
            config.routes.error(404, "*", ctx -> {
                if (ctx.result() == null) {
                    errors.notFound(ctx);
                }
            });
        });
    }
}
