import * as assert from 'node:assert';
import { addToWorkspaceFile, applySuppressions, emptyConfig, parseWorkspaceConfig, staleSuppressions, type WorkspaceConfig } from '../../server/src/core/config/workspaceFile';
import type { Finding } from '../../server/src/core/index';

/**
 * The workspace file (`.corroborate.json`): reading it (valid, malformed,
 * wrongly typed), applying its reviews and ignores to findings, reporting
 * stale entries, and adding entries without breaking it.
 */

const ARTICLE = 'Officials said two commanders were killed on Wednesday. Witnesses said two commanders fled.\n';

/** A finding on `needle` (its first occurrence) in ARTICLE. */
function finding(needle: string, code = 'claim.number-attributed', occurrence = 0): Finding {
	let at = -1;
	for (let k = 0; k <= occurrence; k++) { at = ARTICLE.indexOf(needle, at + 1); }
	assert.ok(at >= 0, `${needle} not in the article`);
	return { uri: 'file:///ws/a.txt', span: { start: at, end: at + needle.length }, severity: 'warning', code, message: `finding on ${needle}`, related: [] };
}

/** Parses and fails on any problem. */
function parseClean(text: string): WorkspaceConfig {
	const { config, problems } = parseWorkspaceConfig(text);
	assert.deepStrictEqual(problems.map(p => p.message), [], `no problems in ${text}`);
	return config;
}

const config = (c: Partial<WorkspaceConfig>): WorkspaceConfig => ({ ...emptyConfig, ...c });
const entry = (file: string, quote: string, code?: string) => ({ file, quote, code, span: { start: 0, end: 1 } });

