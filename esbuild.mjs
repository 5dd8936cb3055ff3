// Bundles the client (vscode external) and the server + CLI into single files.
// Usage: node esbuild.mjs [--production] [--watch]
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of every file of the analysis core (sources and vocabulary): the engine version the extraction cache is keyed by. */
function engineVersion(dir = 'server/src/core') {
	const hash = createHash('sha256');
	const walk = d => readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1).forEach(e => {
		const p = join(d, e.name);
		if (e.isDirectory()) { walk(p); } else { hash.update(`${p}\n`).update(readFileSync(p)); }
	});
	walk(dir);
	return hash.digest('hex').slice(0, 16);
}

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/** Prints errors in the format of the `$esbuild-watch` problem matcher. */
const problemMatcher = {
	name: 'problem-matcher',
	setup(build) {
		build.onStart(() => { if (watch) { console.log('[watch] build started'); } });
		build.onEnd(result => {
			for (const { text, location } of result.errors) {
				console.error(`✘ [ERROR] ${text}`);
				if (location) { console.error(`    ${location.file}:${location.line}:${location.column}:`); }
			}
			if (watch) { console.log('[watch] build finished'); }
		});
	},
};

const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	minify: production,
	sourcemap: !production,
	sourcesContent: false,
	logLevel: 'silent',
	plugins: [problemMatcher],
	// Prefer ESM builds: jsonc-parser's UMD build requires its own files dynamically, which a bundle cannot follow.
	mainFields: ['module', 'main'],
	define: { __CORROBORATE_ENGINE__: JSON.stringify(engineVersion()), __CORROBORATE_VERSION__: JSON.stringify(JSON.parse(readFileSync('package.json', 'utf8')).version) },
};

const contexts = await Promise.all([
	esbuild.context({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'client/out/extension.js', external: ['vscode'] }),
	esbuild.context({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'server/out/server.js', banner: { js: '#!/usr/bin/env node' } }),
	esbuild.context({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'server/out/cli.js', banner: { js: '#!/usr/bin/env node' } }),
	esbuild.context({ ...common, entryPoints: ['server/src/indexWorker.ts'], outfile: 'server/out/indexWorker.js' }),
]);
if (watch) {
	await Promise.all(contexts.map(c => c.watch()));
} else {
	const results = await Promise.all(contexts.map(c => c.rebuild()));
	await Promise.all(contexts.map(c => c.dispose()));
	if (results.some(r => r.errors.length)) { process.exit(1); }
}
