-- 0001 initial schema (PostgreSQL). Written from the EF Core model with the schema-script command, then reviewed.
-- Never edit after release: add a new numbered migration instead (see README.md in this folder).
CREATE TABLE categories (
    "Id" uuid NOT NULL,
    "Slug" character varying(80) NOT NULL,
    "Name" text NOT NULL,
    "Summary" text NOT NULL,
    "Icon" text,
    "ParentId" uuid,
    "SortOrder" integer NOT NULL,
    CONSTRAINT "PK_categories" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_categories_categories_ParentId" FOREIGN KEY ("ParentId") REFERENCES categories ("Id") ON DELETE RESTRICT
);

CREATE TABLE needs (
    "Code" character varying(60) NOT NULL,
    "Name" text NOT NULL,
    "ParentCode" text,
    "SortOrder" integer NOT NULL,
    CONSTRAINT "PK_needs" PRIMARY KEY ("Code")
);

CREATE TABLE providers (
    "Id" uuid NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Description" text,
    "Website" text,
    "Email" text,
    "Phone" text,
    CONSTRAINT "PK_providers" PRIMARY KEY ("Id")
);

CREATE TABLE listings (
    "Id" uuid NOT NULL,
    "Slug" character varying(120) NOT NULL,
    "Name" character varying(200) NOT NULL,
    "Summary" character varying(400) NOT NULL,
    "Description" text NOT NULL,
    "ProviderId" uuid NOT NULL,
    "Status" character varying(20) NOT NULL,
    "Level" character varying(20) NOT NULL,
    "MinimumAge" integer,
    "MaximumAge" integer,
    "Eligibility" text NOT NULL,
    "EhcPlan" character varying(20) NOT NULL,
    "AccessRoutes" text[] NOT NULL,
    "HowToAccess" text NOT NULL,
    "IsFree" boolean NOT NULL,
    "Fees" text,
    "DeliveryModes" text[] NOT NULL,
    "Reach" character varying(20) NOT NULL,
    "AreaWide" boolean NOT NULL,
    "AreaCovered" text,
    "OpeningNotes" text,
    "Website" text,
    "Email" text,
    "Languages" text[] NOT NULL,
    "Keywords" text[] NOT NULL,
    "SenInformationReportUrl" text,
    "SenContactName" text,
    "PersonalBudget" boolean NOT NULL,
    "LastChecked" date NOT NULL,
    "ReviewBy" date NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "CostOptions" jsonb,
    "LocalOfferAnswers" jsonb,
    CONSTRAINT "PK_listings" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_listings_providers_ProviderId" FOREIGN KEY ("ProviderId") REFERENCES providers ("Id") ON DELETE RESTRICT
);

CREATE TABLE contacts (
    "Id" uuid NOT NULL,
    "ListingId" uuid NOT NULL,
    "Name" text,
    "Title" text,
    "Phone" text,
    "Email" text,
    "IsHidden" boolean NOT NULL,
    CONSTRAINT "PK_contacts" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_contacts_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES listings ("Id") ON DELETE CASCADE
);

CREATE TABLE listing_categories (
    "CategoriesId" uuid NOT NULL,
    "ListingsId" uuid NOT NULL,
    CONSTRAINT "PK_listing_categories" PRIMARY KEY ("CategoriesId", "ListingsId"),
    CONSTRAINT "FK_listing_categories_categories_CategoriesId" FOREIGN KEY ("CategoriesId") REFERENCES categories ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_listing_categories_listings_ListingsId" FOREIGN KEY ("ListingsId") REFERENCES listings ("Id") ON DELETE CASCADE
);

CREATE TABLE listing_needs (
    "ListingsId" uuid NOT NULL,
    "NeedsCode" character varying(60) NOT NULL,
    CONSTRAINT "PK_listing_needs" PRIMARY KEY ("ListingsId", "NeedsCode"),
    CONSTRAINT "FK_listing_needs_listings_ListingsId" FOREIGN KEY ("ListingsId") REFERENCES listings ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_listing_needs_needs_NeedsCode" FOREIGN KEY ("NeedsCode") REFERENCES needs ("Code") ON DELETE CASCADE
);

CREATE TABLE locations (
    "Id" uuid NOT NULL,
    "ListingId" uuid NOT NULL,
    "Name" text,
    "Address1" text,
    "Town" text NOT NULL,
    "Postcode" character varying(10) NOT NULL,
    "Latitude" double precision NOT NULL,
    "Longitude" double precision NOT NULL,
    "ShowAreaOnly" boolean NOT NULL,
    "Accessibility" text[] NOT NULL,
    "AccessibilityNotes" text,
    CONSTRAINT "PK_locations" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_locations_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES listings ("Id") ON DELETE CASCADE
);

CREATE TABLE opening_times (
    "Id" uuid NOT NULL,
    "ListingId" uuid NOT NULL,
    "Day" character varying(10) NOT NULL,
    "Opens" time without time zone NOT NULL,
    "Closes" time without time zone NOT NULL,
    CONSTRAINT "PK_opening_times" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_opening_times_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES listings ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_categories_ParentId" ON categories ("ParentId");
CREATE UNIQUE INDEX "IX_categories_Slug" ON categories ("Slug");
CREATE INDEX "IX_contacts_ListingId" ON contacts ("ListingId");
CREATE INDEX "IX_listing_categories_ListingsId" ON listing_categories ("ListingsId");
CREATE INDEX "IX_listing_needs_NeedsCode" ON listing_needs ("NeedsCode");
CREATE INDEX "IX_listings_ProviderId" ON listings ("ProviderId");
CREATE UNIQUE INDEX "IX_listings_Slug" ON listings ("Slug");
CREATE INDEX "IX_listings_Status_Name" ON listings ("Status", "Name");
CREATE INDEX "IX_locations_ListingId" ON locations ("ListingId");
CREATE INDEX "IX_opening_times_ListingId" ON opening_times ("ListingId");
CREATE INDEX "IX_providers_Name" ON providers ("Name");
