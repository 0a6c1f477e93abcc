import { describe, expect, it } from 'vitest';
import { BREAK_MIN, chainBreak, chainSteps } from './chain-chart';

describe('school chain', () => {
	it('breaks at electricity when fewer than half the schools have it', () => {
		expect(chainBreak({ electricity: 25, computers: 2.6, internet: 0.8 })).toBe('electricity');
	});
	it('breaks at the step that loses the most schools', () => {
		expect(chainBreak({ electricity: 99.7, computers: 57, internet: 5.4 })).toBe('internet');
		expect(chainBreak({ electricity: 97, computers: 40, internet: 38 })).toBe('computers');
	});
	it('holds when no step loses BREAK_MIN points, and a gain is no drop', () => {
		expect(chainBreak({ electricity: 100, computers: 100, internet: 100 })).toBeNull();
		expect(chainBreak({ electricity: 60, computers: 75, internet: 60 + BREAK_MIN - 1 })).toBeNull();
		expect(chainSteps({ electricity: 60, computers: 75, internet: 70 }).map((s) => s.drop)).toEqual([null, -15, 5]);
	});
});
