// Runs the CLI on seeds/ with --format json and scores the report with the acceptance scorer in
// ../shared/acceptance (beside the repository root, or $CORROBORATE_SHARED). Fails when the scorer fails.
// Without ../shared (a fresh clone elsewhere) it prints one line saying the score is skipped and exits 0;
// the project's own seeds expectations (test/server/seeds.test.ts) run either way.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findShared, root } from './shared.mjs';

const found = findShared('acceptance');
if (found.skip) {
	console.log(`acceptance: skipped the seeds gold score: ${found.skip}`);
	process.exit(0);
}
if (found.error) {
	console.error(`acceptance: ${found.error}`);
	process.exit(1);
}
const scorer = join(found.dir, 'acceptance', 'score.mjs');
const gold = join(found.dir, 'acceptance', 'seeds.gold.json');
if (!existsSync(scorer) || !existsSync(gold)) {
	console.error(`acceptance: ${join(found.dir, 'acceptance')} is there but lacks score.mjs or seeds.gold.json`);
	process.exit(1);
}
const cli = spawnSync(process.execPath, [join(root, 'server', 'out', 'cli.js'), 'check', 'seeds', '--format', 'json'], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
if (cli.status !== 0 && cli.status !== 1) {
	console.error(`acceptance: the CLI failed (exit ${cli.status}): ${cli.stderr}`);
	process.exit(1);
}
mkdirSync(join(root, 'test-output'), { recursive: true });
const report = join(root, 'test-output', 'seeds-report.json');
writeFileSync(report, cli.stdout);
try {
	process.stdout.write(execFileSync(process.execPath, [scorer, '--gold', gold, '--report', report, '--texts', 'seeds'], { cwd: root, encoding: 'utf8' }));
} catch (e) {
	process.stdout.write(e.stdout ?? '');
	console.error('acceptance: the seeds score FAILED (see above)');
	process.exit(1);
}
