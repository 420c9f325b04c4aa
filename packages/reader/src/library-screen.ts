export { openLibraryScreen } from "./app/open-library-screen.js";
export type { ReaderScreen } from "./app/take-over-reader-screen.js";
