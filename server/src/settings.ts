import type { ArticleGlobs } from './files';
import { defaultLimits, type ExtractionLimits, type HighlightOptions, type ICorroborateService, type SeverityOverrides } from './core';
import { folderPrefix, type WorkspaceFolders } from './folders';
import { readWorkspaceFile } from './workspaceFile';

const positive = (v: unknown, d: number) => typeof v === 'number' && v > 0 ? v : d;

/** How files are taken for articles: by their shape, or every included file. */
export type Recognition = 'auto' | 'all';

/** The `corroborate.*` settings of one resource, as the client sends them. */
export interface Settings {
	/** `articles`: globs of files analysed whatever their shape (and listed even when `include` does not match them). */
	files: { include: string; exclude: string[]; recognition: Recognition; articles: string[] };
	highlight: HighlightOptions;
	severity: SeverityOverrides;
	maxFileSize: number;
	inlayHints: boolean;
	limits: ExtractionLimits;
}

export const defaultSettings: Settings = {
	files: { include: '**/*.txt', exclude: ['**/node_modules/**', '**/.*/**'], recognition: 'auto', articles: [] },
	highlight: { actors: true, dates: true, numbers: true },
	severity: {},
	maxFileSize: 2_000_000,
	inlayHints: true,
	limits: defaultLimits,
};

/** Fills what the client left out with defaults, ignoring values of the wrong type. */
export function normalizeSettings(raw: unknown): Settings {
	const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Settings> & Record<string, unknown>;
	const files = (r.files && typeof r.files === 'object' ? r.files : {}) as Partial<Settings['files']>;
	const highlight = (r.highlight && typeof r.highlight === 'object' ? r.highlight : {}) as Partial<HighlightOptions>;
	const bool = (v: unknown, d: boolean) => typeof v === 'boolean' ? v : d;
	const globs = (v: unknown, d: string[]) => Array.isArray(v) ? v.filter((g): g is string => typeof g === 'string') : d;
	return {
		files: {
			include: typeof files.include === 'string' && files.include ? files.include : defaultSettings.files.include,
			exclude: globs(files.exclude, defaultSettings.files.exclude),
			recognition: files.recognition === 'all' ? 'all' : 'auto',
			articles: globs(files.articles, []),
		},
		highlight: { actors: bool(highlight.actors, true), dates: bool(highlight.dates, true), numbers: bool(highlight.numbers, true) },
		severity: r.severity && typeof r.severity === 'object' ? r.severity as Settings['severity'] : {},
		maxFileSize: typeof r.maxFileSize === 'number' && r.maxFileSize > 0 ? r.maxFileSize : defaultSettings.maxFileSize,
		inlayHints: bool((r.inlayHints as { enabled?: unknown } | undefined)?.enabled, true),
		limits: {
			maxChars: positive((r.limits as Record<string, unknown> | undefined)?.maxCharacters, defaultLimits.maxChars),
			maxLineLength: positive((r.limits as Record<string, unknown> | undefined)?.maxLineLength, defaultLimits.maxLineLength),
			maxMentions: positive((r.limits as Record<string, unknown> | undefined)?.maxMentions, defaultLimits.maxMentions),
		},
	};
}

/** The globs part of the settings, for the file walker. */
export function globsOf(s: Settings): ArticleGlobs {
	return { include: s.files.include, exclude: s.files.exclude, always: s.files.articles };
}

/** Asks the client for the `corroborate` section of a scope (`workspace/configuration`). */
export type SettingsSource = (scopeUri: string) => Promise<unknown>;

/**
 * The settings of each workspace folder: the editor's, pulled per folder when
 * the client supports it (else the last ones it pushed), with the folder's
 * workspace file globs taking precedence. Cached until settings or a workspace
 * file change.
 */
export class SettingsCache {
	readonly #service: ICorroborateService;
	readonly #folders: WorkspaceFolders;
	readonly #pull: SettingsSource | undefined;
	readonly #cache = new Map<string, Promise<Settings>>();
	readonly #resolved = new Map<string, Settings>();
	#pushed = defaultSettings;

	/** Without `pull`, settings come from `workspace/didChangeConfiguration`. */
	constructor(service: ICorroborateService, folders: WorkspaceFolders, pull: SettingsSource | undefined) {
		this.#service = service;
		this.#folders = folders;
		this.#pull = pull;
	}

	/** The settings that apply to a resource (those of its folder). */
	get(uri: string): Promise<Settings> {
		const scope = this.#folders.folderOf(uri) ?? uri;
		let result = this.#cache.get(scope);
		if (!result) {
			const editor = this.#pull ? this.#pull(scope).then(normalizeSettings, () => defaultSettings) : Promise.resolve(this.#pushed);
			result = editor.then(s => {
				const file = this.#service.getWorkspaceConfig(`${folderPrefix(scope)}x`);
				const merged = { ...s, files: { ...s.files, include: file.include ?? s.files.include, exclude: file.exclude ? [...file.exclude] : s.files.exclude } };
				this.#resolved.set(scope, merged);
				return merged;
			});
			this.#cache.set(scope, result);
		}
		return result;
	}

	/**
	 * The settings of a resource as last fetched, without waiting (for
	 * decisions taken while a change notification is handled); undefined
	 * before they were first fetched. After a change they stay the old ones
	 * until {@link get} has fetched the new ones.
	 */
	peek(uri: string): Settings | undefined {
		return this.#resolved.get(this.#folders.folderOf(uri) ?? uri);
	}

	/** After `workspace/didChangeConfiguration`; `pushed` is what the notification carried. */
	changed(pushed: unknown): void {
		this.#cache.clear();
		if (!this.#pull) { this.#pushed = normalizeSettings((pushed as { corroborate?: unknown } | undefined)?.corroborate); }
	}

	/** Reads a folder's workspace file into the core; the settings derived from it are dropped. */
	async loadWorkspaceFile(folderUri: string): Promise<void> {
		this.#service.setWorkspaceConfig(folderUri, await readWorkspaceFile(folderUri));
		this.#cache.clear();
	}

	async loadWorkspaceFiles(): Promise<void> {
		for (const folder of this.#folders.uris) { await this.loadWorkspaceFile(folder); }
	}
}
