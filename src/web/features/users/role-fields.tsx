import { NativeSelect, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roleNeeds, roles, type Role } from '../auth/api';
import { useRoleLabel } from '../auth/roles';
import { useDivisions, usePartners, type PartnerKind } from './api';

/** Which partner kinds usually sit behind a partner role: their organisations are listed first. */
const kindsOfRole: Partial<Record<Role, PartnerKind[]>> = {
  partner_pemda: ['pemda'],
  partner_lpk: ['lpk', 'school'],
  partner_mentor: ['university'],
  partner_bumn: ['bumn'],
  partner_p3mi: ['p3mi'],
};

export interface Assignment {
  role: Role | '';
  divisionId: string;
  partnerId: string;
}

interface RoleFieldsProps {
  officeId: string;
  value: Assignment;
  onChange: (value: Assignment) => void;
  errors: Record<string, string | undefined>;
  disabled?: boolean;
}

/**
 * Role, and what it needs: a division for staff, a partner organisation for partner roles. The role
 * drives which of the two is asked; the other is cleared, as the server expects.
 */
export function RoleFields({ officeId, value, onChange, errors, disabled }: RoleFieldsProps) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const needs = roleNeeds(value.role || null);
  const divisions = useDivisions(officeId, needs.division);
  const partners = usePartners(needs.partner);

  const preferred = value.role ? (kindsOfRole[value.role] ?? []) : [];
  const partnerGroups = (() => {
    const items = partners.data?.items ?? [];
    const kinds = [...new Set(items.map((p) => p.kind))].sort((a, b) => Number(preferred.includes(b)) - Number(preferred.includes(a)));
    return kinds.map((kind) => ({
      group: t(`users.partnerKinds.${kind}`),
      items: items.filter((p) => p.kind === kind).map((p) => ({ value: p.id, label: p.name })),
    }));
  })();

  return (
    <Stack gap="md">
      <NativeSelect
        label={t('users.fields.role')}
        required
        disabled={disabled}
        value={value.role}
        onChange={(e) => {
          const role = e.currentTarget.value as Role | '';
          const next = roleNeeds(role || null);
          onChange({ role, divisionId: next.division ? value.divisionId : '', partnerId: next.partner ? value.partnerId : '' });
        }}
        error={errors.role}
        data={[{ value: '', label: t('users.fields.chooseRole'), disabled: true }, ...roles.map((r) => ({ value: r, label: roleLabel(r) }))]}
      />
      {needs.division ? (
        <NativeSelect
          label={t('users.fields.division')}
          description={t('users.fields.divisionHint')}
          required
          disabled={disabled || !divisions.data}
          value={value.divisionId}
          onChange={(e) => onChange({ ...value, divisionId: e.currentTarget.value })}
          error={errors.divisionId}
          data={[
            { value: '', label: divisions.data ? t('users.fields.chooseDivision') : t('common.loading'), disabled: true },
            ...(divisions.data?.items ?? []).map((d) => ({ value: d.id, label: d.name })),
          ]}
        />
      ) : null}
      {needs.partner ? (
        <NativeSelect
          label={t('users.fields.partner')}
          description={t('users.fields.partnerHint')}
          required
          disabled={disabled || !partners.data}
          value={value.partnerId}
          onChange={(e) => onChange({ ...value, partnerId: e.currentTarget.value })}
          error={errors.partnerId}
          data={[{ value: '', label: partners.data ? t('users.fields.choosePartner') : t('common.loading'), disabled: true }, ...partnerGroups]}
        />
      ) : null}
    </Stack>
  );
}
