import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODES, codeInfo, DiagnosticCode } from '../../server/src/core';
import { toSarif } from '../../server/src/cli/sarif';

const root = path.resolve(__dirname, '..', '..', '..');

suite('Diagnostic codes catalogue', () => {
	test('Should list every code of the DiagnosticCode enum once, and nothing else', () => {
		const listed = CODES.map(c => c.code);
		assert.deepStrictEqual([...listed].sort(), Object.values(DiagnosticCode).sort());
		assert.strictEqual(new Set(listed).size, listed.length, 'a code is listed twice');
	});

	test('Should give each code a severity, a one-line summary and an anchor', () => {
		for (const c of CODES) {
			assert.ok(['error', 'warning', 'information', 'hint'].includes(c.severity), `${c.code}: ${c.severity}`);
			assert.ok(c.summary.length > 20 && !c.summary.includes('\n'), `${c.code}: summary`);
			assert.match(c.anchor, /^[a-z0-9-]+$/, `${c.code}: anchor`);
		}
	});

	test('Should refuse a code that is not in the catalogue', () => {
		assert.throws(() => codeInfo('claim.no-such-code'), /not in findings\/codes\.json/);
	});

	test('Should keep the README table and the settings schema in step with the catalogue', () => {
		const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'sync-codes.mjs'), '--check'], { encoding: 'utf8' });
		assert.strictEqual(r.status, 0, r.stderr);
	});

	test('Should list every code, with its default severity, in the corroborate.severity setting', () => {
		const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { markdownDescription: string; properties: Record<string, { default: string }> }> } } };
		const setting = pkg.contributes.configuration.properties['corroborate.severity'];
		for (const c of CODES) {
			assert.ok(setting.markdownDescription.includes(`\`${c.code}\` (${c.severity})`), `${c.code} is not in the setting's description`);
			assert.strictEqual(setting.properties[c.code]?.default, c.severity, `${c.code} in the setting's schema`);
		}
		assert.strictEqual(Object.keys(setting.properties).length, CODES.length, 'the schema names a code the catalogue does not have');
	});

	test('Should describe SARIF rules from the catalogue', () => {
		const finding = { uri: 'file:///a.txt', span: { start: 0, end: 1 }, severity: 'warning' as const, code: DiagnosticCode.timeConflict, message: 'm', related: [] };
		const log = toSarif([finding], () => 'a.txt', () => ({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } })) as { runs: { tool: { driver: { rules: { id: string; shortDescription: { text: string } }[] } } }[] };
		const rule = log.runs[0].tool.driver.rules[0];
		assert.strictEqual(rule.id, DiagnosticCode.timeConflict);
		assert.strictEqual(rule.shortDescription.text, codeInfo(DiagnosticCode.timeConflict).summary);
	});
});
