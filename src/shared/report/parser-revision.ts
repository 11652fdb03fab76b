/**
 * The report parser's revision. Annotation offsets are offsets in the parsed text, so a change to
 * what the parser makes of a text (a line that stops being a paragraph, a normalised title) moves
 * them: bump this with such a change, keep the earlier behaviour behind `revision` in parseReport,
 * and the store re-anchors the annotations of documents read with an earlier revision at start
 * (src/main/services/parser-upgrade.ts).
 *
 * 1. The first parser.
 * 2. Publication details above the report ("Release date:…") are document details, not
 *    paragraphs; the title line gets a space before "(" ("Government (2024)").
 */
export const PARSER_REVISION = 2;
