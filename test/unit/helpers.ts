import * as assert from 'node:assert';
import { createCorroborateService, noCancellation, type Finding, type ICorroborateService, type Span } from '../../server/src/core/index';
import { extractArticle } from '../../server/src/core/claims/extractArticle';
import { dayNumber, resolveDate } from '../../server/src/core/mentions/dateValues';
import type { ActorType, Mention, MentionKind } from '../../server/src/core/types';

/**
 * Shared helpers of the unit tests: a corpus builder over in-memory articles,
 * offset and span helpers, assertions on findings and hovers, and the harness
 * of the table-driven extraction cases.
 */

// ---------------------------------------------------------------------------
// Corpora of small synthetic articles
// ---------------------------------------------------------------------------

export type Files = Record<string, string>;

export const uri = (name: string): string => `file:///ws/${name}`;

/** An article: one paragraph per line, the dateline first. */
export const article = (...lines: string[]): string => `${lines.join('\n')}\n`;

/** A service holding the given articles, keyed by file name. */
export function corpus(files: Files): ICorroborateService {
	const service = createCorroborateService();
	for (const [name, text] of Object.entries(files)) { service.setArticle(uri(name), text); }
	return service;
}

/** Offset of the `occurrence`-th `needle` in a file's text; fails when absent. */
export function offsetOf(files: Files, name: string, needle: string, occurrence = 0): number {
	let at = -1;
	for (let k = 0; k <= occurrence; k++) {
		at = files[name].indexOf(needle, at + 1);
		assert.ok(at >= 0, `'${needle}' (occurrence ${occurrence}) not found in ${name}`);
	}
	return at;
}

/** True when a span covers the whole of `needle` in a file. */
export function covers(files: Files, name: string, span: Span, needle: string, occurrence = 0): boolean {
	const at = offsetOf(files, name, needle, occurrence);
	return span.start <= at && at + needle.length <= span.end;
}

/** Every finding of the corpus, as readable lines for assertion messages. */
export function summary(service: ICorroborateService, files: Files): string[] {
	return service.getReport(noCancellation).findings.map(f => {
		const name = f.uri.slice(uri('').length);
		const text = files[name] ?? '';
		return `${name} ${f.code} [${f.severity}] «${text.slice(f.span.start, f.span.end)}»: ${f.message}`;
	});
}

/** The findings of one file. */
export function findingsOf(service: ICorroborateService, name: string): Finding[] {
	return service.computeDiagnostics(uri(name), noCancellation);
}

/** The finding of a file whose passage covers `needle`, if any. */
export function findingAt(service: ICorroborateService, files: Files, name: string, needle: string, code?: string): Finding | undefined {
	return findingsOf(service, name).find(f => covers(files, name, f.span, needle) && (code === undefined || f.code === code));
}

export interface Side {
	readonly file: string;
	/** Words inside the passage that states the claim (the number or date as written). */
	readonly at: string;
}

/**
 * Asserts a finding with `code` and `severity` on each side's passage, whose
 * related information points at the other side's passage and whose message
 * is a short summary that starts with what the fact is and gives this side's
 * value ("Death toll: here 2 (…); 1 source at the same time gives 3").
 */
export function assertConflict(service: ICorroborateService, files: Files, a: Side, b: Side, code: string, severity: Finding['severity']): void {
	const all = summary(service, files);
	for (const [self, other] of [[a, b], [b, a]] as const) {
		const f = findingAt(service, files, self.file, self.at, code);
		assert.ok(f, `expected ${code} on «${self.at}» in ${self.file}; findings:\n${all.join('\n') || '(none)'}`);
		assert.strictEqual(f.severity, severity, `severity of ${code} on «${self.at}» in ${self.file}: ${f.message}`);
		assert.ok(f.related.some(r => r.uri === uri(other.file) && covers(files, other.file, r.span, other.at)), `related of «${self.at}» should point at «${other.at}» in ${other.file}: ${JSON.stringify(f.related)}`);
		assert.match(f.message, /^[^:]+: here \S/, `message should name the fact and give this side's value: ${f.message}`);
		assert.ok(f.message.length <= 300, `message should stay short (${f.message.length} characters): ${f.message}`);
	}
}

