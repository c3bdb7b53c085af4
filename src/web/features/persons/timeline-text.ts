/**
 * A timeline event as a sentence ("Dokumen Paspor ditambahkan", "Status berubah dari CPMI menjadi PMI
 * sejak 1 Maret 2026"). Pure: the caller passes the translate function and the reference names.
 */

type Data = Record<string, string | number | boolean | null> | null;
type Translate = (key: string, options?: Record<string, unknown>) => string;

export interface TimelineContext {
  t: Translate;
  /** Name of a document type in the screen's language. */
  documentName: (code: string) => string;
  formatDate: (iso: string) => string;
}

const str = (data: Data, key: string): string => {
  const v = data?.[key];
  return v === null || v === undefined ? '' : String(v);
};

/** Person fields as the update event lists them (column names), labelled; unknown names are shown as they are. */
const fieldKeys: Record<string, string> = {
  fullName: 'persons.fields.fullName',
  sex: 'persons.fields.sex',
  birthPlace: 'persons.fields.birthPlace',
  birthDate: 'persons.fields.birthDate',
  addressLine: 'persons.fields.addressLine',
  addressRegionCode: 'persons.fields.addressRegion',
  phone: 'persons.fields.phone',
  whatsapp: 'persons.fields.whatsapp',
  email: 'persons.fields.email',
  education: 'persons.fields.education',
  maritalStatus: 'persons.fields.maritalStatus',
  healthNotes: 'persons.fields.healthNotes',
  destinationCountryCode: 'persons.fields.destinationCountry',
};

export function describeTimelineEvent(event: { kind: string; data: Data }, ctx: TimelineContext): string {
  const { t, documentName, formatDate } = ctx;
  const d = event.data;
  const status = (s: string) => (s ? t(`persons.status.short.${s}`) : '—');
  switch (event.kind) {
    case 'person.registered':
      return t('persons.timeline.kinds.person_registered', { status: status(str(d, 'status')) });
    case 'person.updated': {
      const fields = str(d, 'fields')
        .split(',')
        .filter((f) => f && f !== 'originRegencyCode')
        .map((f) => (fieldKeys[f] ? t(fieldKeys[f]!).toLowerCase() : f));
      return fields.length ? t('persons.timeline.kinds.person_updated_fields', { fields: fields.join(', ') }) : t('persons.timeline.kinds.person_updated');
    }
    case 'status.changed':
      return t('persons.timeline.kinds.status_changed', {
        from: status(str(d, 'from')),
        to: status(str(d, 'to')),
        date: str(d, 'effectiveOn') ? formatDate(str(d, 'effectiveOn')) : '—',
      });
    case 'person.merged':
      return t('persons.timeline.kinds.person_merged', { name: str(d, 'duplicateName') || '—' });
    case 'person.photo_updated':
      return t('persons.timeline.kinds.person_photo_updated');
    case 'family.added':
    case 'family.updated':
    case 'family.removed': {
      const relation = str(d, 'relation') ? t(`persons.family.relations.${str(d, 'relation')}`) : '';
      // Older events carry only the relation: "Anggota keluarga ditambahkan: Ayah".
      if (!str(d, 'name')) return t(`persons.timeline.kinds.${event.kind.replace('.', '_')}_relation`, { relation: relation || '—' });
      return t(`persons.timeline.kinds.${event.kind.replace('.', '_')}`, { name: str(d, 'name'), relation: relation.toLowerCase() || '—' });
    }
    case 'document.added':
    case 'document.updated':
    case 'document.verified':
    case 'document.removed':
    case 'document.file_uploaded':
      return t(`persons.timeline.kinds.${event.kind.replace('.', '_')}`, { type: str(d, 'typeCode') ? documentName(str(d, 'typeCode')) : '—' });
    case 'qualification.added':
    case 'qualification.updated':
    case 'qualification.removed': {
      const title = [str(d, 'title'), str(d, 'level')].filter(Boolean).join(' ');
      return t(`persons.timeline.kinds.${event.kind.replace('.', '_')}`, {
        kind: str(d, 'kind') ? t(`persons.qualifications.kinds.${str(d, 'kind')}`).toLowerCase() : '',
        title: title || '—',
      });
    }
    case 'consent.recorded':
    case 'consent.withdrawn':
      return t(`persons.timeline.kinds.${event.kind.replace('.', '_')}`, {
        purpose: str(d, 'purpose') || '—',
        basis: str(d, 'legalBasis') ? t(`persons.consents.bases.${str(d, 'legalBasis')}`).toLowerCase() : '—',
      });
    case 'application.created':
      return str(d, 'jobOrder')
        ? t('applications.timeline.created_job_order', { reference: str(d, 'jobOrder') })
        : t('applications.timeline.created_scheme', { scheme: str(d, 'scheme') || '—' });
    case 'application.stage_moved':
      return t(Number(d?.skipped ?? 0) > 0 ? 'applications.timeline.stage_moved_skipped' : 'applications.timeline.stage_moved', {
        from: str(d, 'from') ? t(`applications.stages.${str(d, 'from')}`) : '—',
        to: str(d, 'to') ? t(`applications.stages.${str(d, 'to')}`) : '—',
        date: str(d, 'effectiveOn') ? formatDate(str(d, 'effectiveOn')) : '—',
      });
    default:
      // A module added after this screen: its name and kind still say something.
      return t('persons.timeline.kinds.other', { kind: event.kind });
  }
}

/** The colour of an event's dot: what kind of thing happened. */
export function timelineColor(kind: string): string {
  if (kind.startsWith('status.')) return 'teal';
  if (kind.startsWith('document.')) return 'balai';
  if (kind.startsWith('family.')) return 'grape';
  if (kind.startsWith('qualification.')) return 'indigo';
  if (kind.startsWith('consent.')) return 'orange';
  if (kind.endsWith('.removed') || kind === 'person.merged') return 'red';
  return 'gray';
}
