/** Roles of Balai (PRODUCT.md, who uses it). Partner roles are bound to a partner organisation. */
export const roles = [
  'administrator',
  'kepala',
  'staff',
  'humas',
  'national_viewer',
  'partner_pemda',
  'partner_lpk',
  'partner_mentor',
  'partner_bumn',
  'partner_p3mi',
] as const;
export type Role = (typeof roles)[number];
