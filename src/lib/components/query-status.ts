/** What a chart says over itself while its query is not simply done: the failure, or what it waits for. */
import { engineStatus } from '$lib/db/status.svelte';
import type { Locale } from '$lib/i18n/locales';
import { engine } from '$lib/i18n/messages/common';

export function queryStatusText(locale: Locale, query: { status: string; error: string | null }): string {
	const t = engine[locale];
	return query.status === 'error' ? t.failed(query.error ?? '') : engineStatus.state === 'starting' ? t.starting : t.updating;
}
