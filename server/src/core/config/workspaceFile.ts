import { applyEdits, findNodeAtLocation, modify, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { Span } from '../types';
import type { Severity } from '../findings/codes';
import type { Finding } from '../findings/finding';

/** The name of the committed workspace file the editor and the CLI both read. */
export const WORKSPACE_FILE = '.corroborate.json';

/** A reviewed or ignored statement: which file, which words, optionally which code and why. */
export interface Suppression {
	readonly file: string;
	readonly quote: string;
	readonly code?: string;
	readonly note?: string;
	/** Where the entry is written in the workspace file. */
	readonly span: Span;
}

/** The settings and review state of one workspace folder. */
export interface WorkspaceConfig {
	readonly include?: string;
	readonly exclude?: readonly string[];
	readonly severity: Readonly<Record<string, Severity | 'off'>>;
	/** Groups of names the user declares to be one actor. */
	readonly aliases: readonly (readonly string[])[];
	readonly reviewed: readonly Suppression[];
	readonly ignoredFacts: readonly Suppression[];
	readonly ignoredCodes: readonly string[];
}

/** A problem in the workspace file itself. */
export interface ConfigProblem {
	readonly span: Span;
	readonly message: string;
	readonly code: 'config.malformed' | 'config.stale-suppression';
}

export const emptyConfig: WorkspaceConfig = { severity: {}, aliases: [], reviewed: [], ignoredFacts: [], ignoredCodes: [] };

const SEVERITIES = new Set(['error', 'warning', 'information', 'hint', 'off']);

/**
 * Reads a workspace file. A malformed file yields problems and the defaults
 * for whatever could not be read; it never throws.
 */
export function parseWorkspaceConfig(text: string): { config: WorkspaceConfig; problems: ConfigProblem[] } {
	const errors: ParseError[] = [];
	const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
	const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
	const problems: ConfigProblem[] = errors.map(e => ({ span: { start: clamp(Math.min(e.offset, text.length - 1)), end: clamp(e.offset + Math.max(1, e.length)) }, message: `Invalid JSON: ${printParseErrorCode(e.error)}; using defaults for what cannot be read`, code: 'config.malformed' }));
	if (!root || root.type !== 'object') {
		if (!problems.length) { problems.push({ span: { start: 0, end: Math.min(1, text.length) }, message: `${WORKSPACE_FILE} must hold a JSON object; using defaults`, code: 'config.malformed' }); }
		return { config: emptyConfig, problems };
	}
	const bad = (node: Node | undefined, message: string) => { if (node) { problems.push({ span: { start: node.offset, end: node.offset + node.length }, message, code: 'config.malformed' }); } };
	const str = (node: Node | undefined) => node?.type === 'string' ? node.value as string : undefined;
	const expect = (p: (string | number)[], type: Node['type'], what: string): Node | undefined => {
		const node = findNodeAtLocation(root, p);
		if (node && node.type !== type) { bad(node, `"${p.join('.')}" must be ${what}`); return undefined; }
		return node;
	};
	const files = expect(['files'], 'object', 'an object with "include" and "exclude"');
	const include = files && str(expect(['files', 'include'], 'string', 'a glob string'));
	const excludeNode = files && expect(['files', 'exclude'], 'array', 'an array of glob strings');
	const strings = (node: Node | undefined, what: string) => (node?.children ?? []).flatMap(c => {
		if (c.type === 'string') { return [c.value as string]; }
		bad(c, `${what} must be strings`);
		return [];
	});
	const exclude = excludeNode ? strings(excludeNode, '"files.exclude" entries') : undefined;
	const severity: Record<string, Severity | 'off'> = {};
	for (const prop of expect(['severity'], 'object', 'an object mapping codes to severities')?.children ?? []) {
		const [key, value] = prop.children ?? [];
		if (typeof value?.value === 'string' && SEVERITIES.has(value.value)) { severity[key.value as string] = value.value as Severity | 'off'; } else { bad(value, 'severity must be one of error, warning, information, hint, off'); }
	}
	const aliases: string[][] = [];
	for (const group of expect(['aliases'], 'array', 'an array of name groups')?.children ?? []) {
		const names = group.type === 'array' ? (group.children ?? []).map(str).filter((x): x is string => !!x) : [];
		if (names.length >= 2) { aliases.push(names); } else { bad(group, 'each alias group is an array of two or more names'); }
	}
	const ignore = expect(['ignore'], 'object', 'an object with "codes" and "facts"');
	const suppressions = (path: string[]) => ((path[0] === 'ignore' && !ignore) ? [] : expect(path, 'array', 'an array of { "file", "quote" } entries')?.children ?? []).flatMap(entry => {
		const file = str(findNodeAtLocation(entry, ['file']));
		const quote = str(findNodeAtLocation(entry, ['quote']));
		if (!file || !quote) {
			bad(entry, 'each entry needs "file" and "quote"');
			return [];
		}
		return [{ file, quote, code: str(findNodeAtLocation(entry, ['code'])), note: str(findNodeAtLocation(entry, ['note'])), span: { start: entry.offset, end: entry.offset + entry.length } }];
	});
	const ignoredCodes = ignore ? strings(expect(['ignore', 'codes'], 'array', 'an array of diagnostic codes'), '"ignore.codes" entries') : [];
	return { config: { include, exclude, severity, aliases, reviewed: suppressions(['reviewed']), ignoredFacts: suppressions(['ignore', 'facts']), ignoredCodes }, problems };
}

/** True when the entry names this finding: same file, its words overlap the finding, and the code (if given) matches. */
function matches(s: Suppression, finding: Finding, relativePath: string, text: string): boolean {
	if (s.file !== relativePath || (s.code && s.code !== finding.code)) { return false; }
	for (let at = text.indexOf(s.quote); at >= 0; at = text.indexOf(s.quote, at + 1)) {
		if (at < finding.span.end && finding.span.start < at + s.quote.length) { return true; }
	}
	return false;
}

/** Drops the findings the workspace file marks as reviewed or ignored. */
export function applySuppressions(findings: readonly Finding[], config: WorkspaceConfig, relativePath: string, text: string): Finding[] {
	return findings.filter(f => !config.ignoredCodes.includes(f.code)
		&& !config.reviewed.some(s => matches(s, f, relativePath, text))
		&& !config.ignoredFacts.some(s => matches(s, f, relativePath, text)));
}

/** Entries whose words are no longer in their file (or whose file is gone): reported, not silently kept. */
export function staleSuppressions(config: WorkspaceConfig, textOf: (relativePath: string) => string | undefined): ConfigProblem[] {
	return [...config.reviewed, ...config.ignoredFacts].flatMap(s => {
		const text = textOf(s.file);
		if (text === undefined) { return [{ span: s.span, message: `Stale entry: ${s.file} is not an indexed article`, code: 'config.stale-suppression' as const }]; }
		return text.includes(s.quote) ? [] : [{ span: s.span, message: `Stale entry: "${s.quote}" no longer appears in ${s.file}`, code: 'config.stale-suppression' as const }];
	});
}

/** The workspace file's text with one more entry under `reviewed` or `ignore.facts`, or one more ignored code. */
export function addToWorkspaceFile(text: string, kind: 'reviewed' | 'ignoreFact' | 'ignoreCode', entry: { file?: string; quote?: string; code: string; note?: string }): string {
	if (text.trim() && parseWorkspaceConfig(text).problems.length) {
		throw new Error(`${WORKSPACE_FILE} has errors; fix them before adding entries`);
	}
	const base = text.trim() ? text : '{\n}\n';
	const options = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };
	if (kind === 'ignoreCode') {
		const codes = findNodeAtLocation(parseTree(base)!, ['ignore', 'codes']);
		if (codes?.children?.some(c => c.value === entry.code)) { return base; }
		return applyEdits(base, modify(base, ['ignore', 'codes', codes?.children?.length ?? 0], entry.code, { ...options, isArrayInsertion: true }));
	}
	const path = kind === 'reviewed' ? ['reviewed'] : ['ignore', 'facts'];
	const list = findNodeAtLocation(parseTree(base)!, path);
	const value = { file: entry.file, quote: entry.quote, code: entry.code, ...(entry.note ? { note: entry.note } : {}) };
	return applyEdits(base, modify(base, [...path, list?.children?.length ?? 0], value, { ...options, isArrayInsertion: true }));
}
