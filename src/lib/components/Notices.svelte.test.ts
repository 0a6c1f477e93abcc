/** One notices component: the shared notices in their words, a page's own through `describe` (compare's). */
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import CompareNotices from '$lib/views/compare/CompareNotices.svelte';
import Notices from './Notices.svelte';
import { noticeText } from './notice-text';

const shared = { kind: 'unknown-param', param: 'zz' } as const;

describe('Notices', () => {
	it('says nothing when nothing was dropped', () => {
		const { container } = render(Notices, { notices: [], locale: 'fr' });
		expect(container.querySelector('[role="status"]')).toBeNull();
	});

	it('words the shared notices as every page does, and a page’s own with its describe', () => {
		render(CompareNotices, {
			notices: [shared, { kind: 'swapped-years', from: 2020, to: 2010 }],
			locale: 'fr',
			indicatorName: (id: string) => id
		});
		const items = [...screen.getByRole('status').querySelectorAll('li')].map((li) => li.textContent);
		expect(items[0]).toBe(noticeText(shared, 'fr'));
		expect(items[1]).toMatch(/2020/);
		expect(items[1]).not.toBe(items[0]);
	});
});
