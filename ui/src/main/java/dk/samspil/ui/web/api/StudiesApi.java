package dk.samspil.ui.web.api;

import dk.samspil.ui.app.reports.ReportOutputs;
import dk.samspil.ui.app.reports.StudyReports;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The studies an account may read, their reports (as {@code ./samspil report}) and their history. */
@RestController
@RequestMapping(ApiPaths.STUDIES)
@Tag(name = "reports", description = "Figures of the read model, as ./samspil report prints them with --format json or csv")
class StudiesApi {

    private static final String RK = "rk@1";

    private final ApiAnswers answers;
    private final ReportOutputs outputs;
    private final StudyReports reports;

    StudiesApi(ApiAnswers answers, ReportOutputs outputs, StudyReports reports) {
        this.answers = answers;
        this.outputs = outputs;
        this.reports = reports;
    }

    @GetMapping
    @Operation(summary = "The studies this account may read")
    ResponseEntity<String> studies() {
        return answers.json(reports.studies());
    }

    @GetMapping("/{study}/matrix")
    @Operation(summary = "The relation matrix of a wave; unit: that unit and the units below it; by: also each subgroup of a respondent attribute")
    ResponseEntity<String> matrix(@PathVariable String study, @RequestParam String wave, @RequestParam(defaultValue = RK) String instrument,
                                  @RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                                  @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.matrix(request, wave, instrument, unit, by));
    }

    @GetMapping("/{study}/units")
    @Operation(summary = "Unit indices of a wave; by: also each subgroup of a respondent attribute")
    ResponseEntity<String> units(@PathVariable String study, @RequestParam String wave, @RequestParam String instrument,
                                 @RequestParam(defaultValue = "all") String scope, @RequestParam(required = false) String unit,
                                 @RequestParam(required = false) String by, @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.units(request, wave, instrument, scope, unit, by));
    }

    @GetMapping("/{study}/profile")
    @Operation(summary = "The dimension profile of a wave, for everyone, a rater group, a target group or a unit; by: also each subgroup of a respondent attribute")
    ResponseEntity<String> profile(@PathVariable String study, @RequestParam String wave, @RequestParam(defaultValue = RK) String instrument,
                                   @RequestParam(required = false) String rater, @RequestParam(required = false) String target,
                                   @RequestParam(required = false) String unit, @RequestParam(required = false) String by,
                                   @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.profile(request, wave, instrument, rater, target, unit, by));
    }

    @GetMapping("/{study}/given-received")
    @Operation(summary = "Per group: how it rates the other groups against how they rate it")
    ResponseEntity<String> givenReceived(@PathVariable String study, @RequestParam String wave,
                                         @RequestParam(defaultValue = RK) String instrument, @RequestParam(required = false) String unit,
                                         @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.givenReceived(request, wave, instrument, unit));
    }

    @GetMapping("/{study}/outcomes")
    @Operation(summary = "A citizen outcome per unit and month")
    ResponseEntity<String> outcomes(@PathVariable String study, @RequestParam String outcome, @RequestParam(required = false) String unit,
                                    @RequestParam(required = false) String by,
                                    @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.outcomes(request, outcome, unit, by));
    }

    @GetMapping("/{study}/timeline")
    @Operation(summary = "Waves, milestones, interventions and organisational changes on one axis")
    ResponseEntity<String> timeline(@PathVariable String study, @RequestParam(required = false) String unit,
                                    @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.timeline(request, unit));
    }

    @GetMapping("/{study}/case-matrix")
    @Operation(summary = "The matrix of the professionals in citizens' cases (person-level: each read is recorded)")
    ResponseEntity<String> caseMatrix(@PathVariable String study, @RequestParam String wave, @RequestParam(defaultValue = RK) String instrument,
                                      @RequestParam(name = "case", required = false) List<String> cases,
                                      @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.caseMatrix(request, wave, instrument, cases == null ? List.of() : cases));
    }

    @GetMapping("/{study}/events")
    @Operation(summary = "The study's history as the history page shows it to this account, newest first, a page at a time")
    ResponseEntity<String> events(@PathVariable String study, @RequestParam(required = false) String type,
                                  @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size,
                                  @RequestParam(required = false) String asof) {
        return answers.json(reports.events(answers.request(study, new ApiAnswers.Moment(asof, null, null)), type, page, size));
    }
}
