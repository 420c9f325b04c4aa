import { setFastPathsDefault } from "./render/text-filter.js";

setFastPathsDefault(false);
