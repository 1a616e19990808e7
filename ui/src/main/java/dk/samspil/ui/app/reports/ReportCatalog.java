package dk.samspil.ui.app.reports;

import org.springframework.stereotype.Service;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every report and analysis by its command name ({@code report matrix}, {@code analyze effect}) with its
 * options by name: how a command reaches them, in its own process or through the application serving
 * its data folder, so that both print the same.
 */
@Service
public class ReportCatalog {

    /** The names, as the command line spells them. */
    public static final Set<String> NAMES = Set.of("report matrix", "report units", "report profile", "report given-received",
            "report outcomes", "report timeline", "report case-matrix", "analyze elasticity", "analyze effect", "analyze change",
            "analyze relations", "analyze outcomes", "log", "release", "fieldwork");

    private final ReportOutputs outputs;

    public ReportCatalog(ReportOutputs outputs) {
        this.outputs = outputs;
    }

    /** A report's options by name, leaving out those not given. */
    public static Map<String, String> options(String... namesAndValues) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                options.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return options;
    }

    /** @throws IllegalArgumentException naming the report or option that is unknown, missing or malformed */
    public ReportOutput run(String name, ReportRequest request, Map<String, String> options) {
        Options o = new Options(options);
        return switch (name) {
            case "report matrix" -> outputs.matrix(request, o.required("wave"), o.or("instrument", "rk@1"), o.get("unit"), o.get("by"));
            case "report units" -> outputs.units(request, o.required("wave"), o.required("instrument"), o.or("scope", "all"),
                    o.get("unit"), o.get("by"));
            case "report profile" -> outputs.profile(request, o.required("wave"), o.or("instrument", "rk@1"), o.get("rater"),
                    o.get("target"), o.get("unit"), o.get("by"));
            case "report given-received" -> outputs.givenReceived(request, o.required("wave"), o.or("instrument", "rk@1"),
                    o.get("unit"));
            case "report outcomes" -> o.get("period") == null ? outputs.outcomes(request, o.required("outcome"), o.get("unit"), o.get("by"))
                    : o.get("by") != null ? refuse("--period and --by: periods are not broken down by subgroup")
                    : outputs.outcomePeriods(request, o.required("outcome"), o.get("period"), o.get("unit"));
            case "report timeline" -> outputs.timeline(request, o.get("unit"));
            case "report case-matrix" -> outputs.caseMatrix(request, o.required("wave"), o.or("instrument", "rk@1"), o.list("case"));
            case "analyze elasticity" -> outputs.elasticity(request, o.required("wave"), o.required("x"), o.required("y"), o.get("by"));
            case "analyze effect" -> outputs.effect(request, o.required("type"), o.or("outcome", "rk@1"), o.get("scope"), o.get("by"),
                    o.or("estimator", "twfe"), o.get("control"), o.get("se"));
            case "analyze change" -> outputs.change(request, o.required("from"), o.required("to"), o.required("instrument"),
                    o.get("unit"), o.or("scope", "all"), o.get("by"));
            case "analyze relations" -> outputs.relations(request, o.required("wave"), o.or("instrument", "rk@1"),
                    o.number("importance-threshold"));
            case "analyze outcomes" -> outputs.outcomeShifts(request, o.required("outcome"), o.get("type"),
                    o.integerOr("window-months", 18), o.get("by"));
            case "log" -> outputs.log(request.study(), o.integerOr("limit", 20));
            case "fieldwork" -> outputs.fieldwork(request, o.required("wave"));
            case "release" -> outputs.release(request, o.required("wave"), Boolean.parseBoolean(o.or("dry-run", "false")));
            default -> throw new IllegalArgumentException("no report or analysis '" + name + "' (there are: "
                    + String.join(", ", NAMES.stream().sorted().toList()) + ")");
        };
    }

    private record Options(Map<String, String> given) {

        String get(String name) {
            return given.get(name);
        }

        String or(String name, String fallback) {
            return given.getOrDefault(name, fallback);
        }

        String required(String name) {
            String value = given.get(name);
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " is required");
            }
            return value;
        }

        List<String> list(String name) {
            String value = given.get(name);
            return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
        }

        Double number(String name) {
            String value = given.get(name);
            try {
                return value == null ? null : Double.valueOf(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, was '" + value + "'");
            }
        }

        int integerOr(String name, int fallback) {
            String value = given.get(name);
            try {
                return value == null ? fallback : Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
            }
        }
    }

    private static ReportOutput refuse(String why) {
        throw new IllegalArgumentException(why);
    }
}
