/**
 * What the demo registry is made of: invented names, real places and the office's destinations with their
 * weights (DOMAIN.md, 2022 figures). Kept apart from the generator so the rules stay readable.
 */

// Common Indonesian and South-Sumatran names; the combinations are invented.
export const femaleFirst = [
  'Siti', 'Nur', 'Rina', 'Dewi', 'Yuliana', 'Sri', 'Fitri', 'Lestari', 'Wulan', 'Indah', 'Ayu', 'Putri',
  'Nurhayati', 'Rohani', 'Marlina', 'Yanti', 'Susanti', 'Eka', 'Ratna', 'Desi', 'Novi', 'Mega', 'Lia',
  'Aisyah', 'Fatimah', 'Hasanah', 'Komariah', 'Yusnita', 'Herlina', 'Maya', 'Anisa', 'Dian', 'Septi',
  'Nita', 'Reni', 'Tuti', 'Evi', 'Winda', 'Rusmini', 'Juliana', 'Mardiana', 'Yulia', 'Rosita', 'Nurlela',
  'Sumarni', 'Halimah', 'Rahma', 'Nadia', 'Elvi', 'Erna',
] as const;
export const femaleLast = [
  'Aminah', 'Rahayu', 'Wati', 'Lestari', 'Handayani', 'Sari', 'Anggraini', 'Pratiwi', 'Oktaviani',
  'Safitri', 'Puspita', 'Kurniawati', 'Marlina', 'Susilawati', 'Nurjanah', 'Yuliani', 'Wahyuni',
  'Rosmawati', 'Novitasari', 'Permata', 'Agustina', 'Maharani', 'Fitriani', 'Ningsih', 'Apriyani',
  'Febriyanti', 'Ramadhani', 'Saputri', 'Utami', 'Yunita', 'Hartati', 'Rahmawati', 'Sulastri', 'Juwita',
] as const;
export const maleFirst = [
  'Ahmad', 'Muhammad', 'Rudi', 'Agus', 'Budi', 'Hendra', 'Joko', 'Dedi', 'Andi', 'Rizki', 'Fajar', 'Arif',
  'Yusuf', 'Hasan', 'Ridwan', 'Syahrul', 'Zulkifli', 'Irwan', 'Eko', 'Bambang', 'Heri', 'Wahyu', 'Taufik',
  'Rahmat', 'Sapri', 'Jumadi', 'Hamdan', 'Iskandar', 'Firman', 'Aldi', 'Dodi', 'Sukri', 'Mulyadi', 'Yudi',
  'Anton', 'Herman', 'Imam', 'Dani', 'Ilham', 'Romi',
] as const;
export const maleLast = [
  'Hartono', 'Santoso', 'Saputra', 'Pratama', 'Setiawan', 'Hidayat', 'Gunawan', 'Kurniawan', 'Firmansyah',
  'Syahputra', 'Ramadhan', 'Wijaya', 'Nugroho', 'Effendi', 'Sulaiman', 'Hamid', 'Rosyid', 'Prasetyo',
  'Susanto', 'Purnomo', 'Hakim', 'Fauzi', 'Arifin', 'Maulana', 'Irawan', 'Darmawan', 'Rahman', 'Anwar',
  'Sanjaya', 'Alamsyah', 'Junaidi', 'Harahap',
] as const;
export const femaleMiddle = ['Nur', 'Dwi', 'Tri', 'Ayu', 'Rahma', 'Indah', 'Sri', 'Putri'] as const;
export const maleMiddle = ['Dwi', 'Tri', 'Rizki', 'Adi', 'Nur', 'Agus', 'Budi'] as const;

/** Towns of each kab/kota (real places), for the place of birth. */
export const towns: Record<string, readonly string[]> = {
  '16.01': ['Baturaja', 'Peninjauan', 'Pengandonan'],
  '16.02': ['Kayuagung', 'Pedamaran', 'Tulung Selapan', 'Mesuji'],
  '16.03': ['Muara Enim', 'Tanjung Enim', 'Gelumbang'],
  '16.04': ['Lahat', 'Kota Agung', 'Jarai'],
  '16.05': ['Muara Beliti', 'Tugumulyo', 'Muara Kelingi'],
  '16.06': ['Sekayu', 'Babat Toman', 'Sungai Lilin'],
  '16.07': ['Pangkalan Balai', 'Betung', 'Sungsang', 'Tanjung Lago'],
  '16.08': ['Martapura', 'Belitang', 'Buay Madang'],
  '16.09': ['Muaradua', 'Simpang', 'Banding Agung'],
  '16.10': ['Indralaya', 'Tanjung Raja', 'Tanjung Batu'],
  '16.11': ['Tebing Tinggi', 'Pendopo', 'Muara Pinang'],
  '16.12': ['Talang Ubi', 'Penukal'],
  '16.13': ['Rupit', 'Surulangun'],
  '16.71': ['Palembang'],
  '16.72': ['Pagar Alam'],
  '16.73': ['Lubuklinggau'],
  '16.74': ['Prabumulih'],
};

