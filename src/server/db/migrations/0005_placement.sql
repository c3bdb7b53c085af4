CREATE TABLE "agencies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"licence_number" text NOT NULL,
	"licence_issued_on" date,
	"licence_valid_until" date NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"status_reason" text,
	"head_agency_id" uuid,
	"address" text,
	"region_code" text,
	"phone" text,
	"email" text,
	"partner_id" uuid
);
--> statement-breakpoint
CREATE TABLE "application_stage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"from_stage" text,
	"to_stage" text NOT NULL,
	"effective_on" date NOT NULL,
	"skipped_stages" text[] DEFAULT '{}'::text[] NOT NULL,
	"reason" text,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"office_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"job_order_id" uuid,
	"scheme_id" uuid NOT NULL,
	"stage" text DEFAULT 'registration' NOT NULL,
	"stage_since" date NOT NULL,
	"eligibility" jsonb,
	"departed_on" date,
	"returned_on" date,
	"closed_reason" text,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"office_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text DEFAULT 'employer' NOT NULL,
	"country_code" text NOT NULL,
	"city" text,
	"address" text,
	"sector" text,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"flagged" boolean DEFAULT false NOT NULL,
	"flag_note" text
);
--> statement-breakpoint
CREATE TABLE "job_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"office_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"title" text NOT NULL,
	"scheme_id" uuid NOT NULL,
	"country_code" text NOT NULL,
	"employer_id" uuid,
	"agency_id" uuid,
	"permit_id" uuid,
	"occupation_code" text,
	"occupation_title" text NOT NULL,
	"ssw_field_code" text,
	"sector" text DEFAULT 'formal' NOT NULL,
	"positions" integer NOT NULL,
	"salary_minor" bigint,
	"salary_currency" text,
	"contract_months" smallint,
	"extra_rules" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"target_region_code" text,
	"description" text,
	"closing_on" date,
	"status" text DEFAULT 'draft' NOT NULL,
	"attache_verified_at" timestamp with time zone,
	"attache_verified_by" uuid,
	"attache_reference" text,
	"is_public" boolean DEFAULT false NOT NULL,
	"created_by" uuid
);
--> statement-breakpoint
CREATE TABLE "recruitment_permits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"agency_id" uuid NOT NULL,
	"number" text NOT NULL,
	"country_code" text,
	"issued_on" date,
	"valid_until" date NOT NULL,
	"quota" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scheme_rule_versions" (
	"scheme_id" uuid NOT NULL,
	"rule_version" integer NOT NULL,
	"rules" jsonb NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "scheme_rule_versions_scheme_id_rule_version_pk" PRIMARY KEY("scheme_id","rule_version")
);
--> statement-breakpoint
CREATE TABLE "schemes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"name_id" text NOT NULL,
	"name_en" text NOT NULL,
	"description_id" text DEFAULT '' NOT NULL,
	"description_en" text DEFAULT '' NOT NULL,
	"country_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"rule_version" integer DEFAULT 1 NOT NULL,
	"sort_order" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agencies" ADD CONSTRAINT "agencies_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stage_events" ADD CONSTRAINT "application_stage_events_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_stage_events" ADD CONSTRAINT "application_stage_events_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_job_order_id_job_orders_id_fk" FOREIGN KEY ("job_order_id") REFERENCES "public"."job_orders"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_permit_id_recruitment_permits_id_fk" FOREIGN KEY ("permit_id") REFERENCES "public"."recruitment_permits"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_ssw_field_code_ssw_fields_code_fk" FOREIGN KEY ("ssw_field_code") REFERENCES "public"."ssw_fields"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_target_region_code_regions_code_fk" FOREIGN KEY ("target_region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_attache_verified_by_users_id_fk" FOREIGN KEY ("attache_verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job_orders" ADD CONSTRAINT "job_orders_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_permits" ADD CONSTRAINT "recruitment_permits_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recruitment_permits" ADD CONSTRAINT "recruitment_permits_country_code_countries_code_fk" FOREIGN KEY ("country_code") REFERENCES "public"."countries"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_rule_versions" ADD CONSTRAINT "scheme_rule_versions_scheme_id_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scheme_rule_versions" ADD CONSTRAINT "scheme_rule_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "agencies_licence_uq" ON "agencies" USING btree (upper("licence_number"));--> statement-breakpoint
CREATE INDEX "agencies_office_idx" ON "agencies" USING btree ("office_id","name");--> statement-breakpoint
CREATE INDEX "application_stage_events_app_idx" ON "application_stage_events" USING btree ("application_id","changed_at");--> statement-breakpoint
CREATE INDEX "applications_person_idx" ON "applications" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_person_job_order_uq" ON "applications" USING btree ("person_id","job_order_id") WHERE "applications"."stage" not in ('withdrawn', 'rejected');--> statement-breakpoint
CREATE INDEX "applications_job_order_idx" ON "applications" USING btree ("job_order_id","stage");--> statement-breakpoint
CREATE INDEX "applications_office_stage_idx" ON "applications" USING btree ("office_id","stage","updated_at");--> statement-breakpoint
CREATE INDEX "employers_office_idx" ON "employers" USING btree ("office_id","name");--> statement-breakpoint
CREATE INDEX "employers_country_idx" ON "employers" USING btree ("country_code");--> statement-breakpoint
CREATE UNIQUE INDEX "job_orders_reference_uq" ON "job_orders" USING btree (upper("reference"));--> statement-breakpoint
CREATE INDEX "job_orders_office_status_idx" ON "job_orders" USING btree ("office_id","status","created_at");--> statement-breakpoint
CREATE INDEX "job_orders_permit_idx" ON "job_orders" USING btree ("permit_id");--> statement-breakpoint
CREATE INDEX "job_orders_scheme_idx" ON "job_orders" USING btree ("scheme_id");--> statement-breakpoint
CREATE UNIQUE INDEX "recruitment_permits_number_uq" ON "recruitment_permits" USING btree (upper("number"));--> statement-breakpoint
CREATE INDEX "recruitment_permits_agency_idx" ON "recruitment_permits" USING btree ("agency_id");--> statement-breakpoint
CREATE UNIQUE INDEX "schemes_code_uq" ON "schemes" USING btree ("code");--> statement-breakpoint
-- A version of a scheme's rules is what past decisions cite: once written it is never changed or removed.
CREATE OR REPLACE FUNCTION scheme_rule_versions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'scheme_rule_versions is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER scheme_rule_versions_no_update_delete BEFORE UPDATE OR DELETE ON scheme_rule_versions
  FOR EACH ROW EXECUTE FUNCTION scheme_rule_versions_refuse_change();
