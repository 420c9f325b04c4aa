export { type TimeRatio, type TimeRatioOptions, timeRatio } from "./time-ratio.js";
