// Copy the built files of our npm dependencies into static/vendor/ (git-ignored; run by `npm install`).
// vendor.json lists them (static/vendor name -> path under the repository root); the wheel's build hook
// (build_hooks/politika_build.py) reads the same list and refuses to build a wheel without them.
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const target = join(here, "static", "vendor");
const files = JSON.parse(readFileSync(join(here, "vendor.json"), "utf8"));
mkdirSync(target, { recursive: true });
for (const [name, source] of Object.entries(files)) {
  copyFileSync(join(root, source), join(target, name));
  console.log(`copied ${source} -> ${join("src/politika/web/static/vendor", name)}`);
}