suite('Workspace file: parseWorkspaceConfig', () => {
	test('Should read every section of a valid file', () => {
		const text = `{
	// Comments and trailing commas are allowed (JSONC).
	"files": { "include": "**/*.article", "exclude": ["drafts/**"] },
	"severity": { "claim.reworded": "off", "claim.number-mismatch": "error" },
	"aliases": [["Liwa al-Fajr", "Liwa al-Fadjr", "LF"]],
	"reviewed": [{ "file": "a.txt", "quote": "two commanders", "code": "claim.number-attributed", "note": "checked with AP" }],
	"ignore": {
		"facts": [{ "file": "b.txt", "quote": "since Aug. 9" }],
		"codes": ["actor.spelling-variant"],
	},
}
`;
		const c = parseClean(text);
		assert.strictEqual(c.include, '**/*.article');
		assert.deepStrictEqual(c.exclude, ['drafts/**']);
		assert.deepStrictEqual(c.severity, { 'claim.reworded': 'off', 'claim.number-mismatch': 'error' });
		assert.deepStrictEqual(c.aliases, [['Liwa al-Fajr', 'Liwa al-Fadjr', 'LF']]);
		assert.strictEqual(c.reviewed.length, 1);
		const r = c.reviewed[0];
		assert.deepStrictEqual({ file: r.file, quote: r.quote, code: r.code, note: r.note }, { file: 'a.txt', quote: 'two commanders', code: 'claim.number-attributed', note: 'checked with AP' });
		assert.deepStrictEqual(JSON.parse(text.slice(r.span.start, r.span.end)), { file: 'a.txt', quote: 'two commanders', code: 'claim.number-attributed', note: 'checked with AP' }, 'the span is the entry');
		assert.deepStrictEqual(c.ignoredFacts.map(f => ({ file: f.file, quote: f.quote, code: f.code })), [{ file: 'b.txt', quote: 'since Aug. 9', code: undefined }]);
		assert.deepStrictEqual(c.ignoredCodes, ['actor.spelling-variant']);
	});

	test('Should read an empty object as the defaults', () => {
		assert.deepStrictEqual(parseClean('{}'), { ...emptyConfig, include: undefined, exclude: undefined });
	});

	test('Should report malformed JSON as config.malformed problems and use the defaults, never throwing', () => {
		for (const text of ['{ "reviewed": [', '{ "reviewed": [ { "file": "a.txt", "quote": ', '{ "severity": { "claim.reworded": "off" } ', '{]', 'not json', '']) {
			const { config: c, problems } = parseWorkspaceConfig(text);
			assert.ok(problems.length > 0, `problems for ${JSON.stringify(text)}`);
			for (const p of problems) {
				assert.strictEqual(p.code, 'config.malformed');
				assert.ok(p.span.start >= 0 && p.span.start <= p.span.end, `span ${JSON.stringify(p.span)}`);
			}
			assert.ok(problems.some(p => /Invalid JSON|must hold a JSON object/.test(p.message)), `a JSON syntax problem for ${JSON.stringify(text)}: ${problems.map(p => p.message).join(' | ')}`);
			assert.deepStrictEqual(c.reviewed, [], `no half-read reviews from ${JSON.stringify(text)}`);
			assert.deepStrictEqual(c.ignoredFacts, []);
			assert.deepStrictEqual(c.ignoredCodes, []);
		}
	});

	test('Should keep problem spans inside the text, also for an error at the end of the file', () => {
		for (const text of ['{ "reviewed": [', '{', 'not json']) {
			for (const p of parseWorkspaceConfig(text).problems) {
				assert.ok(p.span.end <= text.length, `span ${JSON.stringify(p.span)} ends past the end of ${JSON.stringify(text)} (length ${text.length}): ${p.message}`);
			}
		}
	});

	test('Should report a root that is not an object', () => {
		for (const text of ['null', '[]', '"reviewed"', '42']) {
			const { config: c, problems } = parseWorkspaceConfig(text);
			assert.strictEqual(problems.length, 1, text);
			assert.strictEqual(problems[0].code, 'config.malformed');
			assert.match(problems[0].message, /must hold a JSON object/);
			assert.deepStrictEqual(c, emptyConfig);
		}
	});

	test('Should report an unknown severity on its value and keep the valid ones', () => {
		const text = '{ "severity": { "claim.reworded": "loud", "claim.number-mismatch": "off" } }';
		const { config: c, problems } = parseWorkspaceConfig(text);
		assert.deepStrictEqual(c.severity, { 'claim.number-mismatch': 'off' });
		assert.strictEqual(problems.length, 1);
		assert.strictEqual(text.slice(problems[0].span.start, problems[0].span.end), '"loud"');
		assert.strictEqual(problems[0].code, 'config.malformed');
	});

	test('Should report an alias group with fewer than two names', () => {
		const text = '{ "aliases": [["Liwa al-Fajr"], ["LF", "Liwa al-Fajr"]] }';
		const { config: c, problems } = parseWorkspaceConfig(text);
		assert.deepStrictEqual(c.aliases, [['LF', 'Liwa al-Fajr']]);
		assert.strictEqual(problems.length, 1);
		assert.strictEqual(text.slice(problems[0].span.start, problems[0].span.end), '["Liwa al-Fajr"]');
	});

	test('Should report a review entry without a file or a quote (or with a quote that is not a string)', () => {
		const text = '{ "reviewed": [{ "file": "a.txt" }, { "quote": "two commanders" }, { "file": "a.txt", "quote": 3 }, { "file": "a.txt", "quote": "ok" }] }';
		const { config: c, problems } = parseWorkspaceConfig(text);
		assert.deepStrictEqual(c.reviewed.map(r => r.quote), ['ok']);
		assert.strictEqual(problems.length, 3);
		for (const p of problems) { assert.match(p.message, /needs "file" and "quote"/); }
	});

	/** Known keys with a value of the wrong type: each should be reported where it is, with the default used. */
	const wrongTypes: [string, string, (c: WorkspaceConfig) => void][] = [
		['"files" is a string', '{ "files": "**/*.txt" }', c => assert.strictEqual(c.include, undefined)],
		['"files.include" is a number', '{ "files": { "include": 5 } }', c => assert.strictEqual(c.include, undefined)],
		['"files.exclude" is a string', '{ "files": { "exclude": "drafts/**" } }', c => assert.strictEqual(c.exclude, undefined)],
		['"severity" is a string', '{ "severity": "off" }', c => assert.deepStrictEqual(c.severity, {})],
		['"aliases" is a string', '{ "aliases": "Liwa al-Fajr" }', c => assert.deepStrictEqual(c.aliases, [])],
		['"reviewed" is a string', '{ "reviewed": "a.txt" }', c => assert.deepStrictEqual(c.reviewed, [])],
		['"reviewed" is an object', '{ "reviewed": { "file": "a.txt", "quote": "two commanders" } }', c => assert.deepStrictEqual(c.reviewed, [])],
		['"ignore" is a string', '{ "ignore": "claim.reworded" }', c => assert.deepStrictEqual(c.ignoredCodes, [])],
		['"ignore.codes" is a string', '{ "ignore": { "codes": "claim.reworded" } }', c => assert.deepStrictEqual(c.ignoredCodes, [])],
		['"ignore.codes" holds a number', '{ "ignore": { "codes": [1, "claim.reworded"] } }', c => assert.deepStrictEqual(c.ignoredCodes, ['claim.reworded'])],
		['"ignore.facts" is a string', '{ "ignore": { "facts": "a.txt" } }', c => assert.deepStrictEqual(c.ignoredFacts, [])],
	];
	for (const [what, text, defaults] of wrongTypes) {
		test(`Should report a wrong type: ${what}`, () => {
			const { config: c, problems } = parseWorkspaceConfig(text);
			defaults(c);
			assert.ok(problems.length > 0, `a config.malformed problem for ${text}; got none (the value is silently ignored)`);
			for (const p of problems) {
				assert.strictEqual(p.code, 'config.malformed');
				assert.ok(p.span.start > 0 && p.span.end < text.length, `the problem points into the file, not at its start: ${JSON.stringify(p.span)}`);
			}
		});
	}
});

