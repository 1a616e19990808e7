package dk.samspil.ui.web.api;

import dk.samspil.ui.app.reports.ReportOutputs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The analyses researchers publish (measures.md), as {@code ./samspil analyze} prints them with --format json or csv. */
@RestController
@RequestMapping(ApiPaths.STUDIES + "/{study}/analyses")
@Tag(name = "analyses", description = "Elasticities, intervention effects, change, relations and outcomes, as ./samspil analyze gives them")
class AnalysesApi {

    private final ApiAnswers answers;
    private final ReportOutputs outputs;

    AnalysesApi(ApiAnswers answers, ReportOutputs outputs) {
        this.answers = answers;
        this.outputs = outputs;
    }

    @GetMapping("/elasticity")
    @Operation(summary = "Elasticity of one unit index with respect to another across a wave's units")
    ResponseEntity<String> elasticity(@PathVariable String study, @RequestParam String wave, @RequestParam String x, @RequestParam String y,
                                      @RequestParam(required = false) String by,
                                      @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.elasticity(request, wave, x, y, by));
    }

    @GetMapping("/effect")
    @Operation(summary = "Effect of an intervention type on a unit index: estimator=twfe (difference-in-differences; by= a respondent "
            + "attribute adds each subgroup's and their difference) or estimator=cs (Callaway-Sant'Anna group-time effects with "
            + "control=never|not-yet and se=influence|bootstrap, and the Goodman-Bacon decomposition of the regression)")
    ResponseEntity<String> effect(@PathVariable String study, @RequestParam String type, @RequestParam(defaultValue = "rk@1") String outcome,
                                  @RequestParam(required = false) String scope, @RequestParam(required = false) String by,
                                  @RequestParam(defaultValue = "twfe") String estimator, @RequestParam(required = false) String control,
                                  @RequestParam(required = false) String se, @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.effect(request, type, outcome, scope, by, estimator, control, se));
    }

    @GetMapping("/change")
    @Operation(summary = "Change of an instrument between two waves, per item and overall; by= a respondent attribute adds each subgroup's")
    ResponseEntity<String> change(@PathVariable String study, @RequestParam String from, @RequestParam String to,
                                  @RequestParam String instrument, @RequestParam(required = false) String unit,
                                  @RequestParam(defaultValue = "all") String scope, @RequestParam(required = false) String by,
                                  @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.change(request, from, to, instrument, unit, scope, by));
    }

    @GetMapping("/relations")
    @Operation(summary = "Weak but important relations and the asymmetry of pairs")
    ResponseEntity<String> relations(@PathVariable String study, @RequestParam String wave, @RequestParam(defaultValue = "rk@1") String instrument,
                                     @RequestParam(name = "importance-threshold", required = false) Double threshold,
                                     @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.relations(request, wave, instrument, threshold));
    }

    @GetMapping("/outcomes")
    @Operation(summary = "A citizen outcome before and after each intervention start")
    ResponseEntity<String> outcomes(@PathVariable String study, @RequestParam String outcome, @RequestParam(required = false) String type,
                                    @RequestParam(name = "window-months", defaultValue = "18") int windowMonths,
                                    @RequestParam(required = false) String by, @ParameterObject ApiAnswers.Moment moment) {
        return answers.answer(study, moment, request -> outputs.outcomeShifts(request, outcome, type, windowMonths, by));
    }
}
