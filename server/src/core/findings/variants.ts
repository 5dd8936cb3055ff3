import type { ActorMention } from '../types';
import type { EntityIndex } from '../mentions/entities';
import { finding, type Finding } from './finding';
import { DiagnosticCode } from './codes';
import { fileName } from '../util/text';
import { push } from '../util/collections';
import { nameSkeleton, normalizeName } from '../mentions/nameForms';

// Keyed by the entity index, which a provisional view shares with the last full one: hints wait for settling.
const cache = new WeakMap<EntityIndex, Map<string, Finding[]>>();

/** What spelling hints read: the entities and every mention of each. */
export interface VariantSource {
	readonly entities: EntityIndex;
	occurrencesOf(entityId: string): readonly { readonly uri: string; readonly mention: ActorMention }[];
}

/**
 * Hints where an article spells an actor differently from the most common
 * spelling in the corpus ("al-Rasheed" for "al-Rashid", "Sarayah" for "Saraya"):
 * transliteration variants only, not short forms or acronyms. One hint per
 * article and actor, pointing at a mention with the common spelling.
 */
export function spellingVariants(view: VariantSource, uri: string): Finding[] {
	let byUri = cache.get(view.entities);
	if (!byUri) {
		byUri = computeVariants(view);
		cache.set(view.entities, byUri);
	}
	return byUri.get(uri) ?? [];
}

function computeVariants(view: VariantSource): Map<string, Finding[]> {
	const byUri = new Map<string, Finding[]>();
	for (const entity of view.entities.entities.values()) {
		if (entity.spellings.size < 2) { continue; }
		// Spellings of one shape (same consonant skeleton): the most used is the reference, the others are variants.
		const shapes = new Map<string, { uri: string; mention: ActorMention }[]>();
		for (const o of view.occurrencesOf(entity.id)) {
			push(shapes, nameSkeleton(o.mention.name).join(' '), o);
		}
		for (const group of shapes.values()) {
			const normal = group.map(o => normalizeName(o.mention.name));
			const counts = new Map<string, number>();
			for (const n of normal) { counts.set(n, (counts.get(n) ?? 0) + 1); }
			if (counts.size < 2) { continue; }
			const common = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
			const reference = group[normal.indexOf(common)];
			const seen = new Set<string>();
			for (const [i, o] of group.entries()) {
				if (normal[i] === common || seen.has(o.uri)) { continue; }
				seen.add(o.uri);
				const list = byUri.get(o.uri) ?? [];
				list.push(finding(DiagnosticCode.spellingVariant, o.uri, o.mention.span,
					`Spelling variant: '${o.mention.text}' is written '${reference.mention.text}' in ${fileName(reference.uri)} (${entity.canonical})`,
					[{ uri: reference.uri, span: reference.mention.span, message: `Spelled '${reference.mention.text}'` }]));
				byUri.set(o.uri, list);
			}
		}
	}
	return byUri;
}
