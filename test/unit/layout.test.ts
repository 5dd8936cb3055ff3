import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..', '..');
const core = path.join(root, 'server', 'src', 'core');

/** Runs ESLint (the project's config) on one file written into the core for the duration of the call. */
function lintFixture(relative: string, source: string): { status: number | null; output: string } {
	const file = path.join(core, relative);
	writeFileSync(file, source);
	try {
		const r = spawnSync(process.execPath, [path.join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--no-warn-ignored', file], { cwd: root, encoding: 'utf8' });
		return { status: r.status, output: `${r.stdout}${r.stderr}` };
	} finally {
		rmSync(file, { force: true });
	}
}

function coreFiles(dir = core): string[] {
	return readdirSync(dir).flatMap(name => {
		const p = path.join(dir, name);
		return statSync(p).isDirectory() ? coreFiles(p) : p.endsWith('.ts') ? [p] : [];
	});
}

suite('Core layout', () => {
	test('Should fail lint when a stage imports from a later stage', function () {
		this.timeout(120_000);
		const bad = lintFixture('text/zzLintFixture.ts', "import { extractArticle } from '../claims/extractArticle';\nexport const f = extractArticle;\n");
		assert.strictEqual(bad.status, 1, bad.output);
		assert.match(bad.output, /The text stage may import only from earlier stages/);
		const good = lintFixture('claims/zzLintFixture.ts', "import { tokenize } from '../text/scan';\nexport const f = tokenize;\n");
		assert.strictEqual(good.status, 0, good.output);
	});

	test('Should keep core files under about 250 lines and functions under about 60', () => {
		const over: string[] = [];
		for (const file of coreFiles()) {
			const text = readFileSync(file, 'utf8');
			const name = path.relative(core, file);
			const lines = text.split('\n').length;
			if (lines > 260) { over.push(`${name}: ${lines} lines`); }
			const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
			const visit = (node: ts.Node): void => {
				if (ts.isFunctionLike(node) && 'body' in node && node.body) {
					const first = source.getLineAndCharacterOfPosition(node.getStart()).line;
					const last = source.getLineAndCharacterOfPosition(node.end).line;
					if (last - first + 1 > 60) { over.push(`${name}:${first + 1}: function of ${last - first + 1} lines`); }
				}
				ts.forEachChild(node, visit);
			};
			visit(source);
		}
		assert.deepStrictEqual(over, []);
	});
});
