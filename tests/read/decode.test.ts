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
});
