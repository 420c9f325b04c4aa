export {
  openReaderScreen,
  type ReaderScreen,
  type ShownArticle,
} from "./app/open-reader-screen.js";
export { MAX_POSITIONS_FILE_BYTES, positionsFile, ResumeStore } from "./app/resume-store.js";