/** Asserts the corpus has no findings at all. */
export function assertNoFindings(service: ICorroborateService, files: Files): void {
	assert.deepStrictEqual(summary(service, files), []);
}

/** Asserts no finding of the given codes anywhere in the corpus. */
export function assertNone(service: ICorroborateService, files: Files, codes: readonly string[]): void {
	assert.deepStrictEqual(summary(service, files).filter(line => codes.some(c => line.includes(` ${c} `))), []);
}

/** The hover card's markdown at `needle` in a file. */
export function hoverAt(service: ICorroborateService, files: Files, name: string, needle: string, occurrence = 0): string {
	const card = service.getHover(uri(name), offsetOf(files, name, needle, occurrence), noCancellation);
	assert.ok(card, `a hover card at «${needle}» in ${name}`);
	return card.markdown;
}

/** The entity id the report gives the first actor mention spelled `text` in a file. */
export function entityOf(service: ICorroborateService, name: string, text: string): string | undefined {
	const file = service.getReport(noCancellation).files.find(f => f.uri === uri(name));
	assert.ok(file, `${name} in the report`);
	const mention = file.mentions.find(m => m.kind === 'actor' && m.text === text);
	assert.ok(mention, `actor «${text}» in ${name}; actors: ${file.mentions.filter(m => m.kind === 'actor').map(m => m.text).join(', ')}`);
	return mention.entity;
}

export const NUMBER_CODES = ['claim.number-mismatch', 'claim.number-attributed', 'claim.number-tension'];
export const DATE_CODES = ['claim.date-conflict'];
export const TIME_CODES = ['claim.time-conflict'];

// ---------------------------------------------------------------------------
// Table-driven pairs of articles
// ---------------------------------------------------------------------------

/**
 * Two articles, a.txt and b.txt, each given as its lines (the dateline first),
 * and what should come of reading them side by side: a conflict (`at`, `code`,
 * `severity`), or quiet (no conflict, and what the hover card then says).
 */
export type Pair = {
	/** The test's name. */
	readonly name: string;
	readonly a: readonly string[];
	readonly b: readonly string[];
	/** A third article, c.txt, that agrees with a.txt: no finding of either points at the other. */
	readonly c?: readonly string[];
	/** No finding of these codes anywhere (assertNone). A quiet pair without it or `quiet` must have no finding at all (assertNoFindings). */
	readonly none?: readonly string[];
	/** No finding's line (file, code, severity, quoted words, message: see `summary`) matches. */
	readonly quiet?: RegExp;
} & ({
	/** assertConflict with `code` and `severity` on `at[0]` in a.txt and `at[1]` in b.txt. */
	readonly at: readonly [string, string];
	readonly code: string;
	readonly severity: Finding['severity'];
	/** The message of the finding on `at[0]` matches. */
	readonly message?: RegExp;
} | {
	/** The hover card at `at` in `file` must match every pattern. */
	readonly hover?: readonly [file: 'a.txt' | 'b.txt', at: string, card: RegExp, ...more: RegExp[]];
});

/** Builds the pair's corpus and asserts what the row expects: `quiet`; the conflict, its message, then `none`; or, for a quiet pair, `none` (or no finding at all), then the hover card. */
export function checkPair(p: Pair): void {
	const files: Files = { 'a.txt': article(...p.a), 'b.txt': article(...p.b), ...(p.c ? { 'c.txt': article(...p.c) } : {}) };
	const service = corpus(files);
	if (p.c) {
		const between = (x: string, y: string) => findingsOf(service, x).flatMap(f => f.related).filter(r => r.uri === uri(y));
		assert.deepStrictEqual([...between('a.txt', 'c.txt'), ...between('c.txt', 'a.txt')], [], summary(service, files).join(' | '));
	}
	if (p.quiet) { assert.deepStrictEqual(summary(service, files).filter(line => p.quiet!.test(line)), []); }
	if ('at' in p) {
		assertConflict(service, files, { file: 'a.txt', at: p.at[0] }, { file: 'b.txt', at: p.at[1] }, p.code, p.severity);
		if (p.message) { assert.match(findingAt(service, files, 'a.txt', p.at[0])?.message ?? '', p.message); }
		if (p.none) { assertNone(service, files, p.none); }
		return;
	}
	if (p.none) { assertNone(service, files, p.none); } else if (!p.quiet) { assertNoFindings(service, files); }
	if (p.hover) {
		const [file, at, ...card] = p.hover;
		const markdown = hoverAt(service, files, file, at);
		for (const pattern of card) { assert.match(markdown, pattern); }
	}
}

