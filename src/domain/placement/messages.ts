/**
 * Texts of the placement messages, Indonesian first. They use i18next's `{{param}}` placeholders so the
 * server can load them into its translator as they are; `renderMessage` renders one without it (exports,
 * the public portal, tests).
 */
import type { EligibilityMessageCode, MessageParam } from './eligibility.js';
import type { MatchMessageCode } from './matching.js';
import type { DepartureBlocker } from './stages.js';

export type PlacementMessageCode = EligibilityMessageCode | MatchMessageCode | DepartureBlocker['code'];
export type MessageLanguage = 'id' | 'en';

export const eligibilityMessages: Record<MessageLanguage, Record<PlacementMessageCode, string>> = {
  id: {
    'age.min_met': 'Berusia {{age}} tahun pada {{on}} (minimal {{min}} tahun)',
    'age.below_min': 'Baru berusia {{age}} tahun pada {{on}}, sedangkan usia minimal {{min}} tahun',
    'age.max_met': 'Berusia {{age}} tahun pada {{on}} (maksimal {{max}} tahun)',
    'age.above_max': 'Sudah berusia {{age}} tahun pada {{on}}, melewati batas usia {{max}} tahun',
    'age.birth_date_missing': 'Tanggal lahir belum tercatat',
    'age.reaches_min_on': 'Genap berusia {{min}} tahun pada {{date}}',
    'age.record_birth_date': 'Catat tanggal lahir sesuai KTP atau akta kelahiran',
    'education.met': 'Pendidikan terakhir {{level}} (minimal {{min}})',
    'education.below_min': 'Pendidikan terakhir {{level}}, sedangkan syaratnya minimal {{min}}',
    'education.missing': 'Pendidikan terakhir belum tercatat (syarat minimal {{min}})',
    'education.needed': 'Perlu pendidikan minimal {{min}}',
    'education.record': 'Catat pendidikan terakhir sesuai ijazah',
    'language.met': '{{found}} tercatat (syarat: {{options}})',
    'language.none': 'Perlu {{options}}: belum ada yang tercatat',
    'language.too_low': 'Tercatat {{found}}, belum memenuhi syarat {{options}}',
    'language.expired': 'Sertifikat {{found}} sudah kedaluwarsa pada {{on}}',
    'language.level_missing': 'Level {{test}} belum tercatat atau tidak dikenali',
    'language.take_test': 'Ikuti dan lulus salah satu tes: {{options}}',
    'language.record_level': 'Catat level {{test}} sesuai sertifikat',
    'skills_test.met': 'Lulus uji keterampilan bidang {{field}}',
    'skills_test.none': 'Belum ada uji keterampilan bidang {{field}} yang tercatat',
    'skills_test.expired': 'Sertifikat uji keterampilan bidang {{field}} sudah kedaluwarsa pada {{on}}',
    'skills_test.field_unknown': 'Bidang pekerjaan belum ditentukan, sehingga uji keterampilan yang diperlukan belum diketahui',
    'skills_test.take': 'Ikuti dan lulus uji keterampilan bidang {{field}}',
    'skills_test.set_field': 'Tentukan bidang SSW pada job order',
    'health.met': 'Sertifikat kesehatan terbit {{issued}}, berlaku sampai {{until}} (batal bila CPMI hamil)',
    'health.none': 'Sertifikat kesehatan belum tercatat',
    'health.expired': 'Sertifikat kesehatan sudah tidak berlaku: masa berlaku 3 bulan berakhir {{on}}',
    'health.issue_date_missing': 'Tanggal terbit sertifikat kesehatan belum tercatat',
    'health.examine': 'Jalani pemeriksaan kesehatan dan psikologi; sertifikatnya berlaku 3 bulan dan batal bila CPMI hamil',
    'health.record_issue_date': 'Catat tanggal terbit sertifikat kesehatan',
    'documents.met': 'Dokumen lengkap: {{types}}',
    'documents.missing': 'Dokumen belum ada: {{types}}',
    'documents.expired': 'Dokumen sudah kedaluwarsa: {{types}}',
    'documents.unverified': 'Dokumen belum diverifikasi petugas: {{types}}',
    'documents.complete': 'Lengkapi atau perbarui dokumen: {{types}}',
    'documents.verify': 'Verifikasi dokumen: {{types}}',
    'sex.met': 'Jenis kelamin {{sex}} sesuai syarat program ({{allowed}})',
    'sex.not_allowed': 'Program ini hanya untuk {{allowed}}, sedangkan jenis kelamin tercatat {{sex}}',
    'sex.missing': 'Jenis kelamin belum tercatat',
    'sex.record': 'Catat jenis kelamin sesuai KTP',
    'status.met': 'Status {{status}} (yang dapat mendaftar: {{allowed}})',
    'status.abroad': 'Sedang bekerja di luar negeri sebagai PMI: dapat mendaftar lagi setelah kembali',
    'status.not_allowed': 'Berstatus {{status}}, sedangkan yang dapat mendaftar: {{allowed}}',
    'status.register_again': 'Daftarkan kembali sebagai CPMI',
    'work_experience.met': 'Pengalaman kerja {{months}} bulan (minimal {{min}} bulan)',
    'work_experience.short': 'Pengalaman kerja baru {{months}} bulan, sedangkan syaratnya minimal {{min}} bulan',
    'work_experience.field_met': 'Pengalaman kerja di bidang {{field}} {{months}} bulan (minimal {{min}} bulan)',
    'work_experience.field_short': 'Pengalaman kerja di bidang {{field}} baru {{months}} bulan, sedangkan syaratnya minimal {{min}} bulan',
    'work_experience.dates_missing': 'Ada riwayat kerja tanpa tanggal mulai, sehingga lama pengalaman belum dapat dihitung',
    'work_experience.needed': 'Kurang {{months}} bulan pengalaman kerja',
    'work_experience.record_dates': 'Catat tanggal mulai dan selesai setiap riwayat kerja',
    'other.unchecked': 'Belum diperiksa petugas: {{text}}',
    'other.confirmed': 'Dipastikan terpenuhi oleh petugas: {{text}}',
    'other.refused': 'Menurut pemeriksaan petugas belum terpenuhi: {{text}}',
    'other.check': 'Petugas perlu memeriksa: {{text}}',
    'other.needed': 'Perlu dipenuhi: {{text}}',
    'match.field_not_set': 'Job order tidak menyebut bidang SSW',
    'match.field_none': 'Belum ada uji keterampilan atau riwayat kerja di bidang {{field}}',
    'match.field_skills_test': 'Lulus uji keterampilan bidang {{field}}',
    'match.field_work_history': 'Pernah bekerja di bidang {{field}}',
    'match.field_both': 'Lulus uji keterampilan dan pernah bekerja di bidang {{field}}',
    'match.experience': 'Pengalaman kerja {{months}} bulan',
    'match.experience_in_field': 'Pengalaman kerja di bidang {{field}} {{months}} bulan',
    'match.language_no_rule': 'Job order tidak mensyaratkan tes bahasa',
    'match.language_minimum': 'Kemampuan bahasa belum melebihi syarat minimal',
    'match.language_above': '{{found}}: {{steps}} level di atas syarat minimal',
    'match.region_not_set': 'Job order tidak ditujukan untuk daerah tertentu',
    'match.region_same': 'Berasal dari kabupaten/kota sasaran ({{region}})',
    'match.region_other': 'Tidak berasal dari kabupaten/kota sasaran ({{region}})',
    'departure.under_age':
      'Belum dapat diberangkatkan: baru berusia {{age}} tahun pada {{on}}, usia minimal {{min}} tahun (UU 18/2017 Pasal 5); genap {{min}} tahun pada {{date}}',
    'departure.birth_date_missing': 'Belum dapat diberangkatkan: tanggal lahir belum tercatat, sehingga usia minimal 18 tahun tidak dapat diperiksa',
    'departure.already_abroad': 'Belum dapat diberangkatkan: orang ini masih tercatat sebagai PMI di luar negeri',
  },
  en: {
    'age.min_met': 'Aged {{age}} on {{on}} (at least {{min}})',
    'age.below_min': 'Only {{age}} on {{on}}; the minimum age is {{min}}',
    'age.max_met': 'Aged {{age}} on {{on}} (at most {{max}})',
    'age.above_max': 'Aged {{age}} on {{on}}, above the age limit of {{max}}',
    'age.birth_date_missing': 'No birth date recorded',
    'age.reaches_min_on': 'Turns {{min}} on {{date}}',
    'age.record_birth_date': 'Record the birth date from the identity card or birth certificate',
    'education.met': 'Highest education {{level}} (at least {{min}})',
    'education.below_min': 'Highest education {{level}}; at least {{min}} is required',
    'education.missing': 'No education recorded (at least {{min}} is required)',
    'education.needed': 'Needs education of at least {{min}}',
    'education.record': 'Record the highest education from the diploma',
    'language.met': '{{found}} recorded (required: {{options}})',
    'language.none': 'Needs {{options}}: none recorded',
    'language.too_low': '{{found}} recorded, below the requirement of {{options}}',
    'language.expired': 'The {{found}} certificate expired on {{on}}',
    'language.level_missing': 'The level of {{test}} is not recorded or not recognised',
    'language.take_test': 'Take and pass one of: {{options}}',
    'language.record_level': 'Record the level of {{test}} from the certificate',
    'skills_test.met': 'Passed the skills test for {{field}}',
    'skills_test.none': 'No skills test for {{field}} recorded',
    'skills_test.expired': 'The skills test for {{field}} expired on {{on}}',
    'skills_test.field_unknown': 'No job field is set, so the skills test needed is not known',
    'skills_test.take': 'Take and pass the skills test for {{field}}',
    'skills_test.set_field': 'Set the SSW field of the job order',
    'health.met': 'Health certificate issued {{issued}}, valid until {{until}} (void if the candidate is pregnant)',
    'health.none': 'No health certificate recorded',
    'health.expired': 'The health certificate is no longer valid: its three months ended on {{on}}',
    'health.issue_date_missing': 'The health certificate has no issue date recorded',
    'health.examine': 'Take the health and psychological examination; the certificate is valid for three months and void if the candidate is pregnant',
    'health.record_issue_date': 'Record the issue date of the health certificate',
    'documents.met': 'Documents complete: {{types}}',
    'documents.missing': 'Missing documents: {{types}}',
    'documents.expired': 'Expired documents: {{types}}',
    'documents.unverified': 'Documents not yet verified by staff: {{types}}',
    'documents.complete': 'Provide or renew: {{types}}',
    'documents.verify': 'Verify: {{types}}',
    'sex.met': 'Sex {{sex}} as the programme requires ({{allowed}})',
    'sex.not_allowed': 'This programme is only for {{allowed}} candidates; recorded sex: {{sex}}',
    'sex.missing': 'No sex recorded',
    'sex.record': 'Record the sex from the identity card',
    'status.met': 'Status {{status}} (may apply: {{allowed}})',
    'status.abroad': 'Working abroad as a PMI: may apply again after returning',
    'status.not_allowed': 'Status {{status}}; those who may apply: {{allowed}}',
    'status.register_again': 'Register again as a CPMI',
    'work_experience.met': '{{months}} months of work experience (at least {{min}})',
    'work_experience.short': 'Only {{months}} months of work experience; at least {{min}} are required',
    'work_experience.field_met': '{{months}} months of work experience in {{field}} (at least {{min}})',
    'work_experience.field_short': 'Only {{months}} months of work experience in {{field}}; at least {{min}} are required',
    'work_experience.dates_missing': 'Some work history has no start date, so the experience cannot be counted yet',
    'work_experience.needed': 'Needs {{months}} more months of work experience',
    'work_experience.record_dates': 'Record the start and end dates of each period of work',
    'other.unchecked': 'Not yet checked by staff: {{text}}',
    'other.confirmed': 'Confirmed by staff: {{text}}',
    'other.refused': 'Not met, as checked by staff: {{text}}',
    'other.check': 'Staff need to check: {{text}}',
    'other.needed': 'Needs: {{text}}',
    'match.field_not_set': 'The job order names no SSW field',
    'match.field_none': 'No skills test or work history in {{field}}',
    'match.field_skills_test': 'Passed the skills test for {{field}}',
    'match.field_work_history': 'Has worked in {{field}}',
    'match.field_both': 'Passed the skills test for and has worked in {{field}}',
    'match.experience': '{{months}} months of work experience',
    'match.experience_in_field': '{{months}} months of work experience in {{field}}',
    'match.language_no_rule': 'The job order sets no language test',
    'match.language_minimum': 'Language level not above the minimum',
    'match.language_above': '{{found}}: {{steps}} level(s) above the minimum',
    'match.region_not_set': 'The job order is not meant for a particular area',
    'match.region_same': 'From the target regency or city ({{region}})',
    'match.region_other': 'Not from the target regency or city ({{region}})',
    'departure.under_age': 'Cannot depart: only {{age}} on {{on}}, the minimum age is {{min}} (UU 18/2017 Pasal 5); turns {{min}} on {{date}}',
    'departure.birth_date_missing': 'Cannot depart: no birth date recorded, so the minimum age of 18 cannot be checked',
    'departure.already_abroad': 'Cannot depart: this person is still recorded as a PMI abroad',
  },
};

