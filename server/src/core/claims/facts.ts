import { factKind } from '../vocabulary/facts';

/** How a fact is named in messages and views ("Death toll", "Votes in favour", "Number rescued"). */
export function factLabel(fact: string): string {
	return factKind(fact).label;
}
