-- 0002 postcode table (loaded from the ONS Postcode Directory), district and sector centres, and the
-- anonymous record of searches that found nothing.
CREATE TABLE "postcode_areas" (
    "Code" TEXT NOT NULL CONSTRAINT "PK_postcode_areas" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL,
    "PostcodeCount" INTEGER NOT NULL
);

CREATE TABLE "postcodes" (
    "Postcode" TEXT NOT NULL CONSTRAINT "PK_postcodes" PRIMARY KEY,
    "District" TEXT NOT NULL,
    "Sector" TEXT NOT NULL,
    "Latitude" REAL NOT NULL,
    "Longitude" REAL NOT NULL
);

CREATE TABLE "unmet_searches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_unmet_searches" PRIMARY KEY AUTOINCREMENT,
    "SearchedOn" TEXT NOT NULL,
    "Words" TEXT NOT NULL,
    "Filters" TEXT NOT NULL,
    "District" TEXT NULL
);

CREATE INDEX "IX_unmet_searches_SearchedOn" ON "unmet_searches" ("SearchedOn");