/** Parameters whose list means "any one of these"; other lists mean "all of these". */
const alternatives = new Set(['options', 'allowed']);
const or: Record<MessageLanguage, string> = { id: ' atau ', en: ' or ' };

const educationLabels: Record<MessageLanguage, Record<string, string>> = {
  id: { none: 'tidak sekolah', sd: 'SD', smp: 'SMP', sma: 'SMA', smk: 'SMK', d1: 'D1', d2: 'D2', d3: 'D3', d4: 'D4', s1: 'S1', s2: 'S2', s3: 'S3' },
  en: {
    none: 'no schooling',
    sd: 'primary school (SD)',
    smp: 'junior secondary (SMP)',
    sma: 'senior secondary (SMA)',
    smk: 'vocational secondary (SMK)',
    d1: 'D1 diploma',
    d2: 'D2 diploma',
    d3: 'D3 diploma',
    d4: 'D4 diploma',
    s1: "bachelor's (S1)",
    s2: "master's (S2)",
    s3: 'doctorate (S3)',
  },
};
const statusLabels: Record<MessageLanguage, Record<string, string>> = {
  id: { cpmi: 'CPMI', pmi: 'PMI', purna: 'PMI Purna' },
  en: { cpmi: 'CPMI (prospective)', pmi: 'PMI (working abroad)', purna: 'PMI Purna (returned)' },
};
const sexLabels: Record<MessageLanguage, Record<string, string>> = { id: { female: 'perempuan', male: 'laki-laki' }, en: { female: 'female', male: 'male' } };

