// Which date and time columns say when data arrived or changed. A freshness (latency) promise is measured on those;
// a date about the subject of a record (a date of birth, an expiry date) says nothing about how fresh the data is.

/** Names that usually say when a row arrived or last changed; suggestions prefer them. */
const CHANGE_TIME = /updat|modif|load|ingest|extract|refresh|creat|event|_ts$|_at$/i;

/** Names of dates about the record's subject, not about the data: never a freshness element. */
const SUBJECT_DATE =
  /birth|(^|_)dob($|_)|death|died|born|expir|anniversar|valid_?(from|to|until)|effective|(^|_)(start|end|due)_date/i;

/** True for a date about the record's subject (a date of birth, an expiry date), not about the data. */
export const isSubjectDate = (name: string): boolean => SUBJECT_DATE.test(name);

/** True when a date or timestamp column could measure freshness (it is not a date about the record's subject). */
export const couldMeasureFreshness = (name: string): boolean => !SUBJECT_DATE.test(name);

/** True when the name says the column records when a row arrived or changed. */
export const looksLikeChangeTime = (name: string): boolean => CHANGE_TIME.test(name) && !SUBJECT_DATE.test(name);
