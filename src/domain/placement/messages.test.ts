import { describe, expect, it } from 'vitest';
import { eligibilityMessageKeys, eligibilityMessageParams, type EligibilityMessage } from './eligibility.js';
import { matchMessageKeys, matchMessageParams } from './matching.js';
import { departureMessageKeys, departureMessageParams } from './stages.js';
import { eligibilityMessages, renderMessage, type PlacementMessageCode } from './messages.js';

const declared: Record<string, readonly string[]> = { ...eligibilityMessageParams, ...matchMessageParams, ...departureMessageParams };
const codes: PlacementMessageCode[] = [...eligibilityMessageKeys, ...matchMessageKeys, ...departureMessageKeys];
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

describe('placement messages', () => {
  it.each(['id', 'en'] as const)('has a %s text for every code, with only the parameters the code emits', (lang) => {
    const texts = eligibilityMessages[lang];
    expect(Object.keys(texts).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(texts[code]?.trim(), code).toBeTruthy();
      for (const name of placeholders(texts[code])) expect(declared[code], `${lang} ${code} uses {{${name}}}`).toContain(name);
    }
  });

  it('shows every parameter in one language at least, so no emitted fact is silently dropped', () => {
    for (const code of codes) {
      const used = new Set([...placeholders(eligibilityMessages.id[code]), ...placeholders(eligibilityMessages.en[code])]);
      for (const name of declared[code]!) expect(used.has(name), `${code} never shows ${name}`).toBe(true);
    }
  });

  it('renders lists of alternatives with "atau" / "or" and labels known codes', () => {
    const none: EligibilityMessage = { code: 'language.none', params: { options: ['JFT-Basic A2', 'JLPT N4'] } };
    expect(renderMessage('id', none)).toBe('Perlu JFT-Basic A2 atau JLPT N4: belum ada yang tercatat');
    expect(renderMessage('en', none)).toBe('Needs JFT-Basic A2 or JLPT N4: none recorded');
    expect(renderMessage('id', { code: 'education.below_min', params: { level: 'smk', min: 'd3' } })).toBe(
      'Pendidikan terakhir SMK, sedangkan syaratnya minimal D3',
    );
    expect(renderMessage('id', { code: 'status.not_allowed', params: { status: 'pmi', allowed: ['cpmi', 'purna'] } })).toBe(
      'Berstatus PMI, sedangkan yang dapat mendaftar: CPMI atau PMI Purna',
    );
  });

  it('asks the caller to name what the database knows, and joins other lists with commas', () => {
    const names: Record<string, string> = { passport: 'Paspor', family_permission: 'Surat izin keluarga' };
    const text = renderMessage(
      'id',
      { code: 'documents.missing', params: { types: ['passport', 'family_permission', 'ktp'] } },
      { formatParam: (_name, value) => names[value] },
    );
    expect(text).toBe('Dokumen belum ada: Paspor, Surat izin keluarga, ktp');
    expect(renderMessage('en', { code: 'health.expired', params: { on: '2026-10-01' } })).toBe(
      'The health certificate is no longer valid: its three months ended on 1 October 2026',
    );
    expect(renderMessage('id', { code: 'health.expired', params: { on: '2026-12-31' } })).toContain('31 Desember 2026');
  });
});