/** Labels this module knows itself; names kept in the database (document types, SSW fields) come from the caller. */
const monthNames: Record<MessageLanguage, string[]> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** A calendar day as people write it: "2 Desember 2026", "2 December 2026". */
function calendarDay(lang: MessageLanguage, value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const month = m ? monthNames[lang][Number(m[2]) - 1] : undefined;
  return m && month ? `${Number(m[3])} ${month} ${m[1]}` : undefined;
}

function builtInLabel(lang: MessageLanguage, code: string, name: string, value: string): string | undefined {
  const day = calendarDay(lang, value);
  if (day) return day;
  if (code.startsWith('education.') && (name === 'level' || name === 'min')) return educationLabels[lang][value];
  if (code.startsWith('status.') && (name === 'status' || name === 'allowed')) return statusLabels[lang][value];
  if (code.startsWith('sex.') && (name === 'sex' || name === 'allowed')) return sexLabels[lang][value];
  return undefined;
}

export type ParamFormatter = (name: string, value: string, code: string, lang: MessageLanguage) => string | undefined;

/**
 * Renders a message: each `{{param}}` replaced by its value, list items labelled one by one and joined
 * ("JFT-Basic A2 atau JLPT N4"). `formatParam` names what only the server knows, such as a document type
 * code → "Paspor"; it is asked first, then the built-in labels, then the value is shown as it is.
 */
export function renderMessage(
  lang: MessageLanguage,
  message: { code: PlacementMessageCode; params: Record<string, MessageParam> },
  options: { formatParam?: ParamFormatter } = {},
): string {
  const label = (name: string, value: string | number) => {
    const text = String(value);
    return options.formatParam?.(name, text, message.code, lang) ?? builtInLabel(lang, message.code, name, text) ?? text;
  };
  return eligibilityMessages[lang][message.code].replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => {
    const value = message.params[name];
    if (value === undefined) return whole;
    if (Array.isArray(value)) return value.map((v) => label(name, v)).join(alternatives.has(name) ? or[lang] : ', ');
    return label(name, value);
  });
}