suite('Workspace file: applySuppressions', () => {
	const findings = [finding('two commanders were killed'), finding('Wednesday', 'claim.date-conflict')];

	test('Should keep every finding with the default config', () => {
		assert.deepStrictEqual(applySuppressions(findings, emptyConfig, 'a.txt', ARTICLE), findings);
	});

	test('Should drop a reviewed finding whose quote overlaps it, with the same code, in the same file', () => {
		const kept = applySuppressions(findings, config({ reviewed: [entry('a.txt', 'two commanders', 'claim.number-attributed')] }), 'a.txt', ARTICLE);
		assert.deepStrictEqual(kept.map(f => f.code), ['claim.date-conflict']);
	});

	test('Should keep a finding when the entry names another file, another code, or words elsewhere', () => {
		for (const e of [entry('b.txt', 'two commanders', 'claim.number-attributed'), entry('a.txt', 'two commanders', 'claim.reworded'), entry('a.txt', 'fled')]) {
			const kept = applySuppressions(findings, config({ reviewed: [e], ignoredFacts: [e] }), 'a.txt', ARTICLE);
			assert.strictEqual(kept.length, 2, `kept with ${JSON.stringify(e)}`);
		}
	});

	test('Should match a repeated quote on any of its occurrences', () => {
		const second = finding('two commanders', 'claim.number-attributed', 1);
		assert.deepStrictEqual(applySuppressions([second], config({ reviewed: [entry('a.txt', 'two commanders')] }), 'a.txt', ARTICLE), []);
	});

	test('Should drop ignored facts (any code when none is given) and ignored codes', () => {
		assert.deepStrictEqual(applySuppressions(findings, config({ ignoredFacts: [entry('a.txt', 'killed on Wednesday')] }), 'a.txt', ARTICLE), []);
		assert.deepStrictEqual(applySuppressions(findings, config({ ignoredCodes: ['claim.date-conflict'] }), 'a.txt', ARTICLE).map(f => f.code), ['claim.number-attributed']);
	});

	test('Should apply the entries read from a file', () => {
		const c = parseClean(addToWorkspaceFile('', 'reviewed', { file: 'a.txt', quote: 'two commanders', code: 'claim.number-attributed' }));
		assert.deepStrictEqual(applySuppressions(findings, c, 'a.txt', ARTICLE).map(f => f.code), ['claim.date-conflict']);
	});
});

suite('Workspace file: staleSuppressions', () => {
	const text = `{
  "reviewed": [
    { "file": "a.txt", "quote": "two commanders" },
    { "file": "a.txt", "quote": "three commanders" }
  ],
  "ignore": { "facts": [{ "file": "gone.txt", "quote": "anything" }] }
}`;
	const files: Record<string, string> = { 'a.txt': ARTICLE };

	test('Should report entries whose quote is gone or whose file is gone, on the entry', () => {
		const stale = staleSuppressions(parseClean(text), f => files[f]);
		assert.strictEqual(stale.length, 2);
		for (const s of stale) { assert.strictEqual(s.code, 'config.stale-suppression'); }
		const quoted = stale.map(s => JSON.parse(text.slice(s.span.start, s.span.end)) as { quote: string });
		assert.deepStrictEqual(quoted.map(q => q.quote).sort(), ['anything', 'three commanders']);
		assert.ok(stale.some(s => /"three commanders" no longer appears in a\.txt/.test(s.message)), stale.map(s => s.message).join(' | '));
		assert.ok(stale.some(s => /gone\.txt is not an indexed article/.test(s.message)), stale.map(s => s.message).join(' | '));
	});

	test('Should report nothing when every quote is still there', () => {
		assert.deepStrictEqual(staleSuppressions(parseClean('{ "reviewed": [{ "file": "a.txt", "quote": "Wednesday" }] }'), f => files[f]), []);
		assert.deepStrictEqual(staleSuppressions(emptyConfig, () => undefined), []);
	});
});

