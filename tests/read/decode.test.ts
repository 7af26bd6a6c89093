import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/read/decode.ts';

const text = ' date 2025-11-25 Зеленський зустрівся з Віткоффом\n\nЗустріч відбулася у Парижі. Президент подякував партнерам.\n';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeBytes(utf8(text))).toEqual({ ok: true, text, encoding: 'utf-8' });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]))).toEqual({ ok: true, text, encoding: 'utf-8' });
  });

  it('turns CRLF and CR line ends into LF', () => {
    expect(decodeBytes(utf8(text.replace(/\n/g, '\r\n')))).toMatchObject({ ok: true, text });
    expect(decodeBytes(utf8(text.replace(/\n/g, '\r')))).toMatchObject({ ok: true, text });
  });

  it('detects Windows-1251 and KOI8-R', () => {
    const long = text.repeat(3);
    expect(decodeBytes(iconv.encode(long, 'windows-1251'))).toEqual({ ok: true, text: long, encoding: 'windows-1251' });
    const russian = 'Переговоры в Женеве прошли успешно, заявил госсекретарь США. Стороны договорились продолжить работу на следующей неделе.\n'.repeat(3);
    expect(decodeBytes(iconv.encode(russian, 'koi8-r'))).toEqual({ ok: true, text: russian, encoding: 'koi8-r' });
  });

  it('reads UTF-16 with a BOM', () => {
    expect(decodeBytes(new Uint8Array([0xff, 0xfe, ...iconv.encode(text, 'utf-16le')]))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeBytes(new Uint8Array([0xfe, 0xff, ...iconv.encode(text, 'utf-16be')]))).toEqual({ ok: true, text, encoding: 'utf-16be' });
  });

  it('refuses binary content', () => {
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]))).toMatchObject({ ok: false, reason: 'binary' });
  });

  it('keeps UTF-8 with a broken byte as UTF-8, pointing at it', () => {
    const bytes = utf8(text);
    const at = Buffer.from(bytes).indexOf(Buffer.from('Зустріч')); // line 3, column 1
    const damaged = new Uint8Array([...bytes.subarray(0, at), 0xff, ...bytes.subarray(at + 2)]);
    const result = decodeBytes(damaged);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', notes: [{ code: 'invalid-utf8', line: 3, column: 1 }] });
    expect(result.ok && result.text.startsWith(' date 2025-11-25 Зеленський')).toBe(true);
  });

  it('tells Windows-1251 from KOI8 in a single short line, capitals included', () => {
    for (const line of ['Переговори у Женеві', 'ПЕРЕГОВОРЫ В ЖЕНЕВЕ', 'Київ, 25 листопада', 'Ёж']) {
      expect(decodeBytes(iconv.encode(line, 'windows-1251'))).toMatchObject({ ok: true, text: line, encoding: 'windows-1251' });
      expect(decodeBytes(iconv.encode(line, 'koi8-u'))).toMatchObject({ ok: true, text: line, encoding: 'koi8-r' });
    }
  });

  it('reads UTF-16 without a BOM, with a note', () => {
    expect(decodeBytes(iconv.encode(text, 'utf-16le'))).toMatchObject({ ok: true, text, encoding: 'utf-16le', notes: [{ code: 'legacy-encoding' }] });
    expect(decodeBytes(iconv.encode(text, 'utf-16be'))).toMatchObject({ ok: true, text, encoding: 'utf-16be', notes: [{ code: 'legacy-encoding' }] });
  });

  it('points at a stray NUL in a text file, but not in an image', () => {
    expect(decodeBytes(utf8('Рядок\nДругий\u0000рядок'))).toMatchObject({ ok: false, reason: 'binary', line: 2, column: 7 });
    expect(decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00]))).toEqual({ ok: false, reason: 'binary', detail: 'the file contains NUL bytes' });
  });

  it('removes control characters and terminal escape sequences, with a note', () => {
    const result = decodeBytes(utf8('Текст\u0007 і \u001b[31mчервоний\u001b[0m\u000bкінець'));
    expect(result).toMatchObject({ ok: true, text: 'Текст і червоний кінець', notes: [{ code: 'control-characters', line: 1, column: 6 }] });
  });
});
