package org.spinechoice.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.spinechoice.app.check.CheckController;
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
import org.spinechoice.app.platform.SecurityHeaders;
import org.spinechoice.app.platform.TemplateRenderer;
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

/**
 * The composition root: builds every part of the running application with {@code new}, top to bottom, and
 * declares the routes in one place.
 */
public final class Wiring {

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
            Javalin server = createServer(join(evidence), database, config.summaryDays(), clock)
                    .start(config.port());
            return new RunningApp(server, database);
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

    private static Javalin createServer(EvidenceBase evidence, Database database, int summaryDays, Clock clock) {
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
        SummaryService summaries =
                new SummaryService(new JdbcSavedSummaryRepository(database.jdbi()), clock, summaryDays);
        summaries.purgeExpired();
        SummaryDocuments summaryDocuments =
                new SummaryDocuments(evidence, evaluator, templates, messages, new SummaryPdfRenderer(), clock);
        SummaryController summary = new SummaryController(summaryDocuments, summaries);
        SavedSummaryController savedSummary = new SavedSummaryController(summaryDocuments, summaries);
        SummaryApiController summaryApi = new SummaryApiController(new SummaryRequest(json), summaryDocuments, json);
        ErrorResponses errors = new ErrorResponses(templates, messages, json);

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
