// Runs the CLI on seeds/ with --format json and scores the report with the
// acceptance scorer in ../shared/acceptance. Fails when the scorer fails.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.CORROBORATE_SHARED ?? resolve(root, '..', 'shared');
const scorer = join(shared, 'acceptance', 'score.mjs');
const gold = join(shared, 'acceptance', 'seeds.gold.json');
if (!existsSync(scorer) || !existsSync(gold)) {
	console.error(`acceptance: cannot find ${scorer} and ${gold}; set CORROBORATE_SHARED to the folder holding acceptance/`);
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
