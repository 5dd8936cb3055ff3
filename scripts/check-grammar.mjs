// Tokenizes seed lines with the real TextMate engine VS Code uses and checks the scopes
// our grammar gives to dates, times, numbers, quotations, datelines and bylines.
// Usage: node scripts/check-grammar.mjs   (exit code 1 on any failed expectation)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import textmate from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const grammarPath = join(root, 'syntaxes', 'news.tmLanguage.json');
const scopeName = 'text.news-article';

/** Each case: a seed file, a line that contains `text`, and a scope that every token of `text` must carry. */
const cases = [
	{ file: '000_4db70d2cf16ce39b.txt', text: '2024-02-07', scope: 'constant.other.date' },
	{ file: '000_4db70d2cf16ce39b.txt', text: '2024-02-07', scope: 'meta.dateline' },
	{ file: '000_4db70d2cf16ce39b.txt', text: 'Jan. 28', scope: 'constant.other.date' },
	{ file: '000_4db70d2cf16ce39b.txt', text: '85', scope: 'constant.numeric' },
	{ file: '000_4db70d2cf16ce39b.txt', text: 'Wednesday', scope: 'constant.other.date' },
	{ file: '000_4db70d2cf16ce39b.txt', text: 'two', scope: 'constant.numeric' },
	// Seed 000 has no quotation marks, so the quotation cases use the other seeds.
	{ file: '001_68df400132d9e05e.txt', text: '“directly planning and participating in attacks on U.S. forces in the region,”', scope: 'string.quoted.double' },
	{ file: '002_5f7ad8ba94867228.txt', text: 'February 21, 2024', scope: 'meta.dateline' },
	{ file: '002_5f7ad8ba94867228.txt', text: 'BAGHDAD', scope: 'meta.dateline' },
	{ file: '002_5f7ad8ba94867228.txt', text: 'Lolita C. Baldor', scope: 'meta.byline' },
	{ file: '002_5f7ad8ba94867228.txt', text: 'Lolita C. Baldor', scope: 'entity.name' },
	{ file: '002_5f7ad8ba94867228.txt', text: '9:30 p.m.', scope: 'constant.other.time' },
	{ file: '003_38baa6d87464e9c9.txt', text: '18:30 GMT', scope: 'constant.other.time' },
	{ file: '004_a1fef557c6d29818.txt', text: 'Michael R. Gordon', scope: 'meta.byline' },
];

/** Scopes that `text` must NOT get, to catch patterns that grab too much. */
const negativeCases = [
	{ file: '000_4db70d2cf16ce39b.txt', text: 'Pentagon', scope: 'constant' },
	{ file: '003_38baa6d87464e9c9.txt', text: 'Centcom', scope: 'constant' },
];

async function loadGrammar() {
	const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
	const registry = new textmate.Registry({
		onigLib: Promise.resolve({
			createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
			createOnigString: text => new oniguruma.OnigString(text),
		}),
		loadGrammar: async name => name === scopeName
			? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
			: null,
	});
	const grammar = await registry.loadGrammar(scopeName);
	if (!grammar) {
		throw new Error(`could not load ${scopeName} from ${grammarPath}`);
	}
	return grammar;
}

/** Returns the tokens covering `text` on the first line of `file` that contains it, with their scopes. */
function tokensOf(grammar, file, text) {
	const lines = readFileSync(join(root, 'seeds', file), 'utf8').split(/\r?\n/);
	let state = textmate.INITIAL;
	for (const line of lines) {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		const start = line.indexOf(text);
		if (start < 0) {
			continue;
		}
		const end = start + text.length;
		return result.tokens
			.filter(t => t.startIndex < end && t.endIndex > start)
			.map(t => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
	}
	return undefined;
}

const hasScope = (scopes, prefix) => scopes.some(s => s === prefix || s.startsWith(prefix + '.') || s.split(' ').includes(prefix));

const grammar = await loadGrammar();
const failures = [];
for (const { file, text, scope } of cases) {
	const tokens = tokensOf(grammar, file, text);
	if (!tokens) {
		failures.push(`${file}: text ${JSON.stringify(text)} not found in the seed`);
	} else if (!tokens.every(t => hasScope(t.scopes, scope))) {
		failures.push(`${file}: ${JSON.stringify(text)} should have scope ${scope}, got ${JSON.stringify(tokens)}`);
	}
}
for (const { file, text, scope } of negativeCases) {
	const tokens = tokensOf(grammar, file, text);
	if (!tokens) {
		failures.push(`${file}: text ${JSON.stringify(text)} not found in the seed`);
	} else if (tokens.some(t => hasScope(t.scopes, scope))) {
		failures.push(`${file}: ${JSON.stringify(text)} should not have scope ${scope}, got ${JSON.stringify(tokens)}`);
	}
}
if (failures.length) {
	console.error(`Grammar check failed (${failures.length} of ${cases.length + negativeCases.length}):\n  ${failures.join('\n  ')}`);
	process.exit(1);
}
console.log(`Grammar check passed: ${cases.length + negativeCases.length} expectations on ${grammarPath}`);
