/* Generated from docs/openapi.json by npm run openapi (openapi-typescript). Do not edit. */
/* eslint-disable */
export interface paths {
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar P3MI / list placement agencies */
        get: operations["listAgencies"];
        put?: never;
        /**
         * Daftarkan P3MI / register a placement agency
         * @description The SIP3MI number is unique nationally (409 licence_taken). A suspended or revoked agency needs statusReason.
         */
        post: operations["createAgency"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data P3MI / one placement agency */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah P3MI / update a placement agency */
        patch: operations["updateAgency"];
        trace?: never;
    };
    "/api/agencies/{id}/permits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SIP2MI sebuah P3MI / recruitment permits of an agency */
        get: operations["listAgencyPermits"];
        put?: never;
        /**
         * Catat SIP2MI / record a recruitment permit
         * @description The permit number is unique (409 permit_number_taken).
         */
        post: operations["createAgencyPermit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{id}/permits/{permitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Ubah SIP2MI / update a recruitment permit
         * @description A quota below the positions already used by job orders is refused (409 quota_below_used).
         */
        patch: operations["updateAgencyPermit"];
        trace?: never;
    };
    "/api/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar token integrasi / list integration tokens */
        get: operations["listApiTokens"];
        put?: never;
        /**
         * Terbitkan token integrasi / issue an integration token
         * @description Issued by a signed-in person; a token calling it answers 403 token_cannot_issue.
         */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cabut token / revoke a token */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar lamaran / list applications */
        get: operations["listApplications"];
        put?: never;
        /**
         * Daftarkan lamaran / register an application
         * @description The job order must be open (409 applications.job_order_not_open); one live application per person and order (409 applications.duplicate); a person not eligible needs overrideReason (409 applications.not_eligible).
         */
        post: operations["createApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Lamaran dengan riwayat tahapnya / an application with its stage events */
        get: operations["getApplication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/applications/{id}/moves": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Pindahkan tahap lamaran / move an application to a stage
         * @description Forward one stage, or further with skipReason; withdrawn/rejected close it; returned only after departure. Departure is refused under 18 (UU 18/2017 Pasal 5) and makes the person a PMI; returned makes them PMI Purna. Refusals answer 409.
         */
        post: operations["moveApplication"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Log audit / audit log */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unduh log audit sebagai CSV / export the audit log as CSV */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Siapa yang masuk / who is signed in */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah bahasa / change language */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ganti kata sandi / change password */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sesi aktif saya / my active sessions */
        get: operations["listMySessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Akhiri satu sesi / end one session */
        delete: operations["endMySession"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Masuk dengan email, kata sandi, dan kode TOTP / sign in */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keluar / sign out */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keluar dari semua perangkat / end every session */
        post: operations["signOutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Konfirmasi kode autentikator / confirm second factor */
        post: operations["confirmTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/totp/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mulai pendaftaran autentikator / start second-factor enrolment */
        post: operations["startTotpSetup"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/complaint-categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kategori pengaduan / complaint categories */
        get: operations["listComplaintCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Negara (ISO 3166-1) / countries */
        get: operations["listCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/document-types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jenis dokumen / document types */
        get: operations["listDocumentTypes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar pemberi kerja / list employers */
        get: operations["listEmployers"];
        put?: never;
        /**
         * Catat pemberi kerja / record an employer
         * @description countryCode must be a known country; flagged needs flagNote.
         */
        post: operations["createEmployer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/employers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data pemberi kerja / one employer */
        get: operations["getEmployer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah pemberi kerja / update an employer */
        patch: operations["updateEmployer"];
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status layanan dan basis data / service and database status */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar job order / list job orders
         * @description q searches the reference, title, occupation and employer name.
         */
        get: operations["listJobOrders"];
        put?: never;
        /**
         * Catat job order / record a job order
         * @description Created as a draft with the next reference JO-<year>-<nnnn>. The scheme is named by its code. p_to_p and ssw_japan need an active agency with a valid licence; a permit must be the agency’s and valid, and the positions of its orders may not exceed its quota (409 job_orders.quota_exceeded).
         */
        post: operations["createJobOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Job order */
        get: operations["getJobOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Ubah job order / update a job order
         * @description A filled or closed order cannot be changed (409). isPublic may be true only when verified or open.
         */
        patch: operations["updateJobOrder"];
        trace?: never;
    };
    "/api/job-orders/{id}/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kandidat job order / candidates for a job order
         * @description Persons of the job order’s office (cpmi or purna, of a possible age) evaluated against the order’s rules: the tier comes from eligibility, the score orders within a tier; every component and gap is explained in the caller’s language. Needs persons:read as well (403). counts covers every tier whatever the tier filter.
         */
        get: operations["listJobOrderMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/job-orders/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ubah status job order / move a job order
         * @description draft → verified (attacheReference required) → open → filled → closed; open → closed. Other moves answer 409 job_orders.bad_transition.
         */
        post: operations["changeJobOrderStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar kantor / list offices */
        get: operations["listOffices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu kantor / one office */
        get: operations["getOffice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/offices/{id}/divisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bagian/seksi sebuah kantor / divisions of an office */
        get: operations["listOfficeDivisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/partners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar mitra / list partner organisations */
        get: operations["listPartners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Daftar orang / list persons
         * @description Identifiers are masked. Prefer POST /api/persons/search for NIK, passport or phone searches: a URL is kept in histories and proxies.
         */
        get: operations["listPersons"];
        put?: never;
        /** Daftarkan orang / register a person */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu orang / one person */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah data orang / update a person */
        patch: operations["updatePerson"];
        trace?: never;
    };
    "/api/persons/{id}/consents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Persetujuan pemrosesan data / a person’s consents */
        get: operations["listConsents"];
        put?: never;
        /** Catat persetujuan / record a consent or legal basis */
        post: operations["createConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/consents/{consentId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tarik persetujuan / record the withdrawal of a consent */
        post: operations["withdrawConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dokumen orang / a person’s documents
         * @description Numbers of sensitive types are masked; health documents are restricted for callers without person-health:read.
         */
        get: operations["listPersonDocuments"];
        put?: never;
        /** Catat dokumen / record a document */
        post: operations["createPersonDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Hapus dokumen / remove a document */
        delete: operations["deletePersonDocument"];
        options?: never;
        head?: never;
        /**
         * Ubah dokumen / update a document
         * @description A change to anything but the notes withdraws the verification.
         */
        patch: operations["updatePersonDocument"];
        trace?: never;
    };
    "/api/persons/{id}/documents/{documentId}/file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Pindaian dokumen / a document’s scan
         * @description Reading the scan of a passport, KTP, KK or health certificate is recorded in the audit log.
         */
        get: operations["getPersonDocumentFile"];
        /**
         * Unggah pindaian dokumen / upload a document’s scan
         * @description multipart/form-data with one part named "file": PDF, JPEG, PNG or WebP, decided by the content. The previous scan stays stored.
         */
        put: operations["putPersonDocumentFile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/documents/{documentId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verifikasi dokumen / mark a document as checked against the original */
        post: operations["verifyPersonDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Kelayakan orang / a person’s eligibility
         * @description Against `scheme` (a code), `jobOrder` (an id) or, with neither, every active scheme: per rule met / not_met / unknown, the reason and the gap, rendered in the caller’s language, and the rule version used.
         */
        get: operations["getPersonEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ekspor data subjek (UU PDP) / everything held about a person and its processing history */
        get: operations["exportPersonData"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/family-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Keluarga orang / a person’s family members */
        get: operations["listFamilyMembers"];
        put?: never;
        /** Tambah anggota keluarga / add a family member */
        post: operations["createFamilyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/family-members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Hapus anggota keluarga / remove a family member */
        delete: operations["deleteFamilyMember"];
        options?: never;
        head?: never;
        /** Ubah anggota keluarga / update a family member */
        patch: operations["updateFamilyMember"];
        trace?: never;
    };
    "/api/persons/{id}/job-matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Job order yang cocok / job orders for a person
         * @description Open job orders of the person’s office the person is eligible for (highest score first), then those they almost qualify for, with the gaps to close; at most 50. Needs job-orders:read as well (403).
         */
        get: operations["listPersonJobMatches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Foto orang / a person’s photo */
        get: operations["getPersonPhoto"];
        /**
         * Unggah foto orang / upload a person’s photo
         * @description multipart/form-data with one part named "file": JPEG, PNG or WebP (decided by the content), at most 5 MB.
         */
        put: operations["putPersonPhoto"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/qualifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kualifikasi orang / a person’s qualifications */
        get: operations["listQualifications"];
        put?: never;
        /**
         * Catat kualifikasi / record a qualification
         * @description work_history needs countryCode and startedOn; a skills test titled "SSW…" needs sswFieldCode; a known language test needs one of its levels.
         */
        post: operations["createQualification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/qualifications/{qualificationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Hapus kualifikasi / remove a qualification */
        delete: operations["deleteQualification"];
        options?: never;
        head?: never;
        /** Ubah kualifikasi / update a qualification */
        patch: operations["updateQualification"];
        trace?: never;
    };
    "/api/persons/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tampilkan NIK/paspor lengkap dengan alasan / reveal an identifier, audited */
        post: operations["revealPersonIdentifier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ubah status CPMI/PMI/Purna / move a person along the cycle */
        post: operations["changePersonStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Riwayat orang / what happened to a person */
        get: operations["getPersonTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kemungkinan data ganda / likely duplicate pairs */
        get: operations["listLikelyDuplicates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/duplicates/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tandai bukan orang yang sama / mark a pair as different people */
        post: operations["dismissLikelyDuplicate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gabungkan data ganda / merge a duplicate into the record kept */
        post: operations["mergePersons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/nik-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Periksa NIK / check a NIK as it is typed
         * @description Confirms a registered NIK only when the caller may see the record. Audited; at most NIK_CHECK_PER_MINUTE (default 30) checks a minute per caller.
         */
        post: operations["checkNik"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/persons/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cari orang (NIK, paspor, telepon, nama) / search persons */
        post: operations["searchPersons"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reference-datasets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Versi dan sumber data referensi / versions and sources of reference data */
        get: operations["listReferenceDatasets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cari wilayah (provinsi, kab/kota, kecamatan, desa) / search regions */
        get: operations["listRegions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu wilayah menurut kode Kemendagri / one region by Kemendagri code */
        get: operations["getRegion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Angka ringkas untuk dasbor / figures for the dashboard */
        get: operations["getOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tampilan tersimpan saya / my saved views */
        get: operations["listSavedViews"];
        put?: never;
        /** Simpan tampilan / save a view */
        post: operations["createSavedView"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/saved-views/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Hapus tampilan / delete a saved view */
        delete: operations["deleteSavedView"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schemes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Skema penempatan / placement schemes */
        get: operations["listSchemes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schemes/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Satu skema dengan syaratnya / one scheme with its rules
         * @description The current rules, each also as a sentence in the caller’s language, and every version of the rules.
         */
        get: operations["getScheme"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah nama, uraian, negara atau status skema / update a scheme */
        patch: operations["updateScheme"];
        trace?: never;
    };
    "/api/schemes/{code}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Ubah syarat skema (versi baru) / change a scheme’s rules (new version)
         * @description Writes a new rule version (ruleVersion + 1); older versions stay readable. The same rules again answer 400 no_change.
         */
        put: operations["updateSchemeRules"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/schemes/{code}/rules/{ruleVersion}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu versi syarat skema / one version of a scheme’s rules */
        get: operations["getSchemeRuleVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ssw-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bidang SSW Jepang / SSW fields of Japan */
        get: operations["listSswFields"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar pengguna / list users */
        get: operations["listUsers"];
        put?: never;
        /** Buat pengguna / create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu pengguna / one user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah peran, bagian, mitra, atau nonaktifkan / update or disable a user */
        patch: operations["updateUser"];
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Agency: {
            address: string | null;
            createdAt: string;
            email: string | null;
            /** @description The head office, when this is a branch */
            headAgency: {
                /** Format: uuid */
                id: string;
                licenceNumber: string;
                name: string;
            } | null;
            headAgencyId: string | null;
            /** Format: uuid */
            id: string;
            licenceIssuedOn: string | null;
            /** @description SIP3MI number, unique nationally */
            licenceNumber: string;
            /**
             * @description valid, expiring (within 90 days of the office's today) or expired
             * @enum {string}
             */
            licenceState: "valid" | "expiring" | "expired";
            licenceValidUntil: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            phone: string | null;
            regionCode: string | null;
            regionName: string | null;
            /** @enum {string} */
            status: "active" | "suspended" | "revoked";
            statusReason: string | null;
            updatedAt: string;
            version: number;
        };
        AgencyDetail: {
            abilities: {
                update: boolean;
            };
            address: string | null;
            /** @description Branch offices (kantor cabang) of this agency */
            branches: {
                /** Format: uuid */
                id: string;
                licenceNumber: string;
                name: string;
            }[];
            createdAt: string;
            email: string | null;
            /** @description The head office, when this is a branch */
            headAgency: {
                /** Format: uuid */
                id: string;
                licenceNumber: string;
                name: string;
            } | null;
            headAgencyId: string | null;
            /** Format: uuid */
            id: string;
            licenceIssuedOn: string | null;
            /** @description SIP3MI number, unique nationally */
            licenceNumber: string;
            /**
             * @description valid, expiring (within 90 days of the office's today) or expired
             * @enum {string}
             */
            licenceState: "valid" | "expiring" | "expired";
            licenceValidUntil: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            phone: string | null;
            regionCode: string | null;
            regionName: string | null;
            /** @enum {string} */
            status: "active" | "suspended" | "revoked";
            statusReason: string | null;
            updatedAt: string;
            version: number;
        };
        AgencyDetailInput: {
            abilities: {
                update: boolean;
            };
            address: string | null;
            /** @description Branch offices (kantor cabang) of this agency */
            branches: {
                /** Format: uuid */
                id: string;
                licenceNumber: string;
                name: string;
            }[];
            createdAt: string;
            email: string | null;
            /** @description The head office, when this is a branch */
            headAgency: {
                /** Format: uuid */
                id: string;
                licenceNumber: string;
                name: string;
            } | null;
            headAgencyId: string | null;
            /** Format: uuid */
            id: string;
            licenceIssuedOn: string | null;
            /** @description SIP3MI number, unique nationally */
            licenceNumber: string;
            /**
             * @description valid, expiring (within 90 days of the office's today) or expired
             * @enum {string}
             */
            licenceState: "valid" | "expiring" | "expired";
            licenceValidUntil: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            phone: string | null;
            regionCode: string | null;
            regionName: string | null;
            /** @enum {string} */
            status: "active" | "suspended" | "revoked";
            statusReason: string | null;
            updatedAt: string;
            version: number;
        };
        AgencyInput: {
            address: string | null;
            createdAt: string;
            email: string | null;
            /** @description The head office, when this is a branch */
            headAgency: {
                /** Format: uuid */
                id: string;
                licenceNumber: string;
                name: string;
            } | null;
            headAgencyId: string | null;
            /** Format: uuid */
            id: string;
            licenceIssuedOn: string | null;
            /** @description SIP3MI number, unique nationally */
            licenceNumber: string;
            /**
             * @description valid, expiring (within 90 days of the office's today) or expired
             * @enum {string}
             */
            licenceState: "valid" | "expiring" | "expired";
            licenceValidUntil: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            phone: string | null;
            regionCode: string | null;
            regionName: string | null;
            /** @enum {string} */
            status: "active" | "suspended" | "revoked";
            statusReason: string | null;
            updatedAt: string;
            version: number;
        };
        ApiToken: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            prefix: string;
            revoked: boolean;
            scopes: string[];
            version: number;
        };
        ApiTokenInput: {
            createdAt: string;
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            lastUsedAt: string | null;
            name: string;
            /** Format: uuid */
            officeId: string;
            prefix: string;
            revoked: boolean;
            scopes: string[];
            version: number;
        };
        Application: {
            createdAt: string;
            departedOn: string | null;
            /** @description The eligibility result when the application was made, with its rule version */
            eligibility: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            jobOrderId: string | null;
            jobOrderReference: string | null;
            jobOrderTitle: string | null;
            /** Format: uuid */
            officeId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            returnedOn: string | null;
            schemeCode: string;
            /** @enum {string} */
            stage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            stageSince: string;
            updatedAt: string;
            version: number;
        };
        ApplicationDetail: {
            createdAt: string;
            departedOn: string | null;
            /** @description The eligibility result when the application was made, with its rule version */
            eligibility: {
                [key: string]: unknown;
            } | null;
            events: {
                changedAt: string;
                /** @description Who moved it (a name, not an e-mail) */
                changedByName: string | null;
                effectiveOn: string;
                fromStage: ("registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected") | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                reason: string | null;
                skippedStages: string[];
                /** @enum {string} */
                toStage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            }[];
            /** Format: uuid */
            id: string;
            jobOrderId: string | null;
            jobOrderReference: string | null;
            jobOrderTitle: string | null;
            /** Format: uuid */
            officeId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            returnedOn: string | null;
            schemeCode: string;
            /** @enum {string} */
            stage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            stageSince: string;
            updatedAt: string;
            version: number;
        };
        ApplicationDetailInput: {
            createdAt: string;
            departedOn: string | null;
            /** @description The eligibility result when the application was made, with its rule version */
            eligibility: {
                [key: string]: unknown;
            } | null;
            events: {
                changedAt: string;
                /** @description Who moved it (a name, not an e-mail) */
                changedByName: string | null;
                effectiveOn: string;
                fromStage: ("registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected") | null;
                /** Format: uuid */
                id: string;
                note: string | null;
                reason: string | null;
                skippedStages: string[];
                /** @enum {string} */
                toStage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            }[];
            /** Format: uuid */
            id: string;
            jobOrderId: string | null;
            jobOrderReference: string | null;
            jobOrderTitle: string | null;
            /** Format: uuid */
            officeId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            returnedOn: string | null;
            schemeCode: string;
            /** @enum {string} */
            stage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            stageSince: string;
            updatedAt: string;
            version: number;
        };
        ApplicationInput: {
            createdAt: string;
            departedOn: string | null;
            /** @description The eligibility result when the application was made, with its rule version */
            eligibility: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            id: string;
            jobOrderId: string | null;
            jobOrderReference: string | null;
            jobOrderTitle: string | null;
            /** Format: uuid */
            officeId: string;
            /** Format: uuid */
            personId: string;
            personName: string;
            returnedOn: string | null;
            schemeCode: string;
            /** @enum {string} */
            stage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            stageSince: string;
            updatedAt: string;
            version: number;
        };
        AuditEvent: {
            action: string;
            actorLabel: string | null;
            actorTokenId: string | null;
            actorUserId: string | null;
            at: string;
            details: {
                [key: string]: unknown;
            } | null;
            id: number;
            ip: string | null;
            officeId: string | null;
            /** @enum {string} */
            outcome: "success" | "failure" | "denied";
            requestId: string | null;
            resourceId: string | null;
            /** @description What the record is called now: a person's or user's name (never an identifier such as a NIK) */
            resourceLabel: string | null;
            resourceType: string | null;
        };
        AuditEventInput: {
            action: string;
            actorLabel: string | null;
            actorTokenId: string | null;
            actorUserId: string | null;
            at: string;
            details: {
                [key: string]: unknown;
            } | null;
            id: number;
            ip: string | null;
            officeId: string | null;
            /** @enum {string} */
            outcome: "success" | "failure" | "denied";
            requestId: string | null;
            resourceId: string | null;
            /** @description What the record is called now: a person's or user's name (never an identifier such as a NIK) */
            resourceLabel: string | null;
            resourceType: string | null;
        };
        CandidateMatch: {
            components: {
                /** @enum {string} */
                key: "field" | "experience" | "language" | "region";
                max: number;
                points: number;
                reasonText: string;
            }[];
            gaps: {
                ruleId: string;
                /** @description In the caller's language */
                text: string;
            }[];
            person: {
                age: number;
                fullName: string;
                /** Format: uuid */
                id: string;
                maskedNik: string | null;
                originRegencyName: string | null;
                sex: string;
            };
            ruleVersion: number;
            /** @enum {string} */
            tier: "eligible" | "to_check" | "almost" | "not_eligible";
            total: number;
        };
        CandidateMatchInput: {
            components: {
                /** @enum {string} */
                key: "field" | "experience" | "language" | "region";
                max: number;
                points: number;
                reasonText: string;
            }[];
            gaps: {
                ruleId: string;
                /** @description In the caller's language */
                text: string;
            }[];
            person: {
                age: number;
                fullName: string;
                /** Format: uuid */
                id: string;
                maskedNik: string | null;
                originRegencyName: string | null;
                sex: string;
            };
            ruleVersion: number;
            /** @enum {string} */
            tier: "eligible" | "to_check" | "almost" | "not_eligible";
            total: number;
        };
        ComplaintCategory: {
            code: string;
            nameEn: string;
            nameId: string;
        };
        ComplaintCategoryInput: {
            code: string;
            nameEn: string;
            nameId: string;
        };
        Consent: {
            /** @enum {string} */
            channel: "paper" | "in_person" | "phone" | "whatsapp" | "online";
            createdAt: string;
            givenOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalBasis: "consent" | "contract" | "legal_obligation" | "vital_interest" | "public_task" | "legitimate_interest";
            /** Format: uuid */
            personId: string;
            purpose: string;
            /** @description Name of the staff member who recorded it */
            recordedBy: string | null;
            version: number;
            withdrawalNote: string | null;
            withdrawnOn: string | null;
        };
        ConsentInput: {
            /** @enum {string} */
            channel: "paper" | "in_person" | "phone" | "whatsapp" | "online";
            createdAt: string;
            givenOn: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            legalBasis: "consent" | "contract" | "legal_obligation" | "vital_interest" | "public_task" | "legitimate_interest";
            /** Format: uuid */
            personId: string;
            purpose: string;
            /** @description Name of the staff member who recorded it */
            recordedBy: string | null;
            version: number;
            withdrawalNote: string | null;
            withdrawnOn: string | null;
        };
        Country: {
            alpha3: string;
            code: string;
            nameEn: string;
            nameId: string;
            numeric: string;
        };
        CountryInput: {
            alpha3: string;
            code: string;
            nameEn: string;
            nameId: string;
            numeric: string;
        };
        CountryRef: {
            code: string;
            name: string;
        };
        CountryRefInput: {
            code: string;
            name: string;
        };
        DescribedRule: {
            rule: {
                id: string;
                /** @constant */
                kind: "age_min";
                years: number;
            } | {
                id: string;
                /** @constant */
                kind: "age_max";
                years: number;
            } | {
                id: string;
                /** @constant */
                kind: "education_min";
                /** @enum {string} */
                level: "none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3";
            } | {
                anyOf: {
                    minLevel: string;
                    test: string;
                }[];
                id: string;
                /** @constant */
                kind: "language";
            } | {
                id: string;
                /** @constant */
                kind: "skills_test";
                sswFieldCode?: string;
                title?: string;
            } | {
                id: string;
                /** @constant */
                kind: "health_certificate";
            } | {
                id: string;
                /** @constant */
                kind: "documents";
                typeCodes: string[];
                verified?: boolean;
            } | {
                allowed: ("female" | "male")[];
                id: string;
                /** @constant */
                kind: "sex";
            } | {
                allowed: ("cpmi" | "pmi" | "purna")[];
                id: string;
                /** @constant */
                kind: "status";
            } | {
                id: string;
                /** @constant */
                kind: "work_experience";
                minMonths: number;
                sswFieldCode?: string;
            } | {
                id: string;
                /** @constant */
                kind: "other";
                text: string;
            };
            /** @description The rule as a sentence, in the caller's language */
            text: string;
        };
        DescribedRuleInput: {
            rule: {
                id: string;
                /** @constant */
                kind: "age_min";
                years: number;
            } | {
                id: string;
                /** @constant */
                kind: "age_max";
                years: number;
            } | {
                id: string;
                /** @constant */
                kind: "education_min";
                /** @enum {string} */
                level: "none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3";
            } | {
                anyOf: {
                    minLevel: string;
                    test: string;
                }[];
                id: string;
                /** @constant */
                kind: "language";
            } | {
                id: string;
                /** @constant */
                kind: "skills_test";
                sswFieldCode?: string;
                title?: string;
            } | {
                id: string;
                /** @constant */
                kind: "health_certificate";
            } | {
                id: string;
                /** @constant */
                kind: "documents";
                typeCodes: string[];
                verified?: boolean;
            } | {
                allowed: ("female" | "male")[];
                id: string;
                /** @constant */
                kind: "sex";
            } | {
                allowed: ("cpmi" | "pmi" | "purna")[];
                id: string;
                /** @constant */
                kind: "status";
            } | {
                id: string;
                /** @constant */
                kind: "work_experience";
                minMonths: number;
                sswFieldCode?: string;
            } | {
                id: string;
                /** @constant */
                kind: "other";
                text: string;
            };
            /** @description The rule as a sentence, in the caller's language */
            text: string;
        };
        Division: {
            code: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            version: number;
        };
        DivisionInput: {
            code: string;
            description: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** Format: uuid */
            officeId: string;
            version: number;
        };
        Document: {
            createdAt: string;
            expiresOn: string | null;
            /** @description The uploaded scan; fetch it from GET …/documents/{documentId}/file */
            file: {
                mediaType: string;
                sizeBytes: number;
                uploadedAt: string;
            } | null;
            /** Format: uuid */
            id: string;
            issuedOn: string | null;
            issuer: string | null;
            notes: string | null;
            /** @description Null when the type is sensitive: see numberMasked */
            number: string | null;
            numberMasked: string | null;
            /** Format: uuid */
            personId: string;
            /** @description One of the eight documents of UU 18/2017 Pasal 13 */
            placementRequired: boolean;
            /** @description Health data the caller may not read: number, issuer, notes and file withheld */
            restricted: boolean;
            typeCode: string;
            /** @description Name of the document type in the caller's language */
            typeName: string;
            verified: {
                at: string;
                by: string | null;
            } | null;
            version: number;
            warnings: ("expired" | "passport_expiring" | "health_certificate_old" | "expiring")[];
        };
        DocumentInput: {
            createdAt: string;
            expiresOn: string | null;
            /** @description The uploaded scan; fetch it from GET …/documents/{documentId}/file */
            file: {
                mediaType: string;
                sizeBytes: number;
                uploadedAt: string;
            } | null;
            /** Format: uuid */
            id: string;
            issuedOn: string | null;
            issuer: string | null;
            notes: string | null;
            /** @description Null when the type is sensitive: see numberMasked */
            number: string | null;
            numberMasked: string | null;
            /** Format: uuid */
            personId: string;
            /** @description One of the eight documents of UU 18/2017 Pasal 13 */
            placementRequired: boolean;
            /** @description Health data the caller may not read: number, issuer, notes and file withheld */
            restricted: boolean;
            typeCode: string;
            /** @description Name of the document type in the caller's language */
            typeName: string;
            verified: {
                at: string;
                by: string | null;
            } | null;
            version: number;
            warnings: ("expired" | "passport_expiring" | "health_certificate_old" | "expiring")[];
        };
        DocumentType: {
            code: string;
            legalBasis: string | null;
            nameEn: string;
            nameId: string;
            /** @description One of the eight documents of UU 18/2017 Pasal 13 */
            placementRequired: boolean;
            sensitive: boolean;
            validityMonths: number | null;
        };
        DocumentTypeInput: {
            code: string;
            legalBasis: string | null;
            nameEn: string;
            nameId: string;
            /** @description One of the eight documents of UU 18/2017 Pasal 13 */
            placementRequired: boolean;
            sensitive: boolean;
            validityMonths: number | null;
        };
        EligibilityResult: {
            evaluatedOn: string;
            jobOrderId: string | null;
            /** @enum {string} */
            outcome: "eligible" | "not_eligible" | "unknown";
            referenceDate: string;
            rules: components["schemas"]["EligibilityRuleResult"][];
            schemeCode: string;
            /** @description In the caller's language */
            schemeName: string;
            /** @description The rule version used */
            version: number;
        };
        EligibilityResultInput: {
            evaluatedOn: string;
            jobOrderId: string | null;
            /** @enum {string} */
            outcome: "eligible" | "not_eligible" | "unknown";
            referenceDate: string;
            rules: components["schemas"]["EligibilityRuleResultInput"][];
            schemeCode: string;
            /** @description In the caller's language */
            schemeName: string;
            /** @description The rule version used */
            version: number;
        };
        EligibilityRuleResult: {
            gap?: {
                closable: boolean;
                /** @description Stable message code (messages.ts) */
                code: string;
                params: {
                    [key: string]: string | number | string[];
                };
            };
            /** @description What would close the gap, in the caller's language */
            gapText: string | null;
            id: string;
            kind: string;
            reason: {
                /** @description Stable message code (messages.ts) */
                code: string;
                params: {
                    [key: string]: string | number | string[];
                };
            };
            /** @description The reason in the caller's language */
            reasonText: string;
            /** @enum {string} */
            status: "met" | "not_met" | "unknown";
        };
        EligibilityRuleResultInput: {
            gap?: {
                closable: boolean;
                /** @description Stable message code (messages.ts) */
                code: string;
                params: {
                    [key: string]: string | number | string[];
                };
            };
            /** @description What would close the gap, in the caller's language */
            gapText: string | null;
            id: string;
            kind: string;
            reason: {
                /** @description Stable message code (messages.ts) */
                code: string;
                params: {
                    [key: string]: string | number | string[];
                };
            };
            /** @description The reason in the caller's language */
            reasonText: string;
            /** @enum {string} */
            status: "met" | "not_met" | "unknown";
        };
        Employer: {
            address: string | null;
            city: string | null;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            countryCode: string;
            /** @description In the caller's language */
            countryName: string | null;
            createdAt: string;
            /** @description On the labour attaché's list of problematic employers (UU 18/2017 Pasal 10) */
            flagged: boolean;
            flagNote: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer" | "foreign_partner";
            name: string;
            /** Format: uuid */
            officeId: string;
            sector: string | null;
            updatedAt: string;
            version: number;
        };
        EmployerDetail: {
            abilities: {
                update: boolean;
            };
            address: string | null;
            city: string | null;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            countryCode: string;
            /** @description In the caller's language */
            countryName: string | null;
            createdAt: string;
            /** @description On the labour attaché's list of problematic employers (UU 18/2017 Pasal 10) */
            flagged: boolean;
            flagNote: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer" | "foreign_partner";
            name: string;
            /** Format: uuid */
            officeId: string;
            sector: string | null;
            updatedAt: string;
            version: number;
        };
        EmployerDetailInput: {
            abilities: {
                update: boolean;
            };
            address: string | null;
            city: string | null;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            countryCode: string;
            /** @description In the caller's language */
            countryName: string | null;
            createdAt: string;
            /** @description On the labour attaché's list of problematic employers (UU 18/2017 Pasal 10) */
            flagged: boolean;
            flagNote: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer" | "foreign_partner";
            name: string;
            /** Format: uuid */
            officeId: string;
            sector: string | null;
            updatedAt: string;
            version: number;
        };
        EmployerInput: {
            address: string | null;
            city: string | null;
            contactEmail: string | null;
            contactName: string | null;
            contactPhone: string | null;
            countryCode: string;
            /** @description In the caller's language */
            countryName: string | null;
            createdAt: string;
            /** @description On the labour attaché's list of problematic employers (UU 18/2017 Pasal 10) */
            flagged: boolean;
            flagNote: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "employer" | "foreign_partner";
            name: string;
            /** Format: uuid */
            officeId: string;
            sector: string | null;
            updatedAt: string;
            version: number;
        };
        Error: {
            /** @description Stable machine-readable code, e.g. validation_failed, not_found */
            code: string;
            /** @description Message per invalid field, keyed by its path */
            fields?: {
                [key: string]: string;
            };
            /** @description Human-readable message in the caller's language */
            message: string;
            requestId: string;
            statusCode: number;
        };
        ErrorInput: {
            /** @description Stable machine-readable code, e.g. validation_failed, not_found */
            code: string;
            /** @description Message per invalid field, keyed by its path */
            fields?: {
                [key: string]: string;
            };
            /** @description Human-readable message in the caller's language */
            message: string;
            requestId: string;
            statusCode: number;
        };
        FamilyMember: {
            addressLine: string | null;
            birthDate: string | null;
            createdAt: string;
            emergencyContact: boolean;
            fullName: string;
            /** Format: uuid */
            id: string;
            nikMasked: string | null;
            /** Format: uuid */
            personId: string;
            phone: string | null;
            /** @enum {string} */
            relation: "spouse" | "father" | "mother" | "child" | "sibling" | "guardian" | "other";
            version: number;
        };
        FamilyMemberInput: {
            addressLine: string | null;
            birthDate: string | null;
            createdAt: string;
            emergencyContact: boolean;
            fullName: string;
            /** Format: uuid */
            id: string;
            nikMasked: string | null;
            /** Format: uuid */
            personId: string;
            phone: string | null;
            /** @enum {string} */
            relation: "spouse" | "father" | "mother" | "child" | "sibling" | "guardian" | "other";
            version: number;
        };
        Health: {
            /** @enum {string} */
            database: "pglite" | "postgres";
            /** @constant */
            status: "ok";
            version: string;
        };
        HealthInput: {
            /** @enum {string} */
            database: "pglite" | "postgres";
            /** @constant */
            status: "ok";
            version: string;
        };
        JobOrder: {
            agencyId: string | null;
            agencyName: string | null;
            attacheReference: string | null;
            attacheVerifiedAt: string | null;
            attacheVerifiedByName: string | null;
            closingOn: string | null;
            contractMonths: number | null;
            countryCode: string;
            countryName: string | null;
            createdAt: string;
            description: string | null;
            employerId: string | null;
            employerName: string | null;
            extraRules: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            id: string;
            isPublic: boolean;
            occupationCode: string | null;
            occupationTitle: string;
            /** Format: uuid */
            officeId: string;
            permitId: string | null;
            permitNumber: string | null;
            positions: number;
            /** @description JO-<year>-<sequence>, what a family types into "cek lowongan" */
            reference: string;
            salaryCurrency: string | null;
            /** @description Monthly salary in minor units of salaryCurrency */
            salaryMinor: number | null;
            schemeCode: string;
            /** @description In the caller's language */
            schemeName: string;
            /** @enum {string} */
            sector: "formal" | "informal";
            sswFieldCode: string | null;
            sswFieldName: string | null;
            /** @enum {string} */
            status: "draft" | "verified" | "open" | "filled" | "closed";
            targetRegionCode: string | null;
            title: string;
            updatedAt: string;
            version: number;
        };
        JobOrderInput: {
            agencyId: string | null;
            agencyName: string | null;
            attacheReference: string | null;
            attacheVerifiedAt: string | null;
            attacheVerifiedByName: string | null;
            closingOn: string | null;
            contractMonths: number | null;
            countryCode: string;
            countryName: string | null;
            createdAt: string;
            description: string | null;
            employerId: string | null;
            employerName: string | null;
            extraRules: {
                [key: string]: unknown;
            }[];
            /** Format: uuid */
            id: string;
            isPublic: boolean;
            occupationCode: string | null;
            occupationTitle: string;
            /** Format: uuid */
            officeId: string;
            permitId: string | null;
            permitNumber: string | null;
            positions: number;
            /** @description JO-<year>-<sequence>, what a family types into "cek lowongan" */
            reference: string;
            salaryCurrency: string | null;
            /** @description Monthly salary in minor units of salaryCurrency */
            salaryMinor: number | null;
            schemeCode: string;
            /** @description In the caller's language */
            schemeName: string;
            /** @enum {string} */
            sector: "formal" | "informal";
            sswFieldCode: string | null;
            sswFieldName: string | null;
            /** @enum {string} */
            status: "draft" | "verified" | "open" | "filled" | "closed";
            targetRegionCode: string | null;
            title: string;
            updatedAt: string;
            version: number;
        };
        LikelyDuplicate: {
            a: components["schemas"]["PersonSummary"];
            b: components["schemas"]["PersonSummary"];
            reasons: ("name" | "birth_date" | "regency" | "phone")[];
            /** @description Name similarity, 0–1 */
            score: number;
        };
        LikelyDuplicateInput: {
            a: components["schemas"]["PersonSummaryInput"];
            b: components["schemas"]["PersonSummaryInput"];
            reasons: ("name" | "birth_date" | "regency" | "phone")[];
            /** @description Name similarity, 0–1 */
            score: number;
        };
        Me: {
            allOffices: boolean;
            /** @description Send as X-CSRF-Token with every write made with the session cookie */
            csrfToken: string | null;
            divisionId: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "user" | "token";
            /** @enum {string} */
            language: "id" | "en";
            mustChangePassword: boolean;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            /** @enum {string} */
            role: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi" | "token";
            /** @description Permissions as resource:action */
            scopes: string[];
            totpEnabled: boolean;
            /** @description Signed in, but must enrol a second factor before anything else */
            totpEnrolmentRequired: boolean;
        };
        MeInput: {
            allOffices: boolean;
            /** @description Send as X-CSRF-Token with every write made with the session cookie */
            csrfToken: string | null;
            divisionId: string | null;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "user" | "token";
            /** @enum {string} */
            language: "id" | "en";
            mustChangePassword: boolean;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            /** @enum {string} */
            role: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi" | "token";
            /** @description Permissions as resource:action */
            scopes: string[];
            totpEnabled: boolean;
            /** @description Signed in, but must enrol a second factor before anything else */
            totpEnrolmentRequired: boolean;
        };
        NikCheck: {
            /** @description Birth date read from the NIK (century guessed) */
            birthDate: string | null;
            error: components["schemas"]["NikWarning"] | null;
            /** @description A person registered with this NIK whom the caller may see; null otherwise, also when the NIK is held at an office the caller may not see (otherOffice is always false, kept for older clients) */
            existing: {
                fullName: string | null;
                id: string | null;
                otherOffice: boolean;
            } | null;
            /** @description The NIK without spaces, when valid */
            nik: string | null;
            region: {
                district: components["schemas"]["RegionRef"] | null;
                province: components["schemas"]["RegionRef"] | null;
                regency: components["schemas"]["RegionRef"] | null;
            };
            sex: ("female" | "male") | null;
            valid: boolean;
            warnings: components["schemas"]["NikWarning"][];
        };
        NikCheckInput: {
            /** @description Birth date read from the NIK (century guessed) */
            birthDate: string | null;
            error: components["schemas"]["NikWarningInput"] | null;
            /** @description A person registered with this NIK whom the caller may see; null otherwise, also when the NIK is held at an office the caller may not see (otherOffice is always false, kept for older clients) */
            existing: {
                fullName: string | null;
                id: string | null;
                otherOffice: boolean;
            } | null;
            /** @description The NIK without spaces, when valid */
            nik: string | null;
            region: {
                district: components["schemas"]["RegionRefInput"] | null;
                province: components["schemas"]["RegionRefInput"] | null;
                regency: components["schemas"]["RegionRefInput"] | null;
            };
            sex: ("female" | "male") | null;
            valid: boolean;
            warnings: components["schemas"]["NikWarningInput"][];
        };
        NikWarning: {
            code: string;
            message: string;
        };
        NikWarningInput: {
            code: string;
            message: string;
        };
        Office: {
            address: string | null;
            city: string | null;
            code: string;
            divisionCount: number;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "national" | "bp3mi" | "p4mi" | "ltsa";
            name: string;
            phone: string | null;
            provinceCode: string | null;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            version: number;
        };
        OfficeInput: {
            address: string | null;
            city: string | null;
            code: string;
            divisionCount: number;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "national" | "bp3mi" | "p4mi" | "ltsa";
            name: string;
            phone: string | null;
            provinceCode: string | null;
            /** @enum {string} */
            timeZone: "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
            version: number;
        };
        Overview: {
            complaintCategories: number;
            countries: number;
            datasets: {
                loadedAt: string;
                name: string;
                rowCount: number;
                version: string;
            }[];
            divisions: number;
            documentTypes: number;
            offices: number;
            regions: {
                districts: number;
                provinces: number;
                regencies: number;
                villages: number;
            };
            /** @description Persons registered by the office (merged records left out) */
            registry: {
                cpmi: number;
                /** @description Persons whose passport expires within six months */
                passportsExpiring: number;
                pmi: number;
                purna: number;
                women: number;
            };
            sswFields: {
                active: number;
                upcoming: number;
            };
        };
        OverviewInput: {
            complaintCategories: number;
            countries: number;
            datasets: {
                loadedAt: string;
                name: string;
                rowCount: number;
                version: string;
            }[];
            divisions: number;
            documentTypes: number;
            offices: number;
            regions: {
                districts: number;
                provinces: number;
                regencies: number;
                villages: number;
            };
            /** @description Persons registered by the office (merged records left out) */
            registry: {
                cpmi: number;
                /** @description Persons whose passport expires within six months */
                passportsExpiring: number;
                pmi: number;
                purna: number;
                women: number;
            };
            sswFields: {
                active: number;
                upcoming: number;
            };
        };
        Partner: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "pemda" | "lpk" | "university" | "bumn" | "p3mi" | "school" | "ngo" | "foreign";
            name: string;
            /** Format: uuid */
            officeId: string;
            regionCode: string | null;
            version: number;
        };
        PartnerInput: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "pemda" | "lpk" | "university" | "bumn" | "p3mi" | "school" | "ngo" | "foreign";
            name: string;
            /** Format: uuid */
            officeId: string;
            regionCode: string | null;
            version: number;
        };
        Person: {
            /** @description What the caller may do with this record */
            abilities: {
                export: boolean;
                merge: boolean;
                readHealth: boolean;
                reveal: boolean;
                update: boolean;
            };
            addressLine: string | null;
            /** @description The address region from province down to the most precise level entered */
            addressRegion: components["schemas"]["RegionRef"][];
            age: number;
            birthDate: string;
            birthPlace: string | null;
            createdAt: string;
            destinationCountry: components["schemas"]["CountryRef"] | null;
            education: ("none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3") | null;
            email: string | null;
            fullName: string;
            hasPhoto: boolean;
            /** @description Null unless the caller may read health data */
            healthNotes: string | null;
            /** Format: uuid */
            id: string;
            maritalStatus: ("single" | "married" | "divorced" | "widowed") | null;
            /** @description Records merged into this one */
            mergedFrom: {
                fullName: string;
                /** Format: uuid */
                id: string;
                nikMasked: string;
            }[];
            mergedIntoId: string | null;
            /** @description NIK with all but the province and kab/kota digits hidden, e.g. 1674•••••••••••• */
            nikMasked: string;
            /** @description Where the NIK was issued, read from its first six digits */
            nikRegion: {
                district: components["schemas"]["RegionRef"] | null;
                regency: components["schemas"]["RegionRef"] | null;
            };
            /** @description Disagreements between the NIK and the entered data (warnings, not errors) */
            nikWarnings: components["schemas"]["NikWarning"][];
            /** Format: uuid */
            officeId: string;
            originRegency: components["schemas"]["RegionRef"] | null;
            /** @description Number of the newest passport on file, masked */
            passportMasked: string | null;
            phone: string | null;
            score?: number;
            /** @enum {string} */
            sex: "female" | "male";
            /** @enum {string} */
            status: "cpmi" | "pmi" | "purna";
            statusHistory: {
                changedAt: string;
                changedBy: string | null;
                effectiveOn: string;
                fromStatus: ("cpmi" | "pmi" | "purna") | null;
                note: string | null;
                /** @enum {string} */
                toStatus: "cpmi" | "pmi" | "purna";
            }[];
            statusSince: string;
            updatedAt: string;
            version: number;
            /** @description What the record breaks without being refused, e.g. cpmi_under_age: a CPMI younger than 18 (UU 18/2017 Pasal 5) may register but not depart */
            warnings: components["schemas"]["NikWarning"][];
            whatsapp: string | null;
        };
        PersonEligibility: {
            items: components["schemas"]["EligibilityResult"][];
            /** Format: uuid */
            personId: string;
        };
        PersonEligibilityInput: {
            items: components["schemas"]["EligibilityResultInput"][];
            /** Format: uuid */
            personId: string;
        };
        PersonInput: {
            /** @description What the caller may do with this record */
            abilities: {
                export: boolean;
                merge: boolean;
                readHealth: boolean;
                reveal: boolean;
                update: boolean;
            };
            addressLine: string | null;
            /** @description The address region from province down to the most precise level entered */
            addressRegion: components["schemas"]["RegionRefInput"][];
            age: number;
            birthDate: string;
            birthPlace: string | null;
            createdAt: string;
            destinationCountry: components["schemas"]["CountryRefInput"] | null;
            education: ("none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3") | null;
            email: string | null;
            fullName: string;
            hasPhoto: boolean;
            /** @description Null unless the caller may read health data */
            healthNotes: string | null;
            /** Format: uuid */
            id: string;
            maritalStatus: ("single" | "married" | "divorced" | "widowed") | null;
            /** @description Records merged into this one */
            mergedFrom: {
                fullName: string;
                /** Format: uuid */
                id: string;
                nikMasked: string;
            }[];
            mergedIntoId: string | null;
            /** @description NIK with all but the province and kab/kota digits hidden, e.g. 1674•••••••••••• */
            nikMasked: string;
            /** @description Where the NIK was issued, read from its first six digits */
            nikRegion: {
                district: components["schemas"]["RegionRefInput"] | null;
                regency: components["schemas"]["RegionRefInput"] | null;
            };
            /** @description Disagreements between the NIK and the entered data (warnings, not errors) */
            nikWarnings: components["schemas"]["NikWarningInput"][];
            /** Format: uuid */
            officeId: string;
            originRegency: components["schemas"]["RegionRefInput"] | null;
            /** @description Number of the newest passport on file, masked */
            passportMasked: string | null;
            phone: string | null;
            score?: number;
            /** @enum {string} */
            sex: "female" | "male";
            /** @enum {string} */
            status: "cpmi" | "pmi" | "purna";
            statusHistory: {
                changedAt: string;
                changedBy: string | null;
                effectiveOn: string;
                fromStatus: ("cpmi" | "pmi" | "purna") | null;
                note: string | null;
                /** @enum {string} */
                toStatus: "cpmi" | "pmi" | "purna";
            }[];
            statusSince: string;
            updatedAt: string;
            version: number;
            /** @description What the record breaks without being refused, e.g. cpmi_under_age: a CPMI younger than 18 (UU 18/2017 Pasal 5) may register but not depart */
            warnings: components["schemas"]["NikWarningInput"][];
            whatsapp: string | null;
        };
        PersonJobMatch: {
            gaps: {
                ruleId: string;
                /** @description In the caller's language */
                text: string;
            }[];
            jobOrder: {
                closingOn: string | null;
                countryCode: string;
                /** Format: uuid */
                id: string;
                reference: string;
                schemeCode: string;
                title: string;
            };
            ruleVersion: number;
            /** @enum {string} */
            tier: "eligible" | "almost";
            total: number;
        };
        PersonJobMatchInput: {
            gaps: {
                ruleId: string;
                /** @description In the caller's language */
                text: string;
            }[];
            jobOrder: {
                closingOn: string | null;
                countryCode: string;
                /** Format: uuid */
                id: string;
                reference: string;
                schemeCode: string;
                title: string;
            };
            ruleVersion: number;
            /** @enum {string} */
            tier: "eligible" | "almost";
            total: number;
        };
        PersonSummary: {
            age: number;
            birthDate: string;
            createdAt: string;
            destinationCountry: components["schemas"]["CountryRef"] | null;
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @description NIK with all but the province and kab/kota digits hidden, e.g. 1674•••••••••••• */
            nikMasked: string;
            /** Format: uuid */
            officeId: string;
            originRegency: components["schemas"]["RegionRef"] | null;
            phone: string | null;
            score?: number;
            /** @enum {string} */
            sex: "female" | "male";
            /** @enum {string} */
            status: "cpmi" | "pmi" | "purna";
            statusSince: string;
            version: number;
        };
        PersonSummaryInput: {
            age: number;
            birthDate: string;
            createdAt: string;
            destinationCountry: components["schemas"]["CountryRefInput"] | null;
            fullName: string;
            /** Format: uuid */
            id: string;
            /** @description NIK with all but the province and kab/kota digits hidden, e.g. 1674•••••••••••• */
            nikMasked: string;
            /** Format: uuid */
            officeId: string;
            originRegency: components["schemas"]["RegionRefInput"] | null;
            phone: string | null;
            score?: number;
            /** @enum {string} */
            sex: "female" | "male";
            /** @enum {string} */
            status: "cpmi" | "pmi" | "purna";
            statusSince: string;
            version: number;
        };
        Qualification: {
            certificateNumber: string | null;
            countryCode: string | null;
            /** @description In the caller's language */
            countryName: string | null;
            createdAt: string;
            /** @description Expiry; for work history, the end */
            endedOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "language_test" | "competency_certificate" | "skills_test" | "work_history";
            /** @description Level or result: A2, N4, 6.5, lulus */
            level: string | null;
            notes: string | null;
            /** @description Issuer, test centre or employer */
            organisation: string | null;
            /** Format: uuid */
            personId: string;
            sswFieldCode: string | null;
            /** @description In the caller's language */
            sswFieldName: string | null;
            /** @description Date passed or issued; for work history, the start */
            startedOn: string | null;
            /** @description Test or certificate name (JFT-Basic, JLPT…), or the job title for work history */
            title: string;
            version: number;
        };
        QualificationInput: {
            certificateNumber: string | null;
            countryCode: string | null;
            /** @description In the caller's language */
            countryName: string | null;
            createdAt: string;
            /** @description Expiry; for work history, the end */
            endedOn: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "language_test" | "competency_certificate" | "skills_test" | "work_history";
            /** @description Level or result: A2, N4, 6.5, lulus */
            level: string | null;
            notes: string | null;
            /** @description Issuer, test centre or employer */
            organisation: string | null;
            /** Format: uuid */
            personId: string;
            sswFieldCode: string | null;
            /** @description In the caller's language */
            sswFieldName: string | null;
            /** @description Date passed or issued; for work history, the start */
            startedOn: string | null;
            /** @description Test or certificate name (JFT-Basic, JLPT…), or the job title for work history */
            title: string;
            version: number;
        };
        RecruitmentPermit: {
            /** Format: uuid */
            agencyId: string;
            countryCode: string | null;
            countryName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            issuedOn: string | null;
            number: string;
            quota: number;
            remaining: number;
            /** @enum {string} */
            state: "valid" | "expiring" | "expired";
            /** @description Sum of the positions of the job orders on this permit */
            used: number;
            validUntil: string;
            version: number;
        };
        RecruitmentPermitInput: {
            /** Format: uuid */
            agencyId: string;
            countryCode: string | null;
            countryName: string | null;
            createdAt: string;
            /** Format: uuid */
            id: string;
            issuedOn: string | null;
            number: string;
            quota: number;
            remaining: number;
            /** @enum {string} */
            state: "valid" | "expiring" | "expired";
            /** @description Sum of the positions of the job orders on this permit */
            used: number;
            validUntil: string;
            version: number;
        };
        ReferenceDataset: {
            license: string | null;
            loadedAt: string;
            name: string;
            rowCount: number;
            source: string;
            version: string;
        };
        ReferenceDatasetInput: {
            license: string | null;
            loadedAt: string;
            name: string;
            rowCount: number;
            source: string;
            version: string;
        };
        Region: {
            /** @description Kemendagri code, e.g. 16.74 */
            code: string;
            /** @enum {string} */
            level: "province" | "regency" | "district" | "village";
            name: string;
            parentCode: string | null;
            /** @description Names of the enclosing regions, nearest first */
            path: string[];
        };
        RegionInput: {
            /** @description Kemendagri code, e.g. 16.74 */
            code: string;
            /** @enum {string} */
            level: "province" | "regency" | "district" | "village";
            name: string;
            parentCode: string | null;
            /** @description Names of the enclosing regions, nearest first */
            path: string[];
        };
        RegionRef: {
            code: string;
            name: string;
        };
        RegionRefInput: {
            code: string;
            name: string;
        };
        SavedView: {
            filters: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            list: "persons";
            name: string;
            version: number;
        };
        SavedViewInput: {
            filters: {
                [key: string]: string;
            };
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            list: "persons";
            name: string;
            version: number;
        };
        Scheme: {
            abilities: {
                update: boolean;
            };
            active: boolean;
            code: string;
            /** @description ISO 3166-1 alpha-2 */
            countryCodes: string[];
            /** @description In the caller's language */
            description: string;
            descriptionEn: string;
            descriptionId: string;
            /** Format: uuid */
            id: string;
            /** @description In the caller's language */
            name: string;
            nameEn: string;
            nameId: string;
            /** @description The scheme a programme belongs to */
            parentCode: string | null;
            /** @description The current version of the rules */
            ruleVersion: number;
            version: number;
        };
        SchemeDetail: {
            abilities: {
                update: boolean;
            };
            active: boolean;
            code: string;
            /** @description Countries named in the caller's language */
            countries: {
                code: string;
                name: string;
            }[];
            /** @description ISO 3166-1 alpha-2 */
            countryCodes: string[];
            /** @description In the caller's language */
            description: string;
            descriptionEn: string;
            descriptionId: string;
            /** Format: uuid */
            id: string;
            /** @description In the caller's language */
            name: string;
            nameEn: string;
            nameId: string;
            /** @description The scheme a programme belongs to */
            parentCode: string | null;
            /** @description The current rules */
            rules: components["schemas"]["DescribedRule"][];
            /** @description The current version of the rules */
            ruleVersion: number;
            /** @description Every version of the rules, newest first */
            ruleVersions: components["schemas"]["SchemeRuleVersionSummary"][];
            version: number;
        };
        SchemeDetailInput: {
            abilities: {
                update: boolean;
            };
            active: boolean;
            code: string;
            /** @description Countries named in the caller's language */
            countries: {
                code: string;
                name: string;
            }[];
            /** @description ISO 3166-1 alpha-2 */
            countryCodes: string[];
            /** @description In the caller's language */
            description: string;
            descriptionEn: string;
            descriptionId: string;
            /** Format: uuid */
            id: string;
            /** @description In the caller's language */
            name: string;
            nameEn: string;
            nameId: string;
            /** @description The scheme a programme belongs to */
            parentCode: string | null;
            /** @description The current rules */
            rules: components["schemas"]["DescribedRuleInput"][];
            /** @description The current version of the rules */
            ruleVersion: number;
            /** @description Every version of the rules, newest first */
            ruleVersions: components["schemas"]["SchemeRuleVersionSummaryInput"][];
            version: number;
        };
        SchemeInput: {
            abilities: {
                update: boolean;
            };
            active: boolean;
            code: string;
            /** @description ISO 3166-1 alpha-2 */
            countryCodes: string[];
            /** @description In the caller's language */
            description: string;
            descriptionEn: string;
            descriptionId: string;
            /** Format: uuid */
            id: string;
            /** @description In the caller's language */
            name: string;
            nameEn: string;
            nameId: string;
            /** @description The scheme a programme belongs to */
            parentCode: string | null;
            /** @description The current version of the rules */
            ruleVersion: number;
            version: number;
        };
        SchemeRuleVersion: {
            createdAt: string;
            /** @description Null for the seeded catalogue */
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            current: boolean;
            note: string | null;
            rules: components["schemas"]["DescribedRule"][];
            ruleVersion: number;
            schemeCode: string;
        };
        SchemeRuleVersionInput: {
            createdAt: string;
            /** @description Null for the seeded catalogue */
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            current: boolean;
            note: string | null;
            rules: components["schemas"]["DescribedRuleInput"][];
            ruleVersion: number;
            schemeCode: string;
        };
        SchemeRuleVersionSummary: {
            createdAt: string;
            /** @description Null for the seeded catalogue */
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            note: string | null;
            ruleVersion: number;
        };
        SchemeRuleVersionSummaryInput: {
            createdAt: string;
            /** @description Null for the seeded catalogue */
            createdBy: {
                /** Format: uuid */
                id: string;
                name: string;
            } | null;
            note: string | null;
            ruleVersion: number;
        };
        Session: {
            createdAt: string;
            current: boolean;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            lastSeenAt: string;
            userAgent: string | null;
        };
        SessionInput: {
            createdAt: string;
            current: boolean;
            expiresAt: string;
            /** Format: uuid */
            id: string;
            ip: string | null;
            lastSeenAt: string;
            userAgent: string | null;
        };
        SswField: {
            code: string;
            /** @description Date the field opens (YYYY-MM-DD) */
            effectiveFrom: string;
            effectiveTo: string | null;
            nameEn: string;
            nameId: string;
            nameJa: string | null;
            /** @description Also open for SSW (ii) */
            ssw2: boolean;
        };
        SswFieldInput: {
            code: string;
            /** @description Date the field opens (YYYY-MM-DD) */
            effectiveFrom: string;
            effectiveTo: string | null;
            nameEn: string;
            nameId: string;
            nameJa: string | null;
            /** @description Also open for SSW (ii) */
            ssw2: boolean;
        };
        TimelineEvent: {
            /** @description Who acted, as recorded then (a user email or a token name) */
            actorLabel: string | null;
            /** @description The name of the user who acted, when a user did */
            actorName: string | null;
            at: string;
            data: {
                [key: string]: string | number | boolean | null;
            } | null;
            id: number;
            kind: string;
            module: string;
            refId: string | null;
            refType: string | null;
        };
        TimelineEventInput: {
            /** @description Who acted, as recorded then (a user email or a token name) */
            actorLabel: string | null;
            /** @description The name of the user who acted, when a user did */
            actorName: string | null;
            at: string;
            data: {
                [key: string]: string | number | boolean | null;
            } | null;
            id: number;
            kind: string;
            module: string;
            refId: string | null;
            refType: string | null;
        };
        TotpSetup: {
            /** @description QR code as an SVG data URL */
            qrDataUrl: string;
            /** @description Base32 secret, for typing into an app by hand */
            secret: string;
            uri: string;
        };
        TotpSetupInput: {
            /** @description QR code as an SVG data URL */
            qrDataUrl: string;
            /** @description Base32 secret, for typing into an app by hand */
            secret: string;
            uri: string;
        };
        User: {
            /** @description What the caller may do with this record */
            abilities: {
                disable: boolean;
                update: boolean;
            };
            createdAt: string;
            disabled: boolean;
            divisionId: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "id" | "en";
            lastSignInAt: string | null;
            mustChangePassword: boolean;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            /** @enum {string} */
            role: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi";
            totpEnabled: boolean;
            version: number;
        };
        UserInput: {
            /** @description What the caller may do with this record */
            abilities: {
                disable: boolean;
                update: boolean;
            };
            createdAt: string;
            disabled: boolean;
            divisionId: string | null;
            email: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "id" | "en";
            lastSignInAt: string | null;
            mustChangePassword: boolean;
            name: string;
            /** Format: uuid */
            officeId: string;
            partnerId: string | null;
            /** @enum {string} */
            role: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi";
            totpEnabled: boolean;
            version: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgencies: {
        parameters: {
            query?: {
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                licenceState?: "valid" | "expiring" | "expired";
                page?: number;
                pageSize?: number;
                /** @description Name or SIP3MI number */
                q?: string;
                /** @description Field to sort by; prefix with - for descending */
                sort?: "name" | "-name" | "licenceValidUntil" | "-licenceValidUntil" | "createdAt" | "-createdAt";
                status?: "active" | "suspended" | "revoked";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAgency: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    email?: string | null;
                    headAgencyId?: string | null;
                    licenceIssuedOn?: string | null;
                    /** @description SIP3MI number */
                    licenceNumber: string;
                    /** Format: date */
                    licenceValidUntil: string;
                    name: string;
                    partnerId?: string | null;
                    phone?: string | null;
                    regionCode?: string | null;
                    /**
                     * @default active
                     * @enum {string}
                     */
                    status?: "active" | "suspended" | "revoked";
                    /** @description Required when the status is suspended or revoked */
                    statusReason?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    email?: string | null;
                    headAgencyId?: string | null;
                    licenceIssuedOn?: string | null;
                    /** @description SIP3MI number */
                    licenceNumber?: string;
                    /** Format: date */
                    licenceValidUntil?: string;
                    name?: string;
                    partnerId?: string | null;
                    phone?: string | null;
                    regionCode?: string | null;
                    /** @enum {string} */
                    status?: "active" | "suspended" | "revoked";
                    /** @description Required when the status is suspended or revoked */
                    statusReason?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgencyDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAgencyPermits: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["RecruitmentPermit"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAgencyPermit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    countryCode?: string | null;
                    issuedOn?: string | null;
                    /** @description SIP2MI number, unique */
                    number: string;
                    quota: number;
                    /** Format: date */
                    validUntil: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentPermit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateAgencyPermit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                permitId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    countryCode?: string | null;
                    issuedOn?: string | null;
                    /** @description SIP2MI number, unique */
                    number?: string;
                    quota?: number;
                    /** Format: date */
                    validUntil?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentPermit"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ApiToken"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    expiresAt?: string;
                    name: string;
                    scopes: ("offices:read" | "offices:create" | "offices:update" | "offices:export" | "offices:reveal" | "offices:merge" | "users:read" | "users:create" | "users:update" | "users:export" | "users:reveal" | "users:merge" | "api-tokens:read" | "api-tokens:create" | "api-tokens:update" | "api-tokens:export" | "api-tokens:reveal" | "api-tokens:merge" | "audit-events:read" | "audit-events:create" | "audit-events:update" | "audit-events:export" | "audit-events:reveal" | "audit-events:merge" | "reports:read" | "reports:create" | "reports:update" | "reports:export" | "reports:reveal" | "reports:merge" | "partners:read" | "partners:create" | "partners:update" | "partners:export" | "partners:reveal" | "partners:merge" | "persons:read" | "persons:create" | "persons:update" | "persons:export" | "persons:reveal" | "persons:merge" | "person-health:read" | "person-health:create" | "person-health:update" | "person-health:export" | "person-health:reveal" | "person-health:merge" | "schemes:read" | "schemes:create" | "schemes:update" | "schemes:export" | "schemes:reveal" | "schemes:merge" | "agencies:read" | "agencies:create" | "agencies:update" | "agencies:export" | "agencies:reveal" | "agencies:merge" | "employers:read" | "employers:create" | "employers:update" | "employers:export" | "employers:reveal" | "employers:merge" | "job-orders:read" | "job-orders:create" | "job-orders:update" | "job-orders:export" | "job-orders:reveal" | "job-orders:merge" | "applications:read" | "applications:create" | "applications:update" | "applications:export" | "applications:reveal" | "applications:merge")[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        apiToken: components["schemas"]["ApiToken"];
                        /** @description Shown once */
                        token: string;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiToken"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: {
                jobOrderId?: string;
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
                personId?: string;
                /** @description Person name or job order reference */
                q?: string;
                stage?: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Application"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApplication: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    jobOrderId?: string;
                    /** @description Required to register a person who is not eligible; recorded with the application */
                    overrideReason?: string | null;
                    /** Format: uuid */
                    personId: string;
                    /** @description Without a job order: the scheme applied to */
                    schemeCode?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    moveApplication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effectiveOn: string;
                    note?: string | null;
                    /** @description Required when stages are skipped */
                    skipReason?: string | null;
                    /** @enum {string} */
                    toStage: "registration" | "selection" | "medical" | "placement_agreement" | "social_security" | "visa" | "opp" | "work_contract" | "departure" | "returned" | "withdrawn" | "rejected";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actorUserId?: string;
                from?: string;
                lang?: "id" | "en";
                outcome?: "success" | "failure" | "denied";
                page?: number;
                pageSize?: number;
                resourceId?: string;
                resourceType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actorUserId?: string;
                from?: string;
                lang?: "id" | "en";
                outcome?: "success" | "failure" | "denied";
                resourceId?: string;
                resourceType?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/csv */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    language: "id" | "en";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    currentPassword: string;
                    newPassword: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMySessions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Session"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endMySession: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    email: string;
                    password: string;
                    /** @description Six-digit code from the authenticator app, or a recovery code */
                    totp?: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    code: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once: store them safely */
                        recoveryCodes: string[];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startTotpSetup: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TotpSetup"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listComplaintCategories: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ComplaintCategory"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCountries: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Country"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDocumentTypes: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DocumentType"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEmployers: {
        parameters: {
            query?: {
                country?: string;
                flagged?: "true" | "false";
                kind?: "employer" | "foreign_partner";
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
                /** @description Name, city or sector */
                q?: string;
                /** @description Field to sort by; prefix with - for descending */
                sort?: "name" | "-name" | "countryCode" | "-countryCode" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Employer"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    city?: string | null;
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    /** @description ISO alpha-2 (GET /api/countries) */
                    countryCode: string;
                    /** @default false */
                    flagged?: boolean;
                    /** @description Required when flagged: what the attaché reported */
                    flagNote?: string | null;
                    /**
                     * @default employer
                     * @enum {string}
                     */
                    kind?: "employer" | "foreign_partner";
                    name: string;
                    sector?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateEmployer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    address?: string | null;
                    city?: string | null;
                    contactEmail?: string | null;
                    contactName?: string | null;
                    contactPhone?: string | null;
                    countryCode?: string;
                    flagged?: boolean;
                    /** @description Required when flagged: what the attaché reported */
                    flagNote?: string | null;
                    /** @enum {string} */
                    kind?: "employer" | "foreign_partner";
                    name?: string;
                    sector?: string | null;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description Default Response */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobOrders: {
        parameters: {
            query?: {
                agency?: string;
                country?: string;
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
                public?: "true" | "false";
                /** @description Text search */
                q?: string;
                /** @description Scheme code */
                scheme?: string;
                /** @description Field to sort by; prefix with - for descending (default: newest first) */
                sort?: "createdAt" | "-createdAt" | "reference" | "-reference" | "title" | "-title" | "closingOn" | "-closingOn" | "positions" | "-positions";
                sswField?: string;
                status?: "draft" | "verified" | "open" | "filled" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["JobOrder"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createJobOrder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agencyId?: string | null;
                    closingOn?: string | null;
                    contractMonths?: number | null;
                    /** @description ISO alpha-2 */
                    countryCode: string;
                    description?: string | null;
                    employerId?: string | null;
                    /** @default [] */
                    extraRules?: ({
                        id: string;
                        /** @enum {string} */
                        kind: "age_min";
                        years: number;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "age_max";
                        years: number;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "education_min";
                        /** @enum {string} */
                        level: "none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3";
                    } | {
                        anyOf: {
                            minLevel: string;
                            test: string;
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "language";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "skills_test";
                        sswFieldCode?: string;
                        title?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "health_certificate";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "documents";
                        typeCodes: string[];
                        verified?: boolean;
                    } | {
                        allowed: ("female" | "male")[];
                        id: string;
                        /** @enum {string} */
                        kind: "sex";
                    } | {
                        allowed: ("cpmi" | "pmi" | "purna")[];
                        id: string;
                        /** @enum {string} */
                        kind: "status";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "work_experience";
                        minMonths: number;
                        sswFieldCode?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "other";
                        text: string;
                    })[];
                    /** @default false */
                    isPublic?: boolean;
                    /** @description KBJI 2014 / ISCO-08, 4 digits */
                    occupationCode?: string | null;
                    occupationTitle: string;
                    permitId?: string | null;
                    positions: number;
                    /** @description ISO 4217, required with salaryMinor */
                    salaryCurrency?: string | null;
                    salaryMinor?: number | null;
                    /** @description The scheme by its code (GET /api/schemes): g_to_g, p_to_p, ssw_japan… */
                    schemeCode: string;
                    /**
                     * @default formal
                     * @enum {string}
                     */
                    sector?: "formal" | "informal";
                    /** @description Required for ssw_japan (GET /api/ssw-fields) */
                    sswFieldCode?: string | null;
                    targetRegionCode?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getJobOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateJobOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agencyId?: string | null;
                    closingOn?: string | null;
                    contractMonths?: number | null;
                    /** @description ISO alpha-2 */
                    countryCode?: string;
                    description?: string | null;
                    employerId?: string | null;
                    extraRules?: ({
                        id: string;
                        /** @enum {string} */
                        kind: "age_min";
                        years: number;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "age_max";
                        years: number;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "education_min";
                        /** @enum {string} */
                        level: "none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3";
                    } | {
                        anyOf: {
                            minLevel: string;
                            test: string;
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "language";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "skills_test";
                        sswFieldCode?: string;
                        title?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "health_certificate";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "documents";
                        typeCodes: string[];
                        verified?: boolean;
                    } | {
                        allowed: ("female" | "male")[];
                        id: string;
                        /** @enum {string} */
                        kind: "sex";
                    } | {
                        allowed: ("cpmi" | "pmi" | "purna")[];
                        id: string;
                        /** @enum {string} */
                        kind: "status";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "work_experience";
                        minMonths: number;
                        sswFieldCode?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "other";
                        text: string;
                    })[];
                    isPublic?: boolean;
                    /** @description KBJI 2014 / ISCO-08, 4 digits */
                    occupationCode?: string | null;
                    occupationTitle?: string;
                    permitId?: string | null;
                    positions?: number;
                    /** @description ISO 4217, required with salaryMinor */
                    salaryCurrency?: string | null;
                    salaryMinor?: number | null;
                    /** @enum {string} */
                    sector?: "formal" | "informal";
                    /** @description Required for ssw_japan (GET /api/ssw-fields) */
                    sswFieldCode?: string | null;
                    targetRegionCode?: string | null;
                    title?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listJobOrderMatches: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Comma list of tiers: eligible, to_check, almost, not_eligible (default eligible,to_check,almost) */
                tier?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counts: {
                            almost: number;
                            eligible: number;
                            not_eligible: number;
                            to_check: number;
                        };
                        items: components["schemas"]["CandidateMatch"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeJobOrderStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required when moving to verified: the labour attaché’s letter or reference */
                    attacheReference?: string | null;
                    note?: string | null;
                    /** @enum {string} */
                    status: "draft" | "verified" | "open" | "filled" | "closed";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JobOrder"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOffices: {
        parameters: {
            query?: {
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
                /** @description Text search */
                q?: string;
                /** @description Field to sort by; prefix with - for descending */
                sort?: "name" | "-name" | "code" | "-code";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Office"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOffice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Office"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOfficeDivisions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Division"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPartners: {
        parameters: {
            query?: {
                kind?: "pemda" | "lpk" | "university" | "bumn" | "p3mi" | "school" | "ngo" | "foreign";
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
                /** @description Text search */
                q?: string;
                /** @description Field to sort by; prefix with - for descending */
                sort?: "name" | "-name";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Partner"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPersons: {
        parameters: {
            query?: {
                ageBand?: "under18" | "18-24" | "25-34" | "35-44" | "45plus";
                /** @description Destination country, ISO alpha-2 */
                country?: string;
                lang?: "id" | "en";
                officeId?: string;
                page?: number;
                pageSize?: number;
                /** @description 6m: only persons with a passport that expires within six months from today and has not expired yet (the dashboard count) */
                passportExpiring?: "6m";
                /** @description Name, phone, NIK or passport number */
                q?: string;
                /** @description Kab/kota of origin, e.g. 16.74 */
                regency?: string;
                sex?: "female" | "male";
                /** @description Field to sort by, - for descending; default: best match when searching by name, else newest first */
                sort?: "fullName" | "-fullName" | "birthDate" | "-birthDate" | "createdAt" | "-createdAt" | "status" | "-status";
                status?: "cpmi" | "pmi" | "purna";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonSummary"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressLine?: string | null;
                    addressRegionCode?: string | null;
                    /** Format: date */
                    birthDate: string;
                    birthPlace?: string | null;
                    destinationCountryCode?: string | null;
                    education?: ("none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3") | null;
                    email?: string | null;
                    fullName: string;
                    healthNotes?: string | null;
                    maritalStatus?: ("single" | "married" | "divorced" | "widowed") | null;
                    nik: string;
                    /**
                     * Format: uuid
                     * @description Processing office; defaults to the caller's
                     */
                    officeId?: string;
                    phone?: string | null;
                    /** @enum {string} */
                    sex: "female" | "male";
                    /**
                     * @description Usually cpmi; a returnee registering for a programme starts as purna
                     * @default cpmi
                     * @enum {string}
                     */
                    status?: "cpmi" | "pmi" | "purna";
                    /**
                     * Format: date
                     * @description Defaults to today
                     */
                    statusSince?: string;
                    whatsapp?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Persons who look like the same person: review them */
                        likelyDuplicates: components["schemas"]["PersonSummary"][];
                        person: components["schemas"]["Person"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressLine?: string | null;
                    addressRegionCode?: string | null;
                    /** Format: date */
                    birthDate?: string;
                    birthPlace?: string | null;
                    destinationCountryCode?: string | null;
                    education?: ("none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3") | null;
                    email?: string | null;
                    fullName?: string;
                    healthNotes?: string | null;
                    maritalStatus?: ("single" | "married" | "divorced" | "widowed") | null;
                    phone?: string | null;
                    /** @enum {string} */
                    sex?: "female" | "male";
                    version: number;
                    whatsapp?: string | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listConsents: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Consent"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "paper" | "in_person" | "phone" | "whatsapp" | "online";
                    /** Format: date */
                    givenOn: string;
                    /** @enum {string} */
                    legalBasis: "consent" | "contract" | "legal_obligation" | "vital_interest" | "public_task" | "legitimate_interest";
                    /** @description What the data is processed for, e.g. "Penempatan ke Jepang melalui P3MI" */
                    purpose: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    withdrawConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                consentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    version: number;
                    /** Format: date */
                    withdrawnOn: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Consent"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPersonDocuments: {
        parameters: {
            query?: {
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Document"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createPersonDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiresOn?: string | null;
                    issuedOn?: string | null;
                    issuer?: string | null;
                    notes?: string | null;
                    number?: string | null;
                    typeCode: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deletePersonDocument: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updatePersonDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    expiresOn?: string | null;
                    issuedOn?: string | null;
                    issuer?: string | null;
                    notes?: string | null;
                    number?: string | null;
                    typeCode?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPersonDocumentFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The scan, with the media type detected at upload */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPersonDocumentFile: {
        parameters: {
            query?: {
                /** @description Current version of the record; optional */
                version?: number;
            };
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file: one part named "file"
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyPersonDocument: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPersonEligibility: {
        parameters: {
            query?: {
                /** @description A job order: its scheme's rules and its own */
                jobOrder?: string;
                lang?: "id" | "en";
                /** @description Judge ages and validity on this day (a planned departure); default today */
                referenceDate?: string;
                /** @description A scheme or programme code */
                scheme?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonEligibility"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportPersonData: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listFamilyMembers: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["FamilyMember"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createFamilyMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressLine?: string | null;
                    birthDate?: string | null;
                    /**
                     * @description Whom to call in an emergency; needs a phone number
                     * @default false
                     */
                    emergencyContact?: boolean;
                    fullName: string;
                    nik?: string | null;
                    phone?: string | null;
                    /** @enum {string} */
                    relation: "spouse" | "father" | "mother" | "child" | "sibling" | "guardian" | "other";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMember"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteFamilyMember: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateFamilyMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    addressLine?: string | null;
                    birthDate?: string | null;
                    emergencyContact?: boolean;
                    fullName?: string;
                    nik?: string | null;
                    phone?: string | null;
                    /** @enum {string} */
                    relation?: "spouse" | "father" | "mother" | "child" | "sibling" | "guardian" | "other";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FamilyMember"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listPersonJobMatches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonJobMatch"][];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPersonPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The image */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                    "image/png": string;
                    "image/webp": string;
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putPersonPhoto: {
        parameters: {
            query?: {
                /** @description Current version of the record; optional */
                version?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file: one part named "file"
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listQualifications: {
        parameters: {
            query?: {
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Qualification"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createQualification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    certificateNumber?: string | null;
                    /** @description ISO alpha-2; required for work history */
                    countryCode?: string | null;
                    endedOn?: string | null;
                    /** @enum {string} */
                    kind: "language_test" | "competency_certificate" | "skills_test" | "work_history";
                    level?: string | null;
                    notes?: string | null;
                    organisation?: string | null;
                    /** @description Field of Japan’s SSW scheme (GET /api/ssw-fields) */
                    sswFieldCode?: string | null;
                    startedOn?: string | null;
                    title: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Qualification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteQualification: {
        parameters: {
            query: {
                version: number;
            };
            header?: never;
            path: {
                id: string;
                qualificationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateQualification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                qualificationId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    certificateNumber?: string | null;
                    /** @description ISO alpha-2; required for work history */
                    countryCode?: string | null;
                    endedOn?: string | null;
                    /** @enum {string} */
                    kind?: "language_test" | "competency_certificate" | "skills_test" | "work_history";
                    level?: string | null;
                    notes?: string | null;
                    organisation?: string | null;
                    /** @description Field of Japan’s SSW scheme (GET /api/ssw-fields) */
                    sswFieldCode?: string | null;
                    startedOn?: string | null;
                    title?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Qualification"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealPersonIdentifier: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    field: "nik" | "passport";
                    /** @description Why the full number is needed; kept in the audit log */
                    reason: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        field: "nik" | "passport";
                        value: string | null;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePersonStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    effectiveOn: string;
                    note?: string | null;
                    /** @enum {string} */
                    status: "cpmi" | "pmi" | "purna";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPersonTimeline: {
        parameters: {
            query?: {
                order?: "asc" | "desc";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["TimelineEvent"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLikelyDuplicates: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["LikelyDuplicate"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dismissLikelyDuplicate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    personA: string;
                    /** Format: uuid */
                    personB: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    mergePersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: uuid */
                    duplicateId: string;
                    duplicateVersion: number;
                    reason: string;
                    /** Format: uuid */
                    survivorId: string;
                    survivorVersion: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    checkNik: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    birthDate?: string | null;
                    nik: string;
                    sex?: ("female" | "male") | null;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NikCheck"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchPersons: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    ageBand?: "under18" | "18-24" | "25-34" | "35-44" | "45plus";
                    /** @description Destination country, ISO alpha-2 */
                    country?: string;
                    /** Format: uuid */
                    officeId?: string;
                    /** @default 1 */
                    page?: number;
                    /** @default 25 */
                    pageSize?: number;
                    /**
                     * @description 6m: only persons with a passport that expires within six months from today and has not expired yet (the dashboard count)
                     * @enum {string}
                     */
                    passportExpiring?: "6m";
                    q?: string;
                    /** @description Kab/kota of origin, e.g. 16.74 */
                    regency?: string;
                    /** @enum {string} */
                    sex?: "female" | "male";
                    /** @enum {string} */
                    sort?: "fullName" | "-fullName" | "birthDate" | "-birthDate" | "createdAt" | "-createdAt" | "status" | "-status";
                    /** @enum {string} */
                    status?: "cpmi" | "pmi" | "purna";
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["PersonSummary"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReferenceDatasets: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ReferenceDataset"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listRegions: {
        parameters: {
            query?: {
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                level?: "province" | "regency" | "district" | "village";
                page?: number;
                pageSize?: number;
                /** @description Only the regions directly under this one */
                parentCode?: string;
                /** @description Text search */
                q?: string;
                /** @description Field to sort by; prefix with - for descending */
                sort?: "name" | "-name" | "code" | "-code";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Region"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRegion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Region"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOverview: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overview"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSavedViews: {
        parameters: {
            query: {
                list: "persons";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SavedView"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    filters: {
                        [key: string]: string;
                    };
                    /** @enum {string} */
                    list: "persons";
                    name: string;
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SavedView"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteSavedView: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSchemes: {
        parameters: {
            query?: {
                /** @description Only active (true) or inactive (false) schemes */
                active?: "true" | "false";
                lang?: "id" | "en";
                page?: number;
                pageSize?: number;
                /** @description Text search in code and names */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Scheme"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateScheme: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    countryCodes?: string[];
                    descriptionEn?: string;
                    descriptionId?: string;
                    nameEn?: string;
                    nameId?: string;
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scheme"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSchemeRules: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why the rules change (an amendment, a new condition) */
                    note: string;
                    rules: ({
                        id: string;
                        /** @enum {string} */
                        kind: "age_min";
                        years: number;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "age_max";
                        years: number;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "education_min";
                        /** @enum {string} */
                        level: "none" | "sd" | "smp" | "sma" | "smk" | "d1" | "d2" | "d3" | "d4" | "s1" | "s2" | "s3";
                    } | {
                        anyOf: {
                            minLevel: string;
                            test: string;
                        }[];
                        id: string;
                        /** @enum {string} */
                        kind: "language";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "skills_test";
                        sswFieldCode?: string;
                        title?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "health_certificate";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "documents";
                        typeCodes: string[];
                        verified?: boolean;
                    } | {
                        allowed: ("female" | "male")[];
                        id: string;
                        /** @enum {string} */
                        kind: "sex";
                    } | {
                        allowed: ("cpmi" | "pmi" | "purna")[];
                        id: string;
                        /** @enum {string} */
                        kind: "status";
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "work_experience";
                        minMonths: number;
                        sswFieldCode?: string;
                    } | {
                        id: string;
                        /** @enum {string} */
                        kind: "other";
                        text: string;
                    })[];
                    /** @description The scheme's version as read */
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeDetail"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSchemeRuleVersion: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
                ruleVersion: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SchemeRuleVersion"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSswFields: {
        parameters: {
            query?: {
                lang?: "id" | "en";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SswField"][];
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                disabled?: "true" | "false";
                /** @description Language of messages and labels */
                lang?: "id" | "en";
                officeId?: string;
                page?: number;
                pageSize?: number;
                /** @description Text search */
                q?: string;
                role?: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi";
                /** @description Field to sort by; prefix with - for descending */
                sort?: "name" | "-name" | "email" | "-email" | "role" | "-role" | "createdAt" | "-createdAt";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        page: number;
                        pageSize: number;
                        total: number;
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    divisionId?: string | null;
                    email: string;
                    name: string;
                    /**
                     * Format: uuid
                     * @description Defaults to the administrator's office
                     */
                    officeId?: string;
                    partnerId?: string | null;
                    /** @description Initial password; when absent one is generated and returned once */
                    password?: string;
                    /** @enum {string} */
                    role: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi";
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Shown once, when generated */
                        initialPassword: string | null;
                        user: components["schemas"]["User"];
                    };
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A disabled user is cut off on their next request */
                    disabled?: boolean;
                    divisionId?: string | null;
                    name?: string;
                    partnerId?: string | null;
                    /** @enum {string} */
                    role?: "administrator" | "kepala" | "staff" | "humas" | "national_viewer" | "partner_pemda" | "partner_lpk" | "partner_mentor" | "partner_bumn" | "partner_p3mi";
                    version: number;
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Default Response */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Default Response */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
