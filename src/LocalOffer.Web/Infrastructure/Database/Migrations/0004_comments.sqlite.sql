-- 0004 comments on the Local Offer: the comments themselves (words as sent kept private), themes,
-- the council's responses, every moderation decision, the yearly "You said, we did" summaries with
-- their frozen figures, and "Was this page useful?" counts (numbers only, never who).
CREATE TABLE "comment_events" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_comment_events" PRIMARY KEY AUTOINCREMENT,
    "CommentId" TEXT NOT NULL,
    "AccountId" TEXT NULL,
    "AccountName" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Action" TEXT NOT NULL,
    "Reason" TEXT NULL
);

CREATE TABLE "comments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_comments" PRIMARY KEY,
    "ReceivedAt" INTEGER NOT NULL,
    "Topic" TEXT NOT NULL,
    "GivenBy" TEXT NOT NULL,
    "Text" TEXT NOT NULL,
    "ListingId" TEXT NULL,
    "ReplyEmail" TEXT NULL,
    "State" TEXT NOT NULL,
    "PublishedText" TEXT NULL,
    "WasEdited" INTEGER NOT NULL,
    "WithheldBecause" TEXT NULL,
    "WithheldNote" TEXT NULL,
    "DuplicateOf" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DecidedBy" TEXT NULL,
    "SharedWithProviderAt" INTEGER NULL
);

CREATE TABLE "council_responses" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_council_responses" PRIMARY KEY AUTOINCREMENT,
    "CommentId" TEXT NULL,
    "ThemeId" INTEGER NULL,
    "YouSaid" TEXT NULL,
    "WeDid" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ActionDate" TEXT NULL,
    "PublishedAt" INTEGER NOT NULL,
    "WrittenBy" TEXT NOT NULL
);

CREATE TABLE "page_usefulness" (
    "Path" TEXT NOT NULL,
    "StartYear" INTEGER NOT NULL,
    "Yes" INTEGER NOT NULL,
    "No" INTEGER NOT NULL,
    CONSTRAINT "PK_page_usefulness" PRIMARY KEY ("Path", "StartYear")
);

CREATE TABLE "themes" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_themes" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "IsActive" INTEGER NOT NULL
);

CREATE TABLE "year_summaries" (
    "StartYear" INTEGER NOT NULL CONSTRAINT "PK_year_summaries" PRIMARY KEY,
    "HowCommentsWereSought" TEXT NOT NULL,
    "PublishedAt" INTEGER NULL,
    "Figures" TEXT NULL
);

CREATE TABLE "comment_themes" (
    "CommentsId" TEXT NOT NULL,
    "ThemesId" INTEGER NOT NULL,
    CONSTRAINT "PK_comment_themes" PRIMARY KEY ("CommentsId", "ThemesId"),
    CONSTRAINT "FK_comment_themes_comments_CommentsId" FOREIGN KEY ("CommentsId") REFERENCES "comments" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_comment_themes_themes_ThemesId" FOREIGN KEY ("ThemesId") REFERENCES "themes" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_comment_events_CommentId" ON "comment_events" ("CommentId");
CREATE INDEX "IX_comment_themes_ThemesId" ON "comment_themes" ("ThemesId");
CREATE INDEX "IX_comments_ListingId" ON "comments" ("ListingId");
CREATE INDEX "IX_comments_State_ReceivedAt" ON "comments" ("State", "ReceivedAt");
CREATE INDEX "IX_council_responses_CommentId" ON "council_responses" ("CommentId");
CREATE INDEX "IX_council_responses_ThemeId" ON "council_responses" ("ThemeId");
CREATE UNIQUE INDEX "IX_themes_Name" ON "themes" ("Name");
