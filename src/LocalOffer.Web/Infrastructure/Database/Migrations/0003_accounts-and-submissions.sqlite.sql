-- 0003 accounts for providers and officers, submissions through the template form, the history of
-- every decision, the SEND Local Offer questions officers keep, review reminders and the email outbox.
-- Organisations already in the catalogue (imported or demonstration) count as approved.
ALTER TABLE "providers" ADD COLUMN "Status" TEXT NOT NULL DEFAULT 'Approved';
ALTER TABLE "providers" ADD COLUMN "CreatedAt" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "accounts" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_accounts" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "Role" TEXT NOT NULL,
    "FailedSignIns" INTEGER NOT NULL,
    "LockedOutUntil" INTEGER NULL,
    "SecurityStamp" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "LastSignedInAt" INTEGER NULL
);

CREATE TABLE "listing_events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_listing_events" PRIMARY KEY AUTOINCREMENT,
    "ListingId" TEXT NULL,
    "ProviderId" TEXT NULL,
    "SubmissionId" TEXT NULL,
    "AccountId" TEXT NULL,
    "AccountName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Reason" TEXT NULL
);

CREATE TABLE "local_offer_questions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_local_offer_questions" PRIMARY KEY AUTOINCREMENT,
    "Key" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "Hint" TEXT NULL,
    "SortOrder" INTEGER NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "outgoing_emails" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_outgoing_emails" PRIMARY KEY AUTOINCREMENT,
    "To" TEXT NOT NULL,
    "Subject" TEXT NOT NULL,
    "Body" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "SentAt" INTEGER NULL,
    "Attempts" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NULL,
    "LastError" TEXT NULL
);

CREATE TABLE "review_reminders" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_review_reminders" PRIMARY KEY AUTOINCREMENT,
    "ListingId" TEXT NOT NULL,
    "ReviewBy" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "QueuedAt" INTEGER NOT NULL
);

CREATE TABLE "submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_submissions" PRIMARY KEY,
    "ListingId" TEXT NOT NULL,
    "ProviderId" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "State" TEXT NOT NULL,
    "Form" TEXT NOT NULL,
    "CompletedSections" TEXT NOT NULL,
    "Reason" TEXT NULL,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "UpdatedAt" INTEGER NOT NULL,
    "SubmittedAt" INTEGER NULL,
    "DecidedAt" INTEGER NULL
);

CREATE TABLE "provider_members" (
    "MembersId" TEXT NOT NULL,
    "ProvidersId" TEXT NOT NULL,
    CONSTRAINT "PK_provider_members" PRIMARY KEY ("MembersId", "ProvidersId"),
    CONSTRAINT "FK_provider_members_accounts_MembersId" FOREIGN KEY ("MembersId") REFERENCES "accounts" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_provider_members_providers_ProvidersId" FOREIGN KEY ("ProvidersId") REFERENCES "providers" ("Id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "IX_accounts_Email" ON "accounts" ("Email");
CREATE INDEX "IX_listing_events_ListingId" ON "listing_events" ("ListingId");
CREATE INDEX "IX_listing_events_ProviderId" ON "listing_events" ("ProviderId");
CREATE UNIQUE INDEX "IX_local_offer_questions_Key" ON "local_offer_questions" ("Key");
CREATE INDEX "IX_outgoing_emails_SentAt" ON "outgoing_emails" ("SentAt");
CREATE INDEX "IX_provider_members_ProvidersId" ON "provider_members" ("ProvidersId");
CREATE UNIQUE INDEX "IX_review_reminders_ListingId_ReviewBy_Kind" ON "review_reminders" ("ListingId", "ReviewBy", "Kind");
CREATE INDEX "IX_submissions_ListingId" ON "submissions" ("ListingId");
CREATE INDEX "IX_submissions_ProviderId" ON "submissions" ("ProviderId");
CREATE INDEX "IX_submissions_State_SubmittedAt" ON "submissions" ("State", "SubmittedAt");
