import * as chrono from 'chrono-node/en';
import { alternation, VOCABULARY } from '../vocabulary';

type Parser = chrono.Chrono['parsers'][number];

/** A pattern that fails at once: the sticky flag tries only the first position. */
const NEVER = /(?!)/y;

/**
 * chrono-node's casual English reader, with each parser that `dates.json`'s
 * `chronoParserCues` names run only on a piece holding one of its cues (a
 * month's name, a slash, a digit): every parser scans every piece, and most
 * pieces can match only a few of them. A cue is any text a match of the parser
 * must contain, so a piece without one loses nothing.
 */
export function cuedReader(cues: Readonly<Record<string, readonly string[]>> = VOCABULARY.dates.chronoParserCues): chrono.Chrono {
	const reader = chrono.casual.clone();
	reader.parsers = reader.parsers.map(parser => {
		const words = cues[parser.constructor.name];
		return words ? cued(parser, new RegExp(alternation(words), 'i')) : parser;
	});
	return reader;
}

/** The parser, its pattern replaced by {@link NEVER} on a piece without a cue. */
function cued(parser: Parser, cue: RegExp): Parser {
	return {
		pattern: context => cue.test(context.text) ? parser.pattern(context) : NEVER,
		extract: (context, match) => parser.extract(context, match),
	};
}

/** The names of chrono's casual parsers, for a test that every cue list names one (a renamed parser would lose its cues silently). */
export function casualParserNames(): string[] {
	return chrono.casual.parsers.map(p => p.constructor.name);
}