// ---------------------------------------------------------------------------
// Table-driven extraction cases
// ---------------------------------------------------------------------------

export interface Case {
	readonly text: string;
	/** The words the mention should cover; by default its text must equal them exactly. */
	readonly quote: string;
	readonly kind: MentionKind;
	/** Which occurrence of `quote` in `text` is meant (0-based). */
	readonly at?: number;
	/** The mention's text may be wider than the quote (a preposition, a title, zone words). */
	readonly contains?: boolean;
	/** Actors: the type and the cleaned name. */
	readonly type?: ActorType;
	readonly name?: string;
	/** Actors: one alias the mention must declare. */
	readonly alias?: string;
	/** Numbers: the hard interval `[min, max]`, null for an open end. */
	readonly value?: readonly [number | null, number | null];
	/** Dates: the ISO value resolved against `ref`. */
	readonly date?: string;
	/** Dates: the reference day (`YYYY-MM-DD`); 2024-02-07, a Wednesday, unless given. */
	readonly ref?: string;
	/** Times: hour, minute and zone (several zones when more than one reading is right). */
	readonly time?: readonly [number, number, number | string | null | readonly (number | string)[]];
}

/** No mention of `kind` may overlap `quote`. */
export interface Negative {
	readonly text: string;
	readonly quote: string;
	readonly kind: MentionKind;
	readonly at?: number;
}

export const DEFAULT_REF = '2024-02-07';

export function refDay(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number);
	return dayNumber(y, m, d);
}

/** Offset of the `at`-th occurrence of `quote` in `text`, or -1. */
export function locate(text: string, quote: string, at = 0): number {
	let from = -1;
	for (let k = 0; k <= at; k++) {
		from = text.indexOf(quote, from + 1);
		if (from < 0) { return -1; }
	}
	return from;
}

export function overlaps(a: Span, b: Span): boolean {
	return a.start < b.end && b.start < a.end;
}

export function short(text: string): string {
	const flat = text.replace(/\r?\n/g, ' ⏎ ');
	return flat.length > 80 ? `${flat.slice(0, 77)}…` : flat;
}

export function describe(m: Mention): string {
	const base = `${m.kind} "${m.text}" [${m.span.start},${m.span.end})`;
	switch (m.kind) {
		case 'actor': return `${base} ${m.type} name="${m.name}" aliases=${JSON.stringify(m.aliases)}`;
		case 'date': return `${base} ${JSON.stringify(m.expr)}`;
		case 'time': return `${base} ${m.hour}:${String(m.minute).padStart(2, '0')} zone=${JSON.stringify(m.zone)}`;
		default: return `${base} [${m.value.min}, ${m.value.max}] hedge=${JSON.stringify(m.hedge)}`;
	}
}

