import { alternation, VOCABULARY } from '../vocabulary';

/**
 * The shapes of the other text files of a repository: licences and notices,
 * dependency lists, changelogs, logs, code and plain lists. Each test reads
 * the trimmed, non-empty lines of a file's start and tells how sure it is.
 */

/** A shape a file has that an article does not. */
export interface FileShape {
	/** What the file looks like, for the user ("a licence or notice (\"permission is hereby granted\")"). */
	readonly reason: string;
	/** True when nothing can outweigh it; otherwise a dateline over prose still makes the file an article. */
	readonly strong: boolean;
}

const V = VOCABULARY.shape;

/** The marks that open a list item (besides a dash), as a character class's body. */
export const BULLETS = '*+•◦▪‣►';
/** A list item: a bullet, a number or letter with a dot or parenthesis, a check box. */
export const LIST_ITEM = new RegExp(`^(?:[-${BULLETS}]|\\d{1,3}[.)]|[a-z][.)]|\\[[ xX]\\])\\s+`);

const fraction = (count: number, lines: readonly string[]) => lines.length ? count / lines.length : 0;
const countOf = (lines: readonly string[], test: (line: string) => boolean) => lines.reduce((n, l) => n + (test(l) ? 1 : 0), 0);
const shape = (reason: string, strong: boolean): FileShape => ({ reason, strong });

const LICENCE_WORDS = new RegExp(`\\b(?:${alternation(V.licenceWords)})\\b`, 'g');
const LICENCE_PHRASES = new RegExp(alternation(V.licencePhrases), 'g');

/** Licence texts and notice files (from the lower-cased sample and its count of words): legal phrases, or a density of licence words. */
export function licenceShape(lower: string, words: number): FileShape | null {
	const count = lower.match(LICENCE_WORDS)?.length ?? 0;
	// Every licence phrase holds a licence word: without one, the phrases need no search.
	const phrases = count ? [...new Set(lower.match(LICENCE_PHRASES))] : [];
	const density = words ? count / words : 0;
	const reason = `a licence or notice${phrases.length ? ` ("${phrases[0]}")` : ''}`;
	if (phrases.length >= 3 || (phrases.length >= 2 && density >= 0.03)) { return shape(reason, true); }
	return phrases.length >= 1 || density >= 0.04 ? shape(reason, false) : null;
}

