/**
 * Name parts for the registry bench's synthetic persons: common Indonesian given names and second names,
 * 150 of each per sex (combinations are invented). With an optional middle name that gives about
 * 150 × 150 × 150 distinct names per sex: enough variety for trigram search to be measured honestly.
 */

const words = (s: string) => [...new Set(s.split(/\s+/).filter(Boolean))];

export const femaleGiven = words(`
  Siti Nur Rina Dewi Yuliana Sri Fitri Lestari Wulan Indah Ayu Putri Nurhayati Rohani Marlina Yanti Susanti
  Eka Ratna Desi Novi Mega Lia Aisyah Fatimah Hasanah Komariah Yusnita Herlina Maya Anisa Dian Septi Nita
  Reni Tuti Evi Winda Rusmini Juliana Mardiana Yulia Rosita Nurlela Sumarni Halimah Rahma Nadia Elvi Erna
  Ani Ida Ina Irma Iis Imas Jumiati Kartini Khadijah Kurniasih Laila Lina Linda Lusi Mariam Martini Melati
  Mirna Murni Nani Neni Nia Nining Nova Nurul Oktavia Pipit Puji Purwanti Rani Ria Rika Rini Risma Rita
  Rosmalia Rukmini Selvi Sinta Siska Sofia Suci Sulis Sumiati Sunarti Supriyati Suryani Susi Tari Tia Tina
  Titin Umi Vina Weni Widya Wina Yati Yeni Yuni Yusra Zahra Zainab Aminah Anggun Atika Bunga Cahaya Citra
  Dina Dini Eli Elis Endang Euis Farida Febi Fenti Gita Hana Hartini Hesti Ika Intan Isnaini Karlina Kiki
  Leni Lilis Mawar Mita Nabila Nurmala Puspa Ratih Salma Santi Seli Sundari Tatik Wiwin Yayuk Zubaidah
`).slice(0, 150);

export const maleGiven = words(`
  Ahmad Muhammad Rudi Agus Budi Hendra Joko Dedi Andi Rizki Fajar Arif Yusuf Hasan Ridwan Syahrul Zulkifli
  Irwan Eko Bambang Heri Wahyu Taufik Rahmat Sapri Jumadi Hamdan Iskandar Firman Aldi Dodi Sukri Mulyadi Yudi
  Anton Herman Imam Dani Ilham Romi Abdul Adi Adit Afrizal Amir Andika Ardi Arman Asep Bagus Bahrul Bayu Beni
  Bima Cahyo Candra Deni Didi Dimas Doni Edi Egi Endra Erwin Fadli Fahmi Faisal Fauzan Feri Gilang Guntur Hadi
  Hafiz Hari Harun Hasbi Hendri Husin Idris Ikhsan Indra Irfan Iwan Jaka Jamal Januar Joni Juanda Kamal
  Khairul Kurnia Lukman Mahmud Mansur Marzuki Misran Muklis Mustofa Nanda Nasrul Novri Oki Panji Rafi Ramli
  Rendi Reza Riko Rio Roni Rusdi Saiful Salim Samsul Sandi Slamet Sofyan Subhan Sugeng Supri Surya Syaiful
  Teguh Toni Ujang Umar Wawan Wendi Yadi Yanto Yogi Yoga Yusril Zaenal Zainal Zaki Zul Alfian Amran Anjas
  Bakri Darwis Edwar Fikri Hasyim Jefri Kasim Lutfi Nazar Rahmad Robi Sahrul Tamrin Udin Wahid
`).slice(0, 150);

export const femaleSecond = words(`
  Aminah Rahayu Wati Lestari Handayani Sari Anggraini Pratiwi Oktaviani Safitri Puspita Kurniawati Marlina
  Susilawati Nurjanah Yuliani Wahyuni Rosmawati Novitasari Permata Agustina Maharani Fitriani Ningsih Apriyani
  Febriyanti Ramadhani Saputri Utami Yunita Hartati Rahmawati Sulastri Juwita Andriani Aprilia Ariani Astuti
  Ayuningsih Damayanti Desriani Dewanti Ekawati Fadilah Fauziah Hidayati Indriani Irawati Ismawati Juliani
  Kartika Khairunnisa Komalasari Kusumawati Lathifah Lisnawati Mardiyah Maulida Mayasari Melinda Meliana
  Mulyani Munawaroh Nabilah Nuraini Nurfadilah Nurhasanah Nurmalasari Octavia Paramita Purnamasari
  Puspitasari Putriani Rachmawati Rahmadani Ratnasari Riyanti Rosdiana Rusmiati Sabrina Salsabila Sapitri
  Setiawati Setyaningsih Silviana Sintia Solehah Suciati Sugiarti Suharti Sukmawati Sulistyowati Sumiyati
  Suprihatin Susanti Syahfitri Triana Tristiani Wardani Widiastuti Widyaningsih Wijayanti Windari Wulandari
  Yulianti Yusnaini Zahara Zuraida Zulaikha Afriani Agustini Aisah Amelia Anjani Ardiyanti Arini Aryani
  Azizah Budiarti Cahyani Dahlia Darmayanti Dwiyanti Efriani Elisa Elvira Erlina Evita Fatmawati Febrianti
  Hamidah Hariyati Herawati Indarti Istiqomah Jamilah Junita Kurniasari Laili Latifah Lestiani Listiani
  Maryati Nuryanti Rohmah Sartika Yuniarti Andayani Kusnaeni Oktarina Pertiwi
`).slice(0, 150);

export const maleSecond = words(`
  Hartono Santoso Saputra Pratama Setiawan Hidayat Gunawan Kurniawan Firmansyah Syahputra Ramadhan Wijaya
  Nugroho Effendi Sulaiman Hamid Rosyid Prasetyo Susanto Purnomo Hakim Fauzi Arifin Maulana Irawan Darmawan
  Rahman Anwar Sanjaya Alamsyah Junaidi Harahap Abdullah Adiputra Afandi Akbar Ali Aminudin Ananda Anshori
  Ardiansyah Arianto Aryanto Asmara Azhari Bachtiar Baharudin Budiman Budiono Chandra Daulay Dermawan Dinata
  Fadillah Fahrezi Fahrurrozi Fathoni Febrian Hadiwijaya Hafidz Hamzah Hanafi Harianto Haryanto Hasibuan
  Hermawan Husaini Ibrahim Iqbal Ismail Jaya Juliansyah Kadir Karim Kusuma Kusnadi Lubis Mahendra Malik
  Mansyur Mardani Mubarok Muchtar Mukti Munandar Musa Mustafa Nasution Nurdin Pangestu Permana Pradana
  Prakoso Pramono Purba Putra Rachman Rahmadi Rais Rangkuti Rifai Rizal Rusli Saleh Septian Siregar Siswanto
  Subagyo Sudirman Sugianto Sulistyo Supriadi Surbakti Suryadi Suryanto Syafii Syahrial Syamsudin Tambunan
  Tanjung Triyanto Utomo Wahyudi Wibowo Winata Yahya Yulianto Zakaria Zulkarnain Zainuddin Hendrawan
  Heriyanto Indrawan Kurniadi Lesmana Marpaung Pratomo Rustam Sembiring Sitorus Syahrudin Tarigan Usman
  Ramadani Hidayatullah Kurniansyah Nurhadi Prayitno Rosadi Sahputra
`).slice(0, 150);

for (const [label, list] of Object.entries({ femaleGiven, maleGiven, femaleSecond, maleSecond })) {
  if (list.length < 150) throw new Error(`bench/lib/names.ts: ${label} has ${list.length} names, 150 needed`);
}
