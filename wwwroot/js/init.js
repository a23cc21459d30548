// Starts GOV.UK Frontend's components. Every page works without this: it only adds enhancements.
import { initAll } from "/lib/govuk/govuk-frontend.min.js";
initAll();
