// Scores the built CLI on the labelled news corpus with ../shared/acceptance/corpus.mjs (beside the repository
// root, or $CORROBORATE_SHARED) and fails when a figure of its total line is worse than the floors in
// test/acceptance/corpus-floors.json. Without ../shared (a fresh clone elsewhere) it prints one line saying the
// step is skipped and exits 0. Run after the build (npm run test:corpus builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findShared, root } from './shared.mjs';

const found = findShared(join('acceptance', 'corpus.mjs'), join('corpus', 'news'));
if (found.skip) {
	console.log(`corpus: skipped the corpus score: ${found.skip}`);
	process.exit(0);
}
if (found.error) {
	console.error(`corpus: ${found.error}`);
	process.exit(1);
}
const cli = join('server', 'out', 'cli.js');
if (!existsSync(join(root, cli))) {
	console.error(`corpus: ${cli} is missing; build first (npm run compile)`);
	process.exit(1);
}
const floors = JSON.parse(readFileSync(join(root, 'test', 'acceptance', 'corpus-floors.json'), 'utf8'));

// Its own output folder inside the clone: corpus.mjs empties the folder it is given.
const run = spawnSync(process.execPath, [join(found.dir, 'acceptance', 'corpus.mjs'), '--cli', cli, '--out', join(root, 'test-output', 'corpus')], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
process.stdout.write(run.stdout ?? '');
process.stderr.write(run.stderr ?? '');
if (run.status !== 0) {
	console.error(`corpus: ${join(found.dir, 'acceptance', 'corpus.mjs')} failed (exit ${run.status ?? run.signal})`);
	process.exit(1);
}

const line = /^corpus: facts=(\d+)\/(\d+) pairs=(\d+)\/(\d+) violations=(\d+)\/(\d+) unexplained=(\d+) mixed-unexplained=(\d+) cross-event=(\d+) cross-cluster=(\d+) dates=(\d+)% numbers=(\d+)% merged=(\d+)\/(\d+)$/gm;
const last = [...run.stdout.matchAll(line)].at(-1);
if (!last) {
	console.error('corpus: no "corpus: facts=… merged=…" total line in the output above; the scorer\'s format changed?');
	process.exit(1);
}
const n = i => Number(last[i]);
const figures = { facts: n(1), violations: n(5), unexplained: n(7), mixedUnexplained: n(8), crossEvent: n(9), crossCluster: n(10), dates: n(11), numbers: n(12), merged: n(13) };

const worse = [];
for (const [name, floor] of Object.entries(floors.atLeast)) {
	if (!(name in figures)) {
		worse.push(`unknown figure '${name}' in corpus-floors.json`);
	} else if (figures[name] < floor) {
		worse.push(`${name}=${figures[name]} is below the floor ${floor}`);
	}
}
for (const [name, ceiling] of Object.entries(floors.atMost)) {
	if (!(name in figures)) {
		worse.push(`unknown figure '${name}' in corpus-floors.json`);
	} else if (figures[name] > ceiling) {
		worse.push(`${name}=${figures[name]} is above the ceiling ${ceiling}`);
	}
}
if (worse.length > 0) {
	console.error(`corpus: FAILED against test/acceptance/corpus-floors.json: ${worse.join('; ')}`);
	process.exit(1);
}
const bounds = [...Object.entries(floors.atLeast).map(([k, v]) => `${k}=${figures[k]}≥${v}`), ...Object.entries(floors.atMost).map(([k, v]) => `${k}=${figures[k]}≤${v}`)];
console.log(`corpus: PASS against test/acceptance/corpus-floors.json (${bounds.join(' ')})`);
