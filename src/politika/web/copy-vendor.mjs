// Copy the built files of our npm dependencies into static/vendor/ (git-ignored; run by `npm install`).
import { copyFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const target = join(here, "static", "vendor");
const files = {
  "cytoscape.min.js": "node_modules/cytoscape/dist/cytoscape.min.js",
  "chart.umd.min.js": "node_modules/chart.js/dist/chart.umd.min.js",
};
mkdirSync(target, { recursive: true });
for (const [name, source] of Object.entries(files)) {
  copyFileSync(join(root, source), join(target, name));
  console.log(`copied ${source} -> ${join("src/politika/web/static/vendor", name)}`);
}
