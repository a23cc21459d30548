-- 0005 several servers on one database: the Data Protection keys (sign-in cookies, anti-forgery
-- tokens, emailed links) kept in the database, a record of every listing change for the other
-- servers' search indexes, and claims on outgoing emails so only one server sends each.
CREATE TABLE "data_protection_keys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_data_protection_keys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NOT NULL
);

CREATE TABLE "listing_changes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_listing_changes" PRIMARY KEY AUTOINCREMENT,
    "ListingId" TEXT NOT NULL,
    "Server" TEXT NOT NULL,
    "ChangedAt" INTEGER NOT NULL
);

CREATE INDEX "IX_listing_changes_ChangedAt" ON "listing_changes" ("ChangedAt");

ALTER TABLE "outgoing_emails" ADD "ClaimedBy" TEXT NULL;
ALTER TABLE "outgoing_emails" ADD "ClaimedUntil" INTEGER NULL;