export function checkCase(c: Case): void {
	const start = locate(c.text, c.quote, c.at);
	assert.ok(start >= 0, `test table error: "${c.quote}" is not in the text`);
	const quoteSpan = { start, end: start + c.quote.length };
	const { mentions } = extractArticle(c.text);
	const candidates = mentions.filter(m => m.kind === c.kind && overlaps(m.span, quoteSpan));
	const all = mentions.map(describe).join('\n    ');
	assert.ok(candidates.length > 0, `no ${c.kind} mention overlaps "${c.quote}"; mentions:\n    ${all}`);
	// Prefer the mention covering the quote best, when the engine split it.
	const m = candidates.find(x => x.span.start <= quoteSpan.start && x.span.end >= quoteSpan.end) ?? candidates[0];
	const covered = c.text.slice(m.span.start, m.span.end);
	assert.strictEqual(covered, m.text, 'mention.text must equal text.slice(span)');
	if (c.contains) {
		assert.ok(m.span.start <= quoteSpan.start && m.span.end >= quoteSpan.end, `span "${covered}" does not cover "${c.quote}"`);
	} else {
		assert.deepStrictEqual({ start: m.span.start, end: m.span.end, text: covered }, { ...quoteSpan, text: c.quote }, `span of ${describe(m)}`);
	}
	if (m.kind === 'actor') {
		if (c.type) { assert.strictEqual(m.type, c.type, `type of ${describe(m)}`); }
		if (c.name) { assert.strictEqual(m.name, c.name, `name of ${describe(m)}`); }
		if (c.alias) { assert.ok(m.aliases.includes(c.alias), `aliases of ${describe(m)} lack "${c.alias}"`); }
	}
	if (m.kind === 'number' && c.value) {
		assert.deepStrictEqual([m.value.min, m.value.max], c.value, `value of ${describe(m)}`);
	}
	if (m.kind === 'date' && c.date) {
		const resolved = resolveDate(m.expr, refDay(c.ref ?? DEFAULT_REF));
		assert.strictEqual(resolved?.iso, c.date, `date of ${describe(m)} against ${c.ref ?? DEFAULT_REF}`);
	}
	if (m.kind === 'time' && c.time) {
		const [hour, minute, zone] = c.time;
		assert.deepStrictEqual([m.hour, m.minute], [hour, minute], `clock of ${describe(m)}`);
		const zones = Array.isArray(zone) ? zone : [zone];
		assert.ok(zones.includes(m.zone), `zone of ${describe(m)}, expected ${JSON.stringify(zone)}`);
	}
}

export function checkNegative(c: Negative): void {
	const start = locate(c.text, c.quote, c.at);
	assert.ok(start >= 0, `test table error: "${c.quote}" is not in the text`);
	const quoteSpan = { start, end: start + c.quote.length };
	const hits = extractArticle(c.text).mentions.filter(m => m.kind === c.kind && overlaps(m.span, quoteSpan));
	assert.deepStrictEqual(hits.map(describe), [], `"${c.quote}" should not be read as ${c.kind}`);
}

export function title(c: Case): string {
	const what = c.kind === 'actor' ? `${c.type ?? 'actor'}` : c.kind;
	const detail = c.value ? ` = [${c.value[0]}, ${c.value[1]}]` : c.date ? ` = ${c.date}` : c.time ? ` = ${c.time[0]}:${String(c.time[1]).padStart(2, '0')} ${JSON.stringify(c.time[2])}` : c.name && c.name !== c.quote ? ` named "${c.name}"` : '';
	return `Should read "${c.quote}" as ${what}${detail} in: ${short(c.text)}`;
}

/** One mocha suite per topic, one test per row, named by its title and its number in the table. */
export function caseSuites(tables: readonly (readonly [topic: string, cases: readonly Case[]])[]): void {
	for (const [topic, cases] of tables) {
		suite(topic, () => {
			cases.forEach((c, i) => {
				test(`${title(c)} (#${i + 1})`, () => checkCase(c));
			});
		});
	}
}

/** One mocha test per row, named by the row's quote, what it must not be read as (its kind unless `as` is given), its text and its number. */
export function negativeTests(cases: readonly Negative[], as?: string): void {
	cases.forEach((c, i) => {
		test(`Should not read "${c.quote}" as ${as ?? c.kind} in: ${short(c.text)} (#${i + 1})`, () => checkNegative(c));
	});
}

/** The UTF-16 span of `word` must be exactly where the word is, whatever comes before it. */
export function assertSpanOf(text: string, word: string, kind: MentionKind): void {
	const start = text.indexOf(word);
	assert.ok(start >= 0, `test error: "${word}" not in text`);
	const m = extractArticle(text).mentions.find(x => x.kind === kind && overlaps(x.span, { start, end: start + word.length }));
	assert.ok(m, `no ${kind} mention at "${word}"`);
	assert.strictEqual(text.slice(m.span.start, m.span.end), word);
	assert.deepStrictEqual({ start: m.span.start, end: m.span.end }, { start, end: start + word.length });
	assert.strictEqual(m.text, word);
}
