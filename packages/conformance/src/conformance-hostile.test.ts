import { conformanceSuite } from "./test-conformance.js";

await conformanceSuite("hostile");
