/** What the clerk confirms before the report leaves the office: the download of the 正式稿 and the web
 * version ask the same. */
export const SECRECY_STATEMENT = '我确认本报告已经过保密审查：不含涉密内容，不含身份证号、手机号、当事人姓名等个人信息，可以向社会公开。';
