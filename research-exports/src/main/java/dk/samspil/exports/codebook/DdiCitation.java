package dk.samspil.exports.codebook;

import dk.samspil.exports.xml.XmlWriter;

/**
 * The parts of codebook.xml's stdyDscr an archive catalogues a deposit by, in DDI-Codebook 2.5's order: the citation's
 * responsibility, production and distribution statements; the study period, each wave's collection dates, the nation
 * and the geography (stdyInfo/sumDscr); the access conditions and licence (dataAccs/useStmt).
 */
final class DdiCitation {

    private DdiCitation() {
    }

    /** rspStmt, prodStmt and distStmt: written inside citation, after titlStmt. */
    static void statements(XmlWriter x, Citation c) {
        x.start("rspStmt");
        for (Citation.Author author : c.authors()) {
            x.leaf("AuthEnty", author.name(), "affiliation", author.affiliation());
        }
        x.end();
        x.start("prodStmt");
        x.leaf("producer", c.producer(), "role", "data producer");
        x.end();
        x.start("distStmt");
        x.leaf("distrbtr", c.distributor());
        x.end();
    }

    /** stdyInfo and dataAccs: written after citation. */
    static void studyAndAccess(XmlWriter x, Citation c) {
        x.start("stdyInfo").start("sumDscr");
        if (c.periodStart() != null) {
            x.leaf("timePrd", c.periodStart().toString(), "date", c.periodStart().toString(), "event", "start");
        }
        if (c.periodEnd() != null) {
            x.leaf("timePrd", c.periodEnd().toString(), "date", c.periodEnd().toString(), "event", "end");
        }
        for (Citation.Collection wave : c.collection()) {
            x.leaf("collDate", wave.opensOn().toString(), "date", wave.opensOn().toString(), "event", "start", "cycle", wave.label());
            x.leaf("collDate", wave.closesOn().toString(), "date", wave.closesOn().toString(), "event", "end", "cycle", wave.label());
        }
        x.leaf("nation", c.nation(), "abbr", "DK");
        x.leaf("geogCover", c.geography());
        x.leaf("geogUnit", "kommune", "xml:lang", "da");
        x.leaf("geogUnit", "municipality", "xml:lang", "en");
        x.end().end();
        x.start("dataAccs").start("useStmt");
        x.leaf("restrctn", c.accessConditions().da(), "xml:lang", "da");
        x.leaf("restrctn", c.accessConditions().en(), "xml:lang", "en");
        if (c.licence() != null) {
            x.leaf("conditions", c.licence());
        }
        x.end().end();
    }
}
