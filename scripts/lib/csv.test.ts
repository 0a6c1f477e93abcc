import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.ts';

describe('CSV records keep the line an editor shows', () => {
	it('across blank lines and quoted line breaks (LF, CRLF, or CRLF inside an LF file)', () => {
		const text = '\uFEFFa,b\n1,2\n\n"x\r\ny",3\n4,"5\n6"\n7,8';
		const csv = parseCsv(text, 'f.csv');
		expect(csv.header).toEqual(['a', 'b']);
		expect(csv.records.map((r) => [r.line, r.fields[0]])).toEqual([
			[2, '1'],
			[4, 'x\r\ny'],
			[6, '4'],
			[8, '7']
		]);
	});

	it('names the line where an unclosed quote opened, not the end of the file', () => {
		expect(() => parseCsv('a,b\n1,"2\n3,4\n5,6\n7,8\n', 'f.csv')).toThrow(/^f\.csv:2: malformed CSV: a quote opened on this line is never closed$/);
		// Closed quotes (with doubled quotes and line breaks inside) before it do not confuse the count.
		const text = 'a,b\r\n"x ""y""\r\nz",1\r\n3,4\r\n5,"6\r\n7,8\r\n';
		expect(() => parseCsv(text, 'g.csv')).toThrow(/^g\.csv:5: /);
	});
});
