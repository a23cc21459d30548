-- 0006 venue and contact order: each keeps its place in the listing's list, so a service page shows
-- them in the order the provider gave them on every database. Rows already kept all start at 0 and
-- are shown in the order of their ids until the listing is next saved.
ALTER TABLE "locations" ADD "Position" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "contacts" ADD "Position" INTEGER NOT NULL DEFAULT 0;
