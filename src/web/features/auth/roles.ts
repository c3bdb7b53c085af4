import { useTranslation } from 'react-i18next';
import type { Role } from './api';

/** Colours of role badges: people of the office in blues, partners in teal, oversight in grape. */
export const roleColors: Record<Role, string> = {
  administrator: 'red',
  kepala: 'balai',
  staff: 'blue',
  humas: 'cyan',
  national_viewer: 'grape',
  partner_pemda: 'teal',
  partner_lpk: 'teal',
  partner_mentor: 'teal',
  partner_bumn: 'teal',
  partner_p3mi: 'teal',
};

/** "Kepala Balai", "Mitra BUMN", … in the language of the screen. */
export function useRoleLabel() {
  const { t } = useTranslation();
  return (role: Role | 'token') => t(`roles.${role}`);
}
