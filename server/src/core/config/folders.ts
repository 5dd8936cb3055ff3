import { emptyConfig, parseWorkspaceConfig, WORKSPACE_FILE, type ConfigProblem, type WorkspaceConfig } from './workspaceFile';

/** One workspace folder's parsed workspace file and its problems. */
export interface FolderConfig {
	readonly folder: string;
	readonly config: WorkspaceConfig;
	readonly problems: readonly ConfigProblem[];
}

const prefixOf = (folder: string) => folder.endsWith('/') ? folder : `${folder}/`;

/** The workspace files of every folder, and which one applies to a URI (the innermost folder's). */
export class FolderConfigs {
	readonly #folders = new Map<string, FolderConfig>();

	/** Sets a folder's workspace file text (null: the folder has none); returns how many problems it has. */
	set(folder: string, text: string | null): number {
		const { config, problems } = text === null ? { config: emptyConfig, problems: [] } : parseWorkspaceConfig(text);
		this.#folders.set(folder, { folder, config, problems });
		return problems.length;
	}

	/** The innermost folder holding a URI. */
	folderOf(uri: string): FolderConfig | undefined {
		let best: FolderConfig | undefined;
		for (const f of this.#folders.values()) {
			if (uri.startsWith(prefixOf(f.folder)) && (!best || f.folder.length > best.folder.length)) { best = f; }
		}
		return best;
	}

	/** The folder whose workspace file this URI is. */
	configFileOf(uri: string): FolderConfig | undefined {
		return [...this.#folders.values()].find(f => configFileUri(f.folder) === uri);
	}

	/** Every folder's declared alias groups. */
	aliases(): (readonly string[])[] {
		return [...this.#folders.values()].flatMap(f => f.config.aliases);
	}
}

/** The URI of a folder's workspace file. */
export function configFileUri(folder: string): string {
	return `${prefixOf(folder)}${WORKSPACE_FILE}`;
}

/** A URI's path relative to its folder, decoded ("sub/a b.txt"), as the workspace file names articles. */
export function relativePath(folder: string, uri: string): string {
	return decodeURIComponent(uri.slice(prefixOf(folder).length));
}
