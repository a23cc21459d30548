-- 0001 initial schema (SQLite). Written from the EF Core model with the schema-script command, then reviewed.
-- Never edit after release: add a new numbered migration instead (see README.md in this folder).
CREATE TABLE "categories" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_categories" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Icon" TEXT NULL,
    "ParentId" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    CONSTRAINT "FK_categories_categories_ParentId" FOREIGN KEY ("ParentId") REFERENCES "categories" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "needs" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_needs" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "ParentCode" TEXT NULL,
    "SortOrder" INTEGER NOT NULL
);


CREATE TABLE "providers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_providers" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "Description" TEXT NULL,
    "Website" TEXT NULL,
    "Email" TEXT NULL,
    "Phone" TEXT NULL
);


CREATE TABLE "listings" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_listings" PRIMARY KEY,
    "Slug" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Summary" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "ProviderId" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "MinimumAge" INTEGER NULL,
    "MaximumAge" INTEGER NULL,
    "Eligibility" TEXT NOT NULL,
    "EhcPlan" TEXT NOT NULL,
    "AccessRoutes" TEXT NOT NULL,
    "HowToAccess" TEXT NOT NULL,
    "IsFree" INTEGER NOT NULL,
    "Fees" TEXT NULL,
    "DeliveryModes" TEXT NOT NULL,
    "Reach" TEXT NOT NULL,
    "AreaWide" INTEGER NOT NULL,
    "AreaCovered" TEXT NULL,
    "OpeningNotes" TEXT NULL,
    "Website" TEXT NULL,
    "Email" TEXT NULL,
    "Languages" TEXT NOT NULL,
    "Keywords" TEXT NOT NULL,
    "SenInformationReportUrl" TEXT NULL,
    "SenContactName" TEXT NULL,
    "PersonalBudget" INTEGER NOT NULL,
    "LastChecked" TEXT NOT NULL,
    "ReviewBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "UpdatedAt" TEXT NOT NULL,
    "CostOptions" TEXT NULL,
    "LocalOfferAnswers" TEXT NULL,
    CONSTRAINT "FK_listings_providers_ProviderId" FOREIGN KEY ("ProviderId") REFERENCES "providers" ("Id") ON DELETE RESTRICT
);


CREATE TABLE "contacts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_contacts" PRIMARY KEY,
    "ListingId" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Title" TEXT NULL,
    "Phone" TEXT NULL,
    "Email" TEXT NULL,
    "IsHidden" INTEGER NOT NULL,
    CONSTRAINT "FK_contacts_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "listings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "listing_categories" (
    "CategoriesId" TEXT NOT NULL,
    "ListingsId" TEXT NOT NULL,
    CONSTRAINT "PK_listing_categories" PRIMARY KEY ("CategoriesId", "ListingsId"),
    CONSTRAINT "FK_listing_categories_categories_CategoriesId" FOREIGN KEY ("CategoriesId") REFERENCES "categories" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_listing_categories_listings_ListingsId" FOREIGN KEY ("ListingsId") REFERENCES "listings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "listing_needs" (
    "ListingsId" TEXT NOT NULL,
    "NeedsCode" TEXT NOT NULL,
    CONSTRAINT "PK_listing_needs" PRIMARY KEY ("ListingsId", "NeedsCode"),
    CONSTRAINT "FK_listing_needs_listings_ListingsId" FOREIGN KEY ("ListingsId") REFERENCES "listings" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_listing_needs_needs_NeedsCode" FOREIGN KEY ("NeedsCode") REFERENCES "needs" ("Code") ON DELETE CASCADE
);


CREATE TABLE "locations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_locations" PRIMARY KEY,
    "ListingId" TEXT NOT NULL,
    "Name" TEXT NULL,
    "Address1" TEXT NULL,
    "Town" TEXT NOT NULL,
    "Postcode" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "ShowAreaOnly" INTEGER NOT NULL,
    "Accessibility" TEXT NOT NULL,
    "AccessibilityNotes" TEXT NULL,
    CONSTRAINT "FK_locations_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "listings" ("Id") ON DELETE CASCADE
);


CREATE TABLE "opening_times" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_opening_times" PRIMARY KEY,
    "ListingId" TEXT NOT NULL,
    "Day" TEXT NOT NULL,
    "Opens" TEXT NOT NULL,
    "Closes" TEXT NOT NULL,
    CONSTRAINT "FK_opening_times_listings_ListingId" FOREIGN KEY ("ListingId") REFERENCES "listings" ("Id") ON DELETE CASCADE
);


CREATE INDEX "IX_categories_ParentId" ON "categories" ("ParentId");


CREATE UNIQUE INDEX "IX_categories_Slug" ON "categories" ("Slug");


CREATE INDEX "IX_contacts_ListingId" ON "contacts" ("ListingId");


CREATE INDEX "IX_listing_categories_ListingsId" ON "listing_categories" ("ListingsId");


CREATE INDEX "IX_listing_needs_NeedsCode" ON "listing_needs" ("NeedsCode");


CREATE INDEX "IX_listings_ProviderId" ON "listings" ("ProviderId");


CREATE UNIQUE INDEX "IX_listings_Slug" ON "listings" ("Slug");


CREATE INDEX "IX_listings_Status_Name" ON "listings" ("Status", "Name");


CREATE INDEX "IX_locations_ListingId" ON "locations" ("ListingId");


CREATE INDEX "IX_opening_times_ListingId" ON "opening_times" ("ListingId");


CREATE INDEX "IX_providers_Name" ON "providers" ("Name");



