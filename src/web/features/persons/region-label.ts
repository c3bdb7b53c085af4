/** A region as the API gives it: its name, level and the names of the enclosing regions, nearest first. */
export interface RegionLike {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  path: string[];
}

/** "Kabupaten Ogan Ilir" → "Kab. Ogan Ilir"; a city keeps "Kota". */
export function shortRegency(name: string): string {
  return name.replace(/^Kabupaten\s+/i, 'Kab. ');
}

/**
 * Kemendagri numbers a village `1xxx` when it is a kelurahan (urban) and `2xxx` when it is a desa.
 */
export function villageKind(code: string): 'kelurahan' | 'desa' {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/**
 * How a region reads in a picker and on the person page, most precise first:
 * "Kel. Gunung Ibul, Kec. Prabumulih Timur, Kota Prabumulih" or "Desa Tanjung Raja, Kec. …, Kab. Ogan Ilir".
 */
export function regionLabel(region: RegionLike): string {
  const [district, regency] = region.path;
  switch (region.level) {
    case 'village':
      return [`${villageKind(region.code) === 'kelurahan' ? 'Kel.' : 'Desa'} ${region.name}`, district && `Kec. ${district}`, regency && shortRegency(regency)]
        .filter(Boolean)
        .join(', ');
    case 'district':
      return [`Kec. ${region.name}`, district && shortRegency(district)].filter(Boolean).join(', ');
    case 'regency':
      return [shortRegency(region.name), district].filter(Boolean).join(', ');
    default:
      return region.name;
  }
}

/** The address chain of a person (province first) as one line, most precise first. */
export function addressChainLabel(chain: { code: string; name: string }[]): string {
  const levels = ['province', 'regency', 'district', 'village'] as const;
  if (chain.length === 0) return '';
  const last = chain[chain.length - 1]!;
  const path = chain
    .slice(0, -1)
    .map((r) => r.name)
    .reverse();
  return regionLabel({ code: last.code, name: last.name, level: levels[chain.length - 1] ?? 'village', path });
}
