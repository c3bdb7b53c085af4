import { describe, expect, it } from 'vitest';
import {
  changedFields,
  checkPersonForm,
  emptyPersonForm,
  fieldErrorsFrom,
  localPhone,
  personFieldsFrom,
  rebaseForm,
  type PersonFormValues,
} from './person-form';

const loaded: PersonFormValues = {
  ...emptyPersonForm,
  fullName: 'Dodi Hidayat',
  sex: 'male',
  birthDate: '06-05-2000',
  birthPlace: 'Prabumulih',
  phone: '085215518179',
  whatsappSameAsPhone: true,
};
const messages = { name: 'name', sex: 'sex', birthDate: 'date', birthDateRequired: 'required' };

describe('the person form', () => {
  it('sends typed dates as ISO dates, empty text as null and WhatsApp as the phone when they are the same', () => {
    const body = personFieldsFrom({ ...loaded, fullName: '  Dodi   Hidayat ', email: ' ' }, false);
    expect(body).toMatchObject({ fullName: 'Dodi Hidayat', birthDate: '2000-05-06', email: null, whatsapp: '085215518179' });
    expect(body).not.toHaveProperty('healthNotes');
    expect(personFieldsFrom(loaded, true)).toHaveProperty('healthNotes', null);
  });

  it('checks in the browser what needs no server', () => {
    expect(checkPersonForm(loaded, messages)).toEqual({});
    expect(checkPersonForm({ ...emptyPersonForm, fullName: 'D', birthDate: '31-02-2000' }, messages)).toEqual({
      fullName: 'name',
      sex: 'sex',
      birthDate: 'date',
    });
    expect(checkPersonForm({ ...loaded, birthDate: '' }, messages)).toEqual({ birthDate: 'required' });
  });

  it('sends only what was changed here', () => {
    expect(changedFields(loaded, loaded, true)).toEqual({});
    expect(changedFields({ ...loaded, birthPlace: 'Prabumulih Timur' }, loaded, true)).toEqual({ birthPlace: 'Prabumulih Timur' });
    expect(changedFields({ ...loaded, phone: '0811111111' }, loaded, false)).toEqual({ phone: '0811111111', whatsapp: '0811111111' });
  });

  it('keeps its own edits over a fresh record and takes the rest from it', () => {
    const fresh = { ...loaded, email: 'dodi@example.id', birthPlace: 'Muara Enim' };
    const mine = { ...loaded, birthPlace: 'Prabumulih Timur' };
    expect(rebaseForm(mine, loaded, fresh)).toEqual({ ...loaded, email: 'dodi@example.id', birthPlace: 'Prabumulih Timur' });
  });

  it('writes stored phone numbers the way staff type them', () => {
    expect(localPhone('6285215518179')).toBe('085215518179');
    expect(localPhone('818012345678')).toBe('+818012345678');
    expect(localPhone(null)).toBe('');
  });

  it('puts server field errors on their fields, by the last part of their path', () => {
    expect(fieldErrorsFrom({ phone: 'bad', 'body.birthDate': 'bad date', officeId: 'unknown office' })).toEqual({
      byField: { phone: 'bad', birthDate: 'bad date' },
      other: ['unknown office'],
    });
  });
});
