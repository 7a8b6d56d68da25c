-- The case manager in the clear beside the sealed case, so "my cases" is one indexed
-- query. A user id reveals nothing about the person. Cases written before this
-- migration get it at their next write (no node had cases in production then).
ALTER TABLE cases ADD COLUMN case_manager TEXT;
CREATE INDEX cases_by_manager ON cases (case_manager) WHERE case_manager IS NOT NULL;
