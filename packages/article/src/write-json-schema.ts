import { writeFileSync } from "node:fs";
import { articleJsonSchema } from "./json-schema.js";

const target = new URL("../schema/article.schema.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(articleJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
