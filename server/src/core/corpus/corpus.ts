import { defaultLimits, type ExtractionLimits } from '../text/layout';
import { extractArticle, type Article, type ArticleExtraction } from '../claims/extractArticle';
import { derive, derivePatched, type State } from './derive';
import type { CorpusView } from './view';

/**
 * The articles of a workspace and what they say together. Articles are
 * extracted when set; the cross-article view (entities, events, claims,
 * verdicts) is derived lazily and recomputed after any change.
 */
export class Corpus {
	readonly #articles = new Map<string, Article>();
	#aliases: readonly (readonly string[])[] = [];
	/** The current state, or null after a change. */
	#state: State | null = null;
	/** The last full recomputation, and the articles edited since. */
	#base: State | null = null;
	readonly #changed = new Set<string>();
	/** A change a provisional view cannot absorb (a deletion, new aliases). */
	#structural = false;

	/** Groups of names the user declares to be one actor (from the workspace file). */
	setDeclaredAliases(groups: readonly (readonly string[])[]): void {
		if (JSON.stringify(groups) !== JSON.stringify(this.#aliases)) {
			this.#aliases = groups;
			this.#invalidate(true);
		}
	}

	/** Adds or replaces an article; `extraction` may come from a cache or a worker. */
	/** Per-article limits for the extractions this corpus makes itself. */
	limits: ExtractionLimits = defaultLimits;

	set(uri: string, text: string, extraction?: ArticleExtraction): Article {
		const article = { uri, text, extraction: extraction ?? extractArticle(text, this.limits) };
		const existed = this.#articles.has(uri);
		this.#articles.set(uri, article);
		this.#changed.add(uri);
		this.#invalidate(!existed);
		return article;
	}

	delete(uri: string): boolean {
		const had = this.#articles.delete(uri);
		if (had) { this.#invalidate(true); }
		return had;
	}

	#invalidate(structural: boolean): void {
		this.#state = null;
		this.#structural ||= structural;
	}

	get(uri: string): Article | undefined {
		return this.#articles.get(uri);
	}

	get size(): number {
		return this.#articles.size;
	}

	uris(): string[] {
		return [...this.#articles.keys()];
	}

	/**
	 * The cross-article view. After a few edits it is provisional: only the
	 * edited articles are re-placed and the buckets they touch re-judged; a full
	 * recomputation follows when {@link settle} is called (the server does so
	 * once the user pauses), so the result always converges to a cold analysis.
	 */
	view(): CorpusView {
		if (!this.#state) {
			const provisional = this.#base && this.#changed.size > 0 && this.#changed.size <= MAX_PATCHED && !this.#structural;
			this.#state = provisional ? derivePatched(this.#base!, this.#articles, this.#changed) : derive(this.#articles, this.#aliases);
			if (!provisional) {
				this.#base = this.#state;
				this.#changed.clear();
				this.#structural = false;
			}
		}
		return this.#state.view;
	}

	/** True while the view is provisional (edits not yet folded into a full recomputation). */
	get provisional(): boolean {
		return this.#changed.size > 0;
	}

	/** Recomputes the view in full if it is provisional. */
	settle(): void {
		if (!this.provisional) { return; }
		this.#state = derive(this.#articles, this.#aliases);
		this.#base = this.#state;
		this.#changed.clear();
		this.#structural = false;
	}
}

/** Edits folded into a provisional view before a full recomputation is needed anyway. */
const MAX_PATCHED = 20;
