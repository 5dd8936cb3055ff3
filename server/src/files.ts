import { existsSync, promises as fs, readFileSync, statSync, type Dirent, type Stats } from 'node:fs';
import * as path from 'node:path';
import { minimatch } from 'minimatch';
import { WORKSPACE_FILE } from './core';

/** Limits on what is read as an article. */
export interface ReadLimits {
	/** Files larger than this many bytes are skipped. */
	readonly maxBytes: number;
}

export const defaultLimits: ReadLimits = { maxBytes: 2_000_000 };

/** An article's text, or why it was skipped. */
export type ReadResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly reason: string; /** The file's size, when it was refused for it. */ readonly tooLarge?: number };

/**
 * Decodes a file's bytes as article text: UTF-8 (with or without a BOM) or
 * UTF-16 with a BOM. Binary files (NUL bytes in UTF-8) and invalid UTF-8 are
 * refused with a reason rather than read as garbage.
 */
export function decodeArticle(bytes: Uint8Array): ReadResult {
	if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) { return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }; }
	if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) { return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }; }
	const head = bytes.subarray(0, Math.min(bytes.length, 8192));
	if (head.includes(0)) { return { ok: false, reason: 'binary file (contains NUL bytes)' }; }
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
	} catch {
		return { ok: false, reason: 'not valid UTF-8 text' };
	}
}

/** Reads one article from disk; never throws. */
export async function readArticle(file: string, limits: ReadLimits = defaultLimits): Promise<ReadResult> {
	try {
		return refusal(await fs.stat(file), limits) ?? decodeArticle(await fs.readFile(file));
	} catch (e) {
		return unreadable(e);
	}
}

/** {@link readArticle} without yielding, for a worker thread that reads many files in a row. */
export function readArticleSync(file: string, limits: ReadLimits = defaultLimits): ReadResult {
	try {
		return refusal(statSync(file), limits) ?? decodeArticle(readFileSync(file));
	} catch (e) {
		return unreadable(e);
	}
}

function refusal(stat: Stats, limits: ReadLimits): ReadResult | undefined {
	if (!stat.isFile()) { return { ok: false, reason: 'not a regular file' }; }
	if (stat.size > limits.maxBytes) { return { ok: false, reason: `larger than the ${limits.maxBytes} byte limit (${stat.size} bytes)`, tooLarge: stat.size }; }
	return undefined;
}

function unreadable(e: unknown): ReadResult {
	return { ok: false, reason: (e as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (e as Error).message };
}

/** Which files under a folder are articles. */
export interface ArticleGlobs {
	readonly include: string;
	readonly exclude: readonly string[];
	/** Files listed whether or not they match `include`, and analysed whatever their shape (`corroborate.files.articles`). */
	readonly always?: readonly string[];
}

export const defaultGlobs: ArticleGlobs = { include: '**/*.txt', exclude: ['**/node_modules/**', '**/.*/**'] };

/** True when a path relative to its folder is an article by the globs. */
export function isArticlePath(relative: string, globs: ArticleGlobs): boolean {
	const p = relative.split(path.sep).join('/');
	return (minimatch(p, globs.include, { dot: false }) || isAlwaysArticle(relative, globs)) && !globs.exclude.some(g => minimatch(p, g, { dot: true }));
}

/** True when a path relative to its folder matches the globs of files always analysed. */
export function isAlwaysArticle(relative: string, globs: ArticleGlobs): boolean {
	const p = relative.split(path.sep).join('/');
	return !!globs.always?.some(g => minimatch(p, g, { dot: true }));
}

/**
 * Which folders hold a `.corroborate.json`: a file under one of them is an
 * article whatever its shape. Each folder is looked up once (a synchronous
 * stat, so that a decision can be taken while a change notification is
 * handled) until {@link forget} says that its workspace file came or went.
 */
export class MarkerFolders {
	readonly #known = new Map<string, boolean>();

	/** True when the file's folder, or a folder above it up to and including `root`, holds a workspace file. */
	covers(root: string, file: string): boolean {
		for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
			if (this.#has(dir)) { return true; }
			const relative = path.relative(root, dir);
			if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) { return false; }
		}
	}

	/** A workspace file was created or deleted in this folder. */
	forget(dir: string): void {
		this.#known.delete(dir);
	}

	#has(dir: string): boolean {
		let has = this.#known.get(dir);
		if (has === undefined) {
			has = existsSync(path.join(dir, WORKSPACE_FILE));
			this.#known.set(dir, has);
		}
		return has;
	}
}

/**
 * Lists the articles under a folder. Dot-folders and node_modules are skipped,
 * symbolic links are not followed (so a link loop cannot hang the walk), and
 * unreadable folders are reported through `onSkip`.
 */
export async function findArticles(root: string, globs: ArticleGlobs = defaultGlobs, onSkip: (file: string, reason: string) => void = () => undefined, maxFiles = 100_000): Promise<string[]> {
	const found: string[] = [];
	const queue = [root];
	while (queue.length && found.length < maxFiles) {
		const dir = queue.shift()!;
		let entries: Dirent[];
		try {
			entries = await fs.readdir(dir, { withFileTypes: true });
		} catch (e) {
			onSkip(dir, (e as Error).message);
			continue;
		}
		for (const entry of entries.sort((a, b) => a.name < b.name ? -1 : 1)) {
			const full = path.join(dir, entry.name);
			const relative = path.relative(root, full);
			if (entry.isDirectory()) {
				if (!entry.name.startsWith('.') && entry.name !== 'node_modules') { queue.push(full); }
			} else if (entry.isFile() && isArticlePath(relative, globs)) {
				found.push(full);
			}
		}
	}
	return found.sort();
}