suite('Workspace file: addToWorkspaceFile', () => {
	test('Should create a valid file from an absent or empty one', () => {
		for (const start of ['', '   \n']) {
			const out = addToWorkspaceFile(start, 'reviewed', { file: 'a.txt', quote: 'two commanders', code: 'claim.number-attributed', note: 'checked' });
			assert.deepStrictEqual(JSON.parse(out), { reviewed: [{ file: 'a.txt', quote: 'two commanders', code: 'claim.number-attributed', note: 'checked' }] });
			assert.ok(out.endsWith('\n'), 'ends with a newline');
		}
		assert.deepStrictEqual(JSON.parse(addToWorkspaceFile('', 'ignoreFact', { file: 'a.txt', quote: 'q', code: 'claim.reworded' })), { ignore: { facts: [{ file: 'a.txt', quote: 'q', code: 'claim.reworded' }] } });
		assert.deepStrictEqual(JSON.parse(addToWorkspaceFile('', 'ignoreCode', { code: 'claim.reworded' })), { ignore: { codes: ['claim.reworded'] } });
	});

	test('Should leave out an empty note', () => {
		assert.deepStrictEqual(JSON.parse(addToWorkspaceFile('', 'reviewed', { file: 'a.txt', quote: 'q', code: 'c', note: '' })), { reviewed: [{ file: 'a.txt', quote: 'q', code: 'c' }] });
	});

	test('Should append to an existing file, keeping its other settings and comments', () => {
		const existing = `{
  // Our newsroom's settings.
  "severity": { "claim.reworded": "off" },
  "reviewed": [
    { "file": "a.txt", "quote": "Wednesday", "code": "claim.date-conflict" }
  ],
  "ignore": { "codes": ["actor.spelling-variant"] }
}
`;
		let out = addToWorkspaceFile(existing, 'reviewed', { file: 'b.txt', quote: 'three died', code: 'claim.number-attributed' });
		out = addToWorkspaceFile(out, 'ignoreFact', { file: 'b.txt', quote: 'since Aug. 10', code: 'claim.count-window' });
		out = addToWorkspaceFile(out, 'ignoreCode', { code: 'claim.reworded' });
		assert.ok(out.includes('// Our newsroom\'s settings.'), 'the comment is kept');
		const c = parseClean(out);
		assert.deepStrictEqual(c.severity, { 'claim.reworded': 'off' });
		assert.deepStrictEqual(c.reviewed.map(r => [r.file, r.quote]), [['a.txt', 'Wednesday'], ['b.txt', 'three died']]);
		assert.deepStrictEqual(c.ignoredFacts.map(r => [r.file, r.quote, r.code]), [['b.txt', 'since Aug. 10', 'claim.count-window']]);
		assert.deepStrictEqual(c.ignoredCodes, ['actor.spelling-variant', 'claim.reworded']);
	});

	test('Should add an ignored code only once', () => {
		const once = addToWorkspaceFile('', 'ignoreCode', { code: 'claim.reworded' });
		assert.strictEqual(addToWorkspaceFile(once, 'ignoreCode', { code: 'claim.reworded' }), once);
	});

	test('Should escape quotes that hold JSON special characters and read them back unchanged', () => {
		const quote = 'said “the \\"devil\\"” \\ and\ttabs';
		const out = addToWorkspaceFile('{}', 'reviewed', { file: 'dir/x y.txt', quote, code: 'claim.reworded' });
		const c = parseClean(out);
		assert.strictEqual(c.reviewed[0].quote, quote);
		assert.strictEqual(c.reviewed[0].file, 'dir/x y.txt');
	});

	test('Should keep the file valid through many additions', () => {
		let text = '';
		for (let i = 0; i < 20; i++) {
			text = addToWorkspaceFile(text, i % 3 === 0 ? 'reviewed' : i % 3 === 1 ? 'ignoreFact' : 'ignoreCode', { file: `f${i}.txt`, quote: `quote ${i}`, code: `claim.code-${i}` });
		}
		const c = parseClean(text);
		assert.strictEqual(c.reviewed.length + c.ignoredFacts.length + c.ignoredCodes.length, 20);
	});

	test('Should never make a malformed file worse: it refuses, or the result is valid', () => {
		const worse: string[] = [];
		for (const broken of ['{ "reviewed": [', '{ "reviewed": [ { "file": "a.txt" ', '{ "reviewed": "a.txt" }']) {
			let out: string | undefined;
			try {
				out = addToWorkspaceFile(broken, 'reviewed', { file: 'b.txt', quote: 'q', code: 'claim.reworded' });
			} catch {
				continue; // Refusing is fine: the server then leaves the user's file alone.
			}
			const { problems } = parseWorkspaceConfig(out);
			if (problems.length) { worse.push(`${JSON.stringify(broken)} → ${JSON.stringify(out)} (${problems.length} problems)`); }
		}
		assert.deepStrictEqual(worse, [], 'adding to a malformed file returned invalid JSON');
	});
});
