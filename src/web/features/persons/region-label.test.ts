import { describe, expect, it } from 'vitest';
import { addressChainLabel, regionLabel } from './region-label';

describe('region labels', () => {
  it('names a village with its district and regency, kelurahan or desa by its code', () => {
    expect(
      regionLabel({ code: '16.74.02.1007', name: 'Gunung Ibul', level: 'village', path: ['Prabumulih Timur', 'Kota Prabumulih', 'Sumatera Selatan'] }),
    ).toBe('Kel. Gunung Ibul, Kec. Prabumulih Timur, Kota Prabumulih');
    expect(
      regionLabel({ code: '16.10.01.2003', name: 'Tanjung Raja', level: 'village', path: ['Muara Kuang', 'Kabupaten Ogan Ilir', 'Sumatera Selatan'] }),
    ).toBe('Desa Tanjung Raja, Kec. Muara Kuang, Kab. Ogan Ilir');
  });

  it('names districts, regencies and provinces', () => {
    expect(regionLabel({ code: '16.74.01', name: 'Prabumulih Barat', level: 'district', path: ['Kota Prabumulih', 'Sumatera Selatan'] })).toBe(
      'Kec. Prabumulih Barat, Kota Prabumulih',
    );
    expect(regionLabel({ code: '16.10', name: 'Kabupaten Ogan Ilir', level: 'regency', path: ['Sumatera Selatan'] })).toBe('Kab. Ogan Ilir, Sumatera Selatan');
    expect(regionLabel({ code: '16', name: 'Sumatera Selatan', level: 'province', path: [] })).toBe('Sumatera Selatan');
  });

  it('reads a person’s address chain from the province down', () => {
    expect(
      addressChainLabel([
        { code: '16', name: 'Sumatera Selatan' },
        { code: '16.74', name: 'Kota Prabumulih' },
        { code: '16.74.02', name: 'Prabumulih Timur' },
        { code: '16.74.02.1007', name: 'Gunung Ibul' },
      ]),
    ).toBe('Kel. Gunung Ibul, Kec. Prabumulih Timur, Kota Prabumulih');
    expect(addressChainLabel([])).toBe('');
  });
});
