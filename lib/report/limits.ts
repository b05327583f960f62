/** Hard limits of the model. They guard the server and the file, not the clerk's style: the soft length
 * limits a county sets live in the template and are only ever advice. */
export const LIMITS = {
  title: 200,
  line: 200,
  heading: 300,
  body: 100_000,
  opening: 5_000,
  sectionsPerList: 60,
  depth: 4,
  /** Levels of sections under a part when the part itself is the level-1 heading: （一） 1. （1）. */
  depthUnderPart: 3,
  /** Issuers of one report (联合行文), one a line. */
  issuers: 4,
  docNumber: 60,
  /** 提示 a report keeps dismissed; the oldest give way first when an old report is upgraded. */
  dismissals: 500,
  /** 待更新 sentences carried over from last year's text. */
  carriedOver: 3000,
  /** Rows of the 主要数据 table: far more than any unit kind's list of indicators. */
  figures: 50,
  /** The largest figure a row holds: a township's count of anything is far below it. */
  figureValue: 1_000_000_000,
  /** Bytes of JSON a request may carry. */
  requestBytes: 1_048_576,
} as const;
