// Builds the site's front end into the top-level wwwroot/ from npm packages:
// GOV.UK Frontend (styles compiled with the council's font and colours, its script copied as
// published) and the category icons from lucide-static. Run by `npm run build`, which the web
// project's build runs when these inputs change. Output folders are generated, never committed.
import * as sass from "sass";
import { mkdirSync, writeFileSync, copyFileSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const out = (...p) => join(root, "wwwroot", ...p);
const govuk = join(root, "node_modules", "govuk-frontend", "dist", "govuk");

mkdirSync(out("css"), { recursive: true });
const css = sass.compile(join(root, "src", "LocalOffer.Web", "Styles", "site.scss"), {
  loadPaths: [join(root, "node_modules")],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import"],
});
writeFileSync(out("css", "site.css"), css.css);

mkdirSync(out("lib", "govuk"), { recursive: true });
copyFileSync(join(govuk, "govuk-frontend.min.js"), out("lib", "govuk", "govuk-frontend.min.js"));

// Category icons: the names in categories.json map to lucide icons.
const icons = {
  school: "school", health: "heart-pulse", family: "users", leisure: "bike",
  adulthood: "briefcase", travel: "bus", advice: "message-circle-question", disagreements: "scale",
};
mkdirSync(out("images", "icons"), { recursive: true });
for (const [name, lucide] of Object.entries(icons)) {
  const svg = readFileSync(join(root, "node_modules", "lucide-static", "icons", `${lucide}.svg`), "utf8");
  writeFileSync(out("images", "icons", `${name}.svg`), svg);
}
console.log("front end built into wwwroot/");
