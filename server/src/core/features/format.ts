import type { Interval } from '../types';

/** "3", "> 40", "≥ 8", "153–169", "≤ 50". */
export function formatInterval(v: Interval): string {
	const n = (x: number) => x.toLocaleString('en-US');
	if (v.min !== null && v.max !== null) { return v.min === v.max ? n(v.min) : `${n(v.min)}–${n(v.max)}`; }
	if (v.min !== null) { return `≥ ${n(v.min)}`; }
	if (v.max !== null) { return `≤ ${n(v.max)}`; }
	return 'any';
}
