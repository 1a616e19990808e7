package dk.samspil.domain.intake;

import dk.samspil.domain.intake.WideMapping.Column;
import dk.samspil.domain.intake.WideMapping.Field;
import dk.samspil.domain.intake.WideMapping.ItemColumn;
import dk.samspil.domain.intake.WideMapping.Values;

import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A wide mapping fitted to the header of responses_wide.csv: turns each wide row into the
 * long layout's rows, one per answer column of every instrument and target the row answered.
 */
final class WideLayout {

    private static final String FILE = WideCsvResponses.FILE;
    private static final List<String> ROW_FIELDS = List.of("wave", "collected_on", "respondent", "respondent_group",
            "respondent_unit", "instrument", "case");

    /** A row field fitted to the header: its column index (-1 for a fixed value) and its name for messages. */
    private record Source(Field field, int index, String shown) {
    }

    /** An answer column fitted to the header, with the names its row's fields carry in messages. */
    private record Answer(ItemColumn item, int index, Values values, Map<String, String> sources) {
    }

    private final List<Source> fields;
    private final List<List<Answer>> blocks;
    private final int width;

    private WideLayout(List<Source> fields, List<List<Answer>> blocks, int width) {
        this.fields = fields;
        this.blocks = blocks;
        this.width = width;
    }

    /** How many columns the header has, and so every row must have. */
    int width() {
        return width;
    }

    /** Fits the mapping to the header, reporting every column the mapping names that the header lacks. */
    static Optional<WideLayout> fit(WideMapping mapping, List<String> header, ProblemReport problems) {
        int before = problems.size();
        List<Source> fields = new ArrayList<>();
        Map<String, String> shown = new HashMap<>();
        for (String name : ROW_FIELDS) {
            Field field = mapping.fields().get(name);
            if (field == null) {
                shown.put(name, name + " (not in " + WideCsvResponses.MAPPING + ")");
                continue;
            }
            int index = field.column() == null ? -1 : index(field.column(), header, problems);
            shown.put(name, index < 0 ? name + " (fixed in " + WideCsvResponses.MAPPING + ")" : header.get(index));
            fields.add(new Source(field, index, shown.get(name)));
        }
        Field score = mapping.fields().get("score");
        Map<List<String>, List<Answer>> blocks = new LinkedHashMap<>();
        for (ItemColumn item : mapping.items()) {
            int index = index(item.column(), header, problems);
            if (index < 0) {
                continue;
            }
            Map<String, String> sources = new HashMap<>(shown);
            String name = header.get(index);
            sources.put("item", name);
            sources.put("target", name);
            sources.put("score", name);
            if (item.instrument() != null) {
                sources.put("instrument", name);
            }
            Values values = item.values() != null ? item.values() : score == null ? null : score.values();
            // all-empty answers about one target of one instrument mean "not rated": no rows (docs/response-layouts.md)
            blocks.computeIfAbsent(Arrays.asList(item.instrument(), item.target()), k -> new ArrayList<>())
                    .add(new Answer(item, index, values, Map.copyOf(sources)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new WideLayout(fields, List.copyOf(blocks.values()), header.size()));
    }

    private static int index(Column column, List<String> header, ProblemReport problems) {
        int first = header.indexOf(column.name());
        if (first >= 0 && first == header.lastIndexOf(column.name())) {
            return first;
        }
        if (first >= 0) {
            problems.add(WideCsvResponses.MAPPING, column.line(), column.at(), "a column that appears once in the header of " + FILE,
                    column.name() + " (columns " + XlsxSheet.letter(first) + " and " + XlsxSheet.letter(header.lastIndexOf(column.name())) + ")");
            return -1;
        }
        String near = header.stream().filter(h -> h.strip().equalsIgnoreCase(column.name().strip())).findFirst()
                .map(h -> "; the header has '" + h + "'").orElse("");
        problems.add(WideCsvResponses.MAPPING, column.line(), column.at(), "a column in the header of " + FILE + near, column.name());
        return -1;
    }

    /**
     * Turns one wide row into long rows. A row that answered nothing is skipped: survey tools
     * list invited respondents who never replied.
     *
     * @return the number of long rows handed on
     */
    int row(List<String> cells, int line, ProblemReport problems, Consumer<ResponseRow> rows) {
        List<List<Answer>> answered = new ArrayList<>();
        for (List<Answer> block : blocks) {
            if (block.stream().anyMatch(a -> !cells.get(a.index()).isEmpty())) {
                answered.add(block);
            }
        }
        if (answered.isEmpty()) {
            return 0;
        }
        int before = problems.size();
        Map<String, String> row = new HashMap<>();
        for (String name : ROW_FIELDS) {
            row.put(name, "");
        }
        for (Source source : fields) {
            row.put(source.field().name(), value(source, cells, line, problems));
        }
        List<String> scores = new ArrayList<>();
        for (List<Answer> block : answered) {
            for (Answer answer : block) {
                String cell = cells.get(answer.index());
                String score = answer.values() == null ? cell : answer.values().meaning(cell);
                if (score == null) {
                    problems.add(FILE, line, answer.sources().get("score"), answer.values().expected(), cell);
                }
                scores.add(score);
            }
        }
        if (problems.size() > before) {
            return 0;
        }
        int count = 0;
        for (List<Answer> block : answered) {
            for (Answer answer : block) {
                ItemColumn item = answer.item();
                rows.accept(new ResponseRow(FILE, line, row.get("wave"), row.get("collected_on"), row.get("respondent"),
                        row.get("respondent_group"), row.get("respondent_unit"),
                        item.instrument() != null ? item.instrument() : row.get("instrument"),
                        item.target(), row.get("case"), item.item(), scores.get(count), answer.sources()));
                count++;
            }
        }
        return count;
    }

    private static String value(Source source, List<String> cells, int line, ProblemReport problems) {
        Field field = source.field();
        if (source.index() < 0) {
            return field.fixed();
        }
        String cell = cells.get(source.index());
        if (field.values() != null) {
            String meaning = field.values().meaning(cell);
            if (meaning == null) {
                problems.add(FILE, line, source.shown(), field.values().expected(), cell);
                return "";
            }
            return meaning;
        }
        if (field.format() != null && !cell.isEmpty()) {
            try {
                return LocalDate.from(field.format().parse(cell)).toString();
            } catch (DateTimeException e) {
                problems.add(FILE, line, source.shown(), "a date written " + field.formatText() + " (the format in "
                        + WideCsvResponses.MAPPING + " " + field.column().at().replace(".column", ".format") + ")", cell);
                return "";
            }
        }
        return cell;
    }
}
