import { describe, expect, it } from 'vitest';
import { i18n } from '../../lib/i18n';
import { describeTimelineEvent } from './timeline-text';

const ctx = (lang: 'id' | 'en') => ({
  t: i18n.getFixedT(lang),
  documentName: (code: string) => ({ passport: lang === 'id' ? 'Paspor' : 'Passport' })[code] ?? code,
  formatDate: (iso: string) => iso,
});

describe('timeline sentences', () => {
  it('tells each kind of event in Indonesian', () => {
    const say = (kind: string, data: Record<string, string | number | boolean | null> | null) => describeTimelineEvent({ kind, data }, ctx('id'));
    expect(say('person.registered', { status: 'cpmi' })).toBe('Didaftarkan sebagai CPMI');
    expect(say('status.changed', { from: 'cpmi', to: 'pmi', effectiveOn: '2026-03-01' })).toBe('Status berubah dari CPMI menjadi PMI sejak 2026-03-01');
    expect(say('person.updated', { fields: 'birthPlace,addressRegionCode,originRegencyCode' })).toBe('Data diubah: tempat lahir, desa/kelurahan');
    expect(say('family.added', { relation: 'father', name: 'Sutrisno Hadi' })).toBe('Sutrisno Hadi (ayah) ditambahkan ke keluarga');
    expect(say('family.added', { relation: 'mother' })).toBe('Anggota keluarga ditambahkan: Ibu');
    expect(say('document.file_uploaded', { typeCode: 'passport' })).toBe('Pindaian Paspor diunggah');
    expect(say('qualification.added', { kind: 'language_test', title: 'JLPT', level: 'N4' })).toBe('Kualifikasi ditambahkan: JLPT N4 (tes bahasa)');
    expect(say('consent.withdrawn', { purpose: 'Informasi program', legalBasis: 'consent' })).toBe('Persetujuan ditarik: Informasi program (persetujuan)');
    expect(say('person.merged', { duplicateName: 'Dodi Hidayat' })).toBe('Data ganda Dodi Hidayat digabungkan ke data ini');
    expect(say('case.opened', null)).toBe('Peristiwa case.opened');
    expect(say('application.created', { scheme: 'ssw_japan', jobOrder: 'JO-2026-0001' })).toBe('Melamar job order JO-2026-0001');
    expect(say('application.stage_moved', { from: 'work_contract', to: 'departure', effectiveOn: '2026-11-29', skipped: 0 })).toBe(
      'Lamaran pindah dari perjanjian kerja ke keberangkatan sejak 2026-11-29',
    );
    expect(say('application.stage_moved', { from: 'registration', to: 'visa', effectiveOn: '2026-11-29', skipped: 4 })).toBe(
      'Lamaran melompat dari pendaftaran ke visa kerja sejak 2026-11-29',
    );
  });

  it('and in English', () => {
    expect(describeTimelineEvent({ kind: 'document.verified', data: { typeCode: 'passport' } }, ctx('en'))).toBe('Document Passport verified');
    expect(
      describeTimelineEvent({ kind: 'application.stage_moved', data: { from: 'opp', to: 'work_contract', effectiveOn: '2026-11-29', skipped: 0 } }, ctx('en')),
    ).toBe('Application moved from pre-departure orientation (OPP) to work contract on 2026-11-29');
    expect(describeTimelineEvent({ kind: 'application.created', data: { scheme: 'g_to_g', jobOrder: null } }, ctx('en'))).toBe('Applied under scheme g_to_g');
    expect(describeTimelineEvent({ kind: 'status.changed', data: { from: 'pmi', to: 'purna', effectiveOn: '2026-03-01' } }, ctx('en'))).toBe(
      'Status changed from PMI to Returnee from 2026-03-01',
    );
  });
});