/** Weights of the kab/kota of origin: the big sending regencies of Sumsel weigh more. */
export const regencyWeights = [
  ['16.08', 16], ['16.02', 12], ['16.03', 10], ['16.07', 10], ['16.04', 9], ['16.71', 9], ['16.74', 5],
  ['16.01', 4], ['16.05', 4], ['16.06', 4], ['16.10', 4], ['16.09', 3], ['16.73', 2.5], ['16.11', 2],
  ['16.12', 2], ['16.13', 2], ['16.72', 1.5],
] as const;

/** Destinations of BP3MI Sumsel in 2022 (350 Malaysia, 57 Japan, then the Gulf and East Asia). */
export const destinationWeights = [
  ['MY', 80], ['JP', 13], ['SA', 1.5], ['QA', 1.5], ['SG', 1], ['KW', 1], ['HK', 1], ['TW', 1],
] as const;
export type Destination = (typeof destinationWeights)[number][0];

/** Share of women by destination: Japan's SSW takes more men; the Gulf and East Asia mostly domestic work. */
export const femaleShare: Record<Destination, number> = { MY: 0.77, JP: 0.55, SA: 0.92, QA: 0.92, SG: 0.92, KW: 0.92, HK: 0.92, TW: 0.92 };

/** Contract length in years by destination (Japan's SSW (i): up to five). */
export const contractYears: Record<Destination, readonly number[]> = { MY: [2], JP: [3, 4, 5], SA: [2], QA: [2], SG: [2], KW: [2], HK: [2], TW: [3] };

export const jobs: Record<Destination, readonly { title: string; women: boolean; men: boolean; employer: string }[]> = {
  MY: [
    { title: 'Penata laksana rumah tangga', women: true, men: false, employer: 'Majikan perorangan, Kuala Lumpur' },
    { title: 'Operator produksi pabrik elektronik', women: true, men: true, employer: 'Pabrik elektronik, Pulau Pinang' },
    { title: 'Pekerja perkebunan kelapa sawit', women: true, men: true, employer: 'Perkebunan kelapa sawit, Sabah' },
    { title: 'Pelayan restoran', women: true, men: true, employer: 'Restoran, Johor Bahru' },
    { title: 'Pekerja konstruksi', women: false, men: true, employer: 'Kontraktor bangunan, Selangor' },
  ],
  JP: [{ title: 'Pekerja berketerampilan spesifik (SSW)', women: true, men: true, employer: 'Perusahaan penerima SSW, Jepang' }],
  SA: [{ title: 'Penata laksana rumah tangga', women: true, men: true, employer: 'Majikan perorangan, Riyadh' }],
  QA: [{ title: 'Penata laksana rumah tangga', women: true, men: true, employer: 'Majikan perorangan, Doha' }],
  KW: [{ title: 'Penata laksana rumah tangga', women: true, men: true, employer: 'Majikan perorangan, Kuwait' }],
  SG: [{ title: 'Penata laksana rumah tangga', women: true, men: true, employer: 'Majikan perorangan, Singapura' }],
  HK: [{ title: 'Pengasuh lansia', women: true, men: true, employer: 'Majikan perorangan, Hong Kong' }],
  TW: [{ title: 'Perawat lansia (caregiver)', women: true, men: true, employer: 'Majikan perorangan, Taipei' }],
};

/** SSW fields the demo's Japan-bound take, most common first; only those present in ssw_fields are used. */
export const sswPreferred = ['nursing_care', 'food_service', 'agriculture', 'industrial_manufacturing', 'food_manufacturing', 'building_cleaning', 'accommodation', 'construction'] as const;

/** What returnees of Banyuasin do since they came home (the mentoring thread of the reference story). */
export const returneeBusinesses = [
  'Membuka usaha kerupuk kemplang; ikut pelatihan pemasaran digital Pemkab Banyuasin.',
  'Usaha jahit dan bordir di rumah; menjual lewat media sosial.',
  'Warung sembako dan pulsa di desa.',
  'Budidaya ikan patin di kolam terpal.',
  'Usaha kue kering dan pempek beku, pesan antar lewat WhatsApp.',
  'Bengkel sepeda motor kecil bersama saudara.',
];

export const phonePrefixes = ['812', '813', '821', '822', '823', '852', '853', '857', '858', '815', '817', '818', '819', '877', '878', '895', '896', '881'] as const;
export const cityStreets = ['Jl. Merdeka', 'Jl. Sudirman', 'Jl. Kapten A. Rivai', 'Jl. Basuki Rahmat', 'Jl. Veteran', 'Jl. Pahlawan', 'Jl. Kartini', 'Jl. Mawar', 'Jl. Melati', 'Jl. Flamboyan'] as const;
export const roman = ['I', 'II', 'III', 'IV', 'V', 'VI'] as const;
export const PURPOSE_CORE = 'Pendataan dan pelindungan PMI';
export const PURPOSE_EMPOWERMENT = 'Informasi program pemberdayaan';
export const PASSPORT_OFFICE = 'Kantor Imigrasi Kelas I TPI Palembang';
/** Indonesian passports issued from this day are valid ten years, earlier ones five. */
export const TEN_YEAR_PASSPORTS_FROM = '2022-10-12';
