// The project's own expectations about the bundled seeds/ (test/acceptance/seeds.expect.json), checked against the
// built CLI's JSON report. Runs with or without ../shared.
import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { repoRoot, seedsDir } from './lspClient';

interface Position { line: number; character: number }
interface Range { start: Position; end: Position }
interface Side { file: string; quote: string; text?: string }
interface Related { path: string; range: Range; message: string }
interface Diagnostic { path: string; range: Range; severity: string; code: string; message: string; related: Related[] }
interface Mention { kind: string; type: string; text: string; range: Range; entity?: string; value?: string | { min: number | null; max: number | null } }
interface Report {
	files: { path: string; published: string | null; reference: { date: string; from: string } | null; mentions: Mention[] }[];
	diagnostics: Diagnostic[];
}
interface ExpectedMention extends Side {
	kind: 'actor' | 'date' | 'time' | 'number';
	type?: string;
	value?: string;
	min?: number | null;
	max?: number | null;
	includes?: number[];
	excludes?: number[];
}
interface Expectations {
	datelines: { file: string; published: string | null; referenceFrom?: string; referenceDate?: string }[];
	contradictions: { id: string; why: string; codes: string[]; severities: string[]; pairs: [Side, Side][] }[];
	agreements: { id: string; why: string; pairs: [Side, Side][] }[];
	otherEvent: { why: string; file: string; others: string[] };
	mentions: ExpectedMention[];
	sameActor: { who: string; mentions: Side[] }[];
	differentActors: { why: string; mentions: Side[] }[];
}

const expected = JSON.parse(readFileSync(path.join(repoRoot, 'test', 'acceptance', 'seeds.expect.json'), 'utf8')) as Expectations;
const cli = path.join(repoRoot, 'server', 'out', 'cli.js');
const reportPath = (file: string) => `seeds/${file}`;

const texts = new Map<string, string>();
const seedText = (file: string): string => {
	let text = texts.get(file);
	if (text === undefined) {
		text = readFileSync(path.join(seedsDir, file), 'utf8');
		texts.set(file, text);
	}
	return text;
};

/** LSP position (0-based line, UTF-16 character) of a string offset; line breaks are \r\n, \r or \n. */
function positionAt(text: string, offset: number): Position {
	let line = 0;
	let lineStart = 0;
	for (let i = 0; i < offset; i++) {
		const c = text.charCodeAt(i);
		if (c === 13 || c === 10) {
			if (c === 13 && text.charCodeAt(i + 1) === 10) {
				i++;
			}
			line++;
			lineStart = i + 1;
		}
	}
	return { line, character: offset - lineStart };
}

/** The range of `side.text` (default: the whole quote) inside the one occurrence of `side.quote` in its file. */
function locate(side: Side): Range {
	const text = seedText(side.file);
	const at = text.indexOf(side.quote);
	assert.ok(at >= 0, `'${side.quote}' is not in ${side.file}`);
	assert.strictEqual(text.indexOf(side.quote, at + 1), -1, `'${side.quote}' occurs more than once in ${side.file}`);
	const inner = side.text ?? side.quote;
	const within = side.quote.indexOf(inner);
	assert.ok(within >= 0, `'${inner}' is not part of the quote '${side.quote}'`);
	return { start: positionAt(text, at + within), end: positionAt(text, at + within + inner.length) };
}

const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character < b.character);
const overlaps = (a: Range, b: Range) => before(a.start, b.end) && before(b.start, a.end);
const sameRange = (a: Range, b: Range) => !before(a.start, b.start) && !before(b.start, a.start) && !before(a.end, b.end) && !before(b.end, a.end);
const touches = (loc: { path: string; range: Range }, side: Side) => loc.path === reportPath(side.file) && overlaps(loc.range, locate(side));

/** A diagnostic connects two passages when its range overlaps one and one of its related ranges the other. */
const connects = (d: Diagnostic, a: Side, b: Side) =>
	(touches(d, a) && d.related.some(r => touches(r, b))) || (touches(d, b) && d.related.some(r => touches(r, a)));

const show = (s: Side) => `${s.file.slice(0, 3)} '${s.quote}'`;
const describe = (d: Diagnostic) => `${d.path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} [${d.code}] ${d.message}`;

