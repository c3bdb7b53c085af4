import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const apiTags = [
  { name: 'system', description: 'Kesehatan layanan dan metadata / service health and metadata' },
  { name: 'auth', description: 'Masuk, keluar, autentikator, sesi / sign-in, second factor, sessions' },
  { name: 'users', description: 'Administrasi pengguna / user administration' },
  { name: 'api-tokens', description: 'Token integrasi / integration tokens' },
  { name: 'audit', description: 'Log audit / audit log' },
  { name: 'reference', description: 'Data referensi: wilayah, negara, bidang SSW, jenis dokumen, kategori pengaduan' },
  { name: 'organisation', description: 'Kantor dan bagian / offices and divisions' },
  { name: 'reports', description: 'Ringkasan dan laporan / summaries and reports' },
  { name: 'persons', description: 'Registri orang (CPMI, PMI, PMI Purna): NIK, status, data ganda, riwayat / the registry' },
  { name: 'family', description: 'Keluarga dan kontak darurat / family members and emergency contacts' },
  { name: 'documents', description: 'Dokumen (UU 18/2017 Pasal 13 dan pendaftaran) dengan berkas / documents and scans' },
  { name: 'files', description: 'Berkas unggahan: foto / uploaded files: photos' },
  { name: 'qualifications', description: 'Tes bahasa, sertifikat, uji keterampilan SSW, pengalaman kerja / qualifications' },
  { name: 'consents', description: 'Persetujuan dan dasar hukum pemrosesan (UU 27/2022) / consent and legal basis' },
  { name: 'saved-views', description: 'Tampilan daftar tersimpan / saved list views' },
];

/** The OpenAPI 3.1 document, generated from the route schemas, and the interactive docs at /api/docs. */
export const openapiPlugin = fp(
  async (app: FastifyInstance, opts: { version: string }) => {
    await app.register(fastifySwagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Balai API',
          description:
            'API Balai untuk BP3MI: pendataan PMI, penempatan, kemitraan, pelindungan, rencana aksi dan portal publik. ' +
            'Errors answer { statusCode, code, message, requestId, fields? }; lists answer { items, total, page, pageSize }.',
          version: opts.version,
          license: { name: 'AGPL-3.0-or-later' },
        },
        tags: apiTags,
        components: {
          securitySchemes: {
            session: {
              type: 'apiKey',
              in: 'cookie',
              name: 'balai_session',
              description: 'Set by POST /api/auth/sign-in; writes also need the X-CSRF-Token header',
            },
            bearer: { type: 'http', scheme: 'bearer', description: 'Integration token issued by an administrator' },
          },
        },
        security: [{ session: [] }, { bearer: [] }],
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(fastifySwaggerUi, {
      routePrefix: '/api/docs',
      uiConfig: { docExpansion: 'list', deepLinking: true },
      staticCSP: true,
      transformSpecificationClone: true,
    });
  },
  { name: 'openapi' },
);
