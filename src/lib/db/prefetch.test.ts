import { describe, expect, it } from 'vitest';
import { prefetchDecision, type PrefetchSituation } from './prefetch';
import { readerRequests } from './reader-requests';

const fast = { downlink: 10, effectiveType: '4g', saveData: false };
const situation = (change: Partial<PrefetchSituation> = {}): PrefetchSituation => ({ connection: fast, embed: false, present: false, inFlight: 0, ...change });

describe('prefetchDecision', () => {
	it('fetches on a fast connection with nothing in flight', () => {
		expect(prefetchDecision(situation())).toEqual({ action: 'fetch' });
		expect(prefetchDecision(situation({ connection: { ...fast, downlink: 5 } }))).toEqual({ action: 'fetch' });
	});

	it('never in an embed, even on a fast connection', () => {
		expect(prefetchDecision(situation({ embed: true }))).toEqual({ action: 'never', reason: 'embed' });
	});

	it('never when the reader asks to save data', () => {
		expect(prefetchDecision(situation({ connection: { ...fast, saveData: true } }))).toEqual({ action: 'never', reason: 'save-data' });
	});

	it('never below 5 Mbps: Slow 4G reports itself as "4g" with 1.6 Mbps', () => {
		expect(prefetchDecision(situation({ connection: { downlink: 1.6, effectiveType: '4g', saveData: false } }))).toEqual({ action: 'never', reason: 'slow' });
		expect(prefetchDecision(situation({ connection: { downlink: 4.9, effectiveType: '4g' } }))).toEqual({ action: 'never', reason: 'slow' });
		expect(prefetchDecision(situation({ connection: { downlink: 10, effectiveType: '3g' } }))).toEqual({ action: 'never', reason: 'slow' });
	});

	it('never where the browser says nothing of its connection', () => {
		expect(prefetchDecision(situation({ connection: undefined }))).toEqual({ action: 'never', reason: 'unknown-connection' });
		expect(prefetchDecision(situation({ connection: {} }))).toEqual({ action: 'never', reason: 'unknown-connection' });
	});

	it('never when the engine is already here', () => {
		expect(prefetchDecision(situation({ present: true }))).toEqual({ action: 'never', reason: 'present' });
	});

	it("waits while a reader's request is in flight", () => {
		expect(prefetchDecision(situation({ inFlight: 1 }))).toEqual({ action: 'wait', reason: 'reader-request' });
		// A slow link never fetches, whatever is in flight.
		expect(prefetchDecision(situation({ inFlight: 1, connection: { downlink: 1.6 } })).action).toBe('never');
	});
});

describe('readerRequests', () => {
	it('counts requests until they settle and runs what waits once none is left', async () => {
		let release!: () => void;
		let fail!: (e: Error) => void;
		const a = readerRequests.track(new Promise<void>((r) => (release = r)));
		const b = readerRequests.track(new Promise<void>((_, r) => (fail = r)));
		b.catch(() => undefined);
		const ran: string[] = [];
		readerRequests.whenIdle(() => ran.push('after'));
		expect(readerRequests.count).toBe(2);
		release();
		await a;
		expect(ran).toEqual([]);
		fail(new Error('no'));
		await b.catch(() => undefined);
		await Promise.resolve();
		expect(readerRequests.count).toBe(0);
		expect(ran).toEqual(['after']);
		readerRequests.whenIdle(() => ran.push('now'));
		expect(ran).toEqual(['after', 'now']);
	});
});
