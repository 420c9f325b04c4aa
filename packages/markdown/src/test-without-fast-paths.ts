import { FAST_PATHS } from "./render/text-filter.js";

FAST_PATHS.byDefault = false;
