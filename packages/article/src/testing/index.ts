export { everyBlockArticle } from "./every-block-article.js";
export { minimalArticle } from "./minimal-article.js";
export { type TimeRatio, type TimeRatioOptions, timeRatio } from "./time-ratio.js";
