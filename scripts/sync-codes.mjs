// Writes the diagnostic codes from the one catalogue (server/src/core/findings/codes.json) into the README's table
// and the `corroborate.severity` settings schema in package.json.
//   node scripts/sync-codes.mjs          rewrite both files
//   node scripts/sync-codes.mjs --check  exit 1 (naming the file) when either is out of date; changes nothing
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { codes } = JSON.parse(readFileSync(join(root, 'server/src/core/findings/codes.json'), 'utf8'));
const check = process.argv.includes('--check');
const START = '<!-- codes:start (generated from server/src/core/findings/codes.json by scripts/sync-codes.mjs) -->';
const END = '<!-- codes:end -->';
const LEVELS = ['error', 'warning', 'information', 'hint', 'off'];

function readmeTable() {
	const rows = codes.map(c => `| <a id="${c.anchor}"></a>\`${c.code}\` | ${c.severity} | ${c.summary.replace(/\|/g, '\\|')} |`);
	return [START, '| code | default severity | when |', '|---|---|---|', ...rows, END].join('\n');
}

function severitySchema(current) {
	const list = codes.map(c => `- \`${c.code}\` (${c.severity}): ${c.summary}`).join('\n');
	return {
		...current,
		markdownDescription: `Override the severity of a diagnostic by its code, or turn it \`off\`. For example \`{ "claim.reworded": "off" }\`. Codes:\n\n${list}`,
		properties: Object.fromEntries(codes.map(c => [c.code, { type: 'string', enum: LEVELS, default: c.severity, description: c.summary }])),
		additionalProperties: { type: 'string', enum: LEVELS },
	};
}

const problems = [];
const readmePath = join(root, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from < 0 || to < from) {
	problems.push('README.md has no codes table markers');
} else {
	const next = readme.slice(0, from) + readmeTable() + readme.slice(to + END.length);
	if (next !== readme) { if (check) { problems.push('README.md codes table is out of date'); } else { writeFileSync(readmePath, next); } }
}
const pkgPath = join(root, 'package.json');
const pkgText = readFileSync(pkgPath, 'utf8');
const pkg = JSON.parse(pkgText);
const props = pkg.contributes.configuration.properties;
props['corroborate.severity'] = severitySchema(props['corroborate.severity']);
const nextPkg = `${JSON.stringify(pkg, null, '\t')}\n`;
if (nextPkg !== pkgText) { if (check) { problems.push('package.json corroborate.severity schema is out of date'); } else { writeFileSync(pkgPath, nextPkg); } }
if (problems.length) {
	console.error(`sync-codes: ${problems.join('; ')}: run node scripts/sync-codes.mjs`);
	process.exit(1);
}
