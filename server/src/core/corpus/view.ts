import type { ActorMention } from '../types';
import type { Article } from '../claims/extractArticle';
import type { DateValue } from '../mentions/dateValues';
import type { Entity, EntityIndex } from '../mentions/entities';
import type { Reference } from '../mentions/referenceDates';
import type { ResolvedClaim } from '../events/placedClaims';
import type { Verdict } from '../findings/judge';
import type { Finding } from '../findings/finding';

/** Everything the corpus derives from all its articles together. */
export interface CorpusView {
	readonly articles: ReadonlyMap<string, Article>;
	readonly references: ReadonlyMap<string, Reference>;
	/** Resolved value of each date mention, by article, aligned with its mentions. */
	dateOf(uri: string, mentionIndex: number): DateValue | null;
	entityOf(uri: string, mention: ActorMention): Entity | undefined;
	readonly entities: EntityIndex;
	readonly claims: readonly ResolvedClaim[];
	claimsOf(uri: string): readonly ResolvedClaim[];
	/** Other claims of the same fact of the same event, with the verdict against this one. */
	comparisons(claim: ResolvedClaim): readonly { claim: ResolvedClaim; verdict: Verdict }[];
	findingsOf(uri: string): readonly Finding[];
	readonly findings: readonly Finding[];
	/** Event cluster ids by article event. */
	clusterOf(uri: string, articleEvent: number): number;
	/** A short name for a corpus event: "strike · Tarvik · 2024-02-07". */
	eventLabel(cluster: number): string;
	/** Every mention of an entity, in article order (built on first use). */
	occurrencesOf(entityId: string): readonly { readonly uri: string; readonly mention: ActorMention }[];
}
