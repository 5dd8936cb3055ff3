import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { repoRoot } from './lspClient';

const cli = path.join(repoRoot, 'server', 'out', 'cli.js');
const run = (args: string[], cwd = repoRoot, env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env, maxBuffer: 64 << 20 });

suite('CLI', () => {
	test('Should print findings as compilers do, with related locations and a summary', () => {
		const r = run(['check', 'seeds']);
		assert.ok(r.status === 0 || r.status === 1, r.stderr);
		assert.match(r.stdout, /^seeds\/00\d_[0-9a-f]+\.txt:\d+:\d+: (error|warning|information|hint) \[claim\.[a-z-]+\] /m);
		assert.match(r.stdout, /^ {4}seeds\/00\d_[0-9a-f]+\.txt:\d+:\d+: /m);
		assert.match(r.stdout, /^5 articles checked: /m);
	});

	test('Should write the JSON report in the documented shape', () => {
		const r = run(['check', 'seeds', '--format', 'json']);
		const report = JSON.parse(r.stdout) as { files: { path: string; published: string | null; mentions: { kind: string; range: { start: { line: number; character: number } } }[] }[]; diagnostics: { path: string; severity: string; code: string; related: unknown[] }[] };
		assert.strictEqual(report.files.length, 5);
		assert.strictEqual(report.files[0].path, 'seeds/000_4db70d2cf16ce39b.txt');
		assert.strictEqual(report.files[0].published, '2024-02-07');
		assert.ok(report.files.every(f => f.mentions.every(m => ['actor', 'date', 'time', 'number'].includes(m.kind) && m.range.start.line >= 0)));
		assert.ok(report.diagnostics.some(d => d.related.length > 0));
		assert.strictEqual(r.status, report.diagnostics.some(d => d.severity === 'error') ? 1 : 0);
	});

	test('Should exit 2 with a one-line message naming a missing path, and still check the others', () => {
		const r = run(['check', 'no/such/folder', 'seeds/004_a1fef557c6d29818.txt']);
		assert.strictEqual(r.status, 2);
		assert.deepStrictEqual(r.stderr.trim().split('\n'), ['corroborate: cannot read no/such/folder: no such file or directory']);
		assert.match(r.stdout, /^1 article checked/m);
	});

	test('Should print its version with the engine build and vocabulary fingerprint it was built from', () => {
		const r = run(['--version']);
		assert.strictEqual(r.status, 0, r.stderr);
		assert.match(r.stdout, /^corroborate \d+\.\d+\.\d+ \(engine [0-9a-f]{16}, vocabulary [0-9a-f]{16}\)$/m);
	});

	test('Should exit 2 on bad usage without a stack trace', () => {
		const r = run(['check', '--format', 'xml']);
		assert.strictEqual(r.status, 2);
		assert.match(r.stderr, /--format must be text, json or sarif/);
		assert.doesNotMatch(r.stderr, /at .*\.js:\d+/);
	});

	test('Should read and extract a large folder on worker threads with the same report as on one thread', () => {
		// Enough files for the worker pool (64 or more): the seeds under many names, licences, and a binary file.
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-pool-'));
		const seeds = readdirSync(path.join(repoRoot, 'seeds')).filter(f => f.endsWith('.txt'));
		for (let copy = 0; copy < 14; copy++) {
			for (const f of seeds) { writeFileSync(path.join(dir, `${copy}-${f}`), readFileSync(path.join(repoRoot, 'seeds', f))); }
		}
		const fixtures = path.join(repoRoot, 'test', 'fixtures', 'not-articles');
		const notArticles = readdirSync(fixtures).filter(f => f.endsWith('.txt'));
		for (const f of notArticles) { cpSync(path.join(fixtures, f), path.join(dir, f)); }
		writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
		const pooled = run(['check', dir, '--format', 'json'], repoRoot, { ...process.env, CORROBORATE_WORKERS: '2' });
		const single = run(['check', dir, '--format', 'json'], repoRoot, { ...process.env, CORROBORATE_WORKERS: '0' });
		assert.ok(pooled.status === 0 || pooled.status === 1, pooled.stderr);
		const report = JSON.parse(pooled.stdout) as { files: unknown[]; diagnostics: unknown[]; notArticles: { path: string }[] };
		assert.strictEqual(report.files.length, 14 * seeds.length);
		assert.strictEqual(report.notArticles.length, notArticles.length);
		assert.ok(report.diagnostics.length > 0);
		assert.match(pooled.stderr, /skipped .*photo\.txt: binary file/);
		assert.strictEqual(pooled.stdout, single.stdout);
		assert.strictEqual(pooled.stderr, single.stderr);
		assert.strictEqual(pooled.status, single.status);
	});

	test('Should skip a binary file with a message and never write to the articles', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-cli-'));
		writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
		writeFileSync(path.join(dir, 'a.txt'), 'BAGHDAD, Feb. 7 — Two people were killed in a drone strike in Baghdad on Wednesday, police said.\n');
		const r = run(['check', dir]);
		assert.strictEqual(r.status, 0);
		assert.match(r.stderr, /skipped .*photo\.txt: binary file/);
		assert.match(r.stdout, /1 article checked/);
	});

	test('Should write SARIF 2.1.0 with related locations', () => {
		const r = run(['check', 'seeds', '--format', 'sarif']);
		const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; relatedLocations: unknown[] }[] }[] };
		assert.strictEqual(log.version, '2.1.0');
		const results = log.runs[0].results;
		assert.ok(results.length > 0);
		assert.ok(results.every(x => log.runs[0].tool.driver.rules.some(rule => rule.id === x.ruleId) && ['error', 'warning', 'note'].includes(x.level)));
		assert.ok(results.every(x => x.locations[0].physicalLocation.region.startLine >= 1 && /^seeds\//.test(x.locations[0].physicalLocation.artifactLocation.uri)));
		assert.ok(results.some(x => x.relatedLocations.length > 0));
	});

	test('Should read the folder\'s .corroborate.json: reviewed findings and per-code severities', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'corroborate-ws-'));
		cpSync(path.join(repoRoot, 'seeds'), dir, { recursive: true });
		const before = JSON.parse(run(['check', dir, '--format', 'json']).stdout) as { diagnostics: { path: string; code: string; severity: string }[] };
		assert.ok(before.diagnostics.some(d => d.code === 'claim.count-window'));
		writeFileSync(path.join(dir, '.corroborate.json'), JSON.stringify({
			severity: { 'claim.date-conflict': 'hint' },
			reviewed: [{ file: '000_4db70d2cf16ce39b.txt', quote: 'two commanders were killed', code: 'claim.number-attributed', note: 'checked with the desk' }],
			ignore: { codes: ['claim.count-window'] },
		}));
		const after = JSON.parse(run(['check', dir, '--format', 'json']).stdout) as typeof before;
		assert.ok(!after.diagnostics.some(d => d.code === 'claim.count-window'), 'ignored code gone');
		assert.ok(after.diagnostics.filter(d => d.code === 'claim.date-conflict').every(d => d.severity === 'hint'));
		assert.ok(!after.diagnostics.some(d => d.path.endsWith('000_4db70d2cf16ce39b.txt') && d.code === 'claim.number-attributed'), 'reviewed finding gone');
		assert.ok(after.diagnostics.some(d => d.code === 'claim.number-attributed'), 'the other side stays');
	});
});
