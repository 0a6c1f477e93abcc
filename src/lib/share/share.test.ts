import { describe, expect, it } from 'vitest';
import { composeCard, wrapText } from './card';
import { parseEmbedOptions, withEmbedOptions } from './embed-options';
import { DEFAULT_EMBED_HEIGHT, embedSnippet, EMBED_ATTRIBUTE, REQUEST_SIZE_MESSAGE, SIZE_MESSAGE } from './embed-protocol';
import { exportFileName } from './names';
import { readFileSync } from 'node:fs';

describe('exportFileName', () => {
	it('names the indicator, countries and years', () => {
		expect(exportFileName({ indicator: 'internet-users', countries: ['TGO', 'SEN'], from: 2010, to: 2023 })).toBe('internet-users_TGO-SEN_2010-2023');
		expect(exportFileName({ indicator: 'internet-users', countries: ['TGO'], from: 2022, to: 2022, extra: 'bar' })).toBe('internet-users_TGO_bar_2022');
	});
	it('shortens long selections and drops unsafe characters', () => {
		const name = exportFileName({ indicator: 'a/b c', countries: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], from: 2000, to: 2001 });
		expect(name).toBe('a-b-c_A-B-C-D-E-F-and-2-more_2000-2001');
	});
});

describe('embed options', () => {
	it('reads theme and controls and hands the rest to the view', () => {
		const { options, notices, rest } = parseEmbedOptions(new URLSearchParams('theme=dark&controls=0&countries=TGO'));
		expect(options).toEqual({ theme: 'dark', controls: false });
		expect(notices).toEqual([]);
		expect(rest.toString()).toBe('countries=TGO');
	});
	it('falls back with a notice on bad values', () => {
		const { options, notices } = parseEmbedOptions(new URLSearchParams('theme=pink'));
		expect(options.theme).toBe('light');
		expect(notices[0]).toMatchObject({ kind: 'bad-value', param: 'theme' });
	});
	it('says when an option is given twice, and uses the first', () => {
		const { options, notices } = parseEmbedOptions(new URLSearchParams('theme=dark&theme=light'));
		expect(options.theme).toBe('dark');
		expect(notices).toEqual([{ kind: 'repeated-param', param: 'theme' }]);
	});
	it('keeps the options when the view changes', () => {
		expect(withEmbedOptions('?chart=bar', new URLSearchParams('theme=dark&x=1'))).toBe('?chart=bar&theme=dark');
		expect(withEmbedOptions('', new URLSearchParams('controls=0'))).toBe('?controls=0');
	});
});

describe('embed snippet and protocol', () => {
	it('is a full-width iframe with a default height and the script', () => {
		const html = embedSnippet({ src: 'https://x.org/embed/compare?a=1&b="2"', title: 'Chart: A & B', script: 'https://x.org/embed.js', height: DEFAULT_EMBED_HEIGHT });
		expect(html).toContain('src="https://x.org/embed/compare?a=1&amp;b=&quot;2&quot;"');
		expect(html).toContain('title="Chart: A &amp; B"');
		expect(html).toContain(`${EMBED_ATTRIBUTE} width="100%" height="${DEFAULT_EMBED_HEIGHT}"`);
		expect(html).toContain('<script src="https://x.org/embed.js" async></script>');
	});
	it('static/embed.js speaks the same messages', () => {
		const script = readFileSync('static/embed.js', 'utf8');
		expect(script).toContain(`'${SIZE_MESSAGE}'`);
		expect(script).toContain(`'${REQUEST_SIZE_MESSAGE}'`);
		expect(script).toContain(`iframe[${EMBED_ATTRIBUTE}]`);
	});
});

