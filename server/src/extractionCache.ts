import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ENGINE_VERSION, VOCABULARY_FINGERPRINT, type ArticleExtraction, type ExtractionLimits } from './core';
import { writeAtomically } from './workspaceFile';

/** The content hash an extraction is cached under. */
export function contentHash(text: string): string {
	return createHash('sha1').update(text).digest('hex');
}

/**
 * The key of an article's extraction: its text, the limits it was extracted
 * under, the engine's build and the vocabulary's fingerprint, so an upgrade or
 * a changed word list never reuses an extraction made by another engine.
 */
export function extractionKey(text: string, limits: ExtractionLimits, engine = ENGINE_VERSION, vocabulary = VOCABULARY_FINGERPRINT): string {
	return contentHash(`${engine}\n${vocabulary}\n${JSON.stringify(limits)}\n${text}`);
}

/** Where caches live: the editor's storage folder for this workspace, else the user's cache folder; never the articles' folder. */
export function cacheFile(storagePath: string | undefined, folders: readonly string[]): string {
	const base = storagePath ?? path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'corroborate');
	const key = createHash('sha1').update(folders.join('\n')).digest('hex').slice(0, 16);
	return path.join(base, `extractions-${key}.json`);
}

/** A cached extraction, and whether its text was recognised as an article by its shape (not only made one by the user). */
interface Entry {
	readonly extraction: ArticleExtraction;
	readonly byShape: boolean;
}

/**
 * Extractions of article texts keyed by content hash, so re-opening a folder
 * reuses them, with whether the text read as an article (the key holds the
 * engine's build, so the recogniser's answer for the same text is the same).
 * One JSON file per workspace, read once and written atomically; a missing or
 * corrupt cache is simply empty.
 */
export class ExtractionCache {
	readonly #file: string;
	#entries = new Map<string, Entry>();
	readonly #used = new Set<string>();
	#dirty = false;

	constructor(file: string) {
		this.#file = file;
	}

	async load(): Promise<number> {
		try {
			const data = JSON.parse(await fs.readFile(this.#file, 'utf8')) as Record<string, Partial<Entry>>;
			this.#entries = new Map(Object.entries(data).flatMap(([hash, e]) => e?.extraction ? [[hash, { extraction: e.extraction, byShape: e.byShape === true }]] : []));
		} catch {
			this.#entries = new Map();
		}
		return this.#entries.size;
	}

	get(hash: string): ArticleExtraction | undefined {
		const hit = this.#entries.get(hash);
		if (hit) { this.#used.add(hash); }
		return hit?.extraction;
	}

	/** True when the text was recognised as an article by its shape when it was cached. */
	byShape(hash: string): boolean {
		return this.#entries.get(hash)?.byShape ?? false;
	}

	set(hash: string, extraction: ArticleExtraction, byShape = false): void {
		this.#entries.set(hash, { extraction, byShape });
		this.#used.add(hash);
		this.#dirty = true;
	}

	/** Writes the entries used in this session (old texts are dropped). */
	async save(): Promise<void> {
		if (!this.#dirty && this.#used.size === this.#entries.size) { return; }
		const kept: Record<string, Entry> = {};
		for (const hash of this.#used) {
			const e = this.#entries.get(hash);
			if (e) { kept[hash] = e; }
		}
		await fs.mkdir(path.dirname(this.#file), { recursive: true });
		await writeAtomically(this.#file, JSON.stringify(kept));
		this.#dirty = false;
	}
}
