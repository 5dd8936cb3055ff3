import type { Fact } from './extractClaims';

/** How each fact is named in messages and views. */
export const FACT_LABEL: Record<Fact, string> = {
	'killed': 'Death toll', 'injured': 'Number of injured', 'attacks': 'Number of attacks', 'strikes': 'Number of strikes', 'targets': 'Number of targets',
	'troops': 'Number of troops', 'sites': 'Number of sites', 'event-date': 'Date of the event', 'event-time': 'Time of the event',
};