const PINNED = /^[A-Za-z0-9][\w.-]*(?:\[[\w,.\s-]+\])?\s*(?:(?:[=!<>~]=|===|[<>^~])\s*[\w.*+!-]+(?:\s*,\s*[=!<>~]=?\s*[\w.*+!-]+)*|@\s+\S+)\s*(?:;.*)?(?:#.*)?$/;
const REQUIREMENT_OPTION = /^(?:-[rce]\s+\S|--[a-z][\w-]*)/;
const BARE_NAME = /^[A-Za-z0-9][\w.-]*(?:\[[\w,.\s-]+\])?$/;

/** Dependency lists (requirements.txt, constraints): mostly `name==1.2` lines. */
export function dependencyShape(lines: readonly string[]): FileShape | null {
	const kept = lines.filter(l => !l.startsWith('#'));
	const pinned = countOf(kept, l => PINNED.test(l));
	const listed = pinned + countOf(kept, l => !PINNED.test(l) && (REQUIREMENT_OPTION.test(l) || BARE_NAME.test(l)));
	if (!pinned || fraction(listed, kept) < 0.6) { return null; }
	return shape(`a dependency list (${listed} of ${kept.length} lines name packages)`, true);
}

const TIME_STAMP = /^[[(]?(?:\d{4}[-/.]\d\d[-/.]\d\d[T ]?\d\d:\d\d|\d\d:\d\d:\d\d|\p{Lu}\p{Ll}{2}\s+\d{1,2}\s+\d\d:\d\d:\d\d|\d\d\/\p{Lu}\p{Ll}{2}\/\d{4}:\d\d|\d{10}(?:\.\d+)?\b|\d{1,3}(?:\.\d{1,3}){3}\s)/u;
const LEVEL = new RegExp(`(?:^|[\\s[(|:<])(?:${alternation(V.logLevels.map(l => l.toUpperCase()))})(?=[\\s\\]):|,>]|$)|\\[(?:${alternation(V.logLevels)})\\]|\\blevel=(?:${alternation(V.logLevels)})\\b`);

/** Logs: lines that start with a time stamp or carry a log level near their start (after a time stamp and a thread). */
export function logShape(lines: readonly string[]): FileShape | null {
	const logged = countOf(lines, l => TIME_STAMP.test(l) || LEVEL.test(l.slice(0, 60)));
	const share = fraction(logged, lines);
	if (share < 0.2 || logged < 2) { return null; }
	return shape(`a log (${logged} of ${lines.length} lines have a time stamp or a log level)`, share >= 0.4);
}

const CODE_START = new RegExp(`^(?:${alternation(V.codeKeywords)})(?=[\\s(<{:*]|$)`);
const BLOCK_START = new RegExp(`^(?:\\}\\s*)?(?:${alternation(V.codeBlockKeywords)})\\b(?:\\s*\\(|[^.!?]*[:{]$)`);
const CODE_END = /(?:[{};]|=>|\*\/|\\)$/;
const CODE_ONLY = /^(?:[{}()[\];,]+|\/\/.*|\/\*.*|<\/?[A-Za-z][^>]*>.*|@[A-Za-z]\w*(?:\(.*)?|[\w.$]+\(.*\);?|[\w.$[\]'"]+\s*[-+*/|&]?=\s*\S.*)$/;
// A line of eight words or more without brackets or operators is a clause ending in a semicolon, not code.
const WORDY = (line: string) => (line.match(/\p{L}+/gu)?.length ?? 0) >= 8 && !/[=(){}<>[\]]/.test(line);
const isCode = (line: string) => CODE_START.test(line) || BLOCK_START.test(line) || CODE_ONLY.test(line) || (CODE_END.test(line) && !WORDY(line));

/** Code saved as text: keywords at line starts, braces and semicolons at line ends, calls and assignments. */
export function codeShape(lines: readonly string[]): FileShape | null {
	const code = countOf(lines, isCode);
	const share = fraction(code, lines);
	if (share < 0.15 || code < 2) { return null; }
	return shape(`code (${code} of ${lines.length} lines look like program text)`, share >= 0.3);
}

const VERSION_HEADING = /^(?:#{1,6}\s*|=+\s*)?(?:\[|v(?:ersion)?\s*|release\s+)?\d+\.\d+(?:\.\d+)?(?:[-+][\w.]+)?\]?(?:\s*[-–—(:]|\s*$|\s+\(?\d{4})/i;
const DATED_AUTHOR = /^\d{4}-\d\d-\d\d\s+.+<[^>\s]+@[^>\s]+>$/;
const KIND_HEADING = new RegExp(`^(?:#{1,6}\\s*)?(?:${alternation(V.changeKinds)})\\s*:?$`, 'i');
const TITLE = new RegExp(`\\b(?:${alternation(V.changelogTitles)})\\b`, 'i');

/** Changelogs and release notes: version headings, headings of kinds of change, lists of changes; or a title that says so. */
export function changelogShape(lines: readonly string[]): FileShape | null {
	const versions = countOf(lines, l => VERSION_HEADING.test(l) || DATED_AUTHOR.test(l));
	const kinds = countOf(lines, l => KIND_HEADING.test(l));
	const listed = fraction(countOf(lines, l => LIST_ITEM.test(l)), lines) >= 0.3;
	const reason = 'a changelog or release notes';
	if (versions >= 2 || (versions >= 1 && (kinds >= 1 || listed))) { return shape(reason, true); }
	return lines.slice(0, 3).some(l => TITLE.test(l) && (/\d+\.\d+/.test(l) || kinds >= 1 || listed)) ? shape(reason, false) : null;
}

/**
 * Hard-wrapped text (READMEs, release notes, e-mail): most long lines broken
 * at about 80 characters in mid-sentence, where articles keep a paragraph a line.
 */
export function wrappedShape(lines: readonly string[]): FileShape | null {
	const long = lines.filter(l => l.length >= 40);
	const broken = countOf(long, l => l.length <= 80 && !/[.!?:;"”’)]$/.test(l));
	return long.length >= 5 && fraction(broken, long) >= 0.5 ? shape(`hard-wrapped text (${broken} of ${long.length} long lines broken mid-sentence)`, false) : null;
}

/** Lists (to-do lists, notes): mostly list items. */
export function listShape(lines: readonly string[]): FileShape | null {
	const items = countOf(lines, l => LIST_ITEM.test(l));
	const share = fraction(items, lines);
	return share >= 0.6 && items >= 2 ? shape(`a list (${items} of ${lines.length} lines are list items)`, false) : null;
}