describe('composeCard', () => {
	const chart = { content: '<rect width="100" height="50" fill="red"/>', width: 200, height: 100 };
	it('wraps text to the width', () => {
		expect(wrapText('one two three four', 60, 10, 400, (t) => t.length * 5)).toEqual(['one two', 'three four']);
	});
	it('keeps the source, escapes text, and fits a fixed size', () => {
		const card = composeCard({ chart, title: 'A < B', source: 'Source: X. Licence: CC BY 4.0', credit: 'Site', width: 1200, height: 630 });
		expect(card).toMatchObject({ width: 1200, height: 630 });
		expect(card.svg).toContain('A &lt; B');
		expect(card.svg).toContain('Licence: CC BY 4.0');
		expect(card.svg).toContain('viewBox="0 0 200 100"');
	});
	it('draws the chart’s key, each country with its colour, wrapping rows to the width', () => {
		const key = [
			{ kind: 'box' as const, colour: '#0072b2', label: 'Mali' },
			{ kind: 'box' as const, colour: '#d55e00', label: 'Côte d’Ivoire' },
			{ kind: 'dashed' as const, colour: '#111827', label: 'Members’ median' }
		];
		const without = composeCard({ chart, title: 'T', source: 'S', credit: 'C', width: 600 });
		const wide = composeCard({ chart, key, title: 'T', source: 'S', credit: 'C', width: 600, measure: (t, size) => t.length * size * 0.5 });
		expect(wide.svg).toMatch(/<rect [^>]*fill="#0072b2"\/><text [^>]*>Mali<\/text>/);
		expect(wide.svg).toMatch(/fill="#d55e00"\/><text [^>]*>Côte d’Ivoire<\/text>/);
		expect(wide.svg).toMatch(/<line [^>]*stroke="#111827"[^>]*stroke-dasharray="6 4"\/><text [^>]*>Members’ median<\/text>/);
		// The key takes room above the chart: one row here, more where the labels need it.
		expect(wide.height).toBeGreaterThan(without.height);
		const narrow = composeCard({ chart, key, title: 'T', source: 'S', credit: 'C', width: 150, measure: (t, size) => t.length * size * 0.5 });
		const rowsOf = (svg: string) => new Set([...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)" font-size="\d+" fill="#111827">(Mali|Côte|Members)/g)].map((m) => m[1])).size;
		expect(rowsOf(wide.svg)).toBe(1);
		expect(rowsOf(narrow.svg)).toBe(3);
	});
	it('grows with the chart when no height is set', () => {
		const small = composeCard({ chart, title: 'T', source: 'S', credit: 'C', width: 600 });
		const tall = composeCard({ chart: { ...chart, height: 200 }, title: 'T', source: 'S', credit: 'C', width: 600 });
		expect(tall.height).toBeGreaterThan(small.height);
	});
});

describe('an embed’s own choice of chart', () => {
	it('takes chart= and the embed options off the view’s parameters, with a notice for a bad chart', async () => {
		const { embedViewParams, withEmbedChart } = await import('./embed-view');
		const read = embedViewParams(new URLSearchParams('chart=ranking&year=2020&theme=dark'), ['line', 'ranking'] as const);
		expect(read.chart).toBe('ranking');
		expect(read.rest.toString()).toBe('year=2020');
		expect(read.notices).toEqual([]);
		const bad = embedViewParams(new URLSearchParams('chart=pie'), ['line', 'ranking'] as const);
		expect(bad.chart).toBe('line');
		expect(bad.notices).toEqual([{ kind: 'bad-value', param: 'chart', value: 'pie', expected: ['line', 'ranking'] }]);
		expect(embedViewParams(null, ['line', 'ranking'] as const).chart).toBe('line');
		expect(withEmbedChart('?year=2020', 'ranking', 'line')).toBe('?year=2020&chart=ranking');
		expect(withEmbedChart('', 'ranking', 'line')).toBe('?chart=ranking');
		expect(withEmbedChart('?year=2020', 'line', 'line')).toBe('?year=2020');
	});
});

describe('a chart’s data as CSV', () => {
	it('writes the table’s rows as given, with the sources, licences and dataset version on every row', async () => {
		const { chartCsv } = await import('./chart-csv');
		const csv = chartCsv(
			{ headers: ['Year', 'Senegal', 'Median', 'Median'], rows: [[2023, 60.5, null, 1], [2022, 58, 40, 2]] },
			[
				{ text: 'Source: World Bank, WDI. Licence: CC BY 4.0, retrieved 1 Nov 2026.', licence: 'CC BY 4.0' },
				{ text: 'Source: UNESCO, UIS. Licence: CC BY-SA 3.0 IGO, retrieved 2 Nov 2026.', licence: 'CC BY-SA 3.0 IGO' }
			],
			'2026-11-30',
			{ source: 'Source', licence: 'Licence', version: 'Dataset version' }
		);
		const lines = csv.replace('\uFEFF', '').trimEnd().split('\r\n');
		expect(lines[0]).toBe('Year,Senegal,Median,Median (2),Source,Licence,Dataset version');
		const tail = '"Source: World Bank, WDI. Licence: CC BY 4.0, retrieved 1 Nov 2026. | Source: UNESCO, UIS. Licence: CC BY-SA 3.0 IGO, retrieved 2 Nov 2026.",CC BY 4.0 | CC BY-SA 3.0 IGO,2026-11-30';
		expect(lines.slice(1)).toEqual([`2023,60.5,,1,${tail}`, `2022,58,40,2,${tail}`]);
	});
});

describe('an image’s description', () => {
	it('is the card’s <desc>, escaped, and absent when the chart has none', () => {
		const chart = { content: '', width: 10, height: 10 };
		const card = composeCard({ chart, title: 'T', source: 'S', credit: 'C', width: 600, description: 'Senegal: 60% < Morocco' });
		expect(card.svg).toContain('<desc>Senegal: 60% &lt; Morocco</desc>');
		expect(composeCard({ chart, title: 'T', source: 'S', credit: 'C', width: 600 }).svg).not.toContain('<desc>');
	});
});
