"""Det goda mötet (The good meeting): what creates value in the meeting between citizen
and employee, and what hinders it."""