suite('Seeds expectations (test/acceptance/seeds.expect.json)', () => {
	let report: Report;

	suiteSetup(() => {
		const r = spawnSync(process.execPath, [cli, 'check', 'seeds', '--format', 'json', '--min-severity', 'hint'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
		assert.ok(r.status === 0 || r.status === 1, `the CLI failed (exit ${r.status}): ${r.stderr}`);
		report = JSON.parse(r.stdout) as Report;
	});

	const fileOf = (file: string) => {
		const f = report.files.find(x => x.path === reportPath(file));
		assert.ok(f, `${file} is not in the report`);
		return f;
	};
	/** The mention of `kind` whose range is exactly the range of `side`'s text. */
	const mentionAt = (side: Side, kind?: string): Mention => {
		const range = locate(side);
		const m = fileOf(side.file).mentions.find(x => (kind === undefined || x.kind === kind) && sameRange(x.range, range));
		assert.ok(m, `no ${kind ?? ''} mention '${side.text ?? side.quote}' in ${side.file} (near: ${fileOf(side.file).mentions.filter(x => overlaps(x.range, range)).map(x => `${x.kind} '${x.text}'`).join(', ') || 'none'})`);
		return m;
	};

	test('Should report every seed article', () => {
		const seeds = readdirSync(seedsDir).filter(f => f.endsWith('.txt')).sort();
		assert.strictEqual(seeds.length, 5);
		assert.deepStrictEqual(report.files.map(f => f.path).sort(), seeds.map(reportPath));
	});

	test('Should take each dated article\'s date from its dateline and date the others from the closest dated one', () => {
		for (const e of expected.datelines) {
			const f = fileOf(e.file);
			assert.strictEqual(f.published, e.published, `${e.file} published`);
			if (e.referenceFrom !== undefined) {
				assert.deepStrictEqual(f.reference, { date: e.referenceDate, from: reportPath(e.referenceFrom) }, `${e.file} reference`);
			}
		}
	});

	for (const c of expected.contradictions) {
		test(`Should flag ${c.id} (${c.codes.join(' or ')}, ${c.severities.join('/')})`, () => {
			for (const [a, b] of c.pairs) {
				const found = report.diagnostics.filter(d => connects(d, a, b));
				assert.ok(found.length > 0, `nothing connects ${show(a)} with ${show(b)}: ${c.why}`);
				for (const d of found) {
					assert.ok(c.codes.includes(d.code) && c.severities.includes(d.severity), `${show(a)} / ${show(b)} connected by an unexpected finding: ${describe(d)}`);
				}
			}
		});
	}

	for (const g of expected.agreements) {
		test(`Should not flag ${g.id}`, () => {
			for (const [a, b] of g.pairs) {
				const found = report.diagnostics.filter(d => connects(d, a, b));
				assert.deepStrictEqual(found.map(describe), [], `${show(a)} and ${show(b)} agree: ${g.why}`);
			}
		});
	}

	test('Should never connect the 2021 article with the 2024 ones', () => {
		const { file, others } = expected.otherEvent;
		const involves = (p: string, names: string[]) => names.some(n => p === reportPath(n));
		const crossing = report.diagnostics.filter(d =>
			(involves(d.path, [file]) && d.related.some(r => involves(r.path, others))) ||
			(involves(d.path, others) && d.related.some(r => involves(r.path, [file]))));
		assert.deepStrictEqual(crossing.map(describe), [], expected.otherEvent.why);
	});

	test('Should explain every error and warning between passages by a listed contradiction', () => {
		const serious = report.diagnostics.filter(d => (d.severity === 'error' || d.severity === 'warning') && d.related.length > 0);
		assert.ok(serious.length > 0, 'no error or warning at all: the listed contradictions cannot be found either');
		const pairs = expected.contradictions.flatMap(c => c.pairs);
		const unexplained = serious.filter(d => !pairs.some(([a, b]) => connects(d, a, b)));
		assert.deepStrictEqual(unexplained.map(describe), []);
	});

	for (const e of expected.mentions) {
		const what = e.value ?? (e.includes ? `∋ ${e.includes.join(', ')}` : `[${e.min}, ${e.max}]`);
		test(`Should recognise the ${e.kind} '${e.text ?? e.quote}' in ${e.file.slice(0, 3)}${e.kind === 'actor' ? (e.type ? ` (${e.type})` : '') : ` as ${what}`}`, () => {
			const m = mentionAt(e, e.kind);
			if (e.type !== undefined) {
				assert.strictEqual(m.type, e.type, `type of '${m.text}'`);
			}
			if (e.value !== undefined) {
				assert.strictEqual(m.value, e.value, `value of '${m.text}'`);
			}
			if (e.kind === 'number') {
				const v = m.value as { min: number | null; max: number | null };
				assert.ok(typeof v === 'object' && v !== null, `'${m.text}' has no interval`);
				const contains = (n: number) => (v.min === null || v.min <= n) && (v.max === null || n <= v.max);
				if (e.min !== undefined) {
					assert.strictEqual(v.min, e.min, `lower end of '${m.text}'`);
				}
				if (e.max !== undefined) {
					assert.strictEqual(v.max, e.max, `upper end of '${m.text}'`);
				}
				for (const n of e.includes ?? []) {
					assert.ok(contains(n), `'${m.text}' read as [${v.min}, ${v.max}] leaves out ${n}`);
				}
				for (const n of e.excludes ?? []) {
					assert.ok(!contains(n), `'${m.text}' read as [${v.min}, ${v.max}] takes in ${n}`);
				}
			}
		});
	}

	for (const g of expected.sameActor) {
		test(`Should see one actor in ${g.mentions.map(s => `'${s.text ?? s.quote}'`).join(', ')} (${g.who})`, () => {
			const entities = g.mentions.map(s => mentionAt(s, 'actor').entity);
			assert.ok(entities[0], `'${g.mentions[0].quote}' has no entity`);
			assert.deepStrictEqual(entities, g.mentions.map(() => entities[0]));
		});
	}

	for (const g of expected.differentActors) {
		test(`Should keep ${g.mentions.map(s => `'${s.text ?? s.quote}'`).join(' and ')} apart (${g.why})`, () => {
			const entities = g.mentions.map(s => mentionAt(s, 'actor').entity);
			assert.ok(entities.every(Boolean), 'a mention has no entity');
			assert.strictEqual(new Set(entities).size, entities.length, `shared entity: ${entities.join(', ')}`);
		});
	}
});

