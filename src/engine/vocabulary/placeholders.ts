// Words that mark a value as not written yet. The todo-placeholder rule reports them; the score never counts them.

/** A value that starts with TODO, TBC, TBD or FIXME. */
export const TODO_MARKER = /^\s*(TODO|TBC|TBD|FIXME)\b/i;
