package dk.samspil.domain.study;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Register a study, or bring its structure up to date with a (re-imported) definition. Omissions remove nothing. */
public record DefineStudy(StudyDefinition definition) {

    @TargetAggregateIdentifier
    public String aggregateId() {
        return Study.aggregateId(definition.study());
    }
}
