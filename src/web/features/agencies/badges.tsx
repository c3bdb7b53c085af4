import { useTranslation } from 'react-i18next';
import { SoftBadge } from '../../components/soft-badge';
import type { AgencyStatus, LicenceState } from './api';

const stateColour: Record<LicenceState, string> = { valid: 'green', expiring: 'orange', expired: 'red' };
const statusColour: Record<AgencyStatus, string> = { active: 'teal', suspended: 'yellow', revoked: 'red' };

/** Licence or permit state: valid green, expiring orange, expired red. */
export function LicenceBadge({ state }: { state: LicenceState }) {
  const { t } = useTranslation();
  return <SoftBadge color={stateColour[state]}>{t(`agencies.licenceState.${state}`)}</SoftBadge>;
}

export function AgencyStatusBadge({ status }: { status: AgencyStatus }) {
  const { t } = useTranslation();
  return <SoftBadge color={statusColour[status]}>{t(`agencies.status.${status}`)}</SoftBadge>;
}
